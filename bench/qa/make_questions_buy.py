"""Write bench/qa/questions_buy.jsonl: the second held-out question set ("split": "holdout") over day "buy"
(bench/qa/day_buy.py), three phrasings per fact, in the format of questions.jsonl. Extractive facts are in
facts_buy.py; computed ones (time in an app, visits, before/after, first/last sighting, longest stretch)
come from truth/buy.json through timeline.py. It was written without looking at any answer of the system
under test (and without reading the query code) and is measured once, blind: bench/qa/FROZEN_buy holds its
sha256, and a run whose questions differ writes questions_buy.new.jsonl instead.

    python bench/qa/make_days.py --days buy      # truth/buy.json first
    python bench/qa/make_questions_buy.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent.parent / "scripts")]

import day_buy  # noqa: E402
import make_questions as mq  # noqa: E402  (fact/none/amount/check; its FACTS list collects ours)
import timeline as tl  # noqa: E402

DAY = "buy"
NOW = "2026-11-26T19:00:00+01:00"  # the evening of the day, Munich
SPLIT = "holdout"
APP_NAMES = {
    "olk.exe": ["Outlook"],
    "msedge.exe": ["Edge"],
    "chrome.exe": ["Chrome"],
    "ms-teams.exe": ["Teams"],
    "excel.exe": ["Excel"],
    "acrord32.exe": ["Acrobat", "Adobe"],
    "windowsterminal.exe": ["Terminal", "PowerShell"],
    "notepad.exe": ["Notepad"],
}


def computed(truth: dict) -> None:
    fact = mq.fact
    for what, label, qs in [
        (
            "excel",
            day_buy.XLSX,
            [
                "How long did I spend in Excel today?",
                "How much time went into the shaft blank price comparison, both sessions together?",
                "For how many minutes was the offer spreadsheet in front of me overall?",
            ],
        ),
        (
            "teams",
            "Microsoft Teams",
            [
                "How much time did I spend in Teams today?",
                "Total time chatting in Microsoft Teams, all visits?",
                "How long was Teams my active window across the day?",
            ],
        ),
    ]:
        mq.time_fact(DAY, f"buy-time-{what}", truth, what, label, qs)
    for slug, what, key, n_expected, label, words, qs in [
        (
            "outlook",
            "olk",
            "app",
            5,
            day_buy.OUTLOOK,
            ["five"],
            [
                "How many separate times did I go into Outlook today?",
                "How often did I switch back to my mail?",
                "On how many occasions was Outlook the app in front?",
            ],
        ),
        (
            "tracking",
            "Track & Trace",
            "session",
            2,
            day_buy.TRACK_TITLE,
            ["twice"],
            [
                "How many times did I check the Baltrans tracking page?",
                "How often did I look up the delayed castings shipment online?",
                "Number of separate visits to the carrier's track-and-trace site?",
            ],
        ),
    ]:
        mq.visits_fact(DAY, f"buy-visits-{slug}", truth, what, key, n_expected, label, qs, words)
    for slug, what, offset, extra, qs in [
        (
            "invoice",
            "acrord32",
            1,
            ["SAP", "Fiori", "Manage Purchase Orders", "Purchase Order 4500187342"],
            [
                "What did I open right after reading the Voss invoice this morning?",
                "Which window came straight after Acrobat the first time?",
                "Once I'd gone through RE-2026-11873 in the PDF reader, where did I go next?",
            ],
        ),
        (
            "notes",
            "notepad",
            -1,
            [],
            [
                "What was I doing right before I wrote up the Fagerlund call?",
                "Which window was I in just before Notepad?",
                "What came immediately before I started typing my phone notes?",
            ],
        ),
        (
            "receipt",
            "Post Goods Receipt",
            1,
            ["Trello", "Claims & Sourcing"],
            [
                "What did I switch to right after posting the goods receipt?",
                "Which window followed the Fiori GR app this morning?",
                "After booking the Voss delivery in SAP, what did I open next?",
            ],
        ),
    ]:
        mq.neighbour_fact(DAY, "buy", slug, truth, what, offset, APP_NAMES, extra, qs)
    for slug, text, which, qs in [
        (
            "gr-doc",
            "5000093817",
            "first",
            [
                "When did the material document number for the Voss receipt first show up on my screen?",
                "What time did I first see 5000093817?",
                "Earliest sighting of the goods receipt's document number?",
            ],
        ),
        (
            "old-price",
            "7,85 €",
            "last",
            [
                "When was Fagerlund's old unit price last on my screen?",
                "What time did I last see the 7,85 € figure?",
                "Latest time the pre-call Fagerlund price was visible anywhere?",
            ],
        ),
    ]:
        mq.sighting_fact(DAY, f"buy-{which}-{slug}", truth, text, which, "eu", qs)
    r = tl.longest(truth)
    answers = tl.longest_answers(truth, "eu")
    fact(
        DAY,
        "buy-longest",
        "longest_stretch",
        "time_range",
        [
            "What was my longest stretch in a single program today, from when to when?",
            "Between which times did I work the longest without changing applications?",
            "My longest uninterrupted run in one app: when did it start and end?",
        ],
        answers,
        [r["titles"][0]],
    )


# ------------------------------------------------------------------------------------- self-checks
def money(text: str) -> float:
    """14.851,20 € -> 14851.2; 12.210,00 EUR -> 12210.0 (the day writes amounts the German way)."""
    digits = re.sub(r"[^\d.,]", "", text)
    return float(digits.replace(".", "").replace(",", "."))


def derived() -> dict[str, tuple[float, list[str]]]:
    """Each difference/aggregate fact's value worked out from the strings the day draws, with those
    strings (the check asserts each is on a frame)."""
    offers = day_buy.OFFERS
    fag = next(r for r in offers if r[0].startswith("Fagerlund"))
    new_price, new_annual, _ = day_buy.NEW_PRICE
    aw40 = day_buy.INVOICE[4][2][0]  # the first invoice line: pos, article, text, qty, unit price, amount
    table = [line.split() for line in day_buy.SESSION[3][1][3:8]]  # PO, supplier words..., date, open qty
    annual = [r[7] for r in offers]
    moq = [r[3] for r in offers]
    return {
        "buy-price-drop": (money(fag[2]) - money(new_price), [fag[2], new_price]),
        "buy-annual-saving": (money(fag[7]) - money(new_annual), [fag[7], new_annual]),
        "buy-shortfall-value": ((400 - 380) * money(aw40[4]), [aw40[3], "380 pieces", aw40[4]]),
        "buy-invoice-vs-po": (
            money("12.480,00 €") - money("12.210,00 EUR"),
            ["12.480,00 €", "12.210,00 EUR"],
        ),
        "buy-headroom": (money("190.000,00 €") - money(new_annual), ["190.000,00 €", new_annual]),
        "buy-overdue-qty": (sum(int(r[-1]) for r in table), [r[-1] for r in table]),
        "buy-overdue-count": (len(table), [r[0] for r in table]),
        "buy-max-annual": (max(money(a) for a in annual), annual),
        "buy-min-moq": (min(money(a) for a in moq), moq),
        "buy-count-30": (sum(r[6] == "30 days net" for r in offers), [r[0] for r in offers]),
    }


def check_truth(truth: dict) -> None:
    """Beyond make_questions.check: every extractive answer (lookup, table cell, comparison, list) is in the
    truth lines of a frame that shows the fact's evidence; every difference and aggregate equals the value
    worked out from strings on the frames; computed facts cite window titles of the day."""
    frames = truth["frames"]
    text = [" \n ".join(f["lines"]).lower() for f in frames]
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
            value, operands = derived()[fid]
            for op in operands:
                assert any(op.lower() in t for t in text), (fid, op, "operand not on screen")
            want = f"{value:,.2f}" if f["answer_type"] == "amount" else str(int(value))
            assert want in f["answers"], (fid, want, f["answers"])
        else:
            titles = {s["title"] for s in truth["sessions"]}
            assert any(e in t for e in f["evidence"] for t in titles) or family.endswith("_seen"), fid


def main() -> int:
    import facts_buy

    facts_buy.register(mq.fact, mq.none, mq.amount)
    truth = json.loads((HERE / "truth" / f"{DAY}.json").read_text())
    computed(truth)
    mq.check({DAY: truth})
    check_truth(truth)
    rows = mq.question_rows(mq.FACTS, lambda f: SPLIT, lambda f: NOW)
    target = mq.write_frozen(rows, "questions_buy.jsonl", "FROZEN_buy")
    none_n = sum(r["expect_state"] != "ok" for r in rows)
    print(
        f"{len(rows)} questions, {len(mq.FACTS)} facts, {none_n} unanswerable "
        f"({sum(r['trap'] for r in rows)} traps) -> {target.name}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
