"""Answers computed over records, never guessed: windows and apps over time, word and identifier
occurrences, amounts (min, max, sums, changes), and keyboard/mouse activity."""

from __future__ import annotations

import re
from collections import Counter
from datetime import timedelta

from autocapture.query.claims import Claim, Result, fmt_time, no_evidence, span_box
from autocapture.query.evidence import Evidence, Frame
from autocapture.query.facts import MONEY, field_value, money_value
from autocapture.query.timefilter import Filters

MERGE_GAP_S = 30.0


def _window_runs(frames: list[Frame], key) -> list[tuple[str, list[Frame]]]:
    runs: list[tuple[str, list[Frame]]] = []
    for f in frames:
        k = key(f)
        if runs and runs[-1][0] == k:
            runs[-1][1].append(f)
        else:
            runs.append((k, [f]))
    return runs


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


def _spans(frames: list[Frame], key) -> list[tuple[str, Frame, Frame, float]]:
    """Continuous runs of `key`; a run lasts from its first frame until the next run starts."""
    runs = _window_runs(frames, key)
    out = []
    for i, (k, fs) in enumerate(runs):
        end = runs[i + 1][1][0].ts if i + 1 < len(runs) else fs[-1].ts
        out.append((k, fs[0], fs[-1], (end - fs[0].ts).total_seconds()))
    return out


