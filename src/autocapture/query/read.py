"""The reader: candidate answer spans of the asked type on the retrieved screens, scored by how strongly the
screen around each span speaks to the question.

A value's context is where people put its label on any screen: on the same line ("Total due: $1,284.50"), to
its left on the same row (a form field, a table's row label), above it in the same column (a table's header,
a field's label on top), in the same block (an e-mail's body with its subject, a chat message with its
speaker), and the window's title. Each is matched against the question's terms weighted by rarity, plus the
line's embedding similarity to the question for paraphrases ("owe" for "Total due")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from autocapture.query import glossary
from autocapture.query.intent import (
    ID_EXPLICIT,
    PERCENT_ASKED,
    RANGE_ASKED,
    STOP,
    Intent,
    counted_noun,
    measured,
    stem,
)
from autocapture.query.names import starts_with_given_name
from autocapture.query.retrieve import ABSENT_WEIGHT, Candidate, Weights
from autocapture.query.scope import kind_words
from autocapture.query.values import (
    CLOCK,
    ORG_ACRONYM,
    PERSON_INITIALS,
    WEEKDAY,
    Span,
    fold,
    spans,
    time_ranges,
)
from autocapture.stages.sst import locate

# A label further left than this on the same row belongs to something else (a mail list's subject and sender
# columns stand ~930 px apart on a 1920 px screen).
ROW_GAP_PX = 1000
ABOVE_LINES = 3  # how far up (in line heights) a label above a value may be


@dataclass
class Reading:
    cand: Candidate
    line: dict
    span: Span
    score: float
    coverage: float  # share of the question's term weight found in the span's context
    sim: float  # embedding similarity of the span's line (or its label) to the question
    matched: set = field(default_factory=set)
    context: dict = field(default_factory=dict)  # which neighbours held the terms (for the answer's wording)
    screen_coverage: float = 0.0  # share of the question's term weight anywhere on the screen or its title
    screen_terms: frozenset = frozenset()
    header: str = ""  # a table cell's column header (the measure a figure is of)
    known_terms: frozenset = frozenset()  # the question's terms that are on some screen of the store
    column: str = ""  # the head of the grid column the line stands in, where the reader looked for one

    @property
    def frame(self):
        return self.cand.frame


def _h(line) -> int:
    return max(1, line["box"][3] - line["box"][1])


def _xoverlap(a, b) -> float:
    return min(a[2], b[2]) - max(a[0], b[0])


def same_row_left(lines: list[dict], line: dict) -> list[dict]:
    """The cells left of a line on its row, nearest first; a wide row is followed cell by cell (each gap under
    ROW_GAP_PX), so a table's label stays with its far-right column."""
    l, t, r, b = line["box"]
    row = sorted(
        (x for x in lines if x is not line and x["box"][2] <= l + 4 and _on_row(lines, x, t, b)),
        key=lambda x: -x["box"][2],
    )
    out, edge = [], l
    for x in row:
        if edge - x["box"][2] >= ROW_GAP_PX or not same_pane(lines, x, line):
            break
        out.append(x)
        edge = min(edge, x["box"][0])
    return out


NAME_MAX_WORDS = 6  # "which room/flat/venue" is answered by a name of at most this many words
PANE_REACH_PX = 300  # how far above and below a cell its column's other lines are looked at
ROW_ALIGN_PX = 3  # a table's cells of one row have their middles this close (OCR boxes vary with ascenders)
# Measured on the QA days: a mail list beside its reading pane pairs 8-18% of the pane's lines by height; an
# invoice's totals under its line items (the amounts column shared, the labels not) still pair 44%, table rows
# nearly all. One in four tells them apart; fewer than five lines in either column tell nothing.
PANE_MIN_PAIRED = 0.25
PANE_MIN_LINES = 5


def _mid(x: dict) -> float:
    return (x["box"][1] + x["box"][3]) / 2


def same_pane(lines: list[dict], left: dict, line: dict) -> bool:
    """Are two cells on one row part of one table or form, or side by side in different panes (a mail list
    and the reading pane beside it)? In a table the lines of the two columns stand in rows: most lines of the
    value's column have a line of the left column at the same height. Panes' lines are spaced each their own
    way and meet at one height only by chance ("Headcount review on Friday" in the list is not the label of
    the reading pane's "Relocation Consultant, ReloCare Europe"). Too few lines to tell: one pane."""

    def column(of: dict) -> list[dict]:
        l, r = of["box"][0], of["box"][2]
        return [
            x
            for x in lines
            if min(r, x["box"][2]) > max(l, x["box"][0]) and abs(_mid(x) - _mid(line)) <= PANE_REACH_PX
        ]

    mine, theirs = column(line), column(left)
    if len(mine) < PANE_MIN_LINES or len(theirs) < PANE_MIN_LINES:
        return True
    paired = sum(any(abs(_mid(p) - _mid(q)) <= ROW_ALIGN_PX for q in theirs) for p in mine)
    return paired >= PANE_MIN_PAIRED * len(mine)


def _on_row(lines: list[dict], x: dict, t: int, b: int) -> bool:
    """Is cell `x` on the row spanning t..b? Mostly overlapping it, or a label wrapped over two lines with the
    value centred beside them ("VAT 10 % / included" and "58,23 €" half a line lower)."""
    xt, xb = x["box"][1], x["box"][3]
    overlap = min(b, xb) - max(t, xt)
    if overlap > 0.5 * min(b - t, _h(x)):
        return True
    if overlap <= -0.6 * _h(x):
        return False
    top, bottom = _wrapped(lines, x)
    return (top, bottom) != (xt, xb) and min(b, bottom) - max(t, top) > 0.5 * (b - t)


def _wrapped(lines: list[dict], x: dict) -> tuple[int, int]:
    """The vertical extent of the cell a line belongs to: the line with its continuation below or its start above
    (same left edge, less than a line's gap apart)."""
    l, top, _, bottom = x["box"]
    h = _h(x)
    for y in lines:
        if y is x or abs(y["box"][0] - l) > 6:
            continue
        if 0 <= y["box"][1] - x["box"][3] <= 0.8 * h:
            bottom = max(bottom, y["box"][3])
        elif 0 <= x["box"][1] - y["box"][3] <= 0.8 * h:
            top = min(top, y["box"][1])
    return top, bottom


_PER_SCREEN: dict[tuple[str, int], tuple[list, set]] = {}


def per_screen(what: str, lines: list[dict], find):
    """`find(lines)` once per screen: the reader, the amount families and the table grid all ask, per line, what
    only the whole screen tells (the result is kept with its lines, so a recycled id never answers for another
    screen)."""
    hit = _PER_SCREEN.get((what, id(lines)))
    if hit is not None and hit[0] is lines:
        return hit[1]
    if len(_PER_SCREEN) > 512:
        _PER_SCREEN.clear()
    out = find(lines)
    _PER_SCREEN[(what, id(lines))] = (lines, out)
    return out


def row_numbers(lines: list[dict]) -> set[str]:
    """Lines that start with a spreadsheet's (or a numbered list's) row number: integers at one left edge that
    count up by one down the screen, three or more of them ("1 Week", "2 Week 44", "3 Week 45")."""
    return per_screen("row numbers", lines, _row_numbers)


def _row_numbers(lines: list[dict]) -> set[str]:
    columns: dict[int, list[tuple[int, int, str]]] = {}
    for ln in lines:
        if m := re.match(r"(\d{1,4})\b", ln["text"]):
            # one left edge, to within a few pixels
            x = next((c for c in columns if abs(c - ln["box"][0]) <= 6), ln["box"][0])
            columns.setdefault(x, []).append((ln["box"][1], int(m.group(1)), ln["id"]))
    out: set[str] = set()
    for col in columns.values():
        run: list[tuple[int, int, str]] = []
        for cur in sorted(col):
            if run and cur[1] != run[-1][1] + 1:
                if len(run) >= 3:
                    out.update(i for _, _, i in run)
                run = []
            run.append(cur)
        if len(run) >= 3:
            out.update(i for _, _, i in run)
    return out


def same_row_right(lines: list[dict], line: dict) -> list[dict]:
    l, t, r, b = line["box"]
    return sorted(
        (
            x
            for x in lines
            if x is not line
            and x["box"][0] >= r - 4
            and x["box"][0] - r < ROW_GAP_PX
            and min(b, x["box"][3]) - max(t, x["box"][1]) > 0.5 * min(b - t, _h(x))
        ),
        key=lambda x: x["box"][0],
    )


def above(lines: list[dict], line: dict) -> list[dict]:
    """Lines just above in the same column, nearest first."""
    l, t, r, b = line["box"]
    h = _h(line)
    return sorted(
        (
            x
            for x in lines
            if x is not line
            and x["box"][3] <= t + 2
            and t - x["box"][3] < ABOVE_LINES * h * 1.6
            and _xoverlap(x["box"], line["box"]) > 0
        ),
        key=lambda x: t - x["box"][3],
    )


# A name broken where the line ran out of room ("PDF Brightwell_Quote_Q-2026-" over "0418_Harrowgate.pdf" in an
# attachment chip): the first line ends inside a token (a hyphen, an underscore, a slash or a dot, no space).
# (a slash or a dot ends a path or a sentence as often: "pytest -q tests/")
_BROKEN_END = re.compile(r"[\w.-]*[A-Za-z0-9][-_]$")


def wrapped_names(lines: list[dict]) -> dict[str, dict]:
    """{first line's id: the two lines read as one} for every name wrapped onto the next line: the line right
    under the broken one, at the same left edge, going on with a name's characters (a digit, an underscore or a
    dot in its first word: "0418_Harrowgate.pdf", not "ee eee" dots of a test run). A file
    name, URL or identifier too long for its box is one value, and only its whole is the answer."""
    out: dict[str, dict] = {}
    for line in lines:
        text = line["text"].rstrip()
        if not _BROKEN_END.search(text) or len(text.split()[-1]) < 6:
            continue
        h = _h(line)
        nxt = min(
            (
                x
                for x in lines
                if x is not line
                and 0 <= x["box"][1] - line["box"][3] < 0.8 * h
                and abs(x["box"][0] - line["box"][0]) < 1.5 * h
                and re.match(
                    r"[\w.-]*[\d_.][\w.-]*(?:\s|$)", x["text"]
                )  # the rest of a name: "0418_Harrowgate.pdf"
            ),
            key=lambda x: x["box"][1],
            default=None,
        )
        if nxt is None:
            continue
        first = nxt["text"].split()[0]
        box = [min(line["box"][0], nxt["box"][0]), line["box"][1], max(line["box"][2], nxt["box"][2])]
        out[line["id"]] = dict(
            line,
            text=text + nxt["text"],
            box=[*box, nxt["box"][3]],
            words=(line.get("words") or []) + (nxt.get("words") or []),
            continued=nxt["id"],
            tail=first,
        )
    return out


VALUE_CELL = re.compile(r"\s*[-+(]?[$€£¥]?\s?[\d.,' \u202f\u00a0]+\s?(?:[$€£¥%]|[kKmM]|EUR|USD)?\)?\s*")


def _phrase_over(line: dict, l: int, r: int) -> list[str]:
    """The words of a header row over [l, r], widened to the whole header phrase: a right-aligned number sits
    under "(h)" of "First response (h)"; words a space apart belong together, columns are a wide gap apart."""
    words = sorted(line.get("words") or [], key=lambda w: w["box"][0])
    hit = [i for i, w in enumerate(words) if w["box"][0] < r and w["box"][2] > l]
    if not hit:
        return []
    i, j = hit[0], hit[-1]

    def near(a: dict, b: dict) -> bool:
        return b["box"][0] - a["box"][2] < 0.8 * max(_h(a), _h(b))

    while i > 0 and near(words[i - 1], words[i]):
        i -= 1
    while j + 1 < len(words) and near(words[j], words[j + 1]):
        j += 1
    return [w["text"] for w in words[i : j + 1]]


def header_words(lines: list[dict], line: dict, box: list[int]) -> str:
    """The column header above a cell by the cell's own box, word by word: a header row read as one line
    ("Department Q1 Q2 Q3") gives each column its own word, and value cells on the way up are skipped."""
    l, r = box[0], box[2]
    top = line["box"][1]
    figure = VALUE_CELL.fullmatch(line["text"]) is not None

    def by_interval(top: int) -> str:
        return _header_by_interval(lines, line, box, top) if figure else ""

    for _ in range(40):
        ups = [
            x
            for x in lines
            if x["box"][3] <= top + 2 and x["box"][0] < r and x["box"][2] > l and x is not line
        ]
        ups = [x for x in ups if not letter_bar(lines, x)]  # a sheet's "A B C" bar is no header
        if not ups:
            return by_interval(top)  # a figure with no header text over it
        nxt = max(ups, key=lambda x: x["box"][3])
        if top - nxt["box"][3] > 6 * _h(line):
            # a gap of empty rows: what is above belongs to another part of the screen, unless the header row
            # is just above, over other columns (a right-aligned figure under left-aligned headers)
            return by_interval(top)
        text = " ".join(_phrase_over(nxt, l, r)) or nxt["text"]
        # a label cell of another data row ("USB-C docking station" with "1 | 149,99 €" beside it) is not the
        # header of the label column: go on up to the row whose cells are words ("Item | Qty | Price")
        data_row = any(VALUE_CELL.fullmatch(x["text"]) for x in same_row_right(lines, nxt)[:3])
        if not VALUE_CELL.fullmatch(text) and not data_row:
            return _wrapped_header(lines, nxt, text)
        top = nxt["box"][1]
    return ""


def _wrapped_header(lines: list[dict], head: dict, text: str) -> str:
    """A header wrapped over two lines ("Einzelpreis / Unit" over "price"): the line just above it in the same
    column, no further than half a line, is its first half."""
    h = _h(head)
    above = [
        x
        for x in lines
        if x is not head
        and 0 <= head["box"][1] - x["box"][3] <= 0.6 * h
        and _xoverlap(x["box"], head["box"]) > 0
        and not VALUE_CELL.fullmatch(x["text"])
        and abs(_h(x) - h) <= 0.35 * h
    ]
    if len(above) != 1:
        return text
    return above[0]["text"] + " " + text


