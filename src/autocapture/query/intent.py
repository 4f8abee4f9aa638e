"""Question analysis: a plain-language question -> a typed `Intent`: what kind of answer it wants (an amount,
a count, a person, a name...), which family answers it (a fact read off a screen, or a value computed over
window sessions and frames), the entities that evidence must contain, and its constraints (time, app,
first/last, right after/before X, min/max/sum/difference).

The rules are about English question grammar (wh-word + head noun, comparative and aggregate words), never
about one screen's labels: "how much" asks for an amount whatever the document calls it, "who" for a person,
"which test/file/module" for a name."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from autocapture.query import glossary
from autocapture.query.heads import VISIT_HEADS, head_noun, head_type
from autocapture.query.names import fold, starts_with_given_name
from autocapture.query.scope import DOC_NOUNS, document_kind
from autocapture.query.timefilter import LUNCH, TERSE_TIME, Filters
from autocapture.query.values import (
    MONTH_RX,
    MONTH_WORDS,
    MONTHS,
    NUMBER_WORDS,
    WEEKDAY_FORMS,
    WEEKDAYS,
    month_names,
    month_of,
)

STOP = set(
    """a an the of to in on at for from by with and or is was were be been being what which who whom whose
when where why how did do does done i me my mine we our us you your it its this that these those there here
shown show showed showing see saw seen screen screens read open opened any some all about tell please can could
would should as into than then much many did i'd i'm was were has have had get got just one ones also still
let me give find found if whether look looked value amount number name kind sort per up add added plus together
altogether combined overall whole exactly roughly approximately please come came go went goes get gets got make
made put take took want need use he him his she her hers they them their theirs both each either listed displayed written stated noted entered
say says said going according based judging will shall might must now currently presently""".split()
)
# Verbs of a value's change: "reduced by?" asks by how much, not by whom
CHANGED_BY = (
    r"\b(?:increased|decreased|reduced|raised|lowered|cut|discounted|exceeded|delayed|extended|changed|grew|"
    r"dropped|rose|fell|shortened|moved|postponed|marked (?:up|down))\s+by\b"
)
# Words of seeing a thing, not the thing seen ("latest moment the ETA was visible")
SIGHT_WORDS = {"moment", "visible", "seen", "shown", "displayed", "screen", "sighting", "appear", "appeared"}
# Words that say what the question is about without naming it: they help ranking but never need grounding.
QUESTION_NOUNS = set(
    """url link time times long longest stretch first last latest earliest recent recently before after
