"""Compose a fact answer from the reader's best span, decide whether it is grounded enough to be `ok`, and list
the closest matches on screen for every answer (so a user can click through even when we abstain)."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from autocapture.query.claims import Claim, Result, fmt_time, span_box
from autocapture.query.evidence import Evidence
from autocapture.query.intent import CAUSAL, MODIFIER_WORDS, QUESTION_NOUNS, Intent, measured, stem
from autocapture.query.read import (
    CONTAINER_NUMBER,
    MESSAGE_NOUNS,
    SPEAKER,
    Reading,
    off_named_row,
    said_by,
    with_title,
)
from autocapture.query.retrieve import Candidate
from autocapture.query.scope import DOC_NOUNS
from autocapture.query.values import (
    MONTH_WORDS,
    WEEKDAY_FORMS,
    amount_reading,
    day_of,
    fold,
    spans,
    year_of_month_day,
)

# An answer is `ok` when the screen around its span holds at least this share of the question's term weight
# (rare words weigh more), or a smaller share backed by a line whose meaning is close to the question's.
MIN_COVERAGE = 0.45
MIN_COVERAGE_WITH_MEANING = 0.2
MIN_MEANING = 0.45
MIN_SCREEN_COVERAGE = 0.7  # ...or nearly all of it is on the screen, if not right next to the value...
# ...while the value's own place still holds this much, or one of the question's words labels it: a figure whose
# surroundings hold a third of the question or less, none of its words, is some other value on a screen about the
# same thing (measured over the QA tuning days' fact answers taken by the screen alone: below it, 14 of 15 were
# wrong or answered a question nothing on screen answers)
MIN_COVERAGE_WITH_SCREEN = 0.35
# The kinds of answer that belong to a whole message or page (its sender, a name, a sentence), not to a label
# beside them
WHOLE_MESSAGE_TYPES = ("text", "person", "organisation", "window", "name", "email", "domain")
MIN_COVERAGE_CELL = (
    0.3  # ...or a table cell addressed by the question's row and column words (addressed_cell)
)
MATCHES = 8
# How close the value's line must be in meaning to the name the question gives the value when none of its words
# is on the screen (MiniLM cosine; "gross amount" vs "Amount due (incl. VAT)" is 0.41, "coverage" vs a pytest
# summary 0.23)
FOCUS_MEANING = 0.35
RUNNERS_UP, RUNNER_UP_GAP = 40, 1.5  # how far down the reader's list an acceptable answer may be taken from


# Nouns that name the kind of answer, not the thing: "what address", "which date" ask for a shape, and the screen
# need not say the word.
TYPE_NOUNS = {
    "case",  # "which test cases failed": tests
    "cases",
    "condition",  # "the alert condition": what the alert line says
    "notice",  # "the resolved notice": a message
    "notification",
    "address",
    "email",
    "e-mail",
    "mail",
    "domain",
    "date",
    "time",
    "day",
    "number",
    "amount",
    "name",
    "id",
    "value",
    "figure",
    "person",
    "people",
    "total",
    "sum",
    "price",
    "cost",
    "charge",  # "the additional hosts charge": its amount, whatever the screen calls it
    "charges",
    "much",
    "many",
    "duration",
    "size",
    "file",
    "files",
    "length",
    "period",
    "version",
    "release",  # "which release is Nordhafen running": a version, after a product's name
    "releases",
    "revision",
    "rev",
    "hash",
    "sha",
    "identifier",
    "code",
    "reference",
    "status",
    "state",
    "message",
    "reply",
    "answer",
    "list",
    "owner",
    "owners",
    "colleague",
    "colleagues",
    "coworker",
    "coworkers",
    "teammate",
    "teammates",
    "employee",
    "member",
    "someone",
    "somebody",
    "emails",
    "e-mails",
    "mails",
    "messages",
    "title",
    "subject",
    "heading",
    "url",
    "link",
    # a thing of a list named by its kind: "which product", "what item" (the answer is its name)
    "product",
    "products",
    "item",
    "items",
    "thing",
    "things",
    "article",
    "entry",
    "option",
    "one",
    # an event named by its kind: "what meeting do I have at 14:30" is answered by the event's own title
    "meeting",
    "meetings",
    "appointment",
    "appointments",
    "event",
    "events",
    "call",
    "calls",
    "ticket",
    "tickets",
    "issue",
    "issues",
    "card",
    "cards",
    "task",
    "tasks",
}
# An event's generic verbs: "when does the standup start" is answered by "Standup moved to 11:30".
EVENT_VERBS = {"start", "starts", "begin", "begins", "happen", "happens", "take", "place"}
# Words a screen never needs to say: they size, date or rank a value ("the short SHA", "the planned headcount")
# or name its event in general.
MODIFIERS = MODIFIER_WORDS | EVENT_VERBS
# "title" too: a document's name describes every value in it ("Budget 2027.xlsx": each cell is a budget)
NEAR = ("self", "line", "left", "header", "heading", "above", "below", "title")


def attribute_terms(intent: Intent) -> set[str]:
    """The words that say which value is wanted ("delivered", "total", "revision"), as opposed to the names of
    what it belongs to: at least one of them must sit next to the value, or the value answers something else."""
    named = " ".join(intent.entities).lower()
    return {t for t in intent.terms if t not in named and len(t) > 2} - where_words(intent.question)


def where_words(question: str) -> set[str]:
    """The words of a closing "in SAP", "on Teams", "from Fiori", "per my PowerShell list": where the user saw
    the value (a system, an app, a site, named as such), which the screen shows somewhere, not next to the value.
    Only names (capitalised, no digit): "in Q4" or "in 2027" names a column, which is an attribute."""
    m = re.search(
        r"\b(?:in|on|from|per|via|inside|according to)\s+(?:the\s+|my\s+|our\s+)?((?:[A-Z][\w-]*\s*){1,2})"
        r"(?:\w+\s*)?[?.!]*\s*$",
        question,
    )
    if not m or re.search(r"\d", m.group(1)):
        return set()
    return {w.lower() for w in m.group(1).split()}


def _says(means, phrase: str, intent: Intent, r: Reading) -> float:
    """How close the value's line is in meaning to `phrase`: the lower of the whole line and the line without the
    question's other words (names shared with the question make any line about the same thing look close; a
    line stripped of them can look close to any date or amount). A form's label over the value ("Supplier" over
    "Voss GmbH (200317)", an object page's header fields) says what it is as much as its own line does."""
    words = phrase.split()
    # ("phone number" for a value under "Mobile": the kind of value the phrase ends with dilutes its name)
    phrases = [phrase] + (
        [" ".join(words[:-1])] if len(words) > 1 and words[-1].lower() in TYPE_NOUNS else []
    )
    # (a table cell's column header says what the value is, as a form's label over it does)
    labels = [x for x in (label_above(r), r.header) if x]
    return max(
        [min(means(p, r.line["text"]), means(p, _label_words(intent, r))) for p in phrases]
        + [means(p, x) for p in phrases for x in labels]
    )


