"""Browsing what was processed, for the web app and its JSON API: a day's timeline (lanes per app, window
runs, state spans, frame density), one frame in full (lines, blocks and regions with boxes, its span,
previous/next), processing status and the predictor lifecycle. Read-only: nothing here writes."""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta, timezone

from autocapture.config import Config
from autocapture.dataroot.layout import discover
from autocapture.dataroot.records import insane_ts
from autocapture.query.answer import user_tz
from autocapture.query.evidence import Evidence, Frame
from autocapture.query.timefilter import Filters
from autocapture.runtime import privacy
from autocapture.state.statedb import StateDB

DENSITY_BINS = 96
MAX_FRAME_TICKS = 3000  # past this many frames in view, the page shows density only (zoom in for each frame)
RUN_GAP_S = 120.0  # a window run ends this long after its last frame when nothing follows sooner


def _iso(ts: datetime) -> str:
    return ts.isoformat(timespec="seconds")


def _clock(text: str | None) -> time | None:
    if not text:
        return None
    try:
        return time.fromisoformat(text)
    except ValueError as exc:
        raise ValueError(f"not a time of day: {text!r} (use HH:MM)") from exc


def days(ev: Evidence) -> list[dict]:
    """Local days that have frames, newest first, with their frame counts, from one grouped query: frames
    counted per UTC quarter-hour (every zone's offset is a whole number of quarter-hours, so no quarter
    straddles a local midnight, DST switches included), each quarter then added to its local day."""
    counts: dict[str, int] = {}
    for hour, quarter, n in ev.conn.execute(
        "SELECT substr(ts_utc, 1, 13), CAST(substr(ts_utc, 15, 2) AS INTEGER) / 15, count(*) FROM frames "
        "GROUP BY 1, 2"
    ):
        try:
            start = datetime.fromisoformat(f"{hour}:00+00:00") + timedelta(minutes=15 * quarter)
            if insane_ts(start):
                continue  # year 1 or 9999 in a store written before ingest refused them: no day to show
            day = ev.local(start).date().isoformat()
        except (TypeError, ValueError, OverflowError):
            continue
        counts[day] = counts.get(day, 0) + n
    return [{"day": d, "frames": counts[d]} for d in sorted(counts, reverse=True)]


def _window(ev: Evidence, day: str | None, start: str | None, end: str | None, all_days: list[dict]):
    """The local [lo, hi) shown: the day's activity rounded out to 15 minutes, or an explicit zoom."""
    d = date.fromisoformat(day) if day else date.fromisoformat(all_days[0]["day"]) if all_days else None
    if d is None:
        return None, None, None
    midnight = datetime.combine(d, time(0), ev.tz)
    t0, t1 = _clock(start), _clock(end)
    if t0 or t1:
        lo = datetime.combine(d, t0 or time(0), ev.tz)
        hi = datetime.combine(d, t1, ev.tz) if t1 else midnight + timedelta(days=1)
        if hi <= lo:
            raise ValueError(f"the zoom's end {end} is not after its start {start}")
        return d, lo, hi
    frames = ev.frames(Filters(start=midnight, end=midnight + timedelta(days=1)))
    if not frames:
        return d, midnight, midnight + timedelta(days=1)
    first, last = ev.local(frames[0].ts), ev.local(frames[-1].ts)
    lo = first.replace(minute=first.minute - first.minute % 15, second=0, microsecond=0)
    hi = last.replace(minute=last.minute - last.minute % 15, second=0, microsecond=0) + timedelta(minutes=15)
    return d, lo, hi


def _spans(ev: Evidence, lo: datetime, hi: datetime) -> list[dict]:
    st = StateDB.readonly(ev.config.derived_dir)
    if st is None:
        return []
    try:
        rows = st.conn.execute(
            "SELECT span_id, start_utc, end_utc, app, title, frames, summary FROM spans WHERE superseded_by IS NULL "
            "AND end_utc >= ? AND start_utc < ? ORDER BY start_utc, span_id",
            (lo.astimezone(timezone.utc).isoformat(), hi.astimezone(timezone.utc).isoformat()),
        ).fetchall()
        out = []
        for span_id, s, e, app, title, n, summary in rows:
            first = st.conn.execute(
                "SELECT frame_id FROM span_frames WHERE span_id = ? ORDER BY frame_id LIMIT 1", (span_id,)
            ).fetchone()
            out.append(
                {
                    "span_id": span_id,
                    "start": _iso(ev.local(datetime.fromisoformat(s))),
                    "end": _iso(ev.local(datetime.fromisoformat(e))),
                    "app": app,
                    "title": title,
                    "frames": n,
                    "summary": summary,
                    "first_frame": first[0] if first else None,
                }
            )
        return out
    finally:
        st.close()


