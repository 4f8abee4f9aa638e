"""Retrieval for recall: hybrid line search (BM25 with OR semantics + vectors, filters in SQL) over the
question's words, its entities and its meaning; hits are grouped by frame, near-identical frames (the same
window showing the same matching lines) collapse into one candidate, and each candidate carries its whole
screen (lines with boxes, blocks, window title) so the reader can look beside and above the hit: an
e-mail's sender, a message's speaker, a table's header. Nothing is dropped for lacking the question's words."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from autocapture.query import glossary
from autocapture.query.evidence import Evidence, Frame, fold, letter_reads, letters_rx
from autocapture.query.intent import Intent, asked_kind, calendar_forms, month_pattern, stem
from autocapture.query.places import forms_of
from autocapture.query.scope import KINDS, stem_of
from autocapture.query.values import MONTH_WORDS, MONTHS, WEEKDAY_FORMS, WEEKDAY_RX

LINE_HITS = 150
ABSENT_WEIGHT = 0.35
MAX_FRAMES = 16
BEST_LINES = 5  # the screens of this many best-matching distinct lines are always read
TITLE_BOOST = 0.05  # about three top-ranked lines: a window named by the question is a strong candidate


@dataclass
class Candidate:
    frame: Frame
    lines: list[dict]
    hits: dict[str, float]  # line id -> retrieval score
    score: float
    copies: list[Frame] = field(default_factory=list)  # near-identical frames folded into this one
    sims: dict[str, float] = field(default_factory=dict)  # line id -> cosine similarity to the question

    @property
    def text(self) -> str:
        return "\n".join(ln["text"] for ln in self.lines)

    @property
    def scope_text(self) -> str:
        """The screen's text that can say what the screen is about: a browser's tab strip is left out, since it
        names the other pages open ("Harrowgate Logistics - Platform expansion" above a Nordhafen e-mail), and a
        name found only there does not put this page in the question's scope."""
        if stem_of(self.frame.app) not in KINDS["browser"]:
            return self.text
        top = TAB_STRIP * (self.frame.height or 1080)
        return "\n".join(ln["text"] for ln in self.lines if ln["box"][3] > top)


# A browser's tab strip is its top band: 3.5% of the screen (38 px at 1080 p), above the address bar.
TAB_STRIP = 0.035


VOLATILE = re.compile(
    r"\W*\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[AaPp][Mm])?\W*|\W*\d{1,2}[./]\d{1,2}[./]\d{2,4}\W*"
)


class Weights:
    """Inverse document frequency of each question term in the store's line index: a rare word ("Northwind")
    says more about where the answer is than a common one ("total")."""

    def __init__(self, ev: Evidence, terms: list[str]):
        self.terms = terms
        self.w: dict[str, float] = {}
        rows = ev.line_count()
        for t in terms:
            toks = re.findall(r"\w+", t.lower())
            df = min((_df(ev, x) for x in toks), default=0) if toks else 0
            # a word on no screen at all can't locate the answer (a paraphrase: "owe" for "due"); it weighs little
            self.w[t] = (math.log((rows + 1) / (df + 1)) + 0.5 if df else ABSENT_WEIGHT) if rows else 1.0
        self.total = sum(self.w.values()) or 1.0
        self.rx = {t: _term_rx(fold(t)) for t in terms}

    def matched(self, text: str) -> set[str]:
        low = fold(text.lower())  # accents aside: OCR drops them
        return {t for t, rx in self.rx.items() if rx.search(low)}

    def score(self, text: str) -> float:
        return sum(
            self.w[t] for t in sorted(self.matched(text))
        )  # (in one order: float sums of a set vary with its hash order)


def _place_forms(word: str) -> list[str]:
    """A place's names as words, lower case and folded: how a line may write the place a question names."""
    forms = forms_of(word) or ()
    return sorted({fold(f.lower()) for f in forms if f.isalpha() and len(f) > 3}, key=len, reverse=True)


def _df(ev: Evidence, token: str) -> int:
    """A word's line count as the reader matches it: by its stem for words ("pay" -> "Payable"), with OCR's
    misreadings for codes."""
    if forms := calendar_forms(token):  # "October" is counted with every "Oct"
        return sum(ev.doc_freq(v) for v in forms)
    if places := _place_forms(token):  # a place in every language its screens may write it
        return sum(ev.doc_freq(v) for v in places)
    if reads := letter_reads(token):  # "verfügbar": its OCR spellings all count
        return sum(ev.doc_freq(v) for v in reads)
    if token.isalpha() and len(stem(token)) >= 3:
        own = max(ev.doc_freq(token), min(ev.doc_freq_prefix(stem(token)), ev.line_count()))
        # ...and with the words other languages' screens use for it ("due": "Förfallodag"), matched the same way
        other = sum(gloss_df(ev, f) for f in glossary.translations(token))
        return min(own + other, ev.line_count())
    return sum(ev.doc_freq(v) for v in ocr_variants(token))