right next previous minutes minute hours hour seconds day days weeks months years length today yesterday morning
afternoon evening total sum
difference change changed largest smallest biggest highest lowest maximum minimum max min most least many
separate visits visit often spend spent spending app apps application applications window windows program
programs tab tabs page line lines row rows column columns entry entries reporter assignee owner author sender
requester organizer organiser approver creator""".split()
)
QWORDS = {
    "what",
    "which",
    "who",
    "whom",
    "whose",
    "when",
    "where",
    "why",
    "how",
    "did",
    "do",
    "does",
    "is",
    "was",
    "were",
    "are",
    "can",
    "could",
    "tell",
    "show",
    "list",
    "give",
    "find",
    "i",
    "in",
    "on",
    "at",
    "the",
    "a",
    "an",
    "by",
    "from",
    "after",
    "before",
    "during",
    "between",
    "for",
    "to",
    "of",
    "and",
    "or",
    "any",
    "anything",
    "all",
    "my",
    "our",
    "name",
    "please",
}
NAME_NOUNS = {
    "test": "test",
    "tests": "test",
    "file": "file",
    "files": "file",
    "module": "module",
    "modules": "module",
    "table": "table",
    "tables": "table",
    "branch": "branch",
    "function": "function",
    "class": "class",
    "package": "package",
    "migration": "migration",
    "script": "file",
    "repository": "repository",
    "repo": "repository",
    "project": "project",
    "channel": "channel",
    "document": "document",
    "doc": "document",
    "docs": "document",
    "page": "page",
    "command": "command",
    "commands": "command",
    "endpoint": "endpoint",
    "library": "module",
    # files asked for by their kind: the name's extension says which ("which PDF in Downloads")
    "pdf": "pdf",
    "pdfs": "pdf",
    "attachment": "file",
    "attachments": "file",
    "spreadsheet": "spreadsheet",
    "spreadsheets": "spreadsheet",
    "workbook": "spreadsheet",
    "screenshot": "image",
    "screenshots": "image",
}
# Words that ask for an identifier outright; bare nouns like "order" or "invoice" may still ask for an amount.
ID_EXPLICIT = (
    r"(?:number|no\.|id|identifier|reference|ref|code|sha|hash|commit|version|key|iban|tracking|"
    r"confirmation|revision|rev|release|tag|build|cost cent(?:er|re)|doi|isbn|issn|bic|swift|sku|ean|serial|imei)"
    r"(?!-[a-z])"  # ("the version-control licence", "a build-time check": a modifier, not the thing asked)
)
ID_NOUNS = (
    r"(?:number|no\.?|id|identifier|reference|ref|code|ticket|order|po|sha|hash|commit|version|key|iban|"
    r"account|tracking|confirmation|invoice number|case|revision|rev|image|release|tag|build|cost cent(?:er|re)|"
    r"doi|isbn|issn|bic|swift|sku|ean|serial|imei)(?!-[a-z])"
)
# The head of "what's the revision id of ...", "what was its revision": the noun right after the wh-word (and an
# article or possessive) is an identifier word. ("number" is left out: "what number did the table show" asks for a
# figure; "what version" may be a plain number, 3.11.)
ASKED_ID = (
    r"\b(?:what|which)(?:'s|\s+(?:is|was|were|are))?\s+(?:(?:the|its|their|his|her|my|our|that)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:id|identifier|reference|ref|code|sha|hash|commit|revision|rev|tag|build|doi|isbn|issn|"
    r"bic|swift|sku|ean|imei)\b"
    r"(?!\s+(?:did|does|do|word|words)\b)"
)


@dataclass(frozen=True)
class Intent:
    question: str
    answer_type: (
        str  # amount number count duration datetime identifier person email domain url name app window
    )
    #                   text list location description
    family: str  # fact | time_spent | visits | adjacent | seen | longest | extreme | sum | difference | occurrences
    #              windows | switching | typing | clicks | after_click | state | unusual
    terms: tuple[str, ...] = ()  # content words, for retrieval and ranking
    entities: tuple[str, ...] = ()  # names, quoted text, identifiers: each must be found in the evidence
    anchor: str | None = None  # the X of "right after X", "time in X", "first time I saw X"
    ordinal: str | None = None  # first | last
    relation: str | None = None  # after | before
    extreme: str | None = None  # min | max | both
    name_kind: str | None = None  # test | file | module | table | ... for answer_type == "name"
    direction: str | None = None  # up | down, for differences
    many: bool = False  # a list is asked for ("which tests failed", "list the owners")
    options: tuple[str, ...] = ()  # "is Sales or Marketing higher": the things compared
    focus: tuple[str, ...] = ()  # the words naming the value asked for ("order total"), as against its scope
    filters: Filters = field(default_factory=Filters)
    # "at 16:30 than at 10:30": the two times a difference compares one value at
    moments: tuple[str, ...] = ()
    # "after the Zoom", "before the Hamburg call": names that say when, not whose value; each must be on some
    # screen (or name a window), not on the answer's
    events: tuple[str, ...] = ()
    # no grammar rule nor the learned guess said what kind of answer is asked ("Trishul mcap?"): free text by
    # default, or the typed value the screen labels with the question's words (answer._labelled_value)
    undecided: bool = False

    def describe(self) -> dict:
        return {
            "answer_type": self.answer_type,
            "family": self.family,
            "terms": list(self.terms),
            "entities": list(self.entities),
            **({"events": list(self.events)} if self.events else {}),
            "anchor": self.anchor,
            "ordinal": self.ordinal,
            "relation": self.relation,
            "extreme": self.extreme,
            "name_kind": self.name_kind,
            "many": self.many,
        }


def stem(word: str) -> str:
    """A crude English stem so "budgeted"/"budget", "failures"/"failed" and "messages"/"message" meet; short words
    are left alone. Matching is by prefix, so an over-short stem only widens a search a little."""
    w = word.lower().strip(".,:;!?'\"()[]")
    if w.endswith("'s"):
        w = w[:-2]
    for suffix in ("ations", "ation", "ures", "ure", "ings", "ing", "ers", "er", "ies", "es", "ed", "s", "e"):
        if len(w) > len(suffix) + 3 and w.endswith(suffix):
            return w[: -len(suffix)]
    return w


def words(text: str) -> list[str]:
    return re.findall(r"\d+(?:[.,]\d+)+|[\w$€£@.:/#'-]+", text)  # "149,99" is one figure


def calendar_forms(word: str) -> set[str] | None:
    """Every way a month or a weekday is written ("October": october, oct; "Tuesday": tuesday, tues, tue), or
    None for other words."""
    w = word.lower().rstrip(".")
    for day, forms in WEEKDAY_FORMS.items():
        if w in forms and (len(w) > 3 or w == day[:3]):
            return forms
    if w not in MONTH_WORDS:
        return None
    full = next(m for m in MONTHS if m.startswith(w[:3]))
    return (
        {full, full[:3]} | ({"sept"} if full == "september" else set()) | month_names(MONTHS.index(full) + 1)
    )


def month_pattern(word: str) -> str | None:
    """A regex for a month or a weekday in any of its written forms ("October" finds "Oct 2026", "Wednesday"
    finds "Wed 25"), or None for other words."""
    forms = calendar_forms(word)
    if forms is None:
        return None
    return rf"(?<![a-z])(?:{'|'.join(sorted(forms, key=len, reverse=True))})\.?(?![a-z])"


ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


def content_terms(text: str) -> list[str]:
    """The words that say what to look for; "the second quarter" is also looked for as "q2", the way tables
    label quarters."""
    out = []
    for m in re.finditer(r"\b(first|1st|second|2nd|third|3rd|fourth|4th)\s+quarter\b", text, re.I):
        out.append(f"q{ORDINALS[m.group(1).lower()]}")
    # "Zone B", "Level 4", "Gate 2": a one-character designator is no word of its own, but it is what tells two
    # rows apart ("L4 slab, Zone A" / "Zone B"); it is looked for with the word it numbers
    for m in re.finditer(r"\b([A-Za-z]{3,})\s+([A-HJ-Z]|\d)\b(?![.,:/-]?\w)", text):  # (not "I")
        if m.group(1).lower() not in STOP and m.group(1).lower() not in QWORDS:
            out.append(f"{m.group(1).lower()} {m.group(2).lower()}")
    prev = ""
    for w in words(text):
        lw = re.sub(r"'(s|re|ve|ll|d|m)$", "", w.lower().strip(".:-/'"))
        # "did I open", "the page I read" are what the user did; "tickets opened", "were read" name a thing
        named = lw in THING_VERBS and prev not in USER_SIDE
        if lw and (lw not in STOP or named) and lw not in QWORDS and len(lw) > 1 and lw not in out:
            out.append(lw)
        prev = w.lower()
    return out


RELATION_WORDS = {
    "sent",
    "send",
    "sends",
    "sender",
    "from",
    "wrote",
    "write",
    "written",
    "writes",
    "mailed",
    "emailed",
    "replied",
    "reply",
    "back",
    "contact",
    "reach",
    "person",
    "people",
    "someone",
    "somebody",
    "address",
    "email",
    "e-mail",
    "mail",
}

# Adjectives that size, date or rank a thing without naming which one ("the full report", "the latest build",
# "the planned headcount"): never what tells one thing from another, and never needed on the screen.
MODIFIER_WORDS = {
    "full",
    "whole",
    "final",
    "latest",
    "current",
    "previous",
    "original",
    "updated",
    "new",
    "old",
    "first",
    "last",
    "next",
    "main",
    "exact",
    "actual",
    "total",
    "overall",
    "entire",
    "short",
    "long",
    "small",
    "large",
    "big",
    "daily",
    "weekly",
    "monthly",
    "annual",
    "yearly",
    "same",
    "other",
    "second",
    "third",
    "complete",
    "official",
    "right",
    "correct",
    "precise",
    "planned",
    "expected",
    "projected",
    "estimated",
    "forecast",
    "scheduled",
}

# Nouns for a unit that a name picks out ("the logistics team", "the mobile app", "the legal department"): an
# unseen word before one is that unit's name. Adjectives and paraphrases before other nouns ("the failing
# tests", "the brewery invoice") are left to the reader.
UNIT_NOUNS = {
    "team",
    "teams",
    "department",
    "dept",
    "group",
    "division",
    "unit",
    "project",
    "channel",
    "app",
    "service",
    "repo",
    "repository",
    "company",
    "client",
    "customer",
    "vendor",
    "supplier",
    "office",
    "branch",
    "site",
    "region",
    "account",
}

THING_VERBS = {"open", "opened", "read", "shown", "used", "closed"}
USER_SIDE = {
    "i",
    "we",
    "you",
    "did",
    "do",
    "does",
    "first",
    "last",
    "ever",
    "just",
    "have",
    "had",
    "i'd",
    "i've",
    "to",
    "then",
    "and",
    "not",
    "never",
    "was",
    "is",
}


def quoted(text: str) -> list[str]:
    return [
        m.group(1).strip()
        for m in re.finditer(r"[\"\u201c\u2018`]([^\"\u201d\u2019`]{2,80})[\"\u201d\u2019`]", text)
    ] + [m.group(1) for m in re.finditer(r"(?<![\w])'([^']{2,80})'(?![\w])", text)]


# "Notaría 45", "Sala 4", "Gate 12", "Hall 3": a thing named by its number. The words before a figure that make it
# an amount, a count, a rank, a time or a part of a document instead ("top 10", "last 3", "page 4", "week 48")
NOT_A_NAME_BEFORE_FIGURE = set(
    """top last first next past over under about around only than and the for with from into per via week weeks
    day days month months year years quarter page pages line lines row rows item items step steps slide slides
    version minute minutes hour hours until till since before after at by in on of to or is was are were be""".split()
)


# A terse question whose last word is a change ("saldo change?", "temp rise?", "remaining SP drop?"): how much the
# value it names moved, as "by how much did ... change" asks at length
TERSE_CHANGE = r"\b(change|increase|rise|drop|fall|decrease|growth|gain|jump|delta|diff)\s*[?.!]*\s*$"


def terse_change(q: str) -> bool:
    """A terse question about a change (TERSE_CHANGE), not a sentence ending in one ("what did you change?")."""
    return bool(re.search(TERSE_CHANGE, q, re.I)) and not re.match(
        r"\s*(?:what|which|who|when|where|why|how|did|do|does|is|was|were|are|can|could|should|will)\b",
        q,
        re.I,
    )


# A given name this common in English is a word first ("will", "may", "mark", "rose"; wordfreq's Zipf scale)
COMMON_AS_A_WORD = 4.5


def lowercase_given_names(question: str, terms) -> list[str]:
    """A person named in lower case ("jennifer phone?", "daniela email?"): a name to ground like a capitalised
    one, on the screen that answers, so the question is refused rather than answered with whoever's phone
    number is on screen. Not a given name that is a common English word ("will", "grace"). Only in a question
    written all in lower case: one that capitalises anything capitalises its names (and the name lexicon and
    word frequencies cost a cold process 0.4 s)."""
    if question != question.lower():
        return []
    from autocapture.query.names import given_names

    return [
        t.capitalize()
        for t in terms
        if re.fullmatch(r"[^\W\d_]{4,}", t)
        and fold(t) in given_names()
        and glossary.zipf(t) < COMMON_AS_A_WORD
    ]


def numbered_names(rest: str, on_screen) -> list[str]:
    """A thing the question names by a word and a number ("notaría 45 cita?", "When is my appointment at Notaría
    312?", "the hearing in Sala 4"): the pair is an entity to ground, so a screen about Notaría 312 does not
    answer for Notaría 45. Only where the word itself is on some screen: an English word for a thing the screens
    name in their own language ("room 4" for "Sala 4") would otherwise make every screen miss it. A figure with a
    unit, a sign or a decimal after it is a quantity, not a name ("autumn 15% discount", "Hotel 3 nights"); a
    four-digit year is a date ("Jarmark 2026")."""
    out = []
    for m in re.finditer(
        r"(?<![\w#-])([^\W\d_]{3,})\.?\s+(?:no\.?\s*|n[º°]\s*)?(\d{1,4})(?![\w%.,:/°-])", rest, re.I
    ):
        word, number = m[1], m[2]
        after = rest[m.end() :].lstrip()
        if word.lower() in NOT_A_NAME_BEFORE_FIGURE or word.lower() in QUESTION_NOUNS or word.lower() in STOP:
            continue
        if re.fullmatch(r"(?:19|20)\d\d", number) or re.match(r"[^\W\d_]+s\b|[$€£%]", after):
            continue
        if on_screen(word.lower()) or on_screen(fold(word.lower())):
            out.append(f"{word} {number}")
    return out


def identifiers(text: str) -> list[str]:
    """Tokens a user copies from a screen: codes with digits, paths, snake_case, dotted names."""
    out = []
    for w in words(text):
        w = re.sub(r"['\u2019]s$", "", w.strip(".,:;!?'\"()"))  # "Week 47's": the 47, not a code
        w = re.sub(r"(?<=[A-Za-z]-\d)(\d*)s$", r"\1", w)  # "the 20 AW-40s": pieces of AW-40
        if (
            (re.search(r"\d", w) and re.search(r"[A-Za-z]", w))
            or re.search(r"\w[/_]\w|\w\.\w+\.|::|\.py\b|\.js\b", w)
            or re.fullmatch(r"#\d{2,}|\d{5,}|\d{3,}-\d[\d-]*", w)
        ):  # ticket #48213, order 302-5518827-4410
            if not re.fullmatch(r"\d{1,2}(?::\d{2})+(?:am|pm)?|\d+(?:st|nd|rd|th|s|m|h|min)", w.lower()):
                out.append(w)
    return out


# Kinds of business software a question names its window by ("the CRM", "our ERP"): a kind, not a name the
# screen must show (general vocabulary, no product names).
SOFTWARE_KINDS = {"crm", "erp", "cms", "ide", "ats", "lms", "hris", "itsm", "wiki", "intranet", "dashboard"}


# A value as it stood before the user edited it ("before I changed it", "as originally recorded").
BEFORE_EDIT = (
    r"\b(originally|initially|at first|to begin with|before (i|we) (changed|updated|edited|raised|lowered|"
    r"increased|reduced|modified|corrected)( it| that| them)?|before (my|our|the) (change|update|edit))\b"
)


# "before the delivery", "prior to my call", "before lunch": an event the value is asked as of; not "before tax"
# (a net figure) nor a clock ("before 10:00", read as a time filter)
BEFORE_EVENT = (
    r"\b(?:before|prior to)\s+(?:the\s+|my\s+|our\s+|any\s+|his\s+|her\s+|their\s+|today's\s+|this\s+)?"
    r"(?!(?:tax|taxes|vat|gst|hst|discounts?|deductions?|fees|vs|and|or|\d)\b)[a-z]"
)


# The roles a company plays for the user: "who is the courier", "which insurer", "insured with", "which PR firm"
ORG_NOUN_ASKED = (
    r"(?:compan(?:y|ies)|firm|agency|insurer|insurance company|insurance|carrier|courier|parcel service|"
    r"shipping (?:company|line)|logistics (?:company|provider)|forwarder|freight forwarder|supplier|vendor|"
    r"manufacturer|maker|distributor|wholesaler|bank|lender|lab|laboratory|airline|contractor|subcontractor|"
    r"provider|publisher|organi[sz]ation|institution|brand|shop|retailer|reseller|dealer|boutique|broker|"
    r"consultancy)"
)
ORG_ASKED = (
    rf"\b(?:which|what)\s+(?:[\w'-]+\s+){{0,2}}?{ORG_NOUN_ASKED}s?\b(?!\s+(?:number|no\.?|id|code|address|e-?mail|"
    r"phone|contact|rep|representative|person|account|details|reference|ref|transfer|holiday|statement|card))"
    rf"|^\s*who(?:'s| is| was| are| were)?\b.*\b{ORG_NOUN_ASKED}\b(?!\s+(?:number|no\.?|id|code|contact|rep))"
    r"|\b(?:insured|bank(?:s|ed)?|shipp(?:ed|ing)|sent|delivered|coming|travel(?:l?ing)?)\s+(?:with|by|via)\s+"
    r"(?:which|what|whom)\b|^\s*who(?:'s| is| was)?\b.*\b(?:insured|banks?|shipping)\s+with\s*[?.!]*\s*$"
    rf"|^\s*[\w'-]+(?:'s)?\s+(?:[\w'-]+\s+)?{ORG_NOUN_ASKED}\s*[?.!]*\s*$"
    rf"|^\s*(?:what(?:'s|\s+is|\s+was)\s+)?(?:the\s+)?name of\b.*\b{ORG_NOUN_ASKED}\b(?!\s+(?:number|no\.?|id|code|contact|rep))"
)


def proper_names(text: str, known_word) -> list[str]:
    """Capitalised word runs that are not the sentence's grammar: "Northwind", "Dana Whitfield", "Q4 budget"
    is not one (lowercase). The first word counts only when it is not a known English word."""
    toks = list(re.finditer(r"[A-Za-z][\w'&.-]*", text))
    runs, cur = [], []
    for i, m in enumerate(toks):
        w = m.group(0).rstrip(".'")
        w = re.sub(r"'s$", "", w)
        w = re.sub(r"(?<=[A-Za-z]-\d)(\d*)s$", r"\1", w)  # "the 20 AW-40s": pieces of AW-40
        cap = w[:1].isupper() and w.lower() not in QWORDS and w not in ("I", "I'm", "I'd")
        if (
            cap
            and i == 0
            and all(known_word(p) for p in w.lower().split("-") if p)
            # ...but a given name owning something or starting a full name is one: "Gareth's mobile?"
            and not (
                starts_with_given_name(w)
                and (
                    m.group(0).endswith("'s")
                    or (len(toks) > 1 and toks[1].group(0)[:1].isupper() and toks[1].start() - m.end() <= 1)
                )
            )
        ):
            cap = False  # the sentence's first word: "Bottom-line figure of...", "Year-one budget..."
        if w.lower() in SOFTWARE_KINDS:
            cap = False  # "in the CRM": a kind of app, told by the window, rarely written on its screen
        if w.lower() in WEEKDAYS:
            cap = False  # "Wednesday's Level 4 pour": a day, read as a date, not part of a name beside it
        if (
            cap
            and known_word(w.lower())
            and w.lower() not in MONTH_WORDS  # ("July 2027" is a month, a column to find)
            and re.match(r"\s+(?:\d{1,3}|[A-HJ-Z])\b(?![.,:/]\d)", text[m.end() :])
        ):
            # "Level 4", "Zone A", "Gate 2": an ordinary word numbering a place, which a screen may write
            # otherwise ("L4 slab"); its words still rank lines, but it names nothing a screen must show
            cap = False
        if cap and not (w.isupper() and len(w) <= 3 and known_word(w.lower())):
            cur.append(w)
            if re.search(r"['\u2019]s$", m.group(0)):
                runs.append(" ".join(cur))  # "Basalt's order": the owner's name ends at its "'s"
                cur = []
        else:
            if cur:
                runs.append(" ".join(cur))
            cur = []
    if cur:
        runs.append(" ".join(cur))
    return runs


def _has(q: str, pattern: str) -> bool:
    return re.search(pattern, q, re.I) is not None


# Quantities asked for by what they measure, and how a screen writes their units (a closed class of words,
# not any one screen's labels): "the most square metres" is the figure written "72 m2".
MEASURES = {
    r"floor (?:area|space)|square (?:met(?:re|er)s?|feet|foot)|sq\.? ?(?:m|ft)|sqm|living space|\barea\b": (
        # (OCR reads the superscript of "m²" as "?" or "2")
        r"m2|m²|m\?|sq\.?\s?m\b|sqm|sq\.?\s?ft|ft2|ft²"
    ),
    # ("cubes": cubic metres, as builders say it)
    r"cubic (?:met(?:re|er)s?|feet|foot)|\bvolume\b|\bcubes\b": r"m3|m³|cu\.?\s?m\b|ft3|ft³",
    r"\bweight\b|\bweigh(?:s|ed)?\b|\bheav(?:y|iest|ier)\b|\bkilos?\b|\bkilograms?\b|\bkgs?\b|\blbs?\b|"
    r"\bpounds? of": r"kg|lbs?\b|g\b",
    r"\bdistance\b|\bhow far\b(?!.*\b(?:apart|along|ahead|behind|over|above|below|under|off|more|less|higher|"
    r"lower)\b)|kilomet(?:re|er)s?|\bkms?\b|\bmiles\b|"
    r"\bmileage\b|\bhow (?:long|much) (?:a )?(?:drive|ride)\b": r"km\b|mi\b|miles?\b",
    # a size on a drawing, a design or a parcel ("how wide is the stamina bar": "264 px"; "how deep is the pit")
    r"\bhow (?:wide|tall|deep|thick|narrow)\b|\b(?:width|height|depth|thickness)\b": (
        r"mm\b|cm\b|m\b|px\b|pt\b|ft\b|\"|\bin(?:ch(?:es)?)?\b|\bmet(?:re|er)s?\b"
    ),
    r"\bhow fast\b|\bspeed\b": r"km/h|mph\b|[kmg]bit/s|[kmg]bps\b|[kmg]b/s",
    # (a forecast's "29°" has no letter; OCR reads the degree sign as "°", "º" or "o")
    r"\btemp(?:erature)?s?\b|\bhow (?:cold|hot|warm)\b|\bdegrees\b|\b(?:celsius|fahrenheit)\b": (
        r"[°º]\s?[CF]?\b|[°º]|\s?deg\b|\s?degrees\b|\s?C\b"
    ),
}


# Money asked for each unit of a measure ("the rate per cubic metre", "how much a cube", "$/m3"): a price, not
# the quantity the unit measures.
UNIT_PRICE = (
    r"\b(?:rate|price|cost\w*|charg\w*|fee|pay\w*|how much|\$|€|£)[^?]*?"
    r"(?:\b(?:per|a|an|each)\s+(?:cubic|square|sq\b|cube|met(?:re|er)|kilo\w*|km|mile|ton\w*|kg|m3|m2|ft)|"
    r"[$€£]\s?/\s?(?:m|km|kg|ft|sq|t\b))"
)


def asked_kind(q: str) -> str | None:
    """The kind of time a row or column is asked for as ("which month", "what quarter"), or None."""
    m = re.search(r"\b(?:which|what)\s+(month|quarter|weekday|week|day|year)s?\b", q, re.I)
    return m.group(1).lower() if m else None


def measured(q: str) -> str | None:
    """The unit pattern of the quantity a question asks for by what it measures, or None."""
    for asked, unit in MEASURES.items():
        if re.search(asked, q, re.I):
            return unit
    return None


AMOUNT_NOUNS = {
    "price",
    "cost",
    "amount",
    "total",
    "subtotal",
    "balance",
    "payment",
    "fee",
    "charge",
    "budget",
    "sum",
    "figure",
    "value",
    "rate",
    "salary",
    "revenue",
}


ID_SINGULAR = (
    r"(?:room|flight|invoice|order|ticket|account|seat|booking|reservation|case|phone|table|gate|platform)"
)


# "what fold change did the notebook compute", "what ratio did the script calculate": a figure a program worked out
# and showed, read off its screen (not a difference for the reader to compute, whatever "change" or "vs" it holds)
COMPUTED_ON_SCREEN = r"^\s*what\s+(?:[\w-]+\s+){1,3}(?:did|does|do|will|would)\b.*\b(?:compute|calculate|measure|estimate)\w*\b"


# "what address did I tell the agency to book", "the address of the flat": a place to go, not a mailbox
PLACE_ADDRESS = (
    r"\b(?:book|reserve|rent|live|lives|living|move|moving|deliver\w*|ship\w*|visit\w*|meet\w*|stay\w*|"
    r"located|drive|go)\b"
)


# A moment of the day as a question names it: a clock time or a part of the day.
MOMENT = (
    r"\b(?:\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?|morning|afternoon|evening|noon|midday|"
    r"lunch(?:time)?)(?![\w:])"
)
# "over the day", "since this morning": a value's change from its first sighting to its last
WHOLE_PERIOD = re.compile(
    r"\b(?:over|during|across|throughout|in the course of)\s+(?:the|my|this)\s+(?:day|morning|afternoon)\b|"
    r"\bsince\s+(?:this\s+)?morning\b|\bso far today\b",
    re.I,
)


# The user's own looking ("my morning and afternoon bank checks"): when a value was seen, not a word of its screen
LOOKING = {"check", "checks", "checked", "look", "looks", "glance", "glances", "visit", "visits"}


def moments(question: str) -> tuple[str, ...]:
    """The two moments a difference compares one value at: "how much more was in the account at 16:30 than at
    10:30", "between my morning and afternoon checks" (two clock times or parts of the day), or ("first",
    "last") for "over the day". Why: those questions compare one value with itself at two times; read as two
    things to find ("the account at 16:30" and "at 10:30"), or with the first time as a filter, no screen
    holds both sides."""
    found: list[str] = []
    for m in re.finditer(MOMENT, question, re.I):
        if m.group(0).lower() not in (f.lower() for f in found):
            found.append(m.group(0))
    if len(found) >= 2:
        return tuple(found[:2])
    return ("first", "last") if WHOLE_PERIOD.search(question) else ()


# Words of a difference question that say how two values relate, not which values ("gap", "old", "new").
HOW_VALUES_DIFFER = {
    "gap", "difference", "differ", "old", "new", "original", "higher", "lower", "bigger", "smaller", "far",
    "change", "changed", "figures", "values", "numbers",
}  # fmt: skip


SIGHTED = (
    r"\b(see|saw|seen|spot|spotted|notice|noticed|visible|displayed|appear\w*|show(ed|n)? up|c[ao]me up|"
    r"pop(ped)? up|on (my |the )?screen|in front of (me|my eyes)|c[ao]me across|r[au]n into|encounter(ed)?)\b"
)
# Nouns after "which" that ask for a thing's name (not a person, a time, an amount, a code, an app or a file).
WHICH_THING = {
    "organization", "organisation", "company", "customer", "client", "vendor", "supplier", "card", "hotel",
    "room", "city", "country", "office", "building", "venue", "restaurant", "airline", "team",
    "department", "product", "plan", "tool", "service", "browser", "brand", "apartment", "flat",
    "location", "place", "site", "region", "queue", "status", "priority", "category", "label",
    "option", "alternative", "package", "tier", "course", "topic", "subject", "agency", "partner",
}  # fmt: skip
ORDINAL_TIME = (
    r"\b(first|last|latest|earliest|final|most recent)\s+(time|appearance|sighting|glimpse)\b|\bhow early\b|"
    r"\bfor the (first|last) time\b"
)


# "from when to when", "the hours of the maintenance", "in what time slot": both ends of a span of time
RANGE_ASKED = re.compile(
    r"\bfrom when\b|\buntil when\b|\b(?:what|which)\s+(?:hours|times|time\s+slot|slot|time\s+window|"
    r"delivery\s+window)\b|(?<!many )\bhours of\b|\btime\s*(?:slot|window|frame|range)\b|\bstart and end\b|"
    r"\bwhen exactly\b",
    re.I,
)
# A question asking for a share or a chance: its answer is written with a percent sign
PERCENT_ASKED = re.compile(
    r"\b(percent|percentage|probability|likelihood|chances?|odds|how likely|(?:most|least|more|less) likely|"
    # a part of a whole: "what share of net receipts", "the proportion of", "developer split post-recoup?"
    r"(?:what|which|whose|our|their|the|my) share|share of|proportion|split(?!\s+(?:the|it|into|between|up)\b))\b|%",
    re.I,
)


# The items of an invoice, a quote, an order: asked as its lines, its items, its products or services, or "what's on"
# the document; the document's noun (scope.DOCUMENT_KINDS) says which table.
LINE_ITEMS = (
    r"\bline by line\b|\bline items?\b|\bitemi[sz]ed\b|^\s*(?:list|name)\b.*\b(?:items|products|services|lines|"
    r"positions|articles)\b|\b(?:which|what)\s+(?:\w+\s){0,2}?(?:items|products|services|positions|articles)\b|"
    r"^\s*what(?:'s| is| was| were)\s+on\s+(?:the|my|our|that|this)\b"
)


def answer_type(q: str) -> tuple[str, str | None]:
    """(answer type, name kind) from the wh-word and the noun it asks about."""
    # "When I counted the rows of the export, what did I get?": a clause saying when sets the scene; the question
    # is the clause after the comma (what counting gives is a count, adding up a sum)
    if m := re.match(r"\s*(?:when|once|after|while)\s+(?:i|we)\b([^,?]{3,}),\s*(\w.+)$", q, re.I):
        main = answer_type(m.group(2))
        if main[1] != UNDECIDED:
            return main
        if re.search(r"\bcount(?:ed|ing)?\b", m.group(1), re.I):
            return "count", None
        if re.search(r"\badd(?:ed|ing)? up\b|\bsumm?(?:ed|ing)\b", m.group(1), re.I):
            return "number", None
    ql = q.lower()
    if (
        _has(q, ORDINAL_TIME)
        and _has(q, SIGHTED)
        or _has(q, r"^\s*(at\s+)?what time\b")
        and _has(q, SIGHTED)
        # "what time did I first open the quote PDF": the time of something I did, whatever it was about
        or _has(q, r"^\s*(?:at\s+)?what time (?:did|do|had|have|was|were) (?:i|we)\b")
    ):
        # "what time did I see the estimated cost for the last time", "first appearance of X on my screen": when
        # something was on screen, whatever it is (a cost, a name)
        return "datetime", None
    if RANGE_ASKED.search(q) and not _has(q, r"\bhow (?:many|much|long)\b"):
        return "datetime", None  # "the hours of the maintenance": a span of time, read with both its ends
    if PERCENT_ASKED.search(q):
        return "number", None  # a percentage ("40%"), whatever the screen calls it
    if _has(q, r"^\s*(?:why\b|what (?:caused|causes|made|led to|held up|delayed)\b|(?:the\s+)?reasons?\b)"):
        return "text", None  # "why was the shipment held up", "what caused the delay": a cause, in words
    if _has(
        q,
        r"^\s*(?:(?:to|from|with|by)\s+)?(?:which|what)\s+(?:person|people|contact|colleague|rep|representative|"
        r"sales(?:person|people|man|woman)|account manager)\b",
    ):
        return (
            "person",
            None,
        )  # "which person at Fagerlund gave me the price": a person, whatever else is named
    if _has(q, r"\bhow many (?:euros?|dollars?|pounds?|cents?|francs?|kronor|krona|yen|rupees?|bucks)\b"):
        return "amount", None  # "how many euros do we get off": money, counted in its currency
    if _has(q, r"\b(which|what) (app|application|program)\b"):
        return "window", None  # "where did I write things down, which application": the app, not an address
    if _has(
        q,
        r"\b(?:what|which)\s+(?:messaging|chat|messenger|video|conferencing|meeting)\s+(?:service|platform|app|tool|"
        r"program|client)\b|^\s*where did (?:i|we|my)\b.*\b(?:messages?|chats?|conversations?|talks?)\b.*\bhappen\b|"
        r"^\s*where did (?:i|we) (?:chat|talk|message|text) (?:to|with)\b",
    ):
        return "window", None  # "on what messaging service did I get the alert": an app, not the message
    if _has(q, r"\bwhere (?:do|should|can|could|would|will|did) (?:i|we) (?:send|write|mail|e-?mail)\b"):
        return "email", None  # "where do I send mail for the account manager": an address to write to
    if _has(
        q, r"^\s*(?:the\s+)?(?:number of\s+)?(?:days|weeks|months|years)\s+(?:to|until|till|before|of|for)\b"
    ):
        return "duration", None  # a terse "Days to pay on the offer?": a period ("45 days")
    if _has(q, r"\bhow (?:big|large)\b.*\bin ([a-z]+s)\b") and not _has(
        q, r"\bin (?:bytes|kilobytes|megabytes|gigabytes|kbs?|mbs?|gbs?|pixels)\b"
    ):
        return "count", None  # "how big was the shipment in pallets": a number of pallets
    if _has(q, r"^\s*how (?:urgent|important|pressing|severe|serious|critical)\b"):
        return (
            "text",
            None,
        )  # its priority or severity, as the ticket's field says it ("Urgent", "P1", "Sev 2")
    if _has(q, r"\b(?:which|what)\s+(?:payment\s+|credit\s+|debit\s+|bank\s+)?card\b"):
        return "card", None  # "which card paid for it": "Visa ending 4417", told by its form
    if _has(q, r"^\s*how (did|do|does|will|would|should|can|could) (i|we|you|they|he|she)\b.*\b(pay|paid)\b"):
        return "text", None  # "how did I pay for the order": the means (PayPal, a card), not the sum
    if (
        (
            m := re.match(r"\s*(?:to |from |for |in |on |at |by |with )?which\s+([a-z]+)\b", ql)
            or re.match(r"\s*what(?:'s|\s+is|\s+was|\s+were)\s+the\s+([a-z]+)\s+(?:of|for|on)\b", ql)
        )
        and m.group(1) in WHICH_THING
        and not re.match(r"(?:\s+[a-z]+){0,2}\s+(?:number|no|id|code|iban)\b", ql[m.end() :])
        # "which flat has the most square metres": a row picked by a figure, told by the figure's kind below
        and not measured(q)
        and not _has(
            q, r"\b(most|least|fewest|highest|lowest|largest|smallest|biggest|cheapest|priciest|more|less)\b"
        )
    ):
        # "which organization filed the ticket", "which card paid the receipt": the noun after "which" is what is
        # asked for (a name), whatever the rest of the question says about money or codes
        return "text", None
    if _has(q, r"\bwhere (is|was|were|are)\b.*\b(button|link|field|icon|menu|tab|checkbox|box)\b"):
        return "location", None
    if _has(q, r"\b(describe|what (does|did) the (image|picture|photo|diagram|chart|screen)\b.*\bshow)"):
        return "description", None
    if _has(q, r"^\s*(?:the\s+)?distance\b|\bhow far\b|\bkilomet(?:re|er)s\b|\bmiles\b") and measured(q):
        return "number", None  # "distance to her new address": a figure in km, not an e-mail address
    if (
        _has(q, r"\be-?mail address\b")
        or (_has(q, r"\b(address did|whose address|which address)\b") and not _has(q, PLACE_ADDRESS))
        # a terse "Helena Brandt email?" (with a verb or a question word, a trailing "e-mail" is a message: "what
        # did I open after Lena's e-mail")
        or (
            _has(q, r"\be-?mail\s*(address)?\s*[?.!]*\s*$")
            and not _has(
                q, r"\b(what|which|who|when|where|how|did|does|do|is|was|were|are|in|after|before)\b"
            )
        )
        or (
            _has(q, r"\b(what|which)(?:'s|\s+is|\s+was)?(?:\s+\w+){0,2}?\s+e-?mail\b(?!s)")
            and not _has(q, r"\b(subject|said|say|about|mention\w*|contain\w*|talk\w*|after|before|next)\b")
        )
        # "how do I reach my Nordhafen contact by e-mail": where to write, an address
        or _has(q, r"\b(?:reach|contact|write to|get hold of|get in touch with)\b[^?]*\bby e-?mail\b")
        or (
            _has(
                q,
                r"(?<!shipping )(?<!billing )(?<!street )(?<!home )(?<!postal )(?<!delivery )(?<!ip )(?<!mailing )"
                r"(?<!office )(?<!web )(?<!physical )\baddress\b",
            )
            and not _has(q, PLACE_ADDRESS)
        )
    ):  # "what address do I write back to": an e-mail address; a street or shipping address is text
        return "email", None
    if _has(q, r"\bdomain\b"):
        return "domain", None
    if _has(q, r"\b(url|web address|link)\b"):
        return "url", None
    if measured(q) and _has(q, UNIT_PRICE):
        return "amount", None  # "what rate per cubic metre is Basalt charging": money for each unit
    if measured(q):
        return "number", None  # "the largest apartment by floor area": a figure with its unit ("72 m2")
    # "how big is the security deposit", "how large was the discount", "how big is the Calder opportunity":
    # money, not a file's size (unless a file is named: "how big is the contract PDF")
    if (
        _has(
            q,
            r"\bhow (?:big|large)\b.*\b(deposit|discount|budget|payment|bill|invoice|loan|rent|salary|bonus|fee|"
            r"refund|credit|debt|balance|price|cost|total|amount|deal|opportunity|quote|offer|order|contract|sale|"
            r"purchase|expense|claim|grant|award)s?\b",
        )
        # (the file asked about, before where it is: "the opportunity in my pipeline spreadsheet" is money)
        and not _has(
            re.split(r"\b(?:in|on|from|inside|within)\b", q.lower().split("how ", 1)[-1])[0], FILE_WORDS
        )
        and not _has(q, r"\b(file ?size|size of|disk|space|kb|mb|gb|bytes)\b")
    ):
        return "amount", None
    if _has(q, r"\b(file ?size|size of|how much (disk )?space|how many (kb|mb|gb|bytes))\b") or (
        _has(q, r"\bhow (big|large)\b")
        and (
            _has(q, FILE_WORDS) or _has(q, r"\b(disk|kb|mb|gb|bytes|upload|backup|export|installer|dump)s?\b")
        )
    ):
        return "size", None  # "1.402 KB" in a file list
    if _has(q, r"\bhow (big|large)\b"):
        # "how large was the clock skew", "how big was the crowd": a figure of what is named, not a file's size
        return "number", None
    if _has(
        q,
        r"\bhow much (?:time|notice|warning|lead time|leeway|leave|holiday|vacation)\b|\bhow long\b|\bduration\b|\b(for )?how many (minutes|hours|seconds|days|weeks|months"
        r"|years)\b|\b(length|term) of (?!(?:the |my |our |their |this |that )?(?:file|line|text|list|name)\b)",
    ):  # "the length of the subscription": how long it runs ("36 months"), not a size
        return "duration", None
    if (
        _has(q, r"\b(date|deadline|day)\b")
        # (or a terse question whose head noun is the date: "Latest date for Harrowgate to countersign?")
        and _has(
            q,
            r"^\s*(?:(?:on|by|until|till|from|for|at|to|before|after)\s+)?(what|which)\b"
            r"|^\s*(?:the\s+)?(?:[\w-]+\s+){0,2}(?:date|deadline)\s+(?:for|of|to|by|on)\b",
        )
        and not _has(q, r"\bup to date\b")
    ):
        return "datetime", None  # "what's the delivery date of the order": a date, whatever else it names
    if (
        _has(
            q, r"\b(the|a) (total )?number of\b|(?:^|[:;,]\s*)(total )?number of\b|^\s*what number of \w+s\b"
        )  # (a terse "number of failing tests?"; "what number of users were locked out")
        and not _has(q, r"\b(phone|account|order|invoice|ticket|case|tracking|reference) number\b")
        # "the number of my hotel room": which one, not how many
        and not _has(q, r"\bnumber of (?:my|the|our|his|her|their|this|that) (?:\w+ )?" + ID_SINGULAR + r"\b")
    ):
        return "count", None
    if _has(q, r"^\s*count\b|(?:^|\s)#\s*of\b|^\s*no\.\s*of\b"):
        return "count", None  # "Count the pipeline rows that sit in Proposal.", "# of PAT declines?"
    if _has(q, r"\bhow many\b"):
        # "how many kilometres did I drive": a figure written with its unit, not a count
        return ("number", None) if measured(q) else ("count", None)
    if _has(q, r"\bhow much\b") and _has(q, r"\b[a-z]+ count\b"):
        return "count", None  # "by how much did the word count go up": a count, however it is asked
    if (
        _has(q, r"\bhow much\b")
        and _has(q, r"\b(?:stock|inventory|quantity|units|pieces|items)\b")
        and not _has(q, r"\b(?:worth|value|cost|price|paid|pay|spend|spent)\b")
    ):
        return "number", None  # "how much did the Misa Wrzos inventory fall": a quantity on hand, not money
    if _has(q, r"\bhow much\b") and not _has(q, rf"\b{ID_EXPLICIT}\b"):
        return "amount", None
    if _has(q, r"\b(deal|contract|opportunity|order|project|account)\s+(value|size|amount)\b"):
        return "amount", None  # "the deal value recorded for Calder": money, though "value" alone is a figure
    if _has(q, r"^\s*what (?:did|does|do|would|will)\b.*\b(?:come|came) to\b"):
        return "amount", None  # "what did food and drinks come to": a sum of money
    if m := re.match(
        r"\s*(?:which|what)\s+([a-z]+)\s+(?:cost|costs|came to|totall?ed|(?:was|is|were) priced at|"
        r"(?:was|is|were|had|has)\s+(?:a\s+)?[$€£]?\s?\d)",
        ql,
    ):
        if m.group(1) not in AMOUNT_NOUNS and m.group(1) not in ("time", "date", "day", "number", "id"):
            return "text", None  # "which item cost 49,99 €": the item, found by its price
    if _has(q, r"^\s*what did\b.*\b(say|write|post|reply|answer|ask|tell|mention|comment)\b") and not _has(
        q, r"\b(number|id|code|reference|ticket|sha|hash|revision|version|amount|total|price|cost)\b"
    ):
        return "text", None  # "what did Aisha say about the refund": her words, whatever they are about
    if _has(
        q,
        r"\b(most expensive|least expensive|cheapest|priciest|costliest)\b|"
        r"\b(smallest|largest|biggest|highest|lowest)\s+(item|line|entry|position|charge|expense|payment|fee)s?\b",
    ):
        return "amount", None  # "the most expensive line on the order": its price
    if _has(
        q,
        r"\b(?!(?:i|we|you|they|he|she|it|can|could|to|will|would|should|did|do|does|not|and|or)\b)[a-z]+ count\b"
        r"(?!\s+(?:as|towards?|for me)\b)|\b(?:quantity|qty)\b",
    ) and not _has(q, r"^\s*(?:at\s+)?(?:when|what time)\b"):  # ("when did Tom reply about the seat count")
        return (
            "count",
            None,
        )  # "what user count is the quote priced for", "the seat count": a number of things
    if _has(
        q,
        r"(?:'s|\bher|\bhis|\btheir)\s+(?:mobile|cell|phone|telephone|landline|direct line|direct dial|fax)\b"
        r"(?!\s+(?:app|case|bill|call))"
        # ...and a terse "Jonas – phone?", "Mobile of LOC-2211?"
        r"|[-–—:]\s*(?:mobile|cell|phone|telephone|tel\.?)(?:\s+number)?\s*[?.!]*\s*$"
        r"|^\s*(?:mobile|cell|phone|telephone)(?:\s+number)?\s+(?:of|for)\b",
    ) or (
        # "KälteTech Tel.?": a name and the word for a phone number, nothing else asked
        _has(q, r"\s(?:mobile|cell|phone|telephone|tel\.?)(?:\s+(?:number|no\.?))?\s*[?.!]*\s*$")
        and not _has(
            q, r"\b(what|which|who|whom|when|where|why|how|did|does|do|is|was|were|say|said|talk\w*)\b"
        )
    ):
        return "identifier", None  # "Gareth's mobile": his phone number
    if _has(q, r"\b(?:reach|call|ring|contact|text)\b.*\bby (?:phone|mobile|telephone|cell)\b") or _has(
        q,
        r"^\s*how (?:do|can|could|should|would) (?:i|we) (?:call|ring|phone|telephone)\b"
        r"(?!.*\b(?:function|method|api|endpoint|command|script|macro|hook)s?\b)",
    ):
        # "how can I reach the tenant by phone", "how do I ring the tenant": the number to dial
        return "identifier", None
    if _has(q, LINE_ITEMS) and document_kind(q):
        return "list", "item"  # "what's on the Harrowgate quote, line by line": its items, not a price
    if _has(
        q,
        r"\b(?:file|document|attachment|pdf)\s?names?\b|\bname of (?:the |that |this |my )?(?:[\w-]+ ){0,2}?"
        r"(?:file|document|attachment|pdf|spreadsheet|workbook)\b",
    ):
        return "name", "file"  # "which document name did the approved quote have": its file, not its price
    for m in re.finditer(
        r"\b(price|cost|costs|amount|total|subtotal|balance|owed?|paid|pay|payment|fee|charge[sd]?|charging|"
        r"budget(?:ed)?|spend|refund|salary|revenue|quote[sd]?|dollars?|euros?|pounds?|per diems?|allowances?|rents?|"
        r"wages?|deposit|limit|cap|tax|taxes|fare|rate|worth|bottom[- ]line)\b(?![-_]\w)",
        q,
        re.I,
    ):
        if m.group(1).lower() == "spend" and re.match(r"[^?.]{0,40}\btime\b", q[m.end() :], re.I):
            continue  # "spend the most continuous time in one app": time, not money
        if re.search(
            r"\b(lowest|highest|cheapest|priciest|smallest|largest|biggest)-$", q[: m.start()], re.I
        ):
            return "amount", None  # "the lowest-rent option": the option found by its rent
        nxt = re.match(r"\s+([a-z]+)", q[m.end() :], re.I)
        # "cost center", "payment method": the amount word modifies another noun, which is what is asked for
        # (an abbreviation after it qualifies the figure: "Total TTC", "amount HT", "price USD")
        if nxt and nxt.group(1).isupper() and len(nxt.group(1)) <= 4:
            nxt = None
        if (
            nxt
            and nxt.group(1).lower() not in STOP
            and nxt.group(1).lower() not in QWORDS
            and nxt.group(1).lower()
            not in (
                "due",
                "amount",
                "price",
                "total",
                "figure",
                "figures",
                "was",
                "is",
                "did",
                "shown",
                "come",
                "left",
                "remaining",
                "available",
                "outstanding",
                "owed",
                "after",
                "before",
                # "the amount payable", "the total billed", "the price quoted": a participle says which figure
                "payable",
                "receivable",
                "billed",
                "charged",
                "invoiced",
                "quoted",
                "claimed",
                "approved",
                "requested",
                "saved",
                "net",
                "gross",
            )
        ):
            continue
        if (
            not _has(q, r"\b(which|what) (test|file|module|app|window|table)\b")
            and not _has(q, rf"\b{ID_EXPLICIT}\b")
            and not _has(q, r"^\s*(?:(?:by|until|till|since|from|to)\s+)?(who|when|where)\b")
            # "what did I switch to right after reading the quote": the window that came next, not a price
            and not _has(
                q,
                r"\b(?:switch(?:ed)? to|go to|went to|move[d]? (?:on )?to|jump(?:ed)? to|open(?:ed)?|came|come)\b"
                r".*\b(?:after|before)\b",
            )
        ):
            return "amount", None
    if _has(q, COMPUTED_ON_SCREEN):
        return "number", None  # "what fold change did the notebook compute": a computed figure
    if _has(
        q,
        r"\b(?:approver|reviewer|assignee|reporter|requester|organi[sz]er|sender|author|owner)s?\s+(?:for|of|on)\b",
    ) and not _has(q, r"^\s*(?:what|which|when|where|how)\b"):
        return "person", None  # a terse "Concur approver for ER-2026-1184?": the person in that role
    if _has(
        q,
        r"^\s*(?!(?:what|which|when|where|how)\b)[\w' -]{0,60}\b(?:[a-z]{3,}ed|sent|written)\s+by\s*[?.!]*\s*$",
    ) and not _has(q, CHANGED_BY):
        return "person", None  # a terse "delivery signed by?", "PO approved by?": the doer of that verb
    if _has(
        q,
        r"^\s*who(?:'s| is| was| are| were)? (?:the |our |my )?(payee|beneficiary|vendor|supplier|merchant|seller|"
        r"carrier|landlord|bank|issuer|creditor|insurer|provider|manufacturer)\b",
    ):
        return (
            "text",
            None,
        )  # "who's the payee of the transfer": a company as often as a person, its field's value
    if _has(
        q,
        r"^\s*(who|whom|whose)\b|\b(from|by|to|with) whom\b|^\s*(the\s+)?name of\b.*\b(person|contact|rep|buyer)\b|^\s*(reporter|assignee|owner|author|sender|requester|organi[sz]er|approver|creator)s?\b|\bwhich (?:[A-Za-z][\w&'-]* ){0,2}?(person|people|colleagues?|coworkers?|users?|customers?|contacts?|"
        r"senders?|reviewers?|approvers?|engineers?|developers?|managers?|recruiters?|candidates?|attendees?|"
        r"recipients?|members?|teammates?|employees?|agents?|reps?|representatives?|owners?|hosts?|organi[sz]ers?|"
        r"assignees?|doctors?|vets?|veterinarians?|nurses?|technicians?|pharmacists?|pathologists?|physicians?|"
        r"surgeons?|dentists?|lawyers?|accountants?|teachers?|staff(?: members?)?|workers?)\b|"
        r"\b(list|name)\b.*\b(owners?|(?-i:people)|assignees?|participants?|attendees?|senders?|authors?)\b|"
        r"\bwho (sent|wrote|said|asked|replied|posted|mentioned)\b|\b(sender|speaker|author)\b",
    ):
        return "person", None
    if _has(
        q,
        r"\bwhat time\b|^\s*when\b|\bwhen\s*\?*\s*$|[:\u2014]\s+when\b|\b(to|by|since|until|till) when\b|\bwhat (day|date)\b|"
        r"\b(arrival|departure|landing|boarding|pickup|pick-up|check-in|check-out|start|end|kick-off) time\b|\bwhich (day|date)\b|\bdeadline\b|"
        r"\bdue date\b|\b(first|last|latest|earliest) sighting\b",
    ) or (
        _has(q, r"\b(first|last|latest|earliest) time\b")
        # "which app came right after X the first time": "the first time" picks the occasion, the answer is a
        # window
        and not _has(
            q,
            r"\b(right|just|straight|immediately|directly)\s+(after|before)\b|\bafter (leaving|closing)\b|"
            r"^\s*(which|what)\s+(app|application|program|window|tab|site|page)\b|\bwhere did i go\b|"
            r"\bwhat (was|were) (i|we) (using|doing|in|on)\b|\bwhat did i (switch|go|move|open)\b",
        )
    ):
        return "datetime", None
    if _has(
        q,
        r"\b(head ?counts?|population)\b(?=\s*(?:[?.!,]|$|\s(?:of|for|in|at|on|across|by|do|does|did|is|was|were|"
        r"are|will|would)\b))",
    ):
        return "count", None  # "the combined June headcount": a number of people (not "the headcount file")
    if _has(q, r"\bcommands?\b") and _has(
        q,
        r"\b(run|ran|type|typed|enter|entered|execute|executed|last|latest|"
        r"which|what)\b",
    ):
        return "list", "command"
    if _has(q, ASKED_ID):
        # "what's the revision id of the migration that adds X", "the migration that failed: what was its
        # revision?": the noun the question asks for is an identifier; the file/migration/test noun names whose
        return "identifier", None
    if m := re.search(
        r"\b(?:which|what)\s+(?:[\w.-]+\s){0,2}?(test|tests|file|files|module|modules|table|tables|branch|"
        r"function|class|package|migration|script|repository|repo|project|channel|document|doc|docs|"
        r"page|command|commands|endpoint|library|pdf|pdfs|attachment|attachments|spreadsheet|spreadsheets|"
        r"workbook|screenshot|screenshots)\b",
        ql,
    ):
        return "name", NAME_NOUNS[m.group(1)]
    if m := re.search(
        r"\b(?:list|name|all|every)\b(?:\s+[\w-]+){0,3}?\s+(tests|files|modules|tables|branches|"
        r"functions|migrations)\b",
        ql,
    ):
        return "name", NAME_NOUNS[m.group(1).rstrip("es") if m.group(1) == "branches" else m.group(1)]
    if m := re.search(
        r"\b(test|file|module|table|branch|function|migration|command)\s+(?:name|that|was|did|failed)", ql
    ):
        return "name", NAME_NOUNS[m.group(1)]
    if _has(q, r"^\s*what did\b.*\b(say|write|post|reply|answer|ask|tell|mention)\b") and not _has(
        q, r"\b(number|id|code|reference|ticket|sha|hash|revision|version|amount|total)\b"
    ):
        return "text", None
    if _has(q, r"\b(which|what) (app|application|program|window|tab|site|website)\b"):
        return "window", None
    if (
        m := re.match(
            r"\s*(?:what|which)(?:'s|\s+is|\s+was|\s+were)?\s+(?:the\s+)?([a-z]+)\s+(?:did|does|do|was|is)\b",
            ql,
        )
    ) and not re.fullmatch(ID_NOUNS + r"|value|figure|amount|total|price|cost|sum", m.group(1)):
        return "text", None  # "what priority did the ticket have": the field's value, whatever it names
    if _has(
        q, r"\bwhat (?:number|reference) (?:did|does|do|will|would) \w+ (?:give|assign|issue|allocate)\w*\b"
    ):
        return "identifier", None  # "what number did SAP give the goods receipt": the number it was given
    if _has(
        q,
        r"\bwhat number (did|does|do|was|is|were|are)\b|"
        r"\b(which|what) (number|figure) (sits?|appears?|stands?|(is|was) (shown|listed|written|in|under|at|on))\b",
    ):
        # "what number did the table show", "which number sits in the Support row": a figure, not an identifier
        return "number", None
    if _has(q, r"\b(?:smallest|least|minimum|min\.?|lowest)\s+order\b"):
        return (
            "number",
            None,
        )  # "the smallest order they will accept": a quantity (a minimum order), no order's id
    # ("did I order", "what could we order": a verb)
    modal = "".join(
        rf"(?<!\b{m} )" for m in ("i", "we", "you", "to", "could", "can", "should", "would", "will", "must")
    )
    if _has(q, rf"{modal}\b{ID_NOUNS}\b"):
        return "identifier", None
    if _has(q, r"\b(which|what|list)\b(?:\s+the)?\s+(tickets|issues|orders|invoices|cases|incidents)\b"):
        return "identifier", None  # "which tickets are in the In Review column": their keys
    if _has(
        q, r"\bwhat (was|is) (the )?(percentage|percent|rate|score|count|size|quantity|version)\b|\bpercent"
    ):
        return "number", None
    if _has(q, r"\b(?:gross|net)\s+(?:figure|value|sum)\b"):
        return "amount", None  # "the gross figure on the invoice": money before or after tax
    # "what was the Tickets solved figure for Week 46", "what number did the table show": a figure, whatever
    # its name
    if _has(q, r"\b(figure|value|stat|statistic|metric)\b") and not _has(q, rf"\b{ID_EXPLICIT}\b"):
        return "number", None
    return "text", UNDECIDED


# The name kind answer_type gives when no rule of question grammar decided: the answer is free text unless a
# learned guess (answer_types.py) knows better.
UNDECIDED = "?"


PLURAL_HEADS = (
    r"(tests|cases|files|modules|tables|branches|functions|commands|people|persons|owners|assignees|"
    r"participants|attendees|senders|authors|names|items|ids|numbers|amounts|errors|failures|messages|emails|e-mails)"
)


def many(q: str) -> bool:
    """A list is wanted: "list ...", "all the ...", or which/what/who + a plural noun ("which tests failed")."""
    if _has(q, r"^\s*name of\b") and not _has(q, rf"\b{PLURAL_HEADS}\b"):
        return False  # "Name of the money person on their side?": one name
    return (
        _has(q, r"^\s*(list|name|enumerate)\b|\ball (the|of the)\b|\bwhich\b.*\b(were|are)\b")
        # "who's on the invite for the interview", "who was invited": the people of a list
        or _has(
            q,
            r"\bwho(?:'s| is| was| were| are| will be)? (?:on|in) the (?:invite|invitation|meeting|call|thread|cc)\b|"
            r"\bwho (?:is|was|were|are|got|has been) (?:invited|attending|coming|copied|cc'?d)\b",
        )
        or _has(q, rf"\b(which|what|who)\s+(?:\w+\s){{0,2}}?{PLURAL_HEADS}\b")
        or _has(q, rf"\bwho\s+(own|owns|are|were)\b.*\b{PLURAL_HEADS}\b|\b{PLURAL_HEADS}\s+(were|are)\b")
    )


# A row picked by how long something takes or lasts ("which supplier delivers fastest", "the longest payment
# period", "needs the fewest weeks"): the extreme of a column of periods
TIME_SUPERLATIVE = re.compile(
    r"\b(?:fastest|quickest|soonest|slowest|shortest|longest|speediest)\b|\b(?:most|least) time\b|"
    r"\b(?:fewest|most|least) (?:days|weeks|months|hours|years)\b",
    re.I,
)
# ...but not the user's own time in apps ("which app did I use the longest")
SCREEN_TIME = (
    r"\b(app|application|program|window|tab|screen|site|page|stretch|session|block|streak|in one go|continuous|"
    r"uninterrupted|i (?:spend|spent|stay|stayed|work|worked|use|used|was|were))\b"
)


# A terse question led by a superlative ("largest peer?", "worst PAT YoY?"): the closed class of English
# superlatives of size, amount and rank (not of time: "latest", "longest" belong to the time families), and which
# of them ask for the low end
SUPERLATIVES = (
    "largest biggest highest greatest smallest lowest cheapest fewest strongest weakest richest poorest heaviest "
    "lightest priciest costliest steepest sharpest deepest widest best worst top bottom max min maximum minimum "
    "most least"
).split()
LOW_END = {"smallest", "lowest", "cheapest", "fewest", "weakest", "poorest", "lightest", "worst", "bottom", "min",
           "minimum", "least"}  # fmt: skip
TERSE_EXTREME = re.compile(
    rf"\s*(?:the\s+)?({'|'.join(SUPERLATIVES)})\b(?!-)(?!\s+(?:recent|recently|often|times?|visits?)\b)", re.I
)
TERSE_WORDS = 9  # (longer, it is a sentence with a verb, which the rules below read)


# "after the map?", "right before Bookwell?": nothing but a neighbour in time and the window it is next to
TERSE_ADJACENT = re.compile(
    r"\s*(?:right |just |immediately |directly |straight )?(after|before)\s+(?:the\s+|my\s+)?"
    r"[\w&'.-]+(?:\s+[\w&'.-]+){0,2}\s*[?.!]*\s*$",
    re.I,
)


def family(q: str, atype: str) -> tuple[str, dict]:
    """The computation that answers it; the rest are facts read off a screen."""
    info: dict = {}
    if _has(q, r"\b(unusual|anomal|out of the ordinary|odd transitions?)\b"):
        return "unusual", info
    if _has(q, r"\b(what was i doing|what did i do)\b") and not _has(q, r"\b(after|before)\b"):
        return "state", info
    if _has(q, r"\btyp(ing|ed)\b") and _has(q, r"\b(most|busiest|when)\b"):
        return "typing", info
    if _has(q, r"\bclicks?\b") and _has(q, r"\b(median|average|mean|between|interval)\b"):
        return "clicks", info
    if _has(q, r"\b(after|when) i clicked\b|\bafter (a|the|my) click\b"):
        return "after_click", info
    if _has(q, r"\b(window|app|application)s? (changes|switch\w*)\b|\bswitch\w* (windows|apps)\b") and _has(
        q, r"\b(most|busiest)\b"
    ):
        return "switching", info
    if _has(
        q,
        r"\bhow many (frames|screenshots)\b|\bhow many times\b.*\b(see|saw|seen|appear|show|shown|on screen)\b",
    ):
        return "occurrences", info
    if (
        _has(
            q,
            r"\bhow many (separate |different |distinct )?(times|visits|sessions|occasions)\b|\bhow often\b|"
            r"\b(separate|distinct) (\w+ )?(visits|times|sessions)\b|\bhow many times\b|"
            r"\b(number|count) of\b.*\b(visits|trips|returns)\b",
        )
        or _has(q, r"\b(count|number of)\b.*\b(visits|trips|returns)\b")
        # a terse "WhatsApp visits?", "forecast checks today?": visits named by their head noun alone
        or (len(q.split()) <= TERSE_WORDS and (head_noun(q) or ("",))[0] in VISIT_HEADS)
    ) and not _has(q, THINGS_COUNTED):
        return "visits", info
    if _has(
        q,
        r"^\s*(?:the\s+)?(?:smallest|lowest|largest|highest|biggest|cheapest|fewest|minimum|maximum|min|max)\s+"
        r"(?!time\b)[\w-]+(?:\s+[\w-]+)?\s+(?:across|among|of|in|on|over|from|for)\b",
    ):
        # a terse "Smallest MOQ across the five offers?": the extreme of what it names
        low = _has(q, r"^\s*(?:the\s+)?(?:smallest|lowest|cheapest|fewest|minimum|min)\b")
        return "extreme", {"extreme": "min" if low else "max"}
    if DATE_EXTREME.search(q) and _has(q, r"\b(which|who|whose)\b"):
        # "which PO is the most overdue", "whose delivery date is the earliest": a row picked by its date
        return "extreme", {"extreme": "max" if _has(q, r"\b(latest|newest|most recent)\b") else "min"}
    if (
        TIME_SUPERLATIVE.search(q)
        and _has(
            q, r"\b(which|who|whose)\b|^\s*(?:the\s+)?(?:most|least|fastest|quickest|shortest|longest)\b"
        )
        and not _has(q, SCREEN_TIME)
    ):
        slow = _has(q, r"\b(slowest|longest|most time|most (days|weeks|months|hours|years))\b")
        return "extreme", {"extreme": "max" if slow else "min"}
    if (m := TERSE_EXTREME.match(q)) and len(q.split()) <= TERSE_WORDS and not _has(q, SCREEN_TIME):
        # "largest peer?", "Strongest baseline in the results table?", "worst PAT YoY?": a noun phrase led by a
        # superlative asks for the row at that end of a table, whatever preposition follows, if any
        return "extreme", {"extreme": "min" if m.group(1).lower() in LOW_END else "max"}
    if (
        _has(
            q,
            r"\blongest\b|\b(most|biggest|largest|greatest)\s+(continuous|uninterrupted|unbroken)\b|"
            r"\b(biggest|largest|longest)\s+(block|stretch|run|session|streak|chunk)\b|"
            r"\b(most|longest)\b.*\bwithout (switching|a break|interruption)\b|"
            # "how long did I spend in HubSpot in one go at most": the longest single stretch
            r"\bhow long\b.*\b(in one go|in a row|at a stretch|without (switching|a break|interruption|stopping))\b",
        )
        and not _has(q, r"\blongest (line|name|word|message|file)\b")
        and atype not in ("amount", "count")
    ):
        return "longest", info
    if _has(
        q,
        r"\bfrom (when|what time) (to|till|until) (when|what time)\b|\bbetween what times\b|\bwhat time (range|span)\b|"
        r"\bwhen did i (start|begin|open)\b.*\band (when did i )?(stop|end|finish|close|leave)\b",
    ):
        # "from when to when was I in Teams the first time": the visits' start and end
        if _has(q, r"\b(first|earliest)\b"):
            info["ordinal"] = "first"
        elif _has(q, r"\b(last|latest|final)\b"):
            info["ordinal"] = "last"
        return "span", info
    if (
        _has(
            q,
            r"\b(how much time|how long)\b.*\b(spend|spent|in|into|on|using|at|reading|was i|were we|"
            r"did i (stay|work|use))\b",
        )
        or _has(q, r"\bhow many (minutes|hours) (did|was|were|have|had) (i|we)\b")
        or _has(
            q, r"\b(how much time|how long|how many (minutes|hours))\b.*\b(have|had|keep|kept)\b.*\bopen\b"
        )
        or _has(q, r"\b(total|overall) time (spent )?(in|on|using|at)\b|\btime (i )?spent (in|on|using|at)\b")
        or _has(q, r"\b(total|overall|how much) time\b.*\b(was|were)\b.*\b(open|in front|on screen|up)\b")
        or _has(q, r"\bhow much of my (day|morning|afternoon|evening|time)\b.*\b(went|go|spent|in|on)\b")
        # "how long was Teams my active window", "for how many minutes was the sheet in front of me"
        or _has(
            q,
            r"\b(how much time|how long|how many (minutes|hours))\b.*\b(active|foreground|focused) (window|app)\b|"
            r"\bhow many (minutes|hours)\b.*\b(was|were)\b.*\b(open|in front|on screen|up)\b",
        )
        # "total time chatting in Teams", "total minutes with Teams in front": time doing something in an app
        or _has(q, r"\b(total|overall) (time|minutes|hours)( \w+ing)? (in|on|with)\b")
        # "how much time did the lab chats take me": the user's own time
        or _has(q, r"\b(how much time|how long|how many (minutes|hours))\b.*\b(take|took) (me|us)\b")
        # a terse "Excel, total time?": an app, then the time asked for
        or _has(q, r"^\s*[\w .&-]+,\s*(total|overall) (time|minutes|hours)\s*[?.!]*$")
    ) and not _has(
        q,
        # "how long were users unable to log in": how long something lasted, not the user's time in an app
        r"\b((take|took)(?! (me|us)\b)|run|ran|last(ed)?|outage|downtime|delay|unable|could not|couldn't|cannot|"
        r"can't|offline|blocked)\b",
    ):
        return "time_spent", info
    if t := TERSE_ADJACENT.match(q):
        # a terse "after the map?", "just before Bookwell?": the window next to that one, however it is typed
        info["relation"] = t.group(1).lower()
        return "adjacent", info
    m = re.search(
        r"\b(right |just |immediately |directly |straight )?(after|before|followed|follow|follows|preceded|"
        r"precede|prior to|next)\b",
        q,
        re.I,
    ) or re.search(  # "which app did I go to when I was done in Concur": after it
        r"\b(when|once) (?:i|we)(?: was| were|'d| had)? (done|finished|through) (?:in|with)\b", q, re.I
    )
    if m and (atype in ("window", "name", "text", "app", "identifier") or _has(q, r"\bwhat was i doing\b")):
        if _has(
            q,
            r"\b(app|application|window|program|page|site|docs?|documentation|tab|module|file|open|opened|"
            r"switch\w*|went|go|read|reading|look|looked|looking|visit|visited|use|used|doing|screen|came|come|"
            r"work|worked|working|closed|close|closing|left|leaving|finished|using|in|done)\b|"
            r"\b(?:did|do) (?:i|we) do\b",  # "what did I do right after ...": what the user did, not what was said
        ):
            word = m.group(2).lower()
            info["relation"] = "before" if word in ("before", "preceded", "precede", "prior to") else "after"
            if _has(
                q,
                r"\b(the )?(first|earliest) time\b|\bfirst (opened|visited|used|switched)\b|"
                r"\bthe (first|earliest) [\w ]{1,30}?\b(i|we) (typed|wrote|read|opened|used|visited|edited)\b",
            ):
                info["ordinal"] = "first"  # "right after X the first time": its first visit
            elif _has(
                q,
                r"\b(the )?(last|latest|final) time\b|"
                r"\bthe (last|latest|final) [\w ]{1,30}?\b(i|we) (typed|wrote|read|opened|used|visited|edited)\b",
            ):
                info["ordinal"] = "last"
            return "adjacent", info
    if atype != "datetime" and _has(
        q, r"\b(unique|distinct|which|what|list)\b.*\b(windows|apps|applications|programs)\b"
    ):
        return "windows", info  # ...not "what time did I first look at Windows PowerShell"
    if atype == "window" and _has(q, r"\b(at|around|about)\s+\d{1,2}(:\d{2})?\s*([ap]\.?m\.?)?\b"):
        return "window_at", info
    # "chrony's default maximum root distance": a setting's name, not the largest of some values
    q = re.sub(
        r"\b(default|allowed|permitted|configured)\s+(maximum|minimum|max|min)\b", r"\1", q, flags=re.I
    )
    both = _has(q, r"\b(smallest|lowest|minimum|min|cheapest)\b") and _has(
        q, r"\b(largest|highest|maximum|max|biggest|most expensive)\b"
    )
    if (
        atype in ("amount", "number", "count")
        or terse_change(q)
        or _has(
            # "the difference between Sales Q4 and Q1" asks for a number without saying "amount"
            q,
            r"\b(amounts?|sum|add(s|ed)? up|figures?|values?|(difference|gap|delta) between|by how much|minus)\b|"
            # "change in the account balance over the day": how much a value moved
            r"^\s*(?:what(?:'s|\s+is|\s+was)\s+)?(?:the\s+)?(?:net\s+)?change\s+(?:in|of)\b|"
            r"\bhow (much|far) (over|above|under|below|beyond|past|short of)\b|^\s*(the\s+)?total\b|"
            # "which week had the most tickets solved": a row picked by a column's extreme
            r"\b(which|what)\s+\w+\s+(has|had|have|got|gets|saw|was|is|were|spent|received)\s+(the\s+)?"
            r"(most|least|fewest|highest|lowest|largest|smallest|biggest)\b|"
            # "the smallest Q4 belonged to which row?"
            r"\b(most|least|fewest|highest|lowest|largest|smallest|biggest)\b.*\b(which|what)\s+\w+\s*[?.!]*$|"
            # "which month's overall travel was the largest", "in which month did travel costs peak"
            r"\b(which|what)\s+\w+(?:'s)?\b.*\b(most|least|fewest|highest|lowest|largest|smallest|biggest|peak(ed|s)?|"
            r"top(ped|s)?)\b|"
            # "who had the biggest travel bill", "where is the hotel limit the most generous", "which one allows the
            # priciest hotel": a row picked by an extreme, asked for as a person, a place or "which one"
            r"(^|,)\s*(who|where|which one)\b.*\b(most|least|fewest|highest|lowest|largest|smallest|biggest|priciest|"
            r"costliest|cheapest)\b",
        )
    ):
        if both:
            return "extreme", {"extreme": "both"}
        if _has(q, r"\b(smallest|lowest|minimum|min|cheapest|least expensive|least|fewest)\b"):
            return "extreme", {"extreme": "min"}
        if _has(
            q,
            r"\b(largest|highest|maximum|max|biggest|most expensive|priciest|costliest|greatest|most|peak(ed|s)?|"
            r"top(ped|s)?)\b",
        ):
            return "extreme", {"extreme": "max"}
        if (
            _has(
                q,
                r"\b(sum|add up|adds up|added up|altogether|combined|together|plus|in total|sum of|overall|"
                r"come to|came to|in all)\b",
            )
            or _has(q, r"\btotal (of|for) (the )?\w+(\s\w+)? (and|&|\+)\s")
            # "total tickets opened across weeks 44-47": a total over a range of rows
            or _has(
                q, r"^\s*(the\s+)?total\b.*\b(across|over|from|between)\b.*\d+\s*(-|to|through|until)\s*\d+"
            )
            or _has(
                q, r"\badd(ing)?\s+(up\s+)?(the\s+)?\w+(\s\w+)?\s+(and|&|\+|to)\s"
            )  # "if I add Sales and Support"
        ) and not _has(q, r"\bwhat (was|is|were) the (\w+ )?total\b"):
            return "sum", info
        # "what was it worth before I changed it": the value as it stood then, not how much it changed
        q = re.sub(BEFORE_EDIT, " ", q, flags=re.I)
        if not _has(q, COMPUTED_ON_SCREEN) and (
            terse_change(q)
            or _has(
                q,
                r"\b(by how much|difference|differ|gap|delta|minus|how much (did|has) .* (change|go|drop|rise|increase|decrease|fall)|"
                r"(go|went|gone) (up|down)|increase[sd]?|decrease[sd]?|drop(ped)?|rose|risen|raised|lowered|cut|"
                r"reduc(e|ed|es|ing|tion)|"
                r"more than|less than|changed?|exceed\w*|how much (more|less|higher|lower|bigger|larger|smaller|greater|"
                r"cheaper)|how many (more|fewer|less)|how far apart|(far|wide) apart|versus|vs\.?|"
                r"how (much|far|many \w+) (over|above|under|below|beyond|past|short of))\b",
            )
        ):
            sides = difference_sides(q)
            if info_moments := moments(q):
                info["moments"] = list(info_moments)  # one value at two times, not two things
            elif sides and not _states_of_one(sides):
                info["options"] = list(sides)
            if _has(q, r"\b(go|went|gone) down|decrease|drop|fell|fall|lower|cut|reduc|less\b"):
                info["direction"] = "down"
            elif _has(q, r"\b(go|went|gone) up|increase|rose|rise|risen|raise|more\b"):
                info["direction"] = "up"
            return "difference", info
    if both:
        return "extreme", {"extreme": "both"}
    name = r"([A-Z][\w&.-]*(?: [A-Z][\w&.-]*)*)(?:'s?)?"
    if m := (
        re.search(rf"\b{name}\s+(?:or|vs\.?|versus)\s+{name}\b", q)
        or re.search(rf"\b(?i:between)\s+{name}\s+and\s+{name}\b", q)
        or re.search(
            rf"\b(?i:of|did|does|do|is|was|were|compare|comparing|between)\s+{name}\s+(?:and|with|to)\s+{name}\b",
            q,
        )
        or re.search(
            rf"\b{name}\s+(?:\w+\s+){{0,4}}?(?:more|less|higher|lower|bigger|larger|smaller|greater|fewer)"
            rf"\s+(?:\w+\s+){{0,3}}?than\s+(?:for\s+|the\s+)?{name}\b",
            q,
        )
    ):
        if _has(
            q,
            r"\b(higher|more|bigger|larger|greater|most|lower|less|smaller|cheaper|fewer|least|highest|"
            r"lowest|biggest|largest|smallest)\b",
        ):
            info["options"] = [
                re.sub(r"^(?:Is|Was|Does|Did|Do|Are|Were|Has|Had|Which|What|In|For|On)\s+", "", o)
                for o in (m.group(1), m.group(2))
            ]
            info["extreme"] = (
                "min" if _has(q, r"\b(lower|less|smaller|cheaper|fewer|least|lowest|smallest)\b") else "max"
            )
            return "compare", info
    if _has(q, r"\b(first and last|first\b.*\blast)\b"):
        return "seen", {"ordinal": "both"}
    if (
        atype == "datetime"
        and _has(q, r"\b(first|earliest)\b|\bhow early\b")
        and not _has(q, r"\bfirst (name|line|quarter)\b")
        # "when was the first alert in the postmortem's timeline": an event the screen dates, not a sighting
        and not (
            _has(q, r"\bthe (first|earliest) (?!time\b)[a-z]+")
            and not _has(q, SIGHTED + r"|\b(open|opened|look|looked|visit|visited|use|used|read)\b")
        )
    ):
        return "seen", {"ordinal": "first"}
    if (
        atype == "datetime"
        and _has(q, r"\b(last|latest|final|most recent(ly)?)\b")
        and _has(
            q,
            r"\b(see|saw|seen|open|opened|look|looked|visit|visited|use|used|on (my |the )?(screen|display|monitor)|read|appear\w*|"
            r"c[ao]me across|r[au]n into|encounter(ed)?|spot(ted)?|notice(d)?|"
            r"sighting|appearance|show(ed|n)?( up)?|visible|displayed|c[ao]me up|pop(ped)? up|mentioned|spotted|"
            r"in front of|switch(ed)? to|go(ne)? to|went to|return(ed)? to|c[ao]me back to|check(ed)?|work(ed)? (on|in)|"
            r"(was|were|been) (in|on|using|at|looking at)|time (i|we) \w+)\b",
        )
    ):
        return "seen", {"ordinal": "last"}
    return "fact", info


# "how many times is the LSM 980 booked", "how often is Jonas on the rota": the times a thing is listed on a
# screen, in a passive or with a thing for subject, not the user's visits to a window
THINGS_COUNTED = (
    r"\bhow (?:many times|often) (?:is|are|was|were|has|have|had) (?!(?:i|we)\b)(?:the\s+)?[\w-]+(?:\s[\w-]+){0,3}?\s+"
    r"(?:booked|reserved|scheduled|listed|planned|entered|assigned|rostered|redeemed|applied|claimed|"
    r"downloaded|sold|ordered|on the (?:rota|schedule|list|roster))\b"
    # "how many times has the JESIEN15 code been used": a thing others used, counted on its screen ("37 / 100")
    r"|\bhow many times (?:has|have|had) (?!(?:i|we)\b)[\w\s-]{1,40}?\bbeen\s+\w+"
)


# a terse "WhatsApp visits?", "forecast checks today?": the window named before the head noun
TERSE_VISITS = re.compile(
    rf"^\s*(?:the\s+|my\s+)?([\w .&'-]+?)\s+(?:{'|'.join(sorted(VISIT_HEADS))})\b(?:\s+(?:today|so far))?\s*[?.!]*$",
    re.I,
)


WINDOW_NOUNS = re.compile(
    r"\b(?:doc|docs|document|sheet|spreadsheet|workbook|chat|chats|channel|channels|inbox|mail|e-?mail|calendar|"
    r"board|tab|app|program|browser|pdf|notebook|editor|terminal|portal|dashboard)\b",
    re.I,
)


def anchor_phrase(q: str, fam: str) -> str | None:
    """The X a computed family is about: "time in X", "right after X", "first time I saw X"."""
    qs = quoted(q)
    if qs:
        return qs[0]
    patterns = {
        "adjacent": r"\b(?:after|before|followed|preceded|prior to)\s+(?:i\s+)?(?:first\s+|last\s+)?(?:(?:was\s+)?\w+ing(?:\s+(?:at|to|on|in|up|"
        r"through))?\s+|(?:read|opened|visited|looked at|used|saw|left|closed|finished|was in|was on|set up|"
        r"did|checked|made|sent|wrote|started|ran|(?<=i )\w+ed(?:\s+(?:in|out|up|on|off))?)\s+)?(?:the\s+|my\s+|an?\s+)?(.+?)(?:\s*,.*|\s+(?:where|what|"
        r"which|who|did i|do i|first thing|in the morning)\b.*)?[?.!]*$",
        "time_spent": r"\b(?:in|into|on|using|with|reading|looking at|at)\s+(?:the\s+|my\s+)?(.+?)(?:\s+(?:today|yesterday|"
        r"this morning|in total|altogether|overall))?[?.!]*$",
        "visits": r"\b(?:open|opened|visits? to|trips? to|visit|visited|"
        r"(?:go|went|get|got|come|came|switch(?:ed)?|return(?:ed)?)(?: back)? to|"
        r"check|checked|look at|looked at|look up|looked up|check on|checked on|in|use|used|"
        r"(?:log|logged|sign|signed|connect|connected)\s+(?:in(?:to)?|on(?:to)?|to))\s+(?:the\s+|my\s+)?"
        r"(.+?)(?:\s+(?:online|on the web|in the browser))?[?.!]*$",
        "seen": r"\b(?:see|saw|seen|open|opened|look at|looked at|read|visit|visited|use|used|check|checked|view|viewed|"
        r"was)\s+(?:the\s+|my\s+|an?\s+)?"
        r"(.+?)(?:\s+(?:first|last|on (?:my |the )?screen|appear\w*|visible|shown|displayed|open|opened|up|"
        r"(?:the\s+)?(?:first|last)\s+time))*[?.!]*$",
        "occurrences": r"\b(?:did|was|were)\s+(?:i\s+see\s+|the\s+)?(.+?)\s+(?:on screen|appear|shown|visible|show up)",
        "longest": r"\b(?:in|on|using)\s+(?:the\s+|my\s+|one\s+|a\s+)?(?:single\s+|same\s+)?(.+?)(?:\s+(?:the\s+)?longest\b.*|\s*[,:?\u2013\u2014].*|\s+-\s.*|"
        r"\s+and\b.*|\s+(?:start|from|between)\b.*)?[?.!]*$",
        "span": r"\b(?:in|on|using|used|use|at|read|reading|viewed|viewing|looked at|look at|opened|open)\s+"
        r"(?:the\s+|my\s+)?(.+?)(?:\s+(?:the\s+)?(?:first|last|latest|"
        r"earliest|final)(?:\s+time)?|\s+today|\s+this morning)?[?.!]*$",
    }
    held = r"\b(?:have|had|keep|kept|leave|left)\s+(?:the\s+|my\s+|an?\s+)?(.+?)\s+(?:open|up|on screen)\b"
    closed = (  # "once I closed the receipt, what did I work on next"
        r"\b(?:once|when|after)\s+i(?:\s+had|'d|\u2019d)?\s+(?:(?:closed|left|finished(?: with)?|read|opened|checked|"
        r"looked at)\s+(?:the\s+|my\s+|an?\s+)?"
        # ...any verb, when a determiner says where its object starts ("once I'd gone through the leak estimate",
        # "once I'd filled in the order form the first time")
        r"|[a-z]+(?:\s+(?:in|out|up|through|over|with|to|at|on))?\s+(?:the|my|an?|our)\s+)(.+?)\s*,"
    )
    # "when I was done in Concur": what the user left
    done_in = r"\b(?:done|finished|through)\s+(?:in|with)\s+(?:the\s+|my\s+)?(.+?)(?:\s*,.*|[?.!]*$)"
    if fam == "seen":
        # the thing as the subject of its own appearing: "(the) last time [the quotes archive] was on screen",
        # "when did [the offsite quotes zip file] last appear"
        for rx in (
            # "Offsite agenda draft: when did I last see it?": the thing is the topic before the colon
            r"^\s*(?:the\s+|my\s+)?([^:]{2,80}?)\s*[:\u2014-]\s+(?:when|what time)\b.*\b(?:it|them|that)\b",
            r"\b(?:come|came)\s+across\s+(?:the\s+|my\s+|an?\s+)?(.+?)(?:\s+(?:first|last|today|this morning))?[?.!]*$",
            r"\b(?:first|last|latest|earliest|most recent|final)\s+(?:appearance|sighting|glimpse)\s+of\s+"
            r"(?:the\s+|my\s+|an?\s+)?(.+?)(?:\s+on\s+(?:my\s+|the\s+)?screen)?[?.!]*$",
            r"\b(?:have|had|see|saw)\s+(?:the\s+|my\s+|an?\s+)?(.+?)\s+in front of (?:me|my eyes)\b",
            r"\b(?:see|saw|seen|spot|spotted|notice|noticed)\s+(?:the\s+|my\s+|an?\s+)?(.+?)\s+for the "
            r"(?:first|last) time\b",
            r"\b(?:first|last|latest|earliest|most recent|final)\s+time\s+(?:that\s+)?(?:the\s+|my\s+|an?\s+)?"
            r"(.+?)\s+(?:(?:was|were)\s+(?:on\s+(?:my\s+|the\s+)?screen|visible|shown|displayed|up)|showed up|"
            r"appeared|came up|popped up|turned up)\b",
            r"\b(?:did|does|do)\s+(?:the\s+|my\s+|an?\s+)?(.+?)\s+(?:first\s+|last\s+)?(?:appear|show up|come up|"
            r"pop up|turn up|show)\b",
        ):
            if (m := re.search(rx, q, re.I)) and not re.fullmatch(r"i|we|you|it|that|this", m.group(1), re.I):
                return re.sub(r"^['’]s\s+", "", m.group(1).strip(" ?.!,")) or None
    if fam in ("time_spent", "visits", "longest", "span"):
        # how the window was there, not its name: "open in front of me, all visits together", "in front"
        q = re.sub(
            r"\s*,?\s*\b(?:(?:all|both|the) (?:visits|sessions|times) (?:together|combined|added up|summed)|"
            r"in front(?: of (?:me|my "
            r"eyes))?|on (?:my |the )?screen|in total|altogether|combined|overall|all together|without (?:switching|"
            r"a break|breaks|interruption|stopping|leaving)(?: away)?|in one go|in a row|at a stretch|"
            r"uninterrupted|continuously|non-?stop|straight)\b",
            "",
            q,
            flags=re.I,
        )
    if fam == "adjacent":
        q = re.sub(r"\s+(?:the\s+)?(?:first|last|latest|earliest|final)\s+time\b", "", q, flags=re.I)
    if fam == "adjacent" and (m := re.search(closed, q, re.I) or re.search(done_in, q, re.I)):
        return m.group(1).strip() or None
    # "how long was Teams my active window", "for how many minutes was the offer spreadsheet (in front of me)"
    subject = (
        r"\b(?:how long|how many (?:minutes|hours)|how much time)\s+(?:was|were)\s+(?!(?:i|we|you)\b)(?:the\s+|my\s+)?(.+?)"
        r"(?:\s+(?:open|up|active|in focus|my (?:active|main|foreground|current) (?:window|app)))?"
        r"(?:\s+(?:across|during|over|for|in|on)\b.*)?[?.!]*$"
    )
    # "how much time did the lab chats take me"; a terse "Excel, total time?"
    took = (
        r"\b(?:how much time|how long|how many (?:minutes|hours))\s+did\s+(?:the\s+|my\s+)?(.+?)\s+"
        r"(?:take|took)\s+(?:me|us)\b"
    )
    terse = r"^\s*(?:the\s+|my\s+)?([\w .&-]+?)\s*,\s*(?:total|overall)\s+(?:time|minutes|hours)\s*[?.!]*$"
    # "on how many occasions was the mail client the app (in front)": the window as the subject
    foremost = (
        r"\b(?:was|were)\s+(?:the\s+|my\s+)?(.+?)\s+(?:the|my)\s+(?:active\s+|foreground\s+|main\s+)?"
        r"(?:app|application|window|program)\b"
    )
    m = (
        (fam in ("time_spent", "visits") and re.search(foremost, q, re.I))
        or (fam == "visits" and TERSE_VISITS.search(q))
        or (fam == "time_spent" and (re.search(took, q, re.I) or re.search(terse, q, re.I)))
        or (fam == "time_spent" and re.search(subject, q, re.I))
        or (fam in ("seen", "time_spent", "visits") and re.search(held, q, re.I))
        or (  # "have the form open"
            fam in patterns and re.search(patterns[fam], q, re.I)
        )
    )
    if m:
        phrase = re.sub(r"\s+(?:and|,)\s+(?:when|how|what)\b.*$", "", m.group(1).strip(), flags=re.I)
        phrase = re.sub(r"\s+(?:(?:were|was) there|did i (?:make|have|pay))$", "", phrase, flags=re.I)
        # "was [the last time I looked at] the policy document": the thing, not the clause around it
        phrase = re.sub(
            r"^(?:the\s+)?(?:first|last|latest|earliest|most recent|final)\s+time\s+(?:that\s+)?(?:i|we)\s+"
            r"(?:had\s+|have\s+)?\w+(?:\s+(?:at|on|in|to|through|up))?\s+",
            "",
            phrase,
            flags=re.I,
        )
        # "the last time [Rechnung_2026-48817] was (on screen)": the thing between the clause's words
        if m2 := re.match(
            r"(?:the\s+)?(?:first|last|latest|earliest|most recent|final)\s+time\s+(?:that\s+)?(.+?)\s+"
            r"(?:(?:was|were)(?:\s+(?:visible|shown|displayed|open|up))?|appeared|showed up|came up)$",
            phrase,
            re.I,
        ):
            phrase = m2.group(1)
        phrase = re.sub(r"^['’]s\s+", "", phrase)  # "today's purchase order number", "today" cut as a period
        phrase = re.sub(
            r"^(?:the|my|a single|an|a|one|any|each|one single)\s+", "", phrase, flags=re.I
        ).strip(" ?.!,")
        if fam == "adjacent":
            # "the first text file I typed in": which visit is the ordinal's; the window is "text file"
            phrase = re.sub(r"^(?:first|last|latest|earliest|final)\s+", "", phrase, flags=re.I)
            phrase = re.sub(
                r"\s+(?:that\s+)?(?:i|we)\s+(?:had\s+)?\w+(?:\s+(?:in|on|into|at|to|with|through))?$",
                "",
                phrase,
                flags=re.I,
            )
        if re.fullmatch(
            r"(?:single |one |same )?(?:app|application|program|window|tab|place|thing)s?", phrase, re.I
        ) or re.fullmatch(
            r"front of (?:me|my eyes)|view|focus|use|screen|i|we|me|it|that|this", phrase, re.I
        ):
            return None  # "in one app", "in front of me": no app named
        return phrase or None
    return None


# Verbs of paying and costing: "how much did X cost / charge / come to" asks for X's figure, whatever it is called.
MONEY_VERBS = set(
    """cost costs charge charged charges pay paid pays spend spent come came total totalled owe owed bill billed