def _only_in_chrome(term: str, r: Reading) -> bool:
    """Is the word on this screen only in its address bar or tab strip ("sap" in "https://s4prd.../sap/...")?
    There it says which system or site the page is, where the user was, not which of the page's values."""
    from autocapture.query.retrieve import TAB_STRIP, _term_rx

    rx = _term_rx(term)
    top = TAB_STRIP * (getattr(r.frame, "height", None) or 1080)
    lines = [ln for ln in r.cand.lines if rx.search(ln["text"].lower())]
    return bool(lines) and all(
        re.search(r"https?:/|www\.|\w\.(?:com|de|eu|io|net|org)/", ln["text"]) or ln["box"][3] <= top
        for ln in lines
    )


def someone_elses(intent: Intent, r: Reading) -> bool:
    """Is this e-mail address another person's than the one the question names? ("Mehdi's e-mail address": not
    the address on "From Nadia Haddad <nadia.haddad@...>", nor "anna.keller@..."). Told when the address itself or
    its line names a person by a given name and no word of the asked person's name is on that line or in the
    address."""
    from autocapture.query.names import fold, given_names, starts_with_given_name

    people = [
        e
        for e in intent.entities
        if starts_with_given_name(e)
        or re.search(rf"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Herr|Frau|Mme|Mlle)\.?\s+{re.escape(e)}", intent.question)
    ]
    if not people:
        return False
    line = r.line["text"]
    rest = line[: r.span.start] + " " + line[r.span.end :]
    said = fold(f"{line} {re.sub(r'[._@-]', ' ', r.span.text)}")
    if any(
        len(w) >= 3 and re.search(rf"(?<!\w){re.escape(w)}", said) for e in people for w in fold(e).split()
    ):
        return False
    # an address named after someone else ("anna.keller@..." for Priya's address)
    if any(fold(w) in given_names() for w in re.split(r"[._-]", r.span.text.split("@")[0]) if len(w) >= 3):
        return True
    names = re.findall(r"\b[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)+", rest)
    # ("From Sofia Benali": the name may follow a label)
    return any(
        starts_with_given_name(" ".join(n.split()[i:])) for n in names for i in range(len(n.split()) - 1)
    )


def label_above(r: Reading) -> str:
    """The label written just over a value, as forms and object pages lay them out: the nearest line above,
    overlapping it, starting where it starts, within a line and a half, a few words of text and no figure."""
    from autocapture.query.read import above

    ups = above(r.cand.lines, r.line)
    if not ups:
        return ""
    up = ups[0]
    h = max(1, r.line["box"][3] - r.line["box"][1])
    text = up["text"].strip(" :")
    if ":" in text:  # a "Status: Refund requested" line is a value with its own label, no label of the next
        return ""
    if (
        r.line["box"][1] - up["box"][3] <= 1.5 * h
        and abs(up["box"][0] - r.line["box"][0]) <= h
        and 0 < len(text.split()) <= 4
        and not re.search(r"\d", text)
        and re.search(r"[A-Za-z]{3,}", text)
    ):
        return text
    return ""


def _label_words(intent: Intent, r: Reading) -> str:
    """The value's line without the question's other words: what is left says what the value is. ("[PEOPLE-231]
    Vienna trip (Hotel Am Stephansplatz)" is not a room number because it names the hotel.)"""
    from autocapture.query.retrieve import _term_rx

    text = r.line["text"].lower()
    for t in list(intent.terms) + list(intent.entities):
        if t.lower() not in intent.focus:
            text = _term_rx(t).sub(" ", text)
    return text


