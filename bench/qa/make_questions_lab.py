"""Write bench/qa/questions_lab.jsonl: the fourth held-out question set ("split": "holdout") over day "lab"
(bench/qa/day_lab.py), three phrasings per fact, in the format of questions.jsonl. Extractive facts are in
facts_lab.py; computed ones (time in an app, visits, before/after, first/last sighting, longest stretch) come
from truth/lab.json through timeline.py and make_questions' helpers. It was written without running the
system under test on the day (and without reading the query code) and is measured once, blind:
bench/qa/FROZEN_lab holds its sha256, and a run whose questions differ writes questions_lab.new.jsonl
instead.

    python bench/qa/make_days.py --days lab      # truth/lab.json first
    python bench/qa/make_questions_lab.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent.parent / "scripts")]

import day_lab as dl  # noqa: E402
import make_questions as mq  # noqa: E402  (fact/none/amount/check; its FACTS list collects ours)
import timeline as tl  # noqa: E402
from facts_lab import num  # noqa: E402

DAY = "lab"
NOW = "2026-11-30T19:00:00+01:00"  # the evening of the day, Zürich
SPLIT = "holdout"
APP_NAMES = {
    "olk.exe": ["Outlook"],
    "ms-teams.exe": ["Teams", "Microsoft Teams"],
    "windowsterminal.exe": ["Windows Terminal", "terminal"],
    "chrome.exe": ["Chrome"],
    "msedge.exe": ["Edge"],
    "excel.exe": ["Excel"],
    "zotero.exe": ["Zotero"],
    "explorer.exe": ["File Explorer", "Explorer"],
}


def computed(truth: dict) -> None:
    for what, label, qs in [
        (
            "ms-teams",
            "Microsoft Teams",
            [
                "How long was I in Teams today?",
                "How much time did the lab chats take me, all together?",
                "Total minutes with Microsoft Teams in front?",
            ],
        ),
        (
            "excel",
            "Excel",
            [
                "How much time did I spend in Excel today?",
                "Booking sheet plus budget sheet – how long was I in spreadsheets overall?",
                "Excel, total time?",
            ],
        ),
    ]:
        mq.time_fact(DAY, f"lab-time-{label.split()[-1].lower()}", truth, what, label, qs)
    for slug, what, key, n_expected, label, words, qs in [
        (
            "mail",
            "Posteingang",
            "session",
            3,
            dl.OL,
            ["three"],
            [
                "How many separate times did I check my inbox today?",
                "How often did I go back to my e-mail in Outlook (not the calendar)?",
                "Number of visits to the Outlook mail view?",
            ],
        ),
        (
            "terminal",
            "windowsterminal",
            "app",
            2,
            "kellera@eiger-ln01",
            ["two", "twice"],
            [
                "How many times did I log into the cluster terminal today?",
                "On how many separate occasions was Windows Terminal in front?",
                "Terminal sessions on Eiger – how many?",
            ],
        ),
    ]:
        mq.visits_fact(DAY, f"lab-visits-{slug}", truth, what, key, n_expected, label, qs, words)
    for slug, what, offset, extra, qs in [
        (
            "requisition",
            "ProcureZH",
            1,
            ["Jonas Meier", "chat with Jonas"],
            [
                "What did I switch to right after drafting the Labrisa requisition?",
                "Which window came straight after the procurement portal this morning?",
                "Once I'd filled in the order form the first time, where did I go next?",
            ],
        ),
        (
            "overleaf",
            "Overleaf",
            -1,
            ["ProcureZH", "procurement portal", "PO-CH-2026-00871"],
            [
                "What was I doing just before I opened the paper in Overleaf?",
                "Which window was in front right before the LaTeX editor?",
                "What came immediately before I updated Table 2?",
            ],
        ),
        (
            "concur",
            "SAP Concur",
            1,
            ["gfp-train", "eiger", "cluster"],
            [
                "What did I do right after fixing the expense report?",
                "Which app did I go to when I was done in Concur?",
                "After the Spesenbericht, what was the next window?",
            ],
        ),
    ]:
        mq.neighbour_fact(DAY, "lab", slug, truth, what, offset, APP_NAMES, extra, qs)
    for slug, text, which, qs in [
        (
            "po",
            dl.PO,
            "first",
            [
                "When did the PO number for the Labrisa order first appear on my screen?",
                "What time did I first see PO-CH-2026-00871?",
                "Earliest sighting of today's purchase order number?",
            ],
        ),
        (
            "draft-total",
            dl.chf(dl.TOTAL_DRAFT),
            "last",
            [
                "When was the order total with only two antibody vials last on my screen?",
                "What time did I last see CHF 2'122.87?",
                "Latest moment the draft requisition total was visible?",
            ],
        ),
    ]:
        mq.sighting_fact(DAY, f"lab-{which}-{slug}", truth, text, which, "eu", qs)
    r = tl.longest(truth)
    mq.fact(
        DAY,
        "lab-longest",
        "longest_stretch",
        "time_range",
        [
            "What was my longest stretch in a single program today, from when to when?",
            "Between which times did I work the longest without switching applications?",
            "Longest uninterrupted run in one app – start and end?",
        ],
        tl.longest_answers(truth, "eu"),
        [r["titles"][0]],
    )


# ------------------------------------------------------------------------------------- self-checks
def derived() -> dict[str, tuple[float, str, list[str]]]:
    """Each difference/aggregate fact's value worked out from the strings the day draws, the form it is
    written in, and those strings (the check asserts each is on a frame)."""
    hotel = next(r for r in dl.EXPENSES if r[1] == "Hotel")[3]
    train = next(r for r in dl.EXPENSES if r[1] == "Bahn")[3]
    priya = dl.PRIYA
    hours = (int(priya[4][:2]) * 60 + int(priya[4][3:]) - int(priya[3][:2]) * 60 - int(priya[3][3:])) / 60
    budgets = [r[1] for r in dl.budget_rows(False)]
    return {
        "lab-po-increase": (
            num(dl.chf(dl.TOTAL_FINAL)) - num(dl.chf(dl.TOTAL_DRAFT)),
            "amount",
            [dl.chf(dl.TOTAL_FINAL), dl.chf(dl.TOTAL_DRAFT)],
        ),
        "lab-dice-gain": (
            float(dl.NEW_OURS[0]) - float(dl.OLD_OURS[0]),
            "{:.3f}",
            [f"Ours (segm-v3) & {dl.NEW_OURS[0]}", f"Ours (segm-v3) & {dl.OLD_OURS[0]}"],
        ),
        "lab-mem-increase": (80 - 64, "{:.0f}", ["--mem=80G", "--mem=64G"]),
        "lab-hotel-vs-train": (num(hotel) - num(train), "amount", [hotel, train]),
        "lab-priya-hours": (hours, "{:.0f} h", [f"{priya[3]}", f"{priya[4]}", priya[7]]),
        "lab-total-budget": (sum(num(b) for b in budgets), "amount", budgets),
        "lab-confocal-count": (
            sum(r[0] == "LSM 980 Confocal" for r in [*dl.BOOKINGS, priya]),
            "{:.0f}",
            ["LSM 980 Confocal", priya[7]],
        ),
        "lab-running-count": (
            3,
            "{:.0f}",
            ["4418120       gpu  segm-v3   meierj  R", "cpu qpcr-bat   ramanp  R"],
        ),
    }


def check_truth(truth: dict) -> None:
    """Beyond make_questions.check: every extractive answer (lookup, table cell, comparison, list) is in the
    truth lines of a frame that shows the fact's evidence; every difference and aggregate equals the value
    worked out from strings on the frames; computed facts cite window titles of the day; the order's totals
    are its lines plus 8.1 % VAT; the morning queue has three running jobs."""
    frames = truth["frames"]
    text = [" \n ".join(f["lines"]).lower() for f in frames]
    queue = [
        ln for ln in dl.MORNING_TERM[1] if ln.endswith(("gpu-n07", "cpu-n22", "bigmem-n02", "(Resources)"))
    ]
    assert sum(" R " in ln for ln in queue) == 3
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
            want = dl.chf(value, False) if form == "amount" else form.format(value)
            assert want in f["answers"], (fid, want, f["answers"])
        else:
            titles = {s["title"] for s in truth["sessions"]}
            assert any(e in t for e in f["evidence"] for t in titles) or family.endswith("_seen"), fid


def main() -> int:
    import facts_lab

    facts_lab.register(mq.fact, mq.none, mq.amount)
    truth = json.loads((HERE / "truth" / f"{DAY}.json").read_text())
    computed(truth)
    mq.check({DAY: truth})
    check_truth(truth)
    rows = mq.question_rows(mq.FACTS, lambda f: SPLIT, lambda f: NOW)
    target = mq.write_frozen(rows, "questions_lab.jsonl", "FROZEN_lab")
    none_n = sum(r["expect_state"] != "ok" for r in rows)
    print(
        f"{len(rows)} questions, {len(mq.FACTS)} facts, {none_n} unanswerable "
        f"({sum(r['trap'] for r in rows)} traps) -> {target.name}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
