"""Write bench/qa/questions_trip.jsonl: the fifth held-out question set ("split": "holdout") over day "trip"
(bench/qa/day_trip.py), three phrasings per fact, in the format of questions.jsonl. Extractive facts are in
facts_trip.py; computed ones (time in an app, visits, before/after, first/last sighting, longest stretch) come
from truth/trip.json through timeline.py and make_questions' helpers. It was written without running the
system under test on the day (and without reading the query code) and is measured once, blind:
bench/qa/FROZEN_trip holds its sha256, and a run whose questions differ writes questions_trip.new.jsonl
instead.

    python bench/qa/make_days.py --days trip      # truth/trip.json first
    python bench/qa/make_questions_trip.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent.parent / "scripts")]

import day_trip as dt  # noqa: E402
import make_questions as mq  # noqa: E402  (fact/none/amount/check; its FACTS list collects ours)
import timeline as tl  # noqa: E402

DAY = "trip"
NOW = "2026-11-23T19:00:00-03:00"  # the evening of the day, São Paulo
SPLIT = "holdout"
APP_NAMES = {
    "chrome.exe": ["Chrome"],
    "msedge.exe": ["Edge"],
    "whatsapp.exe": ["WhatsApp"],
    "sumatrapdf.exe": ["SumatraPDF", "Sumatra"],
    "microsoft.notes.exe": ["Sticky Notes", "Notas Autoadesivas"],
}


def num(text: str) -> float:
    """ "R$ 1.234,56" / "USD 1,234.56" / "US$ 1.234,56" -> 1234.56 (the last separator is the decimal one)."""
    text = text.replace("R$", "").replace("US$", "").replace("USD", "").strip()
    if "," in text and text.rfind(",") > text.rfind("."):
        return float(text.replace(".", "").replace(",", "."))
    return float(text.replace(",", ""))


def computed(truth: dict) -> None:
    for fid, what, label, qs in [
        (
            "trip-time-whatsapp",
            "whatsapp",
            "WhatsApp",
            [
                "How long was I on WhatsApp today, all together?",
                "How much of my day went on WhatsApp chats with the broker and the trucker?",
                "tempo total no WhatsApp hoje?",
            ],
        ),
        (
            "trip-time-costsheet",
            "Custo_IMP",
            dt.COST_XLSX,
            [
                "How much time did I spend on the landed-cost spreadsheet today?",
                "Total time in the Ningbo cost workbook in Excel online?",
                "quanto tempo mexi na planilha de custo da Ningbo?",
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
                "On how many occasions was WhatsApp in front?",
                "quantas vezes abri o WhatsApp?",
            ],
        ),
        (
            "siscomex",
            "Portal Único",
            "session",
            2,
            "Portal Único Siscomex",
            ["two", "twice"],
            [
                "How many times did I check the DUIMP in the Portal Único?",
                "How often did I go to Siscomex today?",
                "visitas ao Portal Único – quantas?",
            ],
        ),
        (
            "costsheet",
            "Custo_IMP",
            "session",
            3,
            dt.COST_XLSX,
            ["three"],
            [
                "How many separate times did I open the Ningbo cost spreadsheet?",
                "How often did I go back to the landed-cost workbook?",
                "Number of visits to Custo_IMP-2026-0421_Ningbo.xlsx?",
            ],
        ),
    ]:
        mq.visits_fact(DAY, f"trip-visits-{slug}", truth, what, key, n_expected, label, qs, words)
    for slug, what, offset, extra, qs in [
        (
            "bcb",
            "Cotações e boletins",
            1,
            ["Excel", dt.COST_XLSX, "cost spreadsheet", "planilha"],
            [
                "What did I do right after checking the Banco Central's rates?",
                "Which window came straight after the PTAX page?",
                "depois da cotação do BCB, fui pra onde?",
            ],
        ),
        (
            "invoice",
            "HL-CI-2611-087.pdf",
            -1,
            ["Renato"],
            [
                "What was I doing just before I opened the Ningbo invoice PDF?",
                "Which app was in front right before the commercial invoice?",
                "o que eu estava vendo logo antes de abrir a invoice em PDF?",
            ],
        ),
        (
            "danfe",
            "SumatraPDF",
            1,
            ["Gmail", "inbox", "Caixa de entrada"],
            [
                "Where did I go right after looking at the DANFE?",
                "What came next after the entry invoice in SumatraPDF?",
                "depois da nota fiscal no Sumatra, qual janela?",
            ],
        ),
    ]:
        mq.neighbour_fact(DAY, "trip", slug, truth, what, offset, APP_NAMES, extra, qs)
    for slug, text, which, qs in [
        (
            "truck-final",
            dt.brl(dt.TRUCK_FINAL),
            "first",
            [
                "When did the final truck price first show up on my screen?",
                "What time did I first see R$ 3.620,00?",
                "a que horas apareceu o valor fechado da coleta pela primeira vez?",
            ],
        ),
        (
            "old-eta",
            dt.ETA_OLD,
            "last",
            [
                "When was the old arrival date of the Hamburg container (28/11/2026) last on my screen?",
                "What time did I last see 28/11/2026?",
                "Latest moment the original ETA was still visible?",
            ],
        ),
    ]:
        mq.sighting_fact(DAY, f"trip-{which}-{slug}", truth, text, which, "eu", qs)
    r = tl.longest(truth)
    mq.fact(
        DAY,
        "trip-longest",
        "longest_stretch",
        "time_range",
        [
            "What was my longest stretch in one program today, from when to when?",
            "Between which times did I work the longest without switching applications?",
            "maior período seguido no mesmo app – início e fim?",
        ],
        tl.longest_answers(truth, "eu"),
        [r["titles"][0]],
    )


# ------------------------------------------------------------------------------------- self-checks
def derived() -> dict[str, tuple[float, str, list[str]]]:
    """Each difference/aggregate fact's value worked out from the strings the day draws, the form it is
    written in, and those strings (the check asserts each is on a frame)."""
    taxes = [dt.br(t[3]) for t in dt.TAX] + [dt.br(dt.SISCOMEX_FEE)]
    demurrage = [dt.br(r[4]) for r in dt.DEMURRAGE]
    qtys = [f"{q:,}" for *_, q, _ in dt.ITEMS]
    am, pm = dt.brl(dt.COST_AM["total"]), dt.brl(dt.COST_PM["total"])
    return {
        "trip-eta-delay": (4, "{:.0f} days", [f"ETA anterior: {dt.ETA_OLD}", f"Novo ETA: {dt.ETA_NEW}"]),
        "trip-truck-discount": (
            num(dt.brl(dt.TRUCK_QUOTE)) - num(dt.brl(dt.TRUCK_FINAL)),
            "amount",
            [dt.brl(dt.TRUCK_QUOTE), dt.brl(dt.TRUCK_FINAL)],
        ),
        "trip-estimate-change": (num(am) - num(pm), "amount", [am, pm]),
        "trip-ptax-diff": (
            num(dt.br(dt.PTAX_NOW, 4)) - num(dt.br(dt.PTAX_FRI, 4)),
            "{:.4f}",
            [f"venda {dt.br(dt.PTAX_FRI, 4)}", dt.br(dt.PTAX_NOW, 4)],
        ),
        "trip-invoice-reduction": (
            num(dt.usd_en(dt.FOB_OLD)) - num(dt.usd_en(dt.FOB_NEW)),
            "usd",
            [f"Total FOB Ningbo: {dt.usd_en(dt.FOB_OLD)}", f"New total: {dt.usd_en(dt.FOB_NEW)}"],
        ),
        "trip-total-taxes": (sum(num(x) for x in taxes), "amount", taxes),
        "trip-demurrage-total": (sum(num(x) for x in demurrage), "amount", demurrage),
        "trip-processes-total": (sum(r[2] for r in dt.SUPPLIERS), "{:.0f}", [r[0] for r in dt.SUPPLIERS]),
        "trip-invoice-pcs": (sum(int(q.replace(",", "")) for q in qtys), "{:,.0f}", qtys),
        "trip-in-transit": (2, "{:.0f}", ["Em trânsito – atrasado", "Em trânsito"]),
    }


def check_truth(truth: dict) -> None:
    """Beyond make_questions.check: every extractive answer (lookup, table cell, comparison, list) is in the
    truth lines of a frame that shows the fact's evidence; every difference and aggregate equals the value
    worked out from strings on the frames; computed facts cite window titles of the day; exactly two of the
    forwarder's shipments are in transit."""
    frames = truth["frames"]
    text = [" \n ".join(f["lines"]).lower() for f in frames]
    assert sum(r[8].startswith("Em trânsito") for r in dt.SHIPMENTS) == 2
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
                want = dt.br(value)
            elif form == "usd":
                want = f"{value:,.2f}"
            else:
                want = form.format(value)
            assert want in f["answers"], (fid, want, f["answers"])
        else:
            titles = {s["title"] for s in truth["sessions"]}
            assert any(e in t for e in f["evidence"] for t in titles) or family.endswith("_seen"), fid
    # the unanswerable attributes are really not on screen
    joined = "\n".join(text)
    for absent in ("renato@", "figueiredodespachos", "ust-id", "lacre", "seal", "icms estimado"):
        assert absent not in joined, absent


def main() -> int:
    import facts_trip

    facts_trip.register(mq.fact, mq.none, mq.amount)
    truth = json.loads((HERE / "truth" / f"{DAY}.json").read_text())
    computed(truth)
    mq.check({DAY: truth})
    check_truth(truth)
    rows = mq.question_rows(mq.FACTS, lambda f: SPLIT, lambda f: NOW)
    target = mq.write_frozen(rows, "questions_trip.jsonl", "FROZEN_trip")
    none_n = sum(r["expect_state"] != "ok" for r in rows)
    print(
        f"{len(rows)} questions, {len(mq.FACTS)} facts, {none_n} unanswerable "
        f"({sum(r['trap'] for r in rows)} traps) -> {target.name}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