add adds amount ask asked quote quoted need needs sell sold buy bought get got have has had be""".split()
)


def focus_terms(q: str) -> list[str]:
    """The noun phrase the question asks about, before its scope: "what was the [order total] for the docking
    station order", "which [cost centre] should the invoice be booked on", "what [balance] was shown"."""
    if re.search(r"^\s*what did\b.*\b(say|write|post|reply|answer|ask|tell|mention|comment)\b", q, re.I):
        return []  # someone's words: nothing names them
    if m := re.search(
        r"\bhow many\s+((?:[\w-]+\s+){0,3}?[\w-]+?)(?=\s+(?:were|was|are|is|did|do|does|have|has|had|will|would|"
        r"can|could|should|in|on|at|"
        r"for|from|of|with|by|to|[a-z]+ed)\b|\s*[?.!,]|$)",
        q,
        re.I,
    ):
        # "how many unread emails were in the inbox": what is counted (the head noun) must be what the screen
        # counts
        counted = [w for w in content_terms(m.group(1))[-1:] if w not in QUESTION_NOUNS]
        if counted:
            return counted
    if v := re.match(
        r"\s*(?i:how much (?:does|did|do|will|would|could|can)\s+(?:the\s+|my\s+|our\s+|their\s+)?)"
        r"(?:[A-Z][\w&'-]*\s+){1,3}([a-z]+)\b((?:\s+[a-z]+){0,2})",
        q,
    ):
        # "how much does Nordhafen turn over a year": what the figure is, in the verb; a verb of plain paying or
        # costing names no particular figure ("how much did the hotel cost" is its total), and one just after
        # says the word before it is a noun ("how much did the People team spend")
        if v.group(1) not in MONEY_VERBS and not set(v.group(2).split()) & MONEY_VERBS:
            return [v.group(1)]
    m = re.search(
        r"\b(?:what|which|whose)(?:'s| is| was| were| are)?\s+(?:the\s+|my\s+|our\s+|a\s+|an\s+)?"
        r"((?:[\w'-]+\s+){0,3}?[\w-]+?)(?=\s+(?:for|of|on|in|from|at|to|did|does|do|was|is|were|are|should|"
        r"would|will|has|had|have|that|which|when|after|before|by|with)\b|[?.!,]|$)",
        q,
        re.I,
    )
    if not m and (
        t := re.match(r"\s*([A-Za-z][\w' -]{1,40}?)\s+(?:of|for|on|in|from)\s+\S", q)
    ):  # no question word: "Reporter of the wiki issue?", "Due date of the venue ticket?"
        if not re.match(
            r"\s*(?:how|when|where|who|why|which|what|is|are|was|were|do|does|did|can|could)\b", q, re.I
        ):
            return [w for w in content_terms(t.group(1)) if w not in QUESTION_NOUNS]
    if not m:
        # "when will the order be delivered", "by when should it arrive": the event is the focus
        m = re.search(
            r"\bwhen\s+(?:will|would|should|is|was|does|did|do|are|were|has|had)\s+(.+?)[?.!]*$", q, re.I
        )
        if not m:
            return []
        # the verb: modal phrasing out ("supposed to arrive"), the scope after a preposition out ("arrive [at the
        # customer]")
        event = re.sub(
            r"\b(?:supposed|going|expect(?:ed)?|due|scheduled|plan(?:ned)?|meant|have|has|need|needs|hope|want|intend|"
            r"aim(?:ing)?|try(?:ing)?)\s+to\b",
            " ",
            m.group(1),
        )
        event = re.split(r"\s(?:at|to|in|on|for|from|by|with|into|onto)\s", event, maxsplit=1)[0]
        if m2 := re.match(r"\s*(?:i|we|you|they|he|she)\s+(\w+)", event, re.I):
            return content_terms(m2.group(1))[:1]  # "when do I [pay] the invoice": the verb after the subject
        words_ = [
            w
            for w in content_terms(event)
            if not re.search(r"\d", w)
            and w not in QUESTION_NOUNS
            and w not in ("now", "again", "still", "usually")
        ]
        return words_[-2:]  # what happens and to what: "[standup] [start]", "[order] be [delivered]"
    if re.match(r"(?:in|on|at|inside|within|from|under)\s", m.group(1), re.I):
        return []  # "what's in my calendar at 14:30": a place to look, nothing names the value
    # a verb ends the noun phrase: a past or -ing form, or one of the verbs that place a value ("which number
    # [sits] in the Support row", "what figure [appears] under May")
    phrase = re.split(
        r"\s(?=\w+ed\b|\w+ing\b|(?:sits?|appears?|stands?|lies|shows?|reads|belongs?|falls?|comes?)\b)",
        m.group(1),
    )[0]
    # a clause about who said it ends it too: "the deadline [Marta gave me]"
    phrase = re.split(
        r"\s(?=[A-Z][\w'-]*\s+(?:gave|give|gives|sent|sends|set|sets|told|tells|wrote|writes|said|says|made|"
        r"mentioned|asked|quoted|offered|proposed|suggested)\b)",
        phrase,
    )[0]
    phrase = re.split(r"'s\s+", phrase)[-1]  # "Olivia Grant's [job title]": the thing, not its owner
    return [w for w in content_terms(phrase) if w not in QUESTION_NOUNS or w == "total"]