def _header_by_interval(lines: list[dict], line: dict, box: list[int], top: int) -> str:
    """The header of a cell that no header text stands over: a right-aligned figure under a left-aligned
    header ("May 2027" over "25"). The header row (the nearest row of words above the column's cells) splits
    the width into intervals, each header's from its start to the next one's; the cell's centre picks one."""
    above = [
        x for x in lines if x["box"][3] <= top + 2 and x is not line and not VALUE_CELL.fullmatch(x["text"])
    ]
    if not above:
        return ""
    near = max(above, key=lambda x: x["box"][3])
    row = sorted(
        (
            x
            for x in above
            if min(x["box"][3], near["box"][3]) - max(x["box"][1], near["box"][1]) > 0.5 * _h(near)
        ),
        key=lambda x: x["box"][0],
    )
    if len(row) < 2 or top - near["box"][3] > 6 * _h(line):
        return ""  # one phrase is a heading, not a header row; too far up is another part of the screen
    centre = (box[0] + box[2]) / 2
    starts = [x["box"][0] for x in row]
    for i, x in enumerate(row):
        end = starts[i + 1] if i + 1 < len(row) else x["box"][2] + (x["box"][2] - x["box"][0])
        if x["box"][0] <= centre < end:
            return x["text"]
    return ""


LEGAL_FORM = re.compile(
    r"(?:gmbh|ag|kg|ltd\.?|llc|inc\.?|plc|s\.?r\.?o\.?|a\.?s\.?|s\.?a\.?s?\.?|sarl|s\.?l\.?|s\.?p\.?a\.?|srl|b\.?v\.?|"
    r"n\.?v\.?|ab|oy|co\.?|corp\.?|ltda\.?|pvt\.?|limited|&)",
    re.I,
)


def labelled_rows(lines: list[dict], name: str, kind: str) -> list[dict]:
    """The lines where `name` labels a table row: the row's first cell is the name (a short line that is the
    name, give or take a word) and values of the asked kind stand to its right. A header row ("City | Hotel
    cap per night") holds none, nor does a mail list's row (a sender and a time) when an amount is asked."""
    low = fold(name).lower()  # ("Kovářík" read "Kovarik")
    gutter = row_numbers(lines)  # a sheet's row numbers stand left of its first column
    out = []
    for x in lines:
        text = fold(x["text"]).strip().lower()
        if x["id"] in gutter:  # "2 Harrowgate Logistics": the sheet's row number read with the first cell
            text = re.sub(r"^\d+\s+", "", text)
        # ...or a list's "Premium support: $3,600.00" (the name, a colon, its value on the line)
        labelled = re.match(rf"{re.escape(low)}\s*(?:\([^)]*\))?\s*:\s*(.+)$", text)
        if labelled and spans(labelled.group(1), kind):
            out.append(x)
            continue
        # (a company's legal form is no word more: "Kovarik Metal s.r.o." is labelled by "Kovářík")
        words = [w for w in text.split() if not LEGAL_FORM.fullmatch(w)]
        if not text.startswith(low) or len(words) > len(low.split()) + 1:
            continue
        if any(y["id"] not in gutter for y in same_row_left(lines, x)):
            continue
        if any(spans(y["text"], kind) for y in same_row_right(lines, x)):
            out.append(x)
    return out


def off_named_row(lines: list[dict], line: dict, names, kind: str) -> str | None:
    """A name of the question that labels a table row on this screen while the value is on none of its rows:
    the value belongs to another row or another part of the page ("Relocation allowance: 4.500 €" is not
    Munich's per diem, though Munich's row is on the same page). The name, or None."""
    for name in names:
        if name.lower() in line["text"].lower():
            continue
        rows = labelled_rows(lines, name, kind)
        if rows and not any(x is line or _on_row(lines, line, x["box"][1], x["box"][3]) for x in rows):
            return name
    return None


def column_header(lines: list[dict], line: dict) -> dict | None:
    """The top of the column a cell sits in: the nearest line above, overlapping it horizontally, that is not
    itself a value, reached through the cells of the same column (a table's header row)."""
    cur = line
    for _ in range(40):
        ups = [
            x
            for x in lines
            if x["box"][3] <= cur["box"][1] + 2
            and _xoverlap(x["box"], cur["box"]) > 0
            and cur["box"][1] - x["box"][3] < 4 * _h(cur)
        ]
        if not ups:
            return None
        nxt = max(ups, key=lambda x: x["box"][3])
        if letter_bar(lines, nxt):
            return None
        if not VALUE_CELL.fullmatch(nxt["text"]):  # "Q2", "2027", "Week 44" are headers; "118,500" is a cell
            return nxt
        cur = nxt
    return None


def column_below(lines: list[dict], line: dict, limit: int = 40) -> list[dict]:
    """The cells under a header cell, in its column: lines below it that overlap it horizontally and start within
    its span, nearest first (a header's column ends where the screen does; the first few dozen are enough)."""
    x0, x1 = line["box"][0], line["box"][2]
    under = [
        x
        for x in lines
        if x["box"][1] >= line["box"][3]
        and _xoverlap(x["box"], line["box"]) > 0
        and x0 - 20 <= x["box"][0] <= x1
    ]
    return sorted(under, key=lambda x: x["box"][1])[:limit]


def letter_bar(lines: list[dict], x: dict) -> bool:
    """Is x a cell of a spreadsheet's column-letter bar ("A  B  C  D" over the sheet, in Excel, Calc and Sheets
    alike)? It is no column's header: the header row is the first row of the sheet under it."""
    return id(x) in per_screen("letter bar", lines, _letter_bar)


def _letter_bar(lines: list[dict]) -> set[int]:
    """The bar's cells (by identity), told by shape: a letter or two (OCR reads "C" as "Cc"), in a row of three
    or more such."""
    letters = [x for x in lines if re.fullmatch(r"[A-Z][A-Za-z]?", x["text"].strip())]
    return {
        id(x)
        for x in letters
        if sum(min(x["box"][3], y["box"][3]) - max(x["box"][1], y["box"][1]) > 0 for y in letters) >= 3
    }


def column_head(lines: list[dict], line: dict) -> dict | None:
    """The topmost line of the column a table's text cell sits in, followed up cell by cell (each within four
    line heights of the one below): the column's header row ("Organization" over "Harborview Dental", "Pinecrest
    Realty", "Alder & Finch")."""
    cur, steps = line, 0
    for _ in range(60):
        ups = [
            x
            for x in lines
            if x["box"][3] <= cur["box"][1] + 2
            and _xoverlap(x["box"], line["box"])
            > 0  # (the cell's own column: a row read as one line spans more)
            and cur["box"][1] - x["box"][3] < 4 * _h(cur)
        ]
        if not ups:
            break
        nxt = max(ups, key=lambda x: x["box"][3])
        if letter_bar(lines, nxt):
            break  # the sheet's column letters: the row under them is the header row
        cur, steps = nxt, steps + 1
    return cur if steps else None


def column_top(lines: list[dict], line: dict) -> dict | None:
    """The head of the grid column a free-standing block sits in: the topmost short line above it, over at least
    half of the narrower of the two (a calendar's "Wed 25" over "Benefits vendor demo", a board's "In Review"
    over its cards). The window's own title bar is not a head."""
    l, t, r, _ = line["box"]
    heads = [
        x
        for x in lines
        if x is not line
        and x["box"][3] <= t
        and x["box"][1] > TITLE_BAR_PX
        and _xoverlap(x["box"], line["box"]) >= 0.5 * min(x["box"][2] - x["box"][0], r - l)
        and not letter_bar(lines, x)
    ]
    if not heads:
        return None
    top = min(heads, key=lambda x: x["box"][1])
    if len(top["text"].split()) > 4 or VALUE_CELL.fullmatch(top["text"]):
        return None
    # a grid's heads stand in a row of three or more ("Mon 23  Tue 24  Wed 25"); a page's heading alone is
    # the head of everything under it, which tells nothing
    t0, b0 = top["box"][1], top["box"][3]
    row = [
        x
        for x in lines
        if min(b0, x["box"][3]) - max(t0, x["box"][1]) > 0.5 * _h(top) and len(x["text"].split()) <= 4
    ]
    return top if len(row) >= 3 else None


TITLE_BAR_PX = 45  # a window's title bar at 1080p; its text is the title, known from the window record

# A heading: a few words, no digits, no sentence punctuation ("Root cause", "Action items", "Shipping address").
HEADING = re.compile(r"\s*[A-Z][A-Za-z&/'-]*(?:\s[A-Za-z&/'-]+){0,4}\s*:?\s*")
# Nouns that name what an identifier is ("Invoice RE-2026-1187", "Order #LC-558201", "phone number"): an
# identifier labelled as one kind is not the answer to a question about another.
GENERIC_ID_WORDS = {"number", "no", "id", "identifier", "reference", "ref", "code", "num", "key"}
ID_KINDS = {
    "invoice": "invoice",
    "rechnung": "invoice",
    "order": "order",
    "ticket": "ticket",
    "issue": "ticket",
    "case": "ticket",
    "incident": "ticket",
    "phone": "phone",
    "telephone": "phone",
    "tel": "phone",
    "mobile": "phone",
    "cell": "phone",
    "fax": "phone",
    "call": "phone",  # "which number can I call her on" (not "from the discovery call": see id_fits)
    "tracking": "tracking",
    "shipment": "tracking",
    "parcel": "tracking",
    "vat": "tax",
    "tax": "tax",
    "iban": "bank",
    "account": "bank",
    "bic": "bank",
    "swift": "bank",
    "customer": "customer",
    "employee": "employee",
    "room": "room",
    "flight": "flight",
    "booking": "booking",
    "quote": "quote",
    "quotation": "quote",
    "offer": "quote",
    "proposal": "quote",
    "angebot": "quote",
    "contract": "contract",
    "agreement": "contract",
    "reservation": "booking",
    "confirmation": "booking",
    "po": "po",
    "purchase": "po",
    "transfer": "transfer",
    "reference": "reference",
    "ref": "reference",
    "asset": "asset",
    "serial": "asset",
    "inventory": "asset",
    "tag": "asset",
    "commit": "commit",
    "sha": "commit",
    "hash": "commit",
    "revision": "commit",
    "version": "version",
    "release": "version",
    "image": "version",
    "build": "version",
    "container": "container",
    # a company's registration ("org.nr 556734-0918", "CVR 12345678", "Handelsregister HRB 12345", "SIRET ...")
    "org": "company",
    "orgnr": "company",
    "organisation": "company",
    "organization": "company",
    "registration": "company",
    "cvr": "company",
    "siret": "company",
    "siren": "company",
    "handelsregister": "company",
    "hrb": "company",
}
# A freight container's number (ISO 6346): the owner's three letters, the category letter (U, J or Z) and six
# digits with a check digit. A container is told by its number's shape, wherever the screen writes it.
CONTAINER_NUMBER = re.compile(r"[A-Z]{3}[UJZ]\s?\d{6}\s?-?\d")
PHONE = re.compile(r"^\+?[\d\s().-]{7,}$")
# A phone asked for without the word: "her direct line", "the landline", "which number does he WhatsApp me from"
PHONE_ASKED = re.compile(
    r"\b(?:direct (?:line|dial)|landline|switchboard number|hotline)\b|\bnumber\b.*\b(?:message|text|whatsapp|"
    r"sms|ring|call)\w*\b.*\bfrom\b"
    # "how do I ring the buyer", "how can we reach the clinic by phone": a number to dial
    r"|\bhow (?:do|can|could|should|would) (?:i|we) (?:ring|dial|phone|call)\b|\bby phone\b",
    re.I,
)


# The words for "number" a compound label ends with ("Bokningsnummer", "Rechnungsnummer", "Telefonnummer",
# "numero de pedido" is two words and read as two): what is left names the code's kind
NUMBER_ENDINGS = ("nummer", "numero", "numer", "numara", "numarasi", "nr", "no")


@lru_cache(maxsize=1024)
def label_kind(word: str) -> str | None:
    """The kind of code a label word names, in English or in the screen's language ("Teléfono" a phone,
    "Bokningsnummer" a booking, "Rechnungsnummer" an invoice), or None. The glossary gives a foreign word's English
    ones; a compound ending in a word for "number" is its first part's kind."""
    w = fold(word.lower())
    if w in ID_KINDS:
        return ID_KINDS[w]
    kinds = [ID_KINDS[e] for e in glossary.english(w) if e in ID_KINDS]
    if kinds:
        return kinds[0]
    for end in NUMBER_ENDINGS:
        head = w[: -len(end)].rstrip("s-") if w.endswith(end) and len(w) - len(end) >= 3 else ""
        if head and (kind := label_kind(head)):
            return kind
    return None


def is_number_word(word: str) -> bool:
    """ "no", "nr", "number", "id", "num", "code", and "numero", "Nummer", "numara" (what a label puts between
    its kind and the code: "Customer no.: KD-20931", "Número de pedido")."""
    w = fold(word.lower())
    return w in ("no", "nr", "number", "id", "num", "code", "nro") or "number" in glossary.english(w)


@lru_cache(maxsize=256)  # (asked of every code span read for a question)
def phone_asked(question: str) -> bool:
    """Is a phone number asked for without the word "phone"? "Sabine's direct line?", and "Mei's number?": a
    name owning a bare "number" at the end of a question is the number to ring her on."""
    if PHONE_ASKED.search(question):
        return True
    owner = re.search(r"\b([A-Z][a-z]+)['\u2019]s\s+(?:number|no\.?)\s*[?.!]*$", question)
    return bool(owner) and owner.group(1).lower() not in ID_KINDS


