"""A count the screen states in a heading: "Contacts (3)", "Items (3)", "Open tickets (4)". Apps put the number
of a section's entries beside its name (a CRM record's associations, an order's items, a ticket queue), so
"how many items are on the order" can be read there when no value on screen is written with the question's
words (a list may be cut off by the screen's edge; its heading still says how many). It is the reader's fallback:
a labelled value ("Open: 7" on a dashboard) is the more specific answer, and a heading may count something
narrower than the question means."""

from __future__ import annotations

import re

from autocapture.query.claims import Claim, Result, fmt_time, span_box
from autocapture.query.evidence import Evidence
from autocapture.query.intent import STOP, Intent, counted_noun, stem
from autocapture.query.retrieve import Candidate
from autocapture.query.verify import missing_entities

# "Contacts (3)", "Open tickets (4)": a name of a few words and a count in brackets, nothing after it
HEADING = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z &/-]{1,40}?)\s*\((?P<n>\d{1,5})\)\s*$")
# How close in meaning the counted noun must be to a heading it does not share a word with ("people" and
# "Contacts"): MiniLM cosine of the two phrases, as compose.FOCUS_MEANING judges a label
HEADING_MEANING = 0.5
# Screens read: the best-ranked ones, where the question's names are
SCREENS = 8


def heading_count(ev: Evidence, intent: Intent, cands: list[Candidate], means=None) -> Result | None:
    """The count a heading of the best screens states for the things asked about, or None."""
    noun = counted_noun(intent.question)
    if intent.answer_type != "count" or not noun:
        return None
    words = {stem(w) for w in noun.split() if w not in STOP}
    found = []
    for rank, cand in enumerate(cands[:SCREENS]):
        if missing_entities(intent.entities, cand.scope_text, cand.frame.title, cand.frame.app):
            continue
        for line in cand.lines:
            m = HEADING.match(line["text"])
            if not m:
                continue
            label = m.group("label").strip()
            shared = words & {stem(w) for w in label.lower().split()}
            meaning = means(noun, label) if means is not None and not shared else 0.0
            if shared or meaning >= HEADING_MEANING:
                found.append((bool(shared), meaning, -rank, cand, line, label, m.group("n")))
    if not found:
        return None
    _, _, _, cand, line, label, n = max(found, key=lambda x: x[:3])
    f = cand.frame
    return Result(
        "ok",
        f"{n} \u2014 \u201c{line['text'].strip()}\u201d ({f.app}, \u201c{f.title}\u201d, {fmt_time(ev.local(f.ts))}).",
        {"value": n, "count": int(n), "answer_type": "count", "heading": label},
        [Claim(f"{label}: {n}", [ev.cite(f, span_box(line, line["text"].strip()), line["text"].strip())])],
    )