def gloss_df(ev: Evidence, form: str) -> int:
    if " " in form:
        return 0  # (a phrase: "genel toplam" is counted by its words' own questions, not here)
    return ev.doc_freq(form) if len(form) <= glossary.WHOLE_WORD_MAX else ev.doc_freq_prefix(form)


def ocr_variants(token: str, limit: int = 8) -> list[str]:
    """The token and the spellings OCR gives it when it holds a digit ("q1" is often indexed as "qi" or "ql",
    "2026-0412" as "2026-o412"): a code's rarity must count them all, or a code OCR misread looks absent."""
    out = [token]
    if not re.search(r"\d", token):
        return out
    for digit, reads in (("1", "il"), ("0", "o")):
        for v in list(out):
            for r in reads:
                if len(out) < limit and digit in v:
                    out.append(v.replace(digit, r))
    return out


@lru_cache(
    maxsize=4096
)  # cost: called per term x candidate line; compiling and stemming each time was ~15% of a question
def _term_rx(term: str) -> re.Pattern:
    """Word-start match on the stem for words ("budgeted" finds "Budget"), exact for codes and phrases."""
    t = term.lower()
    if month := month_pattern(t):  # "October" is "Oct" in a sheet's header
        return re.compile(month)
    if places := _place_forms(t):  # "Japanese" is "Japão" on a Brazilian screen (matched in folded text)
        return re.compile(rf"(?<![a-z0-9])(?:{'|'.join(map(re.escape, places))})(?![a-z0-9])")
    if re.fullmatch(r"[a-z]+", t):
        s = stem(t)
        if other := glossary.pattern(t):  # "due" is "Förfallodag" on a Swedish invoice (in folded text)
            return re.compile(rf"(?<![a-z0-9]){re.escape(s)}|{other}")
        return re.compile(rf"(?<![a-z0-9]){re.escape(s)}")
    if letter_reads(t) and re.fullmatch(r"[a-z]+", fold(t)):
        # a word with letters an English OCR model misreads, matched in the folded screen text in any of its reads
        s = stem(fold(t))
        return re.compile(rf"(?<![a-z0-9]){letters_rx(t[: len(s)])}")
    if date := re.fullmatch(r"(\d\d)\.(\d\d)\.", t):  # a day of a month, written any way
        d, mo = int(date.group(1)), int(date.group(2))
        names = "|".join(sorted(calendar_forms(MONTHS[mo - 1]), key=len, reverse=True))
        return re.compile(
            rf"(?<![\d.])(?:0?{d}\.0?{mo}\.|0?{d}(?:st|nd|rd|th)?\.?\s+(?:of\s+)?(?:{names})\b|"
            rf"(?:{names})\.?\s+0?{d}(?:st|nd|rd|th)?\b(?!:)|0?{mo}/0?{d}/|0?{d}/0?{mo}/|"
            # a week view's day heading: "Wed 25"
            rf"\b(?:{WEEKDAY_RX})\.?,?\s+0?{d}\b(?![.:/]\d))",
            re.I,
        )
    if clock := re.fullmatch(r"([01]\d|2[0-3]):([0-5]\d)", t):  # a time of day, on a 24- or 12-hour screen
        h, mi = int(clock.group(1)), clock.group(2)
        twelve = rf"0?{h % 12 or 12}[:.]{mi}\s?{'[pP]' if h >= 12 else '[aA]'}\.?[mM]"
        return re.compile(rf"(?<![\d:.])(?:0?{h}[:.]{mi}(?!\s?[aApP]\.?[mM])|{twelve})(?!\d)")
    body = re.escape(t).replace("\\-", "[-\\s]?")  # "per-diem" is "Per diem" on the form
    if re.search(r"\d", t):  # codes as OCR reads them: "Q1" may be "Qi", "0" may be "o"
        body = body.replace("1", "[1il|]").replace("0", "[0o]")
    if t[-1:].isdigit():  # "47" is not the start of "471"
        body += r"(?!\d)"
    return re.compile(rf"(?<![\w]){body}" if t[:1].isalnum() else body)


# what a row or column asked for by its kind is written as: "which month" is answered by a screen showing months
KIND_WORDS = {
    "month": sorted(MONTH_WORDS),
    "quarter": ["q1", "q2", "q3", "q4", "quarter"],
    "weekday": sorted(set().union(*WEEKDAY_FORMS.values())),
    "week": ["week", "wk", "kw", "cw"],
}


def kind_words(question: str) -> list[str]:
    """The words a screen answering "which <kind>" shows: the labels of that kind ("Sep", "October", "Q3")."""
    return KIND_WORDS.get(asked_kind(question) or "", [])


