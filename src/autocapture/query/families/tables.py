"""Tables on screen read as grids: a header row, data rows, and each cell in its column.

Why: a spreadsheet, a CRM list or a report table answers "what's Calder Foods worth", "which deal are we least
likely to win", "the combined value of the deals in negotiation" and "how many are at the proposal stage" by its
layout: the row a name labels, the column a header names (or the one column of the kind asked for), the rows a
cell value picks. Read line by line, a row is many lines and a header is far from its cells; read as a grid,
each of these is one lookup. The grid comes from OCR boxes only (no app or layout is assumed): cells are runs of
words parted by wide gaps, rows are cells on one baseline, the header row is the row of words that the most value
rows line up under, and a cell belongs to the header it overlaps or, right-aligned under a left-aligned header,
to the header whose interval holds its centre. A spreadsheet's column-letter bar and row-number gutter are not
part of the grid.

Everything here answers only when the grid says so unambiguously (one row named, one column chosen); otherwise
it returns None and the line-by-line reader answers as before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache, cached_property

from autocapture.query import glossary
from autocapture.query.claims import Claim, Result, fmt_time
from autocapture.query.evidence import Evidence, fold
from autocapture.query.families.amounts import TOTAL_ROW
from autocapture.query.intent import (
    PERCENT_ASKED,
    STOP,
    TIME_SUPERLATIVE,
    Intent,
    asked_kind,
    counted_noun,
    stem,
)
from autocapture.query.names import starts_with_given_name
from autocapture.query.places import forms_of, shown
from autocapture.query.read import VALUE_CELL, letter_bar, per_screen, row_numbers
from autocapture.query.retrieve import Candidate
from autocapture.query.scope import document_kind
from autocapture.query.values import MONTHS, day_of, format_like, parse_amount, spans

# A gap between two words wider than this many word heights parts two cells ("£69,120.00   18/12/2026"); a
# space is 0.3-0.5 of a word's height.
CELL_GAP = 0.8
# How many data rows must line up under a header row for the rows to be a table.
MIN_ROWS = 3
# A question's word for a column, matched by meaning when no header holds it, must beat the runner-up by this
# much (MiniLM cosine of short phrases); otherwise the column is not told.
MEANING_MARGIN = 0.04
MEANING_DURATION = 0.25  # a period column told by meaning alone ("fastest" -> "Lead time (weeks)") ...
SPEED_WORDS = r"\b(?:fastest|quickest|soonest|slowest|faster|quicker|sooner|slower|speediest)\b"
MEASURE_MEANING = 0.35  # ...and mean it at all (as compose.MEASURE_MEANING: "resolved" for "solved" 0.73)
NEAR_TOP = 0.85  # the screens read for a table: retrieval scores within this share of the best one's
NEAR_TOP_AGGREGATE = 0.5
MAX_SCREENS = 12  # a window's screens read for an extreme over the day
HEADED_SCREENS = 12  # the best screens looked through for a table whose header the question names
PERCENT = re.compile(r"^\s*-?\d+(?:[.,]\d+)?\s?%\s*$")
# A period in a cell ("30 days net", "6 weeks", "14 days 2%": a payment term, a lead time), and its length in days
DURATION = re.compile(
    r"^\s*(\d+(?:[.,]\d+)?)\s*(days?|d|weeks?|wks?|months?|mos?|hours?|hrs?|h|years?|yrs?)\b[\w\s%.,]{0,14}$",
    re.I,
)
UNIT_DAYS = {
    "d": 1,
    "da": 1,
    "w": 7,
    "wk": 7,
    "we": 7,
    "m": 30,
    "mo": 30,
    "h": 1 / 24,
    "ho": 1 / 24,
    "hr": 1 / 24,
}
UNIT_DAYS.update({"y": 365, "ye": 365, "yr": 365})
# A number column whose header names a time unit ("Lead time (weeks)", "Notice (days)") holds periods
TIME_HEADER = re.compile(r"\b(?:days?|weeks?|months?|hours?|years?|lead time|duration)\b", re.I)
DATE = re.compile(r"^\s*\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\s*$|^\s*\d{4}-\d{2}-\d{2}\s*$")
# Plain names of a money column: asked by a paraphrase ("worth", "deal size"), the plain column is meant, not a
# derived one ("Weighted", "Forecast") beside it, nor a Total that sums others.
PLAIN_MONEY = {"amount", "value", "price", "cost", "revenue", "deal size", "size"}


@dataclass
class Cell:
    text: str
    box: list[int]
    line: dict  # the OCR line it was read from: its citation is the cell's own box

    @cached_property
    def kind(self) -> str:
        """What the cell holds; asked of every cell many times (header row, columns, filters): read once."""
        t = self.text
        if PERCENT.match(t):
            return "percent"
        if DATE.match(t):
            return "date"
        if DURATION.match(t):
            return "duration"
        if spans(t, "amount") and parse_amount(t) is not None:
            return "amount"
        if re.fullmatch(r"\d{6,}", t.strip()):
            return "code"  # a long plain number is a code (a PO, a job id): it measures nothing
        if VALUE_CELL.fullmatch(t):
            return "number"
        if starts_with_given_name(t) and spans(t, "person"):
            return "person"
        return "text"


@dataclass
class Table:
    header: list[Cell]
    rows: list[list[Cell | None]]
    kinds: list[str] = field(init=False)  # each column's kind: the kind most of its cells are

    def __post_init__(self) -> None:
        self.kinds = []
        for col in range(len(self.header)):
            kinds = [r[col].kind for r in self.rows if r[col] is not None]
            kind = max(sorted(set(kinds)), key=kinds.count) if kinds else "text"
            if kind == "number" and TIME_HEADER.search(self.header[col].text):
                kind = "duration"  # "Lead time (weeks)": 4, 6, 8 are periods
            self.kinds.append(kind)

    def kind(self, col: int) -> str:
        return self.kinds[col]

    def label_col(self) -> int:
        """The rows' names: the first column of words that most rows fill (an invoice's "Pos." column, empty
        where OCR dropped its numbers, names nothing; its "Article" does)."""
        filled = self._text_cols()
        return filled[0] if filled else next((i for i, k in enumerate(self.kinds) if k == "text"), 0)

    def _text_cols(self) -> list[int]:
        """The columns of words that most rows fill."""
        return [
            i
            for i, k in enumerate(self.kinds)
            if k == "text" and 2 * sum(r[i] is not None for r in self.rows) >= len(self.rows)
        ]

    def description_col(self) -> int:
        """The column that says what each row is in words: of the columns of words most rows fill, the one with
        the most words to a cell ("Filter tips 200 µl, sterile" rather than its article code "LB-TP-200F")."""
        filled = self._text_cols()
        if not filled:
            return self.label_col()

        def wordiness(i: int) -> float:
            cells = [r[i].text for r in self.rows if r[i] is not None]
            return sum(len(re.findall(r"[^\W\d_]{2,}", c)) for c in cells) / max(len(cells), 1)

        return max(filled, key=lambda i: (round(wordiness(i), 1), -i))

    def label(self, row: list[Cell | None]) -> str:
        c = row[self.label_col()]
        return c.text if c else ""


def _cells(line: dict, gutter: set[str]) -> list[Cell]:
    words = sorted(line.get("words") or [], key=lambda w: w["box"][0])
    if not words:
        return [Cell(line["text"], list(line["box"]), line)]
    if line["id"] in gutter and re.fullmatch(r"\d{1,4}", words[0]["text"]):
        words = words[1:]  # the sheet's row number, read with the first cell
    out: list[list[dict]] = []
    for w in words:
        h = max(w["box"][3] - w["box"][1], 1)
        if out and w["box"][0] - out[-1][-1]["box"][2] <= CELL_GAP * h:
            out[-1].append(w)
        else:
            out.append([w])
    return [
        Cell(
            " ".join(w["text"] for w in run),
            [
                run[0]["box"][0],
                min(w["box"][1] for w in run),
                run[-1]["box"][2],
                max(w["box"][3] for w in run),
            ],
            line,
        )
        for run in out
    ]


def _rows(cells: list[Cell]) -> list[list[Cell]]:
    rows: list[list[Cell]] = []
    for c in sorted(cells, key=lambda c: (c.box[1] + c.box[3]) / 2):
        mid = (c.box[1] + c.box[3]) / 2
        if rows:
            top = rows[-1][0]
            if top.box[1] <= mid <= top.box[3]:
                rows[-1].append(c)
                continue
        rows.append([c])
    return [sorted(r, key=lambda c: c.box[0]) for r in rows]


def _column(header: list[Cell], c: Cell) -> int | None:
    """The header a cell stands under: the one it overlaps most, else the one whose interval (from its start to
    the next header's start) holds the cell's centre (a right-aligned figure under a left-aligned header)."""
    overlaps = [min(c.box[2], h.box[2]) - max(c.box[0], h.box[0]) for h in header]
    best = max(range(len(header)), key=lambda i: overlaps[i])
    if overlaps[best] > 0:
        return best
    centre = (c.box[0] + c.box[2]) / 2
    for i, h in enumerate(header):
        end = header[i + 1].box[0] if i + 1 < len(header) else h.box[2] + (h.box[2] - h.box[0])
        if h.box[0] <= centre < end:
            return i
    return None


def grid(lines: list[dict], min_cols: int = 3, words_only: bool = False) -> Table | None:
    """The screen's table (see _grid), read once per screen and kind of table: a question looks for a table on
    the same screens more than once (the headed screens and then each window's, the items, a table of words)."""
    return per_screen(f"grid {min_cols} {words_only}", lines, lambda ls: _grid(ls, min_cols, words_only))


def _grid(lines: list[dict], min_cols: int, words_only: bool) -> Table | None:
    """The screen's table, or None. The header row is the row of three or more word cells (no figures, not a
    sheet's letter bar) with the most value rows lined up under it without a wide gap. (Two columns make a
    table only where a table is asked for: a receipt's "Item | Amount"; elsewhere two cells on a row are as
    often a label and its value.)"""
    rows = per_screen("cell rows", lines, _cell_rows)
    best = _best_table(rows, min_cols, words_only, False)
    # a terminal's table ("Format-Table", "squeue", "docker ps"): one space between its columns, so the cells are
    # found by the header's words, each a column's name, and the words of a row under them; it is the table when
    # it fills more cells over as many rows and columns (the gaps read "DeliveryDate OpenQty" as one header, or a
    # whole row as one cell)
    typed = _best_table(per_screen("word rows", lines, _word_rows), max(3, min_cols), words_only, True)
    if typed is not None and (
        best is None
        or (
            len(typed.header) >= len(best.header)
            and len(typed.rows) >= len(best.rows)
            and _filled(typed) > _filled(best)
        )
    ):
        return typed
    return best


def _filled(table: Table) -> int:
    return sum(c is not None for r in table.rows for c in r)


# A column's name as command-line tools print them: one token, capitalised or upper case ("PO", "OpenQty",
# "JOBID", "NODELIST(REASON)", "%CPU")
COLUMN_NAME = re.compile(r"%?[A-Z][A-Za-z0-9_]*(?:\([A-Z_]+\))?%?")


def _word_rows(lines: list[dict]) -> list[list[Cell]]:
    """The screen's words as one-word cells, in rows."""
    return _rows(
        [
            Cell(w["text"], list(w["box"]), x)
            for x in lines
            if not letter_bar(lines, x)
            for w in x.get("words") or []
        ]
    )


# A cell of one or two characters that is no column's name ("ID", "No", "#" are): a stray read of an icon
CRUMB = re.compile(r"(?![A-Z][A-Za-z]$|#$)\S{1,2}")


def _merge(a: Cell, b: Cell) -> Cell:
    return Cell(
        f"{a.text} {b.text}",
        [min(a.box[0], b.box[0]), min(a.box[1], b.box[1]), max(a.box[2], b.box[2]), max(a.box[3], b.box[3])],
        a.line,
    )


def _best_table(rows: list[list[Cell]], min_cols: int, words_only: bool, by_words: bool) -> Table | None:
    """The header row with the most value rows lined up under it (see _grid). `by_words`: the cells are single
    words, the header's each a column's name, and the words of a row under one column make its cell."""
    best: Table | None = None
    for i, head in enumerate(rows):
        # (OCR's crumbs of an icon or a side bar on the header's row, "he", "4", "*", are no column: "ID" is)
        head = [c for c in head if not CRUMB.fullmatch(c.text.strip())]
        if len(head) < min_cols or any(c.kind != "text" for c in head):
            continue
        if by_words and not all(COLUMN_NAME.fullmatch(c.text) for c in head):
            continue
        h = max(c.box[3] - c.box[1] for c in head)
        data: list[list[Cell | None]] = []
        bottom = max(c.box[3] for c in head)
        for row in rows[i + 1 :]:
            if row[0].box[1] - bottom > 3 * h:
                break  # a gap of empty rows: what is below is another part of the screen
            placed: list[Cell | None] = [None] * len(head)
            for c in row:
                j = _column(head, c)
                if j is not None and placed[j] is None:
                    placed[j] = c
                elif j is not None and by_words:
                    placed[j] = _merge(placed[j], c)  # ("Sandoval Componentes S.L." under "Supplier")
            filled = sum(c is not None for c in placed)
            if by_words and filled < 3:
                if data:
                    break
                continue
            # (a row of words only is a table's row where a list of words is asked for: three cells or more)
            if (
                filled < 3
                if words_only
                else filled < 2 or not any(c is not None and c.kind != "text" for c in placed)
            ):
                if data:
                    break  # the table ended
                continue
            data.append(placed)
            bottom = max(c.box[3] for c in row)
        if len(data) >= MIN_ROWS and (best is None or len(data) > len(best.rows)):
            best = Table(head, data)
    return best


def _cell_rows(lines: list[dict]) -> list[list[Cell]]:
    """The screen's cells in rows, a sheet's letter bar and row-number gutter left out."""
    gutter = row_numbers(lines)
    return _rows([c for x in lines if not letter_bar(lines, x) for c in _cells(x, gutter)])


def _words(text: str) -> set[str]:
    """Stemmed words; a month by its first three letters ("November" is the header "Nov 2026")."""
    out = set()
    for w in re.findall(r"[a-z0-9]+", text.lower()):
        if w in STOP:
            continue
        out.add(w[:3] if w in MONTHS or w == "sept" else stem(w))
    return out


def _named_rows(table: Table, intent: Intent) -> list[int]:
    """Rows whose label holds one of the question's names ("Calder Foods", "Sefton")."""
    names = [fold(e).lower() for e in intent.entities if len(e) > 2]  # ("Kovářík" read "Kovarik")
    # ("the Swedish supplier": the row whose country cell says "SE" or "Sweden")
    places = [f for e in intent.entities if (f := forms_of(e))]
    out = []
    for i, row in enumerate(table.rows):
        label = fold(table.label(row)).lower()
        if label and any(n in label or label in n for n in names):
            out.append(i)
        elif places and any(
            shown(f, c.text) for f in places for c in row if c is not None and c.kind == "text"
        ):
            out.append(i)
    return out


def _filter_rows(table: Table, intent: Intent, measure: int | None) -> tuple[list[int], str]:
    """Rows a cell value of the question picks ("in negotiation", "at the proposal stage", "Ravi's deals"):
    a text or person cell, outside the label column, whose words are all the question's. ([] when none)."""
    q = _words(" ".join(intent.terms) + " " + " ".join(intent.entities))
    label_col = table.label_col()
    by_value: dict[str, list[int]] = {}
    columns: dict[str, int] = {}
    for i, row in enumerate(table.rows):
        for j, c in enumerate(row):
            # (a term like "30 days net" picks rows as a status does)
            if c is None or j in (label_col, measure) or c.kind not in ("text", "person", "duration"):
                continue
            # (a word of one or two letters is another language's article or preposition: "Em trânsito")
            w = {x for x in _words(fold(c.text)) if len(x) > 2 or x.isdigit()}
            if w and (all(_said(x, q) for x in w) or (c.kind == "person" and w & q)):
                by_value.setdefault(c.text, []).append(i)
                columns[c.text] = j
    if len(by_value) == 1:
        value, rows = next(iter(by_value.items()))
        # ...with the same state qualified in its cell ("Em trânsito — atrasado" is still in transit)
        j = columns[value]
        qualified = re.compile(rf"{re.escape(value)}\s*(?:[-\u2013\u2014,(/:]|$)", re.I)
        rows = sorted(
            set(rows)
            | {i for i, row in enumerate(table.rows) if row[j] is not None and qualified.match(row[j].text)}
        )
        return rows, value
    if 1 < len(by_value) <= 3 and re.search(r"\b(?:or|and)\b|,", intent.question):
        # "the lots that were partial or unpaid": the rows of each state named, together
        rows = sorted({i for r in by_value.values() for i in r})
        return rows, " or ".join(by_value)
    return [], ""


# How long a word's start must be to stand for the word in another language's spelling of it ("partial" for
# "Partiel", "transit" for "Trânsito"): cognates share their first letters, unrelated words seldom five of them
COGNATE = 5


def _said(word: str, q: set[str]) -> bool:
    """Is a cell's word one of the question's, or the same word spelt in another language (its first COGNATE
    letters, both words at least that long)?"""
    if word in q:
        return True
    # ...or a word the glossary gives for one of them ("Kapatıldı" is "closed", "Sevk edildi" "shipped")
    if any(stem(e) in q or e in q for e in glossary.english(word)):
        return True
    return len(word) >= COGNATE and any(len(t) >= COGNATE and t[:COGNATE] == word[:COGNATE] for t in q)


def _rows_counted(table: Table, q: str) -> bool:
    """Does the count ask for the table's rows themselves: the things counted are what the rows' own column is
    headed by ("how many POs": the "PO" column), so each row is one of them (the rows were already picked by whoever
    listed them: "the overdue POs I listed")?"""
    # (the things a count is of: "how many overdue POs", "count the jobs", "the number of open orders")
    counted = counted_noun(q)
    if not counted:
        return False
    noun = counted.split()[-1]
    forms = {noun, noun[:-1], stem(noun)}
    # ...unless the table has a column of states ("Paid", "Partial", "Unpaid": a few values over many rows): then a
    # count's other words may pick rows by a state the filter could not read, and all the rows are not the answer
    for col, kind in enumerate(table.kinds):
        values = [r[col].text.lower() for r in table.rows if r[col] is not None]
        if kind == "text" and len(values) >= 4 and len(set(values)) <= len(values) / 2:
            return False
    # (the column that names the rows: the first one, or the label column; "Order Qty" further right is not it)
    heads = {0, table.label_col()}
    return any(_words(table.header[i].text) & forms or table.header[i].text.lower() in forms for i in heads)


def _names_a_header(cand: Candidate, intent: Intent, q: set[str]) -> int:
    """How a screen's table header is named by the question: 2 by an abbreviation it spells out ("minimum order
    quantity" for "MOQ"), 1 by a word of it, 0 not at all."""
    t = grid(cand.lines)
    if t is None:
        return 0
    if any(_spelt_out(h.text, intent) for h in t.header):
        return 2
    # (a table with a column of the rows asked for, "which tenant": the ledger of tenants, not a payment history)
    return int(any(_words(h.text) & q for h in t.header)) + int(asked_column(t, intent.question) is not None)


# "which of our tenants", "which supplier", "what lot": the noun naming the rows' kind
ASKED_ROWS = re.compile(
    r"\b(?:which|what)\s+(?:one\s+)?(?:of\s+(?:our|the|my|their|these|those|all(?:\s+the)?)\s+)?([a-z]+)\b",
    re.I,
)


GENERIC_ROWS = {
    "item",
    "items",
    "row",
    "rows",
    "line",
    "lines",
    "entry",
    "entries",
    "thing",
    "things",
    "option",
}


def asked_column(table: Table, q: str, measure: int | None = None) -> int | None:
    """The column whose header is the noun the question asks for ("which of our tenants pays the highest rent":
    the "Tenant" column), when exactly one is: its cell names the row picked, more than the row's first cell
    (a lot number) does. None when the question asks no such noun or no header is it."""
    asked = ASKED_ROWS.search(q)
    # ("which item", "which line": any table's rows are items; the noun names no column)
    if not asked or asked.group(1).lower() in STOP | GENERIC_ROWS:
        return None
    noun = stem(asked.group(1).lower())
    cols = [i for i, h in enumerate(table.header) if i != measure and noun in _words(h.text)]
    return cols[0] if len(cols) == 1 else None


def _spelt_out(header: str, intent: Intent) -> bool:
    """Does the question spell out an abbreviation the header uses ("minimum order quantity" for "MOQ (pcs)",
    "purchase order" for "PO")? Initials of two to four consecutive words of the question, "of"/"the" skipped."""
    acronyms = {t.lower() for t in re.findall(r"\b[A-Z]{2,5}\b", header)}
    if not acronyms:
        return False
    words = [
        w
        for w in re.findall(r"[A-Za-z]+", intent.question)
        if w.lower() not in ("of", "the", "a", "an", "and")
    ]
    return any(
        "".join(w[0] for w in words[i : i + n]).lower() in acronyms
        for n in (2, 3, 4)
        for i in range(len(words) - n + 1)
    )


@cache
def _document_stems() -> frozenset[str]:
    from autocapture.query.compose import DOCUMENT_WORDS  # (compose reads tables' answers: imported late)

    return frozenset(stem(w) for w in DOCUMENT_WORDS)


def _names_column(header: str, q: set[str]) -> bool:
    """Does the question name this column? A word of it in the header, by its stem ("budgeted" names "Budget"); a
    document's noun only as written ("order" names an "Order" column, not "Ordered": the question's "distributor
    order" is the page the table is on)."""
    shared = _words(header) & q
    raw = set(re.findall(r"[a-z]+", header.lower()))
    return any(w not in _document_stems() or w in raw for w in shared)


def _choose_column(
    table: Table, intent: Intent, kinds: set[str], means, title: str = ""
) -> tuple[int | None, str]:
    """(the column asked for, how it was told): among the columns of the kind asked, the only one ("only"), the
    one whose header holds the question's words ("named"), the plain money column when the question names none
    ("plain": "worth", "in pounds" is the Amount, not the Weighted beside it), or the one the question's words
    mean, clearly better than the others ("meaning"). (None, "") when the table does not tell."""
    cols = [i for i in range(len(table.header)) if table.kind(i) in kinds]
    if len(cols) <= 1:
        return (cols[0], "only") if cols else (None, "")
    q = _words(" ".join(intent.terms))
    if kinds == {"duration"}:
        q -= {"time", "period", "duration", "long"}  # ("the most time to pay": which time is the question's)
    named = [
        i for i in cols if _names_column(table.header[i].text, q) or _spelt_out(table.header[i].text, intent)
    ]
    if len(named) == 1:
        return named[0], "named"
    # a column the question names by a code ("Q1", "2027", "Week 46") that no header holds (misread: "Qi") is
    # not told by the table: neither the plain column nor meaning may stand in for it
    heads = set().union(*(_words(h.text) for h in table.header))
    rows = set().union(*(_words(table.label(r)) for r in table.rows)) | _words(
        title
    )  # ("the Q4 sheet": its title)
    if any(re.search(r"\d", t) and t not in heads and t not in rows for t in q) and not named:
        return None, ""
    if re.search(
        r"\bper (?!cent\b|year\b|annum\b|month\b)\w+|\beach\b|\bapiece\b|\ba piece\b", intent.question, re.I
    ):
        # "what do we pay per shaft", "how much each": the price of one, not the line's amount
        unit = [
            i
            for i in cols
            if re.search(r"\b(unit|each|per|rate|ea)\b|^\s*price\b", table.header[i].text, re.I)
        ]
        if len(unit) == 1:
            return unit[0], "named"
    plain = [i for i in cols if table.header[i].text.lower().strip(" :") in PLAIN_MONEY]
    if len(plain) == 1 and not named:
        return plain[0], "plain"
    if means is not None:
        asked = " ".join(t for t in intent.terms if not any(t in e.lower() for e in intent.entities))
        if kinds == {"duration"}:
            # "deliver fastest", "the quickest turnaround": speed is said of time, which the header names
            asked = re.sub(SPEED_WORDS, "time", asked)
        scored = sorted(((means(asked, table.header[i].text), i) for i in named or cols), reverse=True)
        floor = MEANING_DURATION if kinds == {"duration"} else MEASURE_MEANING
        if asked and scored[0][0] >= floor and scored[0][0] - scored[1][0] >= MEANING_MARGIN:
            return scored[0][1], "meaning"
    return None, ""


def _days(c: Cell) -> float | None:
    """A period cell's length in days ("30 days net" 30, "6 weeks" 42); a bare number is in its header's unit."""
    if m := DURATION.match(c.text):
        unit = m.group(2).lower()
        return float(m.group(1).replace(",", ".")) * UNIT_DAYS.get(unit[:2], UNIT_DAYS.get(unit[:1], 1))
    return parse_amount(c.text)  # (the column's unit is the header's: comparable as they stand)


def _value(c: Cell, kind: str = "") -> float | datetime | None:
    if c.kind == "percent":
        return float(re.sub(r"[^\d.,-]", "", c.text).replace(",", "."))
    if c.kind == "date":
        return day_of(c.text)
    if c.kind == "duration" or (c.kind == "number" and kind == "duration"):
        return _days(c)
    return parse_amount(c.text)


def _cite(ev: Evidence, cand: Candidate, c: Cell, label: str) -> Claim:
    return Claim(f"{label} {c.text}", [ev.cite(cand.frame, c.box, c.text)])


def _where(ev: Evidence, cand: Candidate) -> str:
    return f"{cand.frame.title or cand.frame.app}, {fmt_time(ev.local(cand.frame.ts))}"


KINDS = {
    "amount": {"amount"},
    "number": {"number", "percent", "amount"},
    "count": {"number"},
    "person": {"person"},
    "datetime": {"date"},
}


def _kinds(intent: Intent) -> set[str]:
    q = intent.question
    if PERCENT_ASKED.search(q):
        return {"percent"}
    if TIME_SUPERLATIVE.search(q):
        return {"duration"}  # "which supplier delivers fastest": the row with the shortest period
    if re.search(
        r"\b(close|closes|closing|due|sooner|earlier|later|first|last|date|deadline|when|earliest|latest|oldest|"
        r"newest|overdue)\b",
        q,
        re.I,
    ) and (intent.family == "compare" or re.search(r"\b(which|what|whose)\b", q, re.I)):
        return (
            {"date"}
            if intent.answer_type in ("text", "name", "datetime")
            else KINDS.get(intent.answer_type, set())
        )
    return KINDS.get(intent.answer_type, {"amount"} if intent.family in ("extreme", "sum") else set())


def answer(ev: Evidence, intent: Intent, cands: list[Candidate], means=None) -> Result | None:
    """A table's answer to the question, or None when no table on the best screens tells it unambiguously.
    Only screens that match the question nearly as well as the best one are read: a table elsewhere that
    happens to name a row ("Vienna" in a policy's hotel caps) does not answer for the invoice asked about."""
    top = cands[0].score if cands else 0.0
    # (a whole column's extreme or sum is asked of "the pipeline", "the sheet": its screen may rank lower)
    near = NEAR_TOP if intent.family == "fact" else NEAR_TOP_AGGREGATE
    tried: set[tuple] = set()
    # (a screen ranked lower holds the table when its header names what the question asks about: "the highest
    # win probability" is the Probability column of the pipeline, under deal pages that say "win")
    q = _words(" ".join(intent.terms))
    specific = _kinds(intent) & {
        "percent",
        "date",
        "person",
        "duration",
    }  # ("most likely to be won": its percent column)
    best = [c for c in cands[:6] if c.score >= near * top]
    headed = [
        c
        for c in cands[:HEADED_SCREENS]
        if all(c is not b for b in best)  # (ranked lower, or past the six best of a close field)
        and intent.family != "fact"
        and (t := grid(c.lines)) is not None
        and (
            any(_words(h.text) & q or _spelt_out(h.text, intent) for h in t.header) or specific & set(t.kinds)
        )
    ]
    order = best + headed
    if intent.family != "fact":
        # a table whose header the question names ("the lowest minimum order quantity": "MOQ (pcs)") before one
        # whose only figures happen to be of the kind asked (an order's item numbers)
        order = sorted(order, key=lambda c: -_names_a_header(c, intent, q))
        # "which of our tenants": when a table has a column of tenants, a table without one (a tenant's payment
        # history, by month) answers about something else
        with_rows = [
            c
            for c in order
            if (t := grid(c.lines)) is not None and asked_column(t, intent.question) is not None
        ]
        order = with_rows or order
    for cand in order:
        window = (cand.frame.app, cand.frame.title)
        if window in tried:
            continue
        tried.add(window)
        # a sheet is edited over the day: its latest screen holds the values as they stand (the first one when
        # the question asks for the first or original state: intent.BEFORE_EDIT sets the ordinal)
        same = [c for c in cands if (c.frame.app, c.frame.title) == window]
        first = intent.ordinal == "first"
        if intent.family == "extreme":
            # the largest or smallest seen on any of the window's screens (a cell edited later counts as what
            # was on screen then), the first screen that showed it cited
            found = [
                r
                for c in sorted(same, key=lambda c: c.frame.ts)[:MAX_SCREENS]
                if (table := grid(c.lines)) is not None
                and (r := _on_table(ev, intent, c, table, means)) is not None
                and "extreme" in r.fields
            ]
            if found:
                pick = min if (intent.extreme or "max") == "min" else max
                best = pick(r.fields["extreme"] for r in found)
                chosen = next(r for r in found if r.fields["extreme"] == best)
                chosen.fields.pop("extreme")
                return chosen
            continue
        for c in sorted(same, key=lambda c: c.frame.ts, reverse=not first):
            table = grid(c.lines)
            if table is not None:
                result = _on_table(ev, intent, c, table, means)
                if result is not None:
                    result.fields.pop("extreme", None)
                    return result
                break
    return None


# How many of the best screens are read for a table of items.
ITEM_SCREENS = 20
# A tax line of a document is charged on its items, not one of them.
TAX_ROW = re.compile(r"\b(?:sales tax|tax|vat|mwst|ust|gst|iva)\b", re.I)


def word_cell(ev: Evidence, intent: Intent, cands: list[Candidate], means=None) -> Result | None:
    """A cell of a table of words (a ticket list, a file list): "what's the subject of ticket #48220", "which
    clinic has the seat problem". The row is the one holding the question's code ("#48220"), else the one cell
    that holds two of the question's words or more, else the only row any of them is in; the column is the one whose header the question says, else the
    one whose values are of that noun ("which clinic": "Moss Creek Clinic"), else the one the noun means, clearly
    (MEASURE_MEANING, MEANING_MARGIN). None unless both are told."""
    if intent.family != "fact" or intent.answer_type not in ("text", "name", "person", "identifier"):
        return None
    asked = re.search(r"\b(?:which|what)(?:'s| is| was)?\s+(?:the\s+)?([a-z]+)\b", intent.question, re.I)
    # (a name after "what's" is whose value is asked, not which column: "what's Julien Mercier's phone number")
    noun = asked.group(1).lower() if asked and asked.group(1)[0].islower() else ""
    codes = {re.sub(r"\D", "", c) for c in re.findall(r"#?\b[A-Z]*-?\d{3,}\b", intent.question)}
    terms = {stem(t) for t in intent.terms if t.isalpha() and t not in STOP} - {stem(noun)}
    top = cands[0].score if cands else 0.0
    for cand in [c for c in cands[:6] if c.score >= NEAR_TOP * top]:  # (as for any table: the best screens)
        table = grid(cand.lines, words_only=True)
        if table is None:
            continue
        heads = [_words(h.text) for h in table.header]
        rows = (
            [
                i
                for i, row in enumerate(table.rows)
                if codes and any(c is not None and re.sub(r"\D", "", c.text) in codes for c in row)
            ]
            or [
                i
                for i, row in enumerate(table.rows)
                if any(c is not None and len(_words(c.text) & terms) >= 2 for c in row)
            ]
            or [  # ...or the only row any of the question's words is in ("the seat problem")
                i
                for i, row in enumerate(table.rows)
                if any(c is not None and _words(c.text) & terms for c in row)
            ]
        )
        if any(forms_of(e) for e in intent.entities):  # "at the Czech foundry": the row of that country only
            rows = [i for i in rows if i in _named_rows(table, intent)] or _named_rows(table, intent)
        if len(rows) != 1:
            continue
        named = [j for j, h in enumerate(heads) if stem(noun) in h or noun in h]
        if not named and noun:  # "which clinic": the column whose values are clinics ("Moss Creek Clinic")
            named = sorted(
                {
                    j
                    for row in table.rows
                    for j, c in enumerate(row)
                    if c is not None and stem(noun) in _words(c.text)
                }
            )
        if not named and means is not None and noun:
            scored = sorted(((means(noun, h.text), j) for j, h in enumerate(table.header)), reverse=True)
            if scored[0][0] >= MEASURE_MEANING and scored[0][0] - scored[1][0] >= MEANING_MARGIN:
                named = [scored[0][1]]
        if len(named) != 1:
            continue
        cell = table.rows[rows[0]][named[0]]
        if cell is None or (intent.answer_type == "person" and not starts_with_given_name(cell.text)):
            continue  # (a person is asked: a company's name in the cell is not one)
        head, label = table.header[named[0]].text, table.label(table.rows[rows[0]])
        return Result(
            "ok",
            f"{cell.text} \u2014 {head} of {label} ({_where(ev, cand)}).",
            {"value": cell.text, "row": label, "column": head, "answer_type": intent.answer_type},
            [_cite(ev, cand, cell, head)],
        )
    return None


def line_items(ev: Evidence, intent: Intent, cands: list[Candidate]) -> Result | None:
    """ "What's on the Harrowgate quote, line by line": the rows of the document's table, each by its label cell
    (with its amount, the table's last money column), totals and tax rows out. The best screens only, as for any
    table answer; None when none of them holds a table of two items or more."""
    kind = document_kind(intent.question)
    said = re.compile(rf"\b(?:{'|'.join(kind)})s?\b", re.I) if kind else None
    for cand in cands[:ITEM_SCREENS]:
        # (a quote asked about is a screen that says quote, quotation or offer: not the pipeline sheet's rows)
        if said and not said.search(f"{cand.frame.title} {cand.text}"):
            continue
        table = grid(cand.lines, min_cols=2)
        if table is None:
            continue
        label = table.description_col()
        money = [i for i, k in enumerate(table.kinds) if k == "amount"]
        rows = [
            r
            for r in table.rows
            if r[label] is not None
            and not TOTAL_ROW.search(r[label].text)
            and not TAX_ROW.search(r[label].text)
            and any(c is not None and c.kind != "text" for c in r)
        ]
        if len(rows) < 2:
            continue
        items = [
            r[label].text + (f" ({r[money[-1]].text})" if money and r[money[-1]] is not None else "")
            for r in rows
        ]
        return Result(
            "ok",
            f"{len(items)} items: " + "; ".join(items) + f" ({_where(ev, cand)}).",
            {"values": [r[label].text for r in rows], "answer_type": "list"},
            [_cite(ev, cand, r[label], "item") for r in rows],
        )
    return None


def _option_columns(table: Table, options: tuple, row_label: str) -> tuple[int, int] | None:
    """The two figure columns the two sides of "the difference between the Harrowgate amount and its weighted
    value" name: for each side, the column whose header's words it says most fully (the row's own name aside);
    None unless both sides name a different column."""

    def words(text: str) -> set[str]:  # (every word: "Amount" names a column here, STOP or not)
        return {
            stem(w)
            for w in re.findall(r"[a-z0-9]+", text.lower())
            if w not in ("the", "its", "their", "a", "an")
        }

    row = words(row_label)
    cols = [i for i, k in enumerate(table.kinds) if k in ("amount", "number", "percent")]
    picked: list[int] = []
    for option in options:
        said = words(option) - row
        fit = [
            (len(h & said) / len(h), i)
            for i in cols
            if i not in picked and (h := words(table.header[i].text)) and h & said
        ]
        if not fit:
            return None
        picked.append(max(fit)[1])
    return picked[0], picked[1]


def _difference_on_row(
    ev: Evidence, intent: Intent, cand: Candidate, table: Table, row: int
) -> Result | None:
    cells = _option_columns(table, intent.options, table.label(table.rows[row]))
    if cells is None:
        return None
    a, b = (table.rows[row][i] for i in cells)
    va, vb = (_value(c) if c is not None else None for c in (a, b))
    if not isinstance(va, float) or not isinstance(vb, float):
        return None
    delta = round(va - vb, 2)
    label = table.label(table.rows[row])
    owns = "'" if label.endswith("s") else "'s"
    return Result(
        "ok",
        f"The difference is {format_like(abs(delta), [a.text, b.text])}: {label}{owns} "
        f"{table.header[cells[0]].text} "
        f"{a.text} is {'more' if delta >= 0 else 'less'} than its {table.header[cells[1]].text} {b.text} "
        f"({_where(ev, cand)}).",
        {"from": b.text, "to": a.text, "difference": delta, "abs_difference": abs(delta), "row": label},
        [_cite(ev, cand, a, table.header[cells[0]].text), _cite(ev, cand, b, table.header[cells[1]].text)],
    )


def _on_table(ev: Evidence, intent: Intent, cand: Candidate, table: Table, means) -> Result | None:
    q = intent.question
    kinds = _kinds(intent)
    named = _named_rows(table, intent)
    # two columns of one named row ("the difference between the Harrowgate amount and its weighted value")
    if intent.family == "difference" and len(intent.options) == 2:
        return _difference_on_row(ev, intent, cand, table, named[0]) if len(named) == 1 else None
    # a row named and one column: the cell ("what's Calder Foods worth", "whose deal is Sefton", "the maximum
    # hotel rate for Vienna": the named row's cap, not the largest cap)
    if intent.family in ("fact", "extreme") and intent.answer_type != "count" and len(named) == 1 and kinds:
        col, _how = _choose_column(table, intent, kinds, means, cand.frame.title or "")
        cell = table.rows[named[0]][col] if col is not None else None
        if cell is None:
            return None
        head = table.header[col].text
        return Result(
            "ok",
            f"{cell.text} \u2014 {table.label(table.rows[named[0]])}, {head} ({_where(ev, cand)}).",
            {"value": cell.text, "row": table.label(table.rows[named[0]]), "column": head},
            [_cite(ev, cand, cell, head)],
        )
    # a named row and a column the question names by its words, whatever its values are ("what payment period
    # does the Spanish supplier offer": the "Payment terms" cell of the ES row, "45 days net")
    if intent.family == "fact" and not kinds and len(named) == 1:
        row = table.rows[named[0]]
        asked = _words(" ".join(intent.terms)) - _words(table.label(row))
        cols = [
            i
            for i, h in enumerate(table.header)
            if i != table.label_col() and row[i] is not None and _words(h.text) & asked
        ]
        if len(cols) == 1:
            cell, head = row[cols[0]], table.header[cols[0]].text
            return Result(
                "ok",
                f"{cell.text} \u2014 {table.label(row)}, {head} ({_where(ev, cand)}).",
                {"value": cell.text, "row": table.label(row), "column": head},
                [_cite(ev, cand, cell, head)],
            )
    # "how many times is the LSM 980 booked": the rows the thing names, counted
    if (
        intent.answer_type == "count"
        and intent.family == "fact"
        and named
        and re.search(r"\bhow (?:many times|often)\b", q, re.I)
    ):
        label_col = table.label_col()
        labels = [table.label(table.rows[i]) for i in named]
        return Result(
            "ok",
            f"{len(named)} rows: " + "; ".join(labels) + f" ({_where(ev, cand)}).",
            {"count": len(named), "rows": labels},
            [
                _cite(ev, cand, table.rows[i][label_col], labels[k])
                for k, i in enumerate(named)
                if table.rows[i][label_col] is not None
            ],
        )
    # rows picked by a cell value, counted ("how many are at the proposal stage")
    if intent.answer_type == "count" and intent.family == "fact" and not named:
        rows, value = _filter_rows(table, intent, None)
        if not rows and _rows_counted(table, intent.question):
            rows = list(range(len(table.rows)))  # "count the overdue POs I listed": the listed table's rows
        if not rows:
            return None
        label_col = table.label_col()
        return Result(
            "ok",
            f"{len(rows)} rows{f' are {value}' if value else ''}: "
            + "; ".join(table.label(table.rows[i]) for i in rows)
            + f" ({_where(ev, cand)}).",
            {"count": len(rows), "value": value, "rows": [table.label(table.rows[i]) for i in rows]},
            [
                _cite(ev, cand, table.rows[i][label_col], value)
                for i in rows
                if table.rows[i][label_col] is not None
            ],
        )
    extreme = intent.extreme or (
        "min"
        if re.search(
            r"\b(first|sooner|soonest|earlier|earliest|least|lowest|smallest|fewest|weakest|fastest|quickest|"
            r"shortest)\b",
            q,
            re.I,
        )
        else "max"
        if re.search(r"\b(last|later|latest|most|highest|largest|biggest|tops?|strongest)\b", q, re.I)
        else None
    )
    if intent.family not in ("extreme", "sum", "compare", "fact") or not kinds or asked_kind(q):
        # ("which month/quarter had the most": a column or a row named by a time is asked; the amounts family
        # tells which of the two the table's layout makes it)
        return None
    # "the most generous payment terms", "the smallest MOQ": the column the question names, whatever its figures
    # are (periods, plain numbers), when the kind asked for was only guessed from the wording
    q_words = _words(" ".join(intent.terms))
    if asked := re.search(r"\b(?:which|what)\s+([a-z]+)\b", q, re.I):
        q_words -= _words(
            asked.group(1)
        )  # ("which item": the rows' noun, an "Item" number column is no measure)
    kinds = kinds | {
        table.kind(i)
        for i, h in enumerate(table.header)
        if table.kind(i) in ("duration", "number")
        and intent.answer_type not in ("datetime", "person")
        and (_words(h.text) & q_words or _spelt_out(h.text, intent))
    }
    col, how = _choose_column(table, intent, kinds, means, cand.frame.title or "")
    if col is None or (how == "meaning" and kinds != {"duration"}):
        # over a whole column, the column must be told by its name, its kind or as the plain one (or, for a
        # period, by meaning: "fastest" names no header, and "Lead time" is what it means)
        return None
    rows, value = _filter_rows(table, intent, col)
    if intent.family == "compare" or (intent.family == "fact" and len(named) >= 2):
        rows = named if len(named) >= 2 else rows
    if intent.family == "sum" and not rows:
        return None  # a sum of rows the question picks by a value ("in negotiation"); other sums are read
    # a total row is no row of its own ("which department spent the most": not "Total"), nor is a summary line
    # under the items with no name of its own ("Net amount", "VAT 19 %" written in the price column)
    named_rows = sum(bool(table.label(r)) for r in table.rows)
    rows = [
        i
        for i in rows or range(len(table.rows))
        if not TOTAL_ROW.search(table.label(table.rows[i]))
        and not (named_rows >= 2 and not table.label(table.rows[i]))
    ]
    valued = [
        (v, i)
        for i in rows
        if (c := table.rows[i][col]) is not None and (v := _value(c, table.kind(col))) is not None
    ]
    if not valued:
        return None
    head = table.header[col].text
    if intent.family == "sum":
        if any(isinstance(v, datetime) for v, _ in valued):
            return None
        total = sum(v for v, _ in valued)
        cells = [table.rows[i][col] for _, i in valued]
        shown = format_like(total, [c.text for c in cells])
        return Result(
            "ok",
            f"The {len(cells)} rows{f' in {value}' if value else ''} add up to {shown} ({head}: "
            + " + ".join(c.text for c in cells)
            + f"; {_where(ev, cand)}).",
            {"total": total, "value": shown, "rows": [table.label(table.rows[i]) for _, i in valued]},
            [_cite(ev, cand, c, head) for c in cells],
        )
    if extreme is None:
        return None
    pick = min(valued) if extreme == "min" else max(valued)
    row = table.rows[pick[1]]
    cell = row[col]
    which = re.search(r"\b(which|who|whose|where)\b", q, re.I) or intent.family == "compare"
    label = table.label(row)
    people = [i for i, k in enumerate(table.kinds) if k == "person"]
    if re.match(r"\s*(?:who|whose)\b", q, re.I) and len(people) == 1 and row[people[0]] is not None:
        # "who owns the largest deal": the row's person, not its name
        who = row[people[0]]
        return Result(
            "ok",
            f"{who.text} \u2014 {table.header[people[0]].text} of {label}, {head} {cell.text}, the "
            f"{'lowest' if extreme == 'min' else 'highest'} of {len(valued)} rows ({_where(ev, cand)}).",
            {
                "value": who.text,
                "person": who.text,
                "row": label,
                "column": head,
                "cell": cell.text,
                "extreme": pick[0],
            },
            [_cite(ev, cand, who, table.header[people[0]].text), _cite(ev, cand, cell, head)],
        )
    named_col = asked_column(table, q, col) if which else None
    if named_col is not None and row[named_col] is not None:
        label = row[named_col].text  # "which tenant": the Tenant cell of the row, not its lot number
    if which:
        return Result(
            "ok",
            f"{label} \u2014 {head} {cell.text}, the {'lowest' if extreme == 'min' else 'highest'} of "
            f"{len(valued)} rows ({_where(ev, cand)}).",
            {"value": label, "row": label, "column": head, "cell": cell.text, "extreme": pick[0]},
            [_cite(ev, cand, cell, head)],
        )
    return Result(
        "ok",
        f"The {'smallest' if extreme == 'min' else 'largest'} {head} is {cell.text}, for {label} "
        f"({_where(ev, cand)}).",
        {"value": cell.text, "row": label, "column": head, "extreme": pick[0]},
        [_cite(ev, cand, cell, head)],
    )
