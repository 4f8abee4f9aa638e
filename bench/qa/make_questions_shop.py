"""Write bench/qa/questions_shop.jsonl: the ninth held-out question set ("split": "holdout") over day "shop"
(bench/qa/day_shop.py), three phrasings per fact, in the format of questions.jsonl. Extractive facts are in
facts_shop.py; computed ones (time in an app, visits, before/after, first/last sighting, longest stretch) come
from truth/shop.json through timeline.py and make_questions' helpers. It was written without running the
system under test on the day (and without reading the query code) and is measured once, blind:
bench/qa/FROZEN_shop holds its sha256, and a run whose questions differ writes questions_shop.new.jsonl
instead.

    python bench/qa/make_days.py --days shop      # truth/shop.json first
    python bench/qa/make_questions_shop.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent.parent / "scripts")]

import day_shop as ds  # noqa: E402
import make_questions as mq  # noqa: E402  (fact/none/amount/check; its FACTS list collects ours)
import timeline as tl  # noqa: E402

DAY = "shop"
NOW = "2026-11-20T19:00:00+01:00"  # the evening of the day, Warsaw (CET)
SPLIT = "holdout"
APP_NAMES = {
    "chrome.exe": ["Chrome", "Google Chrome"],
    "msedge.exe": ["Edge", "Microsoft Edge"],
    "whatsapp.exe": ["WhatsApp", "WhatsApp Desktop"],
    "notepad.exe": ["Notepad", "Notatnik"],
}


def num(text: str) -> float:
    """ "1 476,00 zł" / "+2 845,30 zł" / "−486,27 zł" / "€22.00" / "4°C" / "27 min" / "14 in stock" -> a float."""
    t = text.replace("zł", "").replace("€", "").replace("°C", "").replace("min", "").replace("in stock", "")
    t = t.replace("−", "-").replace("+", "").strip()
    if len(t) > 3 and t[-3] == ",":
        t = t.replace(" ", "").replace(",", ".")
    return float(t.replace(",", "").replace(" ", ""))


def computed(truth: dict) -> None:
    for fid, what, label, qs in [
        (
            "shop-time-whatsapp",
            "whatsapp",
            "WhatsApp",
            [
                "How long was I in WhatsApp today, all told?",
                "How much of my day went on chats with Ola and Bartek?",
                "total whatsapp time?",
            ],
        ),
        (
            "shop-time-storefly",
            "Storefly",
            "Storefly",
            [
                "How much time did I spend in the Storefly admin today?",
                "All together, how long was I looking at my store's orders, products and discounts?",
                "storefly time today?",
            ],
        ),
    ]:
        mq.time_fact(DAY, fid, truth, what, label, qs)
    for slug, what, key, n_expected, label, words, qs in [
        (
            "notepad",
            "notepad",
            "app",
            6,
            "Notatnik",
            ["six"],
            [
                "How many separate times did I open my to-do list in Notepad today?",
                "How often did I go back to the do zrobienia.txt file?",
                "notepad visits?",
            ],
        ),
        (
            "paczkopunkt",
            "msedge",
            "app",
            5,
            "PaczkoPunkt",
            ["five"],
            [
                "How many times did I check PaczkoPunkt today?",
                "How often did I look at my parcel shipments in Edge?",
                "parcel manager visits?",
            ],
        ),
        (
            "canva",
            "Canva",
            "session",
            3,
            "Canva",
            ["three", "thrice"],
            [
                "How many times did I work on the Black Week post in Canva today?",
                "How often did I open the Instagram graphic design?",
                "canva visits?",
            ],
        ),
    ]:
        mq.visits_fact(DAY, f"shop-visits-{slug}", truth, what, key, n_expected, label, qs, words)
    for slug, what, offset, extra, qs in [
        (
            "meet",
            "Meet – Haus & Ton",
            1,
            ["Gmail", "Lena's recap", "Haus & Ton – order recap"],
            [
                "What did I open right after the Google Meet call?",
                "Which window came straight after the video call with the Berlin shop ended?",
                "after meet?",
            ],
        ),
        (
            "maps",
            "Mapy Google",
            1,
            ["Storefly", "Orders", "the orders list"],
            [
                "What did I switch to right after first looking up the route to Kaolin-Pol?",
                "After checking the drive to the clay supplier in the morning, which page came next?",
                "after the map?",
            ],
        ),
        (
            "weather",
            "Pogodnik",
            -1,
            ["Storefly", "Products", "the products list"],
            [
                "What was I looking at just before I first checked the weather this morning?",
                "Which window was in front right before the forecast page, early on?",
                "just before the weather?",
            ],
        ),
    ]:
        mq.neighbour_fact(DAY, "shop", slug, truth, what, offset, APP_NAMES, extra, qs)
    for slug, text, which, qs in [
        (
            "weather-warning",
            "Ostrzeżenie 1. stopnia",
            "first",
            [
                "When did the weather warning first show up on my screen?",
                "What time did I first see the alert about freezing rain and snow?",
                "first sighting of the weather warning?",
            ],
        ),
        (
            "order-1053",
            "Order #1053",
            "first",
            [
                "When did I first see order #1053?",
                "What time did the new order from Ewa Szymańska first come up on my screen?",
                "#1053 first seen?",
            ],
        ),
        (
            "payment-pending",
            "Payment pending",
            "last",
            [
                "When was order #1048 last showing as payment pending?",
                "What time did I last see an unpaid order in the Storefly list?",
                "last time 'Payment pending' was on screen?",
            ],
        ),
    ]:
        mq.sighting_fact(DAY, f"shop-{which}-{slug}", truth, text, which, "eu", qs)
    r = tl.longest(truth)
    mq.fact(
        DAY,
        "shop-longest",
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
    am_orders = ds.order_rows("am")
    unfulfilled = [r for r in am_orders if r[6] == "Unfulfilled"]
    pp = [r for r in [*ds.PP_PM, *ds.PP_NEW] if r[6].startswith("20.11.2026")]
    bank_rows, _ = ds.bank_rows(False)
    credits = [r[3] for r in bank_rows if r[3].startswith("+")]
    pge = next(r[3] for r in bank_rows if r[1].startswith("PGE"))
    ppk = next(r[3] for r in bank_rows if r[1].startswith("PaczkoPunkt"))
    clay_am = next(r[2][3] for r in ds.material_rows("am") if r[2][0].endswith("WK-12"))
    clay_pm = next(r[2][3] for r in ds.material_rows("pm") if r[2][0].endswith("WK-12"))
    wrzos_am = next(r[2] for r in ds.product_rows(False) if "Wrzos" in r[0])
    wrzos_pm = next(r[2] for r in ds.product_rows(True) if "Wrzos" in r[0])
    total = lambda rows: next(r[2][2] for r in rows if r[2][0].startswith("RAZEM"))  # noqa: E731
    sub = lambda rows, g: next(r[2][2] for r in rows if r[2][0] == f"Suma {g}")  # noqa: E731
    before, after = ds.sales_rows(False), ds.sales_rows(True)
    inv10, inv12 = ds.pln(ds.invoice_totals(10)[2]), ds.pln(ds.invoice_totals(12)[2])
    return {
        "shop-unfulfilled-am": (len(unfulfilled), "{:.0f}", [r[0] for r in unfulfilled]),
        "shop-labels-today": (len(pp), "{:.0f}", [r[6] for r in pp]),
        "shop-incoming-sum": (sum(num(c) for c in credits), "amount", credits),
        "shop-bills-sum": (-(num(pge) + num(ppk)), "amount", [pge, ppk]),
        "shop-clay-change": (num(clay_pm) - num(clay_am), "{:.0f}", ["Glina kamionkowa biała WK-12"]),
        "shop-wrzos-sold": (num(wrzos_am) - num(wrzos_pm), "{:.0f}", [wrzos_am, wrzos_pm]),
        "shop-sales-fix": (num(total(after)) - num(total(before)), "amount", [total(before), total(after)]),
        "shop-channel-gap": (
            num(sub(before, "Sklep")) - num(sub(before, "Bazaro")),
            "amount",
            [sub(before, "Sklep"), sub(before, "Bazaro")],
        ),
        "shop-invoice-change": (num(inv12) - num(inv10), "amount", [inv10, inv12]),
        "shop-route-slower": (num("38 min") - num("27 min"), "{:.0f} min", ["38 min", "27 min"]),
        "shop-temp-change": (num("4°C") - num("1°C"), "{:.0f}", ["4°C", "1°C", "Aktualizacja 07:50"]),
    }


def check_truth(truth: dict) -> None:
    """Beyond make_questions.check: every extractive answer (lookup, table cell, comparison, list) is in the
    truth lines of a frame that shows the fact's evidence; every difference and aggregate equals the value
    worked out from strings on the frames; comparisons agree with the day's data; computed facts cite window
    titles of the day; the unanswerable attributes are not on any frame."""
    frames = truth["frames"]
    text = [" \n ".join(f["lines"]).lower() for f in frames]
    # the day's data says what the comparisons answer
    assert min(ds.PRODUCTS, key=lambda p: p[2])[0].startswith("Podstawka")
    assert [p[0] for p in ds.PRODUCTS if p[4] == 0] == ['Dzbanek "Szron" 1 l']
    pln_orders = [o for o in ds.ORDERS if o[4] is not None]
    assert max(pln_orders, key=lambda o: o[4])[2] == "Małgorzata Zielińska"
    shop_items = dict(ds.sales_groups(False))["Sklep (Storefly)"]
    assert max(shop_items, key=lambda r: r[2])[0] == "Kubki"
    assert ds.O1049_TOTAL == 1086.99 and ds.O1049_VAT == 203.26 and ds.DE_TOTAL == 49.00
    assert ds.invoice_totals(12) == (868.32, 199.71, 1068.03)
    assert ds.pln(-486.27) == "−486,27 zł" and ds.pln(1476) == "1 476,00 zł"
    # the morning's orders list: five unfulfilled, #1048 unpaid; the evening's: only #1048 left
    assert sum(r[6] == "Unfulfilled" for r in ds.order_rows("eve")) == 1
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
    # the two forecasts: 1°C in the morning's, 4°C in the afternoon's; the route 27 min, then 38 min
    assert any("aktualizacja 07:50" in t and "\n 1°c \n" in t for t in text)
    assert any("aktualizacja 13:05" in t and "\n 4°c \n" in t for t in text)
    assert any("\n 27 min \n" in t for t in text) and any("\n 38 min \n" in t for t in text)
    joined = "\n".join(text)
    for absent in (
        "+49",
        "kod odbioru",
        "pickup code",
        "krzysztof.mazur@",
        "mazur@",
        "lena's phone",
        "dostarczono",
    ):
        assert absent not in joined, absent
    for fr in frames:
        for line in fr["lines"]:
            low = line.lower()
            if any(w in low for w in ("pawlak", "hoffmann", "kwiatkowska", "becker")):
                assert "+48" not in low and "tel." not in low, line
            if "1049" in low or "gda08m" in low:
                assert " kg" not in low and "waga" not in low, line


def main() -> int:
    import facts_shop

    facts_shop.register(mq.fact, mq.none, mq.amount)
    truth = json.loads((HERE / "truth" / f"{DAY}.json").read_text())
    computed(truth)
    mq.check({DAY: truth})
    check_truth(truth)
    rows = mq.question_rows(mq.FACTS, lambda f: SPLIT, lambda f: NOW)
    target = mq.write_frozen(rows, "questions_shop.jsonl", "FROZEN_shop")
    none_n = sum(r["expect_state"] != "ok" for r in rows)
    print(
        f"{len(rows)} questions, {len(mq.FACTS)} facts, {none_n} unanswerable "
        f"({sum(r['trap'] for r in rows)} traps) -> {target.name}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
