"""Computed over amounts read off screens: the smallest/largest in a scope, the sum of a table's items (checked
against the total it shows), and differences (a value that changed over time, or two values compared).

The scope is the screens retrieval found for the question's own words when it has any ("on the Northwind
invoice"), else every screen in its time and app filters (the latest `SCOPE_FRAMES`)."""

from __future__ import annotations

import re

from autocapture.query.claims import Claim, Result, fmt_time, span_box
from autocapture.query.evidence import Evidence, fold
from autocapture.query.intent import (
    MEASURES,
    PERCENT_ASKED,
    QUESTION_NOUNS,
    SOFTWARE_KINDS,
    Intent,
    asked_kind,
    measured,
)
from autocapture.query.read import Reading, is_percent, labelled_rows, read
from autocapture.query.retrieve import Candidate, Weights
from autocapture.query.values import MONTH_WORDS, WEEKDAY_FORMS, currency_of, format_like

SCOPE_FRAMES = 2000
# A line of more words than this is a sentence, not a table's or a list's row
PROSE_WORDS = 12
TOTAL_ROW = re.compile(r"\b(sub-?total|total|sum|balance|amount due|gesamt\w*|summe|total due)\b", re.I)
# Superlatives: which end of a column is wanted, never the column's name.
EXTREME_WORDS = {
    "largest",
    "smallest",
    "biggest",
    "highest",
    "lowest",
    "maximum",
    "minimum",
    "max",
    "min",
    "cheapest",
    "expensive",
    "most",
    "least",
    "greatest",
}
# Words that say "an amount" without saying which one: they pick the answer type, not the scope.
TYPE_WORDS = EXTREME_WORDS | {
    "amount",
    "amounts",
    "dollar",
    "dollars",
    "euro",
    "euros",
    "pound",
    "pounds",
    "money",
    "price",
    "prices",
    "value",
    "values",
    "number",
    "numbers",
    "figure",
    "figures",
    "sum",
    "total",
    "add",
    "adds",
    "altogether",
    "combined",
    "seen",
    "saw",
    "see",
    "ever",
    "any",
}


# Words that say the values are money; without them "the most tickets" or "the lowest CSAT" are plain numbers.
MONEY = (
    r"\b(price|cost|costs|amount|amounts|total|subtotal|balance|paid|pay|payment|fee|charge[sd]?|budget\w*|"
    r"spend|spent|refund|salary|revenue|quote[sd]?|invoice|expensive|cheap\w*|dollars?|euros?|pounds?|money|"
    r"owed?|due|sum|worth|deals?|opportunit(?:y|ies)|pipeline|rent)\b|[$€£¥]"
)


def _currency_wanted(q: str) -> str | None:
    for rx, cur in (
        (r"\b(dollars?|usd)\b|\$", "$"),
        (r"\b(euros?|eur)\b|€", "€"),
        (r"\b(pounds?|gbp)\b|£", "£"),
    ):
        if re.search(rx, q, re.I):
            return cur
    return None


def _same_currency(text: str, want: str | None) -> bool:
    if want is None:
        return True
    cur = currency_of(text) or ""
    names = {"$": ("$", "USD"), "€": ("€", "EUR"), "£": ("£", "GBP")}[want]
    return cur in names


def scoped_readings(ev: Evidence, intent: Intent, cands: list[Candidate], weights: Weights) -> list[Reading]:
    scope_terms = [t for t in intent.terms if t not in TYPE_WORDS]
    if not scope_terms and not intent.entities:
        cands = [
            Candidate(f, ev.lines(f.record_id), {}, 0.0)
            for f in ev.recent_frames(intent.filters, SCOPE_FRAMES)
        ]
    want = _currency_wanted(intent.question)
    unit = measured(intent.question)
    if unit:  # "the most square metres": the figures written with that unit ("72 m2"), whatever else is there
        rx = re.compile(rf"\s?(?:{unit})", re.I)
        return [r for r in read(intent, cands, weights, "number") if rx.match(r.line["text"], r.span.end)]
    if intent.answer_type in ("number", "count"):
        return read(intent, cands, weights, "number")
    amounts = [r for r in read(intent, cands, weights, "amount") if _same_currency(r.span.text, want)]
    if want:
        return amounts
    # where both are read, the kind on the screen that holds more of the question: "the largest Q2 revenue in the
    # tracker" is the tracker's plain figures under "Revenue (₹ cr)", not a release's amounts elsewhere
    coverage = lambda rs: max((r.screen_coverage for r in rs), default=0.0)  # noqa: E731
    money_asked = amounts and re.search(MONEY, intent.question, re.I)
    if money_asked and coverage(amounts) >= 1.0:
        return amounts  # (no screen holds more of the question than all of it: the figures need no reading)
    numbers = [
        r
        for r in read(intent, cands, weights, "number")
        if r.span.value is not None
        and not re.fullmatch(r"(19|20)\d\d", r.span.text)
        # (seven digits or more without a separator are a record's id, "20113578440", not a figure)
        and not re.fullmatch(r"\d{7,}", r.span.text)
    ]
    if money_asked:
        # money asked for: amounts, unless a table's money column of plain figures is the better screen
        # (a share, "2.41%", is no sum of money)
        money = [r for r in numbers if not is_percent(r.line["text"], r.span)]
        cells = [r for r in money if r.header]
        return money if coverage(cells) > coverage(amounts) else amounts
    # not said to be money ("the most tickets solved", "the lowest CSAT"): amounts when some sit next to the
    # question's words (its row or column), else plain figures
    labelled = [r for r in amounts if any(r.context.get(k) for k in ("line", "left", "header"))]
    if not labelled or not numbers:
        return amounts if labelled or not numbers else numbers
    return amounts if coverage(labelled) >= coverage(numbers) else numbers


# A computed answer needs a screen that holds at least this share of the question's scope words:
# "the week with the most tickets closed" asked of a day without such a table is not answered from an order page.
MIN_SCOPE_COVERAGE = 0.5