def focus_phrase(intent: Intent, only: set[str] | None = None) -> str:
    """The words naming the value as the question says them, with the noun after them ("gross amount", "test
    coverage number"): what the value's line must mean when it does not use those words."""
    words = re.findall(r"[\w-]+", intent.question)
    low = [w.lower() for w in words]
    idx = [i for i, w in enumerate(low) if w in (only if only is not None else intent.focus)]
    if not idx:
        return " ".join(intent.focus)
    end = idx[-1] + 1
    if end < len(low) and low[end] in TYPE_NOUNS:
        end += 1
    return " ".join(words[idx[0] : end])


def named_by(intent: Intent, r: Reading) -> set[str]:
    """The focus words that name the value and must be with it on the screen: not the kind of answer, not a
    modifier, not a word the value itself holds ("test" in a test's name)."""
    strict = set(intent.focus) - TYPE_NOUNS - MODIFIERS - {intent.name_kind or ""}
    return {
        t
        for t in strict
        if not re.search(rf"(?<![a-z]){re.escape(t[:4])}", r.span.text.lower()) and not STATE_PREFIX.match(t)
    }


# "the pre-call price", "the un-negotiated amount", "the post-audit figure": a word saying which state of a value
# is meant (before or after something happened), not a label on screen; the state is read from the times
STATE_PREFIX = re.compile(r"(?:pre|post|un)-\w")


def accept(intent: Intent, best: Reading, means=None) -> bool:
    """`means(a, b)`: how close two texts are in meaning (cosine of their embeddings), when at hand."""
    return refusal(intent, best, means) is None


DEADLINE_WORDS = {"deadline", "due"}
DOCUMENT_WORDS = set(DOC_NOUNS) | {
    "quote", "order", "statement", "contract", "email", "e-mail", "mail", "message", "page", "ticket", "report",
    "form", "bill",
}  # fmt: skip


