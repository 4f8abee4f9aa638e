"""Write bench/qa/questions_news.jsonl: the sixth held-out question set ("split": "holdout") over day "news"
(bench/qa/day_news.py), three phrasings per fact, in the format of questions.jsonl. Extractive facts are in
facts_news.py; computed ones (time in an app, visits, before/after, first/last sighting, longest stretch) come
from truth/news.json through timeline.py and make_questions' helpers. It was written without running the
system under test on the day (and without reading the query code) and is measured once, blind:
bench/qa/FROZEN_news holds its sha256, and a run whose questions differ writes questions_news.new.jsonl
instead.

    python bench/qa/make_days.py --days news      # truth/news.json first
    python bench/qa/make_questions_news.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent.parent / "scripts")]

import day_news as dn  # noqa: E402
import make_questions as mq  # noqa: E402  (fact/none/amount/check; its FACTS list collects ours)
import timeline as tl  # noqa: E402

DAY = "news"
NOW = "2026-11-18T19:30:00+05:30"  # the evening of the day, Bengaluru
SPLIT = "holdout"
APP_NAMES = {
    "chrome.exe": ["Chrome"],
    "msedge.exe": ["Edge"],
    "firefox.exe": ["Firefox"],
    "slack.exe": ["Slack"],
    "outlook.exe": ["Outlook"],
    "acrobat.exe": ["Acrobat", "Adobe Acrobat"],
    "whatsapp.exe": ["WhatsApp"],
    "notepad.exe": ["Notepad"],
}


def num(text: str) -> float:
    """ "₹1,23,456.78" / "Rs. 4,50,000" / "1,306.45" -> a float (commas are grouping, the point is decimal)."""
    for token in ("₹", "Rs.", "crore", "lakh", "%"):
        text = text.replace(token, "")
    return float(text.replace(",", "").strip())


def computed(truth: dict) -> None:
    for fid, what, label, qs in [
        (
            "news-time-slack",
            "slack",
            "Slack",
            [
                "How long was I on Slack today, all together?",
                "How much of my day went on the desk's chat channels and DMs?",
                "total Slack time today?",
            ],
        ),
        (
            "news-time-draft",
            "Kaveri Finserv Q2 FY27 – draft",
            "Kaveri Finserv Q2 FY27 – draft",
            [
                "How much time did I spend in the Kaveri Finserv draft in Google Docs today?",
                "Total time on the Kaveri results draft doc?",
                "time in the Kaveri Google Doc?",
            ],
        ),
    ]:
        mq.time_fact(DAY, fid, truth, what, label, qs)
    for slug, what, key, n_expected, label, words, qs in [
        (
            "whatsapp",
            "whatsapp",
            "app",
            3,
            "WhatsApp",
            ["three", "thrice"],
            [
                "How many separate times did I switch to WhatsApp today?",
                "On how many occasions did I open my chat with the source?",
                "WhatsApp visits today?",
            ],
        ),
        (
            "outlook",
            "outlook",
            "app",
            6,
            "Outlook",
            ["six"],
            [
                "How many separate times was Outlook in front today?",
                "How often did I go back to my mail?",
                "number of trips to the inbox?",
            ],
        ),
        (
            "tracker",
            "Q2 FY27 results tracker",
            "session",
            4,
            "Q2 FY27 results tracker",
            ["four"],
            [
                "How many separate times did I open the Q2 results tracker?",
                "How often did I go back to the results spreadsheet in Google Sheets?",
                "visits to the tracker sheet?",
            ],
        ),
    ]:
        mq.visits_fact(DAY, f"news-visits-{slug}", truth, what, key, n_expected, label, qs, words)
    for slug, what, offset, extra, qs in [
        (
            "transcript",
            "Scribely",
            1,
            ["Google Docs", "Docs", "the Kaveri draft", "Kaveri Finserv Q2 FY27 – draft"],
            [
                "What did I open right after reading the CFO call transcript?",
                "Which window came straight after Scribely?",
                "after the transcript, where did I go?",
            ],
        ),
        (
            "order",
            "Adobe Acrobat",
            1,
            ["Inkpress", "CMS", "the Trishul Agro story", "LL-2026-11-4473"],
            [
                "Where did I go right after reading the CMAI order PDF?",
                "What came next after the regulator's order in Acrobat?",
                "after the Trishul PDF, which window?",
            ],
        ),
        (
            "transcript",
            "Scribely",
            -1,
            ["markets-live", "#markets-live"],
            [
                "What was I looking at just before I opened the CFO call transcript?",
                "Which window was in front right before Scribely?",
                "just before the transcript?",
            ],
        ),
    ]:
        mq.neighbour_fact(DAY, "news", slug, truth, what, offset, APP_NAMES, extra, qs)
    for slug, text, which, qs in [
        (
            "close-price",
            f"₹{dn.inr(dn.PRICES['close'])}",
            "first",
            [
                "When did Kaveri Finserv's closing price first show up on my screen?",
                f"What time did I first see ₹{dn.inr(dn.PRICES['close'])}?",
                "first sighting of KAVFIN's close?",
            ],
        ),
        (
            "legal-review",
            "Legal review",
            "last",
            [
                "When was the 'Legal review' status last on my screen?",
                "What time did I last see the Trishul Agro story waiting on legal?",
                "last time 'Legal review' was visible?",
            ],
        ),
    ]:
        mq.sighting_fact(DAY, f"news-{which}-{slug}", truth, text, which, "eu", qs)
    r = tl.longest(truth)
    mq.fact(
        DAY,
        "news-longest",
        "longest_stretch",
        "time_range",
        [
            "What was my longest stretch in one program today, from when to when?",
            "Between which times did I work the longest without switching applications?",
            "longest unbroken run in a single app — start and end?",
        ],
        tl.longest_answers(truth, "eu"),
        [r["titles"][0]],
    )


# ------------------------------------------------------------------------------------- self-checks
def derived() -> dict[str, tuple[float, str, list[str]]]:
    """Each difference/aggregate fact's value worked out from the strings the day draws, the form it is
    written in, and those strings (the check asserts each is on a frame)."""
    k = dn.KAV
    pats = [f"{r[3]:,.2f}" for r in dn.TRACKER]
    yoy = [f"{dn.pct(r[3], r[4])}%" for r in dn.TRACKER]
    am, close = f"₹{dn.inr(dn.PRICES['am'])}", f"₹{dn.inr(dn.PRICES['close'])}"
    budget, used = f"Rs. {dn.inr(dn.FREELANCE_BUDGET, 0)}", f"Rs. {dn.inr(dn.FREELANCE_USED, 0)}"
    peers = [f"{r[1]:,.2f}" for r in dn.PEERS]
    return {
        "news-price-move": (num(close) - num(am), "amount", [am, close]),
        "news-words-added": (
            dn.WORDS_KAV[1] - dn.WORDS_KAV[0],
            "{:.0f}",
            [f"{w} words" for w in dn.WORDS_KAV],
        ),
        "news-freelance-left": (
            num(budget.replace("Rs.", "")) - num(used.replace("Rs.", "")),
            "inr",
            [budget, used],
        ),
        "news-target-gap": (1450 - 1380, "{:.0f}", ["target to ₹1,450", "Securities at ₹1,380"]),
        "news-pat-increase": (
            num(f"{k['pat']:,.2f}") - num(f"{k['pat_ly']:,.2f}"),
            "amount",
            [f"net profit of ₹{k['pat']:,.2f} crore", f"from ₹{k['pat_ly']:,.2f} crore"],
        ),
        "news-cmai-words": (
            dn.WORDS_CMAI[1] - dn.WORDS_CMAI[0],
            "{:.0f}",
            [f"{w} words" for w in dn.WORDS_CMAI],
        ),
        "news-profit-declines": (sum(y.startswith("-") for y in yoy), "{:.0f}", yoy),
        "news-tracker-pat-sum": (sum(num(p) for p in pats), "amount", pats),
        "news-noticees-count": (4, "{:.0f}", ["Noticee No.", "Kavita Sethi"]),
        "news-live-cards": (5, "{:.0f}", ["Live"]),
        "news-max-peer-ltp": (max(num(p) for p in peers), "amount", peers),
    }


def check_truth(truth: dict) -> None:
    """Beyond make_questions.check: every extractive answer (lookup, table cell, comparison, list) is in the
    truth lines of a frame that shows the fact's evidence; every difference and aggregate equals the value
    worked out from strings on the frames; comparisons agree with the day's data; computed facts cite window
    titles of the day; the evening board's Live column holds five cards."""
    frames = truth["frames"]
    text = [" \n ".join(f["lines"]).lower() for f in frames]
    best = max(dn.TRACKER, key=lambda r: dn.pct(r[3], r[4]))[0]
    worst = min(dn.TRACKER, key=lambda r: dn.pct(r[3], r[4]))[0]
    assert (best, worst) == ("Brightwater Hotels", "Nilgiri Tea Estates"), (best, worst)
    assert max(dn.TRACKER, key=lambda r: r[1])[0] == "Orion Infratech"
    assert max(dn.PEERS, key=lambda r: num(r[3]))[0] == "Narmada Credit"
    assert min(dn.PEERS, key=lambda r: float(r[2].rstrip("%")))[0] == "Sahyadri Finance"
    evening = [f for f in frames if f["title"].startswith("Business desk budget")][-1]["lines"]
    live = evening.index("Live")
    assert evening[live + 1] == "5", evening[live : live + 3]
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
            if form == "amount":
                want = f"{value:,.2f}"
            elif form == "inr":
                want = dn.inr(value, 0)
            else:
                want = form.format(value)
            assert want in f["answers"], (fid, want, f["answers"])
        else:
            titles = {s["title"] for s in truth["sessions"]}
            assert any(e in t for e in f["evidence"] for t in titles) or family.endswith("_seen"), fid
    # the unanswerable attributes are really not on screen
    joined = "\n".join(text)
    for absent in (
        "net interest margin",
        "ebitda",
        "appointed date",
        "deshpande",
        "vikram@",
        "mobile",
        "start work",
        "trishul agro market",
    ):
        assert absent not in joined, absent


def main() -> int:
    import facts_news

    facts_news.register(mq.fact, mq.none, mq.amount)
    truth = json.loads((HERE / "truth" / f"{DAY}.json").read_text())
    computed(truth)
    mq.check({DAY: truth})
    check_truth(truth)
    rows = mq.question_rows(mq.FACTS, lambda f: SPLIT, lambda f: NOW)
    target = mq.write_frozen(rows, "questions_news.jsonl", "FROZEN_news")
    none_n = sum(r["expect_state"] != "ok" for r in rows)
    print(
        f"{len(rows)} questions, {len(mq.FACTS)} facts, {none_n} unanswerable "
        f"({sum(r['trap'] for r in rows)} traps) -> {target.name}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
