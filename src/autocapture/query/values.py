"""Typed values read off a screen line: amounts in any locale, numbers, durations, dates and times,
identifiers, e-mail addresses, domains, person names and file/test/module names. Each is a `Span` with its
character range, so a citation can point at the value's own box.

Amounts are parsed with price-parser (decimal and thousands separators in either convention: "$1,284.50",
"49,99 €", "USD 1.234,50"); spans are found by shape, not by any one screen's labels."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import cache

from price_parser import Price


@dataclass(frozen=True)
class Span:
    kind: str  # amount | number | duration | size | datetime | identifier | email | domain | person | name | text
    text: str  # exactly as on screen
    start: int
    end: int
    value: object = None  # amount/number: float; duration: seconds; identifier: the hex OCR misread


# Currencies as screens write them, from price-parser's tables rather than a list of our own: every currency sign
# Unicode has ("$", "€", "₺", "₩"), the ISO 4217 codes in capitals ("MXN", "TRY", "PLN"), and the few letter
# symbols the Latin-script locales write beside a figure ("24 120 kr", "1 476,00 zł", "48.750,00 TL", "1 234 Kč").
# Left out: codes that are words a screen writes in capitals ("ALL", "TOP", "CUP", "PEN"...), the island pounds
# that are no ISO code but a common prefix of references ("IMP-0418" is an import), and letter symbols that are
# also units or abbreviations ("km", "Pt", "FR", "Le").
CODE_WORDS = {
    "ALL", "TOP", "CUP", "SOS", "PEN", "MAD", "BAM", "RUB", "GEL", "BOB", "MOP", "NAD", "DOP", "XXX", "IMP", "GGP",
    "JEP", "TVD",
}  # fmt: skip
LETTER_SYMBOLS = ("zł", "kr", "Kč", "Ft", "lei", "TL", "kn")  # (each one price-parser knows: checked below)
OCR_SYMBOLS = ("zt", "zl")  # "zł" as Tesseract's English model reads it


@cache
def _iso_codes() -> frozenset[str]:
    """ISO 4217 codes as price-parser lists them, less the words screens write in capitals: AMOUNT's codes, and
    the cheap test that a question's capitalised word is a currency before CLDR's tables are built."""
    from price_parser.parser import CURRENCY_CODES

    return frozenset(CURRENCY_CODES) - CODE_WORDS


def _currency_rx() -> str:
    """The currency part of AMOUNT. (a "%" right before a figure is a currency sign the OCR model does not know,
    read as the glyph nearest it: Tesseract's English model reads "₹4.50" as "%4.50"; a whole figure after it is a
    percentage as Turkish writes one, "KDV %20")"""
    from price_parser.parser import CURRENCY_NATIONAL_SYMBOLS, OTHER_CURRENCY_SYMBOLS

    signs = "".join(
        c for c in map(chr, range(0x24, 0x20C1)) if unicodedata.category(c) == "Sc" and c not in "%"
    )
    codes = sorted(_iso_codes())
    known = set(CURRENCY_NATIONAL_SYMBOLS) | set(OTHER_CURRENCY_SYMBOLS)
    letters = [w for w in LETTER_SYMBOLS if w in known] + list(OCR_SYMBOLS)
    return (
        rf"(?:[{re.escape(signs)}]|\b(?:{_by_letter(codes)})\b(?![-/]\d)|\bSFr\.|\bRs\.?(?=\s?\d)"
        rf"|(?<![\w.,])(?:{'|'.join(map(re.escape, letters))})\.?(?!\w)"
        r"|(?<![\w%])%(?=\d[\d,.]*[.,]\d))"
    )


def _by_letter(codes: list[str]) -> str:
    """Codes as an alternation grouped by their first letter ("A(?:ED|FN|...)|B(?:...)"): the regex engine tries
    one branch per letter instead of two hundred (span reading is on every line a question reads)."""
    first: dict[str, list[str]] = {}
    for c in codes:
        first.setdefault(c[0], []).append(c[1:])
    return "|".join(f"{k}(?:{'|'.join(v)})" for k, v in sorted(first.items()))


# The languages whose screens write in Latin letters, as CLDR (babel) names them: the months and places a question
# asks in English are looked for in each of them ("October" is "październik", "Warsaw" is "Warszawa")
LATIN_LOCALES = (
    "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "nb", "fi", "cs", "sk", "hu", "ro", "hr", "sl", "tr", "ca",
)  # fmt: skip


def _as_seen(s: Span) -> Span:
    """An amount whose sign OCR misread ("1 476,00 zt" for "zł") is quoted as its figure alone: a citation quotes
    what the screen shows, and the screen shows no "zt"."""
    if m := re.search(r"\s?z[tl]\.?$", s.text):
        return Span(s.kind, s.text[: m.start()], s.start, s.start + m.start(), s.value)
    return s


def fold(text: str) -> str:
    """Text without its accents: OCR often drops them ("Alcalá" as "Alcala"), and so does typing. Letters that
    Unicode does not compose of a plain letter and an accent are written as the plain letter OCR reads them as
    ("Yıldız" is "Yildiz", "Małgorzata" "Malgorzata", "Søren" "Soren")."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return plain.translate(PLAIN_LETTERS)


# (Turkish dotless i, Polish ł, Danish and Norwegian ø, Croatian đ, Maltese ħ)
PLAIN_LETTERS = str.maketrans("ıłŁøØđĐħ", "ilLoOdDh")


