"""Write bench/qa/questions_estate.jsonl: the third held-out question set ("split": "holdout") over day
"estate" (bench/qa/day_estate.py), three phrasings per fact, in the format of questions.jsonl. Extractive
facts are in facts_estate.py; computed ones (time in an app, visits, before/after, first/last sighting,
longest stretch) come from truth/estate.json through timeline.py and make_questions' helpers. It was
written without running the system under test on the day (and without reading the query code) and is
measured once, blind: bench/qa/FROZEN_estate holds its sha256, and a run whose questions differ writes
questions_estate.new.jsonl instead.

    python bench/qa/make_days.py --days estate      # truth/estate.json first
    python bench/qa/make_questions_estate.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent.parent / "scripts")]

import day_estate as de  # noqa: E402
import make_questions as mq  # noqa: E402  (fact/none/amount/check; its FACTS list collects ours)
import timeline as tl  # noqa: E402
from facts_estate import num  # noqa: E402

DAY = "estate"
NOW = "2026-11-27T19:00:00+01:00"  # the evening of the day, Lyon
SPLIT = "holdout"
APP_NAMES = {
    "thunderbird.exe": ["Thunderbird"],
    "firefox.exe": ["Firefox"],
    "soffice.bin": ["LibreOffice", "Calc"],
    "explorer.exe": ["File Explorer", "Explorer"],
    "notepad++.exe": ["Notepad++"],
    "zoom.exe": ["Zoom"],
}


def computed(truth: dict) -> None:
    for what, label, qs in [
        (
            "soffice",
            de.ODS,
            [
                "How long did I spend in LibreOffice today?",
                "How much time went into the works tracking spreadsheet, both sessions together?",
                "For how many minutes was Suivi_travaux_2026 open in front of me overall?",
            ],
        ),
        (
            "WhatsApp",
            "WhatsApp",
            [
                "How much time did I spend on WhatsApp today?",
                "Total time chatting with the caretaker, all visits added up?",
                "How long was WhatsApp Web my active window across the day?",
            ],
        ),
    ]:
        mq.time_fact(DAY, f"estate-time-{what.lower()}", truth, what, label, qs)
    for slug, what, key, n_expected, label, words, qs in [
        (
            "thunderbird",
            "thunderbird",
            "app",
            5,
            de.TB,
            ["five"],
            [
                "How many separate times did I go into Thunderbird today?",
                "How often did I switch back to my e-mail?",
                "On how many occasions was the mail client the app in front?",
            ],
        ),
        (
            "ledger",
            de.LEDGER_TITLE,
            "session",
            3,
            de.LEDGER_TITLE,
            ["three"],
            [
                "How many times did I open the rent ledger in Gestimmo?",
                "How often did I look at who had paid November's rent?",
                "Number of separate visits to the Gestimmo ledger page?",
            ],
        ),
    ]:
        mq.visits_fact(DAY, f"estate-visits-{slug}", truth, what, key, n_expected, label, qs, words)
    for slug, what, offset, extra, qs in [
        (
            "quote",
            de.QUOTE_PDF,
            1,
            ["Lot 3B", "folder"],
            [
                "What did I open right after reading the plumber's PDF quote?",
                "Which window came straight after the DEV-2026-0417 PDF?",
                "Once I'd gone through the leak estimate, where did I go next?",
            ],
        ),
        (
            "zoom",
            "zoom",
            1,
            ["Suivi_travaux", "works sheet", "spreadsheet"],
            [
                "What did I do right after the Zoom with the owner?",
                "Which app did I switch to when the meeting with Ms Vasseur ended?",
                "After the Zoom call, what was the next window?",
            ],
        ),
        (
            "notes",
            "notepad++",
            -1,
            ["lease", "Bail_Haddad"],
            [
                "What was I looking at just before I typed up the move-out notes?",
                "Which window was I in right before Notepad++?",
                "What came immediately before I started writing the A-202 inspection notes?",
            ],
        ),
    ]:
        mq.neighbour_fact(DAY, "estate", slug, truth, what, offset, APP_NAMES, extra, qs)
    for slug, text, which, qs in [
        (
            "claim",
            "SIN-26-0048817",
            "first",
            [
                "When did the insurer's claim number first show up on my screen?",
                "What time did I first see SIN-26-0048817?",
                "Earliest sighting of the water-damage claim reference?",
            ],
        ),
        (
            "old-quote",
            "1 275,00 €",
            "last",
            [
                "When was the plumber's original pre-tax total last on my screen?",
                "What time did I last see the 1 275,00 € figure?",
                "Latest time the un-negotiated leak quote amount was visible anywhere?",
            ],
        ),
    ]:
        mq.sighting_fact(DAY, f"estate-{which}-{slug}", truth, text, which, "es", qs)
    r = tl.longest(truth)
    mq.fact(
        DAY,
        "estate-longest",
        "longest_stretch",
        "time_range",
        [
            "What was my longest stretch in a single program today, from when to when?",
            "Between which times did I work the longest without changing applications?",
            "My longest uninterrupted run in one app: when did it start and end?",
        ],
        tl.longest_answers(truth, "es"),
        [r["titles"][0]],
    )


# ------------------------------------------------------------------------------------- self-checks
def derived() -> dict[str, tuple[float, list[str]]]:
    """Each difference/aggregate fact's value worked out from the strings the day draws, with those
    strings (the check asserts each is on a frame)."""
    totals = dict(de.QUOTE_TOTALS)
    old = next(r for r in de.WORKS if r[0] == "TK-0588")[5]
    boiler = next(r for r in de.WORKS if r[3] == "Boiler replacement")
    rows = de.ledger_rows({})
    invoices = [r[6] for r in de.WORKS if r[6]]
    elec = [r[5] for r in de.WORKS if r[4] == "Elec'Lyon"]
    credits = [r for r in de.MORNING_TX if r[4] and r[2].startswith("LOC-")]
    return {
        "estate-quote-cut": (num(old) - num(de.NEW_QUOTE), [old, de.NEW_QUOTE]),
        "estate-boiler-over": (num(boiler[6]) - num(boiler[5]), [boiler[6], boiler[5]]),
        "estate-deposit-back": (690 - 240 - 35, ["deposit held: 690,00 €", "240,00 €", "35,00 €"]),
        "estate-balance-up": (
            num(de.BALANCE_AFTERNOON) - num(de.BALANCE_MORNING),
            [de.BALANCE_AFTERNOON, de.BALANCE_MORNING],
        ),
        "estate-ttc-saving": (num(totals["Total TTC"]) - 1353, [totals["Total TTC"], "1 353,00 €"]),
        "estate-behind-count": (sum(r[8] != "Payé" for r in rows), ["Partiel", "Impayé"]),
        "estate-owed-total": (sum(num(r[7]) for r in rows), [r[7] for r in rows]),
        "estate-invoiced": (sum(num(x) for x in invoices), invoices),
        "estate-elec-total": (sum(num(x) for x in elec), elec),
        "estate-transfers-in": (len(credits), [r[1] for r in credits]),
    }


def check_truth(truth: dict) -> None:
    """Beyond make_questions.check: every extractive answer (lookup, table cell, comparison, list) is in the
    truth lines of a frame that shows the fact's evidence; every difference and aggregate equals the value
    worked out from strings on the frames; computed facts cite window titles of the day; the go-ahead mail's
    TTC is the new quote plus 10 % VAT."""
    frames = truth["frames"]
    text = [" \n ".join(f["lines"]).lower() for f in frames]
    assert abs(num(de.NEW_QUOTE) * 1.1 - 1353) < 0.005
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
            if f["answer_type"] == "amount":
                want = f"{value:,.2f}".replace(",", " ").replace(".", ",")
            else:
                want = str(int(value))
            assert want in f["answers"], (fid, want, f["answers"])
        else:
            titles = {s["title"] for s in truth["sessions"]}
            assert any(e in t for e in f["evidence"] for t in titles) or family.endswith("_seen"), fid


def main() -> int:
    import facts_estate

    facts_estate.register(mq.fact, mq.none, mq.amount)
    truth = json.loads((HERE / "truth" / f"{DAY}.json").read_text())
    computed(truth)
    mq.check({DAY: truth})
    check_truth(truth)
    rows = mq.question_rows(mq.FACTS, lambda f: SPLIT, lambda f: NOW)
    target = mq.write_frozen(rows, "questions_estate.jsonl", "FROZEN_estate")
    none_n = sum(r["expect_state"] != "ok" for r in rows)
    print(
        f"{len(rows)} questions, {len(mq.FACTS)} facts, {none_n} unanswerable "
        f"({sum(r['trap'] for r in rows)} traps) -> {target.name}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
