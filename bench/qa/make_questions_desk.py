"""Write bench/qa/questions_desk.jsonl: the tenth held-out question set ("split": "holdout") over day "desk"
(bench/qa/day_desk.py), three phrasings per fact, in the format of questions.jsonl. Extractive facts are in
facts_desk.py; computed ones (time in an app, visits, before/after, first/last sighting, longest stretch) come
from truth/desk.json through timeline.py and make_questions' helpers. It was written without running the
system under test on the day (and without reading the query code) and is measured once, blind:
bench/qa/FROZEN_desk holds its sha256, and a run whose questions differ writes questions_desk.new.jsonl
instead.

    python bench/qa/make_days.py --days desk      # truth/desk.json first
    python bench/qa/make_questions_desk.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent.parent / "scripts")]

import day_desk as ds  # noqa: E402
import make_questions as mq  # noqa: E402  (fact/none/amount/check; its FACTS list collects ours)
import timeline as tl  # noqa: E402

DAY = "desk"
NOW = "2026-11-24T19:00:00+01:00"  # the evening of the day, Stockholm (CET)
SPLIT = "holdout"
APP_NAMES = {
    "chrome.exe": ["Chrome", "Google Chrome"],
    "msedge.exe": ["Edge", "Microsoft Edge"],
    "thunderbird.exe": ["Thunderbird", "Mozilla Thunderbird"],
    "discord.exe": ["Discord"],
    "excel.exe": ["Excel"],
    "figma.exe": ["Figma"],
    "pdfxedit.exe": ["PDF-XChange", "PDF-XChange Editor"],
    "ms-teams.exe": ["Teams", "Microsoft Teams"],
    "p4v.exe": ["P4V", "Perforce"],
    "microsoft.msn.weather.exe": ["Weather", "Väder", "the Weather app"],
}


def num(text: str) -> float:
    """ "1 284 530,75 kr" / "−56 250,00 kr" / "+412 386,40 kr" / "96,3" / "1 207" / "41 SP" / "264" / "−2°" /
    "från 695 kr" -> a float."""
    t = text.replace("från", "").replace("kr", "").replace("SP", "").replace("°", "").replace("px", "")
    t = t.replace("−", "-").replace("+", "").strip()
    if "," in t:
        t = t.replace(" ", "").replace(",", ".")
    return float(t.replace(" ", ""))


def computed(truth: dict) -> None:
    for fid, what, label, qs in [
        (
            "desk-time-discord",
            "discord",
            "Discord",
            [
                "How long was I in Discord today, all told?",
                "How much of my day went on the studio's chat server?",
                "total discord time?",
            ],
        ),
        (
            "desk-time-excel",
            "excel",
            "Excel",
            [
                "How much time did I spend in Excel today?",
                "All together, how long did I have the budget workbook open in front of me?",
                "excel time today?",
            ],
        ),
    ]:
        mq.time_fact(DAY, fid, truth, what, label, qs)
    for slug, what, key, n_expected, label, words, qs in [
        (
            "p4v",
            "p4v",
            "app",
            4,
            "P4V",
            ["four"],
            [
                "How many separate times did I open P4V today?",
                "How often did I go and look at the submitted changelists in Perforce?",
                "p4v visits?",
            ],
        ),
        (
            "frost247",
            "[FROST-247]",
            "session",
            3,
            "[FROST-247]",
            ["three", "thrice"],
            [
                "How many times did I open the FROST-247 issue page today?",
                "How often did I check on the savegame crash bug's page in Tasklane?",
                "FROST-247 page visits?",
            ],
        ),
        (
            "discord",
            "discord",
            "app",
            8,
            "Discord",
            ["eight"],
            [
                "How many times did I switch to Discord today?",
                "How often did I bring up the team's chat during the day?",
                "discord visits?",
            ],
        ),
    ]:
        mq.visits_fact(DAY, f"desk-visits-{slug}", truth, what, key, n_expected, label, qs, words)
    for slug, what, offset, extra, qs in [
        (
            "teams",
            "Microsoft Teams",
            1,
            ["Hannah's recap", "the recap mail", "Recap: M4 pre-review call"],
            [
                "What did I open right after the Teams call?",
                "Which window came straight after the meeting with the publisher ended?",
                "after teams?",
            ],
        ),
        (
            "sj",
            "Bokningsbekräftelse",
            1,
            ["Kalender", "the calendar", "Thunderbird calendar"],
            [
                "What did I switch to right after the SJ booking confirmation?",
                "Once the train ticket was booked, which window did I go to next?",
                "after booking the train?",
            ],
        ),
        (
            "weather",
            "Väder",
            -1,
            ["the changelists", "Perforce changelists"],
            [
                "What was I looking at just before I first checked the weather this morning?",
                "Which app was in front right before the forecast, early on?",
                "just before the weather?",
            ],
        ),
    ]:
        mq.neighbour_fact(DAY, "desk", slug, truth, what, offset, APP_NAMES, extra, qs)
    for slug, text, which, qs in [
        (
            "build-1489",
            "Build #1489",
            "first",
            [
                "When did I first see build #1489?",
                "What time did the release build for 0.9.4 first come up on my screen?",
                "#1489 first seen?",
            ],
        ),
        (
            "snow-warning",
            "Gul varning",
            "first",
            [
                "When did the yellow snow warning first show up on my screen?",
                "What time did I first see SMHI's warning about snowfall tonight?",
                "first sighting of the weather warning?",
            ],
        ),
        (
            "unassigned",
            "Unassigned",
            "last",
            [
                "When did FROST-247 last show as unassigned?",
                "What time did I last see the crash bug without anyone on it?",
                "last time 'Unassigned' was on screen?",
            ],
        ),
    ]:
        mq.sighting_fact(DAY, f"desk-{which}-{slug}", truth, text, which, "eu", qs)
    r = tl.longest(truth)
    mq.fact(
        DAY,
        "desk-longest",
        "longest_stretch",
        "time_range",
        [
            "What was my longest stretch in one program today, from when to when?",
            "Between which times did I work the longest without switching apps?",
            "longest unbroken run in a single app — start and end?",
        ],
        tl.longest_answers(truth, "eu"),
        [r["titles"][0]],
    )


# ------------------------------------------------------------------------------------- self-checks
def derived() -> dict[str, tuple[float, str, list[str]]]:
    """Each difference/aggregate fact's value worked out from the strings the day draws, the form it is
    written in, and those strings (the check asserts each is on a frame)."""
    am_cards = ds.cards("am")
    bugs = [c for c in am_cards if c[2] == "Bug"]
    doing = [c for c in am_cards if c[5] == "IN PROGRESS"]
    paid = [r[2][3] for r in ds.milestone_rows("am") if r[2][5] == "Ja"]
    bank_am, bal_am = ds.bank_items(False)
    debits = [ds.kr(it[3], sign=True) for it in bank_am if it[3] < 0]
    _, bal_pm = ds.bank_items(True)
    tue = [r[2] for r in ds.hour_rows(True) if r[2]]
    open_am = [c for c in ds.FIGMA_COMMENTS if not c[4][0]]
    dels = [ds.n(d) for _, _, _, d, _ in ds.wishlist_rows("am")]
    loc = lambda rows: next(r[2][4] for r in rows if r[2][1] == "Lokalisering")  # noqa: E731
    jp = lambda phase: next(ds.n(a) for c, _, a, _, _ in ds.wishlist_rows(phase) if c == "Japan")  # noqa: E731
    passed = lambda b: ds.n(ds.BUILDS[b][5])  # noqa: E731
    left = lambda phase: f"{ds.sprint_points(phase)[2]} SP"  # noqa: E731
    cheapest = min(ds.DEPARTURES, key=lambda x: x[4])
    return {
        "desk-bugs-on-board": (len(bugs), "{:.0f}", [c[0] for c in bugs]),
        "desk-inprogress-points": (sum(int(c[3]) for c in doing), "{:.0f}", [c[0] for c in doing]),
        "desk-advance-paid": (sum(num(p) for p in paid), "amount", paid),
        "desk-outgoing-sum": (-sum(num(x) for x in debits), "amount", debits),
        "desk-hours-tuesday": (sum(num(x) for x in tue), "{:.1f}", ["tis 24/11", *tue]),
        "desk-open-comments": (len(open_am), "{:.0f}", [c[3] for c in open_am]),
        "desk-deletions-sum": (sum(num(x) for x in dels), "{:,.0f}", ["Deletions (7 days)"]),
        "desk-loc-forecast-cut": (
            num(loc(ds.budget_rows(False))) - num(loc(ds.budget_rows(True))),
            "{:.1f}",
            [loc(ds.budget_rows(False)), loc(ds.budget_rows(True))],
        ),
        "desk-balance-drop": (bal_am - bal_pm, "amount", [ds.kr(bal_am), ds.kr(bal_pm)]),
        "desk-japan-jump": (num(jp("pm")) - num(jp("am")), "{:.0f}", [jp("am"), jp("pm")]),
        "desk-tests-fixed": (num(passed(1488)) - num(passed(1486)), "{:.0f}", [passed(1486), passed(1488)]),
        "desk-stamina-wider": (
            ds.STAMINA_NEW - ds.STAMINA_OLD,
            "{:.0f}",
            [f"{ds.STAMINA_OLD} px now", f"widened to {ds.STAMINA_NEW} px"],
        ),
        "desk-temp-rise": (num("0°") - num("−2°"), "{:.0f}", ["Uppdaterad 08:30", "Uppdaterad 15:00"]),
        "desk-train-premium": (
            ds.TICKET - cheapest[4],
            "amount",
            [f"från {cheapest[4]} kr", f"från {ds.TICKET} kr", f"Totalt: {ds.TICKET} kr"],
        ),
        "desk-burndown": (num(left("am")) - num(left("pm")), "{:.0f}", [left("am"), left("pm")]),
    }


def check_truth(truth: dict) -> None:
    """Beyond make_questions.check: every extractive answer (lookup, table cell, comparison, list) is in the
    truth lines of a frame that shows the fact's evidence; every difference and aggregate equals the value
    worked out from strings on the frames; comparisons agree with the day's data; computed facts cite window
    titles of the day; the unanswerable attributes are not on any frame."""
    frames = truth["frames"]
    text = [" \n ".join(f["lines"]).lower() for f in frames]
    # the day's data says what the comparisons answer
    pm = ds.wishlist_rows("pm")
    assert (
        max(pm, key=lambda r: r[2])[0] == "Japan"
        and max(ds.wishlist_rows("am"), key=lambda r: r[2])[0] != "Japan"
    )
    assert min(ds.WISHLISTS, key=lambda r: r[4])[0] == "China"
    over = [p for _, items in ds.budget_items(True) for _, p, b, _, f in items if f > b]
    assert over == ["Mässor & resor"], over
    assert min(ds.DEPARTURES, key=lambda x: x[4])[0].startswith("06:10")
    assert max(ds.MILESTONES, key=lambda m: m[3])[:2] == ("M3", "Content complete")
    assert ds.ADVANCE == 420000 and ds.LOC_GROSS == 120375.00 and ds.SOUND_GROSS == 56250
    assert ds.kr(-56250) == "−56 250,00 kr" and ds.tkr(96.3) == "96,3" and ds.TICKET_VAT == 45.00
    # the table's countries are a part of every country (the KPI cards): the sums asked for are not on screen
    assert sum(r[3] for r in ds.WISHLISTS) < ds.ALL_COUNTRIES[2]
    assert not any("1 290" in t for t in text) and not any("113 847" in t for t in text)
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
    # the morning's and the afternoon's weather, the wishlist refresh, the forecast cut, the balance
    assert any("uppdaterad 08:30" in t and "\n −2° \n" in t for t in text)
    assert any("uppdaterad 15:00" in t and "\n 0° \n" in t for t in text)
    assert any("06:00" in t and "\n 1 102 \n" in t for t in text) and any(
        "12:00" in t and "\n 1 874 \n" in t for t in text
    )
    assert any("\n 120,0 \n" in t for t in text) and any("\n 96,3 \n" in t for t in text)
    joined = "\n".join(text)
    for absent in (
        "+49",
        "+1 ",
        "(206)",
        "iban",
        "spår",
        "perrong",
        "track ",
        "göteborg c – stockholm",
        "due date",
    ):
        assert absent not in joined, absent
    for fr in frames:
        for line in fr["lines"]:
            low = line.lower()
            if "hannah" in low or "dana" in low:
                assert "tel" not in low and "phone" not in low, line
            if "strand ljud" in low:
                assert "org" not in low, line
            if "marta" in low or "märta" in low or "håkansson" in low:
                assert "@" not in low, line
            if "frost-248" in low:
                assert "due" not in low, line
            if "#1486" in low:
                assert "agent" not in low, line


def main() -> int:
    import facts_desk

    facts_desk.register(mq.fact, mq.none, mq.amount)
    truth = json.loads((HERE / "truth" / f"{DAY}.json").read_text())
    computed(truth)
    mq.check({DAY: truth})
    check_truth(truth)
    rows = mq.question_rows(mq.FACTS, lambda f: SPLIT, lambda f: NOW)
    target = mq.write_frozen(rows, "questions_desk.jsonl", "FROZEN_desk")
    none_n = sum(r["expect_state"] != "ok" for r in rows)
    print(
        f"{len(rows)} questions, {len(mq.FACTS)} facts, {none_n} unanswerable "
        f"({sum(r['trap'] for r in rows)} traps) -> {target.name}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
