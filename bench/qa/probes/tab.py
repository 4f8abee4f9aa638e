"""Blind table probes on the fin budget sheet and the ops support metrics, several phrasings per kind: a cell,
the row with the highest/lowest value of a column, the difference of two rows in a column or of two columns in
a row. The tables are the truth's first state, without the Travel row (which lacks Q4) and the later Week 48 row,
so answers naming those are BAD here but may be right: read the BAD lines."""

import random

from common import Tally, asker, days_and_seed, value_part

_, seed = days_and_seed()
rnd = random.Random(seed)
BUDGET = {
    "cols": ["Q1", "Q2", "Q3", "Q4"],
    "rows": {
        "Marketing": [42500, 38000, 45750, 51200],
        "Engineering": [120000, 118500, 124300, 131000],
        "Sales": [64200, 66800, 61900, 72400],
        "Operations": [31750, 30900, 32400, 33050],
    },
}
MET = {
    "cols": ["Tickets opened", "Tickets solved"],
    "rows": {"Week 44": [412, 398], "Week 45": [455, 430], "Week 46": [498, 471], "Week 47": [530, 489]},
}


def fmt(v, eu):
    if eu:
        return [f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."), f"{v:,.2f}", f"{v:,.0f}"]
    return [f"{v:,}", str(v)]


qs = []
for T, day, noun, eu in ((BUDGET, "fin", "budget", True), (MET, "ops", "support metrics", False)):
    rows, cols = list(T["rows"]), T["cols"]
    for _ in range(6):
        r = rnd.choice(rows)
        ci = rnd.randrange(len(cols))
        c = cols[ci]
        v = T["rows"][r][ci]
        form = rnd.choice(
            [
                "What was the {c} figure for {r} in the {n} sheet?",
                "In the {n} spreadsheet, what's {r}'s {c}?",
                "{r}, {c}: what number did the {n} table show?",
                "How much did the {n} sheet list for {r} under {c}?",
            ]
        )
        qs.append(("cell", day, form.format(c=c, r=r, n=noun), fmt(v, eu)))
    for _ in range(4):
        ci = rnd.randrange(len(cols))
        c = cols[ci]
        hi = max(rows, key=lambda r: T["rows"][r][ci])
        lo = min(rows, key=lambda r: T["rows"][r][ci])
        form, exp = rnd.choice(
            [
                ("Which row had the highest {c} in the {n} sheet?", hi),
                ("Which one had the lowest {c} in the {n} table?", lo),
                ("In the {n} spreadsheet, who/what topped {c}?", hi),
                ("Smallest {c} in the {n} sheet belonged to which row?", lo),
            ]
        )
        qs.append(("compare", day, form.format(c=c, n=noun), [exp]))
    for _ in range(4):
        a, b = rnd.sample(rows, 2)
        ci = rnd.randrange(len(cols))
        c = cols[ci]
        d = abs(T["rows"][a][ci] - T["rows"][b][ci])
        form = rnd.choice(
            [
                "What's the difference between {a} and {b} in {c} on the {n} sheet?",
                "How much more/less did {a} have than {b} for {c} in the {n} table?",
                "By how much do {a} and {b} differ in {c}?",
            ]
        )
        qs.append(("diff", day, form.format(a=a, b=b, c=c, n=noun), fmt(d, eu)))
        a = rnd.choice(rows)
        i, j = rnd.sample(range(len(cols)), 2)
        d = abs(T["rows"][a][i] - T["rows"][a][j])
        qs.append(
            (
                "diff2",
                day,
                f"How much did {a} change between {cols[i]} and {cols[j]} in the {noun} sheet?",
                fmt(d, eu),
            )
        )
tally = Tally()
for kind, day, q, exp in qs:
    d = asker(day)(q)
    ans = value_part(d["answer"])
    tally.add(
        d["state"] == "ok" and any(e in ans for e in exp),
        kind,
        "|",
        q,
        "| exp",
        exp[:2],
        "|",
        d["state"],
        ans[:110],
    )
tally.done()
