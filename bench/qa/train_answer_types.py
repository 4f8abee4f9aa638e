"""Train the answer-type guesser (src/autocapture/query/answer_types.json) on the QA days' questions.

Training questions: every question of the tuning sets (questions.jsonl's dev split, questions_dev2,
questions_sales, questions_buy, questions_estate and every day measured blind since, lab to export), never a
test split and never a day still held out (a
FROZEN_<day> that has not been measured yet: pass it with --exclude). Labels are the benchmark's answer types in
intent.py's terms ("app" -> window, "time_range" -> duration, "name" -> text; a list is left out).

    .venv/bin/python bench/qa/train_answer_types.py [--exclude lab] [--check]

--check prints the leave-one-day-out figures instead of writing the file: of the questions the grammar rules
leave undecided, how many the guess gives their labelled type, and how many it turns from a right "text" to
something else.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "src"))

from autocapture.config import load_config  # noqa: E402
from autocapture.query import answer_types as T  # noqa: E402
from autocapture.query.intent import UNDECIDED, answer_type  # noqa: E402
from autocapture.stages.embed_numpy import question_embedder  # noqa: E402

SETS = [
    "questions.jsonl",
    "questions_dev2.jsonl",
    "questions_sales.jsonl",
    "questions_buy.jsonl",
    "questions_estate.jsonl",
    # the held-out days measured once, blind, and tuning days since (bench/results/qa-<day>-blind.*)
    "questions_lab.jsonl",
    "questions_trip.jsonl",
    "questions_news.jsonl",
    "questions_site.jsonl",
    "questions_vet.jsonl",
    "questions_shop.jsonl",
    "questions_desk.jsonl",
    "questions_legal.jsonl",
    "questions_export.jsonl",
]
LABELS = {"app": "window", "time_range": "duration", "name": "text", "list": None}


def questions(exclude: set[str]) -> list[dict]:
    out = []
    for name in SETS:
        for line in (HERE / name).read_text().splitlines():
            q = json.loads(line)
            label = LABELS.get(q["answer_type"], q["answer_type"])
            if q["split"] != "test" and q["day"] not in exclude and label:
                out.append({"day": q["day"], "question": q["question"], "label": label})
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--exclude", default="solar,school", help="held-out days to leave out, comma-separated")
    ap.add_argument("--check", action="store_true", help="leave-one-day-out figures, no file written")
    args = ap.parse_args()
    qs = questions(set(filter(None, args.exclude.split(","))))
    embedder = question_embedder(load_config(None, None, [], dataroot=str(HERE / "data" / "dev")))
    embed = lambda text: embedder.run([text])[0]  # noqa: E731
    vectors = [embed(q["question"]) for q in qs]
    if args.check:
        fixed = broken = other = 0
        for day in sorted({q["day"] for q in qs}):
            train = [i for i, q in enumerate(qs) if q["day"] != day]
            model = T.train([vectors[i] for i in train], [qs[i]["label"] for i in train])
            probe = T.np.asarray(embed(T.PROBE))
            model = T.TypeModel(model.labels, model.weights, model.bias, probe / T.np.linalg.norm(probe))
            guess = T.guesser(embed, model)
            for q in (q for q in qs if q["day"] == day):
                if answer_type(q["question"])[1] != UNDECIDED or not (g := guess(q["question"])):
                    continue
                fixed += g == q["label"]
                broken += q["label"] == "text"
                other += g != q["label"] and q["label"] != "text"
        print(
            f"{len(qs)} questions; undecided by the rules and guessed: {fixed} right, {broken} wrong where text "
            f"was right, {other} wrong otherwise"
        )
        return 0
    model = T.train(vectors, [q["label"] for q in qs])
    T.save(model, embed(T.PROBE))
    print(f"{len(qs)} questions, labels {list(model.labels)} -> {T.MODEL_FILE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
