"""Write bench/qa/questions_vet.jsonl: the eighth held-out question set ("split": "holdout") over day "vet"
(bench/qa/day_vet.py), three phrasings per fact, in the format of questions.jsonl. Extractive facts are in
facts_vet.py; computed ones (time in an app, visits, before/after, first/last sighting, longest stretch) come
from truth/vet.json through timeline.py and make_questions' helpers. It was written without running the
system under test on the day (and without reading the query code) and is measured once, blind:
bench/qa/FROZEN_vet holds its sha256, and a run whose questions differ writes questions_vet.new.jsonl
instead.

    python bench/qa/make_days.py --days vet      # truth/vet.json first
    python bench/qa/make_questions_vet.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent.parent / "scripts")]

import day_vet as dv  # noqa: E402
import make_questions as mq  # noqa: E402  (fact/none/amount/check; its FACTS list collects ours)
import timeline as tl  # noqa: E402

DAY = "vet"
NOW = "2026-11-19T19:00:00-05:00"  # the evening of the day, Toronto (EST)
SPLIT = "holdout"
APP_NAMES = {
    "outlook.exe": ["Outlook", "classic Outlook", "Microsoft Outlook"],
    "slack.exe": ["Slack"],
    "chrome.exe": ["Chrome", "Google Chrome"],
    "msedge.exe": ["Edge", "Microsoft Edge"],
    "excel.exe": ["Excel"],
    "acrobat.exe": ["Acrobat", "Adobe Acrobat"],
    "zoom.exe": ["Zoom"],
    "notepad++.exe": ["Notepad++"],
    "shiftwise.exe": ["Shiftwise", "Shiftwise TimeClock", "the time clock"],
    "zoiper5.exe": ["Zoiper", "the softphone"],
}


def num(text: str) -> float:
    """ "$1,284.50" / "1 284,50 $" / "34.8 kg" / "-3°C" / "CA$12.4K" -> a float."""
    t = text.replace("CA$", "").replace("$", "").replace("kg", "").replace("°C", "").strip()
    if t.endswith("K"):
        return float(t[:-1]) * 1000
    if "," in t[-3:] and t[-3] == ",":
        t = t.replace(" ", "").replace(",", ".")
    return float(t.replace(",", "").strip())


def computed(truth: dict) -> None:
    for fid, what, label, qs in [
        (
            "vet-time-slack",
            "slack",
            "Slack",
            [
                "How long was I in Slack today, all told?",
                "How much of my day went on the clinic's channels and DMs?",
                "total slack time?",
            ],
        ),
        (
            "vet-time-excel",
            "excel",
            "Excel",
            [
                "How much time did I spend in the P&L workbook today?",
                "All together, how long was I working on the October profit and loss in Excel?",
                "excel time today?",
            ],
        ),
    ]:
        mq.time_fact(DAY, fid, truth, what, label, qs)
    for slug, what, key, n_expected, label, words, qs in [
        (
            "excel",
            "excel",
            "app",
            6,
            "Excel",
            ["six"],
            [
                "How many separate times did I open the P&L in Excel today?",
                "How often did I go back to the October profit and loss workbook?",
                "number of trips into Excel?",
            ],
        ),
        (
            "acrobat",
            "acrobat",
            "app",
            3,
            "Acrobat",
            ["three", "thrice"],
            [
                "How many times did I switch to Acrobat today?",
                "How often did I have a PDF open, the lab report or the invoice?",
                "acrobat visits?",
            ],
        ),
        (
            "timeclock",
            "shiftwise",
            "app",
            4,
            "Shiftwise",
            ["four"],
            [
                "How many times did I check the time clock today?",
                "How often did I look at who had punched in, in Shiftwise?",
                "time clock checks?",
            ],
        ),
    ]:
        mq.visits_fact(DAY, f"vet-visits-{slug}", truth, what, key, n_expected, label, qs, words)
    for slug, what, offset, extra, qs in [
        (
            "zoom",
            "Zoom",
            1,
            ["the Trillium mail", "Inbox"],
            [
                "What did I open right after the Zoom meeting?",
                "Which window came straight after the practice managers' sync ended?",
                "after zoom?",
            ],
        ),
        (
            "maps",
            "Google Maps",
            1,
            ["the HVAC mail", "Inbox"],
            [
                "What did I switch to right after looking up the route to the emergency hospital?",
                "After checking the drive to Don Valley Emergency, which app came next?",
                "after the map?",
            ],
        ),
        (
            "weather",
            "NorthSky",
            -1,
            ["Northland", "the supplier portal", f"Order {dv.ORDER}"],
            [
                "What was I looking at just before I first checked the weather this morning?",
                "Which window was in front right before the forecast page, early on?",
                "just before the weather?",
            ],
        ),
    ]:
        mq.neighbour_fact(DAY, "vet", slug, truth, what, offset, APP_NAMES, extra, qs)
    for slug, text, which, qs in [
        (
            "snowfall-warning",
            "Snowfall warning",
            "first",
            [
                "When did the snowfall warning first show up on my screen?",
                "What time did I first see the warning about Friday's snow?",
                "first sighting of the snowfall warning?",
            ],
        ),
        (
            "delivered",
            "Delivered, signed by T. Brooks",
            "first",
            [
                "When did I first see the Northland order marked as delivered?",
                "What time did the supplier portal first show our parcel as signed for?",
                "delivered first seen?",
            ],
        ),
        (
            "missed-punch",
            "Missed punch",
            "last",
            [
                "When was Marc's missed punch last showing in the time clock?",
                "What time did I last see the unresolved missing clock-out in Shiftwise?",
                "last time 'Missed punch' was on screen?",
            ],
        ),
    ]:
        mq.sighting_fact(DAY, f"vet-{which}-{slug}", truth, text, which, "es", qs)
    r = tl.longest(truth)
    mq.fact(
        DAY,
        "vet-longest",
        "longest_stretch",
        "time_range",
        [
            "What was my longest stretch in one program today, from when to when?",
            "Between which times did I work the longest without switching apps?",
            "longest unbroken run in a single app — start and end?",
        ],
        tl.longest_answers(truth, "es"),
        [r["titles"][0]],
    )


# ------------------------------------------------------------------------------------- self-checks
def derived() -> dict[str, tuple[float, str, list[str]]]:
    """Each difference/aggregate fact's value worked out from the strings the day draws, the form it is
    written in, and those strings (the check asserts each is on a frame)."""
    f = lambda v: f"{v:,.2f}"  # noqa: E731
    am, pm = dv.pl_totals(False), dv.pl_totals(True)
    marchetti = [r[1] for r in dv.book_rows("eve") if r[1]]
    flags = [v for v in dv.LAB_VALUES if v[5] == "H"]
    am_stock = dv.stock_rows(False)
    pm_stock = dv.stock_rows(True)
    imrab = next(i for i, r in enumerate(am_stock) if r[0].startswith("Imrab"))
    return {
        "vet-weight-loss": (num("34.8 kg") - num("32.6 kg"), "{:.1f}", ["34.8 kg", "32.6 kg"]),
        "vet-rabies-change": (
            int(pm_stock[imrab][4]) - int(am_stock[imrab][4]),
            "{:.0f}",
            [am_stock[imrab][4], pm_stock[imrab][4]],
        ),
        "vet-net-change": (am["net"][0] - pm["net"][0], "amount", [f(am["net"][0]), f(pm["net"][0])]),
        "vet-rev-mom": (am["rev"][0] - am["rev"][1], "amount", [f(am["rev"][0]), f(am["rev"][1])]),
        "vet-temp-change": (num("1°C") - num("-3°C"), "{:.0f}", ["-3°C", "1°C", "Updated 2:36 p.m."]),
        "vet-cap-headroom": (num("CA$12.4K") - num("$11,890.00"), "amount", ["CA$12.4K", "$11,890.00"]),
        "vet-low-am": (sum(r[-1] == "Low" for r in am_stock), "{:.0f}", ["5 below reorder level"]),
        "vet-marchetti-count": (len(marchetti), "{:.0f}", marchetti),
        "vet-high-flags": (len(flags), "{:.0f}", [v[1] for v in flags]),
        "vet-calls-count": (len(dv.CALLS), "{:.0f}", [c[3] for c in dv.CALLS]),
        "vet-two-invoices": (
            num("$1,755.79") + num("1 284,50 $"),
            "amount",
            ["$1,755.79", "1 284,50 $"],
        ),
    }


def check_truth(truth: dict) -> None:
    """Beyond make_questions.check: every extractive answer (lookup, table cell, comparison, list) is in the
    truth lines of a frame that shows the fact's evidence; every difference and aggregate equals the value
    worked out from strings on the frames; comparisons agree with the day's data; computed facts cite window
    titles of the day; the unanswerable attributes are not on any frame."""
    frames = truth["frames"]
    text = [" \n ".join(f["lines"]).lower() for f in frames]
    # the day's data says what the comparisons answer
    groups = dict(dv.pl_groups(False))
    assert [r[0] for r in groups["Revenue"] if r[1] < r[2]] == ["Surgery & dental"]
    assert min(dv.STOCK, key=lambda r: r[3])[0].startswith("Dexmedetomidine")
    assert min(dv.STAFF, key=lambda r: r[3])[0] == "Tyler Brooks"
    shipped = [(n, q * p) for n, _, q, p in dv.ORDER_LINES if n != dv.BACKORDERED]
    assert max(shipped, key=lambda r: r[1])[0].startswith("Convenia")
    assert [v[1] for v in dv.LAB_VALUES if v[5] == "L"] == ["Hematocrit (HCT)"]
    assert dv.ORDER_SUB == 1553.80 and dv.ORDER_TOTAL == 1755.79 and dv.FA_TOTAL == 1284.50
    assert dv.CLAIM_PAID == 1042.60
    assert dv.fr(dv.FA_TOTAL) == "1 284,50 $"
    for f in mq.FACTS:
        if f["day"] != DAY or f["expect_state"] != "ok":
            continue
        fid, family = f["fact_id"], f["family"]
        if family in ("lookup", "table_cell", "table_compare", "list"):
            shown = [
                t
                for fr, t in zip(frames, text)
                if any(e.lower() in line.lower() for e in f["evidence"] for line in fr["lines"])
            ]
            assert shown, (fid, "no frame shows the evidence")
            ok = any(all(p.lower() in t for p in a.split(" && ")) for a in f["answers"] for t in shown)
            assert ok, (fid, "no evidence frame shows an answer")
        elif family in ("difference", "agg_amount"):
            value, form, operands = derived()[fid]
            for op in operands:
                assert any(op.lower() in t for t in text), (fid, op, "operand not on screen")
            want = f"{value:,.2f}" if form == "amount" else form.format(value)
            assert want in f["answers"], (fid, want, f["answers"])
        else:
            titles = {s["title"] for s in truth["sessions"]}
            assert any(e in t for e in f["evidence"] for t in titles) or family.endswith("_seen"), fid
    # the afternoon forecast's frames show 1°C now and the morning's -3°C
    assert any("updated 2:36 p.m." in t and "\n 1°c \n" in t for t in text)
    assert any("updated 8:15 a.m." in t and "\n -3°c \n" in t for t in text)
    joined = "\n".join(text)
    for absent in (
        "mobile",
        " cell",
        "hourly",
        "per hour",
        "colleen.murray@",
        "colleen@",
        "purchase order",
        "bon de commande",
    ):
        assert absent not in joined, absent
    for fr, t in zip(frames, text):
        if "don valley emergency" in t:
            assert "555" not in t.replace("(416) 555-0142", ""), "a phone number on the maps frame"
        if "fa-20931" in t and "facture" in fr["title"].lower():
            assert "mah-2026" not in t
    for word, marks in (("mochi", ("kg", "$")), ("juniper", ("kg",))):
        assert not any(
            word in line.lower() and any(m in line for m in marks) for fr in frames for line in fr["lines"]
        ), word


def main() -> int:
    import facts_vet

    facts_vet.register(mq.fact, mq.none, mq.amount)
    truth = json.loads((HERE / "truth" / f"{DAY}.json").read_text())
    computed(truth)
    mq.check({DAY: truth})
    check_truth(truth)
    rows = mq.question_rows(mq.FACTS, lambda f: SPLIT, lambda f: NOW)
    target = mq.write_frozen(rows, "questions_vet.jsonl", "FROZEN_vet")
    none_n = sum(r["expect_state"] != "ok" for r in rows)
    print(
        f"{len(rows)} questions, {len(mq.FACTS)} facts, {none_n} unanswerable "
        f"({sum(r['trap'] for r in rows)} traps) -> {target.name}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