CURRENCY = _currency_rx()
# a thousands separator may be read twice by OCR ("6,.135,50 €" for "6.135,50 €")
# (de-CH groups thousands with an apostrophe, straight or typographic: "CHF 2'568.24", "1’234.50")
NUM = r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?|\d{1,3}(?:[.,\u202f\u00a0'’ ]|[.,]{2})\d{3}(?:(?:[.,\u202f\u00a0'’ ])\d{3})*(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
# (India writes lakhs and crores: "₹4,86,25,400.00", "Rs. 4,50,000"; a scale word belongs to the amount: "USD 250
# million", "₹1,240-crore" (the value stays the figure as written, so amounts of one scale compare). A figure with a
# scale word and no currency ("412.35 crore") is left out: tried, it made word counts and a sheet's plain figures
# lose to such figures in mails on the news day)
SCALE = r"(?:[\s-]?(?:crores?|lakhs?|lacs?|million|billion|mn|bn)\b|[kKmM]\b)"  # (and "AUD 310k", "A$1.2m")
AMOUNT = re.compile(rf"(?:{CURRENCY}\s?-?(?:{NUM}){SCALE}?|-?(?:{NUM})\s?{CURRENCY})")
# a figure standing alone: not PEOPLE-219's 219, not a URL's or path's /11873409/
NUMBER = re.compile(
    # (thousands grouped by a space, as fr-FR and SI write them: "1 230,00", "18 442 kWh", "3 912 KB", one figure)
    r"(?<![\w.,/#=])(?<![A-Za-z]-)(?<![A-Za-z]_)(?<!\d )-?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d{1,2})?(?![\w/]|[ \u00a0\u202f]\d)"
    # (and by an apostrophe, as de-CH writes them: "12'000", "2’568.24")
    r"|(?<![\w.,/#='’])-?\d{1,3}(?:['’]\d{3})+(?:\.\d{1,2})?(?![\w/'’])"
    r"|(?<![\w.,/#=])(?<![A-Za-z]-)(?<![A-Za-z]_)-?\d+(?:[.,]\d+)*(?![\w/])"
)
# English number words as contracts and messages write small counts ("one month's notice", "thirty days net")
NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen twenty".split()
    )
} | {"thirty": 30, "forty": 40, "forty-five": 45, "fifty": 50, "sixty": 60, "ninety": 90}
NUMBER_WORD_RX = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
# A length in two or three units, written as one: "41m 12s", "1h 05m", "2 h 30 min" (a build's or a call's
# duration; "m" is minutes only before seconds or after hours, alone it is metres)
COMPOUND_DURATION = (
    r"\b\d+\s?(?:h|hrs?|hours?)\s*\d+\s?(?:m|min|mins|minutes?)(?:\s*\d+\s?(?:s|sec|secs|seconds?))?\b"
    r"|\b\d+\s?(?:m|min|mins|minutes?)\s*\d+\s?(?:s|sec|secs|seconds?)\b"
)
DURATION = re.compile(
    COMPOUND_DURATION + "|"
    rf"(?:\b\d+(?:[.,]\d+)?|\b(?i:{NUMBER_WORD_RX}))[\s-]?(?:ms|s|sec|secs|seconds?|min|mins|minutes?|h|hrs?"
    r"|hours?|days?|wks?|weeks?|months?|yrs?|years?)\b"
    r"|\b\d{1,2}:\d{2}:\d{2}\b",
    re.I,
)
# A day of the month written alone, as terms and promises write it: "on the 5th of each month", "by the 15th"
# (not "the 3rd floor": a word after it that makes it a rank of something else rules it out)
DAY_OF_MONTH = re.compile(
    r"(?<=\bthe )(?:[12]?\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:floor|quarter|century|row|line|item|place|time|"
    r"edition|version|round|attempt|grade|level|year|week|percentile)\b)",
    re.I,
)
# A payment card as receipts and statements name it: its brand and last four digits ("Visa ending 4417",
# "Mastercard •••• 1234", "Amex ending in 1009").
CARD = re.compile(
    r"\b(?:VISA|Visa|Master[Cc]ard|MASTERCARD|Amex|AMEX|American Express|Maestro|Discover|JCB|UnionPay|Girocard|"
    r"(?:[Dd]ebit|[Cc]redit|[Cc]orporate|[Bb]usiness)?\s?[Cc]ard)"
    r"(?:\s+(?:card|debit|credit))?\s*(?:ending(?:\s+in)?|[•*·xX.]{2,}|…)\s*\d{4}\b"
)
# a file or data size: "1.402 KB", "38 KB", "2.3 GB"
SIZE = re.compile(
    r"(?<![\w.,-])\d[\d.,]*(?:\s?(?:[KMGT]i?B|bytes?)|\sB)\b"
)  # ("M-3B" is a flat, "3 B" a size)
# "18:40", "6.40 pm", "14.30"; not "06.12." (a day and month, as German dates are written), nor "4.50" or "2.14%"
# (a one-digit hour with a dot is a decimal figure unless am/pm or "Uhr"/"h" says it is a time)
CLOCK = re.compile(
    r"\b(?:(?:[01]?\d|2[0-3]):[0-5]\d|(?:[01]\d|2[0-3])\.[0-5]\d(?!\.)(?!\s?%)"
    r"|\d\.[0-5]\d(?=\s?(?:[AaPp]\.?[Mm]\b|Uhr\b|h\b)))"
    r"(?::[0-5]\d)?(?:\s?[AaPp]\.?[Mm]\.?)?(?!\d)"
)
MONTHS = "january february march april may june july august september october november december".split()
# Every way a month is written in a table header or a date ("Oct", "Sept"): one set for names and matching.
MONTH_WORDS = set(MONTHS) | {m[:3] for m in MONTHS} | {"sept"}
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
WEEKDAY_FORMS = {
    d: {d, d[:3]} | ({"tues"} if d == "tuesday" else {"thur", "thurs"} if d == "thursday" else set())
    for d in WEEKDAYS
}
MONTH_RX = "|".join(sorted(MONTH_WORDS, key=len, reverse=True))
WEEKDAY_RX = "|".join(sorted(set().union(*WEEKDAY_FORMS.values()), key=len, reverse=True))
DATE = re.compile(
    # (day first with hyphens too, as en-IN and nl-NL write it: "28-11-2026"; a four-digit year only)
    rf"\b(?:\d{{4}}-\d{{2}}-\d{{2}}(?!\d)|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}|\d{{1,2}}-\d{{1,2}}-\d{{4}}(?!\d)|"
    # (a month and its year, "November 2026", is no day of it: the day's digits are not a year's first two)
    # (a weekday before it is part of it: "Mon. Nov. 23", "Thursday, November 19")
    rf"(?:(?:{WEEKDAY_RX})\.?,?\s+)?(?:{MONTH_RX})\.?\s+\d{{1,2}}(?![\d])(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\.?\s+(?:{MONTH_RX})\.?(?:,?\s+\d{{4}})?|"
    rf"(?:{WEEKDAY_RX})\.?,?\s+\d{{1,2}}[./ ](?:[a-z]+|\d+(?![\d:.])))",
    re.I,
)
WEEKDAY = re.compile(rf"\b(?:{WEEKDAY_RX})\b\.?", re.I)