def _other_than_phone(question: str, label: str) -> bool:
    """Does a phone question meet a number labelled as another kind of code ("Tracking" over "3349 7712 0458")?
    ("call" names a phone only beside "number" or "dial", as id_fits reads it: not counted here.)"""
    words_asked = set(re.findall(r"[a-z]+", question.lower()))
    if not (phone_asked(question) or any(ID_KINDS.get(w) == "phone" for w in words_asked - {"call"})):
        return False
    words = [w for w in re.findall(r"[a-z]+", label.lower()) if w not in GENERIC_ID_WORDS]
    return bool(words) and ID_KINDS.get(words[-1], "phone") != "phone"


def id_fits(question: str, text: str, sp, left: str = "", focus: tuple = ()) -> bool:
    """Can this identifier be the one asked for? Not when the question names one kind ("the phone number", "the
    VAT ID") and the screen labels it as another ("Invoice RE-2026-1187"); a phone number must look like one.
    The kind is the one the question asks for (its focus: "room number on the invoice" asks for a room), else any
    kind it names."""
    # ("the reference number of the quotation": "reference" is any code's word; the document says which)
    asked = {ID_KINDS[w] for w in focus if w in ID_KINDS and w not in GENERIC_ID_WORDS}
    # a kind of code the question names that is none of the known kinds ("which cost centre"): any code not
    # labelled as a known other kind may be it ("cost centre KST-3120", not "invoice RE-2026-1187")
    other = not asked and any(w not in ID_KINDS and w not in GENERIC_ID_WORDS for w in focus)
    if not asked and not other:
        # ("call" asks for a phone number beside "number" or "dial"; else it is a meeting: "from the discovery call")
        dialled = re.search(r"\b(?:number|no|dial|ring|reach)\b", question, re.I)
        asked = {
            ID_KINDS[w]
            for w in re.findall(r"[a-z]+", question.lower())
            if w in ID_KINDS and (w != "call" or dialled)
        }
    if phone_asked(question):
        # "Sabine's direct line?", "Mei's number?": a person's number is the one to ring
        asked, other = asked | {"phone"}, False
    if not asked and not other:
        return True
    if "phone" in asked and not (PHONE.match(sp.text) and sum(c.isdigit() for c in sp.text) >= 7):
        return False
    if "phone" not in asked and re.match(r"\+\d", sp.text):
        return False  # "+46 18 471 22 90": an international number is a phone's, whatever is asked
    # its label: the word before it on the line or in the cell to its left, past "no.", "nr", "#", "id"
    # ("Customer no.: KD-20931" is a customer's)
    # (any letters: "Teléfono:" is one word, a phone's label; "Bokningsnummer:" a booking's; only the words since
    # the last code or figure before it: "org.nr 556734-0918 - +46 18 ..." labels the first code, not the second)
    before = re.findall(r"[^\W\d_]+", re.split(r"\S*\d\S*", left + " " + text[: sp.start])[-1])
    while before and is_number_word(before[-1]):
        before.pop()
    own = label_kind(before[-1]) if before else None
    if own is None:  # "New mobile number, by the way: 06 12 87 40 93": the kind named a few words earlier
        named = re.findall(r"([A-Za-z]+)\s+(?:number|no\.?|nr)\b", text[: sp.start], re.I)[-1:]
        own = ID_KINDS.get(named[0].lower()) if named and named[0].lower() not in GENERIC_ID_WORDS else None
    if other:  # (or labelled as the kind whose number the question asks: "the booking number for my train")
        numbered = re.findall(r"\b([a-z]+)\s+(?:number|no\b|nr\b|ref|reference|code|id\b)", question.lower())
        return own is None or own in {ID_KINDS[w] for w in numbered if w in ID_KINDS}
    if own is not None:
        return own in asked
    if asked == {"phone"}:
        # written as a phone number ("M +61 412 558 207": groups, a "+" or an area code in brackets) and labelled as
        # nothing else: not a record's id ("19874462031"), not a code after its own label ("AWB 020-48817265")
        label = [w.lower() for w in re.findall(r"([^\W\d_]+)[\s:.#]*$", text[: sp.start])]
        labelled = (
            bool(label)
            and len(label[0]) >= 3
            and label[0] not in GENERIC_ID_WORDS
            and label_kind(label[0]) != "phone"
        )
        return bool(re.search(r"[\s()+]", sp.text.strip())) and not labelled
    if asked == {"commit"}:  # told by its shape, read elsewhere: a hex hash ("5c8e1f0", not "PAY-1422")
        return bool(re.fullmatch(r"[0-9a-f]{7,40}|[0-9A-F]{7,40}", sp.text) or sp.value)
    if asked <= {"commit", "version"}:
        return True  # told by its shape (a dotted version), read elsewhere
    if asked == {"container"}:
        return CONTAINER_NUMBER.fullmatch(sp.text) is not None
    near = {k for w in re.findall(r"[^\W\d_]+", text) if (k := label_kind(w))}
    return bool(near & asked)  # an unlabelled code answers "the tracking number" only beside that word


# Labels that put a person's name next to them on forms, mail headers and tickets.
PERSON_LABELS = re.compile(
    r"\b(from|to|cc|bcc|by|sender|author|owner|owned by|assignee|assigned to|reporter|reported by|requester|"
    r"organi[sz]er|attendees?|participants?|invitees?|guests?|contact|created by|approved by|approver|lead|"
    r"manager|reviewer|with|von|an|de|para)\s*:?\s*$",
    re.I,
)
SAYS = re.compile(
    r"^\s*[,:]?\s*(?:\d{1,2}[:.]\d{2}\s*(?:[AaPp][Mm])?\s*[,:]?|said|wrote|asked|replied|posted|"
    r"mentioned|commented|added|shared|<[^>]+@|\(|$)"
)


ROLE_AFTER = re.compile(r"\s*[-\u2013\u2014,|]\s*[A-Z][a-z]")


# A company's name as a field or a cell holds it: two to five capitalised words, no figures ("Alder & Finch"; not
# "Reference range"), or one word written as no ordinary word is ("Elec'Lyon", "PwC"); a lone "Insurance" is a label
ORG_LIKE = re.compile(
    r"[A-ZÀ-Þ][^\W\d_]*[\w'&.-]*(?:\s+(?:&|and|of|de|du|des|la|le|von|van|der|di|da|y|e|[A-ZÀ-Þ][\w'.-]*)){1,4}"
    r"|[A-ZÀ-Þ][^\W\d_]*(?:['&.-][A-ZÀ-Þa-zß-ÿ]+|[a-zß-ÿ][A-ZÀ-Þ][\w]*)+"
)
# What follows a person's name in a sentence: a possessive, an apposition or a verb (an auxiliary, a past tense);
# not a bracket ("Onboarding: Bastian Keller (Senior ...)" is a card's subject, the person is its topic)
IN_SENTENCE_AFTER = re.compile(
    r"(?:'s\b|\s*,\s+[a-z]|\s+(?:has|had|have|is|was|will|would|can|could|should|may|might|must|did|does|"
    r"says|said|asked|wants|took|told|wrote|gave|got|sent|put|left|quit|[a-z]{3,}ed)\b)"
)
# ...and what precedes it: a preposition or a verb whose object is a person
IN_SENTENCE_BEFORE = re.compile(
    r"(?:\b(?:by|with|to|from|cc|and|ask|asked|tell|told|call|called|thank|thanks|contact|dear|hi|hello|for|"
    r"signed|approved|reviewed|assigned|booked|meet|met|see|seeing|saw|ping|cc'd)|[\s.;:]*\b(?:dr|mr|mrs|ms)\.?)\s*$",
    re.I,
)


# A title written before a person's name, in the languages of the screens
HONORIFIC = re.compile(
    r"(?:dr|mr|mrs|ms|mx|miss|prof|sir|dame|herr|frau|mme|mlle|sr|sra|srta|dott|dra|ing|lic|lcda|lcdo|arq|mgr)\.?|m\.",
    re.I,
)


def with_title(text: str, sp: Span) -> str | None:
    """The person's name with the title the line writes right before it ("Dra. Itzel Ramírez"), or None."""
    m = re.search(rf"(?<![\w.])(?:{HONORIFIC.pattern})\s+$", text[: sp.start], re.I)
    return text[m.start() : sp.end] if m else None


def is_person(line: dict, sp, parts: dict, title: str, label_above: str = "") -> bool:
    """Is a capitalised pair of words a person here? Only where a person's name stands: alone on its line or
    with a time (a chat's speaker, a mail list's sender), before an address or a verb of saying, or after a
    person label ("Assignee", "From:"). "Microsoft Edge", "People Ops", "Relocation Policy" stand elsewhere."""
    text = line["text"]
    before, after = text[: sp.start], text[sp.end :]
    if re.search(rf"(?:^|[-|\u2014]\s*){re.escape(sp.text)}\s*$", title or ""):
        return False  # the app's own name at the end of the window title
    if sp.text.split()[0].lower() in STOP:
        return False  # "In Progress", "To Do": a status, not a name
    if PERSON_LABELS.search(before) or PERSON_LABELS.search(parts.get("left") or ""):
        return True
    if HONORIFIC.fullmatch(before.strip(" \t-•*>@(")):
        before = ""  # "Dr. Kwame Mensah - Exam 2": a title is part of how a person is written
    given = starts_with_given_name(sp.text) or PERSON_INITIALS.fullmatch(sp.text) is not None
    if before.strip(" \t-•*>@("):
        # inside a sentence: a person where a name starts with a given name and the sentence treats it as one,
        # the subject of a verb ("Harish Kulkarni has put in his papers") or the object of a preposition that
        # takes people ("booked with Jonas Meier", "signed by T. Brooks"); "at Orion Infratech" is a place
        return given and (
            IN_SENTENCE_AFTER.match(after) is not None
            or IN_SENTENCE_BEFORE.search(before) is not None
            # ...or a whole bracket after an action ("Seal-Tite to fix the L2 upturns by Fri 20/11 (Renee Sato)"):
            # whose it is
            or (before.rstrip().endswith("(") and after.lstrip().startswith(")"))
        )
    if PERSON_LABELS.search(label_above.strip()):
        return True  # a form field's value under its label ("Assignee" above it)
    if after.strip():
        # "Marta Gil 10:47 AM", "Dana Whitfield <dana@...>", "Javier said ...", or a contact's role after a dash
        # or a comma ("Aisha Mensah - Finance Director", "Gareth Lindqvist, Head of Operations")
        # ("People Ops (Quintana HQ) | Microsoft Teams" is a channel in a title bar: a bracket after a phrase is a
        # person's company only when the phrase starts with a given name, "Dana Whitfield (Northwind)")
        if re.match(r"\s*\(", after):
            return given
        return bool(SAYS.match(after)) or bool(ROLE_AFTER.match(after) and given)
    # alone on its line: a sender in a mail list or a name in a form field, unless it is a label of the page
    # itself (a side bar's "People Ops"): then it is also the title's word. With no context to say so, a
    # person's name starts with a given name ("Posts Files Notes" is a tab strip; names.py says why)
    return not re.search(rf"\b{re.escape(sp.text)}\b", title or "", re.I) and starts_with_given_name(sp.text)


# Verbs of saying something in a message: the answer is a message's speaker.
SAYING = re.compile(
    r"\b(said|says|say|told|tell|announc\w*|declar\w*|post\w*|wrote|write|mention\w*|shar\w*|ask\w*|"
    r"report\w*|hear|heard|messag\w*|ping\w*|warn\w*|confirm\w*)\b",
    re.I,
)
# ...and of sending one: who said, wrote or sent it is the speaker, whoever the message names
SENDING = re.compile(
    rf"{SAYING.pattern}|\b(?:sent|send|sends|sender|replied|reply|answered|responded)\b|\bfrom\s*[?.!]*\s*$",
    re.I,
)
SPEAKER = re.compile(
    r"^\s*(?:[A-Z][\w'.-]+(?:\s[A-Z][\w'.-]+){0,3})[,\s]*(?:\d{1,2}[:.]\d{2}\s*(?:[AaPp][Mm])?"
    r"(?:\s+\S{1,3})?|"  # (an icon or a badge after the time, read as "4m")
    r"yesterday|today|\w{3} \d{1,2})?\s*:?\s*$"
    # ...or a speaker with a time whose first capital OCR lost ("irene Molina 12:02 PM")
    r"|^\s*[a-z][\w'.-]+(?:\s[A-Z][\w'.-]+){1,3}[,\s]*\d{1,2}[:.]\d{2}\s*(?:[AaPp][Mm])?\s*:?\s*$"
)


def below(lines: list[dict], line: dict) -> list[dict]:
    """The lines under a heading or a chat speaker, down to the next line that looks like a speaker."""
    l, t, r, b = line["box"]
    out, cur = [], line
    for x in sorted(
        (
            x
            for x in lines
            if x["box"][1] >= b - 2 and _xoverlap(x["box"], [l - 40, t, max(r, l + 600), b]) > 0
        ),
        key=lambda x: x["box"][1],
    ):
        if AVATAR.fullmatch(x["text"]):
            continue  # a chat avatar's initials ("DA") beside the message: no speaker of its own
        if x["box"][1] - cur["box"][3] > 2.5 * _h(cur) or SPEAKER.match(x["text"]):
            break
        out.append(x)
        cur = x
        if len(out) >= 6:
            break
    return out


# A line holding two values of the asked kind, each with its own label ("Moms 25 %: 24 075,00 kr - Totalt inkl.
# moms: 120 375,00 kr"): a word of the line speaks fully for the value it labels, less for the value before it (a
# label is read before its value, seldom after), least for the others. Mild factors: they part values the rest
# of the reading finds equal, they do not overrule it.
SEGMENT_AFTER = 0.6
SEGMENT_REST = 0.4
# the kinds of value a label names; a person or a sentence is the subject of what the line says after it ("Dr.
# Lindqvist is on call tonight")
SEGMENTED = {"amount", "number", "datetime", "duration", "identifier"}
# ...where a label may also follow its value as a preposition's phrase, up to a conjunction or a stop: "shared 40%
# to Publisher and 60% to Developer"
TRAILING_LABEL = re.compile(
    r"\s*%?\s*(?:to|for|of|per|from|in|on|at|by|für|pour|para|por|voor|för|till|dla)\s+[^,;:.()]*?"
    r"(?=\s+(?:and|or|und|oder|et|ou|y|o|en|och|eller|i|oraz|ve)\b|[,;:.()]|$)",
    re.I,
)