def off_scope(intent: Intent, readings: list[Reading]) -> bool:
    """True when the question names what to compute over and no screen read holds most of those words."""
    # (the superlatives are among TYPE_WORDS)
    scope = {t for t in intent.terms if t not in TYPE_WORDS and t not in QUESTION_NOUNS}
    scope -= SOFTWARE_KINDS  # "in the CRM": a kind of app, its screens never say so
    if intent.family == "difference":  # "the gap between the old and the new figure": how, not what
        scope = {t for t in scope if not CHANGED.fullmatch(t) and t not in DIFFERENCE_WORDS}
    if measured(intent.question):
        return False  # the figures already carry the unit asked for ("72 m2"), on screens naming its names
    if not readings or not scope:
        return False  # "the largest amount I saw today": every screen is in scope
    if intent.moments and (field := _changed_field(readings, intent.question)):
        # one value at two times: its own label says which value ("Balance on ... at 10:33"), whatever else the
        # question calls its account
        if scope & set(re.findall(r"[a-z]+", _field(field[0]))):
            return False
    return max(len(scope & set(r.screen_terms)) for r in readings) < MIN_SCOPE_COVERAGE * len(scope)


def _claim(ev: Evidence, label: str, r: Reading) -> Claim:
    return Claim(f"{label} {r.span.text}", [ev.cite(r.frame, span_box(r.line, r.span.text), r.span.text)])


def _in_scope(readings: list[Reading]) -> list[Reading]:
    """The readings on the screens that hold (nearly) all of the question's words ("on the travel claim": the
    claim's screens, not a chat that mentions travel): an extreme over every screen would answer another one."""
    top = max((r.screen_coverage for r in readings), default=0.0)
    readings = [r for r in readings if r.screen_coverage >= 0.9 * top] if top > 0 else readings
    # ...and of those, the window named by them ("the travel claim" is the window titled so, not a policy that
    # mentions travel claims)
    named = lambda r: len(set(r.context.get("title", ())) - TYPE_WORDS)  # noqa: E731
    most = max((named(r) for r in readings), default=0)
    return [r for r in readings if named(r) == most] if most else readings


def extreme(ev: Evidence, intent: Intent, readings: list[Reading]) -> Result:
    if not readings:
        return Result("no_evidence", "No amounts were on screen in that scope.")
    if asked_kind(intent.question):
        # "which month's travel was the largest": on a screen whose columns are months (and whose rows are not),
        # a column is the answer: the best such screen's total row, else each column's sum
        # (only such a screen can answer it: the best of those, however much more of the question's words
        # a screen without months holds)
        fitting = [r for r in readings if _fits_noun(_header_of(r), intent.question)]
        top = max((r.screen_coverage for r in fitting), default=0.0)
        fitting = [r for r in fitting if r.screen_coverage >= 0.9 * top]
        if fitting and not any(_fits_noun(_row_label(r), intent.question) for r in fitting[:20]):
            return _extreme_column(ev, intent, fitting)
    scoped = _in_scope(readings)
    if _asks_row(intent) and not _table_screen(scoped) and (table := _table_screen(readings)):
        # "which of our tenants pays the highest rent": the rows of a table, though a sentence about one tenant's
        # rent holds more of the question's words
        scoped = [r for r in readings if (r.frame.app, r.frame.title) == (table.app, table.title)]
    readings = scoped
    if re.search(
        r"\b(items?|lines?|entry|entries|positions?|products?|articles?|expensive|cheapest|priciest)\b",
        intent.question,
        re.I,
    ):  # an item is not the total of the items
        readings = [r for r in readings if not TOTAL_ROW.search(_row_label(r))] or readings
    # a column is named by its own words, "total" included ("the smallest total" is the Total column), not by the
    # superlative or a word for amounts in general
    # ...but not the noun the rows are named by ("which week had...": weeks are the rows, not a column)
    row_noun = re.search(r"\b(?:which|what)\s+(\w+)", intent.question, re.I)
    column = {t for t in intent.terms if t not in EXTREME_WORDS and (t not in TYPE_WORDS or t == "total")} - {
        row_noun.group(1).lower() if row_noun else ""
    }
    # a column is cells of two or more rows under the same header words; one cell is no column (a scope word on
    # the line above a list item: "the apartments")
    by_head: dict[frozenset, list[Reading]] = {}
    for r in readings:
        if set(r.context.get("header", ())) & column:
            by_head.setdefault(frozenset(r.context["header"]), []).append(r)
    headed = [r for cells in by_head.values() if len({_row_label(c) for c in cells}) >= 2 for r in cells]
    if headed:  # "the highest Q4 budget": the column named, its total row left out
        best = max(len(set(r.context.get("header", ())) & column) for r in headed)
        headed = [r for r in headed if len(set(r.context.get("header", ())) & column) == best]
        readings = [r for r in headed if not TOTAL_ROW.search(_row_label(r))] or headed
    # "the maximum hotel rate for Vienna": a name that labels a table's row keeps that row's cells
    on_named = [r for r in readings if _on_a_named_row(intent, r)]
    if on_named:
        readings = on_named
    if _asks_row(intent):
        if not headed:  # no column named: the rows of the window that matches the question best (its screen
            # showing the most rows is chosen by _extreme_row)
            top = _table_screen(readings) or readings[0].frame
            readings = [r for r in readings if (r.frame.app, r.frame.title) == (top.app, top.title)]
            # ...but a row named ("which month had the highest total, going by the Total row"): its columns
            named_row = _named_row(intent, readings, row_noun.group(1).lower() if row_noun else "")
            if named_row:
                return _extreme_col(ev, intent, named_row)
        return _extreme_row(ev, intent, readings)
    key_lo = lambda r: (r.span.value, r.frame.ts)  # noqa: E731 - ties: the first time it was seen
    key_hi = lambda r: (-r.span.value, r.frame.ts)  # noqa: E731
    lo, hi = min(readings, key=key_lo), min(readings, key=key_hi)
    fields = {
        "min": lo.span.text,
        "max": hi.span.text,
        "min_value": lo.span.value,
        "max_value": hi.span.value,
    }
    if intent.extreme == "min":
        return Result(
            "ok",
            f"The smallest {_what(intent)} was {_shown(lo)}{_of_row(lo)} ({lo.frame.app}, "
            f"{fmt_time(ev.local(lo.frame.ts))}, \u201c{lo.line['text']}\u201d).",
            fields,
            [_claim(ev, "min", lo)],
        )
    if intent.extreme == "max":
        return Result(
            "ok",
            f"The largest {_what(intent)} was {_shown(hi)}{_of_row(hi)} ({hi.frame.app}, "
            f"{fmt_time(ev.local(hi.frame.ts))}, \u201c{hi.line['text']}\u201d).",
            fields,
            [_claim(ev, "max", hi)],
        )
    return Result(
        "ok",
        f"Smallest: {lo.span.text} ({fmt_time(ev.local(lo.frame.ts))}); largest: {hi.span.text} "
        f"({fmt_time(ev.local(hi.frame.ts))}).",
        fields,
        [_claim(ev, "min", lo), _claim(ev, "max", hi)],
    )