def month_names(month: int) -> frozenset[str]:
    """A month's names in LATIN_LOCALES (babel's CLDR data: the full names as written in a date and standing
    alone, and abbreviations of four letters or more), lower case, with and without their accents (OCR drops
    them). A shorter abbreviation is left out ("out" for outubro, "okt" are words or parts of codes too), and so is
    a name another language gives another month ("listopad" is October in Croatian, November in Polish)."""
    return _month_names()[month]


@cache
def _month_names() -> dict[int, frozenset[str]]:
    from babel.dates import get_month_names

    names: dict[int, set[str]] = {m: set() for m in range(1, 13)}
    for loc in LATIN_LOCALES:
        for width, context in (("wide", "format"), ("wide", "stand-alone"), ("abbreviated", "format")):
            for m, name in get_month_names(width, context, loc).items():
                name = name.lower().rstrip(".")
                if (width == "wide" or len(name) >= 4) and re.fullmatch(r"[^\W\d_]+", name):
                    names[m] |= {name, fold(name)}
    shared = {n for m in names for n in names[m] if any(n in names[o] for o in names if o != m)}
    return {m: frozenset(v - shared) for m, v in names.items()}


def month_of(word: str) -> int | None:
    """The month (1-12) a month's name means in English or any of LATIN_LOCALES ("Nov", "grudnia", "Aralık",
    "listopadu"), or None."""
    w = word.lower().rstrip(".")
    if w in MONTH_WORDS:
        return next(i for i, name in enumerate(MONTHS, 1) if name.startswith(w[:3]))
    return next((m for m, names in _month_names().items() if w in names or fold(w) in names), None)


@cache
def screen_dates() -> re.Pattern:
    """Dates DATE leaves to this pattern: a day and a month named in the screen's own language ("5 grudnia 2026",
    "30. listopadu", "15 de enero de 2027", "10 Aralık", "1er décembre") and a range of days in one month, in any
    language ("5–6 grudnia 2026", "12-14 March": the event's dates are both days, not its last). Built on first
    use: CLDR's month names for nineteen locales are a few hundred words no question about an English screen
    needs."""
    foreign = sorted({n for v in _month_names().values() for n in v} - MONTH_WORDS, key=len, reverse=True)
    every = sorted(set(foreign) | MONTH_WORDS, key=len, reverse=True)
    day = r"\d{1,2}(?:st|nd|rd|th|er|º|ª)?\.?"
    year = r"(?:,?\s+(?:de\s+)?\d{4}(?!\d))?"
    return re.compile(
        rf"(?<![\w.,/-]){day}\s?[–-]\s?{day}\s+(?:de\s+)?(?:{'|'.join(every)})\.?(?![^\W\d_]){year}"
        rf"|(?<![\w.,/-]){day}\s+(?:de\s+)?(?:{'|'.join(foreign)})\.?(?![^\W\d_]){year}"
        rf"|(?<![^\W\d_])(?:{'|'.join(foreign)})\.?\s+\d{{1,2}}(?![\d:.]){year}",
        re.I,
    )


# between a day and its time: "Thursday 12:00", "Wed 25 Nov at 14:30", "Fri, 10:00"
DAY_TIME_GAP = re.compile(r"\s*,?\s*(?:at|um|à|a las|alle|om|@|-)?\s*", re.I)


def _day_and_time(days: list[Span], text: str) -> list[Span]:
    """A date or weekday with the clock right after it is one value ("by Thursday 12:00": the deadline is both);
    a weekday alone is not a date (only with its time), a date alone is."""
    out = []
    for d in sorted(days, key=lambda s: s.start):
        if any(o.start <= d.start < o.end for o in out):
            continue
        gap = DAY_TIME_GAP.match(text, d.end)
        clock = CLOCK.match(text, gap.end()) if gap else None
        if clock:
            out.append(Span("datetime", text[d.start : clock.end()], d.start, clock.end()))
        elif d.kind == "datetime":
            out.append(d)
    return out


# between the two ends of a span of time: "07:00 to 13:00", "9:00–11:00", "von 14:00 bis 17:00", "de 9h00 à 11h00"
RANGE_GAP = re.compile(r"\s*(?:-|\u2013|\u2014|to|until|till|bis|à|a|até|and|und|et|e)\s*", re.I)
RANGE_FROM = re.compile(r"\s*,?\s*(?:from|between|von|zwischen|de|entre|dalle|van)?\s*", re.I)