def _trailing(text: str, start: int, limit: int) -> int:
    m = TRAILING_LABEL.match(text[:limit], start)
    return m.end() if m else start


def _worded(text: str) -> bool:
    return any(len(w) >= 3 and w not in FUNCTION_WORDS for w in re.findall(r"[^\W\d_]+", text.lower()))


def own_segment(text: str, found: list[Span], sp: Span, kind: str) -> tuple[str, str] | None:
    """The words labelling `sp` on its line and the rest up to the next value, where the line holds more than one
    value of its kind; else None. Its label: the words since the value before it (and that one's trailing
    label), and its own trailing label; for a value joined to the one before it by a sign, that one's label;
    for a value with no words before it at all, the words after it ("10 items - 5 below reorder level"). None as
    well for a line with no words between its values (a table row read as one line, "Widget  3  $4.00  $12.00":
    its row label is every cell's)."""
    if kind not in SEGMENTED:
        return None
    others = [x for x in found if x is not sp and (x.end <= sp.start or x.start >= sp.end)]
    if not others:
        return None
    prev_end = max((x.end for x in others if x.end <= sp.start), default=0)
    next_start = min((x.start for x in others if x.start >= sp.end), default=len(text))
    label_from = _trailing(text, prev_end, sp.start) if prev_end else 0
    trail = _trailing(text, sp.end, next_start)
    before, after = text[label_from : sp.start], text[sp.end : next_start]
    # a label heading the whole line ("Payment terms: ... if paid by 09.12.2026, otherwise net by 25.12.2026")
    # is every value's
    head = re.match(r"\s*([^:]{2,40}):", text)
    shared = head.group(1) if head and head.end() <= min(x.start for x in found) and label_from else ""
    if not _worded(before) and prev_end:
        # a value joined to the one before it by a sign ("upgrade 4b2c9d1e7a3f -> 7f3a9c2b1e4d", "09:00 - 17:00")
        # shares its label
        prev = max((x for x in others if x.end <= sp.start), key=lambda x: x.end)
        prior = max((x.end for x in others if x.end <= prev.start), default=0)
        before = text[_trailing(text, prior, prev.start) if prior else 0 : prev.start]
    if not _worded(before):
        return (f"{shared} {after}", "") if _worded(after) else None
    return f"{shared} {before} {text[sp.end : trail]}", text[trail:next_start]


def block_of(lines: list[dict], line: dict) -> list[dict]:
    b = line.get("block")
    return [x for x in lines if b is not None and x.get("block") == b and x is not line]


# How strongly a term found at each place around a value speaks for it.
PLACE = {
    "self": 0.3,
    "below": 0.9,
    "heading": 0.9,
    "line": 1.0,
    "left": 0.9,
    "header": 0.7,
    "column": 0.7,
    "cells": 0.7,
    "above": 0.6,
    "block": 0.3,
    "right": 0.2,
    "title": 0.25,
}
FOCUS = 2.0
KIND_OF = {"count": "number", "location": "text", "window": "text", "list": "text", "description": "text"}


# The extensions of the kinds of file a question may name instead of saying "file".
FILE_KINDS = {
    "pdf": "pdf",
    "spreadsheet": "xlsx|xlsm|xls|csv|ods|numbers",
    "image": "png|jpe?g|gif|bmp|webp|heic",
}


def _name_fit(span: Span, kind: str | None, row_text: str) -> float:
    """How well a name looks like the noun asked for ("which test" -> a test id)."""
    t = span.text.lower()
    if kind == "test":
        return 1.0 if "test" in t else 0.0
    if kind == "file":
        return 1.0 if re.search(r"\.[a-z]{1,6}$|/", t) else 0.2
    if kind in FILE_KINDS:  # "which PDF": a name with that kind's extension
        return 1.0 if re.search(rf"\.(?:{FILE_KINDS[kind]})$", t) else 0.1
    if kind == "module":
        return (
            1.0
            if re.fullmatch(r"[a-z_][\w]*(\.[a-z_]\w*)+|[a-z_]\w*", t) and not t.endswith((".com", ".org"))
            else 0.3
        )
    if kind == "table":
        return 1.0 if re.fullmatch(r"[a-z_][\w.]*", t) else 0.3
    if kind == "branch":
        return 1.0 if "/" in t or "-" in t else 0.3
    return 0.5


# Words after "which/what" that are not a noun naming the thing ("what did", "which of").
STOPISH = {
    "is",
    "was",
    "are",
    "were",
    "did",
    "do",
    "does",
    "of",
    "the",
    "a",
    "an",
    "time",
    "day",
    "kind",
    "type",
}


ID_LABEL = re.compile(
    r"\b(?:id|no|nr|number|ref|reference|record|account|order|customer|invoice|case)\b\W*$", re.I
)


# How much a code right after the noun the question puts before "number" gains over others on its line
ID_NAMED = 0.5
# ...and a value whose own label the question says word for word ("Net amount" for "the invoice's net amount")
LABEL_SAID = 0.5
LABEL_MAX_WORDS = 4
FUNCTION_WORDS = {
    "the",
    "a",
    "an",
    "of",
    "for",
    "to",
    "in",
    "on",
    "at",
    "by",
    "and",
    "or",
    "per",
    "from",
    "with",
}


def _label_said(label: str, q_stems: list[str]) -> bool:
    """Is the value's label (its row's cell, its line before it, or a form's label over it) a phrase of the
    question, word for word? Two words at least: one alone ("Amount", "Total") labels too many values."""
    words = [stem(w) for w in re.findall(r"[^\W\d_]+", label.lower()) if w not in FUNCTION_WORDS]
    if not 2 <= len(words) <= LABEL_MAX_WORDS:
        return False
    n = len(words)
    return any(q_stems[i : i + n] == words for i in range(len(q_stems) - n + 1))


def _after_noun(before: str, noun: str) -> bool:
    """Does the text before a value end with the noun (any ending: "document", "documents", "Dokument...")?"""
    return re.search(rf"\b{re.escape(noun[:6])}\w*\W*$", before, re.I) is not None


def _id_label(lines: list[dict], line: dict, sp: Span, named: str = "") -> bool:
    """A figure labelled as an id, on its line ("Record ID: 19874462031"), in the cell to its left, or on a short
    label line right above it (a form's label over its value): a number that names, not one that counts. `named`
    is the noun the question puts before "number" ("the document number"): a figure right after it is that
    number ("material document 5000093817"), whatever the screen calls numbers."""
    if ID_LABEL.search(line["text"][: sp.start]):
        return True
    if named and _after_noun(line["text"][: sp.start], named):
        return True
    if named and re.search(r"\(\s*$", line["text"][: sp.start]):
        # "Voss Präzisionsteile GmbH (200317)" under the label "Supplier": the named thing's number in brackets
        label = above(lines, line)[:1]
        if (
            label
            and len(label[0]["text"].split()) <= 4
            and re.match(rf"\s*{re.escape(named[:6])}", label[0]["text"], re.I)
        ):
            return True
    if sp.start > 0 and line["text"][: sp.start].strip():
        return False
    near = same_row_left(lines, line)[:1] + above(lines, line)[:1]
    return any(len(x["text"].split()) <= 4 and ID_LABEL.search(x["text"]) for x in near)


def initials_named(words: list[str], code: str) -> str:
    """The question's words (lower case, in order) that a code's letter prefix abbreviates ("PO-CH-2026-00871"
    for "the purchase order number", "GR-1182" for "the goods receipt"): a code names its kind by initials in any
    language the screen is in, so the question's words are found in the code itself. A prefix of 2-3 letters,
    as many consecutive words; "" when none."""
    head = re.match(r"([A-Za-z]{2,3})(?=[-_/#\s]?\d|[-_/])", code)
    if not head:
        return ""
    want = head.group(1).lower()
    n = len(want)
    for i in range(len(words) - n + 1):
        group = words[i : i + n]
        if "".join(w[0] for w in group) == want and all(len(w) > 2 for w in group):
            return " ".join(group)
    return ""


# A code may be digits only: a door's or a keypad's code, a PIN, an extension ("Gate 2 keypad is 4471#", "ext.
# 214"); no letter in it makes it an identifier span, so its plain figures are read too.
DIGIT_CODE = re.compile(r"\b(?:pin|passcode|keypad|code|extension|ext\.?)\b", re.I)


def _quantity_number(question: str) -> bool:
    """ "Engineering's Q3 number", "the number for March": "number" may mean a quantity as well as an id. It
    means an id when a noun that names things by number comes right before it ("order number", "phone no.")."""
    m = re.search(r"(\w+)(?:'s)?\s+(?:number|no\.?|figure)\b", question, re.I)
    if not m or phone_asked(question):
        return False
    return m.group(1).lower() not in ID_HEADS


# Words before "number" that make it an identifier ("order number", "phone no."): the identifier kinds, and a few
# things numbered rather than counted.
ID_HEADS = set(ID_KINDS) | {
    "part",
    "item",
    "model",
    "issue",
    "bug",
    "pr",
    "card",
    "policy",
    "member",
    "license",
    "licence",
    "seat",
    "table",
    "line",
    "page",
    "row",
    "step",
    "the",
    "a",
    "which",
    "what",
    "id",
    "registration",
    "passport",
    "contract",
    "claim",
    "case",
    "file",
    "batch",
    "lot",
    "serial",
    "container",
    "certificate",
    "application",
    "patient",
    "student",
    "permit",
}


QUANTITY = re.compile(r"(?<![\w.,])(\d{1,5})\s?[x×]\s?(?=[$€£¥]?\s?\d)")
# A unit after a figure makes it a measure, not a number of things: "50 l", "2.5 kg", "600 km", "38 KB".
UNIT_AFTER = re.compile(
    r"\s?(?:l|ml|cl|dl|kg|g|mg|t|km|m|cm|mm|mi|ft|in|m2|m²|sqm|[KMGT]i?B|bytes?|h|hrs?|min|mins|s|sec|°C|°F)\b",
)
PERCENT_SIGN = re.compile(r"\s?(%|per ?cent\b|percent\b)", re.I)


# "what's the name of ...", "name of the hotel?": a name asked for in so many words
NAME_ASKED = re.compile(r"\bname\b", re.I)


def only_values(text: str) -> bool:
    """Is this text nothing but times, dates, amounts and figures ("5:45am", "14:00-15:30", "€ 38,50")? It names
    nothing."""
    rest = text
    for kind in ("datetime", "amount", "duration", "number"):
        for s in sorted(spans(rest, kind), key=lambda s: -s.start):
            rest = rest[: s.start] + " " + rest[s.end :]
    return not re.search(r"[^\W\d_]{2,}", rest)


# "When does the code start?", "valid until when?": which end of a range of dates ("27.11.2026 00:00 — 30.11.2026
# 23:59", "from 23/11 to 27/11") the question asks for
START_ASKED = re.compile(
    r"\b(?:start|starts|started|begin|begins|began|commence\w*|opens?|first day|from when)\b", re.I
)
END_ASKED = re.compile(
    r"\b(?:end|ends|ended|until|till|expire[sd]?|expiry|expiration|last day|closes?|valid (?:to|through)|runs? out)\b",
    re.I,
)
RANGE_SIGN = re.compile(r"^\s*(?:[-–—]|to|until|till|bis|au|al|a|tot|do)\s*$", re.I)
RANGE_AFTER = 0.5


@lru_cache(maxsize=512)  # (asked for each date of a line)
def _days(text: str) -> tuple[Span, ...]:
    """The dates of a line, clocks left out."""
    return tuple(d for d in spans(text, "datetime") if not CLOCK.fullmatch(d.text.strip()))


def range_end_bonus(question: str, text: str, sp: Span) -> float:
    """+ for the first date of a range on its line when the question asks when something starts, for the last when
    it asks when it ends ("27.11.2026 00:00 — 30.11.2026 23:59": the code starts on the 27th); 0 otherwise."""
    start, end = START_ASKED.search(question), END_ASKED.search(question)
    if bool(start) == bool(end):
        return 0.0
    dates = _days(text)
    i = next((k for k, d in enumerate(dates) if d.start <= sp.start < d.end), None)
    if i is None:
        return 0.0
    to_next = i + 1 < len(dates) and RANGE_SIGN.match(text[dates[i].end : dates[i + 1].start])
    from_prev = i > 0 and RANGE_SIGN.match(text[dates[i - 1].end : dates[i].start])
    if start and to_next:
        return RANGE_AFTER
    if end and from_prev:
        return RANGE_AFTER
    if (start and from_prev) or (end and to_next):
        return -RANGE_AFTER
    return 0.0


def code_part(text: str, span: Span) -> bool:
    """Whether a figure is a piece of a code joined by a hyphen or a slash ("RE-2026-11873", "LS-88412/2",
    "org.nr 556734-0918", "NIP 525-123-45-67"): no count, no quantity, and no code of its own."""
    return bool(re.search(r"\w[-/]$", text[: span.start]) or re.match(r"[-/]\w", text[span.end :]))


def is_percent(text: str, span: Span) -> bool:
    """Whether a figure is written as a percentage: its sign after it ("20%", "20 per cent") or, as Turkish and
    Basque write it, right before it ("KDV %20")."""
    return bool(
        PERCENT_SIGN.match(text, span.end) or re.search(r"%\s?$", text[max(0, span.start - 2) : span.start])
    )


