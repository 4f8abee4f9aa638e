"""What the MCP tools compute, as plain functions over a Config: search, timeline, frame, frame_image.
They read what query/ reads (derived.db through Evidence, frames through the DataRoot's resolver) and raise
ValueError or LookupError with a message an agent can act on; server.py turns those into tool errors."""

from __future__ import annotations

import io
from datetime import datetime, time, timedelta, tzinfo

from PIL import Image

from autocapture.config import Config
from autocapture.dataroot.reader import DataRoot
from autocapture.dataroot.records import Record, parse_frame
from autocapture.query import browse
from autocapture.query.answer import user_tz
from autocapture.query.evidence import Evidence
from autocapture.query.scope import ALIASES, KINDS
from autocapture.query.timefilter import Filters
from autocapture.runtime import privacy

MAX_QUESTION_CHARS = (
    2000  # a question is a sentence or two; past this it is a pasted document, not a question
)
MAX_SEARCH_HITS = 50
MAX_SESSIONS = 500  # a timeline answer an agent can read in one go; narrow since/until for more


def parse_time(name: str, text: str | None, tz: tzinfo) -> datetime | None:
    """An ISO time from an agent; a time without an offset is in the user's time zone (as they said it)."""
    if text is None or not str(text).strip():
        return None
    try:
        ts = datetime.fromisoformat(str(text).strip().replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(
            f"{name}: {text!r} is not an ISO time; use e.g. 2026-11-24T09:30 (the user's time zone) "
            f"or 2026-11-24T09:30:00+01:00"
        ) from None
    return ts if ts.tzinfo else ts.replace(tzinfo=tz)


def parse_now(text: str | None) -> datetime | None:
    """`now` exactly as `autocapture query --now` reads it, so `ask` and the CLI answer alike."""
    if text is None or not str(text).strip():
        return None
    try:
        return datetime.fromisoformat(str(text).strip().replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"now: {text!r} is not an ISO time; use e.g. 2026-11-24T12:00:00+01:00") from None


def check_question(question: str) -> str:
    """The question, unchanged, if it is one; a readable refusal for an empty or pasted-document one."""
    q = (question or "").strip()
    if not q:
        raise ValueError(
            "question is empty: ask something, e.g. 'what was the total on the Northwind invoice?'"
        )
    if len(q) > MAX_QUESTION_CHARS:
        raise ValueError(
            f"question is {len(q)} characters long; keep it under {MAX_QUESTION_CHARS} (ask one thing "
            f"at a time, and use `search` to look for text)"
        )
    return question


def filters(tz: tzinfo, since: str | None, until: str | None, app: str | None) -> Filters:
    """since/until/app as query/'s Filters. An app is an executable (outlook.exe) or a name the question
    parser knows (outlook, terminal, browser), so agents can say either."""
    start, end = parse_time("since", since, tz), parse_time("until", until, tz)
    if start and end and end <= start:
        raise ValueError(f"until ({until}) must be after since ({since})")
    apps: tuple[str, ...] = ()
    if app and app.strip():
        name = app.strip().lower()
        if "." in name:
            apps = (name,)
        else:  # a kind of app ("browser") or a name ("outlook", "vs code"), as executables
            stems = KINDS.get(name, (ALIASES.get(name, name).replace(" ", ""),))
            apps = tuple(sorted({x for st in stems for x in (st, st + ".exe")}))
    return Filters(start, end, apps, ())


def search(
    config: Config,
    text: str,
    since: str | None = None,
    until: str | None = None,
    app: str | None = None,
    limit: int = 10,
) -> dict:
    """Screen lines ranked by the same hybrid retrieval `query` uses, each with a full citation."""
    if not (text or "").strip():
        raise ValueError("text is empty: give words or a phrase to look for")
    if len(text) > MAX_QUESTION_CHARS:
        raise ValueError(f"text is {len(text)} characters long; keep it under {MAX_QUESTION_CHARS}")
    if not 1 <= limit <= MAX_SEARCH_HITS:
        raise ValueError(f"limit must be between 1 and {MAX_SEARCH_HITS}, got {limit}")
    tz = user_tz(config)
    f = filters(tz, since, until, app)
    ev = Evidence(config, tz)
    try:
        out = [
            {
                "rank": i,
                "score": round(h.score, 6),
                "text": h.line["text"],
                "citation": ev.cite(h.frame, h.line.get("box"), h.line["text"]),
            }
            for i, h in enumerate(ev.search(text, f, k=limit), 1)
        ]  # privacy rules apply inside Evidence
    finally:
        ev.close()
    return {"text": text, "filters": _describe(f), "hits": out}


def _describe(f: Filters) -> dict:
    return {
        "since": f.start.isoformat() if f.start else None,
        "until": f.end.isoformat() if f.end else None,
        "apps": list(f.apps),
    }


def timeline(
    config: Config, since: str | None = None, until: str | None = None, app: str | None = None
) -> dict:
    """Window sessions between since and until (default: the latest local day with frames), cut the way the
    web app's timeline cuts them."""
    tz = user_tz(config)
    f = filters(tz, since, until, app)
    ev = Evidence(config, tz)
    try:
        if f.start is None and f.end is None:
            latest = browse.days(ev)
            if latest:
                day = datetime.combine(datetime.fromisoformat(latest[0]["day"]).date(), time(0), tz)
                f = Filters(day, day + timedelta(days=1), f.apps, ())
        frames = ev.frames(f)  # without the frames the privacy rules exclude
        sessions = browse._runs(frames, ev)  # the web timeline's bars: one definition of a window session
    finally:
        ev.close()
    return {
        "tz": str(tz),
        "filters": _describe(f),
        "frames": len(frames),
        "truncated": len(sessions) > MAX_SESSIONS,
        "sessions": sessions[:MAX_SESSIONS],
    }


def frame(config: Config, record_id: str) -> dict:
    """One processed frame in full: what the web app's frame page shows (browse.frame)."""
    return browse.frame(config, _record_id(record_id))  # an excluded frame is not found, as in the web app


def _record_id(record_id: str) -> str:
    rid = (record_id or "").strip()
    if not rid or len(rid) > 400:
        raise ValueError(
            f"record_id {record_id!r} is not a record id; use one from a citation, e.g. "
            f"'5f1c2e9a/frame/7' or '5f1c2e9a/frame/7#sst'"
        )
    return rid


def _refuse_excluded(config: Config, f) -> None:
    """Privacy: judged on the frame record's own window and on the window processing attached to it (a frame
    without a window_ref takes it from a window.meta record); either matching a rule refuses the image."""
    rule = privacy.is_excluded(config, f.app, f.title)
    if rule is None and (config.derived_dir / "derived.db").exists():
        ev = Evidence(config, user_tz(config))
        try:  # the raw row: Evidence.frame() already hides excluded frames, and we want to say why
            row = ev.conn.execute(
                "SELECT app, title FROM frames WHERE record_id = ?", (f.record_id,)
            ).fetchone()
        finally:
            ev.close()
        rule = privacy.is_excluded(config, *row) if row else None
    if rule is not None:
        raise ValueError(f"frame {f.record_id!r} is excluded by the privacy settings ({rule})")


def frame_image(
    config: Config, record_id: str, box: list[int] | None = None, max_side: int = 1600, margin: int = 32
) -> tuple[bytes, dict]:
    """The frame as PNG, or the region around box (left, top, right, bottom in frame pixels) widened by margin
    and clipped to the frame; shrunk so its longer side is at most max_side. The blob is found, size- and
    hash-checked and decoded by the DataRoot's media resolver, exactly as processing does (never by a path)."""
    frame_id = _record_id(record_id).split("#", 1)[0]
    if not 16 <= max_side <= 8192:
        raise ValueError(f"max_side must be between 16 and 8192 pixels, got {max_side}")
    if not 0 <= margin <= 4096:
        raise ValueError(f"margin must be between 0 and 4096 pixels, got {margin}")
    with DataRoot(config) as dr:
        rec = dr.record(frame_id)
        if rec is None:
            raise LookupError(
                f"no frame {frame_id!r} in the DataRoot; use a record id from a citation or the timeline"
            )
        if not isinstance(rec, Record) or "frame" not in rec.record_type:
            raise ValueError(f"record {frame_id!r} is not a readable frame record")
        f = parse_frame(rec)
        _refuse_excluded(config, f)
        image = dr.media.load_frame(f).image
    width, height = image.size
    region = [0, 0, width, height]
    if box is not None:
        if len(box) != 4:
            raise ValueError(f"box must be [left, top, right, bottom] in frame pixels, got {box}")
        left, top, right, bottom = box
        if not (0 <= left < right <= width and 0 <= top < bottom <= height):
            raise ValueError(
                f"box {box} is not inside the {width}x{height} frame with left < right and top < bottom"
            )
        region = [
            max(0, left - margin),
            max(0, top - margin),
            min(width, right + margin),
            min(height, bottom + margin),
        ]
        image = image.crop(tuple(region))
    scale = min(1.0, max_side / max(image.size))
    if scale < 1.0:
        image = image.resize(
            (max(1, round(image.width * scale)), max(1, round(image.height * scale))),
            Image.Resampling.LANCZOS,
        )
    buf = io.BytesIO()
    image.save(buf, "PNG")
    return buf.getvalue(), {
        "record_id": frame_id,
        "frame_width": width,
        "frame_height": height,
        "region": region,
        "width": image.width,
        "height": image.height,
        "scale": round(scale, 6),
    }
