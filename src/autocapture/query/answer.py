"""`autocapture query`: parse filters, pick the composer for the question's kind, check every claim
against what it cites, and return the stable JSON contract."""

from __future__ import annotations

import time
from datetime import datetime, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from autocapture.config import Config
from autocapture.dataroot.journal import journal_timezone
from autocapture.dataroot.layout import discover
from autocapture.query import activity, facts, llm, states, timeline
from autocapture.query.claims import Result
from autocapture.query.evidence import Evidence
from autocapture.query.timefilter import parse

# Most specific first; the first composer that recognises the question answers it. Computed answers
# (timeline, numbers, input, states) are always computed; facts read off a window are extracted here,
# or written by a local LLM when query.composer = "llm".
COMPUTED = [
    states.before_after, states.unusual,
    timeline.first_last, timeline.occurrences, timeline.min_max_amounts, timeline.table_sum, timeline.value_change,
    timeline.longest_in_app, timeline.busiest_switching, timeline.unique_windows,
    activity.busiest_typing, activity.click_intervals, activity.after_click,
]
EXTRACTIVE = [
    facts.describe_image, facts.unread, facts.button, facts.subject, facts.sender, facts.chat_messages,
    facts.failing_test, facts.commands, facts.form_field,
]


def user_tz(config: Config) -> tzinfo:
    """time.tzid if set, else the zone the sidecar's journal records, else UTC."""
    name = config["time.tzid"]
    if not name and config.data_dir and config.data_dir.is_dir():
        tz = journal_timezone(discover(config.data_dir).journal)
        if tz:
            try:
                return ZoneInfo(tz.tzid)
            except (ZoneInfoNotFoundError, ValueError):
                from datetime import timedelta

                return timezone(timedelta(minutes=tz.offset_minutes))
    try:
        return ZoneInfo(name) if name else timezone.utc
    except (ZoneInfoNotFoundError, ValueError):
        return timezone.utc


def verify(ev: Evidence, result: Result) -> Result:
    """Drop citations whose record does not hold the quoted text, and claims left without any."""
    kept = []
    for claim in result.claims:
        claim.citations = [c for c in claim.citations if ev.supports(c)]
        if claim.citations:
            kept.append(claim)
    if result.claims and not kept:
        return Result("no_evidence", "I found candidate text, but none of it held up against the frames it came "
                      "from, so I will not guess.")
    result.claims = kept
    return result


def ask(config: Config, question: str, now: datetime | None = None) -> dict:
    started = time.perf_counter()
    now = now or datetime.now(timezone.utc)
    tz = user_tz(config)
    filters, rest = parse(question, now, tz)
    ev = Evidence(config, tz)
    try:
        t0 = time.perf_counter()
        result = None
        use_llm = config["query.composer"] == "llm"
        for composer in COMPUTED + ([] if use_llm else EXTRACTIVE):
            result = composer(ev, question, filters)
            if result is not None:
                break
        if result is None:
            result = llm.compose(ev, question, filters) if use_llm else facts.generic(ev, rest, filters)
        compose_ms = (time.perf_counter() - t0) * 1000
        result = verify(ev, result)
        timings = {**ev.timings, "compose_ms": round(compose_ms, 1),
                   "total_ms": round((time.perf_counter() - started) * 1000, 1)}
    finally:
        ev.close()
    return {"question": question, "state": result.state, "answer": result.answer, "fields": result.fields,
            "filters": {"start": filters.start.isoformat() if filters.start else None,
                        "end": filters.end.isoformat() if filters.end else None, "apps": list(filters.apps),
                        "said": list(filters.said)},
            "claims": [{"text": c.text, "citations": c.citations} for c in result.claims],
            "timings_ms": timings}