def time_ranges(text: str, found: list[Span]) -> list[Span]:
    """The dates and times of a line, each widened to the span of time it starts ("02.12.2026 from 07:00 to
    13:00", "Thu 14:00-17:00", "08:00 - 10:00"): asked "from when to when", the answer is both ends. A value not
    followed by a second time stays as it is."""
    out = []
    for sp in found:
        end = sp.end
        first = CLOCK.search(text, sp.start, sp.end)
        if first is None:  # a day: its clock may come after "from"
            lead = RANGE_FROM.match(text, end)
            first = CLOCK.match(text, lead.end()) if lead and lead.end() > end else None
            if first is None:
                out.append(sp)
                continue
        gap = RANGE_GAP.match(text, first.end())
        second = CLOCK.match(text, gap.end()) if gap and gap.end() > first.end() else None
        if second is None:
            out.append(sp)
            continue
        end = second.end()
        out.append(Span(sp.kind, text[sp.start : end], sp.start, end, sp.value))
    return out


URL = re.compile(r"(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}(?:/[^\s]*)?")
# (a domain ends in a name: "checkout-web@3.8.1" is a package's version, not an address)
EMAIL = re.compile(r"(?:(?<=[<\s(])[!|](?=[\w.]))?[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z][\w-]*")


def email_reading(text: str) -> str | None:
    """The address as written where OCR read its first letter "l" as "!" or "|" ("<!.vogt@..." for
    "<l.vogt@..."): neither starts a real address. None when the text needs no correction."""
    return "l" + text[1:] if text[:1] in "!|" else None


# An identifier mixes letters and digits, or is a capitalised code with a separator: INV-2026-0412, PO-88213,
# #4521, QR-LT-0931 (an asset tag), a1b2c3d (a commit), v2.3.1. Plain words and plain numbers are not identifiers.
IDENT = re.compile(
    r"(?<![\w/.-])(?:#\d{2,}|[A-Za-z]{1,10}(?:-[A-Z]{1,6})*[-_#]?\d[\w-]*|\d+[A-Za-z][\w-]*|v?\d+(?:\.\d+){2,}|"
    r"\d{3,}(?:-\d+)+|\d{2,}/\d{3,}"
    # a reference in slashed parts, as regulators and courts number their orders ("CMAI/WTM/RKS/ORD/2026/1147")
    r"|[A-Z]{2,10}(?:/[A-Z0-9]{1,10}){2,}(?<=\d))(?![\w/])"
)
# A Digital Object Identifier as Crossref defines its modern form (10.<registrant>/<suffix>): a paper's id, with
# slashes and dots no other code pattern takes whole; trailing punctuation is the sentence's.
DOI = re.compile(r"(?<![\w.])10\.\d{4,9}/[-._;()/:A-Za-z0-9]*[A-Za-z0-9]")
# A number written in groups, as phone numbers, company registration numbers and account numbers are in most
# locales ("06 71 42 88 15", "+33 6 71 42 88 15", "812 345 678 00021", "030-1234-5678"): one identifier, not
# five numbers; eight digits or more (spans() checks), so a date or a pair of figures is not one.
# (an area code in brackets starts one by itself: "(03) 9314 7720", "(416) 555-0142")
GROUPED = re.compile(
    r"(?<![\w.,+-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,4}\)[ .-]?\d{2,5}(?:[ .-]\d{2,5}){1,6}|"
    r"\d{1,5}(?:[ .-]\d{2,5}){2,6})(?![\w]|[.,]\d)"
)
# An IBAN as it is printed, in groups of four ("FR76 1027 8073 4100 0205 3380 172")
IBAN = re.compile(r"(?<![\w-])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![\w-])")
# A file, test, module or table name: a path, a dotted module, snake_case, a test id with ::.
NAME = re.compile(
    r"(?<![\w/.-])(?:[\w.-]+/)*[\w-]+(?:\.[A-Za-z]\w{0,6})+(?:::[\w\[\]-]+)*(?![\w])"
    r"|(?<![\w-])[A-Za-z]\w*_\w+(?:\.\w+)*(?![\w-])"
    # a branch or a path without an extension: "feat/refund-reason", "lumencart/payments-api"
    r"|(?<![\w/.@:-])[a-z][\w-]*/[\w][\w/-]*(?![\w/.])"
)
# (letters of Latin scripts with accents too: "Lucía Núñez", "Łukasz Żak")
_UP, _LO = "A-ZÀ-ÖØ-ÞĀ-Ž", "a-zß-öø-ÿā-ž"
PERSON = re.compile(
    rf"(?<![\w])[{_UP}][{_LO}]+(?:[-'][{_UP}]?[{_LO}]+)?(?:\s[{_UP}]\.)?"
    rf"(?:\s[{_UP}][{_LO}]+(?:[-'][{_UP}]?[{_LO}]+)?){{1,2}}(?![\w])"
)
# An organisation's name: capitalised words with a word that makes them a company, a lab or an agency ("Trillium
# Pet Insurance", "Lakeshore Veterinary Diagnostics", "Brandwave Communications") or a legal form after them
# ("Fagerlund Stål AB", "Voss Präzisionsteile GmbH"). The legal forms and organisation nouns of the languages of
# the screens are a closed vocabulary; a name that has neither is read where a label or a preposition says so
# (ORG_ACRONYM, read.py)
ORG_NOUNS = (
    r"Insurance|Assurances?|Versicherung(?:en)?|Seguros?|Bank|Banque|Banco|Group|Gruppe|Groupe|Grupo|Holdings?|"
    r"Partners|Associates|Consulting|Solutions|Systems|Technologies|Diagnostics|Laborator(?:y|ies)|Labs?|"
    r"Supply|Supplies|Services|Logistics|Freight|Transports?|Shipping|Cargo|Express|Couriers?|Airlines|Airways|"
    r"Hospital|Clinic|Agency|Communications|Media|Studios?|Realty|Properties|Property|Management|Capital|"
    r"Industries|Manufacturing|Pharma|Motors|Energy|Telecom|Networks|University|Institute|Foundation|Authority|"
    r"Association|Hotels?|Veterinary|Medical|Trading|Exports?|Imports?|Enterprises|Ventures|Company|Corporation"
)
ORG_FORMS = (
    r"Inc\.?|Ltd\.?|LLC|LLP|PLC|plc|GmbH|AG|KG|AB|A/S|ASA|Oy|S\.A\.|SA|SAS|SARL|S\.L\.|SL|S\.p\.A\.|Srl|"
    r"s\.r\.o\.|Sp\. z o\.o\.|B\.V\.|BV|N\.V\.|NV|Pty(?: Ltd)?|Co\.|Corp\.?|Ltda\.?|K\.K\."
)
_ORG_PART = rf"[{_UP}][\w'&.-]*"
_ORG_GLUE = r"(?:&|and|of|de|du|des|la|le|der|von|van|di|da|do|für)"
ORG = re.compile(
    rf"(?<![\w@.-]){_ORG_PART}(?:\s(?:{_ORG_GLUE}\s)?{_ORG_PART}){{0,4}}?\s(?:{ORG_NOUNS})(?:\s{_ORG_PART})?(?![\w-])"
    rf"|(?<![\w@.-]){_ORG_PART}(?:\s(?:{_ORG_GLUE}\s)?{_ORG_PART}){{0,4}}?,?\s(?:{ORG_FORMS})(?![\w-])"
)
# A company known by its letters ("MAIF", "DPD", "DHL"): an organisation where its context says so (read.py)
ORG_ACRONYM = re.compile(r"(?<![\w@./-])[A-Z]{2,6}(?![\w@/-])")
# A person written with initials for given names: "R. K. Srinivasan", "T. Brooks" (a signature, a sign-off)
PERSON_INITIALS = re.compile(
    rf"(?<![\w.])(?:[{_UP}]\.\s?){{1,3}}[{_UP}][{_LO}]{{2,}}(?:[-'][{_UP}]?[{_LO}]+)?(?![\w])"
)
# A chat message's speaker whose first capital OCR lost to the avatar beside it ("irene Molina 12:02 PM"): only at
# the start of a line, before a capitalised surname and the message's time.
PERSON_LOWERED = re.compile(
    r"^\s*[a-z][a-z]+(?:\s[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?){1,2}(?=[,\s]*\d{1,2}[:.]\d{2}(?:\s?[AaPp][Mm])?\s*$)"
)