COMPARATIVE = r"(?:more|less|higher|lower|bigger|larger|smaller|greater|cheaper|fewer|exceeds?|exceeded|over)"


# "how much over the Vienna cap was my nightly rate", "how far below the target were sales": the reference
# comes first, the value measured against it second
OVER_BY = (
    r"\bhow (?:much|far|many \w+)\s+(?:over|above|under|below|beyond|past|short of)\s+(.+?)\s+"
    r"(?:is|was|are|were|did|does|do)\s+(.+)$"
)


# Words that tell two states of one value apart rather than two things: "the old and the new Engineering figure".
STATE_WORDS = {
    "old", "new", "previous", "current", "original", "updated", "revised", "initial", "final", "before",
    "after", "earlier", "later", "first", "last", "latest", "prior", "corrected", "former", "present",
}  # fmt: skip


PRONOUN_SIDES = {"one", "ones", "that", "those", "it", "the one", "the other", "the other one", "this"}
# ...and words that name a value without saying which ("than the value of our purchase order": the tail is the side)
VALUE_SIDES = {
    "value",
    "the value",
    "amount",
    "the amount",
    "figure",
    "the figure",
    "total",
    "the total",
    "price",
}


def _states_of_one(sides: tuple[str, str]) -> bool:
    """Are the two sides one value at two times ("the old and the new Engineering figure")? Then it is a change
    over time, found by the same label seen with two values, not two things to find."""
    # (the owner's name said once, on one side, names no second thing: "Fagerlund's old and new unit price";
    # two names are two things: "the old Sales figure and the new Marketing figure")
    caps = [
        {w for w in re.findall(r"[A-Za-z]{2,}", x) if w[0].isupper() and w.lower() not in STATE_WORDS}
        for x in sides
    ]
    if caps[0] and caps[1] and caps[0] != caps[1]:
        return False
    a, b = (
        {w.lower() for w in re.findall(r"[A-Za-z]{2,}", x) if not w[0].isupper() or w.lower() in STATE_WORDS}
        - STOP
        for x in sides
    )
    sa, sb = a & STATE_WORDS, b & STATE_WORDS
    return bool(sa and sb and sa != sb) and (a - sa <= b - sb or b - sb <= a - sa)