def as_percent(text: str, span: Span) -> Span:
    """The figure with its percent sign, on whichever side the screen writes it."""
    if m := PERCENT_SIGN.match(text, span.end):
        return Span(span.kind, text[span.start : m.end()], span.start, span.end, span.value)
    start = text.rindex("%", 0, span.start)
    return Span(span.kind, text[start : span.end], start, span.end, span.value)


# A unit of time as a column's header names it, in the languages of the screens ("(days)", "dias", "Tage", "h")
TIME_UNIT = re.compile(
    r"\b(?:days?|hours?|hrs?|minutes?|mins?|weeks?|wks?|months?|years?|dias?|d[ií]as|tage|jours|stunden|horas|"
    r"heures|semanas|wochen|h|d)\b",
    re.I,
)


def unit_in_header(unit_rx: re.Pattern, header: str) -> bool:
    """Does a column's header name the unit its figures are in ("Volume (m³)", "Distance, km", "Area m2")? A
    header is a few words, and the unit one of them (not the "G" of a postcode "L5G" in an address line). OCR
    reads a superscript as a degree sign or a quote ("m°", "m’"), which counts as the unit's power."""
    if len(header.split()) > 5:
        return False
    text = re.sub(r"(?<=\bm)[°’'\"*]", "3" if "3" in unit_rx.pattern else "2", header)
    return any(unit_rx.fullmatch(tok) for tok in re.findall(r"[A-Za-zÀ-ÿ°º²³0-9?]+", text))