def format_like(value: float, samples: list[str]) -> str:
    """A computed figure written the way the screen wrote its inputs: "294,00 €" under German forms, "$10,650.00"
    in a US quote, "1,895" for a sum of counts. The convention is read off the inputs, not assumed."""
    sample = next((x for x in samples if re.search(r"\d[.,]\d", x)), samples[0] if samples else "")
    decimals = 2 if re.search(r"[.,]\d{2}\s*(?:\D|$)", sample) or re.search(CURRENCY, sample) else 0
    if decimals == 0 and abs(value - round(value)) > 1e-9:
        decimals = 2
    out = f"{value:,.{decimals}f}"
    if re.search(r"\d,\d{2},\d{3}(?!\d)", sample):  # lakhs and crores: "4,86,25,400.00"
        whole, _, cents = f"{abs(value):.{decimals}f}".partition(".")
        head, tail = whole[:-3], whole[-3:]
        groups = [head[max(0, i - 2) : i] for i in range(len(head), 0, -2)][::-1]
        out = ("-" if value < 0 else "") + ",".join([*groups, tail] if head else [tail])
        out += f".{cents}" if cents else ""
    elif re.search(r"\d\.\d{3}(?:\D|$)|\d,\d{1,2}(?:\D|$)", sample):  # 1.234,50 or 49,99
        out = out.replace(",", "\0").replace(".", ",").replace("\0", ".")
    if thousands := re.search(r"\d([ \u202f\u00a0'’])\d{3}(?!\d)", sample):  # "48 215,63 €", "CHF 2'568.24"
        mark = "," if re.search(r"\d,\d{1,2}(?:\D|$)", sample) else "."
        out = re.sub(r"[^\d" + re.escape(mark) + r"-]", thousands.group(1), out)
    if scale := re.search(
        rf"(?<=\d){SCALE}", sample, re.I
    ):  # "65.15 crore", "AUD 510.00k": as the figure had it
        word = scale.group(0).strip(" -")
        out += word if len(word) == 1 else f" {word}"
    cur = re.search(CURRENCY, sample)
    if cur:
        before = sample.strip().startswith(cur.group(0))
        sign = cur.group(0)
        out = (
            (f"{sign} {out}" if sign.rstrip(".").isalpha() else f"{sign}{out}") if before else f"{out} {sign}"
        )  # "EUR 15.50"
    return out


# A figure whose cents OCR gave the thousands' mark: "1,560,30 €", "$4,386,200,00" (groups of three, then two)
SAME_MARK_CENTS = re.compile(r"(?<![\d.,])(\d{1,3}(?:([.,])\d{3})+)\2(\d{2})(?![\d.,])")