# Things that have a size in bytes
FILE_WORDS = (
    r"\b(pdf|pdfs|file|files|document|documents|attachment|attachments|spreadsheet|folder|download|image|photo|"
    r"video|zip|archive|mailbox|scan|xlsx|docx|csv)\b"
)
# A row picked by the extreme of its date: the oldest, the earliest due, the longest overdue, the newest.
DATE_EXTREME = re.compile(
    r"\b(?:most overdue|overdue (?:the )?longest|longest overdue|(?:date|deadline|due date)s?\b.*\b(?:earliest|"
    r"latest)|(?:earliest|latest) (?:\w+ )?(?:date|deadline|due)|oldest|newest|most recent(?:ly)? (?:dated|due))\b",
    re.I,
)
# Plural nouns a total of which is money ("total expenses"), not a count.
MONEY_PLURALS = {
    "expenses", "sales", "costs", "fees", "charges", "payments", "amounts", "dollars", "euros", "pounds",
    "earnings", "revenues", "savings", "taxes", "funds", "bills", "prices", "wages", "profits", "losses",
}  # fmt: skip
CAUSAL = re.compile(
    r"\b(what (caused|causes|led to|triggered|broke)|why did|why was|why were|why is|why does|why do|"
    r"(the )?reason (for|behind|why)|how come)\b",
    re.I,
)