def _what(intent: Intent) -> str:
    return "figure" if measured(intent.question) or intent.answer_type != "amount" else "amount"


UNITS = re.compile(rf"\s?(?:{'|'.join(MEASURES.values())})", re.I)  # how a screen writes a measure's unit


def _shown(r: Reading) -> str:
    """The value with the unit written after it ("72 m2")."""
    unit = UNITS.match(r.line["text"], r.span.end)
    return r.span.text + (unit.group(0) if unit else "")


def _of_row(r: Reading) -> str:
    """ ", for <the item>" when the value has a row or list item label of its own."""
    label = re.sub(r"[:\s,]+$", "", _row_label(r)).strip(" -\u2013|")
    return f", for {label}" if re.search(r"[A-Za-z]{3,}", label) and len(label) <= 60 else ""


def _on_a_named_row(intent: Intent, r: Reading) -> bool:
    """Is the reading on a table row that one of the question's names labels ("Vienna | 170 € | 60 €")?"""
    from autocapture.query.read import _on_row

    return any(
        x is r.line or _on_row(r.cand.lines, r.line, x["box"][1], x["box"][3])
        for e in intent.entities
        for x in labelled_rows(r.cand.lines, e, r.span.kind)
    )


def total(ev: Evidence, intent: Intent, readings: list[Reading]) -> Result:
    """Sum on the best-matching screen: the rows the question names when it names two or more ("shipping and
    tax"), else the column it names by its header ("tickets opened"), else the best value's column; rows labelled
    as totals are left out and compared with the sum instead."""
    if not PERCENT_ASKED.search(intent.question):  # a share ("2.41%") adds up to nothing asked for
        readings = [r for r in readings if not is_percent(r.line["text"], r.span)]
    if not readings:
        return Result("no_evidence", "No amounts to add up were on screen in that scope.")
    # the screen that names most of the rows asked for ("breakfast and minibar" on the hotel bill, not a
    # policy page that matched more of the other words), then the best reading on it
    # (rows named differently count: one line holding two of the words, "invoice 2026/48817", is one row)
    named_on: dict[str, set] = {}
    # (a sentence names no row: "Total income rose 21.4 per cent to 2,184.60 crore" holds the question's "Q2
    # FY27 net profit" words as a release says them, while the tracker's rows are its companies)
    for r in readings[:400]:
        if len(r.line["text"].split()) > PROSE_WORDS:
            continue
        got = _terms_in(r.line["text"][: r.span.start] + " " + _left_text(r.cand.lines, r.line), intent)
        if got:
            named_on.setdefault(r.frame.record_id, set()).add(frozenset(got))
    named_on = {f: rows for f, rows in named_on.items() if len(rows) >= 2} or {
        readings[0].frame.record_id: set()
    }
    top = max(named_on, key=lambda f: len(named_on[f]))
    # only a screen naming two rows or more ("breakfast and minibar") outranks the best reading's screen
    best = (
        readings[0]
        if len(named_on[top]) < 2 or len(named_on.get(readings[0].frame.record_id, ())) == len(named_on[top])
        else None
    )
    best = best or next(r for r in readings if r.frame.record_id == top)
    same = [r for r in readings if r.frame.record_id == best.frame.record_id]
    lines = best.cand.lines

    def row_label(r: Reading) -> str:
        return r.line["text"][: r.span.start] + " " + _left_text(lines, r.line)

    # a column the question names ("in June") keeps only its cells: the named rows give one value each
    col_terms = {t for r in same for t in r.context.get("header", ())} & set(intent.terms)
    if col_terms:  # the cells whose header holds the most of those words ("Jun 2027", not every "2027")
        best_n = max(len(set(r.context.get("header", ())) & col_terms) for r in same)
        same = [r for r in same if len(set(r.context.get("header", ())) & col_terms) == best_n]
    named: dict[str, Reading] = {}
    for r in sorted(same, key=lambda r: -r.score):
        own = _terms_in(row_label(r), intent)
        key = r.line["id"]
        # a row the question names is an item even when it is a subtotal ("the subtotal and shipping")
        named_total = (
            TOTAL_ROW.search(row_label(r))
            and any(t in ("subtotal", "total") for t in own)
            and not re.search(
                r"\b(in total|total of|the total)\b", intent.question, re.I
            )  # the sum, not the row
        )
        if own and (named_total or not TOTAL_ROW.search(row_label(r))) and key not in named:
            named[key] = r
    lo_hi = re.search(
        r"\b(\d{1,4})\s*(?:to|through|till|until|-|\u2013|and)\s*(?:week |row |month |day )?(\d{1,4})\b",
        intent.question,
    )
    listed = re.search(r"\b\d{1,4}(?:\s*,\s*\d{1,4})+\s*,?\s*(?:and|&)\s*\d{1,4}\b", intent.question)
    bounds = None
    if listed:  # "weeks 44, 45, 46 and 47"
        nums = [int(n) for n in re.findall(r"\d+", listed.group(0))]
        bounds = (min(nums), max(nums))
    elif lo_hi and int(lo_hi.group(1)) < int(lo_hi.group(2)):  # "weeks 44 to 47"
        bounds = (int(lo_hi.group(1)), int(lo_hi.group(2)))
    if bounds:  # the rows whose label is in range
        lo, hi = bounds
        in_range = {}
        for r in same:
            nums = [int(n) for n in re.findall(r"\b\d{1,4}\b", row_label(r))]
            if any(lo <= n <= hi for n in nums) and not TOTAL_ROW.search(row_label(r)):
                in_range.setdefault(r.line["id"], r)
        if len(in_range) >= 2:
            named = {}
            headed = [r for r in same if r.context.get("header")]
            anchor = max(headed, key=lambda r: r.score) if headed else best
            picked = [r for r in in_range.values() if abs(_right(r) - _right(anchor)) <= 40]
            if len(picked) >= 2:
                named = {r.line["id"]: r for r in picked}
    if not col_terms and not bounds:
        rows = _rows(list(named.values()))
        if len(rows) == 1 and len(rows[0]) >= 2 and not any(TOTAL_ROW.search(row_label(r)) for r in rows[0]):
            # one row named and no column ("Support's three monthly figures"): the row's cells are the items
            named = {r.line["id"]: r for r in rows[0]}
        else:
            named = _one_per_row(named)
    if len(named) >= 2 and (
        bounds
        or len({frozenset(_terms_in(row_label(r), intent)) for r in named.values()}) >= 2
        # rows that each carry the name of what is summed ("both VAT lines"), a name that is not the window's
        or all(
            _terms_in(row_label(r), intent) - _terms_in(best.frame.title or "", intent)
            for r in named.values()
        )
    ):
        col = list(named.values())
    else:
        headed = [r for r in same if r.context.get("header")]
        anchor = max(headed, key=lambda r: r.score) if headed else best
        col = [r for r in same if abs(_right(r) - _right(anchor)) <= 40] or same
        if len({(r.line["id"], r.span.start) for r in col}) < 2 and anchor.line.get("block"):
            # prose lines "label: amount" end wherever their words end: the amounts of the anchor's block
            # ("Annual subscription: $14,250.00 / Premium support: $3,600.00 / Total for 2027: $17,850.00")
            col = [r for r in same if r.line.get("block") == anchor.line["block"]] or col
    seen, items, totals = set(), [], []
    for r in sorted(col, key=lambda r: (r.line["box"][1], r.span.start)):
        if (r.line["id"], r.span.start) in seen:
            continue
        seen.add((r.line["id"], r.span.start))
        is_named = r.line["id"] in named and len(named) >= 2
        (totals if TOTAL_ROW.search(row_label(r)) and not is_named else items).append(r)
    if len(items) < 2 and totals:  # "what does it come to altogether": the total the screen shows
        t = totals[-1]
        return Result(
            "ok",
            f"The total shown is {t.span.text} ({best.frame.title}, {fmt_time(ev.local(best.frame.ts))}).",
            {"total_shown": t.span.text, "sum": t.span.value},
            [_claim(ev, "total shown", t)],
        )
    if len(items) < 2:
        return Result("no_evidence", "I found no list of amounts to add up there.")
    s = round(sum(r.span.value for r in items), 2)
    claims = [_claim(ev, "item", r) for r in items]
    answer = f"The {len(items)} items add up to {format_like(s, [r.span.text for r in items])}."
    fields = {"sum": s, "items": [r.span.text for r in items]}
    if totals:
        t = totals[-1]
        answer += f" The total shown is {t.span.text}, which {'matches' if abs(t.span.value - s) < 0.005 else 'does NOT match'}."
        fields["total_shown"] = t.span.text
        claims.append(_claim(ev, "total shown", t))
    return Result(
        "ok", answer + f" ({best.frame.title}, {fmt_time(ev.local(best.frame.ts))})", fields, claims
    )