def place_words(ev: Evidence, intent: Intent) -> list[str]:
    """A place the question names, as the screens here write it in their language ("Warsaw" is "Warszawa" on a
    Polish weather page, "Japanese" is "Japonia"): only the one-word forms that some line holds, so a question
    is not searched in nineteen languages."""
    said = {fold(e.lower()) for e in intent.entities}
    forms = dict.fromkeys(f for e in intent.entities for f in _place_forms(e) if f not in said)
    return [f for f in forms if ev.doc_freq(f) > 0]


def gloss_words(ev: Evidence, intent: Intent) -> list[str]:
    """The words the screens here use, in their own language, for the question's words ("due" is "förfallodag"
    on a Swedish invoice, "fee" "honorarios" on a Mexican one): only the one-word forms that some line holds."""
    forms = dict.fromkeys(f for t in intent.terms for f in glossary.translations(t) if " " not in f)
    out = [f for f in forms if ev.doc_freq(f) > 0]
    # (a listed stem, "bozonarodzeniow", is searched as the words the screens write: "bozonarodzeniowy")
    return out + [
        w for f in forms if f not in out and len(f) > glossary.WHOLE_WORD_MAX for w in ev.words_starting(f)
    ]


def gather(
    ev: Evidence, intent: Intent, rest: str, max_frames: int = MAX_FRAMES, vector: bool = True
) -> list[Candidate]:
    query = " ".join(
        dict.fromkeys(
            [
                rest,
                *intent.entities,
                *kind_words(intent.question),
                *place_words(ev, intent),
                *gloss_words(ev, intent),
            ]
        )
    )
    hits = ev.search(query, intent.filters, k=LINE_HITS, vector=vector)
    by_frame: dict[str, Candidate] = {}
    for h in hits:
        c = by_frame.get(h.frame.record_id)
        if c is None:
            c = by_frame[h.frame.record_id] = Candidate(h.frame, [], {}, 0.0)
        c.hits[h.line["id"]] = max(c.hits.get(h.line["id"], 0.0), h.score)
    # window context as a unit of its own: the latest frame of each window whose title holds the question's words
    # ("my travel expense claim" is a window title more than any line on it)
    words = [t for t in intent.terms if len(t) > 2] + list(intent.entities)
    if words:
        rx = [_term_rx(w) for w in words]
        for _app, title, last_id, _n in ev.window_titles(intent.filters):
            got = sum(bool(r.search((title or "").lower())) for r in rx)
            if got and got * 2 >= len(rx) and last_id not in by_frame:
                f = ev.frame(last_id)
                if f:
                    by_frame[last_id] = Candidate(f, [], {}, 0.0)
    for c in by_frame.values():
        title = (c.frame.title or "").lower()
        title_share = sum(bool(_term_rx(w).search(title)) for w in words) / len(words) if words else 0.0
        c.score = sum(sorted(c.hits.values(), reverse=True)[:5]) + TITLE_BOOST * title_share
    ranked = sorted(by_frame.values(), key=lambda c: (-c.score, c.frame.ts, c.frame.record_id))
    # the screens of the best few lines are candidates whatever their sums: one chat message that says it all
    # loses to a ticket whose many lines each hold a word of the question
    texts: dict[str, str] = {}
    for h in hits:
        if len(texts) >= BEST_LINES:
            break
        texts.setdefault(h.line["text"], h.frame.record_id)
    must = set(texts.values())
    out: list[Candidate] = []
    seen: dict[tuple, Candidate] = {}
    for c in ranked:
        if len(out) >= max_frames and c.frame.record_id not in must:
            continue
        c.lines = ev.lines(c.frame.record_id)
        # the same screen again (only a clock or a cursor changed) folds into one candidate; a screen whose
        # values changed (a form being filled in) stays a candidate of its own
        key = (
            c.frame.app,
            c.frame.title,
            tuple(sorted(ln["text"] for ln in c.lines if not VOLATILE.fullmatch(ln["text"]))),
        )
        if key in seen:
            seen[key].copies.append(c.frame)
            must.discard(c.frame.record_id)
            continue
        seen[key] = c
        out.append(c)
        must.discard(c.frame.record_id)
        if len(out) >= max_frames and not must:
            break
    qvec = ev.question_vector()
    if qvec is not None:
        for c in out:
            vecs = ev.line_vectors(c.frame.record_id)
            if vecs:
                ids = list(vecs)
                m = np.stack([vecs[i] for i in ids])
                sims = m @ qvec / (np.linalg.norm(m, axis=1) * (np.linalg.norm(qvec) or 1.0) + 1e-9)
                c.sims = {i: float(s) for i, s in zip(ids, sims)}
    return out