def refusal(intent: Intent, best: Reading, means=None) -> str | None:
    """Why a reading is not an answer ("focus", "attribute", "row", "unit", "coverage"), or None when it is one."""
    if not intent.terms and not intent.entities:
        return None if best.sim >= MIN_MEANING else "meaning"
    if best.span.kind == "email" and someone_elses(intent, best):
        return "owner"
    # an attribute word that is on this screen must be next to the value (one that is on no screen at all may be a
    # paraphrase: "outage" for "could not sign in")
    if (
        intent.answer_type in ("amount", "number", "count")
        and best.known_terms
        # (a total is the whole document's: "what did my stay at the hotel cost altogether")
        and not re.search(
            r"\b(total|altogether|overall|in all|all together|c[ao]me to)\b", intent.question, re.I
        )
    ):
        # the words saying which value ("the travel on the Northwind invoice") are on other screens but not this
        # one: this screen shows other values of the same document, not that one (a word on no screen at all may
        # be a paraphrase, and is let pass)
        which = attribute_terms(intent) - DOCUMENT_WORDS - TYPE_NOUNS - QUESTION_NOUNS
        which = {t for t in which if t.isalpha()}
        if which and which <= set(best.known_terms) and not which & set(best.screen_terms):
            return "attribute"
    attrs = {t for t in attribute_terms(intent) & set(best.screen_terms) if not _only_in_chrome(t, best)}
    if attrs <= DOCUMENT_WORDS | TYPE_NOUNS:
        # the kind of document the value is on, or of the value, names no value: "the VAT on the brewery
        # invoice" is on the invoice, not next to the word "invoice"
        attrs = set()
    # the value's own name ("coverage" in "the test coverage number") must be somewhere on the screen, unless the
    # value's line means the same thing in other words ("gross amount" for "Amount due ... incl. VAT")
    strict = named_by(intent, best)
    if CONTAINER_NUMBER.fullmatch(best.span.text.strip()):
        strict -= {"container", "number", "box"}  # "TGHU8826146" says by its form (ISO 6346) what it is
    speaker = said_by(intent)
    if speaker:  # "Ravi's news on Pennine": the news is his message itself, no word on screen says so
        strict -= MESSAGE_NOUNS
    if intent.focus == ("cause",) and CAUSAL.search(intent.question):
        # a cause is what a "cause" label, heading or sentence says: a line merely about the same incident is
        # close in meaning to any question about it, and no answer to why it happened
        if "cause" not in {t for k in (*NEAR, "block", "heading", "self") for t in best.context.get(k, ())}:
            return "focus"
        # ...and the thing whose cause is asked is named on that screen (one word of it may be put otherwise)
        if len(set(intent.terms) - {"cause"} - set(best.screen_terms)) > 1:
            return "coverage"
    if strict & DEADLINE_WORDS and re.search(
        r"\b(by|before|until|till|no later than|due)\s*$", best.line["text"][: best.span.start], re.I
    ):
        strict -= DEADLINE_WORDS  # "by Thursday 12:00" is a deadline, whatever the screen calls it
    missing = strict - set(best.screen_terms)
    # (a label may shorten the value's name: "org.nr 556734-0918" is the organisation number, "Tel." the phone)
    missing -= abbreviated(
        missing, best.line["text"][: best.span.start] + " " + " ".join(best.context.get("left", ()))
    )
    if PHONE_SHAPE.fullmatch(best.span.text.strip()):
        missing -= PHONE_WORDS  # "+46 18 471 22 90" says by its form what it is
    # (the window's title names the value too when the value is a cell its row and column words address: "the
    # budget" for a cell of "Budget 2027.xlsx")
    near_terms = {t for k in NEAR if k != "title" or addressed_cell(best) for t in best.context.get(k, ())}
    if (
        strict
        and not missing
        and not strict & near_terms
        and (
            best.sim < MIN_MEANING
            # (for a "which <thing>" name, the meaning of its own line: a heading echoing the question's other
            # words makes any line under it look close)
            or (
                means is not None
                and intent.answer_type == "text"
                and re.match(r"\s*which\b", intent.question, re.I)
                and _says(means, focus_phrase(intent, strict), intent, best) < FOCUS_MEANING
            )
        )
        and not _names_itself(intent, best)
    ):
        return "focus"  # the value's name is on the screen, but elsewhere: this value is something else
    elif missing and not _attribute_of_named_block(intent, best, missing):
        if means is None:
            if best.sim < MIN_MEANING:
                return "focus"
        elif _says(means, focus_phrase(intent, missing), intent, best) < FOCUS_MEANING:
            return "focus"  # the words the screen lacks, in other words on the value's line? ("arrive")
    if intent.answer_type in ("amount", "number", "count") and off_named_row(
        best.cand.lines, best.line, list(intent.entities) + term_phrases(intent), best.span.kind
    ):
        return (
            "row"  # a name the question asks about labels a row of a table here, and the value is not on it
        )
    if speaker:  # "what did Olivia reply after the fix": her words must be about the fix
        attrs -= {t for t in attrs if t in speaker.lower()}
        # ...about what follows "about"; "in the team channel" says where she said it, not what
        topic = re.search(
            r"\babout\s+(.+?)(?:\s+(?:in|on|at|from|during|via|over|yesterday|today|this|last)\b|[?.!]*$)",
            intent.question,
            re.I,
        )
        if topic:
            words = re.findall(r"[a-z0-9]+", topic.group(1).lower())
            attrs &= set(words) | {stem(w) for w in words}
    # an address or a sender belongs to the whole message on screen (its subject is lines away), not to a label
    typed = intent.answer_type not in WHOLE_MESSAGE_TYPES or speaker
    cell = addressed_cell(best)
    if cell:  # the table's topic may be its caption, a sheet tab or the title ("Travel Q4"): on the screen is enough
        attrs = set()
    asked_unit = re.search(r"\bhow many (second|minute|hour|day|week|month|year)s\b", intent.question, re.I)
    if asked_unit and intent.answer_type == "duration":
        # "for how many months": a value written in months ("a 36-month term") is of that measure...
        if asked_unit.group(1).lower() in best.span.text.lower():
            attrs = set()
        # ...and one written in days is another measure ("four days" to build a report)
        elif re.search(r"\b(?:second|minute|hour|day|week|month|year)s?\b", best.span.text, re.I):
            return "unit"
    if attrs and typed:
        near = {t for k in NEAR for t in best.context.get(k, ())}
        # ...unless the value's own line says the same in other words (judged without the names it shares
        # with the question, which make any line about the same thing look close)
        if means is None:
            said = best.sim >= MIN_MEANING
        else:
            said = _says(means, " ".join(sorted(attrs)), intent, best) >= FOCUS_MEANING
        # (a document's kind in the title, "Invoice", says which document, not which of its values)
        if not near & (attrs - DOCUMENT_WORDS) and not said:
            return "attribute"
    unit = measured(intent.question)
    if (
        cell
        and intent.answer_type in ("amount", "number", "count")
        and means is not None
        # ("how far, in km": a figure written with the unit asked for is of that measure, whatever its column)
        and not (unit and re.match(rf"\s?(?:{unit})", best.line["text"][best.span.end :], re.I))
        and _measure_fit(intent, best, means) < MEASURE_MEANING
    ):
        return "measure"
    # (a sender's address, a name, a sentence belong to the whole message or page they are on; a figure, a date or
    # a code is labelled where it stands, by one of the question's words ("Total claimed 417,60 €") or by none)
    placed = intent.answer_type in WHOLE_MESSAGE_TYPES or bool(
        attribute_terms(intent) & {t for k in ("line", "left") for t in best.context.get(k, ())}
    )
    # (a line taken for its meaning holds some of the question's words itself, or its label over it, its column or
    # the message under a chat header does: words found only far left on its row are as often another pane's, a
    # mail list's subject beside a message's line)
    own = any(best.context.get(k) for k in ("self", "line", "above", "below", "header", "heading"))
    ok = (
        best.coverage >= MIN_COVERAGE
        or (best.coverage >= MIN_COVERAGE_WITH_MEANING and best.sim >= MIN_MEANING and own)
        or (
            best.screen_coverage >= MIN_SCREEN_COVERAGE
            and (best.coverage >= MIN_COVERAGE_WITH_SCREEN or placed)
        )
        or (cell and best.coverage >= MIN_COVERAGE_CELL)
    )
    return None if ok else "coverage"