def read(intent: Intent, cands: list[Candidate], weights: Weights, kind: str | None = None) -> list[Reading]:
    """Every typed span (of `kind`, by default the question's answer type) on the candidate screens, best first."""
    kind = kind or KIND_OF.get(intent.answer_type, intent.answer_type)
    q_terms = set(weights.terms)
    own = {e.lower() for e in intent.entities}
    readings: list[Reading] = []
    top_score = max((c.score for c in cands), default=1.0) or 1.0
    percent = intent.answer_type in ("number", "count") and PERCENT_ASKED.search(intent.question)
    speaker = said_by(intent)
    known = frozenset(t for t in q_terms if weights.w.get(t, 0.0) > ABSENT_WEIGHT)
    unit = measured(intent.question) if kind == "number" else None
    ranged = kind == "datetime" and RANGE_ASKED.search(intent.question) is not None
    # "which day", "HVAC visit date?", "the delivery date": a day, not a clock ("1:40 p.m." of the mail it is in)
    day_only = kind == "datetime" and re.search(
        r"\b(which|what) (day|date|weekday)\b|\bdate\b(?!\s*(?:and|&|/)\s*time)", intent.question, re.I
    )
    unit_rx = re.compile(rf"\s?(?:{unit})", re.I) if unit else None
    # "where does the demo take place", "which town is it in", "Hotel am Neckar – street?": a place, named in words
    where = kind == "text" and (
        re.match(r"\s*where\b", intent.question, re.I) is not None
        or re.search(r"\b(?:street|town|city|country|village|address|postcode|zip)\b", intent.question, re.I)
        is not None
    )
    focus = set(intent.focus)
    digit_code = kind == "identifier" and DIGIT_CODE.search(intent.question) is not None
    also = "number" if kind == "identifier" and (_quantity_number(intent.question) or digit_code) else None
    version = (
        kind == "identifier" and re.search(r"\b(?:version|release)\b", intent.question, re.I) is not None
    )
    # "which room is the review in": the name written after that noun ("... in room Fjord")
    asked_noun = (
        re.search(r"\b(?:which|what)\s+([a-z]+)\b", intent.question, re.I)
        if kind in ("text", "name")
        else None
    )
    named_rx = (
        re.compile(rf"\b(?i:{re.escape(asked_noun.group(1))})\s+((?:[A-Z][\w-]*|\S*\d\S*)(?:\s[A-Z][\w-]*)*)")
        if asked_noun and asked_noun.group(1).lower() not in STOPISH
        else None
    )
    # "which apartment did I ask Tomasz to reserve": the name written after that verb ("please reserve Calle de
    # Ibiza 18 from ...")
    done = _object_verb(intent.question) if asked_noun else None
    objects: set[tuple] = set()  # (line, start) of the names found after that verb
    object_rx = (
        re.compile(
            rf"\b(?i:{'|'.join(re.escape(f) for f in _verb_forms(done))})\s+((?:[A-Z][\w'-]*|\d[\w/-]*)"
            r"(?:\s(?:de|del|la|le|du|von|van|di|da|am|an|[A-Z][\w'-]*|\d[\w/-]*))*)"
        )
        if done
        else None
    )
    # "which" always asks for a thing ("which room is it in", "which apartment did I ask him to reserve"),
    # "what" may ask for a cause ("what caused it"): only a thing's answer is a name rather than a sentence
    a_thing = bool(asked_noun) and (
        asked_noun.group(0).lower().startswith("which")
        or re.search(
            rf"\bwhat\s+{asked_noun.group(1)}\s+(is|was|were|are|did|does|do)\b", intent.question, re.I
        )
    )
    counted = counted_noun(intent.question) if intent.answer_type == "count" else ""
    q_words = re.findall(r"[^\W\d_]+", intent.question.lower())
    q_stems = [stem(w) for w in q_words]
    # the noun naming the code asked for: "document" in "the document number", else the code's own name ("DOI",
    # "IBAN", "code"): a code written right after it is that one
    id_noun = (
        m.group(1).lower()
        if kind == "identifier"
        and (
            (m := re.search(r"(\w{4,})(?:'s)?\s+(?:number|no\.?|id)\b", intent.question, re.I))
            and m.group(1).lower() not in STOP
            or (m := re.search(rf"\b({ID_EXPLICIT})\b(?!\s+(?:number|no\.?|id)\b)", intent.question, re.I))
            and m.group(1).lower() not in GENERIC_ID_WORDS
        )
        else ""
    )
    for _rank, cand in enumerate(cands):
        lines = cand.lines
        title = f"{cand.frame.title or ''} {cand.frame.app or ''}"
        title_m = weights.matched(f"{title} {kind_words(cand.frame.app, cand.frame.title)}")
        screen_m = weights.matched(cand.text) | title_m
        screen_cov = sum(weights.w[t] for t in sorted(screen_m)) / weights.total if q_terms else 0.0
        gutter = row_numbers(lines)
        joined = wrapped_names(lines) if kind in ("name", "identifier", "url", "email") else {}
        tails = {j["continued"]: j["tail"] for j in joined.values()}
        for line in lines:
            line = joined.get(line["id"], line)
            found = spans(line["text"], kind)
            if line["id"] in tails:  # the end of a wrapped name is read with its start, on the line above
                found = [x for x in found if not line["text"].startswith(tails[line["id"]], x.start)]
            if kind == "text":  # a table row read as one line: its cells too
                found += [c for c in cell_spans(line) if c.text not in {f.text for f in found}]
            if line["id"] in gutter:  # "2 Week 44": the sheet's row number is not a value of the row
                found = [x for x in found if x.start > 0]
            if kind in ("number", "count"):
                found = [x for x in found if not names_no_figure(line["text"], x, intent.question)]
            if intent.answer_type == "count":  # "4500187260" (an order number) counts nothing: a code
                found = [
                    x
                    for x in found
                    if not re.fullmatch(r"\d{6,}", x.text)
                    and not code_part(line["text"], x)
                    and not model_number(line["text"], x)
                ]
            elif kind == "number":
                found = [x for x in found if not code_part(line["text"], x)]
            if percent:  # "how likely", "the win probability": a figure written as a percentage, shown so
                found = [as_percent(line["text"], x) for x in found if is_percent(line["text"], x)]
            if also:
                found += [
                    x
                    for x in spans(line["text"], also)
                    if x.text not in {f.text for f in found}
                    and not code_part(line["text"], x)
                    # (a code of digits has three or more: "Gate 2 keypad is 4471#" names the gate by its 2)
                    and (not digit_code or sum(c.isdigit() for c in x.text) >= 3)
                ]
            if (
                kind == "duration"
                and not found
                and VALUE_CELL.fullmatch(line["text"].strip())
                and (h := column_header(lines, line)) is not None
                and unit_in_header(TIME_UNIT, h["text"])
            ):
                # a table writes the unit once, in the column's header: "Lead time (days)" over "47,0"
                found = spans(line["text"], "number")
            if version:  # "which release are they on": "SAP EWM 9.5", a dotted number after a name
                found += [
                    Span("identifier", x.text, x.start, x.end)
                    for x in spans(line["text"], "number")
                    if re.fullmatch(r"\d{1,4}(?:\.\d{1,4}){1,3}", x.text)
                    and re.search(
                        r"(?:\b[A-Z][\w-]*[\s/-]*|\b(?:version|release|v)\.?\s*)$", line["text"][: x.start]
                    )
                    and not any(a.start <= x.start < a.end for a in spans(line["text"], "amount"))
                    and x.text not in {f.text for f in found}
                ]
            if kind == "identifier":
                # "380 pieces", "6 pallets": a plain figure before a plural noun counts them...
                found = [
                    x
                    for x in found
                    if not (
                        re.fullmatch(r"\d{1,5}", x.text)
                        and re.match(r"\s+[a-z]{3,}s\b", line["text"][x.end :])
                    )
                ]
                # ...and "Record ID 19874462031" is a long plain number its label calls an id
                found += [
                    Span("identifier", x.text, x.start, x.end)
                    for x in spans(line["text"], "number")
                    if re.fullmatch(r"\d{5,}", x.text)
                    and x.text not in {f.text for f in found}
                    and _id_label(lines, line, x, id_noun)
                ]
            if ranged:  # "from when to when": "02.12.2026 from 07:00 to 13:00", not its start alone
                found = time_ranges(line["text"], found)
                found = [x for x in found if not any(o.start < x.start < o.end for o in found)]
            if day_only:  # "to which day was it moved": a weekday alone answers ("moved to Monday")
                found += [
                    Span(
                        "datetime", m.group(0).rstrip("."), m.start(), m.start() + len(m.group(0).rstrip("."))
                    )
                    for m in WEEKDAY.finditer(line["text"])
                    if not any(f.start <= m.start() < f.end for f in found)
                ]
            if named_rx:
                for mm in named_rx.finditer(line["text"]):
                    v = mm.group(1).rstrip(".,;:")
                    if intent.name_kind and not re.search(r"[A-Za-z]{2}", v):
                        continue  # "which test failed": a test has a name, "test (3.11)" is a Python version
                    if v and v[0].isupper() or any(c.isdigit() for c in v):
                        found.append(Span("named", v, mm.start(1), mm.start(1) + len(v)))
            if object_rx:
                for mm in object_rx.finditer(line["text"]):
                    v = re.sub(
                        r"(?:\s(?:de|del|la|le|du|von|van|di|da|am|an))+$", "", mm.group(1).rstrip(".,;:")
                    )
                    if re.search(r"[A-Za-z]{2}", v) and v not in {f.text for f in found}:
                        found.append(Span("named", v, mm.start(1), mm.start(1) + len(v)))
                        objects.add((line["id"], mm.start(1)))
            if intent.answer_type == "count" and counted:
                found = [x for x in found if not counts_other(line["text"], x, counted)]
            if intent.answer_type == "count" and (qty := QUANTITY.search(line["text"])):
                # an invoice row "Pils 50 l keg  4 x 129,00 €": how many is the figure before "x"
                found = [x for x in found if x.start == qty.start(1)] or found
            if kind == "organisation":
                # a company whose name has no legal form nor a company's word ("Elec'Lyon", "Alder & Finch" under
                # "Organization"): a field's or a cell's whole value, a few capitalised words without figures
                found += [
                    x
                    for x in [*spans(line["text"], "text"), *cell_spans(line)]
                    if ORG_LIKE.fullmatch(x.text.strip())
                    and not re.search(r"\d", x.text)  # ("Total T4" is a lab value's name)
                    and not any(f.text == x.text for f in found)
                ]
                # a company known by its letters only where the line says it is one: the field's whole value, or
                # after a preposition or a label ("insurance is with MAIF", "Carrier: DPD"), not "VAT" or "PDF"
                # (alone on its line, and not a row label with figures after it: "WBC 8.4 x10^9/L" is an analyte)
                labels_figures = any(re.search(r"\d", x["text"]) for x in same_row_right(lines, line))
                found = [
                    x
                    for x in found
                    if not ORG_ACRONYM.fullmatch(x.text)
                    or (line["text"].strip(" |:") == x.text and not labels_figures)
                    or re.search(
                        r"(?:\b(?:with|via|by|from|through|at|to)|:)\s*$", line["text"][: x.start], re.I
                    )
                ]
            if kind == "text" and intent.answer_type == "text":
                # a label with its value left blank ("Date: ____", "Signature:") says nothing (it may still show
                # which window a question about a window means)
                found = [x for x in found if not re.fullmatch(r"[^:]{1,40}:[\s_.]*", x.text)]
            if not found:
                continue
            left = same_row_left(lines, line)
            right = same_row_right(lines, line)
            ups = above(lines, line)
            several = (
                len(found) > 1 and kind != "text"
            )  # a table row read as one line: each cell has its own column
            header = column_header(lines, line) if (left or right) and not several else None
            text_head = None
            if (
                header is not None
                and kind in ("text", "name", "person", "organisation")
                and not VALUE_CELL.fullmatch(line["text"])
            ):
                # a text cell ("Alder & Finch" under "Organization"): the cells above it are text too, so the
                # column's head is the top of the column, not the cell just above
                top = column_head(lines, line)
                # ...a header row's cell (others stand beside it), and the cell's row has cells on both sides
                # or two on one: a table, not a line under a heading
                if (
                    top is not None
                    and (same_row_left(lines, top) or same_row_right(lines, top))
                    and len(left) + len(right) >= 2
                ):
                    header = text_head = top
            blk = block_of(lines, line)
            # (a speaker's header says who wrote the lines under it; a greeting, "Dear Camille,", whom they are to)
            heading = (
                bool(SPEAKER.match(line["text"])) and kind == "person" and not GREETING.match(line["text"])
            )
            head = next(
                (x for x in ups[:1] if HEADING.fullmatch(x["text"]) and not _sibling_labels(x, line)), None
            )
            # the cells just left of a value, and the row's label at its far left (a table row of many columns)
            row_label = next((x for x in reversed(left) if re.search(r"[A-Za-z]{2,}", x["text"])), None)
            left_text = " ".join(
                x["text"] for x in left[:2] + ([row_label] if row_label and row_label not in left[:2] else [])
            )
            ctx_parts = {
                "line": line["text"],
                "left": left_text,
                "heading": head["text"] if head else "",
                "below": " ".join(x["text"] for x in below(lines, line)) if heading else "",
                # (a label over a label is its sibling in a list, not what it is about: "Hotel" over "Per diem")
                "above": ""
                if ups and _sibling_labels(ups[0], line)
                else " ".join(x["text"] for x in ups[:2]),
                "header": header["text"] if header else "",
                "block": " ".join(x["text"] for x in blk[:12]),
                "right": " ".join(x["text"] for x in right[:4]),  # the rest of the row
            }
            # a chat message's header ("Sergio Prieto 10:50 AM"): its time belongs to the message under it, not to
            # the message above it
            chat_head = (
                bool(SPEAKER.match(line["text"]))
                and bool(re.search(r"\d{1,2}[:.]\d{2}|yesterday|today", line["text"], re.I))
                and kind in ("person", "datetime")
            )
            if chat_head:  # (what is left of it on its row is a side bar's channel list)
                message = below(lines, line)[:3]
                ctx_parts["above"] = ctx_parts["header"] = ctx_parts["block"] = ctx_parts["left"] = ""
                ctx_parts["below"] = " ".join(x["text"] for x in message)
                left, ups = [], message[:1]  # its meaning is its message's
            # (a message that names someone else: "Seal-Tite to fix the upturns (Renee Sato)" under its speaker)
            names_another = chat_head and any(
                starts_with_given_name(s.text) and s.text not in line["text"]
                for x in message
                for s in spans(x["text"], "person")
            )
            if (not left and not right and header is None) or intent.many:
                # a block in a grid: its column's head (a card on a board, its icon beside it, when a list is
                # asked for: "which tickets are in the In Review column")
                top = column_top(lines, line)
                ctx_parts["column"] = top["text"] if top else ""
            if kind == "person" and (left or right) and not VALUE_CELL.fullmatch(line["text"]):
                # a person heading a column of a table (an appointment book's "Dr. Kwame Mensah - Exam 2"): the
                # cells under it are theirs ("Juniper (Haddad) - Urgent" asks "which vet is seeing Juniper")
                ctx_parts["cells"] = " ".join(x["text"] for x in column_below(lines, line))
            # the meaning of the value's line or its label; for a figure, the line above only when it has no label
            # of its own on its row (in a table that is the cell above, the header only for the first row)
            sim_line = max(
                [cand.sims.get(line["id"], 0.0)]
                + [
                    cand.sims.get(x["id"], 0.0)
                    for x in left[:1]
                    + [
                        u
                        for u in ups[:1]
                        # a figure with its own row label, or a text under a line that is no label (an event's
                        # time over its room), does not borrow that line's meaning
                        if (not left or kind not in ("amount", "number"))
                        and (kind != "text" or HEADING.fullmatch(u["text"]))
                    ]
                ]
            )
            money = (
                [(a.start, a.end) for a in spans(line["text"], "amount")]
                if intent.answer_type == "count" and found
                else []
            )
            for sp in found:
                if percent and not is_percent(line["text"], sp):
                    continue  # a percentage is written with its sign
                if any(a <= sp.start < b for a, b in money):
                    continue  # "how many seats": a count, never a price ("$3,600.00")
                if intent.answer_type == "count" and (
                    is_percent(line["text"], sp) or UNIT_AFTER.match(line["text"], sp.end)
                ):
                    continue  # ...nor a share or a zoom level ("150%"), nor a measure ("Pils 50 l keg")
                if day_only and CLOCK.fullmatch(sp.text.strip()):
                    continue  # "to which day was the review moved": a day, not "11:03 AM"
                if (
                    unit_rx
                    and not unit_rx.match(line["text"], sp.end)
                    # (a table writes the unit once, in its column's header: "Volume (m³)" over "74.5")
                    and not (header is not None and unit_in_header(unit_rx, header["text"]))
                ):
                    continue  # "how many kilometres": a figure written with its unit ("600 km"), not "0,30 €"
                if speaker and kind == "text" and not attributed(lines, line, speaker):
                    continue
                if speaker and kind == "datetime" and not _names(line["text"][: sp.start], speaker):
                    continue  # "when did Ravi post about X": the time on Ravi's own header, not another's
                if kind == "person" and not is_person(
                    line, sp, ctx_parts, title, ups[0]["text"] if ups else ""
                ):
                    continue
                if where and (
                    not re.search(r"[A-Za-z]{3,}", sp.text)
                    or any(a.start <= 0 and a.end >= len(sp.text) for a in spans(sp.text, "amount"))
                ):
                    continue  # "where does the demo take place": a place has a name, "14:30 - 15:30" is a time
                if where and sum(len(e) for e in own if e in sp.text.lower()) >= 0.4 * len(sp.text):
                    continue  # ...and not the name of the thing asked about ("Hotel am Neckar, 2 Nächte")
                if (
                    named_rx
                    and sp.kind == "text"
                    and re.search(rf"\b{re.escape(asked_noun.group(1))}s?\b", sp.text, re.I)
                    and not named_rx.search(sp.text)
                ):
                    continue  # "which room": "I booked a bigger room for the..." speaks of one, names none
                if a_thing and named_rx and sp.kind == "text" and len(sp.text.split()) > NAME_MAX_WORDS:
                    continue  # "which room", "which flat": a name, not a sentence
                if a_thing and sp.kind == "text" and not re.search(r"[A-Za-z]{2,}", sp.text):
                    continue  # ...and a name has letters ("which hotel": not "238,00 €" beside "Hotel")
                if (
                    (a_thing or NAME_ASKED.search(intent.question))
                    and sp.kind == "text"
                    and only_values(sp.text)
                ):
                    continue  # ...letters of a word, not a time's ("the pump operator's name": not "5:45am")
                # (a form's field alone on its line: its label is the one over it, "Mobile" over "06 71 42 88 15")
                over = (
                    ups[0]["text"]
                    if ups
                    and line["text"].strip() == sp.text.strip()
                    and len(ups[0]["text"].split()) <= 4
                    and not re.search(r"\d", ups[0]["text"])
                    else ""
                )
                if (
                    sp.kind == "identifier"
                    and not id_fits(intent.question, line["text"], sp, left_text, intent.focus)
                    and not (over and id_fits(intent.question, line["text"], sp, over, intent.focus))
                ):
                    continue
                if sp.kind == "identifier" and over and _other_than_phone(intent.question, over):
                    continue  # "his cell": not the number under "Tracking", however much it looks like one
                # the span's own text never counts as its context (an answer must not be the question echoed)
                line_rest = line["text"][: sp.start] + " " + line["text"][sp.end :]
                if (line["id"], sp.start) in objects:
                    # "please reserve Calle de Ibiza 18": the question's verb says this name is the thing it asks
                    # for ("which apartment"), though the line never calls it one
                    line_rest += f" {asked_noun.group(1)}"
                if sp.kind == "identifier":  # "PO-CH-2026-00871" is a purchase order's number by its initials
                    line_rest += " " + initials_named(q_words, sp.text)
                parts = dict(ctx_parts, line=line_rest)
                if text_head is not None:
                    pass  # (the words right above a text cell are the cell above, not its header)
                elif (several or (left or right)) and not chat_head:
                    parts["header"] = (
                        header_words(lines, line, locate(line, sp.start, sp.end)) or parts["header"]
                    )
                    if parts["header"] and kind in ("amount", "number"):
                        # a table cell's label above it is its column's header, not the whole header line
                        # ("Tickets opened Tickets solved ..." read as one line over the first row)
                        parts["above"] = ""
                if kind == "text" and not _echo(sp.text, line["text"], q_terms):
                    # a sentence answers with its own words too ("Root cause: clock skew ..."); a short line made of
                    # the question's own words ("Benefits vendor demo - Cobee" for "where does the benefits vendor
                    # demo take place") is the thing asked about, not what is asked
                    parts["self"] = sp.text
                m = {k: weights.matched(v) for k, v in parts.items()}
                matched = set().union(*m.values()) | title_m
                if intent.name_kind:  # "which test": the word "test" inside a test's name speaks for it
                    matched |= {t for t in weights.matched(sp.text) if stem(t) == stem(intent.name_kind)}
                if kind in ("email", "domain"):  # "the Northwind invoice came from ...@northwind-traders.com"
                    matched |= weights.matched(re.sub(r"[@._-]", " ", sp.text))
                coverage = sum(weights.w[t] for t in sorted(matched)) / weights.total if q_terms else 0.0
                # each term counts once, at the strongest place it was found; a value with a label of its own
                # (on its line or row) is not labelled by the line above it
                own_label = kind != "text" and bool(re.search(r"[A-Za-z]{3,}", parts["line"] + parts["left"]))
                # ...and a sentence is not labelled by the sentence above it (a heading above it is another matter)
                place = dict(
                    PLACE, above=PLACE["above"] * (0.4 if own_label else 0.25 if kind == "text" else 1.0)
                )
                best_place: dict[str, float] = {t: PLACE["title"] for t in title_m}
                own_words = own_segment(line["text"], found, sp, kind)
                own_m = [weights.matched(x) for x in own_words] if own_words else None
                for k, ts in m.items():
                    for t in ts:
                        # a figure the question quotes, on the value's row ("the product I ordered for
                        # 149,99 €"), tells the row as well as its label does
                        p = place["left"] if k == "right" and re.search(r"\d", t) else place[k]
                        if k == "line" and own_m and t not in own_m[0]:
                            p *= SEGMENT_AFTER if t in own_m[1] else SEGMENT_REST
                        best_place[t] = max(best_place.get(t, 0.0), p)
                # the words naming the value ("total" in "the order total for the docking station order") count
                # double next to it; the scope's words may be anywhere on the screen
                near = (
                    sum(
                        weights.w[t] * p * (FOCUS if t in focus else 1.0)
                        for t, p in sorted(best_place.items())
                    )
                    / weights.total
                )
                score = 1.6 * coverage + 1.2 * near + 1.5 * max(0.0, sim_line) + 0.4 * cand.score / top_score
                score += _type_bonus(intent, sp, line, parts, weights)
                if id_noun and _after_noun(line["text"][: sp.start], id_noun):
                    score += ID_NAMED  # "material document 5000093817" for "the document number"
                if (line["id"], sp.start) in objects:
                    score += ID_NAMED  # ...and a name right after the question's own verb ("reserve Calle de Ibiza 18")
                # (a label: a cell left of the value, a form's label over it, or "Label:" before it on its line, not
                # a sentence's subject: "Node image 2026.11.4 disabled chronyd")
                prefix = re.fullmatch(r"\s*([^:]{2,40}):\s*", line["text"][: sp.start])
                if kind != "text" and _label_said(left_text or (prefix and prefix.group(1)) or over, q_stems):
                    score += LABEL_SAID  # "Net amount 12.480,00 €" for "the invoice's net amount"
                if (
                    sp.text.lower() in own
                    or sp.text.lower() in q_terms
                    or any(re.search(r"\d", t) and t in sp.text.lower() for t in q_terms)
                    or (a_thing and kind == "text" and _echo(sp.text, line["text"], q_terms, 1.0))
                    # ...nor the page's own heading, its title's words ("what trip is the expense claim for":
                    # not "Travel expense claim")
                    or (
                        a_thing
                        and kind == "text"
                        and sp.text.lower() in title.lower()
                        and _echo(sp.text, line["text"], q_terms)
                    )
                ):
                    # the question's own words (or figure) are not its answer ("which hotel ... on the travel
                    # expense claim": not "Travel expense claim")
                    score -= 2.0
                elif kind == "text" and own:
                    # a line that mostly names what the question names (a sender line, a heading) is where the
                    # question points, not its answer; a sentence about it may well be the answer
                    loose = re.sub(r"[^\w]", "", sp.text.lower())
                    named = sum(
                        loose.count(re.sub(r"[^\w]", "", e)) * len(re.sub(r"[^\w]", "", e)) for e in own
                    )
                    if loose and named / len(loose) > 0.3:
                        score -= 1.2 * named / len(loose)
                score += 0.4 * screen_cov
                if chat_head and kind == "person" and names_another and not SENDING.search(intent.question):
                    # "who is responsible for the upturns": the person the message names for it, not the one who
                    # wrote it down (unless the question asks who said, wrote or sent it)
                    score -= 0.5
                if chat_head and kind == "person" and SAYING.search(intent.question):
                    if m.get("below"):
                        score += 0.4  # "who announced the incident": the speaker of the message that says it
                    elif intent.many:
                        score += 0.4  # "who posted in the channel": its speakers, not its tab bar's words
                if (
                    kind == "text"
                    and m.get("block")
                    and blk
                    and all(x["box"][1] >= line["box"][1] for x in blk)
                ):
                    score += 0.4  # a block found by its words answers with its first line: an event's title
                if (
                    kind in ("text", "person", "name", "organisation")
                    and sp.text.strip() == line["text"].strip()
                    and len(sp.text.split()) <= 4
                ):
                    # a short line among short worded cells on its row is a header row or a menu ("Mon 23  Tue
                    # 24  Wed 25", "File Edit View"): a head of the answers, not one
                    worded = [
                        x
                        for x in left[:3] + right[:3]
                        if len(x["text"].split()) <= 4 and re.search(r"[A-Za-z]{2}", x["text"])
                    ]
                    if len(worded) >= 2:
                        score -= 0.5
                readings.append(
                    Reading(
                        cand,
                        line,
                        sp,
                        score,
                        coverage,
                        sim_line,
                        matched,
                        {k: sorted(v) for k, v in [*m.items(), ("title", title_m)] if v},
                        screen_cov,
                        frozenset(screen_m | m.get("line", set())),
                        parts.get("header") or "",
                        known,
                        ctx_parts.get("column") or "",
                    )
                )
    if ranged and any(len(CLOCK.findall(r.span.text)) >= 2 for r in readings):
        # "from when to when": one time is half an answer where some screen gives both ends
        readings = [r for r in readings if len(CLOCK.findall(r.span.text)) >= 2]
    readings.sort(key=lambda r: (-r.score, r.frame.ts, r.line["id"], r.span.start))
    return readings