def parse_amount(text: str) -> float | None:
    """The amount's value in either decimal convention ("1.234,50 €" and "$1,234.50" are both 1234.5). One the
    OCR read with the same mark everywhere ("1,560,30 €" for "1.560,30 €") is still read: thousands come in
    threes, so a last group of two digits can only be the cents."""
    text = re.sub(r"(?<=\d)[’'](?=\d{3})", "", text)  # de-CH thousands: "2'568.24"
    text = re.sub(r"(\d)[.,]([.,])(\d{3})", r"\1\2\3", text)
    text = SAME_MARK_CENTS.sub(lambda m: re.sub(r"[.,]", "", m.group(1)) + "." + m.group(3), text)
    price = Price.fromstring(text)
    return float(price.amount) if price.amount is not None else None


def currency_of(text: str) -> str | None:
    cur = Price.fromstring(text).currency
    if cur is None and re.search(r"\d\s?z[tl]\b", text):
        return "zł"  # as OCR reads it
    return cur


# Currency marks a screen writes that CLDR gives no locale ("48.750,00 TL", "1 476,00 zł" read by OCR as "zt")
EXTRA_MARKS = {"tl": "TRY", "ytl": "TRY", "lei": "RON", "kn": "HRK", "zt": "PLN", "zl": "PLN", "sfr.": "CHF"}
IN_USE_ON = date(2026, 1, 1)


@cache
def _currency_tables() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """CLDR (babel): every mark a screen writes for a currency in the Latin-script locales ("€", "R$", "Kč", "kr",
    "US$", "CHF") -> its ISO codes, and each currency noun a question may use (CURRENCY_NOUNS: "dollars", "lira",
    "reais", "kronor", "francs") -> the ISO codes whose CLDR names use it. Built on first use (a question naming a
    currency)."""
    from babel import Locale
    from babel.core import get_global
    from babel.numbers import get_territory_currencies

    # the currencies in use (CLDR's territories' tender, as of a fixed day: the same tables on every machine)
    codes = {c for t in get_global("territory_currencies") for c in get_territory_currencies(t, IN_USE_ON)}
    marks: dict[str, set[str]] = {}
    words: dict[str, set[str]] = {}
    for code in codes:
        marks.setdefault(code.lower(), set()).add(code)
    for loc in ("en", *LATIN_LOCALES, "pt_BR", "es_MX", "en_IN", "de_CH"):
        locale = Locale.parse(loc)
        for code, sym in locale.currency_symbols.items():
            if code in codes and sym != code:
                marks.setdefault(sym.lower(), set()).add(code)
        for code, name in locale.currencies.items():
            if code in codes:
                for w in re.findall(r"[a-z]+", fold(name.lower())):
                    if w in CURRENCY_NOUNS or w in SINGULARS.values():
                        words.setdefault(w, set()).add(code)
    for mark, code in EXTRA_MARKS.items():
        marks.setdefault(mark, set()).add(code)
    return {k: frozenset(v) for k, v in marks.items()}, {k: frozenset(v) for k, v in words.items()}


def currency_shown(word: str, text: str) -> bool:
    """Is the currency a question's word names ("lira", "reais", "francs") written on this screen, by any of its
    marks ("TL", "₺", "TRY"; "R$", "BRL"; "CHF")? A question about lira payments is about amounts in TL."""
    asked = asked_currencies(word)
    if not asked:
        return False
    marks = [m for m, codes in _currency_tables()[0].items() if codes & asked]
    return any(
        re.search(rf"(?<![^\W\d_]){re.escape(m)}(?![^\W\d_])", text, re.I)
        for m in sorted(marks, key=len, reverse=True)
    )


def currency_codes(amount_text: str) -> frozenset[str]:
    """The ISO codes an amount's currency mark may mean ("R$ 3.620,00": BRL; "$1,200": USD, MXN, AUD...), or
    none for a bare figure."""
    mark = currency_of(amount_text)
    if not mark:
        return frozenset()
    return _currency_tables()[0].get(mark.lower().strip(), frozenset())


def asked_currencies(question: str) -> frozenset[str]:
    """The currencies a question names ("in francs", "the lira payment", "USD total", "how many reais"), as ISO
    codes; empty when it names none (most questions: nothing is built then)."""
    words = re.findall(r"[^\W\d_]{3,}|[$€£¥₺₹]", question)
    if not words:
        return frozenset()
    codes = {w for w in words if re.fullmatch(r"[A-Z]{3}", w) and w in _iso_codes()}  # ("INV" is no currency)
    signs = {w for w in words if len(w) == 1}
    lowered = {fold(w.lower()) for w in words if len(w) > 1}
    if not (codes or signs or lowered & CURRENCY_NOUNS):
        return frozenset()
    marks, names = _currency_tables()
    out: set[str] = set()
    for c in codes:
        out |= marks.get(c.lower(), frozenset()) & {c}
    for sign in signs:
        out |= marks.get(sign, frozenset())
    for w in lowered:
        if w in CURRENCY_NOUNS:
            out |= names.get(SINGULARS.get(w, w), frozenset()) | names.get(w.rstrip("s"), frozenset())
    return frozenset(out)


# The nouns a question names a currency by, in English and as the screens' languages write them in an English
# question ("reais", "złoty"), singular and plural; CLDR's names say which currencies each is. Not "real", "won",
# "mark", "rand": English words first.
SINGULARS = {"reais": "real", "lire": "lira", "kronor": "krona", "kroner": "krone", "zlotych": "zloty", "korun": "koruna",
             "lei": "leu"}  # fmt: skip
