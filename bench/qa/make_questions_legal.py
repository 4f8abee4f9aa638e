"""Write bench/qa/questions_legal.jsonl: the eleventh held-out question set ("split": "holdout") over day "legal"
(bench/qa/day_legal.py), three phrasings per fact, in the format of questions.jsonl. Extractive facts are in
facts_legal.py; computed ones (time in an app, visits, before/after, first/last sighting, longest stretch) come
from truth/legal.json through timeline.py and make_questions' helpers. It was written without running the
system under test on the day (and without reading the query code) and is measured once, blind:
bench/qa/FROZEN_legal holds its sha256, and a run whose questions differ writes questions_legal.new.jsonl
instead.

    python bench/qa/make_days.py --days legal      # truth/legal.json first
    python bench/qa/make_questions_legal.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent.parent / "scripts")]

import day_legal as dl  # noqa: E402
import make_questions as mq  # noqa: E402  (fact/none/amount/check; its FACTS list collects ours)
import timeline as tl  # noqa: E402

DAY = "legal"
NOW = "2026-11-25T19:00:00-06:00"  # the evening of the day, Mexico City (CST, no daylight saving)
SPLIT = "holdout"
APP_NAMES = {
    "chrome.exe": ["Chrome", "Google Chrome"],
    "msedge.exe": ["Edge", "Microsoft Edge"],
    "outlook.exe": ["Outlook"],
    "ms-teams.exe": ["Teams", "Microsoft Teams"],
    "winword.exe": ["Word", "Microsoft Word"],
    "excel.exe": ["Excel"],
    "whatsapp.exe": ["WhatsApp"],
    "nitropdf.exe": ["Nitro", "Nitro PDF", "Nitro PDF Pro"],
    "widgets.exe": ["Widgets", "the Widgets board"],
}


def num(text: str) -> float:
    """ "$2,035,000.00" / "-$18,560.00" / "+$107,590.00" / "11.5" / "22 °C" -> a float."""
    t = text.replace("$", "").replace("MXN", "").replace("°C", "").replace(",", "").replace("+", "").strip()
    return float(t)


def computed(truth: dict) -> None:
    for fid, what, label, qs in [
        (
            "legal-time-word",
            "winword",
            "Word",
            [
                "How long was I in Word today, all told?",
                "How much of my day went on redlining the Quetzal supply contract?",
                "total word time?",
            ],
        ),
        (
            "legal-time-outlook",
            "outlook",
            "Outlook",
            [
                "How much time did I spend in Outlook today?",
                "All together, how long did I have my mail and calendar in front of me?",
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
            5,
            "WhatsApp",
            ["five", "cinco"],
            [
                "How many separate times did I open WhatsApp today?",
                "How often did I go to my phone chats on the desktop during the day?",
                "whatsapp visits?",
            ],
        ),
        (
            "excel",
            "excel",
            "app",
            3,
            "Excel",
            ["three", "thrice", "tres"],
            [
                "How many times did I open the pre-invoice in Excel today?",
                "How often did I go back to the November billing spreadsheet?",
                "excel visits?",
            ],
        ),
        (
            "teams",
            "teams",
            "app",
            4,
            "Teams",
            ["four", "cuatro"],
            [
                "How many times did I switch to Teams today?",
                "How often did I check the litigation channel during the day?",
                "teams visits?",
            ],
        ),
    ]:
        mq.visits_fact(DAY, f"legal-visits-{slug}", truth, what, key, n_expected, label, qs, words)
    for slug, what, offset, extra, qs in [
        (
            "cfdi",
            "CFDI A-2318",
            1,
            ["Meridiano", "the bank", "Movimientos SPEI", "Banca Empresarial"],
            [
                "What did I open right after looking at the CFDI of invoice A-2318?",
                "Which window came straight after the electronic invoice viewer?",
                "after the CFDI?",
            ],
        ),
        (
            "widgets",
            "widgets",
            1,
            ["Litiga360", "the matters list", "Asuntos"],
            [
                "What did I switch to right after checking the Widgets board this morning?",
                "Once I had seen the weather first thing, which window did I go to next?",
                "after the widgets, am?",
            ],
        ),
        (
            "acuerdo",
            "Acuerdo_2291-2025",
            -1,
            ["the Boletín Judicial alert", "Alerta Boletín Judicial", "Boletín Judicial"],
            [
                "What was I looking at just before I first opened the court's acuerdo PDF?",
                "Which window was in front right before the resolution in case 2291/2025?",
                "just before the acuerdo?",
            ],
        ),
    ]:
        mq.neighbour_fact(DAY, "legal", slug, truth, what, offset, APP_NAMES, extra, qs)
    for slug, text, which, qs in [
        (
            "citado",
            "Citado para sentencia",
            "first",
            [
                "When did 'Citado para sentencia' first show on my screen?",
                "What time did I first see the GAB case marked as called for judgment?",
                "first sighting of citado para sentencia?",
            ],
        ),
        (
            "tva-0421906",
            "TVA-2026-0421906",
            "first",
            [
                "When did I first see folio TVA-2026-0421906?",
                "What time did the receipt for the certified-copies request first come up?",
                "TVA-2026-0421906 first seen?",
            ],
        ),
        (
            "por-autorizar",
            "Por autorizar",
            "last",
            [
                "When did the expert's transfer last show as 'Por autorizar'?",
                "What time did I last see the payment to the perito waiting for the second signature?",
                "last time 'Por autorizar' was on screen?",
            ],
        ),
    ]:
        mq.sighting_fact(DAY, f"legal-{which}-{slug}", truth, text, which, "es", qs)
    r = tl.longest(truth)
    mq.fact(
        DAY,
        "legal-longest",
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
    late = dl.matter_rows("late")
    active = [r for r in late if r[5] == "Activo"]
    itzel = [r for r in late if r[4] == "Dra. Itzel Ramírez"]
    items_am = dl.prefactura_items(False)
    items_pm = dl.prefactura_items(True)
    andres = [dl.hours(i[3]) for _, rows in items_am for i in rows if i[1] == "Mtro. Andrés Peña"]
    acordadas = [r for r in dl.filing_rows("pm") if r[5] == "Acordada"]
    out_today = [r[5] for r in dl.bank_rows("am") if r[0].startswith("25/11/2026") and r[1] == "Enviada"]
    deposits = [r[5] for r in dl.bank_rows("pm") if r[1] == "Recibida"]
    sub = lambda items, name: dl.mxn(next(sum(i[5] for i in rows) for c, rows in items if c.startswith(name)))  # noqa: E731
    mine = lambda items: next(  # noqa: E731
        dl.hours(i[3])
        for c, rows in items
        for i in rows
        if i[0] == "ASM-2026-0131" and i[1] == "Valeria Ortiz"
    )
    iva = lambda pm: dl.mxn(dl.prefactura_totals(pm)[1])  # noqa: E731
    bal = lambda phase: dl.mxn(dl.balance(phase))  # noqa: E731
    return {
        "legal-active-pm": (len(active), "{:.0f}", ["Actualizado 25/11/2026 15:06", *(r[0] for r in active)]),
        "legal-andres-hours": (sum(num(h) for h in andres), "{:.1f}", ["Mtro. Andrés Peña", *andres]),
        "legal-acordadas-pm": (len(acordadas), "{:.0f}", [r[0] for r in acordadas]),
        "legal-itzel-matters": (len(itzel), "{:.0f}", [r[0] for r in itzel]),
        "legal-outgoing-today": (-sum(num(x) for x in out_today), "amount", out_today),
        "legal-deposits-pm": (sum(num(x) for x in deposits), "amount", deposits),
        "legal-price-increase": (
            dl.PRICE_NEW - dl.PRICE_OLD,
            "amount",
            [dl.mxn(dl.PRICE_OLD), dl.mxn(dl.PRICE_NEW)],
        ),
        "legal-gab-subtotal-rise": (
            num(sub(items_pm, "Grupo Alimentario")) - num(sub(items_am, "Grupo Alimentario")),
            "amount",
            [sub(items_am, "Grupo Alimentario"), sub(items_pm, "Grupo Alimentario")],
        ),
        "legal-temp-rise": (dl.TEMP_PM - dl.TEMP_AM, "{:.0f}", [f"{dl.TEMP_AM} °C", f"{dl.TEMP_PM} °C"]),
        "legal-balance-change": (num(bal("pm")) - num(bal("am")), "amount", [bal("am"), bal("pm")]),
        "legal-my-hours-added": (
            num(mine(items_pm)) - num(mine(items_am)),
            "{:.1f}",
            ["actualizada a las 09:15", "actualizada a las 13:27"],
        ),
        "legal-iva-rise": (num(iva(True)) - num(iva(False)), "amount", [iva(False), iva(True)]),
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
    # the day's data says what the comparisons answer
    rates = {i[1]: i[4] for _, rows in dl.prefactura_items(False) for i in rows}
    assert max(rates, key=rates.get) == "Dra. Itzel Ramírez", rates
    subs = {c: sum(i[5] for i in rows) for c, rows in dl.prefactura_items(True)}
    assert max(subs, key=subs.get).startswith("Grupo Alimentario del Bajío"), subs

    def as_date(ddmmyyyy: str) -> tuple[int, int, int]:
        d, m, y = (int(x) for x in ddmmyyyy.split("/"))
        return y, m, d

    due = [(as_date(r[6]), r[0]) for r in dl.matter_rows("late") if r[6] != "—"]
    assert min(due)[1] == "ASM-2026-0117", due
    deposits = [r for r in dl.TRANSFERS if r[1] == "Recibida"]
    assert max(deposits, key=lambda r: r[5])[2].startswith("Grupo Alimentario del Bajío")
    assert dl.FILINGS[-1][0] == "TVA-2026-0387040" and min(as_date(f[4][:10]) for f in dl.FILINGS) == (
        2026,
        10,
        22,
    )
    assert (
        dl.CFDI_TOTAL == 107590.00
        and dl.CFDI_IVA == 14840.00
        and dl.PRICE_NEW == round(dl.PRICE_OLD * 1.1, 2)
    )
    assert dl.balance("pm") - dl.balance("am") == 89030.00
    assert dl.clabe("03218000011835971") == "032180000118359719"  # the textbook example of the check digit
    # the business-day count: notified by the 25th's bulletin, effective on the 26th, nine business days from
    # Friday the 27th (no holiday in between) end on Wednesday 9 December
    from datetime import date, timedelta

    day, left = date(2026, 11, 26), dl.VISTA_DAYS
    while left:
        day += timedelta(days=1)
        left -= day.weekday() < 5
    assert day.strftime("%d/%m/%Y") == dl.VISTA_DUE, day
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
            want = f"{value:,.2f}" if form == "amount" else form.format(value)
            assert want in f["answers"], (fid, want, f["answers"])
        else:
            titles = {s["title"] for s in truth["sessions"]}
            assert any(e in t for e in f["evidence"] for t in titles) or family.endswith("_seen"), fid
    # the sums and differences asked for are not written anywhere on screen
    for written in ("31,010", "207,350", "185,000", "24,150", "89,030", "3,864", "19.0 h"):
        assert written not in joined, written
    # the morning's and the afternoon's weather, the status changes the time-bound questions rely on
    assert any("actualizado 8:45 a. m." in t and "\n 12 °c \n" in t for t in text)
    assert any("actualizado 3:00 p. m." in t and "\n 22 °c \n" in t for t in text)
    assert any("consulta: 25/11/2026 09:09" in t and "\n recibida \n" in t for t in text)
    # unanswerable attributes: nothing on screen answers them
    for absent in ("+1 ", "713", "placa", "humedad", "humidity", "xexx", "tomás"):
        assert absent not in joined, absent
    clabes = set(re.findall(r"(?<!\d)\d{18}(?!\d)", joined))
    assert clabes == {dl.FIRM_CLABE, dl.PERITO_CLABE, dl.GAB_CLABE}, clabes
    uuids = set(re.findall(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", joined))
    assert uuids == {dl.CFDI_UUID.lower(), dl.ENVELOPE_ID.lower()}, uuids
    for fr in frames:
        lines = fr["lines"]
        shows_1187 = any("1187/2026" in line for line in lines)
        for line in lines:
            low = line.lower()
            if "ximena" in low:
                assert "@" not in low, line
            if "hollis" in low:
                assert "rfc" not in low and " h " not in low, line
            if shows_1187:
                assert not re.search(r"\bjuez[a]?\s+[A-ZÁÉÍÓÚ]|\bjuez[a]?:", line), line
    assert not any(c.startswith("Hollis") for c, _ in dl.PREFACTURA)


def main() -> int:
    import facts_legal

    facts_legal.register(mq.fact, mq.none, mq.amount)
    truth = json.loads((HERE / "truth" / f"{DAY}.json").read_text())
    computed(truth)
    mq.check({DAY: truth})
    check_truth(truth)
    rows = mq.question_rows(mq.FACTS, lambda f: SPLIT, lambda f: NOW)
    target = mq.write_frozen(rows, "questions_legal.jsonl", "FROZEN_legal")
    none_n = sum(r["expect_state"] != "ok" for r in rows)
    print(
        f"{len(rows)} questions, {len(mq.FACTS)} facts, {none_n} unanswerable "
        f"({sum(r['trap'] for r in rows)} traps) -> {target.name}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