def _one_per_row(named: dict[str, Reading]) -> dict[str, Reading]:
    """A named row's own total when no column is named: the rightmost amount on its row ("Breakfast  3  24,50 €
    73,50 €" counts 73,50 €, not the unit price as well)."""
    keep = [max(row, key=lambda r: (_right(r), r.span.start)) for row in _rows(list(named.values()))]
    return {r.line["id"]: r for r in keep}


def _rows(readings: list[Reading]) -> list[list[Reading]]:
    """Readings grouped by the table row they sit on (their boxes overlap vertically by half a line)."""
    rows: list[list[Reading]] = []
    for r in sorted(readings, key=lambda r: r.line["box"][1]):
        top, bottom = r.line["box"][1], r.line["box"][3]
        row = next(
            (
                x
                for x in rows
                if min(bottom, x[0].line["box"][3]) - max(top, x[0].line["box"][1]) > 0.5 * (bottom - top)
            ),
            None,
        )
        if row is None:
            rows.append([r])
        else:
            row.append(r)
    return rows


def _terms_in(text: str, intent: Intent) -> set[str]:
    """The question's words in a row's label. Not what is counted ("how many [people] will Support and Sales
    have": a row labelled "People" is not one of the rows asked for)."""
    low = text.lower()
    counted = set(intent.focus) if intent.answer_type == "count" else set()
    return {
        t
        for t in intent.terms
        if t not in TYPE_WORDS
        and t not in counted
        and len(t) > 2
        and re.search(rf"(?<!\w){re.escape(t[:5])}", low)
    }


def compare(ev: Evidence, intent: Intent, readings: list[Reading]) -> Result:
    """Which of the named rows has the higher (or lower) value, in the column the rest of the question names."""
    picks = []
    opts = " ".join(intent.options).lower()
    column = [t for t in intent.terms if t not in opts and t not in TYPE_WORDS]
    headed = [r for r in readings if set(r.context.get("header", ())) & set(column)]
    readings = headed or readings  # the column the question names ("in Q3"), when the screen has one
    for option in intent.options:
        o = option.lower()
        mine = [
            r
            for r in readings
            if o in (r.line["text"][: r.span.start] + " " + _left_text(r.cand.lines, r.line)).lower()
        ]
        if not mine:
            return Result(
                "no_evidence", f"I did not find a value for \u201c{option}\u201d on the same screen."
            )
        picks.append((option, mine[0]))
    if len({p[1].frame.record_id for p in picks}) > 1:
        # both from one screen when possible: the best screen that has both
        frames = [r.frame.record_id for r in readings]
        for fid in dict.fromkeys(frames):
            both = []
            for option, _ in picks:
                got = [
                    r
                    for r in readings
                    if r.frame.record_id == fid
                    and option.lower()
                    in (r.line["text"][: r.span.start] + " " + _left_text(r.cand.lines, r.line)).lower()
                ]
                if got:
                    both.append((option, got[0]))
            if len(both) == len(picks):
                picks = both
                break
    chooser = min if intent.extreme == "min" else max
    win = chooser(picks, key=lambda p: p[1].span.value)
    word = "lower" if intent.extreme == "min" else "higher"
    listing = ", ".join(f"{o}: {r.span.text}" for o, r in picks)
    return Result(
        "ok",
        f"{win[0]} is {word} ({listing}; {win[1].frame.title}, {fmt_time(ev.local(win[1].frame.ts))}).",
        {"answer": win[0], "values": {o: r.span.text for o, r in picks}},
        [_claim(ev, o, r) for o, r in picks],
    )


def _row_label(r: Reading) -> str:
    """The label of a value's row: the words before it on its own line when there are some (a list item,
    "3) Calle de Ibiza 18, 1C: 1.690,00 €"), else the cells left of it (a table's row label)."""
    own = re.sub(r"^\W*(?:\d{1,2}[.)]\s*)?", "", r.line["text"][: r.span.start]).strip(" :-\u2013|")
    if re.search(r"[A-Za-z]{3,}", own) and not AMOUNT_CELL.search(own):
        return own
    head = own.split(": ")[
        0
    ]  # a list item that names itself before its figures ("Paseo ... 5A: 2.240,00 €, 72 m2")
    if head != own and re.search(r"[A-Za-z]{3,}", head) and not AMOUNT_CELL.search(head):
        return head
    return (_left_text(r.cand.lines, r.line) + " " + _no_values(r.line["text"][: r.span.start])).strip()