CURRENCY_NOUNS = frozenset(
    """dollar dollars euro euros pound pounds sterling franc francs lira liras lire zloty zlotys zlotych koruna
    korunas korun krona kronor krone kroner peso pesos reais rupee rupees yen yuan renminbi forint forints leu lei
    lev ringgit baht dirham dirhams riyal riyals shekel shekels ruble rubles rouble roubles hryvnia kuna""".split()
)


def parse_duration(text: str) -> float | None:
    t = text.strip().lower().replace(",", ".").replace("-", " ")
    if re.fullmatch(COMPOUND_DURATION, t, re.I):  # "41m 12s": the sum of its parts
        return sum(
            int(n) * (3600 if u[0] == "h" else 60 if u[0] == "m" else 1)
            for n, u in re.findall(r"(\d+)\s?([a-z]+)", t)
        )
    if m := re.fullmatch(r"(\d{1,2}):(\d{2}):(\d{2})", t):
        return int(m.group(1)) * 3600 + int(m.group(2)) * 60 + int(m.group(3))
    m = re.fullmatch(rf"(\d+(?:\.\d+)?|{NUMBER_WORD_RX})\s*([a-z]+)", t)
    if not m:
        return None
    n, unit = float(NUMBER_WORDS.get(m.group(1), m.group(1))), m.group(2)
    scale = {
        "ms": 0.001,
        "s": 1,
        "sec": 1,
        "secs": 1,
        "second": 1,
        "seconds": 1,
        "min": 60,
        "mins": 60,
        "minute": 60,
        "minutes": 60,
        "h": 3600,
        "hr": 3600,
        "hrs": 3600,
        "hour": 3600,
        "hours": 3600,
        "day": 86400,
        "days": 86400,
        # a contract's term, a notice period, a warranty: calendar lengths, compared by their average length
        "wk": 7 * 86400,
        "wks": 7 * 86400,
        "week": 7 * 86400,
        "weeks": 7 * 86400,
        "month": 30.44 * 86400,
        "months": 30.44 * 86400,
        "yr": 365.25 * 86400,
        "yrs": 365.25 * 86400,
        "year": 365.25 * 86400,
        "years": 365.25 * 86400,
    }
    return n * scale[unit] if unit in scale else None


def parse_clock(text: str) -> time | None:
    m = re.fullmatch(r"(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s?([AaPp])?\.?[Mm]?\.?", text.strip())
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if m.group(4):
        h = h % 12 + (12 if m.group(4).lower() == "p" else 0)
    return time(h % 24, mi, int(m.group(3) or 0)) if h < 24 and mi < 60 else None


# OCR engines read a monospaced "1" as "l" and "0" as "O" often enough in hex strings (commit SHAs, alembic
# revisions, request ids) that a hex-looking identifier with only those letters off the hex alphabet is read as
# the hex it must be. Hex never holds "l" or "o", and a word is not 7+ characters of [0-9a-f] with digits in it.
HEX_CONFUSED = {"l": "1", "I": "1", "o": "0", "O": "0"}


def hex_reading(text: str) -> str | None:
    """The hex string an OCR'd identifier stands for ("7f3a9c2ble4d" -> "7f3a9c2b1e4d"), or None when it is
    already hex or is not a confused one."""
    if len(text) < 7 or not any(c in HEX_CONFUSED for c in text):
        return None
    fixed = "".join(HEX_CONFUSED.get(c, c) for c in text)
    if UUID_SHAPE.fullmatch(fixed):  # a UUID's groups are hex as a whole: "...-8COF1A7B3E95" is "...-8C0F..."
        return fixed if re.fullmatch(r"[0-9a-fA-F-]+", fixed) else None
    letters = [c for c in fixed if c.isalpha()]
    # a case-consistent hex string with digits and letters both (a plain number or word is not a hash)
    if (
        not re.fullmatch(r"[0-9a-fA-F]+", fixed)
        or not letters
        or not (all(c.islower() for c in letters) or all(c.isupper() for c in letters))
        or sum(c.isdigit() for c in text) < 2
    ):
        return None
    return fixed


# The 8-4-4-4-12 shape of a UUID (an invoice's folio fiscal, a request id), in whatever characters OCR read.
UUID_SHAPE = re.compile(r"\w{8}-\w{4}-\w{4}-\w{4}-\w{12}")


def amount_reading(text: str) -> str | None:
    """The amount as it must read where OCR gave its cents the thousands' mark ("$4,386,200,00" is
    "$4,386,200.00": thousands come in threes, so a last group of two digits is the cents), or None."""
    m = SAME_MARK_CENTS.search(text)
    if not m:
        return None
    return text[: m.end(1)] + ("." if m.group(2) == "," else ",") + text[m.end(1) + 1 :]


def _spans(kind: str, rx: re.Pattern, text: str, value=None) -> list[Span]:
    out = []
    for m in rx.finditer(text):
        s = m.group(0).strip()
        start = m.start() + m.group(0).find(s)
        out.append(Span(kind, s, start, start + len(s), value(s) if value else None))
    return out


def _number(s: str) -> float | None:
    v = parse_amount(s)
    return v


def year_of_month_day(text: str, seen: date) -> date | None:
    """The calendar day a month-and-day without a year means ("Mon. Nov. 23", "23rd November"), on a screen seen
    on `seen`: that day in the year that puts it nearest to when it was seen (a screen in late December saying
    "Jan. 4" means the coming January). None when the text has a year, names no month, or is no day of it."""
    if re.search(r"\b\d{4}\b", text):
        return None
    month = day = None
    for m in re.finditer(r"(?<![^\W\d_])([^\W\d_]{3,})\.?\s+(\d{1,2})(?!\d)", text):
        if month_of(m[1]):
            month, day = month_of(m[1]), m[2]
            break
    else:
        rx = r"(?<!\d)(\d{1,2})(?:st|nd|rd|th|er|º|ª)?\.?\s+(?:of\s+|de\s+)?([^\W\d_]{3,})"
        for m in re.finditer(rx, text):
            if month_of(m[2]):
                month, day = month_of(m[2]), m[1]
                break
    if month is None:
        return None
    options = []
    for year in (seen.year - 1, seen.year, seen.year + 1):
        try:
            options.append(date(year, month, int(day)))
        except ValueError:
            continue
    return min(options, key=lambda d: abs((d - seen).days)) if options else None


