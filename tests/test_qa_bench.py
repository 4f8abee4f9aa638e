"""The QA benchmark's own integrity: the frozen questions are the committed ones, every answerable fact's
evidence is on its day's frames, the committed truth is what the generator's sources draw, and the
scorer's matching rules hold (no rendering, no processing: fast)."""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
QA = REPO / "bench" / "qa"
sys.path[:0] = [str(REPO / "bench"), str(QA)]

import qa  # noqa: E402  bench/qa.py

QUESTIONS = [json.loads(line) for line in (QA / "questions.jsonl").read_text().splitlines() if line.strip()]
TRUTH = {d: json.loads((QA / "truth" / f"{d}.json").read_text()) for d in ("dev", "fin", "ops")}


def test_questions_are_the_frozen_ones():
    recorded = (QA / "FROZEN").read_text().split()[2]
    assert hashlib.sha256((QA / "questions.jsonl").read_bytes()).hexdigest() == recorded


def test_question_set_shape():
    assert len(QUESTIONS) >= 150
    by_fact = defaultdict(list)
    for q in QUESTIONS:
        assert {
            "id",
            "day",
            "fact_id",
            "family",
            "answer_type",
            "question",
            "now",
            "expect_state",
            "answers",
            "evidence",
            "split",
        } <= q.keys()
        by_fact[q["fact_id"]].append(q)
    for fact, qs in by_fact.items():
        assert len(qs) == 3 and len({q["question"] for q in qs}) == 3, fact
        assert len({q["split"] for q in qs}) == 1, f"{fact}: all phrasings of a fact belong to one split"
    unanswerable = [q for q in QUESTIONS if q["expect_state"] != "ok"]
    assert len(unanswerable) >= 0.2 * len(QUESTIONS)
    assert sum(q["trap"] for q in unanswerable) >= len(unanswerable) / 2
    splits = Counter(q["split"] for q in QUESTIONS)
    assert abs(splits["dev"] - splits["test"]) < 0.1 * len(QUESTIONS)


def test_answerable_evidence_is_on_screen_and_traps_are_not():
    for q in QUESTIONS:
        lines = [line.lower() for f in TRUTH[q["day"]]["frames"] for line in f["lines"]]
        for e in q["evidence"]:
            assert any(e.lower() in line for line in lines), (q["id"], e)
        if q["expect_state"] == "ok":
            assert q["answers"] and q["evidence"], q["id"]


def test_truth_is_what_the_sources_draw():
    import make_days

    for name, day in make_days.DAYS.items():
        frames = make_days.frames_of(day)
        truth = TRUTH[name]["frames"]
        assert [f["lines"] for f in frames] == [t["lines"] for t in truth], name
        assert [f["local"].isoformat() for f in frames] == [t["local_time"] for t in truth], name
        assert 60 <= len(frames) <= 100


@pytest.mark.parametrize(
    "text,needle,found",
    [
        ("the total was $1,284.50 today", "1,284.50", True),
        ("the total was $11,284.50", "1,284.50", False),
        ("3 failed, 118 passed", "3", True),
        ("13 failed", "3", False),
        ("3.5 hours", "3", False),
        ("at 09:19 am", "9:19", False),
        ("at 9:19 am", "9:19", True),
    ],
)
def test_contains_respects_number_boundaries(text, needle, found):
    assert qa.contains(qa.norm(text), needle) is found


def test_durations_and_answer_matching():
    assert 450 in qa.durations("7 min 30 s")
    assert 18.734 in qa.durations("18734 ms")
    q = {"answers": ["7 min 30 s"], "answer_type": "duration", "tolerance_s": 60}
    assert qa.answer_hit(q, {"answer": "You were in Slack for 8 min.", "fields": {}})
    assert not qa.answer_hit(q, {"answer": "You were in Slack for 12 min.", "fields": {}})
    both = {"answers": ["9:00 && 9:04"], "answer_type": "time_range"}
    assert qa.answer_hit(both, {"answer": "from 9:00 to 9:04", "fields": {}})
    assert not qa.answer_hit(both, {"answer": "from 9:00 to 9:30", "fields": {}})
    assert qa.answer_hit(
        {"answers": ["118.500,00"], "answer_type": "amount"},
        {"answer": "Engineering Q2", "fields": {"value": "118.500,00 €"}},
    )


def test_citation_needs_evidence_and_a_quote_on_that_frame():
    frame = TRUTH["dev"]["frames"][0]
    frames = {frame["record_id"]: frame}
    q = {"evidence": ["Total for 2027: $17,850.00"]}
    good = {"frame_record_id": frame["record_id"], "quote": "Total for 2027: $17,850.00"}
    assert qa.citation_check(q, good, frames)[0]
    assert not qa.citation_check(q, {**good, "quote": "Order total $111.67"}, frames)[0]
    assert not qa.citation_check({"evidence": ["LC-558201"]}, good, frames)[0]
    assert not qa.citation_check(q, {**good, "frame_record_id": "nope/frame/1"}, frames)[0]
    assert qa.citation_check(q, {**good, "quote": "thunderbird.exe"}, frames)[0], (
        "a window claim quotes the app"
    )


def test_a_quote_ocr_read_without_accents_is_on_the_frame():
    """OCR drops accents; the claim's words are still the frame's ("Efrain Soto Lara" off "Efraín Soto Lara")."""
    frame = {
        "record_id": "d/frame/1",
        "app": "outlook.exe",
        "title": "Tu recibo",
        "lines": ["Conductor: Efraín Soto Lara"],
    }
    q = {"evidence": ["Conductor"]}
    c = {"frame_record_id": "d/frame/1", "quote": "Efrain Soto Lara"}
    assert qa.citation_check(q, c, {"d/frame/1": frame})[0]
    assert not qa.citation_check(q, {**c, "quote": "Ramazan Kaya"}, {"d/frame/1": frame})[0]
