"""Write bench/qa/questions.jsonl: three phrasings of each fact over the QA workdays, with acceptable
answers, evidence strings, the answer type and family, and a dev/test split by fact. Computed answers
(time in an app, visits, before/after, first/last sighting, longest stretch) come from the truth files
through bench/qa/timeline.py. Written once, then frozen (bench/qa/FROZEN holds its sha256).

    python bench/qa/make_questions.py
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import timeline as tl  # noqa: E402

NOW = {
    "dev": "2026-11-17T19:00:00-05:00",
    "fin": "2026-11-19T19:00:00+01:00",
    "ops": "2026-11-20T19:00:00-08:00",
}
LOCALE = {"dev": "us", "fin": "eu", "ops": "us"}
APP_NAMES = {
    "windowsterminal.exe": ["terminal", "windowsterminal", "powershell"],
    "slack.exe": ["slack"],
    "thunderbird.exe": ["thunderbird"],
    "chrome.exe": ["chrome"],
    "code.exe": ["code"],
    "outlook.exe": ["outlook"],
    "acrobat.exe": ["acrobat"],
    "excel.exe": ["excel"],
    "msedge.exe": ["edge"],
    "winword.exe": ["word"],
    "ms-teams.exe": ["teams"],
    "firefox.exe": ["firefox"],
}


def amount(text: str) -> list[str]:
    """Every way an amount can be written: 1,284.50 / 1284.50 / 1.284,50 / 1284,50 (and 1284.5)."""
    eu = "," in text[-3:] and text[-3] == ","
    digits = text.replace(".", "").replace(",", ".") if eu else text.replace(",", "")
    whole, cents = digits.split(".") if "." in digits else (digits, "00")
    grouped = f"{int(whole):,}"
    forms = {
        f"{grouped}.{cents}",
        f"{whole}.{cents}",
        f"{grouped.replace(',', '.')},{cents}",
        f"{whole},{cents}",
    }
    if cents == "00":
        forms |= {grouped, whole} if int(whole) >= 1000 else {whole}
    elif cents.endswith("0"):
        forms.add(f"{whole}.{cents[0]}")
    return sorted(forms)


def app_forms(run: dict) -> list[str]:
    return APP_NAMES[run["app"]] + [run["titles"][0]]


FACTS: list[dict] = []


def visits_fact(
    day: str, fid: str, truth: dict, what: str, key: str, expected: int, label: str, questions, extra=()
):
    """A visits fact: the truth's separate sessions of `what` (checked against what the day was written to hold)."""
    n = tl.visits(truth, what, key)
    assert n == expected, (day, what, n)
    fact(day, fid, "visits", "count", questions, [str(n), *extra], [label])


def sighting_fact(day: str, fid: str, truth: dict, text: str, which: str, locale: str, questions) -> None:
    """A first/last-seen fact: the clock of the first or last frame whose truth lines hold `text`."""
    seen = tl.sightings(truth, text)
    t = seen[0] if which == "first" else seen[-1]
    fact(day, fid, f"{which}_seen", "datetime", questions, tl.clock_forms(t, locale), [text])


def neighbour_fact(
    day: str, prefix: str, slug: str, truth: dict, what: str, offset: int, app_names: dict, extra, questions
):
    """A before/after fact: the window run next to the first run of `what`, named by its app's names (unless it is
    the same app), the given extra forms and its title."""
    run = tl.neighbour(truth, what, offset)
    same_app = run["app"] == tl.neighbour(truth, what, 0)["app"]
    answers = ([] if same_app else app_names[run["app"]]) + list(extra) + [run["titles"][0]]
    fam = "after" if offset == 1 else "before"
    fact(day, f"{prefix}-{fam}-{slug}", fam, "app", questions, answers, [run["titles"][0]])


def time_fact(day: str, fid: str, truth: dict, what: str, label: str, questions: list[str]) -> None:
    """A time-in-app fact: the seconds the truth's sessions of `what` add up to, in every duration form, with a
    tolerance of a minute or 15% (frames are seconds apart; an answer rounds)."""
    secs = tl.time_in(truth, what)
    fact(
        day,
        fid,
        "time_in_app",
        "duration",
        questions,
        tl.duration_forms(secs),
        [label],
        tolerance=max(60.0, 0.15 * secs),
    )