def longest_in_app(ev: Evidence, q: str, filters: Filters) -> Result | None:
    if not re.search(r"\blongest\b", q, re.I) or not re.search(
        r"\b(app|application|window|program)\b", q, re.I
    ):
        return None
    spans = _spans(ev.frames(filters), lambda f: f.app)
    if not spans:
        return no_evidence("app usage in that period")
    app, first, last, seconds = max(spans, key=lambda s: s[3])
    end = first.ts + timedelta(seconds=seconds)
    return Result(
        "ok",
        f"The longest continuous stretch in one app was {app}: {seconds / 60:.1f} minutes, from "
        f"{fmt_time(ev.local(first.ts))} to {fmt_time(ev.local(end))}.",
        {
            "app": app,
            "start": ev.local(first.ts).isoformat(timespec="seconds"),
            "end": ev.local(end).isoformat(timespec="seconds"),
            "seconds": seconds,
        },
        [
            Claim(
                f"{app} from {fmt_time(ev.local(first.ts))}",
                [ev.cite(first, None, app, record=""), ev.cite(last, None, app, record="")],
            )
        ],
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


def _quoted_or_identifier(q: str) -> str | None:
    if m := re.search(r"[\"'\u201c\u2018]([^\"'\u201d\u2019]+)[\"'\u201d\u2019]", q):
        return m.group(1)
    if m := re.search(r"\b([A-Z]{2,}-[\w#-]*[\w#]|\w*\d\w*)(?=[\s?.,!]|$)", q):
        return m.group(1)
    return None


def occurrences(ev: Evidence, q: str, filters: Filters) -> Result | None:
    if not re.search(r"\bhow many (frames|screenshots|times)\b", q, re.I):
        return None
    word = _quoted_or_identifier(q)
    if not word:
        return None
    hits = []
    for f in ev.frames(filters):
        line = next((ln for ln in ev.lines(f.record_id) if word.lower() in ln["text"].lower()), None)
        if line:
            hits.append((f, line))
    if not hits:
        return no_evidence(f"\u201c{word}\u201d")
    total, run_start, prev = 0.0, hits[0][0].ts, hits[0][0].ts
    for f, _ in hits[1:]:
        if (f.ts - prev).total_seconds() > MERGE_GAP_S:
            total += (prev - run_start).total_seconds()
            run_start = f.ts
        prev = f.ts
    total += (prev - run_start).total_seconds()
    return Result(
        "ok",
        f"\u201c{word}\u201d was on screen in {len(hits)} frames, visible for {total:.0f} s in total "
        f"(frames less than {MERGE_GAP_S:.0f} s apart counted as one stretch).",
        {"frames": len(hits), "visible_seconds": total},
        [
            Claim(f"{fmt_time(ev.local(f.ts))}: {line['text']}", [ev.cite(f, span_box(line, word), word)])
            for f, line in hits
        ],
    )


def first_last(ev: Evidence, q: str, filters: Filters) -> Result | None:
    if not re.search(r"\bfirst and last\b|\bfirst\b.*\blast\b", q, re.I):
        return None
    token = _quoted_or_identifier(q)
    if not token:
        return None
    pattern = re.escape(token).replace("\\#", r"\d").replace("#", r"\d")
    if "\\d" not in pattern and token.endswith("-"):
        pattern += r"[\w-]+"
    rx = re.compile(pattern, re.I)
    hits = [
        (f, ln, m.group(0))
        for f in ev.frames(filters)
        for ln in ev.lines(f.record_id)
        if (m := rx.search(ln["text"]))
    ]
    if not hits:
        return no_evidence(f"anything matching {token}")
    (f0, l0, v0), (f1, l1, v1) = hits[0], hits[-1]
    return Result(
        "ok",
        f"First seen {fmt_time(ev.local(f0.ts))} ({v0}, {f0.app}); last seen {fmt_time(ev.local(f1.ts))} "
        f"({v1}, {f1.app}).",
        {
            "first": ev.local(f0.ts).isoformat(timespec="seconds"),
            "first_value": v0,
            "last": ev.local(f1.ts).isoformat(timespec="seconds"),
            "last_value": v1,
        },
        [
            Claim(f"first: {v0}", [ev.cite(f0, span_box(l0, v0), v0)]),
            Claim(f"last: {v1}", [ev.cite(f1, span_box(l1, v1), v1)]),
        ],
    )


def min_max_amounts(ev: Evidence, q: str, filters: Filters) -> Result | None:
    if not (
        re.search(r"\b(smallest|lowest|minimum|min)\b", q, re.I)
        and re.search(r"\b(largest|highest|maximum|max|biggest)\b", q, re.I)
    ):
        return None
    found = [
        (money_value(m.group(0)), m.group(0), f, ln)
        for f in ev.frames(filters)
        for ln in ev.lines(f.record_id)
        for m in MONEY.finditer(ln["text"])
    ]
    if not found:
        return no_evidence("amounts of money in that app or period")
    lo, hi = min(found, key=lambda x: (x[0], x[2].ts)), max(found, key=lambda x: (x[0], -x[2].ts.timestamp()))
    return Result(
        "ok",
        f"Smallest: {lo[1]} ({fmt_time(ev.local(lo[2].ts))}); largest: {hi[1]} "
        f"({fmt_time(ev.local(hi[2].ts))}).",
        {"min": lo[1], "max": hi[1]},
        [
            Claim(f"min {lo[1]}", [ev.cite(lo[2], span_box(lo[3], lo[1]), lo[1])]),
            Claim(f"max {hi[1]}", [ev.cite(hi[2], span_box(hi[3], hi[1]), hi[1])]),
        ],
    )


def table_sum(ev: Evidence, q: str, filters: Filters) -> Result | None:
    if not re.search(r"\b(sum|add up|adds up)\b", q, re.I):
        return None
    words = [
        w
        for w in re.findall(r"[a-z]{4,}", q.lower())
        if w not in {"what", "items", "line", "table", "amounts", "does"}
    ]
    for f in sorted(ev.frames(filters), key=lambda f: f.ts, reverse=True):
        s = ev.sst(f.record_id) or {}
        if not any(r["kind"] == "table" for r in s.get("regions", ())) or (
            words and not any(w in ev.ocr_text(f.record_id).lower() for w in words)
        ):
            continue
        table_lines = [
            ln for b in s["blocks"] if b["kind"] == "table" for ln in s["lines"] if ln["id"] in b["lines"]
        ]
        rows: dict[int, list[dict]] = {}
        for ln in table_lines:
            rows.setdefault(ln["box"][1] // 10, []).append(ln)
        items, total_line = [], None
        for _, cells in sorted(rows.items()):
            label = " ".join(c["text"] for c in cells if not MONEY.search(c["text"])).lower()
            money = [(c, m.group(0)) for c in cells for m in MONEY.finditer(c["text"])]
            if not money:
                continue
            if re.search(r"\b(sub)?total\b", label):
                total_line = money[-1]
            else:
                items.append(money[-1])
        if len(items) >= 2:
            total = round(sum(money_value(v) for _, v in items), 2)
            claims = [Claim(v, [ev.cite(f, span_box(c, v), v)]) for c, v in items]
            answer = f"The items add up to {total:,.2f}."
            fields = {"sum": total, "items": [v for _, v in items]}
            if total_line:
                shown = money_value(total_line[1])
                answer += f" The total shown is {total_line[1]}, which {'matches' if abs(shown - total) < 0.005 else 'does NOT match'}."
                fields["total_shown"] = total_line[1]
                claims.append(
                    Claim(
                        f"total shown {total_line[1]}",
                        [ev.cite(f, span_box(total_line[0], total_line[1]), total_line[1])],
                    )
                )
            return Result("ok", answer + f" ({f.title}, {fmt_time(ev.local(f.ts))})", fields, claims)
    return None


def value_change(ev: Evidence, q: str, filters: Filters) -> Result | None:
    if not re.search(r"\b(by how much|how much did|difference|change)\b", q, re.I):
        return None
    history = [
        h for h in field_value(ev, q, filters, history=True) if MONEY.search(h[3]) or re.search(r"\d", h[3])
    ]
    distinct = []
    for h in history:
        if not distinct or distinct[-1][3] != h[3]:
            distinct.append(h)
    if len(distinct) < 2:
        return None
    (f0, label, l0, v0), (f1, _, l1, v1) = distinct[0], distinct[-1]
    num = lambda v: float(re.sub(r"[^\d.-]", "", v.replace(",", "")))  # noqa: E731
    delta = round(num(v1) - num(v0), 2)
    return Result(
        "ok",
        f"{label} went from {v0} ({fmt_time(ev.local(f0.ts))}) to {v1} ({fmt_time(ev.local(f1.ts))}): "
        f"a change of {delta:+,.2f}.",
        {"label": label, "from": v0, "to": v1, "difference": delta},
        [
            Claim(f"{label} {v0}", [ev.cite(f0, span_box(l0, v0), v0)]),
            Claim(f"{label} {v1}", [ev.cite(f1, span_box(l1, v1), v1)]),
        ],
    )