def _header_of(r: Reading) -> str:
    from autocapture.query.read import column_header, header_words
    from autocapture.stages.sst import locate

    head = header_words(r.cand.lines, r.line, locate(r.line, r.span.start, r.span.end))
    if not head:
        top = column_header(r.cand.lines, r.line)
        head = top["text"] if top else ""
    return head.strip()


def _asks_row(intent: Intent) -> bool:
    """Does the question ask which row holds the extreme ("which department has the highest budget", "who pays
    the least rent") rather than the extreme value itself?"""
    q = intent.question
    return bool(
        re.search(
            r"\b(which|what)\s+\w+\s+(has|had|have|got|gets|was|is|were|spent|received)\b|\bwho\s+(has|had|got)\b",
            q,
            re.I,
        )
        or re.match(r"\s*(?:\w+\s+){0,2}?(which|who|where)\b", q, re.I)  # "Which of the flats..."
        # "... was in which department?", "... belonged to which row?", "which month's travel was the largest"
        or re.search(r"\b(which|what)\s+\w+\s*[?.!]*$|\bwho\s*[?.!]*$|\bwhich\s+\w+", q, re.I)
    ) and not re.search(r"\bwhat (was|is|were) the\b", q, re.I)


def _table_screen(readings: list[Reading]):
    """ "Which of our tenants pays the highest rent": the answer is a row of a table, so the screen is one that
    shows a table of such values (TABLE_ROWS or more labelled rows of cells under a column header), the one
    holding most of the question's words; a sentence about one tenant's rent is no such list. None when no
    screen has a table."""
    rows: dict[str, set] = {}
    for r in readings:
        if r.header and re.search(r"[A-Za-z]{2,}", label := _row_label(r)):
            rows.setdefault(r.frame.record_id, set()).add(label)
    tables = {f for f, labels in rows.items() if len(labels) >= TABLE_ROWS}
    if not tables:
        return None
    best = max(
        (r for r in readings if r.frame.record_id in tables),
        key=lambda r: (round(r.screen_coverage, 2), len(rows[r.frame.record_id]), r.frame.ts),
    )
    return best.frame


TABLE_ROWS = 3


def _named_row(intent: Intent, readings: list[Reading], row_noun: str) -> list[Reading]:
    """The cells of the one table row the question names by its label ("Total", "Support"), when they sit under
    two or more different column headers; else nothing."""
    words = {t for t in intent.terms if t not in EXTREME_WORDS and t != row_noun and len(t) > 2}
    rows = _rows(
        [
            r
            for r in readings
            if any(re.search(rf"(?<!\w){re.escape(t[:5])}", _row_label(r).lower()) for t in words)
        ]
    )
    if len(rows) != 1:
        return []
    cells = rows[0]
    return cells if len({_header_of(r) for r in cells} - {""}) >= 2 else []


def _extreme_col(ev: Evidence, intent: Intent, cells: list[Reading]) -> Result:
    """ "Which month had the highest total": the column header over the extreme cell of the named row."""
    pick = _pick(intent, cells)
    return _named_extreme(
        ev, intent, pick, _header_of(pick) or pick.span.text, f" in the {_row_label(pick)} row"
    )


def _extreme_column(ev: Evidence, intent: Intent, fitting: list[Reading]) -> Result:
    """The column with the extreme total, when the question asks for a column by its kind ("which month"): on
    the best screen whose headers are of that kind, the row the question names ("going by the Total row"),
    else the table's total row, else each column's sum over its rows."""
    row_noun = asked_kind(intent.question) or ""
    frames: dict[str, list[Reading]] = {}
    for r in fitting:
        frames.setdefault(r.frame.record_id, []).append(r)
    for cells in frames.values():  # a row the question names ("which month will Engineering have the most")
        named = _named_row(intent, cells, row_noun)
        if named:
            return _extreme_col(ev, intent, named)
    top = fitting[0].frame
    cells = frames[top.record_id]
    totals = [r for r in cells if TOTAL_ROW.search(_row_label(r))]
    if len({_header_of(r) for r in totals}) >= 2:
        return _extreme_col(ev, intent, totals)
    by_col: dict[str, list[Reading]] = {}
    for r in cells:
        by_col.setdefault(_header_of(r), []).append(r)
    sums = {h: sum(r.span.value for r in rs) for h, rs in by_col.items() if h and len(rs) >= 2}
    if len(sums) < 2:
        return Result("no_evidence", "I found no columns of that kind to compare there.")
    head = (min if intent.extreme == "min" else max)(sums, key=lambda h: sums[h])
    word = "lowest" if intent.extreme == "min" else "highest"
    total = format_like(round(sums[head], 2), [r.span.text for r in by_col[head]])
    return Result(
        "ok",
        f"{head} has the {word} total: {total}, the sum of its {len(by_col[head])} rows ({top.title}, "
        f"{fmt_time(ev.local(top.ts))}).",
        {"answer": head, "value": total},
        [_claim(ev, head, r) for r in by_col[head]],
    )


def _pick(intent: Intent, readings: list[Reading]) -> Reading:
    """The extreme value (ties: the latest screen)."""
    return (min if intent.extreme == "min" else max)(
        readings, key=lambda r: (r.span.value, -r.frame.ts.timestamp())
    )


def _named_extreme(ev: Evidence, intent: Intent, pick: Reading, label: str, where: str = "") -> Result:
    """ "<label> has the highest value<where>: <value>", or no_evidence when the label is not the kind the question
    asks for."""
    word = "lowest" if intent.extreme == "min" else "highest"
    if not _fits_noun(label, intent.question):
        return Result(
            "no_evidence",
            f"The {word} value there ({pick.span.text}) is labelled \u201c{label}\u201d, which is not what the "
            "question asks for.",
        )
    return Result(
        "ok",
        f"{label} has the {word} value{where}: {pick.span.text} ({pick.frame.title}, "
        f"{fmt_time(ev.local(pick.frame.ts))}).",
        {"answer": label, "value": pick.span.text},
        [_claim(ev, label, pick), *_label_claim(ev, pick, label)],
    )


