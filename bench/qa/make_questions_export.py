"""Write bench/qa/questions_export.jsonl: the twelfth held-out question set ("split": "holdout") over day "export"
(bench/qa/day_export.py), three phrasings per fact, in the format of questions.jsonl. Extractive facts are in
facts_export.py; computed ones (time in an app, visits, before/after, first/last sighting, longest stretch) come
from truth/export.json through timeline.py and make_questions' helpers. It was written without running the
system under test on the day (and without reading the query code) and is measured once, blind:
bench/qa/FROZEN_export holds its sha256, and a run whose questions differ writes questions_export.new.jsonl
instead.

    python bench/qa/make_days.py --days export      # truth/export.json first
    python bench/qa/make_questions_export.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent.parent / "scripts")]

import day_export as dx  # noqa: E402
import make_questions as mq  # noqa: E402  (fact/none/amount/check; its FACTS list collects ours)
import timeline as tl  # noqa: E402

DAY = "export"
NOW = "2026-11-26T19:00:00+03:00"  # the evening of the day, Istanbul (TRT, +03:00 all year)
SPLIT = "holdout"
APP_NAMES = {
    "chrome.exe": ["Chrome", "Google Chrome"],
    "msedge.exe": ["Edge", "Microsoft Edge"],
    "outlook.exe": ["Outlook"],
    "ms-teams.exe": ["Teams", "Microsoft Teams"],
    "excel.exe": ["Excel"],
    "whatsapp.exe": ["WhatsApp"],
    "kervanerp.exe": ["Kervan", "Kervan ERP", "the ERP"],
    "acrobat.exe": ["Acrobat", "Adobe Acrobat"],
}


def num(text: str) -> float:
    """ "48.750,00 TL" / "-48.750,00 TL" / "+12.400,00 EUR" / "42,4020" / "160" -> a float (tr-TR: a decimal
    comma, dots between thousands)."""
    t = re.sub(r"[^\d,.\-]", "", text).replace(".", "").replace(",", ".")
    return float(t)


def computed(truth: dict) -> None:
    for fid, what, label, qs in [
        (
            "export-time-excel",
            "excel",
            "Excel",
            [
                "How long was I in Excel today, all told?",
                "How much of my day went on the Nordlicht packing list spreadsheet?",
                "total excel time?",
            ],
        ),
        (
            "export-time-outlook",
            "outlook",
            "Outlook",
            [
                "How much time did I spend in Outlook today?",
                "All together, how long did I have my mail and calendar open in front of me?",
                "outlook time today?",
            ],
        ),
    ]:
        mq.time_fact(DAY, fid, truth, what, label, qs)
    for slug, what, key, n_expected, label, words, qs in [
        (
            "whatsapp",
            "whatsapp",
            "app",
            6,
            "WhatsApp",
            ["six", "altı"],
            [
                "How many separate times did I open WhatsApp today?",
                "How often did I go to my chats with the driver and the broker during the day?",
                "whatsapp visits?",
            ],
        ),
        (
            "excel",
            "excel",
            "app",
            6,
            "Excel",
            ["six", "altı"],
            [
                "How many times did I open the packing list in Excel today?",
                "How often did I go back to the Nordlicht çeki listesi?",
                "excel visits?",
            ],
        ),
        (
            "teams",
            "teams",
            "app",
            5,
            "Teams",
            ["five", "beş"],
            [
                "How many times did I switch to Teams today?",
                "How often did I check the export team's group chat during the day?",
                "teams visits?",
            ],
        ),
    ]:
        mq.visits_fact(DAY, f"export-visits-{slug}", truth, what, key, n_expected, label, qs, words)
    for slug, what, offset, extra, qs in [
        (
            "atr",
            "ATR_",
            1,
            ["Jonas Weber's mail", "SO-26-0418 ETA Hamburg", "the Nordlicht buyer's mail"],
            [
                "What did I open right after looking at the A.TR certificate?",
                "Which window came straight after the movement certificate PDF for Hamburg?",
                "after the A.TR?",
            ],
        ),
        (
            "bank",
            "Hesaplarım",
            1,
            ["Satış Siparişleri", "the sales orders", "sales orders"],
            [
                "What did I switch to right after checking the bank accounts this morning?",
                "Once I had seen the balances at Bosfor Bank first thing, which program did I go to next?",
                "after the bank, am?",
            ],
        ),
        (
            "invoice",
            "Commercial_Invoice",
            -1,
            ["Megan Caldwell's mail", "the L/C amendment mail", "Amendment 1 and balance payment"],
            [
                "What was I looking at just before I first opened Harbor & Pine's commercial invoice PDF?",
                "Which window was in front right before I started checking the invoice against the L/C?",
                "just before the commercial invoice?",
            ],
        ),
    ]:
        mq.neighbour_fact(DAY, "export", slug, truth, what, offset, APP_NAMES, extra, qs)
    for slug, text, which, qs in [
        (
            "seal",
            dx.SEAL,
            "first",
            [
                f"When did the seal number {dx.SEAL} first show on my screen?",
                "What time did I first see the Nordlicht container's seal number?",
                "mühür first seen?",
            ],
        ),
        (
            "eta-sav",
            dx.ETA_SAV_PM,
            "first",
            [
                f"When did the new Savannah ETA {dx.ETA_SAV_PM} first come up on my screen?",
                "What time did I first see the delayed arrival date of Harbor & Pine's container?",
                f"{dx.ETA_SAV_PM} first seen?",
            ],
        ),
        (
            "second-signature",
            "2. imza bekliyor",
            "last",
            [
                "When did the forwarder's payment last show as waiting for the second signature?",
                "What time did I last see the Boğaz Lojistik transfer still pending Gökhan's approval?",
                "last time '2. imza bekliyor' was on screen?",
            ],
        ),
    ]:
        mq.sighting_fact(DAY, f"export-{which}-{slug}", truth, text, which, "eu", qs)
    r = tl.longest(truth)
    mq.fact(
        DAY,
        "export-longest",
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
    closed = [r for r in dx.decl_rows("pm") if r[6] == "Kapatıldı"]
    navy = [r for r in dx.packing_rows(True) if r[0] == "row" and r[2][3] == "Lacivert"]
    shipped = [r for r in dx.order_rows("end") if r[9] == "Sevk edildi"]
    eur_in = [r[4] for r in dx.move_rows("late") if r[3] == "EUR" and r[4].startswith("+")]
    usd = [r[6] for r in dx.order_rows("end") if r[7] == "USD"]
    jog = lambda phase: next(r[6] for r in dx.order_rows(phase) if r[0] == "SO-26-0436")  # noqa: E731
    nl = next(r for r in dx.booking_rows("pm") if r[0] == "BGZ-26-3307")
    bal = lambda phase: dx.tl(dx.balances(phase)[0])  # noqa: E731
    usd_sell = {k: next(s for c, _, s in v if c == "USD") for k, v in dx.RATES.items()}
    total = next(r for r in dx.packing_rows(False) if r[0] == "tt")[2]

    def days(a: str, b: str) -> float:
        from datetime import date

        da, db = (date(*reversed([int(x) for x in s.split(".")])) for s in (a, b))
        return (db - da).days

    return {
        "export-closed-pm": (len(closed), "{:.0f}", [r[0] for r in closed]),
        "export-navy-cartons": (sum(num(r[2][5]) for r in navy), "{:.0f}", [r[2][0] for r in navy]),
        "export-shipped-end": (
            len(shipped),
            "{:.0f}",
            ["Son yenileme: 26.11.2026 16:51", *(r[0] for r in shipped)],
        ),
        "export-eur-in-pm": (sum(num(x) for x in eur_in), "amount", eur_in),
        "export-usd-orders": (sum(num(x) for x in usd), "amount", usd),
        "export-jogger-drop": (num(jog("am")) - num(jog("end")), "amount", [jog("am"), jog("end")]),
        "export-transit-days": (days(nl[6], nl[7]), "{:.0f}", [nl[6], nl[7]]),
        "export-tl-balance-change": (num(bal("am")) - num(bal("late")), "amount", [bal("am"), bal("late")]),
        "export-usd-rate-change": (
            num(usd_sell["pm"]) - num(usd_sell["am"]),
            "{:.4f}",
            [usd_sell["am"], usd_sell["pm"]],
        ),
        "export-gross-net": (num(total[9]) - num(total[8]), "{:.0f}", [total[8], total[9]]),
        "export-lsd-extension": (days(dx.LSD_OLD, dx.LSD_NEW), "{:.0f}", [dx.LSD_OLD, dx.LSD_NEW]),
    }


def check_truth(truth: dict) -> None:
    """Beyond make_questions.check: every extractive answer (lookup, table cell, comparison, list) is in the
    truth lines of every frame that shows the fact's evidence (so an answer that changes during the day is
    asked with evidence of its moment); every difference and aggregate equals the value worked out from
    strings on the frames; comparisons agree with the day's data; computed facts cite window titles of the
    day; the unanswerable attributes are not on any frame."""
    frames = truth["frames"]
    text = [" \n ".join(f["lines"]).lower() for f in frames]
    joined = "\n".join(text)
    # the identifiers are valid: ISO 6346 check digits, IBAN mod 97
    assert dx.iso6346("CSQU305438") == "CSQU3054383"  # the standard's own example
    for c in (dx.C_NL, dx.C_HP, dx.C_AURORA, dx.C_NL_OLD):
        assert dx.iso6346(c[:10]) == c, c
    for iban in (dx.FIRM_IBAN_TL, dx.FIRM_IBAN_USD, dx.FIRM_IBAN_EUR, dx.FWD_IBAN):
        digits = "".join(str(int(ch, 36)) for ch in iban[4:] + iban[:4])
        assert int(digits) % 97 == 1 and len(iban) == 26, iban
    # the day's data says what the comparisons answer
    assert max(dx.PACKING, key=lambda p: p[5])[3] == "Gri melanj"
    due = {r[0]: tuple(reversed([int(x) for x in r[8].split(".")])) for r in dx.order_rows("end")}
    assert max(due, key=due.get) == "SO-26-0433", due
    regd = {r[0]: tuple(reversed([int(x) for x in r[1].split(".")])) for r in dx.decl_rows("pm")}
    assert min(regd, key=regd.get) == "26341300EX018262"
    tl_out = [r for r in dx.move_rows("late") if r[3] == "TL" and r[4].startswith("-")]
    assert min(tl_out, key=lambda r: num(r[4]))[2] == "Çukurova İplik San. A.Ş."
    live = {
        r[0]: tuple(reversed([int(x) for x in r[7].split(".")]))
        for r in dx.booking_rows("pm")
        if r[8] != "Teslim edildi"
    }
    assert min(live, key=live.get) == "BGZ-26-3188", live
    assert [r[0] for r in dx.decl_rows("am") if r[5] == "Kırmızı hat"] == ["26341300EX018455"]
    assert dx.FWD_TOTAL == 48750.00 and dx.FWD_KDV == 8125.00 and dx.BROKER_TOTAL == 7800.00
    assert dx.TEES == 11200 and dx.SWEATS == 7200 and dx.TEES_EUR + dx.SWEATS_EUR == dx.NL_TOTAL
    assert dx.CARTONS == 580 and dx.GROSS_KG == 6168.00
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
            if form == "amount":
                want = dx.tr(value)
            elif form == "{:.4f}":
                want = form.format(value).replace(".", ",")
            else:
                want = form.format(value)
            assert want in f["answers"] or f"{value:,.2f}" in f["answers"], (fid, want, f["answers"])
        else:
            titles = {s["title"] for s in truth["sessions"]}
            assert any(e in t for e in f["evidence"] for t in titles) or family.endswith("_seen"), fid
    # the sums and differences asked for are not written anywhere on screen
    for written in ("31.825", "87.000", "1.920", "56.550", "0,0370", "536,00", "240 koli"):
        assert written not in joined, written
    # the status changes the time-bound questions rely on
    assert any("sorgu: 26.11.2026 13:35" in t and "\n onaylandı \n" in t for t in text)
    assert any("son güncelleme: 26.11.2026 09:09" in t and "\n 11.12.2026 \n" in t for t in text)
    assert not any("son güncelleme: 26.11.2026 16:12" in t and "\n 11.12.2026 \n" in t for t in text)
    # unanswerable attributes: nothing on screen answers them
    for absent in (
        "+1 ",
        "+90",
        "(704)",
        "imo ",
        "ust-id",
        "humidity",
        "nem oranı",
        "nem %",
        "memur",
        "eur.1 no",
    ):
        assert absent not in joined, absent
    assert "gokhan.ozturk@" not in joined and "gökhan.öztürk@" not in joined
    ibans = set(re.findall(r"tr\d{2}(?: ?\d{4}){5} ?\d{2}", joined))
    assert {i.replace(" ", "") for i in ibans} == {
        x.lower() for x in (dx.FIRM_IBAN_TL, dx.FIRM_IBAN_USD, dx.FIRM_IBAN_EUR, dx.FWD_IBAN)
    }, ibans
    assert not any("usd" in t and "navlun" in t for t in text)


def main() -> int:
    import facts_export

    facts_export.register(mq.fact, mq.none, mq.amount)
    truth = json.loads((HERE / "truth" / f"{DAY}.json").read_text())
    computed(truth)
    mq.check({DAY: truth})
    check_truth(truth)
    rows = mq.question_rows(mq.FACTS, lambda f: SPLIT, lambda f: NOW)
    target = mq.write_frozen(rows, "questions_export.jsonl", "FROZEN_export")
    none_n = sum(r["expect_state"] != "ok" for r in rows)
    print(
        f"{len(rows)} questions, {len(mq.FACTS)} facts, {none_n} unanswerable "
        f"({sum(r['trap'] for r in rows)} traps) -> {target.name}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