def fact(
    day, fid, family, answer_type, questions, answers, evidence, expect="ok", absent=None, tolerance=None
):
    assert len(questions) == 3, fid
    assert fid not in {f["fact_id"] for f in FACTS}, fid
    FACTS.append(
        dict(
            day=day,
            fact_id=fid,
            family=family,
            answer_type=answer_type,
            questions=questions,
            answers=answers,
            evidence=evidence,
            expect_state=expect,
            trap=absent is not None,
            absent=absent,
            tolerance_s=tolerance,
        )
    )


def none(day, fid, family, answer_type, questions, absent=None):
    """An unanswerable fact; `absent` names the entity a trap asks about, which no frame of the day shows."""
    fact(day, fid, family, answer_type, questions, [], [], expect="no_evidence", absent=absent)


def computed(truths: dict) -> None:
    """Facts whose answers are worked out from the truth timeline."""
    for day, what, label, qs in [
        (
            "dev",
            "slack",
            "Slack",
            [
                "How long was I in Slack today?",
                "How much time did I spend in Slack?",
                "What was my total time in the Slack app?",
            ],
        ),
        (
            "dev",
            "windowsterminal",
            "lumen-dev",
            [
                "How much time did I spend in the terminal today?",
                "Total time in Windows Terminal?",
                "How long was I working at the command line overall?",
            ],
        ),
        (
            "fin",
            "excel",
            "Excel",
            [
                "How long did I have Excel open in front of me today?",
                "How much time went into the budget spreadsheet in Excel?",
                "Total time spent in Excel?",
            ],
        ),
        (
            "ops",
            "firefox",
            "Firefox",
            [
                "How long was I in Firefox today?",
                "How much time did I spend in Firefox?",
                "Total time in the Firefox browser?",
            ],
        ),
    ]:
        time_fact(day, f"{day}-time-{what}", truths[day], what, label, qs)
    for day, what, key, n_expected, label, qs in [
        (
            "dev",
            "windowsterminal",
            "app",
            5,
            "lumen-dev",
            [
                "How many separate times did I switch to the terminal?",
                "How often did I go back to Windows Terminal?",
                "Number of distinct visits to the terminal today?",
            ],
        ),
        (
            "dev",
            "thunderbird",
            "app",
            2,
            "Thunderbird",
            [
                "How many times did I open Thunderbird?",
                "How many separate visits to my mail in Thunderbird were there?",
                "On how many occasions did I check Thunderbird today?",
            ],
        ),
        (
            "fin",
            "budget 2027.xlsx",
            "session",
            2,
            "Budget 2027.xlsx",
            [
                "How many times did I open the Budget 2027 workbook?",
                "How often did I go back to Budget 2027.xlsx?",
                "Number of separate visits to the budget spreadsheet?",
            ],
        ),
        (
            "ops",
            "ticket #48213",
            "session",
            2,
            "Ticket #48213",
            [
                "How many times did I look at ticket #48213?",
                "How often did I open the login loop ticket?",
                "How many separate visits to ticket 48213 did I make?",
            ],
        ),
        (
            "ops",
            "teams",
            "app",
            2,
            "Teams",
            [
                "How many separate times was I in Teams?",
                "How often did I switch to Microsoft Teams?",
                "Number of distinct Teams visits today?",
            ],
        ),
    ]:
        visits_fact(day, f"{day}-visits-{what.split()[0]}", truths[day], what, key, n_expected, label, qs)
    for day, what, offset, qs in [
        (
            "dev",
            "PAY-1422",
            1,
            [
                "What did I switch to right after the Jira ticket?",
                "Which window came immediately after PAY-1422 in Chrome?",
                "After looking at the Jira issue, where did I go next?",
            ],
        ),
        (
            "dev",
            "ALTER TABLE",
            -1,
            [
                "What was I doing right before I read the PostgreSQL ALTER TABLE docs?",
                "Which window was I in just before the ALTER TABLE documentation?",
                "What came right before the Postgres docs page?",
            ],
        ),
        (
            "fin",
            "Inbox - jonas",
            1,
            [
                "What did I open right after reading Lena's e-mail?",
                "Which window followed the Outlook inbox first thing?",
                "Right after the invoice mail, where did I go?",
            ],
        ),
        (
            "fin",
            "Nordbank",
            -1,
            [
                "What was I doing right before the online-banking transfer?",
                "Which window came just before Nordbank Online Banking?",
                "Before I set up the bank transfer, what was on screen?",
            ],
        ),
        (
            "ops",
            "chrony",
            1,
            [
                "What did I do right after reading the chrony documentation?",
                "Which window came straight after the chrony.conf page?",
                "After the chrony docs, where did I go next?",
            ],
        ),
        (
            "ops",
            "Postmortem",
            -1,
            [
                "What was I looking at right before the INC-2291 postmortem?",
                "Which window came just before the postmortem page in Confluence?",
                "What came immediately before I opened the postmortem?",
            ],
        ),
    ]:
        if what == "Inbox - jonas":
            run = tl.runs(truths[day])[1]
        else:
            run = tl.neighbour(truths[day], what, offset)
        fam = "after" if offset == 1 else "before"
        fact(
            day, f"{day}-{fam}-{what.split()[0].lower()}", fam, "app", qs, app_forms(run), [run["titles"][0]]
        )
    for day, text, which, qs in [
        (
            "dev",
            "PAY-1422",
            "first",
            [
                "When did I first see PAY-1422?",
                "What time did PAY-1422 first show up on my screen?",
                "Earliest sighting of the PAY-1422 ticket key today?",
            ],
        ),
        (
            "dev",
            "LC-558201",
            "last",
            [
                "When did I last see order LC-558201?",
                "What was the last time LC-558201 was on screen?",
                "Latest time the order number LC-558201 appeared?",
            ],
        ),
        (
            "fin",
            "KST-3120",
            "first",
            [
                "When did the cost centre KST-3120 first appear?",
                "What time did I first see KST-3120?",
                "Earliest mention of KST-3120 on my screen?",
            ],
        ),
        (
            "fin",
            "Travel policy 2027",
            "last",
            [
                "When did I last have the travel policy open?",
                "Last time the Travel policy 2027 document was on screen?",
                "What time did I stop looking at the travel policy?",
            ],
        ),
        (
            "ops",
            "CrashLoopBackOff",
            "first",
            [
                "When did I first see CrashLoopBackOff?",
                "What time did the CrashLoopBackOff status first show up?",
                "Earliest time a pod in CrashLoopBackOff was on my screen?",
            ],
        ),
        (
            "ops",
            "Harborview Dental",
            "last",
            [
                "When did I last see Harborview Dental?",
                "Last time Harborview Dental appeared on screen?",
                "What was the latest sighting of Harborview Dental today?",
            ],
        ),
    ]:
        fid = f"{day}-{which}-{text.split()[0].lower()}"
        sighting_fact(day, fid, truths[day], text, which, LOCALE[day], qs)
    for day, qs in [
        (
            "dev",
            [
                "What was my longest stretch in one app, from when to when?",
                "When did my longest uninterrupted run in a single application start and end?",
                "Which app did I stay in the longest without switching, and between what times?",
            ],
        ),
        (
            "fin",
            [
                "What was my longest stretch in one app today, start and end?",
                "From when to when did I work longest without switching apps?",
                "My longest uninterrupted session in a single program: when did it begin and end?",
            ],
        ),
        (
            "ops",
            [
                "What was my longest stretch in one app, from when to when?",
                "When did my longest run in a single application start and end?",
                "Longest time I stayed in one app without switching: start and end times?",
            ],
        ),
    ]:
        r = tl.longest(truths[day])
        last = datetime_of(r["frames"][-1])
        answers = [
            f"{a} && {b}"
            for a in tl.clock_forms(r["start"], LOCALE[day])
            for b in tl.clock_forms(last, LOCALE[day]) + tl.clock_forms(r["end"], LOCALE[day])
        ]
        fact(
            day, f"{day}-longest", "longest_stretch", "time_range", qs, sorted(set(answers)), [r["titles"][0]]
        )