def _label_claim(ev: Evidence, r: Reading, label: str) -> list[Claim]:
    """The answer to "which file is the largest" is the row's name, so the name's own box is cited beside the
    value's: the cell left of the value (or the value's own line) whose text holds the label's first word."""
    from autocapture.query.read import same_row_left

    first = next(iter(re.findall(r"[^\W\d_]{3,}|\w*\d\w*[^\W\d_]\w*", label)), "")
    if not first:
        return []
    for x in [r.line, *same_row_left(r.cand.lines, r.line)[:8]]:
        if first.lower() in x["text"].lower():
            return [Claim(label, [ev.cite(r.frame, x["box"], x["text"])])]
    return []


def _fits_noun(label: str, question: str) -> bool:
    """A row or column asked for as a time ("which month", "which quarter", "which week", "which day") must be
    one: "Oct 2026", "Q3", "Week 47", "Wed 25" — not the label of some other row."""
    kind = asked_kind(question)
    if not kind:
        return True
    words = {w.lower().rstrip(".") for w in re.findall(r"[A-Za-z]+", label)}
    weekdays = set().union(*WEEKDAY_FORMS.values())
    return {
        "month": bool(words & MONTH_WORDS),
        "weekday": bool(words & weekdays),
        "day": bool(re.search(r"\d", label)) or bool(words & (MONTH_WORDS | weekdays)),
        "quarter": bool(re.search(r"\bQ[1-4]\b", label, re.I)),
        "week": bool(re.search(r"\b(week|wk|kw|cw)\s*\d+", label, re.I)),
        "year": bool(re.search(r"\b(19|20)\d\d\b", label)),
    }[kind]


def _extreme_row(ev: Evidence, intent: Intent, readings: list[Reading]) -> Result:
    """ "Which department has the highest Q4 budget": the row label of the extreme value in that column."""
    labelled = [r for r in readings if re.search(r"[A-Za-z]{2,}", _row_label(r))]
    if not labelled:
        return Result("no_evidence", "I found no labelled rows to compare there.")
    # one state of the table: the screen showing the most of its rows, the latest of those (a cell edited later
    # changes the answer; an older screen's value is not the current one)
    rows: dict[str, set] = {}
    for r in labelled:
        rows.setdefault(r.frame.record_id, set()).add(_row_label(r))
    ts = {r.frame.record_id: r.frame.ts for r in labelled}
    shown = max(rows, key=lambda f: (len(rows[f]), ts[f]))
    labelled = [r for r in labelled if r.frame.record_id == shown]
    pick = _pick(intent, labelled)
    return _named_extreme(ev, intent, pick, re.sub(r"[:\s]+$", "", _row_label(pick)))


def _sides(intent: Intent, readings: list[Reading]) -> tuple[Reading, Reading] | None:
    """The values of the two sides of "how much more is A than B": the side that says more is read first (its
    own words next to the value, none of the other side's); the other side's value must carry its own words and
    is preferred on the same screen and in the same row or column (two cells of one table), since a side may
    leave out what the two share ("Sales in Q4 than in Q1")."""
    from autocapture.query.intent import content_terms
    from autocapture.query.read import PLACE
    from autocapture.stages.sst import locate

    own = [set(content_terms(s)) - TYPE_WORDS for s in intent.options]
    distinct = [own[0] - own[1], own[1] - own[0]]
    if not all(distinct):
        return None

    def fit(r: Reading, i: int, contrast: bool = True) -> float:
        """Each side word found next to the value, weighted by how close (its line over the line above); for the
        side read first, less the other side's words (the value must be this side's, not both)."""
        got: dict[str, float] = {}
        own_label = bool(r.context.get("left") or r.context.get("line"))
        for k, ts in r.context.items():
            if k == "above" and own_label:
                continue  # a cell with its row's label is not labelled by the row above it
            for t in ts:
                got[t] = max(
                    got.get(t, 0.0), PLACE.get(k, 0.0) if k not in ("block", "right", "title") else 0.0
                )
        mine = sum(got.get(t, 0.0) for t in distinct[i])
        return mine - sum(got.get(t, 0.0) for t in distinct[1 - i]) if contrast else mine

    def box(r: Reading) -> list[int]:
        """The value's own cell, even in a row read as one line."""
        return locate(r.line, r.span.start, r.span.end)

    # what the two sides share and the question names: the column both values sit under ("in Tickets solved"),
    # or the row both sit on ("Week 45 ... between Tickets opened and Tickets solved")
    shared = set(intent.terms) - own[0] - own[1] - TYPE_WORDS

    def under(r: Reading) -> int:
        return len(shared & {t for k in ("header", "left", "line") for t in r.context.get(k, ())})

    first = 0 if len(distinct[0]) >= len(distinct[1]) else 1
    pool = [r for r in readings[:200] if fit(r, first) > 0]
    if not pool:
        return None
    top = max(pool, key=lambda r: (round(fit(r, first), 3), under(r), r.score))
    tb = box(top)

    def aligned(r: Reading) -> int:
        """2: another cell of the same table row or column; 1: the same screen (prose lines that merely end
        at the same x are not a column)."""
        if r.frame.record_id != top.frame.record_id:
            return 0
        if not r.context.get("header") or not top.context.get("header"):
            return 1
        a = box(r)
        row = min(a[3], tb[3]) - max(a[1], tb[1]) > 0.5 * min(a[3] - a[1], tb[3] - tb[1])
        col = abs(a[2] - tb[2]) <= 40
        return 2 if row or col else 1

    # the second side's value: its own words, not all of the first side's (that is the first value again)
    other = [
        r
        for r in readings[:200]
        if fit(r, 1 - first, False) > 0
        and r.span.value != top.span.value
        and not distinct[first]
        <= {t for k in ("line", "left", "header", "self") for t in r.context.get(k, ())}
    ]
    if not other:
        return None
    pick = max(
        other,
        key=lambda r: (comparable(top, r), aligned(r), under(r), round(fit(r, 1 - first, False), 3), r.score),
    )
    if not comparable(top, pick):
        return None  # "Alder's 4" against "1,380": a figure of a name, not the other side's value
    return (top, pick) if first == 0 else (pick, top)


# Two sides of one difference are figures of one kind ("the draft and the final totals", "the hotel and the
# train ticket"): values further apart than this factor are not two of them but a figure of a name ("Level 4",
# "Alder's 4") or a date's against an amount
SIDE_RATIO = 20.0


def comparable(a: Reading, b: Reading) -> bool:
    """Are two values of a difference's sides of one kind: within SIDE_RATIO of each other, or either zero?"""
    x, y = a.span.value, b.span.value
    if not isinstance(x, int | float) or not isinstance(y, int | float):
        return True
    x, y = abs(x), abs(y)
    if not x or not y:
        return True
    return max(x, y) / min(x, y) <= SIDE_RATIO