# How close in meaning the question's word for a measure must be to a column header's word it lacks ("resolved"
# for "solved" 0.73, "fixed" 0.63; "escalated" 0.20, "opened" 0.28: MiniLM cosine of the single words).
MEASURE_MEANING = 0.35
# Opposite states a column header may name (by stem): sentence embeddings rate them as near as synonyms, so
# a question's "closed" would read the "opened" column. General English, not any screen's labels.
OPPOSITE_WORDS = [
    ("open", "closed"),
    ("open", "close"),
    ("sent", "received"),
    ("incoming", "outgoing"),
    ("inbound", "outbound"),
    ("paid", "unpaid"),
    ("won", "lost"),
    ("approved", "rejected"),
    ("passed", "failed"),
    ("added", "removed"),
    ("started", "ended"),
    ("gain", "loss"),
    ("credit", "debit"),
    ("bought", "sold"),
    ("buy", "sell"),
    ("arrived", "departed"),
    ("arrival", "departure"),
]


def _same_stem(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a)))


# both directions of each pair, by stem
OPPOSITE_STEMS = [(stem(a), stem(b)) for x, y in OPPOSITE_WORDS for a, b in ((x, y), (y, x))]


def _opposed(asked: list[str], head: list[str]) -> bool:
    """Does a header word name the opposite state of a question's word ("opened" for "closed")?"""
    asked_stems, head_stems = [stem(t) for t in asked], [stem(h) for h in head]
    return any(
        any(_same_stem(t, a) for t in asked_stems) and any(_same_stem(h, b) for h in head_stems)
        for a, b in OPPOSITE_STEMS
    )


# A column headed by a time ("Oct 2026", "Week 46", "Mon") is addressed by it; it names no measure.
CALENDAR = MONTH_WORDS | {w for forms in WEEKDAY_FORMS.values() for w in forms} | {"week", "quarter", "year"}
HEADER_GLUE = {"the", "and", "for", "per", "from", "with", "incl", "excl", "all"}


def _measure_words(intent: Intent, r: Reading) -> tuple[list[str], list[str]]:
    """(the question's words on no line of the screen, the column header's words the question lacks)."""
    asked = {stem(t) for t in intent.terms}
    head = [
        w
        for w in re.findall(r"[a-z]{3,}", r.header.lower())
        # (a header's "opened" is its measure, though a question's "opened" is grammar: STOP is not used here)
        if w not in HEADER_GLUE and stem(w) not in asked and w not in TYPE_NOUNS and w not in CALENDAR
    ]
    absent = attribute_terms(intent) - set(r.screen_terms) - TYPE_NOUNS - QUESTION_NOUNS
    return sorted(t for t in absent if t.isalpha()), head


def _measure_fit(intent: Intent, r: Reading, means) -> float:
    """How well a table cell's column is the measure the question asks for, when the question names it with a
    word no line of the screen holds and the header has a word the question lacks: "how many tickets were
    escalated in Week 46" and the Week 46 cell under "Tickets opened" (0.2). 1.0 when there is nothing to
    compare. (A word on no screen is otherwise let pass as a paraphrase; in a table the header says what the
    figure is, so the paraphrase must be the header's.)"""
    absent, head = _measure_words(intent, r)
    if not head or not absent:
        return 1.0
    if _opposed(absent, head):
        return 0.0  # embeddings put opposites close ("closed" and "opened" share their context)
    return means(" ".join(absent), " ".join(head))


def _by_measure(intent: Intent, best: Reading, readings: list[Reading], means) -> Reading:
    """Among the cells of the best one's row that the question's words address alike (the same words in the
    same places: "tickets" over each column, "Week 46" left), the one whose header means the question's own
    word for the measure ("resolved": "Tickets solved", not "Tickets opened")."""
    if means is None or not addressed_cell(best) or not _measure_words(intent, best)[0]:
        return best
    alike = [
        r
        for r in readings[:RUNNERS_UP]
        if r.frame.record_id == best.frame.record_id
        and r.context == best.context
        and r.header
        and r.score >= best.score - RUNNER_UP_GAP
    ]
    return max(alike, key=lambda r: (_measure_fit(intent, r, means), r is best, r.score))


def term_phrases(intent: Intent) -> list[str]:
    """Two search words that stand together in the question ("premium support" in "how many seats does the
    premium support include"): a thing's name as a screen labels it, though no capital says so."""
    low = [w.lower() for w in re.findall(r"[\w-]+", intent.question)]
    terms = set(intent.terms)
    return [f"{a} {b}" for a, b in zip(low, low[1:]) if a in terms and b in terms]


def _attribute_of_named_block(intent: Intent, r: Reading, missing: set[str]) -> bool:
    """A name in the block of the thing the question names, when the screen never says what kind of name it is:
    "which room is the headcount review in on Friday" and a calendar event "Headcount review 2027 / 11:30 -
    12:30 / Sala Alcala" in Friday's column. Every other word of the question is in the name's own context (its
    block, the line above, its column), none on its line, and the name is a name: a few capitalised words, no
    figures, not the question's own words."""
    if intent.answer_type not in ("text", "name") or not missing or missing & set(r.screen_terms):
        return False
    rest = set(intent.terms) - set(missing) - {e.lower() for e in intent.entities if " " in e}
    context = {t for k in ("above", "block", "column", "header", "left") for t in r.context.get(k, ())}
    words = r.span.text.split()
    return (
        bool(rest)
        and rest <= context
        and 1 <= len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and not re.search(r"\d", r.span.text)
        and not any(w.lower().strip(",.:") in intent.terms for w in words)
    )


