"""Write bench/qa/questions_dev2.jsonl: a tuning-only question set ("split": "dev2") over day "hr"
(bench/qa/day_hr.py), three phrasings per fact, in the format of questions.jsonl. Extractive facts are in
facts_hr.py; computed ones (time in an app, visits, before/after, first/last sighting, longest stretch)
come from truth/hr.json through timeline.py. Once written it is frozen: bench/qa/FROZEN_dev2 holds its
sha256, and a run whose questions differ writes questions_dev2.new.jsonl instead.

    python bench/qa/make_days.py --days hr      # truth/hr.json first
    python bench/qa/make_questions_dev2.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import make_questions as mq  # noqa: E402  (fact/none/amount/check; its FACTS list collects ours)
import timeline as tl  # noqa: E402

DAY = "hr"
NOW = "2026-11-24T19:00:00+01:00"  # the evening of the day, Madrid
SPLIT = "dev2"
APP_NAMES = {
    "olk.exe": ["Outlook", "olk"],
    "explorer.exe": ["File Explorer", "explorer"],
    "foxitpdfreader.exe": ["Foxit"],
    "soffice.bin": ["LibreOffice", "Calc", "soffice"],
    "msedge.exe": ["Edge"],
    "ms-teams.exe": ["Teams"],
    "firefox.exe": ["Firefox"],
}


def computed(truth: dict) -> None:
    fact = mq.fact
    for what, label, qs in [
        (
            "ms-teams",
            "Microsoft Teams",
            [
                "How long was I in Teams today?",
                "How much time did I spend chatting in Microsoft Teams?",
                "Total time the Teams app was in front of me?",
            ],
        ),
        (
            "libreoffice calc",
            "LibreOffice Calc",
            [
                "How much time did I spend in LibreOffice Calc?",
                "How long did I work on the Headcount 2027 spreadsheet altogether?",
                "Total time in the spreadsheet program today?",
            ],
        ),
        (
            "jira",
            "Jira",
            [
                "How long did I spend in Jira today?",
                "Total time on Jira pages in Edge?",
                "How much of my morning went into Jira tickets and the sprint board?",
            ],
        ),
    ]:
        mq.time_fact(DAY, f"hr-time-{what.split()[0]}", truth, what, label, qs)
    for what, key, n_expected, label, qs in [
        (
            "PEOPLE-214",
            "session",
            2,
            "[PEOPLE-214]",
            [
                "How many times did I open PEOPLE-214?",
                "How often did I go to Bastian Keller's onboarding ticket?",
                "Number of separate visits to the PEOPLE-214 issue page?",
            ],
        ),
        (
            "ms-teams",
            "app",
            3,
            "Microsoft Teams",
            [
                "How many separate times was I in Teams?",
                "How often did I switch over to Microsoft Teams today?",
                "On how many occasions did I go to the Teams app?",
            ],
        ),
        (
            "Calendar - Lucía",
            "session",
            2,
            "Calendar - Lucía Ferrer - Outlook",
            [
                "How many times did I look at my calendar?",
                "How often did I open the Outlook calendar today?",
                "Number of separate visits to my calendar week view?",
            ],
        ),
    ]:
        mq.visits_fact(DAY, f"hr-visits-{what.split()[0].lower()}", truth, what, key, n_expected, label, qs)
    for what, offset, extra, qs in [
        (
            "Foxit",
            1,
            ["Headcount 2027.ods", "Travel Q4"],
            [
                "What did I switch to right after the hotel invoice PDF?",
                "Which window came immediately after Foxit PDF Reader?",
                "Once I closed the Stephansplatz receipt, what did I work on next?",
            ],
        ),
        (
            "Downloads",
            -1,
            ["Mail - Lucía Ferrer"],
            [
                "What was I doing right before I opened my Downloads folder?",
                "Which window was I in just before File Explorer?",
                "What came right before the Downloads listing?",
            ],
        ),
        (
            "People Ops board",
            1,
            ["PEOPLE-231", "Expense claim"],
            [
                "What did I open right after the Jira board?",
                "Which page came immediately after the People Ops sprint board?",
                "After looking at PEOPLE Sprint 23, where did I go next?",
            ],
        ),
        (
            "PEOPLE-219",
            -1,
            [],
            [
                "What was I doing right before I opened PEOPLE-219?",
                "Which window came just before the support hiring plan ticket?",
                "What did I look at immediately before the Q1 2027 hiring plan issue?",
            ],
        ),
    ]:
        mq.neighbour_fact(DAY, "hr", what.split()[0].lower(), truth, what, offset, APP_NAMES, extra, qs)
    for text, which, qs in [
        (
            "PEOPLE-214",
            "first",
            [
                "When did I first see PEOPLE-214?",
                "What time did the PEOPLE-214 ticket key first show up on my screen?",
                "Earliest sighting of PEOPLE-214 today?",
            ],
        ),
        (
            "Irene Molina",
            "first",
            [
                "When did Irene Molina first appear on my screen?",
                "What time did I first see Irene Molina's name?",
                "Earliest time Irene Molina showed up anywhere today?",
            ],
        ),
        (
            "Offsite_Valencia_quotes.zip",
            "last",
            [
                "When did I last see Offsite_Valencia_quotes.zip?",
                "Last time the Valencia offsite quotes archive was on screen?",
                "What time did the offsite quotes zip file last appear?",
            ],
        ),
        (
            "Rechnung_2026-48817",
            "last",
            [
                "When did I last see the hotel invoice PDF?",
                "What was the last time Rechnung_2026-48817 was on screen?",
                "Latest time I looked at the Stephansplatz invoice file?",
            ],
        ),
        (
            "Elena Soto",
            "first",
            [
                "When did I first see Elena Soto's name?",
                "What time did Elena Soto first show up on my screen?",
                "Earliest sighting of Elena Soto today?",
            ],
        ),
        (
            "Sala Alcalá",
            "last",
            [
                "When did I last see Sala Alcalá?",
                "Last time the room Sala Alcalá appeared on screen?",
                "What was the latest time Sala Alcalá was visible?",
            ],
        ),
    ]:
        slug = text.split()[0].split("_")[0].lower()
        mq.sighting_fact(DAY, f"hr-{which}-{slug}", truth, text, which, "es", qs)
    r = tl.longest(truth)
    answers = tl.longest_answers(truth, "es")
    fact(
        DAY,
        "hr-longest",
        "longest_stretch",
        "time_range",
        [
            "What was my longest stretch in one app today, from when to when?",
            "Between what times did I work longest without switching to another program?",
            "My longest uninterrupted run in a single application: when did it start and end?",
        ],
        answers,
        [r["titles"][0]],
    )


def main() -> int:
    import facts_hr

    facts_hr.register(mq.fact, mq.none, mq.amount)
    truth = json.loads((HERE / "truth" / f"{DAY}.json").read_text())
    computed(truth)
    mq.check({DAY: truth})
    rows = mq.question_rows(mq.FACTS, lambda f: SPLIT, lambda f: NOW)
    target = mq.write_frozen(rows, "questions_dev2.jsonl", "FROZEN_dev2")
    none_n = sum(r["expect_state"] != "ok" for r in rows)
    print(
        f"{len(rows)} questions, {len(mq.FACTS)} facts, {none_n} unanswerable "
        f"({sum(r['trap'] for r in rows)} traps) -> {target.name}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
