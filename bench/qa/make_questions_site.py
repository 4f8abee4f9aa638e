"""Write bench/qa/questions_site.jsonl: the seventh held-out question set ("split": "holdout") over day "site"
(bench/qa/day_site.py), three phrasings per fact, in the format of questions.jsonl. Extractive facts are in
facts_site.py; computed ones (time in an app, visits, before/after, first/last sighting, longest stretch) come
from truth/site.json through timeline.py and make_questions' helpers. It was written without running the
system under test on the day (and without reading the query code) and is measured once, blind:
bench/qa/FROZEN_site holds its sha256, and a run whose questions differ writes questions_site.new.jsonl
instead.

    python bench/qa/make_days.py --days site      # truth/site.json first
    python bench/qa/make_questions_site.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent.parent / "scripts")]

import day_site as ds  # noqa: E402
import make_questions as mq  # noqa: E402  (fact/none/amount/check; its FACTS list collects ours)
import timeline as tl  # noqa: E402

DAY = "site"
NOW = "2026-11-16T19:00:00+11:00"  # the evening of the day, Melbourne (AEDT)
SPLIT = "holdout"
APP_NAMES = {
    "olk.exe": ["Outlook", "new Outlook"],
    "ms-teams.exe": ["Teams", "Microsoft Teams"],
    "msedge.exe": ["Edge"],
    "chrome.exe": ["Chrome"],
    "excel.exe": ["Excel"],
    "revu.exe": ["Bluebeam", "Revu", "Bluebeam Revu"],
    "whatsapp.exe": ["WhatsApp"],
    "notepad.exe": ["Notepad"],
}


def num(text: str) -> float:
    """ "$48,250.00" / "86.0" / "70%" / "29°" -> a float."""
    for token in ("$", "%", "°", "m³"):
        text = text.replace(token, "")
    return float(text.replace(",", "").strip())


def computed(truth: dict) -> None:
    for fid, what, label, qs in [
        (
            "site-time-teams",
            "ms-teams",
            "Microsoft Teams",
            [
                "How long was I in Teams today, all up?",
                "How much of my day did the chats with Hannah and the meeting chat take?",
                "total Teams time?",
            ],
        ),
        (
            "site-time-excel",
            "excel",
            "Excel",
            [
                "How much time did I spend in the Claim 14 spreadsheet today?",
                "All together, how long was I working on the progress claim in Excel?",
                "excel time today?",
            ],
        ),
    ]:
        mq.time_fact(DAY, fid, truth, what, label, qs)
    for slug, what, key, n_expected, label, words, qs in [
        (
            "whatsapp",
            "whatsapp",
            "app",
            5,
            "WhatsApp",
            ["five"],
            [
                "How many separate times did I switch to WhatsApp today?",
                "How often did I check the foreman's messages?",
                "WhatsApp visits?",
            ],
        ),
        (
            "excel",
            "excel",
            "app",
            5,
            "Excel",
            ["five"],
            [
                "How many separate times did I open the progress claim in Excel?",
                "How often did I go back to the claim workbook today?",
                "number of trips into Excel?",
            ],
        ),
        (
            "forecast",
            "Skywatch",
            "session",
            3,
            "Skywatch",
            ["three", "thrice"],
            [
                "How many times did I check the weather forecast today?",
                "How often did I look at the outlook for pour day?",
                "forecast checks today?",
            ],
        ),
    ]:
        mq.visits_fact(DAY, f"site-visits-{slug}", truth, what, key, n_expected, label, qs, words)
    for slug, what, offset, extra, qs in [
        (
            "register",
            "Bluebeam",
            1,
            ["SiteLink", "the pour schedule", "Deliveries & pours"],
            [
                "What did I open right after the drawing register this morning?",
                "Which window came straight after I had the register up in Bluebeam?",
                "after the drawing register, where did I go?",
            ],
        ),
        (
            "maps",
            "Google Maps",
            1,
            ["Macca", "the foreman's chat"],
            [
                "What did I switch to right after checking the route to Studio Marlo?",
                "After looking up the drive to Fitzroy, which app came next?",
                "after the map?",
            ],
        ),
        (
            "bill",
            "Bookwell",
            -1,
            ["the progress claim", "KL_Progress_Claim_14_Nov26.xlsx", "Claim 14"],
            [
                "What was I working in just before I first opened the Voltline bill?",
                "Which window was in front right before the accounts app, late morning?",
                "just before Bookwell?",
            ],
        ),
    ]:
        mq.neighbour_fact(DAY, "site", slug, truth, what, offset, APP_NAMES, extra, qs)
    for slug, text, which, qs in [
        (
            "rfi049",
            "RFI-049",
            "first",
            [
                "When did RFI-049 first appear on my screen?",
                "What time did the bulkhead RFI first show up, after I got back?",
                "first sighting of RFI-049?",
            ],
        ),
        (
            "weather-watch",
            "Weather watch",
            "first",
            [
                "When did the Zone A pour first show as 'Weather watch'?",
                "What time did I flag Wednesday's pour for the weather on the schedule?",
                "weather watch first seen?",
            ],
        ),
        (
            "awaiting-approval",
            "Awaiting approval",
            "last",
            [
                "When was Voltline's bill last showing 'Awaiting approval'?",
                "What time did I last see the electrician's invoice still unapproved?",
                "last time 'Awaiting approval' was on screen?",
            ],
        ),
    ]:
        mq.sighting_fact(DAY, f"site-{which}-{slug}", truth, text, which, "es", qs)
    r = tl.longest(truth)
    mq.fact(
        DAY,
        "site-longest",
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
    ex_am = ds.claim_total(False, 186400.00)[0]
    ex_end = ds.claim_total(True, ds.CONCRETE_NEW)[0]
    vols = [p[2] for p in ds.POURS]
    winds = [r[6] for r in ds.FORECAST[:2] + [ds.WED_PM] + ds.FORECAST[3:]]
    return {
        "site-concrete-change": (ds.CONCRETE_NEW - 186400.00, "amount", ["186,400.00", "192,750.00"]),
        "site-wed-rain-change": (70 - 40, "{:.0f}", ["40%", "70%"]),
        "site-headcount-change": (
            45 - 43,
            "{:.0f}",
            ["Total on site: 43 workers", "Total on site: 45 workers"],
        ),
        "site-zone-diff": (num("86.0") - num("74.5"), "{:.1f}", ["86.0", "74.5"]),
        "site-claim-total-change": (ex_end - ex_am, "amount", [f"{ex_am:,.2f}", f"{ex_end:,.2f}"]),
        "site-open-rfis-end": (3, "{:.0f}", ["6 RFIs · 3 open"]),
        "site-open-defects-end": (5, "{:.0f}", ["7 defects · 5 open"]),
        "site-week-pour-volume": (sum(num(v) for v in vols), "{:.1f}", vols),
        "site-for-construction-count": (
            sum(r[4] == "For construction" for r in ds.REGISTER),
            "{:.0f}",
            ["For construction"],
        ),
        "site-max-wind": (max(num(w.split("–")[1].split()[0]) for w in winds), "{:.0f}", winds),
    }


def check_truth(truth: dict) -> None:
    """Beyond make_questions.check: every extractive answer (lookup, table cell, comparison, list) is in the
    truth lines of a frame that shows the fact's evidence; every difference and aggregate equals the value
    worked out from strings on the frames; comparisons agree with the day's data; computed facts cite window
    titles of the day; the unanswerable attributes are not on any frame."""
    frames = truth["frames"]
    text = [" \n ".join(f["lines"]).lower() for f in frames]
    rows = [r for _, items in ds.CLAIM for r in items]
    assert max(rows, key=lambda r: r[3] - r[4] - r[5])[1] == "Electrical"
    assert max(ds.LABOUR, key=lambda r: r[2][1])[0] == "Formwork"
    assert max(ds.FORECAST, key=lambda r: num(r[3]))[0] == "Thu 19 Nov"
    assert max(ds.VO_ITEMS, key=lambda r: float(r[1]) * r[3])[0].startswith("Supply")
    assert sum(p[2][0] for p in ds.LABOUR) == 43 and sum(p[2][1] for p in ds.LABOUR) == 45
    assert ds.VO_TOTAL == 48250.00 and ds.BILL_SUB == 28400.00
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
    joined = "\n".join(text)
    for absent in (
        "slump",
        "uv",
        "purchase order",
        "po no",
        "mcallister@",
        "macca@",
        "hose repair",
        "ben's mobile",
    ):
        assert absent not in joined, absent
    assert "mei tanaka |" not in joined.replace(
        "mei tanaka | senior structural engineer | felsen partners", ""
    )


def main() -> int:
    import facts_site

    facts_site.register(mq.fact, mq.none, mq.amount)
    truth = json.loads((HERE / "truth" / f"{DAY}.json").read_text())
    computed(truth)
    mq.check({DAY: truth})
    check_truth(truth)
    rows = mq.question_rows(mq.FACTS, lambda f: SPLIT, lambda f: NOW)
    target = mq.write_frozen(rows, "questions_site.jsonl", "FROZEN_site")
    none_n = sum(r["expect_state"] != "ok" for r in rows)
    print(
        f"{len(rows)} questions, {len(mq.FACTS)} facts, {none_n} unanswerable "
        f"({sum(r['trap'] for r in rows)} traps) -> {target.name}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
