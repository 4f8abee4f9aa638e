"""Write bench/qa/questions_sales.jsonl: the held-out question set ("split": "holdout") over day "sales"
(bench/qa/day_sales.py), three phrasings per fact, in the format of questions.jsonl. Extractive facts are in
facts_sales.py; computed ones (time in an app, visits, before/after, first/last sighting, longest stretch)
come from truth/sales.json through timeline.py. It was written without looking at any answer of the system
under test and is measured once, blind: bench/qa/FROZEN_sales holds its sha256, and a run whose questions
differ writes questions_sales.new.jsonl instead.

    python bench/qa/make_days.py --days sales      # truth/sales.json first
    python bench/qa/make_questions_sales.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent.parent / "scripts")]

import day_sales  # noqa: E402
import make_questions as mq  # noqa: E402  (fact/none/amount/check; its FACTS list collects ours)
import timeline as tl  # noqa: E402

DAY = "sales"
NOW = "2026-11-25T19:00:00+00:00"  # the evening of the day, London
SPLIT = "holdout"
APP_NAMES = {
    "chrome.exe": ["Chrome"],
    "msedge.exe": ["Edge"],
    "zoom.exe": ["Zoom"],
    "notion.exe": ["Notion"],
    "notepad.exe": ["Notepad"],
}


def computed(truth: dict) -> None:
    fact = mq.fact
    for what, label, qs in [
        (
            "notion",
            "Account plan – Nordhafen Logistik",
            [
                "How long did I spend in Notion today?",
                "How much time went into reading the Nordhafen account plan?",
                "For how many minutes did I have the Nordhafen plan page up?",
            ],
        ),
        (
            "Google Sheets",
            "Q4 Pipeline – EMEA Mid-Market",
            [
                "How much time did I spend in the pipeline spreadsheet?",
                "How long was the Q4 forecast sheet open in front of me, all visits together?",
                "Total time on Google Sheets this morning?",
            ],
        ),
    ]:
        mq.time_fact(DAY, f"sales-time-{what.split()[0].lower()}", truth, what, label, qs)
    for slug, what, key, n_expected, label, qs in [
        (
            "zoom",
            "zoom",
            "app",
            2,
            "Zoom Workplace",
            [
                "How many separate times did I go into Zoom chat?",
                "How often did I switch over to Zoom today?",
                "On how many occasions was the Zoom app in front?",
            ],
        ),
        (
            "harrowgate",
            "Platform expansion 2027 | Deal",
            "session",
            2,
            "Harrowgate Logistics – Platform expansion 2027",
            [
                "How many times did I open the Harrowgate deal in HubSpot?",
                "How often did I look at the Harrowgate opportunity record today?",
                "Number of separate visits to the Harrowgate expansion deal page?",
            ],
        ),
    ]:
        mq.visits_fact(DAY, f"sales-visits-{slug}", truth, what, key, n_expected, label, qs, ["twice"])
    for slug, what, offset, extra, qs in [
        (
            "quote-pdf",
            "Personal - Microsoft",
            1,
            ["HubSpot", "Harrowgate Logistics – Platform expansion"],
            [
                "What did I switch to right after reading the quote PDF the first time?",
                "Which window came immediately after Edge this morning?",
                "Once I'd gone through Q-2026-0418 in the browser's PDF viewer, what did I open next?",
            ],
        ),
        (
            "notes",
            "Notepad",
            -1,
            ["Gmail", "Nordhafen: budget and agenda"],
            [
                "What was I looking at right before I started my call notes?",
                "Which window was I in just before Notepad?",
                "What came immediately before the first text file I typed in?",
            ],
        ),
        (
            "chat",
            "Zoom",
            1,
            ["Google Sheets", "Q4 Pipeline"],
            [
                "What did I open right after posting in the team chat the first time?",
                "Which window came straight after Zoom this morning?",
                "After my Harrowgate update in #emea-deals, where did I go next?",
            ],
        ),
    ]:
        mq.neighbour_fact(DAY, "sales", slug, truth, what, offset, APP_NAMES, extra, qs)
    for slug, text, which, qs in [
        (
            "aisha",
            "Aisha Mensah",
            "first",
            [
                "When did Harrowgate's finance director first come up on my screen?",
                "What time did I first see Aisha Mensah's name?",
                "Earliest sighting of Aisha Mensah today?",
            ],
        ),
        (
            "quote",
            "Q-2026-0418",
            "last",
            [
                "When was the Harrowgate quote number last on my screen?",
                "What time did I last have Q-2026-0418 in front of me?",
                "Latest time the approved quote reference showed up anywhere?",
            ],
        ),
    ]:
        mq.sighting_fact(DAY, f"sales-{which}-{slug}", truth, text, which, "gb", qs)
    r = tl.longest(truth)
    answers = tl.longest_answers(truth, "gb")
    fact(
        DAY,
        "sales-longest",
        "longest_stretch",
        "time_range",
        [
            "What was my longest stretch in one program today, from when to when?",
            "Between which times did I work longest without switching applications?",
            "My longest uninterrupted run in a single app: when did it begin and end?",
        ],
        answers,
        [r["titles"][0]],
    )


# ------------------------------------------------------------------------------------- self-checks
def money(text: str) -> float:
    """£86,400.00 -> 86400.0; 41.250,00 € -> 41250.0 (a comma before the last two digits is decimal)."""
    digits = re.sub(r"[^\d.,]", "", text)
    if re.search(r",\d{2}$", digits):
        digits = digits.replace(".", "").replace(",", ".")
    return float(digits.replace(",", ""))


def derived() -> dict[str, tuple[float, list[str]]]:
    """Each difference/aggregate fact's value worked out from the strings the day draws, with those
    strings (the check asserts each is on a frame)."""
    rows = day_sales.PIPELINE
    amount = {r[0]: r[3] for r in rows}
    neg = [r[3] for r in rows if r[1] == "Negotiation"]
    seat = day_sales.QUOTE[2][2][0]  # the seat line: item, qty, unit price, discount, amount
    return {
        "sales-harrowgate-raise": (money("£95,832.00") - money("£86,400.00"), ["£95,832.00", "£86,400.00"]),
        "sales-budget-gap": (money("41.250,00 €") - money("38.400,00 €"), ["41.250,00 €", "38.400,00 €"]),
        "sales-discount-value": (int(seat[1]) * money(seat[2]) - money(seat[4]), [seat[1], seat[2], seat[4]]),
        "sales-negotiation-sum": (sum(money(a) for a in neg), neg),
        "sales-max-amount": (max(money(a) for a in amount.values()), list(amount.values())),
        "sales-min-amount": (min(money(a) for a in amount.values()), list(amount.values())),
        "sales-proposal-count": (sum(r[1] == "Proposal" for r in rows), [r[0] for r in rows]),
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
    import facts_sales

    facts_sales.register(mq.fact, mq.none, mq.amount)
    truth = json.loads((HERE / "truth" / f"{DAY}.json").read_text())
    computed(truth)
    mq.check({DAY: truth})
    check_truth(truth)
    rows = mq.question_rows(mq.FACTS, lambda f: SPLIT, lambda f: NOW)
    target = mq.write_frozen(rows, "questions_sales.jsonl", "FROZEN_sales")
    none_n = sum(r["expect_state"] != "ok" for r in rows)
    print(
        f"{len(rows)} questions, {len(mq.FACTS)} facts, {none_n} unanswerable "
        f"({sum(r['trap'] for r in rows)} traps) -> {target.name}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