# Verbs that say how the user spoke, not what was done to the thing: "what did I ask him to reserve" is reserving
SPEAKING = {
    "ask",
    "tell",
    "say",
    "want",
    "need",
    "have",
    "get",
    "make",
    "let",
    "write",
    "mail",
    "email",
    "reply",
}


def _verb_forms(verb: str) -> list[str]:
    """ "reserve" -> reserve, reserves, reserved, reserving: the verb's own forms, not longer words that start
    with it ("edit" is not "Editor")."""
    stem_ = verb[:-1] if verb.endswith("e") else verb
    return sorted({verb, verb + "s", stem_ + "ed", stem_ + "ing"}, key=len, reverse=True)


def _object_verb(question: str) -> str | None:
    """The verb a "which <thing>" question does to its thing ("which apartment did I ask Tomasz to reserve" ->
    reserve, "which flat did I pick" -> pick), or None."""
    m = re.search(
        r"\bto\s+([a-z]{3,})(?:\s+(?:for|at|in|on|with)\b[^?]*)?\s*[?.!]*$", question, re.I
    ) or re.search(r"\bdid\s+(?:i|we)\s+([a-z]{3,})\b", question, re.I)
    if not m or m.group(1).lower() in SPEAKING or m.group(1).lower() in STOP:
        return None
    return m.group(1).lower()


def counts_other(text: str, sp: Span, noun: str) -> bool:
    """ "Inbox (12)" read for "how many people are linked to the deal": a count in brackets after a label counts
    that label's things, a figure before a unit ("14 days") time; when they share no word with what the
    question counts, they count something else. (A label that means the same in other words, "Contacts (3)" for people, is
    families/counted.heading_count's to judge, by meaning.)"""
    words = {stem(w) for w in noun.split() if w not in STOP}
    label = re.search(r"([A-Za-z][A-Za-z &/-]{1,40}?)\s*\(\s*$", text[: sp.start])
    if label and text[sp.end :].lstrip().startswith(")"):
        return not words & {stem(w) for w in re.findall(r"[a-z]+", label.group(1).lower())}
    # "no activity for 14 days": a figure before a unit of time counts time (a figure before another noun may
    # count the same things in other words: "37 users" for "how many people")
    unit = re.match(r"\s*(seconds|minutes|hours|days|weeks|months|years)\b", text[sp.end :], re.I)
    return bool(unit) and stem(unit.group(1).lower()) not in words


def model_number(text: str, sp: Span) -> bool:
    """A number inside a product's name counts nothing: "LSM 980 Confocal", "QuantStudio 5 qPCR", "Imrab 3 TF" (an
    upper-case or camel-case word before it and the name going on after it, or a camel-case word before it and
    nothing after); "USD 150", "Items (3)", "SEPA 4 transfers" are figures."""
    before = re.search(r"(?<!\S)([A-Z]{2,6}|[A-Z][a-z]+[A-Z]\w*|[A-Z][a-z]{2,})\s$", text[: sp.start])
    after = text[sp.end :]
    if before and before.group(1)[1:].islower():  # "Imrab 3 TF": a capitalised word, then letters in capitals
        return re.match(r"\s+[A-Z]{2,4}\b", after) is not None
    return bool(before) and (
        re.match(r"\s+(?:[A-Z][a-z]|[a-z]+[A-Z])", after) is not None
        or (not before.group(1).isupper() and not after.strip())
    )


def names_no_figure(text: str, sp: Span, question: str) -> bool:
    """Is this number part of a name rather than a figure? A year that names a thing ("Platform expansion 2027",
    "Budget 2026") is not what the thing's figure is, unless years are asked or a unit follows ("2000 units")."""
    if (
        re.fullmatch(r"(?:19|20)\d\d", sp.text) is not None
        and not re.search(r"\byears?\b", question, re.I)
        and not re.match(r"\s?[a-z%]", text[sp.end :])
    ):
        return True
    # "2nd quarter", "3B", "Article 5", "Chapter 3", "3.1 Runtime": an ordinal, a number of a part of a thing or a
    # section's number names which one, and is the answer only when the question asks which one of those
    if re.match(r"(?:st|nd|rd|th|[A-FH-JL-SU-Z])\b", text[sp.end :]):  # ("64G", "16K", "5V": units)
        return True
    before = re.search(r"([A-Za-z]+)\.?\s*$", text[: sp.start])
    if (
        before
        and before.group(1).lower() in NUMBERED_PARTS
        and not re.search(rf"\b{before.group(1)}\b", question, re.I)  # ("which article": the 5 is asked)
    ):
        return True
    return bool(
        re.fullmatch(r"\d{1,2}(?:\.\d{1,2})+", sp.text)
        and sp.start == len(text) - len(text.lstrip())
        and re.match(r"\s+[A-Z][a-z]", text[sp.end :])
    )


# Words whose number says which one: "Article 5", "Chapter 3", "Table 2", "Step 4"
NUMBERED_PARTS = {
    "article", "section", "chapter", "table", "figure", "fig", "step", "page", "part", "clause", "paragraph",
    "item", "floor", "level", "lot", "room", "version", "sprint", "week", "kw", "wk", "q", "phase", "round",
}  # fmt: skip


# A gap between words this many times the line's median gap (and at least 20 px) parts two cells.
CELL_GAP = 3.0