def difference_sides(q: str) -> tuple[str, str] | None:
    """The two things a difference is between: "between A and B", "A minus B", "how much more is A than B",
    "does A exceed B". Either side may leave out what they share ("Sales in Q4 than in Q1")."""
    q = re.sub(r"[?.!]+\s*$", "", q.strip())
    for rx in (
        r"\bbetween\s+(.+?)\s+and\s+(.+)$",
        r"\b(?:compare|comparing)\s+(.+?)\s+(?:and|with|to|vs\.?|versus)\s+(.+)$",
        rf"\b{COMPARATIVE}\s+(?:is|was|are|were|did|does|do)?\s*(.+?)\s+than\s+(.+)$",
        rf"\b(?:is|was|are|were|did|does|do)\s+(.+?)\s+{COMPARATIVE}\s+(?:than\s+)?(.+)$",
        r"^(?:what is\s+|what's\s+)?(.+?)\s+minus\s+(.+)$",
        # "by how much do Week 44 and Week 45 differ in Tickets solved": the shared part after the verb
        r"\b(?:do|does|did|are|were|is|was)\s+(.+?)\s+and\s+(.+?)\s+(?:differ|vary|deviate)\b",
        r"\b(?:gap|difference|delta|change)\s+(?:from|of)\s+(.+?)\s+(?:to|vs\.?|versus)\s+(.+)$",
        # "Castellana versus Ibiza apartment: how far apart are the rents?"
        r"^(?:[\w\s']*?\b(?:for|of|on)\s+)?(.+?)\s+(?:vs\.?|versus)\s+(.+?)(?:\s*[:,;].*)?$",
        OVER_BY,
    ):
        if m := re.search(rx, q, re.I):
            a, b = (re.sub(r"^(?:the|in|for|on|of)\s+", "", x.strip(), flags=re.I) for x in m.groups())
            if rx == OVER_BY:
                a, b = b, a
            if (
                COMPARATIVE in rx
                and re.match(r"(?:its|their|his|her|our|my|your)\b", b, re.I)
                and not re.search(r"\bthan\b", q, re.I)
            ):
                continue  # "did Fagerlund lower its price": a verb and its object, one value that changed
            if re.fullmatch(r"(?:i|we|you|they|he|she)", a, re.I) and not re.search(r"\bthan\b", q, re.I):
                continue  # "did I lower the leak quote": who changed it, and the one value that changed
            # "how much more per month is the Castellana apartment than ...": the unit before the verb is shared
            a = re.sub(r"^(?:per|a|each|every)\s+\w+\s+(?:is|was|are|were)\s+(?:the\s+)?", "", a, flags=re.I)
            # the question's scope trails the last side ("than cloud hosting [on the Northwind invoice]"); a
            # one-word tail stays, it may be what tells the sides apart ("than in Q1", "Marketing in Q2")
            tail = re.search(
                r"\s+(?:on|in|of|from|at|for)\s+((?:the|my|our|this|that)\s+)?([\w'.-]+(?:\s+[\w'.-]+)+)$", b
            )
            # ...unless what is left is only "the one" ("than the one on Calle de Ibiza": the tail is the side)
            if tail and b[: tail.start()].strip().lower() not in PRONOUN_SIDES | VALUE_SIDES:
                b = b[: tail.start()]
            if a and b and a.lower() != b.lower():
                return a, b
    return None