def datetime_of(frame: dict):
    from datetime import datetime

    return datetime.fromisoformat(frame["local_time"])


def split_of(facts: list[dict]) -> dict[str, str]:
    """dev/test by fact, about half each, balanced within each day and answerability."""
    out = {}
    groups: dict[tuple, list[str]] = {}
    for f in facts:
        groups.setdefault((f["day"], f["expect_state"]), []).append(f["fact_id"])
    for key in sorted(groups):
        ids = sorted(groups[key], key=lambda x: hashlib.sha256(x.encode()).hexdigest())
        for i, fid in enumerate(ids):
            out[fid] = "dev" if i % 2 == 0 else "test"
    return out


def main() -> int:
    import facts_dev
    import facts_fin
    import facts_ops

    for module in (facts_dev, facts_fin, facts_ops):
        module.register(fact, none, amount)
    truths = {d: json.loads((HERE / "truth" / f"{d}.json").read_text()) for d in NOW}
    computed(truths)
    check(truths)
    split = split_of(FACTS)
    rows = question_rows(FACTS, lambda f: split[f["fact_id"]], lambda f: NOW[f["day"]])
    target = write_frozen(rows, "questions.jsonl", "FROZEN")
    none_n = sum(r["expect_state"] != "ok" for r in rows)
    print(
        f"{len(rows)} questions, {len(FACTS)} facts, {none_n} unanswerable "
        f"({sum(r['trap'] for r in rows)} traps), dev {sum(r['split'] == 'dev' for r in rows)} -> {target.name}"
    )
    return 0