def _names_itself(intent: Intent, r: Reading) -> bool:
    """An address that holds the question's name ("the ReloCare consultant's mail" and t.wojcik@relocare.eu):
    it says whose it is, so the words describing its owner may sit anywhere on the screen (a signature)."""
    if intent.answer_type not in ("email", "domain", "url"):
        return False
    flat = re.sub(r"[^a-z0-9]", "", r.span.text.lower())
    return any(len(e) >= 4 and re.sub(r"[^a-z0-9]", "", e.lower()) in flat for e in intent.entities)


# A phone number by its form: an international prefix and at least eight more digits in groups
PHONE_SHAPE = re.compile(r"\+\d{1,3}[\s.-]?(?:\(?\d+\)?[\s.-]?){2,}\d")
PHONE_WORDS = {"phone", "mobile", "telephone", "cell", "tel", "number", "call", "ring", "dial"}
# Short forms of a value's name used the world over, beside the shortening of a word to its start ("org", "inv")
SHORT_FORMS = {"number": {"nr", "no", "num", "nro", "nº"}, "phone": {"tel", "ph"}, "telephone": {"tel"}}


def abbreviated(words: set[str], label: str) -> set[str]:
    """The words a label writes short, each by a word of the label that is its first three letters or more
    ("org" for "organisation") or a common short form ("nr" for "number"); a label is a value's own words before
    it on its line, or the cell to its left."""
    short = set(re.findall(r"[^\W\d_]+", fold(label).lower()))
    return {
        w
        for w in words
        if w.isalpha()
        and (
            any(len(t) >= 3 and w.startswith(t) and t != w for t in short)
            or short & SHORT_FORMS.get(w, set())
        )
    }


def addressed_cell(r: Reading) -> bool:
    """A table cell found by a row label and a column header that are both the question's words ("Support" on
    its row, "May" over its column): the table's layout names the value, so the rest of the question's words
    (its unit, the table's topic) need only be on the same screen."""
    # (a row read as one line holds its label on the line: "3 Engineering 120.000,00 € 118.500,00 € ...")
    left = set(r.context.get("left", ())) | set(r.context.get("line", ()))
    header = set(r.context.get("header", ()))
    return bool(left and header and left - header and header - left) and not prose(r.line["text"])


def prose(text: str) -> bool:
    """A sentence, not a table's row: six words or more and a comma, colon or full stop between words ("Impact:
    3 tenants, 212 users could not sign in for 40 minutes."). What stands above a sentence is its page's heading,
    not a column header naming the figure."""
    return len(re.findall(r"[^\W\d_]{2,}", text)) >= 6 and re.search(r"[^\W\d_][.,:;] ", text) is not None


def choose(intent: Intent, readings: list[Reading]) -> Reading:
    """The best reading; among near-equals of the same value, the first or last sighting when the question says
    so, else the latest (a counter or a field's current value)."""
    best = readings[0]
    close = [r for r in readings[:40] if r.score >= best.score - 0.15]
    if intent.answer_type == "datetime" and re.search(
        r"\b(?:at the latest|latest|final|last (?:possible )?(?:day|date))\b", intent.question, re.I
    ):
        # "by when at the latest": of the dates one sentence gives ("2 % if paid by 09.12., otherwise net by
        # 25.12."), the last one
        same = [r for r in close if r.line is best.line and day_of(r.span.text)]
        if len(same) > 1:
            return max(same, key=lambda r: day_of(r.span.text))
    if intent.ordinal == "first":
        return min(close, key=lambda r: (r.frame.ts, -r.score))
    return (
        max(close, key=lambda r: (r.frame.ts, r.score))
        if intent.ordinal == "last" or intent.answer_type in ("count", "number")
        else best
    )