def _runs(frames: list[Frame], ev: Evidence) -> list[dict]:
    """Consecutive frames in one window; a run lasts until the next starts (or RUN_GAP_S after its last)."""
    groups: list[list[Frame]] = []
    for f in frames:
        if groups and (groups[-1][0].app, groups[-1][0].title) == (f.app, f.title):
            groups[-1].append(f)
        else:
            groups.append([f])
    runs = []
    for i, fs in enumerate(groups):
        end = fs[-1].ts + timedelta(seconds=RUN_GAP_S)
        if i + 1 < len(groups):
            end = max(fs[-1].ts, min(end, groups[i + 1][0].ts))
        runs.append(
            {
                "app": fs[0].app,
                "title": fs[0].title,
                "start": _iso(ev.local(fs[0].ts)),
                "end": _iso(ev.local(end)),
                "frames": len(fs),
                "first_frame": fs[0].record_id,
                "last_frame": fs[-1].record_id,
            }
        )
    return runs


def timeline(
    config: Config, day: str | None = None, start: str | None = None, end: str | None = None
) -> dict:
    """One local day (default: the latest with frames), optionally zoomed to start..end (HH:MM)."""
    ev = Evidence(config, user_tz(config))
    try:
        all_days = days(ev)
        d, lo, hi = _window(ev, day, start, end, all_days)
        if d is None:
            return {
                "day": None,
                "days": [],
                "tz": str(ev.tz),
                "range": None,
                "lanes": [],
                "spans": [],
                "density": {"bins": [], "bin_s": 0},
                "frames_in_view": 0,
                "frames": [],
            }
        frames = ev.frames(Filters(start=lo, end=hi))
        lanes: dict[str, list[dict]] = {}
        for run in _runs(frames, ev):
            lanes.setdefault(run["app"] or "unknown", []).append(run)
        span_s = (hi - lo).total_seconds()
        bin_s = span_s / DENSITY_BINS
        bins = [0] * DENSITY_BINS
        for f in frames:
            bins[min(DENSITY_BINS - 1, int((f.ts - lo).total_seconds() // bin_s))] += 1
        return {
            "day": d.isoformat(),
            "days": all_days,
            "tz": str(ev.tz),
            "range": {"start": _iso(lo), "end": _iso(hi), "seconds": span_s},
            "lanes": [{"app": app, "runs": runs} for app, runs in lanes.items()],
            "spans": _spans(ev, lo, hi),
            "density": {"bins": bins, "bin_s": round(bin_s, 3)},
            "frames_in_view": len(frames),
            "frames": [
                {
                    "record_id": f.record_id,
                    "local_time": _iso(ev.local(f.ts)),
                    "app": f.app,
                    "window_title": f.title,
                }
                for f in frames
            ]
            if len(frames) <= MAX_FRAME_TICKS
            else [],
        }
    finally:
        ev.close()


def _neighbour(ev: Evidence, f: Frame, older: bool) -> str | None:
    op, order = ("<", "DESC") if older else (">", "ASC")
    # privacy: previous/next skip frames the current rules exclude
    row = ev.conn.execute(
        f"SELECT record_id FROM frames f WHERE (ts_utc, record_id) {op} (?, ?) "
        f"AND {privacy.HIDDEN_SQL} ORDER BY ts_utc {order}, record_id {order} LIMIT 1",
        (f.ts.isoformat(timespec="microseconds"), f.record_id),
    ).fetchone()
    return row[0] if row else None


def _span_of(ev: Evidence, frame_id: str) -> dict | None:
    st = StateDB.readonly(ev.config.derived_dir)
    if st is None:
        return None
    try:
        row = st.conn.execute(
            "SELECT s.span_id, s.start_utc, s.end_utc, s.app, s.title, s.frames, s.summary FROM span_frames f "
            "JOIN spans s ON s.span_id = f.span_id WHERE f.frame_id = ? AND s.superseded_by IS NULL",
            (frame_id,),
        ).fetchone()
    finally:
        st.close()
    if not row:
        return None
    return {
        "span_id": row[0],
        "start": _iso(ev.local(datetime.fromisoformat(row[1]))),
        "end": _iso(ev.local(datetime.fromisoformat(row[2]))),
        "app": row[3],
        "title": row[4],
        "frames": row[5],
        "summary": row[6],
    }


def frame(config: Config, record_id: str) -> dict:
    """A processed frame with everything read off it; LookupError if there is no such frame."""
    frame_id = record_id.split("#", 1)[0]
    ev = Evidence(config, user_tz(config))
    try:
        f = ev.processed_frame(record_id)
        sst = ev.sst(frame_id) or {}
        records = [
            {"record_id": sid, "modality": m, "provenance_hash": h}
            for sid, m, h in ev.conn.execute(
                "SELECT sample_id, modality, provenance_hash FROM records WHERE source_id = ? ORDER BY sample_id",
                (frame_id,),
            )
        ]
        work = [
            {"stage": s, "status": st, "error_code": c, "message": m}
            for s, st, c, m in ev.conn.execute(
                "SELECT stage, status, error_code, message FROM work WHERE source_id = ? ORDER BY stage",
                (frame_id,),
            )
        ]
        return {
            "record_id": f.record_id,
            "ts_utc": f.ts.isoformat(),
            "local_time": _iso(ev.local(f.ts)),
            "app": f.app,
            "window_title": f.title,
            "width": f.width,
            "height": f.height,
            "blob_path": ev.blob_path(f.record_id),
            "lines": [
                {k: ln.get(k) for k in ("id", "text", "box", "conf", "block", "region")}
                for ln in sst.get("lines", [])
            ],
            "blocks": [{k: b.get(k) for k in ("id", "kind", "box", "text")} for b in sst.get("blocks", [])],
            "regions": [{k: r.get(k) for k in ("id", "kind", "box")} for r in sst.get("regions", [])],
            "vlm": ev.vlm(frame_id),
            "previous": _neighbour(ev, f, True),
            "next": _neighbour(ev, f, False),
            "span": _span_of(ev, frame_id),
            "records": records,
            "work": work,
        }
    finally:
        ev.close()


def status(config: Config) -> dict:
    """What the worker would do now (gating), the budgets, the queue and the latest failures."""
    from autocapture.runtime.gating import decide

    signal = (
        discover(config.data_dir).activity_signal if config.data_dir and config.data_dir.is_dir() else None
    )
    g = decide(config, signal)
    out = {
        "gating": {
            "idle": g.idle,
            "reason": g.reason,
            "source": g.source,
            "idle_seconds": g.idle_seconds,
            "signal_age_s": g.signal_age_s,
        },
        "budgets": {
            k.rsplit(".", 1)[1]: config[k] for k in ("runtime.budget.cpu_pct", "runtime.budget.ram_pct")
        },
        "data_dir": str(config.data_dir) if config.data_dir else None,
        "derived_dir": str(config.derived_dir),
        "queue": [],
        "failures": [],
        "frames": 0,
        "records": 0,
        "last_frame": None,
        "privacy": None,
        "last_run": None,
        "isolation": None,
    }
    if not (config.derived_dir / "derived.db").exists():
        return out
    ev = Evidence(config, user_tz(config))
    try:
        out["queue"] = [
            {"stage": s, "status": st, "items": n}
            for s, st, n in ev.conn.execute(
                "SELECT stage, status, count(*) FROM work GROUP BY stage, status ORDER BY stage, status"
            )
        ]
        out["failures"] = [
            {"record_id": r, "stage": s, "status": st, "attempts": a, "error_code": c, "message": m}
            for r, s, st, a, c, m in ev.conn.execute(
                "SELECT source_id, stage, status, attempts, error_code, message FROM work "
                "WHERE error_code IS NOT NULL ORDER BY rowid DESC LIMIT 20"
            )
        ]
        out["frames"] = ev.conn.execute("SELECT count(*) FROM frames").fetchone()[0]
        out.update(trust_status(config, ev.conn))  # privacy exclusions, network isolation, the last run
        out["records"] = ev.conn.execute("SELECT count(*) FROM records").fetchone()[0]
        last = ev.conn.execute(
            f"SELECT record_id, ts_utc FROM frames f WHERE {privacy.HIDDEN_SQL} ORDER BY ts_utc DESC LIMIT 1"
        ).fetchone()  # privacy: never an excluded frame
        out["last_frame"] = (
            {"record_id": last[0], "local_time": _iso(ev.local(datetime.fromisoformat(last[1])))}
            if last
            else None
        )
    finally:
        ev.close()
    return out


def trust_status(config: Config, conn) -> dict:
    """Privacy rules and what they keep out, the workers' network isolation (last run, and what a run would
    ask for now), and the last run's optional-stage (VLM) failures and retries."""
    from autocapture.runtime import isolation

    row = conn.execute("SELECT value FROM meta WHERE key = 'last_run'").fetchone()
    last = json.loads(row[0]) if row else None
    mode, why = isolation.plan(config)
    return {
        "privacy": privacy.status(config, conn),
        "last_run": last,
        "isolation": {
            "last_run": (last or {}).get("isolation"),
            "next_run": {"workers": mode, "detail": why},
        },
    }


def jepa(config: Config) -> dict:
    """Predictor runs with metrics and history, the active one, and the landscape manifest."""
    from autocapture.state import lifecycle

    st = StateDB.readonly(config.derived_dir)
    if st is None:
        return {"runs": [], "active": None, "spans": 0, "history": [], "landscape": None}
    try:
        runs = lifecycle.runs(st)
        history = [
            {"seq": s, "run_id": r, "action": a, "note": n}
            for s, r, a, n in st.conn.execute("SELECT seq, run_id, action, note FROM lifecycle ORDER BY seq")
        ]
        spans = st.conn.execute("SELECT count(*) FROM spans WHERE superseded_by IS NULL").fetchone()[0]
        active = (lifecycle.active(st) or {}).get("run_id")
        path = st.dir / "landscape.json"
        landscape = json.loads(path.read_text()) if path.exists() else None
    finally:
        st.close()
    return {"runs": runs, "active": active, "spans": spans, "history": history, "landscape": landscape}
