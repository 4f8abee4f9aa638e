"""Write bench/qa/questions_solar.jsonl: the thirteenth held-out question set ("split": "holdout") over day "solar"
(bench/qa/day_solar.py), three phrasings per fact, in the format of questions.jsonl. Extractive facts are in
facts_solar.py; computed ones (time in an app, visits, before/after, first/last sighting, longest stretch) come
from truth/solar.json through timeline.py and make_questions' helpers. It was written without running the
system under test on the day (and without reading the query code) and is measured once, blind:
bench/qa/FROZEN_solar holds its sha256, and a run whose questions differ writes questions_solar.new.jsonl
instead.

    python bench/qa/make_days.py --days solar      # truth/solar.json first
    python bench/qa/make_questions_solar.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent.parent / "scripts")]

import day_solar as dx  # noqa: E402
import make_questions as mq  # noqa: E402  (fact/none/amount/check; its FACTS list collects ours)
import timeline as tl  # noqa: E402

DAY = "solar"
NOW = "2026-11-20T19:00:00+01:00"  # the evening of the day, Utrecht (CET, +01:00 in November)
SPLIT = "holdout"
APP_NAMES = {
    "chrome.exe": ["Chrome", "Google Chrome"],
    "msedge.exe": ["Edge", "Microsoft Edge"],
    "firefox.exe": ["Firefox", "Mozilla Firefox"],
    "thunderbird.exe": ["Thunderbird", "Mozilla Thunderbird"],
    "mattermost.exe": ["Mattermost"],
    "excel.exe": ["Excel"],
}


def num(text: str) -> float:
    """ "€ 11.873,50" / "29,24" / "11,8 km · 20 min" / "ISDE € 2.850" -> a float (nl-NL: a decimal comma, dots
    between thousands); the first number in the text."""
    m = re.search(r"-?\d[\d.]*(?:,\d+)?", text)
    return float(m.group(0).replace(".", "").replace(",", "."))


def computed(truth: dict) -> None:
    for fid, what, label, qs in [
        (
            "solar-time-excel",
            "excel",
            "Excel",
            [
                "How long was I in Excel today, all told?",
                "How much of my day went on the Q4 installations spreadsheet?",
                "total excel time?",
            ],
        ),
        (
            "solar-time-thunderbird",
            "thunderbird",
            "Thunderbird",
            [
                "How much time did I spend in Thunderbird today?",
                "All together, how long did I have my mail and agenda open in front of me?",
                "tijd in Thunderbird?",
            ],
        ),
    ]:
        mq.time_fact(DAY, fid, truth, what, label, qs)
    for slug, what, key, n_expected, label, words, qs in [
        (
            "mattermost",
            "mattermost",
            "app",
            9,
            "Mattermost",
            ["nine", "negen"],
            [
                "How many separate times did I open Mattermost today?",
                "How often did I look in on the crews' planning channel during the day?",
                "mattermost visits?",
            ],
        ),
        (
            "excel",
            "excel",
            "app",
            12,
            "Excel",
            ["twelve", "twaalf"],
            [
                "How many times did I switch to Excel today?",
                "How often did I go back to the installations sheet?",
                "excel visits?",
            ],
        ),
        (
            "planbord",
            "PlanBord",
            "session",
            13,
            "PlanBord",
            ["thirteen", "dertien"],
            [
                "How many times did I open the PlanBord week planning today?",
                "How often did I look at next week's crew board during the day?",
                "planbord visits?",
            ],
        ),
    ]:
        mq.visits_fact(DAY, f"solar-visits-{slug}", truth, what, key, n_expected, label, qs, words)
    for slug, what, offset, extra, qs in [
        (
            "route",
            "RouteMaatje",
            1,
            ["the installations sheet", "Installaties_Q4_2026.xlsx"],
            [
                "What did I open right after looking at the survey route this morning?",
                "Which program came straight after RouteMaatje the first time?",
                "after the route?",
            ],
        ),
        (
            "datasheet",
            "Helion_HX-430",
            1,
            ["the ZGB webshop", "the basket", "Winkelwagen", "ZGB"],
            [
                "What did I switch to right after first reading the panel's datasheet?",
                "Once I had the HX-430 spec sheet open, which window came next?",
                "after the datasheet?",
            ],
        ),
        (
            "portal",
            "Stroomnet",
            -1,
            ["Agenda", "my calendar", "the calendar"],
            [
                "What was I looking at just before I first opened the Stroomnet Midden portal?",
                "Which window was in front right before I checked the grid operator's registrations?",
                "just before the Stroomnet portal?",
            ],
        ),
    ]:
        mq.neighbour_fact(DAY, "solar", slug, truth, what, offset, APP_NAMES, extra, qs)
    for slug, text, which, qs in [
        (
            "order-no",
            dx.ORDER_NO,
            "first",
            [
                f"When did the order number {dx.ORDER_NO} first show on my screen?",
                "What time did I first see the number of the wholesaler order for week 48?",
                "ordernummer ZGB first seen?",
            ],
        ),
        (
            "approved",
            "Goedgekeurd door Jeroen van den Berg",
            "first",
            [
                "When did the quotation tool first show the Hendriks quote as approved by Jeroen?",
                "What time did I first see Jeroen's sign-off on the revised offer in Zonnewerk?",
                "'Goedgekeurd door Jeroen' first seen?",
            ],
        ),
        (
            "info-needed",
            "Aanvullende info nodig",
            "last",
            [
                "When did the Zeist registration last show as needing additional information?",
                "What time did I last see Stroomnet's request for more documents still open on the bakery's file?",
                "last time 'Aanvullende info nodig' was on screen?",
            ],
        ),
    ]:
        mq.sighting_fact(DAY, f"solar-{which}-{slug}", truth, text, which, "eu", qs)
    r = tl.longest(truth)
    mq.fact(
        DAY,
        "solar-longest",
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
    utrecht = [r[5] for r in dx.install_rows("end") if r[2] == "Utrecht" and r[5]]
    delivered = [r[0] for r in dx.install_rows("end") if r[8] == "Opgeleverd"]
    isde = [r[9] for r in dx.install_rows("end") if r[9].startswith("ISDE")]
    legs = [x[0] for _, _, x in dx.LEGS if x]
    approved = [r[0] for r in dx.reg_rows("late") if r[6] == "Goedgekeurd"]
    total = lambda v: dx.eur(dx.quote_totals(v)[3])  # noqa: E731
    basket = lambda p: dx.eur(dx.basket_totals(p)[2])  # noqa: E731
    hendriks = lambda p: next(r[5] for r in dx.install_rows(p) if r[0] == "ZW-2574")  # noqa: E731

    def minutes(a: str, b: str) -> float:
        (ha, ma), (hb, mb) = ((int(x) for x in t.split(":")) for t in (a, b))
        return (hb * 60 + mb) - (ha * 60 + ma)

    survey = re.findall(r"\d\d:\d\d", dx.LEGS[1][0])
    return {
        "solar-utrecht-kwp": (sum(num(x) for x in utrecht), "{:.2f}", utrecht),
        "solar-delivered-end": (len(delivered), "{:.0f}", ["Akkoord klant", *delivered]),
        "solar-free-slots-end": (
            dx.free_slots("late"),
            "{:.0f}",
            ["Laatst bijgewerkt: vr 20 nov. 2026 16:38", "Vrij"],
        ),
        "solar-isde-total": (sum(num(x) for x in isde), "amount", isde),
        "solar-km-total": (sum(num(x) for x in legs), "{:.1f}", legs),
        "solar-approved-regs-end": (len(approved), "{:.0f}", ["Opgevraagd: 20-11-2026 16:42", *approved]),
        "solar-quote-increase": (num(total(1)) - num(total(0)), "amount", [total(0), total(1)]),
        "solar-basket-increase": (
            num(basket("done")) - num(basket("am")),
            "amount",
            [basket("am"), basket("done")],
        ),
        "solar-hendriks-kwp-change": (
            num(hendriks("end")) - num(hendriks("am")),
            "{:.2f}",
            [hendriks("am"), hendriks("end")],
        ),
        "solar-survey-duration": (minutes(*survey), "{:.0f}", [dx.LEGS[1][0]]),
        "solar-call-shift": (
            minutes(dx.CALL["am"][0], dx.CALL["pm"][0]),
            "{:.0f}",
            [" - ".join(dx.CALL["am"]), " - ".join(dx.CALL["pm"])],
        ),
    }


def check_truth(truth: dict) -> None:
    """Beyond make_questions.check: every extractive answer (lookup, table cell, comparison, list) is in the
    truth lines of every frame that shows the fact's evidence (so an answer that changes during the day is
    asked with evidence of its moment); every difference and aggregate equals the value worked out from
    strings on the frames; comparisons agree with the day's data; computed facts cite window titles of the
    day; the identifiers carry valid check digits; the unanswerable attributes are not on any frame."""
    frames = truth["frames"]
    text = [" \n ".join(f["lines"]).lower() for f in frames]
    joined = "\n".join(text)
    # the identifiers are valid: GS1 check digits (EAN-13 products, 18-digit connections), IBAN mod 97, elfproef
    assert dx.gs1("400638133393") == "4006381333931"  # GS1's own example
    for code in [*dx.EANS.values(), *dx.EAN_CONN.values()]:
        body, check = code[:-1], code[-1]
        assert dx.gs1(body) == code and len(code) in (13, 18), code
        assert sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(reversed(code))) % 10 == 0, (
            code,
            check,
        )
    assert dx.iban_nl("ABNA", "0417164300") == "NL91ABNA0417164300"  # the standard's Dutch example
    iban = dx.FIRM_IBAN
    assert int("".join(str(int(ch, 36)) for ch in iban[4:] + iban[:4])) % 97 == 1 and len(iban) == 18, iban
    rsin = dx.BTW_ID[2:11]
    assert sum(int(c) * w for c, w in zip(rsin, [9, 8, 7, 6, 5, 4, 3, 2, -1])) % 11 == 0, dx.BTW_ID
    # the quote's and the basket's arithmetic, and the Dutch BTW rule the quote follows
    z0, h0, b0, t0 = dx.quote_totals(0)
    z1, h1, b1, t1 = dx.quote_totals(1)
    assert (t0, t1, b1) == (11412.50, 11873.50, 1039.50), (t0, t1, b1)
    assert all(r == 0 for _, d, *_, r in dx.quote_lines(1) if "thuisbatterij" not in d)
    assert dx.basket_totals("am")[2] == 16108.25 and dx.basket_totals("done")[2] == 16422.48
    assert dx.free_slots("am") == 9 and dx.free_slots("late") == 6
    # the day's data says what the comparisons answer
    rows = dx.install_rows("end")
    assert max(rows, key=lambda r: num(r[5]) if r[5] else 0)[1] == "VvE Parkzicht"
    assert max((r for r in rows if r[9].startswith("ISDE")), key=lambda r: num(r[9]))[0] == "WP-2577"
    assert max(dx.basket_rows("am"), key=lambda r: num(r[5]))[0] == "530010"
    assert max(dx.basket_rows("done"), key=lambda r: num(r[5]))[0] == "530010"
    sub = {r[0]: tuple(reversed([int(x) for x in r[5].split("-")])) for r in dx.reg_rows("late")}
    assert min(sub, key=sub.get) == "SNM-AM-26-08702"
    assert max(dx.LEGS[1:], key=lambda x: num(x[2][0]))[0].startswith("Terug")
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
            hit = [any(all(p.lower() in t for p in a.split(" && ")) for a in f["answers"]) for t in shown]
            assert any(hit), (fid, "no evidence frame shows an answer")
            assert all(hit), (fid, f"{hit.count(False)} evidence frames without an answer")
        elif family in ("difference", "agg_amount"):
            value, form, operands = derived()[fid]
            for op in operands:
                assert any(op.lower() in t for t in text), (fid, op, "operand not on screen")
            want = dx.nl(value) if form == "amount" else form.format(value).replace(".", ",")
            assert want in f["answers"], (fid, want, f["answers"])
        else:
            titles = {s["title"] for s in truth["sessions"]}
            assert any(e in t for e in f["evidence"] for t in titles) or family.endswith("_seen"), fid
    # the sums and differences asked for are not written anywhere on screen
    for written in ("29,24", "33,8", "8.100", "461,00", "314,23", "0,86", "40 min", "30 min"):
        assert written not in joined, written
    # the status changes the time-bound questions rely on
    assert any("opgevraagd: 20-11-2026 08:45" in t and "aanvullende info nodig" in t for t in text)
    assert not any("opgevraagd: 20-11-2026 16:42" in t and "aanvullende info nodig" in t for t in text)
    assert any("vr 27 nov. 2026 · 07:30–16:30" in t and "ploeg 2 · bram smit" in t for t in text)
    assert not any(
        "laatst bijgewerkt: vr 20 nov. 2026 16:38" in t and "16 panelen + batterij" in t for t in text
    )
    assert any("14:30 - 15:00" in t for t in text) and any("15:00 - 15:30" in t for t in text)
    # unanswerable attributes: nothing on screen answers them
    for absent in (
        "+31",
        "06-",
        "tel.",
        "telefoonnummer",
        "mobiel",
        "scop",
        "kenteken",
        "dakhelling",
        "hellingshoek",
        "graden",
        "behandelaar",
        "systeemspanning",
        "max. spanning",
        "1000 v",
        "1500 v",
        "ijsbrand.mulder@",
        "i.mulder@",
        "mulder@",
    ):
        assert absent not in joined, absent
    assert not any("kvk" in line.lower() and "zgb" in line.lower() for f in frames for line in f["lines"])
    assert not any("kvk" in t and "groothandel" in t and "84127395" not in t for t in text)
    ibans = set(re.findall(r"nl\d{2} ?[a-z]{4}(?: ?\d{4}){2} ?\d{2}", joined))
    assert {i.replace(" ", "") for i in ibans} == {dx.FIRM_IBAN.lower()}, ibans


def main() -> int:
    import facts_solar

    facts_solar.register(mq.fact, mq.none, mq.amount)
    truth = json.loads((HERE / "truth" / f"{DAY}.json").read_text())
    computed(truth)
    mq.check({DAY: truth})
    check_truth(truth)
    rows = mq.question_rows(mq.FACTS, lambda f: SPLIT, lambda f: NOW)
    target = mq.write_frozen(rows, "questions_solar.jsonl", "FROZEN_solar")
    none_n = sum(r["expect_state"] != "ok" for r in rows)
    print(
        f"{len(rows)} questions, {len(mq.FACTS)} facts, {none_n} unanswerable "
        f"({sum(r['trap'] for r in rows)} traps) -> {target.name}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