def own_addresses(ev: Evidence) -> set[str]:
    """The user's own e-mail addresses: those a mail window's title names as its account ("Inbox -
    camille.roux@fourviere-gestion.fr - Mozilla Thunderbird"). The user's address is on every message they
    write, so it is never the answer to where someone else writes from."""
    return {
        m.group(0).lower()
        for _, title, _ in ev.windows()
        for m in re.finditer(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", title or "")
    }


def fact(ev: Evidence, intent: Intent, readings: list[Reading]) -> Result:
    if intent.answer_type == "email" and not re.search(
        r"\b(?:my|our)\s+(?:own\s+)?(?:e-?mail|address|mailbox|account)\b|\b(?:i|we)\s+(?:send|sent|write|wrote)\s+from\b",
        intent.question,
        re.I,
    ):
        own = own_addresses(ev)
        readings = [r for r in readings if r.span.kind != "email" or r.span.text.lower() not in own]
    if not readings:
        return Result(
            "no_evidence",
            "Nothing of the kind asked for (" + intent.answer_type + ") is on the screens that "
            "match the question.",
        )
    best = _by_measure(intent, choose(intent, readings), readings, ev.similarity)
    why = refusal(intent, best, ev.similarity)
    if why == "focus":
        # a close runner-up may be the value the question names in other words ("arrive" for "Estimated
        # delivery" when "Order placed" matched more words); only when the best was refused for naming
        # something else, never to get past a missing attribute or too few of the question's words
        passing = []
        for r in readings[:RUNNERS_UP]:
            if len(passing) >= 8 or r.score < best.score - RUNNER_UP_GAP:
                break
            if r.coverage >= MIN_COVERAGE and accept(intent, r, ev.similarity):  # its line holds the question
                passing.append(r)
        if passing:  # the one whose line best means what the question calls the value
            best = max(
                passing,
                key=lambda r: _says(ev.similarity, focus_phrase(intent, named_by(intent, r)), intent, r),
            )
            why = None
    if why == "measure":
        return Result(
            "no_evidence",
            f"The closest table cell is {best.span.text} in the column \u201c{best.header}\u201d, which is not "
            "what the question asks for; no column on that screen is.",
            {"closest": best.span.text, "column": best.header},
        )
    if why is not None:
        because = {
            "row": "it belongs to another row or label than the one the question names",
            "attribute": "the words saying which value is meant are not with it",
            "focus": "what the question calls the value is not what its line says",
            "owner": "it is another person's address",
            "unit": "it is written in another unit than the question asks for",
            "description": "the screen does not show the thing the question describes",
        }.get(why, f"its place on screen held {best.coverage:.0%} of the question's words")
        return Result(
            "no_evidence",
            f"The closest screen text does not answer that (best candidate "
            f"\u201c{best.span.text}\u201d in \u201c{best.line['text'][:80]}\u201d: {because}).",
            {"closest": best.span.text, "coverage": round(best.coverage, 3), "why": why},
        )
    if intent.many:
        return listing(ev, intent, best, readings)
    rival = _rival(best, readings, lambda r: _measure_fit(intent, r, ev.similarity))
    if rival is not None and intent.answer_type == "name" and _sibling(best, rival):
        # "which test failed" when three did: the items of one list, each as much the answer as the others
        return listing(ev, intent, best, readings)
    if rival is not None:
        return _ambiguous(ev, best, rival)
    f = best.frame
    value = best.span.text
    where = f"{f.app}, \u201c{f.title}\u201d, {fmt_time(ev.local(f.ts))}"
    # an identifier as it must read where OCR mistook a character (the quote stays what the screen shows)
    shown = best.span.value if best.span.kind in ("identifier", "email") and best.span.value else value
    if best.span.kind == "amount":
        shown = amount_reading(value) or value
    if best.span.kind == "name":
        shown = titled_name(value, f.title, best.line["text"]) or shown
    if best.span.kind == "person":  # as the screen titles them: "Dra. Itzel Ramírez"
        shown = value = with_title(best.line["text"], best.span) or value
    # a day written without its year ("Mon. Nov. 23") is said in full, in the year nearest to when it was seen
    day = (
        year_of_month_day(value, ev.local(f.ts).date())
        if intent.answer_type == "datetime" and best.span.kind == "datetime"
        else None
    )
    if value.strip() == best.line["text"].strip():
        answer = f"\u201c{value}\u201d ({where})."
    else:
        head = shown if shown == value else f"{shown} (read on screen as {value})"
        head += f" ({day.strftime('%a %d %b %Y')})" if day else ""
        answer = f"{head} \u2014 \u201c{best.line['text']}\u201d ({where})."
    fields = {"value": shown, "answer_type": intent.answer_type}
    if day:
        fields["date"] = day.isoformat()
    if best.span.value is not None and intent.answer_type in ("amount", "number", "count", "duration"):
        fields["number"] = best.span.value
    if intent.answer_type in ("email", "domain", "person", "identifier", "amount", "datetime", "name"):
        fields[intent.answer_type] = shown
    if intent.answer_type == "email" and "@" in value:
        fields["domain"] = value.split("@", 1)[1]
    # (the box is where the screen's reading stands; the quote is what it shows, checked in that box with the
    # glyphs OCR confuses made one: verify._loose)
    titled = best.span.kind == "name" and shown != value
    # (a name spelt as the title has it: the box holds what OCR read, the title the name itself)
    claims = [Claim(shown, [ev.cite(f, span_box(best.line, value), value if titled else shown)])]
    if titled:
        claims[0].citations.append(ev.cite(f, None, shown, record=""))
    for copy in best.cand.copies[:2]:  # the same screen seen again: more evidence, same box
        line = next((ln for ln in ev.lines(copy.record_id) if ln["text"] == best.line["text"]), None)
        if line:
            claims[0].citations.append(ev.cite(copy, span_box(line, value), shown))
    return Result("ok", answer, fields, claims)


def titled_name(value: str, title: str | None, line: str = "") -> str | None:
    """The file name as the window's title spells it, when OCR read the same name with a slip ("Brightwell_
    Quote_Q-2026-0418_Harrowgate.pat" for the title's "...Harrowgate.pdf"): the title is text the sidecar
    recorded, not read off pixels. The value's whole line counts too (OCR may part a name at a space it saw).
    None when the title holds no name that close."""
    for sp in spans(title or "", "name"):
        if sp.text != value and any(
            SequenceMatcher(None, re.sub(r"\s+", "", x).lower(), sp.text.lower()).ratio() >= TITLE_NAME_SAME
            for x in (value, line)
        ):
            return sp.text
    return None


# How alike (difflib ratio, spaces aside) an OCR'd name and a name in the title must be to be the same name.
TITLE_NAME_SAME = 0.85


# How close in score another value on the same screen, tied to the question by the very same words, must be for
# the question to be ambiguous there (two files of the same person in a folder, two rows naming the same thing).
AMBIGUITY_GAP = 0.1


def _rival(best: Reading, readings: list[Reading], fit=lambda r: 1.0) -> Reading | None:
    """Another value on the best's screen that the question's words tie to it exactly as well: on another line,
    found by the same words in the same places, scored within AMBIGUITY_GAP. The screen does not say which of
    the two is meant, so answering one would be a guess."""
    for r in readings[:RUNNERS_UP]:
        if r.score < best.score - AMBIGUITY_GAP:
            return None
        if (
            r.frame.record_id == best.frame.record_id
            and r.line["id"] != best.line["id"]
            and r.span.text.strip().lower() != best.span.text.strip().lower()
            and r.context == best.context
            and set(best.context) - {"title"}  # (tied by the title alone, meaning decides: a field's label)
            and fit(r)
            >= fit(best) - 0.05  # (a column whose header means the question's word less is no rival)
        ):
            return r
    return None


def _ambiguous(ev: Evidence, best: Reading, rival: Reading) -> Result:
    f = best.frame
    pair = [best, rival]
    return Result(
        "indeterminate",
        "Two values on the same screen fit the question equally well: "
        + " and ".join(f"{r.span.text} (\u201c{r.line['text'][:80]}\u201d)" for r in pair)
        + f" ({f.app}, \u201c{f.title}\u201d, {fmt_time(ev.local(f.ts))}); the screen does not say which one is "
        "meant. Name it more precisely (its row, its label or its neighbour).",
        {"candidates": [r.span.text for r in pair]},
        [Claim(r.span.text, [ev.cite(f, span_box(r.line, r.span.text), r.span.text)]) for r in pair],
    )


def _says_nothing(text: str) -> bool:
    """A window's control glyphs read as text ("—OXx"), a lone word: no evidence worth listing to a user."""
    return len(re.findall(r"[^\W\d_]{2,}", text)) < 2 and not re.search(r"\d{2,}", text)


def matches(ev: Evidence, cands: list[Candidate], limit: int = MATCHES) -> list[dict]:
    """The top-ranked screen lines with full citations, one or two per screen."""
    out = []
    for c in cands:
        by_id = {ln["id"]: ln for ln in c.lines}
        for line_id, score in sorted(c.hits.items(), key=lambda kv: -kv[1])[:2]:
            line = by_id.get(line_id)
            if line is None or _says_nothing(line["text"]):
                continue
            out.append(
                {
                    "text": line["text"],
                    "score": round(score, 4),
                    "citation": ev.cite(c.frame, line["box"], line["text"]),
                }
            )
        if len(out) >= limit:
            break
    return out[:limit]


def listing(ev: Evidence, intent: Intent, best: Reading, readings: list[Reading]) -> Result:
    """Every span on the best screen that is read the way the best one is (as strongly tied to the question):
    the failed tests of one run, the owners of a list of action items."""
    same = [
        r
        for r in readings
        if (
            r.frame.record_id == best.frame.record_id
            and r.score >= best.score - LIST_MARGIN
            and r.coverage >= 0.8 * best.coverage
            and (not _timed_speaker(best) or _timed_speaker(r))  # a chat's speakers, not its tab bar's words
        )
        or _sibling(best, r)
    ]
    # ...and the other items of a list one of those stands in ("Noor Haddad" under "Attendees:" brings "Elena
    # Soto" and "Javier Ortega" below her, however the question's words scored them)
    kin = [
        r
        for r in readings
        if r not in same
        and r.frame.record_id == best.frame.record_id
        and r.coverage >= 0.8 * best.coverage
        and any(x.frame.record_id == r.frame.record_id and x is not best and _sibling(x, r) for x in same)
    ]
    same += kin
    if best.context.get("column"):
        # a list asked for by its column ("in the In Review column"): the items under that head only
        same = [r for r in same if r.frame.record_id != best.frame.record_id or r.column == best.column]
    items: dict[str, Reading] = {}
    for r in sorted(same, key=lambda r: (r.frame.ts, r.line["box"][1], r.line["box"][0], r.span.start)):
        items.setdefault(r.span.text, r)
    f = best.frame
    values = list(items)
    claims = [
        Claim(v, [ev.cite(r.frame, span_box(r.line, v), v)]) for v, r in items.items()
    ]  # its own screen
    return Result(
        "ok",
        f"{len(values)}: " + "; ".join(values) + f" ({f.app}, \u201c{f.title}\u201d, "
        f"{fmt_time(ev.local(f.ts))}).",
        {"values": values, "answer_type": intent.answer_type},
        claims,
    )


LIST_MARGIN = 0.5


def _timed_speaker(r: Reading) -> bool:
    """A chat message's header: a speaker's name and the message's time ("Marta Gil 10:47 AM")."""
    return bool(SPEAKER.match(r.line["text"]) and re.search(r"\d{1,2}[:.]\d{2}", r.line["text"]))


def _sibling(best: Reading, r: Reading) -> bool:
    """Another item of the same list in the same window: a line starting at the same x, of the same height and
    the same form (a chat's speaker lines "Marta Gil 10:47 AM", the names under "Attendees:"), on this screen
    or on another screen of the window (the channel scrolled)."""
    a, b = best.line, r.line
    return (
        r.frame.app == best.frame.app
        and r.frame.title == best.frame.title
        and abs(a["box"][0] - b["box"][0]) <= 12
        and abs((a["box"][3] - a["box"][1]) - (b["box"][3] - b["box"][1])) <= 4
        and bool(SPEAKER.match(a["text"])) == bool(SPEAKER.match(b["text"]))
        and (r.span.start == 0) == (best.span.start == 0)
    )