def question_rows(facts: list[dict], split_of_fact, now_of_fact) -> list[dict]:
    """One JSON row per phrasing of each fact."""
    rows = []
    for f in facts:
        for n, q in enumerate(f["questions"], 1):
            row = {
                "id": f"{f['fact_id']}#{n}",
                "day": f["day"],
                "fact_id": f["fact_id"],
                "split": split_of_fact(f),
                "family": f["family"],
                "answer_type": f["answer_type"],
                "question": q,
                "now": now_of_fact(f),
                "expect_state": f["expect_state"],
                "answers": f["answers"],
                "evidence": f["evidence"],
                "trap": f["trap"],
            }
            if f["tolerance_s"]:
                row["tolerance_s"] = round(f["tolerance_s"], 1)
            rows.append(row)
    return rows


def write_frozen(rows: list[dict], name: str, frozen_name: str) -> Path:
    """Writes the questions to `name`, or to a .new file beside it when they differ from the frozen sha256: the
    frozen set never changes under anyone's feet."""
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    frozen = HERE / frozen_name
    target = HERE / name
    if frozen.exists() and hashlib.sha256(text.encode()).hexdigest() != frozen.read_text().split()[2]:
        target = HERE / name.replace(".jsonl", ".new.jsonl")
        print(f"questions differ from {frozen_name}: wrote {target} instead", file=sys.stderr)
    target.write_text(text)
    return target


def check(truths: dict) -> None:
    """Every evidence string of an answerable fact is on some frame of its day; every trap's entity is not."""
    for f in FACTS:
        lines = [line.lower() for fr in truths[f["day"]]["frames"] for line in fr["lines"]]
        for e in f["evidence"]:
            assert any(e.lower() in line for line in lines), (f["fact_id"], e)
        if f["expect_state"] == "ok":
            assert f["answers"] and f["evidence"], f["fact_id"]
        if f["family"] in ("lookup", "table_cell", "list") and f["expect_state"] == "ok":
            shown = [
                " ".join(fr["lines"]).lower()
                for fr in truths[f["day"]]["frames"]
                if any(e.lower() in line.lower() for e in f["evidence"] for line in fr["lines"])
            ]
            assert any(
                all(part.lower() in text for part in a.split(" && ")) for a in f["answers"] for text in shown
            ), (f["fact_id"], "no evidence frame shows an answer")
        if f["absent"]:
            assert not any(f["absent"].lower() in line for line in lines), (f["fact_id"], f["absent"])


if __name__ == "__main__":
    sys.exit(main())