def _right(r: Reading) -> int:
    return r.line["box"][2]


def _left_text(lines, line) -> str:
    """What is left of a value on its row, values removed: the row's label ("Sales", "Shipping")."""
    from autocapture.query.read import row_numbers, same_row_left

    gutter = row_numbers(lines)

    def label(x: dict) -> str:
        return re.sub(r"^\d+\s+", "", x["text"]) if x["id"] in gutter else x["text"]  # "6 Travel": row 6

    # a cell with words is a label and keeps its numbers ("Week 47"); a cell of figures is another value
    return " ".join(
        label(x)
        if re.search(r"[A-Za-z]{2,}", x["text"]) and not AMOUNT_CELL.search(x["text"])
        else _no_values(x["text"])
        for x in reversed(same_row_left(lines, line)[:8])
    ).strip()


AMOUNT_CELL = re.compile(r"\d[\d.,]*\s?[$€£¥%]|[$€£¥]\s?\d|\d[.,]\d\d\b")


def _no_values(text: str) -> str:
    from autocapture.query.values import AMOUNT, NUMBER

    text = re.sub(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b", " ", text)  # "Balance on 27/11/2026 at 10:33"
    return re.sub(r"\s+", " ", NUMBER.sub(" ", AMOUNT.sub(" ", text))).strip()


DIFFERENCE_WORDS = {
    "gap",
    "difference",
    "between",
    "higher",
    "lower",
    "more",
    "less",
    "bigger",
    "smaller",
    "far",
}
# Words that say a value changed over time ("after my update than before", "the old and the new figure").
CHANGED = re.compile(
    r"\b(?:before|after|old|new|original(?:ly)?|updated?|chang\w*|edit\w*|revis\w*|(?:go|went|gone|come|came) (?:up|down)|"
    r"increas\w*|decreas\w*|rais\w*|drop\w*|grew|grow\w*|fell|cut|lower(?:ed|ing)?|reduc\w*|rose|risen|improv\w*)\b",
    re.I,
)


def _changed_field(readings: list[Reading], question: str = "") -> list[Reading] | None:
    """ "How much higher is the amount after my update than before", "the old and the new figure": one field of
    one window (its title and label) read with different values at different times; of those, the field the
    question names by its whole label, else the one whose best reading ranks highest; its readings oldest first.
    None when no field changed."""
    fields: dict[tuple, list[Reading]] = {}
    for r in readings[:CHANGE_READINGS]:
        label = _field(r)
        if label:  # (a row's label is shared by its cells: the column tells them apart, by header or place)
            column = (
                _no_values(r.header)
                if r.header
                else round((r.line["box"][0] + r.line["box"][2]) / 2 / COLUMN_PX)
            )
            fields.setdefault((r.frame.title, label, column), []).append(r)
    fields = _merge_fields(fields)
    changed = [
        (key, g)
        for key, g in fields.items()
        if len({r.span.value for r in g}) > 1
        and len({r.frame.ts for r in g}) > 1
        # (a field shows one value at a time: figures scattered through a mail's sentences under one line are none)
        and all(
            len({r.span.value for r in g if r.frame.record_id == f}) == 1
            for f in {r.frame.record_id for r in g}
        )
    ]
    if not changed:
        return None
    asked = set(re.findall(r"[a-z]+", question.lower()))
    # the names the question gives the thing ("the Misa Wrzos inventory"): capitalised words past the first
    names = {
        w.lower() for w in re.findall(r"(?<!^)(?<![.?!]\s)\b[A-Z][\w-]+", question.strip())
    } - LABEL_FILLER

    def fit(field: tuple) -> tuple:
        # a field on the row the question names ("Misa Wrzos": its "In stock", not "Kubek Mech"'s "Inventory") or
        # whose whole label the question says ("the Harrowgate amount": "Amount", not "Weighted amount"), each
        # counting alike; else one whose label says more of the question's words ("the escrow balance": "Balance
        # on ...")
        (_, label, _), group = field
        words = set(re.findall(r"[a-z]+", label.split(" | ")[-1]))
        own = set(re.findall(r"[a-z]+", fold(label)))
        said = len(set(re.findall(r"[a-z]+", label)) & asked - LABEL_FILLER)
        return (len(names & own) + (bool(words) and words <= asked), said, max(r.score for r in group))

    return sorted(max(changed, key=fit)[1], key=lambda r: (r.frame.ts, r.line["id"]))


# Words of a label that say nothing of which value it is ("Balance on ... at ...")
LABEL_FILLER = {"on", "at", "of", "the", "in", "for", "to", "a", "an", "and", "by"}


def _merge_fields(fields: dict[tuple, list[Reading]]) -> dict[tuple, list[Reading]]:
    """The OCR may group a side bar's lines with a row differently on two screens: a label nearly the same in the
    same window and column is the same field. Two labels one screen shows on two lines are two fields, however
    many words they share ("Total (excl. GST)" and "Total (incl. GST)")."""
    out: dict[tuple, list[Reading]] = {}
    for key, group in fields.items():
        into = next(
            (
                k
                for k in out
                if k[0] == key[0]
                and k[2] == key[2]
                and _same_label(k[1], key[1])
                and not _together(out[k], group)
            ),
            key,
        )
        out.setdefault(into, []).extend(group)
    return out


def _together(a: list[Reading], b: list[Reading]) -> bool:
    """Do the two groups have readings on one screen (on different lines)?"""
    lines = {x.frame.record_id: x.line["id"] for x in a}
    return any(y.frame.record_id in lines and lines[y.frame.record_id] != y.line["id"] for y in b)


def _same_label(a: str, b: str) -> bool:
    """Two labels of one field as the OCR grouped them on two screens: equal, or sharing most of their words."""
    wa, wb = set(re.findall(r"[a-z]+", a)), set(re.findall(r"[a-z]+", b))
    return a == b or (bool(wa) and bool(wb) and len(wa & wb) >= SAME_LABEL * len(wa | wb))


SAME_LABEL = 0.6
# How many of the best readings are looked through for a field that changed; a cell's column, when it has no
# header, is its centre to this many pixels.
CHANGE_READINGS = 60
COLUMN_PX = 40


def _at_moments(ev: Evidence, sightings: list[Reading], moments: tuple[str, ...]) -> list[Reading]:
    """Of one field's sightings (oldest first), the one nearest each clock time the question names ("at 16:30
    than at 10:30"), oldest first; parts of the day ("morning", "afternoon") and "over the day" take the first
    and the last sighting."""
    clocks = []
    for m in moments:
        hm = re.fullmatch(r"(\d{1,2})[:.h](\d{2})\s*([ap])?\.?m?\.?", m.strip(), re.I)
        if not hm:
            return sightings
        hour, half = int(hm.group(1)), (hm.group(3) or "").lower()
        if half:  # "4:30 pm"
            hour = hour % 12 + (12 if half == "p" else 0)
        clocks.append(hour * 60 + int(hm.group(2)))

    def nearest(minute: int) -> Reading:
        local = lambda r: ev.local(r.frame.ts)  # noqa: E731
        return min(sightings, key=lambda r: abs(local(r).hour * 60 + local(r).minute - minute))

    picked = {id(r): r for r in (nearest(c) for c in clocks)}
    return sorted(picked.values(), key=lambda r: (r.frame.ts, r.line["id"]))


def _field(r: Reading) -> str:
    """The label a value stands under or beside ("Amount" over "£86,400.00" on a CRM page; a table cell's row
    label and column header), its numbers out: the same field on two screens of one window is one value seen
    twice."""
    from autocapture.query.read import above

    left = _left_text(r.cand.lines, r.line)
    if r.header:  # a cell: its row's label and its column's header ("Engineering" under "Mar 2027")
        return f"{left} | {_no_values(r.header)}".lower()
    if left:
        return left.lower()
    up = above(r.cand.lines, r.line)[:1]
    return _no_values(up[0]["text"]).lower() if up else ""


def _one_each(intent: Intent, a: Reading, b: Reading) -> bool:
    """Does each of the two values carry words of a different side next to it (its line, label, header or the
    line above)?"""
    from autocapture.query.intent import content_terms

    own = [set(content_terms(s)) - TYPE_WORDS for s in intent.options]
    distinct = [own[0] - own[1], own[1] - own[0]]

    def near(r: Reading) -> set[str]:
        return {t for k in ("line", "left", "header", "above", "self") for t in r.context.get(k, ())}

    na, nb = near(a), near(b)
    return bool((na & distinct[0] and nb & distinct[1]) or (na & distinct[1] and nb & distinct[0]))


def two_sided(ev: Evidence, intent: Intent, a: Reading, b: Reading) -> Result:
    """The difference of the two sides' values, each cited where it was read."""
    delta = round(a.span.value - b.span.value, 2)
    word = "more" if delta >= 0 else "less"

    def where(r: Reading) -> str:
        return f"{r.frame.title}, {fmt_time(ev.local(r.frame.ts))}"

    places = where(a) if a.frame.record_id == b.frame.record_id else f"{where(a)}; {where(b)}"
    return Result(
        "ok",
        f"The difference is {format_like(abs(delta), [a.span.text, b.span.text])}: {intent.options[0]} "
        f"{a.span.text} is {word} than {intent.options[1]} {b.span.text} ({places}).",
        {"from": b.span.text, "to": a.span.text, "difference": delta, "abs_difference": abs(delta)},
        [_claim(ev, intent.options[0], a), _claim(ev, intent.options[1], b)],
    )


def difference(ev: Evidence, intent: Intent, readings: list[Reading]) -> Result:
    """A value that changed (the same label seen with different values over time: from the first to the last),
    else two values on one screen compared (the two best-matching, in screen order)."""
    if not readings:
        return Result("no_evidence", "No amounts matching that were on screen.")
    if len(intent.options) == 2 and (paired := _sides(intent, readings)):
        return two_sided(ev, intent, *paired)
    best = readings[0]
    pool = [r for r in readings if r.score >= best.score - 0.6 and r.coverage >= 0.6 * best.coverage]
    by_value: dict[float, Reading] = {}
    changed = (
        _changed_field(readings, intent.question)
        if CHANGED.search(intent.question) or intent.moments
        else None
    )
    if changed and intent.moments:
        changed = _at_moments(ev, changed, intent.moments)
    for r in changed or sorted(pool, key=lambda r: (r.frame.ts, r.line["box"][1])):
        by_value.setdefault(r.span.value, r)
    if len(by_value) < 2:
        # "by how much did the balance drop after the transfer": the screen may show the value before and after
        # under two labels ("Account balance: 24.518,12 €", "Available after transfer: 23.280,52 €"); the other
        # value on the best screen whose own line holds a word of the question
        others = [
            r
            for r in readings
            if r.frame.record_id == best.frame.record_id
            and r.span.value not in by_value
            and r.context.get("line")
            and r.span.kind == best.span.kind
        ]
        if others:
            other = max(others, key=lambda r: r.score)
            by_value[other.span.value] = other
    if len(by_value) < 2:
        return Result(
            "no_evidence", f"I found only one value ({best.span.text}) for that, nothing to compare it with."
        )
    ordered = sorted(by_value.values(), key=lambda r: (r.frame.ts, r.line["box"][1], r.span.start))
    # a change over time only when no single screen shows the values side by side
    texts = {r.span.text for r in ordered}
    side_by_side = any(
        texts <= {x.span.text for x in readings if x.frame.record_id == r.frame.record_id} for r in ordered
    )
    over_time = len({r.frame.ts for r in ordered}) > 1 and not side_by_side
    if over_time:
        a, b = ordered[0], ordered[-1]
    else:
        top2 = sorted(by_value.values(), key=lambda r: -r.score)[:2]
        a, b = sorted(top2, key=lambda r: (r.line["box"][1], r.span.start))
        if len(intent.options) == 2 and not _one_each(intent, a, b):
            # two things named: two values of a screen are their difference only when each carries one side's
            # own words (each side may be on a screen of its own: answer._by_sides)
            return Result(
                "no_evidence",
                f"I did not find both {intent.options[0]} and {intent.options[1]} next to values on one screen.",
            )
    if not comparable(a, b):
        return Result(
            "no_evidence",
            f"The values found ({a.span.text}, {b.span.text}) are too far apart to be one figure before and after.",
            {"closest": a.span.text},
        )
    delta = round(b.span.value - a.span.value, 2)
    how = "went from" if over_time else "compared:"
    word = "down" if delta < 0 else "up"
    return Result(
        "ok",
        f"It {how} {a.span.text} ({fmt_time(ev.local(a.frame.ts))}) to {b.span.text} "
        f"({fmt_time(ev.local(b.frame.ts))}): {word} by {format_like(abs(delta), [a.span.text, b.span.text])} "
        f"({delta:+,.2f}).",
        {"from": a.span.text, "to": b.span.text, "difference": delta, "abs_difference": abs(delta)},
        [_claim(ev, "from", a), _claim(ev, "to", b)],
    )
