"""Window listings computed over frames: the distinct windows in a period and the 5 minutes with the most
window switches. The other computed families live in families/."""

from __future__ import annotations

import re
from collections import Counter
from datetime import timedelta

from autocapture.query.claims import Claim, Result, fmt_time, no_evidence
from autocapture.query.evidence import Evidence, Frame
from autocapture.query.timefilter import Filters


def unique_windows(ev: Evidence, q: str, filters: Filters) -> Result | None:
    if not re.search(r"\b(unique|which|what|list)\b.*\b(windows|apps|applications)\b", q, re.I):
        return None
    frames = ev.frames(filters)
    if not frames:
        return no_evidence("windows in that period")
    seen: dict[tuple, list[Frame]] = {}
    for f in frames:
        seen.setdefault((f.app, f.title), []).append(f)
    claims = []
    rows = []
    for (app, title), fs in sorted(seen.items(), key=lambda kv: kv[1][0].ts):
        first, last = fs[0], fs[-1]
        rows.append(
            {
                "app": app,
                "title": title,
                "first_seen": ev.local(first.ts).isoformat(timespec="seconds"),
                "last_seen": ev.local(last.ts).isoformat(timespec="seconds"),
                "frames": len(fs),
            }
        )
        claims.append(
            Claim(
                f"{app} \u2014 {title}: first {fmt_time(ev.local(first.ts))}, last {fmt_time(ev.local(last.ts))}",
                [ev.cite(first, None, title, record=""), ev.cite(last, None, title, record="")],
            )
        )
    return Result(
        "ok", f"{len(rows)} distinct windows across {len(frames)} frames.", {"windows": rows}, claims
    )


def busiest_switching(ev: Evidence, q: str, filters: Filters) -> Result | None:
    if not re.search(r"\b(most|busiest)\b", q, re.I) or not re.search(
        r"\b(window|app)s? (changes|switch)", q, re.I
    ):
        return None
    frames = ev.frames(filters)
    changes = [b for a, b in zip(frames, frames[1:]) if (a.app, a.title) != (b.app, b.title)]
    if not changes:
        return no_evidence("window changes in that period")
    bucket = lambda f: f.ts.replace(minute=f.ts.minute - f.ts.minute % 5, second=0, microsecond=0)  # noqa: E731
    counts = Counter(bucket(f) for f in changes)
    start, n = max(counts.items(), key=lambda kv: (kv[1], -kv[0].timestamp()))
    inside = [f for f in changes if bucket(f) == start]
    return Result(
        "ok",
        f"{fmt_time(ev.local(start))}\u2013{ev.local(start + timedelta(minutes=5)).strftime('%H:%M')} had the "
        f"most window changes: {n}.",
        {"start": ev.local(start).isoformat(timespec="seconds"), "changes": n},
        [Claim(f"switched to {f.title}", [ev.cite(f, None, f.title, record="")]) for f in inside],
    )