# the hours of a clock spelled out ("half past two", "three o'clock")
HOUR_WORDS = {w: n for w, n in NUMBER_WORDS.items() if n <= 12}


def clock_terms(question: str, terms: list[str]) -> list[str]:
    """A time of day as one term in 24-hour form: "2:30 pm" and "half past two in the afternoon" are "14:30"
    (found on a 12-hour screen as "2:30 PM" by retrieve._term_rx); the spelled-out words go."""
    q = question.lower()
    later = re.search(r"\b(afternoon|evening|tonight|p\.?m\.?)\b", q) is not None
    found: list[tuple[int, int]] = []
    drop: set[str] = set()
    for m in re.finditer(r"\b(\d{1,2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)(?!\w)", q):
        h, mi = int(m.group(1)), int(m.group(2) or 0)
        found.append(((h % 12) + (12 if m.group(3).startswith("p") else 0), mi))
        drop |= {m.group(0).replace(" ", ""), m.group(3).replace(".", "")}
    num = r"(\d{1,2}|" + "|".join(HOUR_WORDS) + r")"
    spelled = [
        (rf"\bhalf past {num}\b", 30, 0),
        (rf"\bquarter past {num}\b", 15, 0),
        (rf"\bquarter to {num}\b", 45, -1),
        (rf"\b{num} o'?clock\b", 0, 0),
        (rf"\b{num} thirty\b", 30, 0),
    ]
    for rx, mi, shift in spelled:
        for m in re.finditer(rx, q):
            w = m.group(1)
            h = (int(w) if w.isdigit() else HOUR_WORDS[w]) + shift
            if later and h < 12:
                h += 12
            found.append((h, mi))
            drop |= set(re.findall(r"[a-z']+", m.group(0)))
    if found:  # the part of the day is told by the clock now
        drop |= {"morning", "afternoon", "evening", "tonight"}
    out = [t for t in terms if t not in drop]
    for h, mi in found:  # one term; retrieve._term_rx finds it written either way
        raw = f"{h % 12 or 12}:{mi:02d}"
        out = [t for t in out if t != raw]
        if f"{h:02d}:{mi:02d}" not in out:
            out.append(f"{h:02d}:{mi:02d}")
    return out


