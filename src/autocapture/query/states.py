"""Questions about spans of activity, from the state tape: what came before or after something, and
transitions the promoted predictor found unusual."""

from __future__ import annotations

import re

from autocapture.query.claims import Claim, Result, fmt_time, no_evidence
from autocapture.query.evidence import Evidence
from autocapture.query.timefilter import Filters


def _state(ev: Evidence):
    from autocapture.state.statedb import StateDB

    return StateDB.readonly(ev.config.derived_dir)  # a question never writes


def _span_claim(ev: Evidence, st, span_id: str, label: str) -> tuple[str, Claim] | None:
    row = st.conn.execute(
        "SELECT start_utc, end_utc, app, title FROM spans WHERE span_id = ?", (span_id,)
    ).fetchone()
    frames = [
        ev.frame(f)
        for (f,) in st.conn.execute("SELECT frame_id FROM span_frames WHERE span_id = ?", (span_id,))
    ]
    frames = sorted((f for f in frames if f), key=lambda f: f.ts)
    if not row or not frames:
        return None
    text = f"{label}: {row[3]} ({row[2]}), {fmt_time(ev.local(frames[0].ts))}\u2013{ev.local(frames[-1].ts).strftime('%H:%M:%S')}"
    return text, Claim(text, [ev.cite(frames[0], None, row[3], record="")])


def before_after(ev: Evidence, q: str, filters: Filters) -> Result | None:
    m = re.search(r"\bwhat was I doing (before|after) (.+?)\??$", q, re.I)
    if not m:
        return None
    st = _state(ev)
    if st is None:
        return Result(
            "indeterminate",
            "The state layer has not run yet (processing.state_layer.enabled, or `autocapture state tape`).",
        )
    which, thing = m.group(1).lower(), re.sub(r"^(i |the |my )", "", m.group(2).strip(), flags=re.I)
    try:
        hits = ev.search(thing, filters, k=10)
        words = [w for w in re.findall(r"\w+", thing.lower()) if len(w) > 2]
        score = lambda h: sum(w in (h.line["text"] + " " + (h.frame.title or "")).lower() for w in words)  # noqa: E731
        hits = [h for h in hits if score(h) >= max(1, len(words) // 2)]
        if not hits:
            return no_evidence(thing)
        anchor = min(hits, key=lambda h: (-score(h), h.frame.ts)).frame  # the best match, earliest first
        span = st.conn.execute(
            "SELECT s.span_id, s.seq FROM span_frames sf JOIN spans s ON s.span_id = sf.span_id "
            "WHERE sf.frame_id = ? AND s.superseded_by IS NULL",
            (anchor.record_id,),
        ).fetchone()
        live = [r[0] for r in st.live_spans()]
        if not span or span[0] not in live:
            return no_evidence(thing)
        i = live.index(span[0]) + (-1 if which == "before" else 1)
        if not 0 <= i < len(live):
            return Result("no_evidence", f"Nothing was captured {which} that.")
        here, there = _span_claim(ev, st, span[0], "matched"), _span_claim(ev, st, live[i], which)
        return Result(
            "ok",
            f"{there[0][0].upper() + there[0][1:]} (the span {which} {here[0].split(': ', 1)[1]}).",
            {"span": live[i], "anchor_span": span[0]},
            [there[1], here[1]],
        )
    finally:
        st.close()


def unusual(ev: Evidence, q: str, filters: Filters) -> Result | None:
    if not (
        re.search(r"\b(unusual|unexpected|surprising|odd)\b", q, re.I)
        and re.search(r"\b(transitions?|switch(es)?|changes?)\b", q, re.I)
    ):
        return None
    st = _state(ev)
    if st is None:
        return Result("indeterminate", "The state layer has not run yet.")
    try:
        rows = st.conn.execute(
            "SELECT src, dst, error, predictor FROM edges WHERE predictor != '' ORDER BY error DESC LIMIT 3"
        ).fetchall()
        if not rows:
            return Result(
                "indeterminate",
                "No promoted predictor scores transitions yet "
                "(`autocapture state jepa approve-latest` then `promote`).",
            )
        claims, parts = [], []
        for src, dst, error, _run in rows:
            a, b = _span_claim(ev, st, src, "from"), _span_claim(ev, st, dst, "to")
            if a and b:
                parts.append(f"{a[0]} \u2192 {b[0]} (predictor error {error:.2f})")
                claims += [a[1], b[1]]
        return Result(
            "ok",
            "Most unusual transitions: " + "; ".join(parts),
            {
                "predictor": rows[0][3],
                "transitions": [{"from": s, "to": d, "error": e} for s, d, e, _ in rows],
            },
            claims,
        )
    finally:
        st.close()
