"""An answer is claims, each with citations; a claim whose citations do not hold up is dropped."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Claim:
    text: str
    citations: list[dict]


@dataclass
class Result:
    state: str  # ok | no_evidence | indeterminate
    answer: str
    fields: dict = field(default_factory=dict)
    claims: list[Claim] = field(default_factory=list)


def no_evidence(what: str) -> Result:
    return Result("no_evidence", f"I found nothing on screen about {what}.")


def fmt_time(ts) -> str:
    return ts.strftime("%a %d %b %H:%M:%S")


def span_box(line: dict, text: str) -> list[int]:
    from autocapture.stages.sst import locate

    start = line["text"].lower().find(text.lower())
    return locate(line, start, start + len(text)) if start >= 0 else list(line["box"])