DAY_MONTH = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+(" + MONTH_RX + r")\.?\b"
    r"|\b(" + MONTH_RX + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!:)",
    re.I,
)


def date_terms(question: str, terms: list[str]) -> tuple[list[str], set[str]]:
    """A day of a month as one term in the day-first numeric form ("6 December" and "Dec 6" are "06.12."), found
    on screen in any written form by retrieve._term_rx; returns the terms and the month words it replaced."""
    out, months = list(terms), set()
    for m in DAY_MONTH.finditer(question):
        day, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        if not 1 <= int(day) <= 31:
            continue
        n = month_of(month)
        form = f"{int(day):02d}.{n:02d}."
        months.add(month.lower())
        out = [t for t in out if t not in (month.lower(), day, str(int(day)))]
        if form not in out:
            out.append(form)
    return out, months


def analyse(
    question: str,
    filters: Filters,
    rest: str,
    known_word=lambda w: True,
    on_screen=lambda w: True,
    guess_type=lambda q: None,
) -> Intent:
    """`rest` is the question with its time and app phrases cut out (timefilter.parse). A lowercase word that is
    neither ordinary English (`known_word`) nor anywhere on screen (`on_screen`) is a rare term, treated as an
    entity: "the globex invoice" names something, whatever its case. `guess_type(question)` is asked for the
    answer type only where no grammar rule decided it (answer_types.py)."""
    # "after lunch", "in the morning": a period (timefilter.parse), not a neighbour to find nor a word on screen
    periods = [p for p in filters.said if re.search(LUNCH + r"|\b(?:morning|afternoon|evening)\b", p, re.I)]
    asked = question
    for phrase in periods:
        asked = re.sub(r"\s*" + re.escape(phrase), "", asked)
    atype, name_kind = answer_type(asked)
    undecided = name_kind == UNDECIDED
    if undecided:
        # the learned guess, else the kind its head noun names ("TC1 downtime?", "voltline abn?": heads.py)
        guessed = guess_type(asked) or head_type(asked)
        atype, name_kind, undecided = guessed or "text", None, guessed is None
    fam, info = family(asked, atype)
    if (
        fam == "fact"
        and (t := TERSE_TIME.match(asked))
        and (filters.apps or WINDOW_NOUNS.search(t.group(1) or t.group(2)))
    ):
        fam, atype = "time_spent", "duration"
    if fam == "fact" and atype in ("person", "text", "identifier", "name") and _has(asked, ORG_ASKED):
        atype = "organisation"  # "who's the courier", "which lab ran the bloodwork": a company's name
    # "everyone other than me", "anyone besides myself": who is left out is the user, whom no screen names
    rest = re.sub(
        r"\b(?:(?:every|any|some)(?:one|body)\s+)?(?:other than|else than|except(?: for)?|besides|apart from|"
        r"excluding|but)\s+(?:me|myself|us|ourselves)\b|\b(?:every|any|some)(?:one|body)(?:\s+else)?\b",
        " ",
        rest,
        flags=re.I,
    )
    if fam == "extreme" and DATE_EXTREME.search(question):
        atype = "datetime"  # (the row is picked by a date: the date column is the measure)
    elif fam in ("extreme", "sum", "difference") and atype not in ("amount", "number", "count"):
        counted = re.match(r"\s*(?:the\s+)?total\s+(?:number\s+of\s+)?([a-z]+s)\b", question, re.I)
        # "total tickets opened across weeks 44-47": a count of things, not money
        atype = "count" if counted and counted.group(1).lower() not in MONEY_PLURALS else "amount"
    if (fam in ("time_spent", "longest") and atype == "count") or fam == "time_spent":
        atype = "duration"  # ("total time chatting in Teams": time, whatever else the question says)
    if fam == "visits":
        atype = "count"
    if fam == "adjacent" and (atype == "text" or TERSE_ADJACENT.match(asked)):
        atype = "window"
    # "how big is the contract PDF", "how large was the download": the size is asked, no screen says "big"
    rest = re.sub(r"\bhow (?:big|large|heavy|small|far)\b", "how", rest, flags=re.I)
    # "VAT and all", "tax included", "including VAT", "the bottom line", "all-in": the gross total is asked, not the
    # tax (nor a row named "VAT")
    rest = re.sub(
        r"\b(?:incl(?:uding|\.|usive of)?|with|inc\.?)\s+(?:the\s+)?(?:vat|tax(?:es)?|gst|mwst|sales tax)\b"
        r"|\b(?:vat|tax(?:es)?|gst|mwst)[\s-]+(?:and all|included|inclusive|incl\.?)"
        r"|\bbottom[\s-]line(?:\s+(?:figure|number|amount|price))?|\ball[\s-]in(?:\s+(?:price|cost|figure))?\b",
        " total ",
        rest,
        flags=re.I,
    )
    # "how urgent is the login ticket": its priority field; "how severe was the incident": its severity
    rest = re.sub(r"\bhow (?:urgent|important|pressing)\b", "priority", rest, flags=re.I)
    rest = re.sub(r"\bhow (?:severe|serious|critical)\b", "severity", rest, flags=re.I)
    # "what was the PDF attached to her e-mail called": the verb asks for a name, no screen says "called"
    rest = re.sub(r"\b(?:called|named|titled)\s*[?.!]*\s*$", " ", rest, flags=re.I)
    terms, dated_months = date_terms(rest, clock_terms(question, content_terms(rest)))
    if fam == "fact" and atype in ("amount", "number", "count"):
        # "the balance after the transfer": a form's label says "Available after transfer" (only a window's
        # neighbours are asked for with after/before as a relation, and those are other families)
        terms += [w for w in ("after", "before") if re.search(rf"\b{w}\b", rest, re.I) and w not in terms]
    if atype == "count" and len(terms) > 1:
        terms = [
            t for t in terms if t not in ("count", "quantity", "qty")
        ]  # "the user count": what is counted
    if fam == "difference" and len(terms) > 1:
        # "the gap between the old and the new Harrowgate figures": how two values relate, no word on a screen
        terms = [t for t in terms if t not in HOW_VALUES_DIFFER] or terms
    if info.get("moments"):  # "at 10:30", "my morning check": when the value was seen, no word on its screen
        terms = [t for t in terms if not re.fullmatch(MOMENT, t, re.I) and t not in LOOKING] or terms
    if measured(question):
        # "how many kilometres": the unit is the answer's kind (its figure is written "412 km"), no word to find
        unit_words = [rx for rx in MEASURES if re.search(rx, question, re.I)]
        # ("square metres", "cubic metres": the phrase's words, each on its own)
        said = {
            w.lower()
            for rx in unit_words
            for w in re.findall(r"[a-z]+", re.search(rx, question, re.I)[0], re.I)
        }
        terms = [
            t
            for t in terms
            if not any(re.fullmatch(rx, t, re.I) or re.search(rx, t, re.I) for rx in unit_words)
            and t not in said
        ]
    if fam in ("extreme", "compare") and (kind := asked_kind(question)):
        # "which month had the lowest spend": the kind of the answer, shown as "Oct 2026", never as the word
        terms = [t for t in terms if t != kind]
    if atype in ("email", "person", "domain"):
        # "the address of the person who sent the quote", "write back to Helena": how a person relates to a
        # message, said in the question's words; the screen says it with a label ("From", "To") or not at all
        terms = [t for t in terms if t not in RELATION_WORDS]
    for phrase in filters.said:  # "in the inbox" filters by app, and its words still help ranking
        if not re.search(r"\d", phrase) and phrase not in periods:
            terms += [t for t in content_terms(phrase) if t not in terms and t not in QUESTION_NOUNS]
    ents: list[str] = []
    rare = [
        t
        for t in terms
        if re.fullmatch(r"[a-z]{4,}", t)
        and not known_word(t)
        and not known_word(stem(t))
        and not glossary.english_word(t)
        and not on_screen(t)
        and t not in DOC_NOUNS  # "the budget spreadsheet": told by the window's app, never written on screen
    ]
    # "the logistics team", "the mobile app": a word on no screen that names which of a known thing is meant
    # (an unseen qualifier of a seen noun) must be grounded like a name; abstaining beats answering for
    # the support team
    qualifiers = [
        m.group(1)
        for m in re.finditer(
            r"\b(?:the|a|an|my|our|your|their|this|that)\s+([a-z]{4,})\s+([a-z]{3,})\b", rest
        )
        if m.group(1) in terms
        and not on_screen(m.group(1))
        and on_screen(m.group(2))
        and m.group(2) in UNIT_NOUNS
        and m.group(1) not in QUESTION_NOUNS
        and m.group(1) not in MODIFIER_WORDS
    ]
    # (in this order: the first name is the anchor of a window question that names none otherwise)
    more_names = numbered_names(rest, on_screen) + lowercase_given_names(question, terms)
    for e in (
        quoted(question) + identifiers(rest) + proper_names(rest, known_word) + rare + qualifiers + more_names
    ):
        if e.lower() in dated_months:
            continue  # "6 December": a date term, found as "06.12." as well
        if e.lower() not in (x.lower() for x in ents) and e.lower() not in QUESTION_NOUNS:
            ents.append(e)
    anchor = (
        anchor_phrase(rest, fam)
        if fam in ("adjacent", "time_spent", "visits", "seen", "occurrences", "longest", "span")
        else None
    )
    if anchor and re.fullmatch(
        r"(?:still|that|this|it|there|again|up|open|shown|visible|then|now)", anchor, re.I
    ):
        anchor = None  # a clause's adverb or pronoun ("the original ETA was [still] visible") names nothing
    if anchor is None and fam in ("adjacent", "time_spent", "visits", "seen", "occurrences", "span") and ents:
        anchor = ents[0]
    if (
        anchor is None
        and fam == "seen"
        and (words := [t for t in terms if t not in QUESTION_NOUNS | SIGHT_WORDS])
    ):
        anchor = " ".join(words)  # a terse "weather watch first seen?": the thing is what is left of it
    ordinal = info.get("ordinal")
    if ordinal is None and fam == "fact":
        if _has(question, r"\b(first|earliest)\b") or _has(question, BEFORE_EDIT):
            ordinal = "first"  # a value as it stood before the user edited it: its earliest sighting
            said = {
                w
                for m in re.finditer(BEFORE_EDIT, question, re.I)
                for w in re.findall(r"[a-z]+", m[0].lower())
            }
            terms = [t for t in terms if t not in said]
        elif _has(question, r"\b(last|latest|most recent|final)\b"):
            ordinal = "last"
        elif _has(question, BEFORE_EVENT) and atype not in ("person", "email", "app", "window"):
            # "before the delivery, how many lines were flagged low", "before the call": the value as it stood
            # earlier, where the screen showed it more than once (the event itself is seldom on screen to date)
            ordinal = "first"
        elif atype in ("amount", "number", "count") and _has(
            question,
            r"\b(after|once|left|remaining|remained|afterwards|by the end|by (?:this|the) (?:evening|afternoon)|by tonight)\b",
        ):
            # "how much was left in the account after the transfer": the value as it stood later, where the same
            # label showed other values over time (an earlier balance is not what is left)
            ordinal = "last"
    if fam == "compare":
        atype = "name"
        ents = [e for e in ents if e not in info["options"]] + list(info["options"])
    plural = fam == "fact" and atype not in ("amount", "count", "duration", "datetime") and many(question)
    # (a name in the question says whose value, never which: "which Harrowgate contact is their finance director")
    named = {w.lower() for e in ents for w in re.findall(r"[\w-]+", e)}
    focus = tuple(t for t in focus_terms(question) if t in terms and t not in named)
    if atype == "person" and (
        role := re.match(
            # (not "which customer number": a code a person's noun names)
            r"\s*(?:which|what)\s+([a-z]+)\b(?!\s+(?:number|no\b|nr\b|id\b|code|account|reference|ref\b))",
            question,
            re.I,
        )
    ):
        # "which vet is seeing Juniper": the role says what kind of answer, a person; the screen names the person
        # ("Dr. Kwame Mensah"), rarely the role beside them
        focus = tuple(t for t in focus if t != role.group(1).lower())
    if fam == "fact" and atype == "text" and CAUSAL.search(question):
        # "what caused the login loop", "why did it happen": its cause, as a postmortem or a message says it
        # ("Root cause: ...", "caused by ...", "because ..."); the question's verb is no word to find
        terms = [t for t in terms if t not in ("caused", "happen", "happened", "led", "triggered")] + [
            "cause"
        ]
        focus = ("cause",)
    events = tuple(e for e in ents if fam in SCREEN_FAMILIES and _says_when(question, e))
    ents = [e for e in ents if e not in events]
    return Intent(
        question,
        atype,
        fam,
        tuple(terms),
        tuple(ents),
        anchor,
        ordinal,
        info.get("relation"),
        info.get("extreme"),
        name_kind,
        info.get("direction"),
        plural,
        tuple(info.get("options", ())),
        focus,
        filters,
        tuple(info.get("moments", ())),
        events,
        undecided and atype == "text" and fam == "fact",
    )


# The families that read values off screens (the window families' names are what they look for)
SCREEN_FAMILIES = {"fact", "extreme", "sum", "difference", "compare"}


def _says_when(question: str, name: str) -> bool:
    """Is the name only the event the question's time is told by ("after the Zoom", "before my call with
    Henrik")?"""
    return bool(
        re.search(
            rf"\b(?:after|before|since|until|till|during)\s+(?:the\s+|my\s+|our\s+|this\s+)?"
            rf"(?:\w+\s+){{0,2}}?(?:with\s+)?{re.escape(name)}\s*(?:call|meeting|chat|session)?\s*[?.!,]*$",
            question,
            re.I,
        )
    )


def counted_noun(question: str) -> str:
    """The things a count question counts: "how many [people from Harrowgate] are linked" -> "people",
    "number of [customer contacts] attached" -> "customer contacts", "count the [jobs] in state R" -> "jobs"."""
    plural = r"(?:[a-z-]+s|people|staff|children|men|women)"  # (a plural noun: what is counted)
    m = re.search(rf"\bhow many\s+((?:[a-z-]+\s+){{0,2}}?{plural})\b", question, re.I) or re.search(
        rf"\b(?:(?:number|count) of|count)\s+(?:the\s+|my\s+|our\s+)?((?:[a-z-]+\s+){{0,2}}?{plural})\b",
        question,
        re.I,
    )
    return m.group(1).lower() if m else ""