def day_of(text: str) -> datetime | None:
    """A date written as a table cell or a value writes it: "2026-12-25", or day first ("25.12.2026", "25/12/26"),
    as the locales that write it so do; None when it is no date."""
    m = re.fullmatch(r"\s*(\d{4})[./-](\d{1,2})[./-](\d{1,2})\s*", text) or None
    try:
        if m:
            return datetime(int(m[1]), int(m[2]), int(m[3]))
        if m := re.fullmatch(r"\s*(\d{1,2})[./-](\d{1,2})[./-](\d{2,4})\s*", text):
            return datetime(int(m[3]) + (2000 if len(m[3]) == 2 else 0), int(m[2]), int(m[1]))
    except ValueError:
        return None
    return None


def _besides(found: list[Span], more: list[Span]) -> list[Span]:
    """`found`, then those of `more` that start outside every one of them (a second pattern's finds that are not
    part of the first's)."""
    return found + [x for x in more if not any(f.start <= x.start < f.end for f in found)]


def spans(text: str, kind: str) -> list[Span]:
    """Every span of `kind` in one line of screen text."""
    if kind == "amount":
        return [_as_seen(s) for s in _spans("amount", AMOUNT, text, parse_amount) if s.value is not None]
    if kind in ("number", "count"):
        taken = [(s.start, s.end) for s in spans(text, "datetime")]
        return [
            s
            for s in _spans("number", NUMBER, text, _number)
            if s.value is not None and not any(a <= s.start < b for a, b in taken)
        ]
    if kind == "size":
        return _spans("size", SIZE, text)
    if kind == "duration":
        return [s for s in _spans("duration", DURATION, text, parse_duration) if s.value is not None]
    if kind == "datetime":
        dated = _besides(_spans("datetime", screen_dates(), text), _spans("datetime", DATE, text))
        days = _day_and_time(dated + _spans("weekday", WEEKDAY, text), text)
        days += [
            s
            for s in _spans("datetime", DAY_OF_MONTH, text)
            if not any(d.start <= s.start < d.end for d in days)
        ]
        money = [(m.start(), m.end()) for m in AMOUNT.finditer(text)]
        return days + [
            s
            for s in _spans("datetime", CLOCK, text)
            if not any(d.start <= s.start < d.end for d in days)
            # "$19.50", "19.50 €": a price written with a dot, no time of day
            and not any(a <= s.start < b for a, b in money)
        ]
    if kind == "email":
        return _spans("email", EMAIL, text, email_reading)
    if kind == "card":
        return _spans("card", CARD, text)
    if kind == "domain":
        return [
            Span("domain", s.text.split("@", 1)[1], s.start + s.text.find("@") + 1, s.end)
            for s in _spans("email", EMAIL, text)
        ]
    if kind == "identifier":
        emails = [(s.start, s.end) for s in _spans("email", EMAIL, text)]
        clocks = [
            (s.start, s.end)
            for s in spans(text, "datetime") + spans(text, "duration") + spans(text, "amount")
        ]
        found: list[Span] = []  # (an IBAN first: its groups are no grouped number of their own)
        found += _spans("identifier", DOI, text)
        for s in _spans("identifier", IBAN, text) + _spans("identifier", GROUPED, text):
            taken = [(x.start, x.end) for x in found] + emails + clocks
            if sum(c.isdigit() for c in s.text) >= 8 and not any(a < s.end and s.start < b for a, b in taken):
                found.append(s)
        taken = [(s.start, s.end) for s in found]
        return found + [
            s
            for s in _spans("identifier", IDENT, text, hex_reading)
            if not any(a <= s.start < b for a, b in emails + clocks + taken)
            and any(c.isdigit() for c in s.text)
        ]
    if kind == "name":
        emails = [(s.start, s.end) for s in _spans("email", EMAIL, text)]
        return [
            s
            for s in _spans("name", NAME, text)
            if not any(a <= s.start < b for a, b in emails)
            and not re.fullmatch(r"[\d.]+", s.text)
            and not re.fullmatch(r"\w+\.(?:com|org|net|io)", s.text)
        ]
    if kind == "person":
        found = _spans("person", PERSON, text) or _spans("person", PERSON_LOWERED, text)
        return _besides(found, _spans("person", PERSON_INITIALS, text))
    if kind == "organisation":
        return _besides(_spans("organisation", ORG, text), _spans("organisation", ORG_ACRONYM, text))
    if kind == "url":
        return [s for s in _spans("url", URL, text) if "@" not in s.text]
    if m := re.match(r"^\s*([A-Za-z][^:()\[\]]{1,40}?)(?<!\d):\s+(\S.*?)\s*$", text):
        if not re.search(r"\d:\d|https?$", m.group(1)):  # "Label: value": the value is the answer
            return [Span("text", m.group(2), m.start(2), m.start(2) + len(m.group(2)))]
    # (an input box's border read as "|" or "[" before its text is no part of it: "| Brauhaus Kessler GmbH")
    m = re.match(r"[\s|\[]*", text)
    body = text[m.end() :].rstrip()
    return [Span("text", body, m.end(), m.end() + len(body))] if body else []
