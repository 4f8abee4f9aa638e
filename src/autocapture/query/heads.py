"""The kind of answer a question's head noun asks for, where question grammar left it open.

Why: a terse question ("TC1 downtime?", "voltline abn?", "km to the architect?", "Kaveri slot?") and many a
"what's X's Y" name the answer by its noun alone. The noun before the first preposition (or the last one) is the
head of the noun phrase, and what it names is a closed, general vocabulary: a duration ("downtime", "length",
"drive time"), a moment ("arrival", "deadline", "slot"), money ("fee", "fine", "headroom"), a code ("ref", "no."),
a figure with a unit ("km", "temp"), a count ("numbers", "headcount"), a person ("contact", "approver"), an
address ("mail"). These are words of English, not any screen's labels; a head outside them decides nothing, and
the learned guess (answer_types.py) or free text stands.

Measured on the questions the grammar rules leave open on the ten tuning days (bench/qa/questions*.jsonl, not the
test split, not a held-out day: 474 questions): the head noun types 67, 63 of them as labelled (the 4 others: a
"lead time" asked as a plain figure, a headcount cell, two Portuguese questions); the rest stay open. It comes
after the learned guess (answer_types.py), which it agrees with wherever both answer but one question."""

from __future__ import annotations

import re

from autocapture.query import glossary

# "clearance time", "start time": a moment; any other "time" is how long ("drive time", "Slack time", "total time")
MOMENT_OF_TIME = {
    "start", "starting", "end", "finish", "closing", "opening", "clearance", "arrival", "departure", "pickup",
    "collection", "delivery", "check-in", "checkin", "checkout", "boarding", "kickoff", "meeting", "call",
    "appointment", "cut-off", "cutoff", "release", "close", "open", "landing", "takeoff",
}  # fmt: skip
# A question led by one of these words is a sentence whose grammar the rules read ("Did Hannah post about the
# outage", "After booking the delivery, what did I open"): its last noun is no head of what is asked.
SENTENCE_START = {
    "did", "does", "do", "is", "are", "was", "were", "has", "have", "had", "can", "could", "will", "would",
    "after", "before", "list", "name", "sum", "count", "when", "where", "who", "whom", "whose", "how", "why",
    "which", "between", "since", "until",
}  # fmt: skip

HEAD_TYPES = {
    "duration": set("downtime duration length delay outage runtime uptime extension notice term".split()),
    "datetime": set(
        (
            "date deadline due eta etd arrival departure appointment slot start kickoff pickup collection "
            "delivery expiry when time"
        ).split()
    ),
    "amount": set(
        (
            "price cost costs total amount amt sum fee fees fine penalty charge charges balance budget worth "
            "headroom bill salary rent deposit refund payment tax gst vat hst tva iva mwst dividend div "
            "revenue profit premium excess allowance kitty spend quote rate retainer fare toll payout surcharge "
            "subtotal instalment installment levy duty"
        ).split()
    ),
    "identifier": set(
        (
            "number no nr id ref reference code pin iban bic swift sku serial tracking passcode password "
            "extension ext abn acn vat-id ein"
        ).split()
    ),
    "number": set(
        (
            "km kms miles distance temp temperature volume area weight height width depth speed wind rainfall "
            "percentage percent score ratio version epoch quantity qty"
        ).split()
    ),
    "count": set("numbers headcount count tally uses redemptions".split()),
    "person": set(
        (
            "contact owner approver manager author assignee sender signatory rep representative officer "
            "engineer technician driver host organiser organizer lead supervisor reviewer caller"
        ).split()
    ),
    "email": set("mail email e-mail inbox".split()),
}
# a head the same word in two kinds ("extension": a phone's or a deadline's) is left to the rest of the question
_AMBIGUOUS = {
    w for kind, ws in HEAD_TYPES.items() for w in ws if sum(w in v for v in HEAD_TYPES.values()) > 1
}

# The head of a terse question about going back to a window ("WhatsApp visits?", "forecast checks today?")
VISIT_HEADS = {"visits", "checks", "returns", "sessions", "trips", "lookups", "opens"}

# Words after the head that say when or where, not what: "open RFIs now?", "pump op arrival wed?"
TRAILING = (
    r"(?:\s+(?:today|now|yesterday|tonight|currently|again|so far|this (?:morning|afternoon|evening|week)|"
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?|am|pm|[ap]\.m\.))+$"
)
# Where the head noun's phrase ends: a preposition, a comma or a dash ("drive time to Fitzroy", "Kaveri slot?")
PHRASE_END = re.compile(
    r"\s+(?:to|of|for|in|on|at|from|by|per|with|among|across|vs\.?|versus|between|under|inside|including|"
    r"incl\.?|inc|ex|excl\.?|according|going|as|after|before|since|do|da|de|des|du|der|die|das)\b|\s*[,;:\u2013\u2014(]|"
    r"\s+-\s+",
    re.I,
)


def head_noun(question: str) -> tuple[str, str] | None:
    """The head noun of the question's first noun phrase and the word before it, lowercased."""
    q = question.strip().rstrip("?!. ").strip()
    q = re.split(PHRASE_END, q, maxsplit=1)[0]
    q = re.sub(TRAILING, "", q, flags=re.I)
    toks = re.findall(r"[^\W\d_][\w'.-]*", q)  # (any letter: "şoförü" is one word)
    if not toks:
        return None
    head = re.sub(r"['\u2019]s$", "", toks[-1]).rstrip(".").lower()
    before = re.sub(r"['\u2019]s$", "", toks[-2]).lower() if len(toks) > 1 else ""
    return head, before


def head_type(question: str) -> str | None:
    """The answer type the head noun names, or None when it names none of the kinds above."""
    first = re.match(r"\s*([A-Za-z]+)", question)
    if (first and first.group(1).lower() in SENTENCE_START) or re.search(r"\bwho\b", question, re.I):
        return None
    found = head_noun(question)
    if not found:
        return None
    head, before = found
    if head == "time":
        return "datetime" if before in MOMENT_OF_TIME else "duration"
    if head in _AMBIGUOUS:
        return None
    for kind, words in HEAD_TYPES.items():
        if head in words:
            return kind
    # a terse question in the screen's language ("tır şoförü?", "valor da demurrage?"): its head in English
    for eng in glossary.english(head):
        for kind, words in HEAD_TYPES.items():
            if eng in words and eng not in _AMBIGUOUS:
                return kind
    return None
