"""Keyboard and mouse questions, from the sidecar's input summaries and raw input-event logs, tied to
the frames on screen at the time."""

from __future__ import annotations

import bisect
import re
import statistics
from datetime import timedelta

from autocapture.dataroot.blobs import BlobError
from autocapture.dataroot.inputs import InputLogError, parse_input_log
from autocapture.dataroot.records import INPUT, parse_input_summary
from autocapture.query.claims import Claim, Result, fmt_time, no_evidence, span_box
from autocapture.query.evidence import Evidence, Frame
from autocapture.query.timefilter import Filters

AFTER_CLICK_S = 15.0


def _summaries(ev: Evidence, filters: Filters):
    return [
        s
        for s in ev.dataroot.parsed(INPUT, parse_input_summary)
        if not (
            (filters.start and s.end_utc <= filters.start) or (filters.end and s.start_utc >= filters.end)
        )
    ]


def _on_screen(frames: list[Frame], ts) -> Frame | None:
    i = bisect.bisect_right([f.ts for f in frames], ts) - 1
    return frames[i] if i >= 0 else (frames[0] if frames else None)


def _events(ev: Evidence, filters: Filters):
    events = []
    for s in _summaries(ev, filters):
        if not s.log_id:
            continue
        try:
            dr = ev.dataroot
            path = dr.media.resolve(
                s.log_id, s.log_id.split("/", 1)[0], s.start_utc.isoformat(), {}, derived=True
            )
            got, _ = parse_input_log(dr.media.read_bytes(path, s.log_id), s.log_id)
            events += got
        except (BlobError, InputLogError):
            continue
    return sorted({(e.ts_utc, e.kind, e.key, e.x, e.y): e for e in events}.values(), key=lambda e: e.ts_utc)


def busiest_typing(ev: Evidence, q: str, filters: Filters) -> Result | None:
    if not re.search(r"\btyp(ing|ed)\b", q, re.I) or not re.search(r"\b(most|busiest|when)\b", q, re.I):
        return None
    summaries = [s for s in _summaries(ev, filters) if s.keys > 0]
    if not summaries:
        return no_evidence("typing in that period")
    top = max(summaries, key=lambda s: (s.keys, -s.start_utc.timestamp()))
    frame = _on_screen(ev.frames(), top.end_utc)
    return Result(
        "ok",
        f"The busiest typing was {fmt_time(ev.local(top.start_utc))}\u2013"
        f"{ev.local(top.end_utc).strftime('%H:%M:%S')}: {top.keys} key presses, in {frame.app} "
        f"({frame.title}).",
        {
            "start": ev.local(top.start_utc).isoformat(timespec="seconds"),
            "end": ev.local(top.end_utc).isoformat(timespec="seconds"),
            "keys": top.keys,
            "input_record_id": top.record_id,
        },
        [Claim(f"{top.keys} keys in {frame.title}", [ev.cite(frame, None, frame.title, record="")])],
    )


def click_intervals(ev: Evidence, q: str, filters: Filters) -> Result | None:
    if not re.search(r"\bclicks?\b", q, re.I) or not re.search(r"\b(median|average|mean|between)\b", q, re.I):
        return None
    clicks = [e for e in _events(ev, filters) if e.kind == "mouse" and e.pressed]
    if len(clicks) < 2:
        return no_evidence("mouse clicks (no raw input-event log covers that period)")
    gaps = [(b.ts_utc - a.ts_utc).total_seconds() for a, b in zip(clicks, clicks[1:])]
    median = statistics.median(gaps)
    frames = ev.frames()
    claims = [
        Claim(
            f"click at {fmt_time(ev.local(c.ts_utc))} ({c.x}, {c.y})", [ev.cite(f, None, f.title, record="")]
        )
        for c in clicks
        if (f := _on_screen(frames, c.ts_utc))
    ]
    return Result(
        "ok",
        f"The median time between {len(clicks)} mouse clicks was {median:.1f} s "
        f"(min {min(gaps):.1f} s, max {max(gaps):.1f} s).",
        {"median_s": median, "clicks": len(clicks)},
        claims,
    )


def after_click(ev: Evidence, q: str, filters: Filters) -> Result | None:
    if not re.search(r"\bafter\b.*\bclick", q, re.I):
        return None
    clicks = [e for e in _events(ev, filters) if e.kind == "mouse" and e.pressed]
    frames = ev.frames()
    for c in clicks:
        for i, f in enumerate(frames):
            if not c.ts_utc < f.ts <= c.ts_utc + timedelta(seconds=AFTER_CLICK_S) or i == 0:
                continue
            delay = (f.ts - c.ts_utc).total_seconds()
            prev = frames[i - 1]
            if (prev.app, prev.title) != (f.app, f.title):
                return Result(
                    "ok",
                    f"{delay:.0f} s after the click at {fmt_time(ev.local(c.ts_utc))} ({c.x}, {c.y}), the "
                    f"screen switched from {prev.title} to {f.title}.",
                    {
                        "click_at": ev.local(c.ts_utc).isoformat(timespec="seconds"),
                        "delay_s": delay,
                        "from_window": prev.title,
                        "to_window": f.title,
                    },
                    [Claim(f"now showing {f.title}", [ev.cite(f, None, f.title, record="")])],
                )
            before = {ln["text"] for ln in ev.lines(prev.record_id)}
            sst = ev.sst(f.record_id) or {}
            chrome = {
                ln for b in sst.get("blocks", ()) if b["kind"] in ("title_bar", "menu") for ln in b["lines"]
            }
            new = [ln for ln in ev.lines(f.record_id) if ln["text"] not in before and ln["id"] not in chrome]
            if new:
                shown = "; ".join(ln["text"] for ln in new[:3])
                return Result(
                    "ok",
                    f"{delay:.0f} s after the click at {fmt_time(ev.local(c.ts_utc))} ({c.x}, {c.y}), "
                    f"{f.title} showed new text: \u201c{shown}\u201d.",
                    {
                        "click_at": ev.local(c.ts_utc).isoformat(timespec="seconds"),
                        "delay_s": delay,
                        "new_lines": [ln["text"] for ln in new],
                    },
                    [Claim(ln["text"], [ev.cite(f, span_box(ln, ln["text"]), ln["text"])]) for ln in new[:3]],
                )
    return no_evidence("a change on screen shortly after a click")
