"""Write bench/qa/questions_school.jsonl: the fourteenth held-out question set ("split": "holdout") over day
"school" (bench/qa/day_school.py), three phrasings per fact, in the format of questions.jsonl. Extractive facts are
in facts_school.py; computed ones (time in an app, visits, before/after, first/last sighting, longest stretch) come
from truth/school.json through timeline.py and make_questions' helpers. It was written without running the
system under test on the day (and without reading the query code) and is measured once, blind:
bench/qa/FROZEN_school holds its sha256, and a run whose questions differ writes questions_school.new.jsonl
instead.

    python bench/qa/make_days.py --days school      # truth/school.json first
    python bench/qa/make_questions_school.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent.parent / "scripts")]

import day_school as dx  # noqa: E402
import make_questions as mq  # noqa: E402  (fact/none/amount/check; its FACTS list collects ours)
import timeline as tl  # noqa: E402

DAY = "school"
NOW = "2026-11-25T19:00:00+01:00"  # the evening of the day, Prague (CET, +01:00 in November)
SPLIT = "holdout"
APP_NAMES = {
    "chrome.exe": ["Chrome", "Google Chrome"],
    "msedge.exe": ["Edge", "Microsoft Edge"],
    "firefox.exe": ["Firefox", "Mozilla Firefox"],
    "outlook.exe": ["Outlook", "Microsoft Outlook"],
    "ms-teams.exe": ["Teams", "Microsoft Teams"],
    "excel.exe": ["Excel"],
    "acrobat.exe": ["Acrobat", "Adobe Acrobat Reader"],
}


def num(text: str) -> float:
    """ "44 250,00 Kč" / "3,75" / "8 cm" / "12 857,46 Kč" -> a float (cs-CZ: a decimal comma, spaces or no-break
    spaces between thousands); the first number in the text."""
    m = re.search(r"-?\d[\d \u00a0]*(?:,\d+)?", text.replace("−", "-"))
    return float(m.group(0).replace(" ", "").replace("\u00a0", "").replace(",", "."))


def computed(truth: dict) -> None:
    for fid, what, label, qs in [
        (
            "school-time-excel",
            "excel",
            "Excel",
            [
                "How long was I in Excel today, all told?",
                "How much of my day went on the ski course payments spreadsheet?",
                "čas v Excelu celkem?",
            ],
        ),
        (
            "school-time-teams",
            "teams",
            "Microsoft Teams",
            [
                "How much time did I spend in Teams today?",
                "All together, how long did I have the staff room channel open in front of me?",
                "total teams time?",
            ],
        ),
    ]:
        mq.time_fact(DAY, fid, truth, what, label, qs)
    for slug, what, key, n_expected, label, words, qs in [
        (
            "teams",
            "teams",
            "app",
            11,
            "Microsoft Teams",
            ["eleven", "jedenáct"],
            [
                "How many separate times did I open Teams today?",
                "How often did I look in on the Sborovna channel during the day?",
                "teams visits?",
            ],
        ),
        (
            "excel",
            "excel",
            "app",
            10,
            "Excel",
            ["ten", "deset"],
            [
                "How many times did I switch to Excel today?",
                "How often did I go back to the LVK payments sheet?",
                "excel visits?",
            ],
        ),
        (
            "grades",
            "Klasifikace",
            "session",
            6,
            "Klasifikace",
            ["six", "šest"],
            [
                "How many times did I open 7.B's grades in EduKniha today?",
                "How often did I look at my class's marks table during the day?",
                "klasifikace – kolikrát?",
            ],
        ),
    ]:
        mq.visits_fact(DAY, f"school-visits-{slug}", truth, what, key, n_expected, label, qs, words)
    for slug, what, offset, extra, qs in [
        (
            "weather",
            "Počasí",
            1,
            ["EduKniha", "the grades", "Klasifikace", "7.B's grades"],
            [
                "What did I open right after checking the weather in Pec pod Sněžkou this morning?",
                "Which window came straight after the snow forecast the first time?",
                "after the weather?",
            ],
        ),
        (
            "rules",
            "Skolni_rad",
            1,
            ["the payments sheet", "LVK_2027_platby_7B.xlsx", "the LVK sheet"],
            [
                "What did I switch to right after first reading the school rules?",
                "Once I had looked up the article on excuses in the školní řád, which program came next?",
                "after the školní řád?",
            ],
        ),
        (
            "bank",
            "Internetbanka",
            -1,
            ["the payments sheet", "LVK_2027_platby_7B.xlsx", "the LVK sheet"],
            [
                "What was I looking at just before I first opened the internet bank?",
                "Which window was in front right before I checked the ski course account's movements?",
                "just before the bank?",
            ],
        ),
        (
            "payment",
            "Nová platba",
            -1,
            ["the lodge's booking confirmation", "Chata Javorová's mail", "Potvrzení rezervace"],
            [
                "What did I have open just before I started the payment order to the lodge?",
                "Right before typing in the deposit payment, which window was I reading?",
                "before the new payment?",
            ],
        ),
    ]:
        mq.neighbour_fact(DAY, "school", slug, truth, what, offset, APP_NAMES, extra, qs)
    for slug, text, which, qs in [
        (
            "order-no",
            dx.ORDER_NO,
            "first",
            [
                f"When did the order number {dx.ORDER_NO} first show on my screen?",
                "What time did I first see the number of today's supplies order?",
                "číslo objednávky poprvé?",
            ],
        ),
        (
            "swap",
            "výměna hodin: Čj z 3. hodiny",
            "first",
            [
                "When did I first see that 7.B's Czech was moved on Thursday?",
                "What time did the lesson swap for tomorrow first appear in the substitutions?",
                "'výměna hodin' first seen?",
            ],
        ),
        (
            "magnets",
            "Magnety na tabuli",
            "last",
            [
                "When were the board magnets last in my ŠkolníSklad basket?",
                "What time did I last see the magnets before I took them out of the supplies order?",
                "last time 'Magnety na tabuli' was on screen?",
            ],
        ),
    ]:
        mq.sighting_fact(DAY, f"school-{which}-{slug}", truth, text, which, "eu", qs)
    r = tl.longest(truth)
    mq.fact(
        DAY,
        "school-longest",
        "longest_stretch",
        "time_range",
        [
            "What was my longest stretch in one program today, from when to when?",
            "Between which times did I work the longest without switching apps?",
            "nejdelší souvislý blok v jedné aplikaci – od kdy do kdy?",
        ],
        tl.longest_answers(truth, "eu"),
        [r["titles"][0]],
    )


# ------------------------------------------------------------------------------------- self-checks
def derived() -> dict[str, tuple[float, str, list[str]]]:
    """Each difference/aggregate fact's value worked out from the strings the day draws, the form it is
    written in, and those strings (the check asserts each is on a frame)."""
    unpaid = lambda p: [r[1] for r in dx.pay_rows(p) if not r[4]]  # noqa: E731
    snow = [r[4] for r in dx_forecast()]
    pieces = [f"{q} ks" for *_, q, _ in dx.INVOICE_ITEMS]
    pupils = [r[1] for r in dx.grade_rows("am") if r[0]]
    czech = [c for _, cells in dx.WEEK for c in cells if c.startswith("Čj |")]
    bus = [f"CZK {dx.cz(dx.bus_total(v)[2], 0)},-" for v in (0, 1)]
    basket = [dx.czk(dx.basket_totals(p)[2]) for p in ("am", "pm")]
    zeman = lambda p: next(r[2] for r in dx.grade_rows(p) if r[1] == "Zeman Filip")  # noqa: E731
    bal = [dx.czk(dx.balance(p), nb=True) for p in ("am", "late")]
    train = re.findall(r"\d+:\d\d", dx.DAILY[2][0])
    hours = lambda t: int(t.split(":")[0]) + int(t.split(":")[1]) / 60  # noqa: E731
    return {
        "school-unpaid-end": (len(unpaid("pm")), "{:.0f}", ["doplatek 25. 11.", *unpaid("pm")]),
        "school-unpaid-am": (len(unpaid("am")), "{:.0f}", unpaid("am")),
        "school-new-snow": (sum(num(x) for x in snow), "{:.0f}", snow),
        "school-invoice-pieces": (sum(num(x) for x in pieces), "{:.0f}", pieces),
        "school-class-size": (len(pupils), "{:.0f}", ["Průměr třídy", *pupils]),
        "school-czech-lessons": (len(czech), "{:.0f}", ["Rozvrh třídy 7.B", "Čj"]),
        "school-bus-saving": (num(bus[0][4:]) - num(bus[1][4:]), "amount", bus),
        "school-basket-change": (num(basket[1]) - num(basket[0]), "amount", basket),
        "school-zeman-change": (num(zeman("pm")) - num(zeman("am")), "{:.2f}", [zeman("am"), zeman("pm")]),
        "school-balance-change": (num(bal[0]) - num(bal[1]), "amount", bal),
        "school-morning-training": (hours(train[1]) - hours(train[0]), "{:.0f}", [dx.DAILY[2][0]]),
    }


def dx_forecast() -> list[list[str]]:
    """The forecast rows the weather page draws (its table's last column is the new snow)."""
    lines = dx.weather_page().lines
    i = lines.index("Nový sníh") + 1
    return [lines[i + 5 * k : i + 5 * k + 5] for k in range(5)]


def check_truth(truth: dict) -> None:
    """Beyond make_questions.check: every extractive answer (lookup, table cell, comparison, list) is in the
    truth lines of every frame that shows the fact's evidence (so an answer that changes during the day is
    asked with evidence of its moment); every difference and aggregate equals the value worked out from
    strings on the frames; comparisons agree with the day's data; computed facts cite window titles of the
    day; the identifiers carry valid check digits; the unanswerable attributes are not on any frame."""
    frames = truth["frames"]
    text = [" \n ".join(f["lines"]).lower() for f in frames]
    joined = "\n".join(text)
    # the identifiers are valid: IČO mod 11, Czech account numbers mod 11, CZ IBANs mod 97
    assert dx.ico("2569652") == "25696521"  # by hand: 8·2+7·5+6·6+5·9+4·6+3·5+2·2 = 175 = 10 mod 11 -> 1
    for i in (dx.SCHOOL_ICO, dx.LODGE_ICO, dx.SUPPLIER_ICO):
        w = sum(int(c) * k for c, k in zip(i[:7], range(8, 1, -1)))
        assert (w + int(i[7])) % 11 in (0, 1) and len(i) == 8 and int(i[7]) == (11 - w % 11) % 10, i
    for a in (dx.LVK_ACCOUNT, dx.LODGE_ACCOUNT, dx.SUPPLIER_ACCOUNT):
        assert dx.account_ok(a[0], a[1]), a
    assert (
        dx.iban_cz("0800", "19", "2000145399") == "CZ6508000000192000145399"
    )  # the standard's Czech example
    for iban in (dx.LVK_IBAN, dx.SUPPLIER_IBAN):
        assert int("".join(str(int(ch, 36)) for ch in iban[4:] + iban[:4])) % 97 == 1 and len(iban) == 24, (
            iban
        )
    # the arithmetic the screens show: the lodge, the bus, the invoice, the basket, the payments, the bank
    assert dx.LODGE_TOTAL == 88500 and dx.DEPOSIT == 44250
    assert dx.bus_total(0) == (43000, 5160, 48160) and dx.bus_total(1) == (40000, 4800, 44800)
    assert dx.invoice_totals() == (10626.00, 2231.46, 12857.46), dx.invoice_totals()
    assert dx.basket_totals("am")[2] == 4795.23 and dx.basket_totals("pm")[2] == 4862.99
    assert dx.basket_totals("pm")[2] <= 5000 < dx.basket_totals("am")[2] + 20 * 12.40 * 1.21
    assert dx.pay_totals("am") == (51000, 40800, 91800, 23400) and dx.pay_totals("pm")[2] == 98600
    assert dx.balance("late") == 168200 + 6800 - 44250
    # the day's data says what the comparisons answer
    g = dx.grades("am")
    best = min(g, key=lambda x: dx.avg(x[1]))
    assert best[0] == "Kratochvílová Viktorie" and sorted(dx.avg(x[1]) for x in g)[1] > dx.avg(best[1])
    assert max(g, key=lambda x: x[1][1])[0] == "Urban Lukáš" and sorted(x[1][1] for x in g)[-2] < 3.75
    cls = {s: dx.avg([x[1][i] for x in g]) for i, s in enumerate(dx.SUBJECTS)}
    assert max(cls, key=cls.get) == "F" and sorted(cls.values())[-2] < cls["F"], cls
    assert max(dx.INVOICE_ITEMS, key=lambda x: x[2] * x[3])[0] == "VV-2040"
    mins = [num(r[3]) for r in dx_forecast()]
    assert mins.index(min(mins)) == 3 and mins.count(min(mins)) == 1  # ne 29. 11.
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
            want = dx.cz(value) if form == "amount" else form.format(value).replace(".", ",")
            assert want in f["answers"], (fid, want, f["answers"])
        else:
            titles = {s["title"] for s in truth["sessions"]}
            assert any(e in t for e in f["evidence"] for t in titles) or family.endswith("_seen"), fid
    # the sums and differences asked for are not written anywhere on screen
    for written in ("3 360", "67,76", "37 450", "37\u00a0450", "92 ks", "25 cm", "0,20", "3 hodiny"):
        assert written not in joined, written
    # the changes the time-bound questions rely on
    assert any("naposledy upraveno: út 24. 11. 2026 15:42" in t and "zeman filip" in t for t in text)
    assert any(f"naposledy upraveno: st 25. 11. 2026 {dx.GRADES_SAVED}" in t for t in text)
    assert any("košík (6 položek)" in t and "40 ks" in t for t in text)
    assert not any("košík (5 položek)" in t and "magnety" in t for t in text)
    assert any("cena: czk 48 160,-" in t or "nabídková cena: czk 48 160,-" in t for t in text)
    assert any("nová cena: czk 44 800,-" in t for t in text)
    assert any("zpracovává se" in t for t in text) and any(
        "aktualizováno: 25. 11. 2026 16:" in t for t in text
    )
    # unanswerable attributes: nothing on screen answers them
    for absent in (
        "+420",
        "tel.",
        "telefon",
        "mobil",
        "řidič",
        "spz",
        "cerna@",
        "zuzana.cerna",
        "třídní schůzk",
        "navrátil",
    ):
        assert absent not in joined, absent
    assert "Tv" not in dx.SUBJECTS
    for f in frames:
        for line in f["lines"]:
            if "skipas" in line.lower():
                assert not re.search(r"\d[\d ]*(,\d\d)? Kč", line.replace(dx.czk(dx.PRICE, 0), "")), line
    ibans = set(re.findall(r"cz\d{2}(?: ?\d{4}){5}", joined))
    assert {i.replace(" ", "") for i in ibans} == {dx.LVK_IBAN.lower(), dx.SUPPLIER_IBAN.lower()}, ibans


def main() -> int:
    import facts_school

    facts_school.register(mq.fact, mq.none, mq.amount)
    truth = json.loads((HERE / "truth" / f"{DAY}.json").read_text())
    computed(truth)
    mq.check({DAY: truth})
    check_truth(truth)
    rows = mq.question_rows(mq.FACTS, lambda f: SPLIT, lambda f: NOW)
    target = mq.write_frozen(rows, "questions_school.jsonl", "FROZEN_school")
    none_n = sum(r["expect_state"] != "ok" for r in rows)
    print(
        f"{len(rows)} questions, {len(mq.FACTS)} facts, {none_n} unanswerable "
        f"({sum(r['trap'] for r in rows)} traps) -> {target.name}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