def cell_spans(line: dict) -> list[Span]:
    """The cells of a line that holds a table row (OCR joins cells whose gap is small for its layout analysis):
    runs of words parted by gaps much wider than the gaps inside them, three runs at least."""
    words = line.get("words") or []
    if len(words) < 3:
        return []
    gaps = [b["box"][0] - a["box"][2] for a, b in zip(words, words[1:])]
    normal = sorted(gaps)[len(gaps) // 2]
    cut = max(20.0, CELL_GAP * max(normal, 1))
    runs, cur = [], [words[0]]
    for w, g in zip(words[1:], gaps):
        if g > cut:
            runs.append(cur)
            cur = []
        cur.append(w)
    runs.append(cur)
    if len(runs) < 3:  # (two runs are as often a label and its value as two cells)
        return []
    out, pos = [], 0
    text = line["text"]
    for run in runs:
        start = text.find(run[0]["text"], pos)
        end_word = run[-1]["text"]
        end = text.find(end_word, start) + len(end_word) if start >= 0 else -1
        if start < 0 or end < start:
            return []
        out.append(Span("text", text[start:end], start, end))
        pos = end
    return out


def _sibling_labels(above: dict, line: dict) -> bool:
    """Two short lines of one column, the same size and start, a row apart ("Hotel" over "Per diem" in a form's
    labels): items of one list, not a heading over its content. (A block's lines stand closer: an event's
    title, time and room.)"""
    return (
        line["box"][1] - above["box"][3] > min(_h(above), _h(line))
        and abs(above["box"][0] - line["box"][0]) <= 6
        and abs(_h(above) - _h(line)) <= max(4, 0.3 * min(_h(above), _h(line)))  # (descenders, brackets)
        and len(line["text"].split()) <= 4
        and len(above["text"].split()) <= 4
    )


def _echo(span: str, line_text: str, q_terms, share: float = 0.6) -> bool:
    """Is this whole short line mostly (`share` of its words) the question's own words?"""
    if span.strip() != line_text.strip():
        return False
    words = re.findall(r"[a-z]{3,}", span.lower())
    # ("Insurer" for "which insurance company": one root, another ending)
    echoed = [
        w
        for w in words
        if any(
            w.startswith(stem(t)) or (len(stem(w)) >= 5 and stem(t).startswith(stem(w)))
            for t in q_terms
            if t.isalpha()
        )
    ]
    return bool(words) and len(words) <= 6 and len(echoed) / len(words) >= share


# What a person's words are called in a question about them ("Ravi's news", "Olivia's reply")
MESSAGE_NOUNS = {
    "news",
    "update",
    "note",
    "message",
    "answer",
    "reply",
    "response",
    "comment",
    "post",
    "words",
}


def _names(text: str, person: str) -> bool:
    """Does `text` name the person (any word of the name, whole: "Ravi" in "Ravi Desai 8:57 AM")?"""
    return any(re.search(rf"\b{re.escape(w)}\b", text, re.I) for w in person.split() if len(w) > 1)


def said_by(intent: Intent) -> str | None:
    """The person whose words are asked for: "what did Olivia reply", "how did Olivia Grant respond",
    "Olivia's answer"."""
    q = intent.question
    m = (
        re.search(
            r"\b(?i:what|how) did ([A-Z][\w'-]+(?: [A-Z][\w'-]+)?) (?:say|write|reply|post|answer|respond|ask|"
            r"tell|mention|comment|suggest|propose)",
            q,
        )
        or re.search(
            rf"\b([A-Z][\w-]+(?: [A-Z][\w-]+)?)'s (?:{'|'.join(sorted(MESSAGE_NOUNS))})\b",
            q,
        )
        or re.search(
            r"\b(?i:did) ([A-Z][\w'-]+(?: [A-Z][\w'-]+)?) (?:say|write|reply|post|comment|mention|ask|tell|share|"
            r"announce|message|ping|answer|respond)",
            q,
        )
    )
    return m.group(1) if m else None


AVATAR = re.compile(r"\s*[A-Z]{1,3}\s*")  # a chat avatar's initials, read as a line of their own


def attributed(lines: list[dict], line: dict, person: str) -> bool:
    """Is this line the person's own words: prefixed with their name ("Olivia Grant, 2:21 PM: ..."), or under a
    speaker heading with their name, with no other speaker in between?"""
    first = person.split()[0].lower()
    head = re.match(
        r"^\s*([A-Z][\w'.-]+(?:\s[A-Z][\w'.-]+){0,3})\s*(?:,|:|\(|\d{1,2}[:.]\d{2})", line["text"]
    )
    if head:
        return first in head.group(1).lower()
    if _field_label(lines, line):
        return False  # a form's value ("Priority | High"), not what someone wrote
    l, t = line["box"][0], line["box"][1]
    # boxes of a speaker line and the message under it may overlap by a few pixels
    ups = sorted(
        (
            x
            for x in lines
            if x is not line
            and x["box"][1] < t - 2
            and x["box"][3] <= t + 0.5 * _h(line)
            and abs(x["box"][0] - l) < 120
            and t - x["box"][3] < 400
        ),
        key=lambda x: -x["box"][1],
    )
    for x in ups:
        if AVATAR.fullmatch(x["text"]):
            continue  # an avatar's initials ("RD" beside Ravi Desai's message), not a speaker of its own
        if SPEAKER.match(x["text"]) and not _field_label(lines, x):  # "Reporter | Priya Nair" is a field
            return first in x["text"].lower()
    return False


def _field_label(lines: list[dict], line: dict) -> bool:
    """Does a short label sit just left of this line on its row ("Reporter" | "Priya Nair")?"""
    left = same_row_left(lines, line)[:1]
    return bool(
        left
        and re.fullmatch(r"[A-Za-z][\w /&'-]{1,30}:?", left[0]["text"].strip())
        and not AVATAR.fullmatch(left[0]["text"])  # a chat avatar's initials ("RD") label no field
        and line["box"][0] - left[0]["box"][2] < 400
    )


# A mail's or a message's header labels in the languages its client may be set to (Thunderbird, Outlook and Gmail
# translate "From:" and "To:"): whose message it is, and whom it was written to; folded, as a label is looked up
# ("Från" is "fran"; French "À" is left out: folded, it is the article "a")
FROM_LABELS = {
    "from", "sender", "by", "author", "von", "absender", "de", "fran", "fra", "od", "kimden", "da", "van",
    "remitente", "remetente", "expediteur", "lahettaja", "odesilatel",
}  # fmt: skip
TO_LABELS = {
    "to", "cc", "bcc", "recipient", "an", "attendees", "till", "til", "do", "kime", "para", "aan", "destinataire",
    "empfanger", "mottagare", "dw", "bilgi", "kopia", "vastaanottaja",
}  # fmt: skip
LABELS = FROM_LABELS | TO_LABELS
# The roles people have on tickets, documents and requests, as questions ask for them and as forms label them
# (Jira, GitHub, ServiceNow, Confluence and mail clients say them in these words): "who owns the ticket" is its
# assignee, "who filed it" its reporter.
ROLES = {
    "assignee": (
        r"\b(own|owns|owned|owner|owners|assign\w*|responsible|working on|works on|handl\w+|in charge)\b",
        r"\b(assignee|assigned|owner|owned by|responsible)\b",
    ),
    "reporter": (
        # (verbs and the doer's nouns: "the lab report" and "the purchase request" are documents)
        r"\b(report(ed|ing|er|s)|filed?|open(ed)?|raised?|creat\w+|request(ed|ing|er|s)|submitt?\w*|logged)\b",
        r"\b(reporter|reported by|created by|creator|requester|requested by|opened by|submitter|author)\b",
    ),
    "approver": (r"\b(approv\w+|sign(ed)? off)\b", r"\b(approved by|approver|signed off by)\b"),
}


def _agent_fit(question: str, before: str) -> float:
    """+ when the person is the agent of the question's own verb ("reviewed by Dr. Eliza Grant" for "which
    pathologist reviewed the report"), - when of another verb the question does not use ("requested by Dr. Sofia
    Marchetti"). Any verb: the words of the line and of the question, compared by their first five letters."""
    m = re.search(
        r"\b([A-Za-z]{3,}ed)\s+(?:by|from)\s+(?:(?:dr|mr|mrs|ms|prof|mtro|lic|dra)\.?\s+)?$", before, re.I
    )
    if not m:
        return 0.0
    verb = m.group(1).lower()[:5]
    words = re.findall(r"[a-z]{4,}", question.lower())
    if any(w[:5] == verb for w in words):
        return 0.8
    return -0.4 if any(w.endswith("ed") and len(w) >= 5 for w in words) else 0.0


def _role_fit(question: str, label: str) -> float:
    """+ when the person's label is the role the question asks about, - when it is another role."""
    asked = {r for r, (q_rx, _) in ROLES.items() if re.search(q_rx, question, re.I)}
    if not asked:
        return _agent_fit(question, label)
    has = {r for r, (_, l_rx) in ROLES.items() if re.search(l_rx, label, re.I)}
    if has & asked:
        return 0.8
    return -0.4 if has else 0.0


# "Who asked me for the estimate", "which colleague found that the delivery was short": the person who said or
# did it is the author of the message that says so (its sender or speaker), not whom it was written to
AUTHOR_ASKED = (
    r"\s*(?:who|which\s+(?:person|colleague|one|of\s+them))\s+(?:first\s+)?(?:asked|wanted|found|noticed|reported|"
    r"said|told|mentioned|suggested|proposed|confirmed|flagged|requested|shared|posted|replied|answered|announced|"
    r"offered|promised|recommended|warned|pointed out|spotted|complained|raised|wrote|sent)\b"
)
# A letter's or message's greeting: the name after it is the one it is written to
GREETING_WORDS = (
    r"(?:dear|hi|hello|hey|hallo|liebe[rs]?|sehr geehrte[r]?|bonjour|cher|ch[eè]re|ol[aá]|oi|caro|cara|"
    r"estimad[oa]|hola|good (?:morning|afternoon|evening))"
)
SALUTATION = re.compile(
    rf"\s*{GREETING_WORDS}\b[\s,]*(?:(?:mr|mrs|ms|dr|herr|frau|m|mme|sr|sra)\.?\s+)?$", re.I
)
GREETING = re.compile(rf"\s*{GREETING_WORDS}\b", re.I)  # ("Dear Mr Brenner" read as one name)
# "to whom was the letter addressed", "who did Sabine write to": the one a greeting names is asked for
ADDRESSEE_ASKED = re.compile(
    r"\b(?:to whom|addressed|written to|wr(?:ite|ote|itten) to|sent to|greet\w*)\b", re.I
)
# Words a question uses for the kind of value that forms also use as labels.
LABEL_NOUNS = {
    "amount",
    "total",
    "date",
    "name",
    "number",
    "price",
    "value",
    "balance",
    "status",
    "time",
    "sum",
}


# The counted noun phrase of "how many": from there to its verb or preposition ("how many pharmacy items were")
COUNTED = re.compile(
    r"\bhow many\s+((?:(?!(?:were|was|are|is|did|do|does|have|has|had|in|on|at|with|from|for|that|"
    r"which|who|below|above|under|over|still|left)\b)[\w'-]+\s*){1,3})",
    re.I,
)


def _type_bonus(intent: Intent, sp: Span, line: dict, parts: dict, weights: Weights) -> float:
    text = line["text"]
    bonus = 0.0
    if intent.answer_type in ("count", "number", "amount"):
        # "in week 46": the numbers that label rows ("Week 47", the sheet's row number before "Week 46") are
        # labels, not values
        labels = {w.lower() for w in re.findall(r"([A-Za-z]+)\s+#?\d+\b", intent.question)}
        word_before = (re.findall(r"([A-Za-z]+)\W*$", text[: sp.start]) or [""])[0].lower()
        numbered = [t for t in weights.terms if re.fullmatch(r"\d+", t)]
        if word_before and word_before in labels:
            bonus -= 1.5
        elif (
            re.fullmatch(r"\d{1,3}", sp.text)
            and not text[: sp.start].strip()
            and re.match(r"\s+[A-Za-z]", text[sp.end :])
            and not weights.matched(text[sp.end :].split()[0])
        ):
            # "5 Week 47": a list item's number before its label, not a value ("1 failed" is a count)
            bonus -= 1.0
        elif any(re.search(rf"(?<!\d){t}(?!\d)", text[sp.end :]) for t in numbered):
            bonus -= 1.0
    if intent.answer_type in ("count", "number"):
        # "41 passed", "Inbox 3", "3 unread": a number right next to a question word is its count
        # ...but not across a comma: in "3 failed, 118 passed" 118 is not the failures
        before = re.findall(r"(\w+)\s*$", text[: sp.start]) or [""]
        after = re.findall(r"^\s*(\w+)", text[sp.end :]) or [""]
        if weights.matched(before[0]) or weights.matched(after[0]):
            bonus += 0.8
            # "how many defects were open" on "7 defects - 5 open": the number beside what the question says of
            # the things (its predicate) counts those; the one beside the counted noun counts them all
            counted = COUNTED.search(intent.question)
            # (the predicate may be a word further: "5 below reorder level")
            after2 = " ".join(re.findall(r"\w+", text[sp.end :])[:2])
            beside = weights.matched(after2) | weights.matched(before[0])
            if counted and beside and not beside & weights.matched(counted.group(1)):
                bonus += 0.3
        if re.fullmatch(r"\d{4}", sp.text) or sp.value is None:
            bonus -= 0.3  # a year or a code, rarely a count
        elif intent.answer_type == "count" and float(sp.value) != int(sp.value):
            bonus -= 1.0  # "how many": a whole number, not "1284.49"
    elif intent.answer_type == "identifier":
        head = re.split(r"[-_#\d]", sp.text, maxsplit=1)[0].lower()
        if head and any(t == head or t.startswith(head) for t in weights.terms):
            bonus += 0.8
        # its label just before it, in the same clause ("asset tag QR-LT-0931", "Invoice no. RE-2026-1187"), not
        # a word of the sentence before a comma or colon ("His laptop is ready: ThinkPad X1")
        clause = re.split(r"[,;:.!?()]\s", text[max(0, sp.start - 30) : sp.start])[-1]
        label = re.findall(r"[A-Za-z]{2,}", clause)[-2:]
        if label and weights.matched(" ".join(label)):
            bonus += 0.6
        # "checkout-web@3.8.1", "payments-api v2.4.0": a version or id joined to the name the question asks about
        joined = re.search(r"([\w.-]+)(?:@|\s+v(?=\d))$", text[: sp.start])
        if joined and weights.matched(joined.group(1)):
            bonus += 1.0
        # "upgrade 4b2c9d1e7a3f -> 7f3a9c2b1e4d, add refund_reason", "v2.3.1 → v2.4.0", "a1b2c3d..e4f5a6b": a
        # transition's source is where it came from; what the line says happened (applied, failed, added) is the
        # target's, unless the question asks where it started
        if re.match(r"\s*(?:->|→|=>|\.\.\.?)\s*\S", text[sp.end :]) and not re.search(
            r"\b(from|previous|prior|old|base|start\w*|before|current(?:ly)?)\b", intent.question, re.I
        ):
            bonus -= 0.3
    elif intent.answer_type == "name":
        bonus += 0.6 * _name_fit(sp, intent.name_kind, parts["line"])
    if intent.answer_type == "person":
        bonus += _role_fit(intent.question, (parts.get("left") or "") + " " + text[: sp.start])
    if intent.answer_type in ("person", "email", "domain"):
        lead = re.match(r"\s*(\w+)\s*:", text)  # "From: Name <address>": the line's own label
        label = lead if lead and lead.end() <= sp.start else re.search(r"(\w+)\s*:?\s*$", text[: sp.start])
        label = fold(label.group(1).lower()) if label else ""
        if label not in LABELS and parts.get("left"):  # ...or a label in the cell to its left ("From | Name")
            label = fold((re.findall(r"(\w+)\s*:?\s*$", parts["left"]) or [label])[0].lower())
        author = re.match(AUTHOR_ASKED, intent.question, re.I)
        sending = author or re.search(
            r"\b(sent|send|sender|from|e-?mail|mail|wrote|invoice|message)\b", intent.question, re.I
        )
        if label in FROM_LABELS:
            bonus += 0.8 if sending else 0.2
        elif label in TO_LABELS:
            bonus -= 2.0 if author else 0.8 if sending else 0.2  # (whom it was written to did not do it)
        elif (SALUTATION.match(text[: sp.start]) or GREETING.match(sp.text)) and not ADDRESSEE_ASKED.search(
            intent.question
        ):
            # "Dear Mr Brenner": the one written to, most often the user, whom a question about someone else's
            # doing ("who is Nadia insured with", "who's the courier") never asks for
            bonus -= 2.0 if author else 1.2
        elif intent.answer_type == "person" and re.match(r"\s*<[^>]+@", text[sp.end :]):
            bonus += 0.3
    if intent.answer_type in ("amount", "number", "count") and re.search(
        r"\b(after|left|remaining|remains|afterwards)\b", intent.question, re.I
    ):
        # "the balance left after paying the brewery": a form shows the value before and the value after under
        # two labels ("Account balance", "Available after transfer"); the later state's label says so
        label = text[: sp.start] + " " + (parts.get("left") or "")
        if re.search(r"\b(after|remaining|left|new balance|available)\b", label, re.I):
            bonus += 1.2  # (as much as the value's kind named by its label: "balance" in "Account balance")
    # the question's word for the kind of value may be the field's own label ("the amount on the transfer":
    # the field labelled "Amount", not the balance above it); such words are no search terms, so they are
    # matched here, against the value's own label only
    kinds = set(re.findall(r"[a-z]+", intent.question.lower())) & LABEL_NOUNS
    if kinds:
        own_label = re.findall(r"[a-z]+", " ".join([text[: sp.start], parts.get("left") or ""]).lower())
        if own_label and set(own_label) <= kinds:
            bonus += 1.2  # the label is that word ("Amount" beside the field)
        elif kinds & set(own_label):
            bonus += 0.6
    if (
        intent.answer_type in ("text", "name", "person")
        and sp.text.strip() == text.strip()
        and parts.get("right")
        and not parts.get("left")
        and re.fullmatch(r"[A-Za-z][\w/&.' -]{0,25}:?", text.strip())
        and len(text.split()) <= 3
    ):
        bonus -= 0.5  # a form's label ("Reporter" with "Priya Nair" beside it) is not a value
    if intent.answer_type == "person":
        tail = text[sp.end :].strip()
        if (
            re.fullmatch(r"(?:\d{1,2}[:.]\d{2}(?:\s?[AaPp][Mm])?|\w{3}|yesterday|today)?", tail)
            and sp.start < 3
        ):
            # a name alone on its line, or with a time: a chat message's speaker or a mail list's sender
            bonus += 0.3
    # the row's label, in its own cell or on the line
    row = (parts.get("left") or "") + " " + text[: sp.start]
    # a cell: nothing worded after the value and at most a short label before it ("Engineering 120.000,00 € ...");
    # in a sentence or a log line ("3 failed, 118 passed") the text above is not a column header
    cell = (
        not re.search(r"[A-Za-z]{3,}", text[sp.end :])
        and len(re.findall(r"[A-Za-z]{3,}", text[: sp.start])) <= 3
    )
    addressed = bool(
        cell
        and parts.get("header")
        # (a line of labelled values above a row, "Invoice date: 17.11.2026 Customer no.: KD-20931", heads no column)
        and not re.search(r"[A-Za-z]\.?:\s*\S", parts["header"])
        and weights.matched(parts["header"]) - weights.matched(row)
        and weights.matched(row) - weights.matched(parts["header"])
    )
    if addressed:
        bonus += 1.0  # a table cell at the row and the column the question names, each by its own word
    elif sp.kind == "named":
        bonus += 0.3  # the name the question's noun introduces ("room [Fjord]")
    elif intent.answer_type == "text":
        if len(sp.text) < 4:
            bonus -= 0.5
        if not re.search(r"[A-Za-z]", sp.text):
            bonus -= 1.0  # a bare figure (a line number, a count) is not a text answer
        if SPEAKER.match(text) or len(re.findall(r"[A-Za-z]{3,}", sp.text)) < 3:
            bonus -= 0.6  # a name, a time or a label alone is not what someone said or why something happened
    figures = [t for t in weights.terms if re.search(r"\d[.,]\d", t)]
    if figures and weights.matched(
        " ".join([parts.get("line", ""), parts.get("left", ""), parts.get("right", "")])
    ) & set(figures):
        bonus += 1.0  # the row holding the figure the question quotes ("which item cost 49,99 €")
    if intent.answer_type == "datetime":
        bonus += range_end_bonus(intent.question, text, sp)
        clock = bool(CLOCK.fullmatch(sp.text.strip()))
        if re.search(r"\btime\b", intent.question, re.I):
            bonus += 0.5 if clock else -0.3  # "what time", "arrival time": the clock, not the day
        elif re.search(r"\b(date|day|deadline)\b", intent.question, re.I):
            bonus += -0.3 if clock else 0.3
    if intent.answer_type == "identifier":
        want = intent.question.lower()
        t = sp.text
        if re.search(r"\b(commit|sha|hash|revision|rev)\b", want):
            bonus += 0.6 if re.fullmatch(r"[0-9a-fA-FlI]{6,40}", t) and re.search(r"\d", t) else -0.2
        elif re.search(r"\b(version|image|release|build|tag)\b", want):
            bonus += 0.6 if re.fullmatch(r"v?\d+(?:\.\d+)+", t) else -0.2
    return bonus
