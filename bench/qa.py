"""Question-answering accuracy on the QA workdays (bench/qa/): generates the days if missing, processes each
DataRoot with `autocapture process once`, asks every frozen question in-process through
autocapture.query.answer.ask() and scores the answers and their citations against the ground truth.

    python bench/qa.py [--split dev|test|all] [--days dev fin ops] [--reprocess]
    python bench/qa.py --questions bench/qa/questions_dev2.jsonl --split dev2 --days hr   # tuning-only set
    python bench/qa.py --questions bench/qa/questions_sales.jsonl --split holdout --days sales   # held out: once

--questions picks another question file (default bench/qa/questions.jsonl, checked against bench/qa/FROZEN;
questions_<name>.jsonl is checked against bench/qa/FROZEN_<name> when that exists); without --days the days
are the ones its questions are about (for the default file: dev fin ops).

Scoring (per question): correct = the state matches expect_state and, for answerable questions, one of
the expected answers appears in the answer text or the fields (an "a && b" answer needs both parts; numbers
must not be part of a longer number; durations may also match by value within tolerance_s) and at least
one citation is valid. A citation is valid when its frame's truth lines contain one of the evidence strings
(case-insensitive) and its quote, if any, is in that frame's text, app or title (whitespace and case aside;
an OCR quote passes when 80% of its words are on the frame). Citation precision = valid citations / citations of ok
answers to answerable questions. No-evidence accuracy = unanswerable questions answered with state != ok.
A keyword baseline ranks each day's frames by SQLite FTS5 (bm25) over their truth lines: correct when the
top frame shows an evidence string (answerable) or nothing matches (unanswerable).
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sqlite3
import subprocess
import sys
import time
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
QA = REPO / "bench" / "qa"
QUESTIONS = QA / "questions.jsonl"
sys.path.insert(0, str(QA))

import make_days  # noqa: E402

RESULTS = REPO / "bench" / "results"
STOP = set(
    """a an the of to in on at for from by with and or is was were be been did do does i me my we our us you
your it its this that what which who whom whose when where why how much many long often time times did done
have has had there their they them any all after before right just first last today then than into
about per next e.g""".split()
)


# ---------------------------------------------------------------------------------------------- answers
def norm(text: str) -> str:
    text = str(text).lower().replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")
    text = text.replace("\u2013", "-").replace("\u2014", "-").replace("\u2212", "-").replace("\u2019", "'")
    return re.sub(r"\s+", " ", text).strip()


def contains(haystack: str, needle: str) -> bool:
    """needle in haystack; a needle starting/ending with a digit must not continue a longer number."""
    needle = norm(needle)
    if not needle:
        return False
    pre = r"(?<![\d])(?<![\d][.,])" if needle[0].isdigit() else ""
    post = r"(?![\d])(?![.,]\d)" if needle[-1].isdigit() else ""
    return re.search(pre + re.escape(needle) + post, haystack) is not None


UNITS = {
    "ms": 0.001,
    "s": 1,
    "sec": 1,
    "secs": 1,
    "second": 1,
    "seconds": 1,
    "m": 60,
    "min": 60,
    "mins": 60,
    "minute": 60,
    "minutes": 60,
    "h": 3600,
    "hr": 3600,
    "hrs": 3600,
    "hour": 3600,
    "hours": 3600,
}
DUR = re.compile(r"(\d+(?:[.,]\d+)?)\s*(ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|hr|h)\b")


def durations(text: str) -> list[float]:
    """Every duration written in text, in seconds; runs like "1 h 5 min 30 s" also give their sum."""
    found = []
    run, last_end = 0.0, None
    for m in DUR.finditer(text):
        value = float(m.group(1).replace(",", ".")) * UNITS[m.group(2)]
        found.append(value)
        if last_end is not None and text[last_end : m.start()].strip(" ,and") == "":
            run += value
            found.append(run)
        else:
            run = value
        last_end = m.end()
    return found


def leaves(value) -> list[str]:
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in [str(k)] + leaves(v)]
    if isinstance(value, (list, tuple)):
        return [s for v in value for s in leaves(v)]
    return [] if value is None else [str(value)]


def answer_hit(q: dict, result: dict) -> str | None:
    """The expected answer found in the answer text or fields, or None. The screen line an answer quotes as its
    context ("X1 — “... asset tag QR-LT-0931.”") is not the answer: it is left out, so a wrong value on the right
    line is not counted as right."""
    answer = re.sub(r" — “[^”]*”", "", result.get("answer") or "")
    fields = {k: v for k, v in (result.get("fields") or {}).items() if k not in ("intent", "closest")}
    text = norm(" \n ".join([answer] + leaves(fields)))
    for expected in q["answers"]:
        if all(contains(text, part) for part in expected.split(" && ")):
            return expected
    if q["answer_type"] == "duration" and q.get("tolerance_s") is not None:
        found = durations(text)
        for expected in q["answers"]:
            for want in durations(norm(expected))[-1:]:
                if any(abs(got - want) <= q["tolerance_s"] for got in found):
                    return expected
    return None


# -------------------------------------------------------------------------------------------- citations
def folded(text: str) -> str:
    """norm() without accents, for the citation check only: OCR drops accents ("Efrain Soto Lara" read off
    "Efraín Soto Lara") and the quote is what OCR read; a claim's words are on the frame all the same. (Until
    2026-11-28 the check split "Efraín" into "efra" and "n" and failed such quotes.) Answers are matched
    without folding: their accepted forms list the accentless spelling where it is accepted."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", norm(text)) if not unicodedata.combining(c))
    return plain.translate(str.maketrans("ıłøđħ", "ilodh"))


def words(text: str) -> list[str]:
    return re.findall(r"[0-9a-z]+", folded(text))


def _seen(word: str, have: set[str]) -> bool:
    """A quote's word is on the frame as written or as OCR misread one letter of a longer word ("Saéne" for
    "Saône", "Antikérper" for "Antikörper")."""
    if word in have:
        return True
    return len(word) >= 5 and any(
        abs(len(h) - len(word)) <= 1 and difflib.SequenceMatcher(None, word, h).ratio() >= 0.8 for h in have
    )


def citation_check(q: dict, c: dict, frames: dict) -> tuple[bool, str]:
    rid = c.get("frame_record_id") or str(c.get("record_id", "")).split("#")[0]
    frame = frames.get(rid)
    if frame is None:
        return False, "frame not in truth"
    lines = [norm(line) for line in frame["lines"]]
    if not any(norm(e) in line for e in q["evidence"] for line in lines):
        return False, "frame does not show the evidence"
    quote = folded(c.get("quote") or "")
    if quote:  # a claim about the window may quote the frame's app or title rather than its pixels
        joined = folded(" ".join(lines + [frame["app"], frame["title"]]))
        if quote not in joined:
            qw = words(quote)
            have = set(words(joined))
            if qw and sum(_seen(w, have) for w in qw) / len(qw) < 0.8:
                return False, "quote not on the frame"
    return True, "ok"


# ---------------------------------------------------------------------------------------------- running
def process(day: str, reprocess: bool) -> float:
    """`autocapture process once` on a day's DataRoot unless its derived store is current."""
    root = make_days.DATA / day
    marker = root / "derived" / ".qa_processed"
    stamp = (root / ".qa_stamp").read_text().strip()
    if not reprocess and marker.exists() and marker.read_text().strip() == stamp:
        return 0.0
    if reprocess and (root / "derived").exists():
        import shutil

        shutil.rmtree(root / "derived")  # the benchmark's own derived store, rebuilt from the day's evidence
    t0 = time.monotonic()
    cmd = [
        sys.executable,
        "-m",
        "autocapture",
        "process",
        "once",
        "--dataroot",
        str(root),
        "--set",
        "runtime.activity.fail_closed=false",
        "--set",
        "runtime.budget.cpu_pct=100",
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode not in (0, 2):
        sys.exit(
            f"process once failed for {day} (exit {proc.returncode}):\n{proc.stdout[-2000:]}{proc.stderr[-2000:]}"
        )
    marker.write_text(stamp + "\n")
    return time.monotonic() - t0


def ask_all(day: str, questions: list[dict], frames: dict) -> list[dict]:
    from autocapture.config import load_config
    from autocapture.query.answer import ask

    config = load_config(None, None, (), dataroot=str(make_days.DATA / day))
    out = []
    for q in questions:
        t0 = time.monotonic()
        try:
            result, error = ask(config, q["question"], datetime.fromisoformat(q["now"])), None
        except Exception as exc:  # a crash is a wrong answer, not the end of the run
            result, error = (
                {"state": "error", "answer": "", "fields": {}, "claims": []},
                f"{type(exc).__name__}: {exc}",
            )
        ms = (time.monotonic() - t0) * 1000
        out.append(score(q, result, frames, error, ms))
    return out


def score(q: dict, result: dict, frames: dict, error: str | None, ms: float) -> dict:
    state = result.get("state")
    cites = [c for claim in result.get("claims") or [] for c in claim.get("citations") or []]
    checks = [citation_check(q, c, frames) for c in cites] if q["expect_state"] == "ok" else []
    hit = answer_hit(q, result) if q["expect_state"] == "ok" and state == "ok" else None
    valid = sum(ok for ok, _ in checks)
    if q["expect_state"] == "ok":
        correct = state == "ok" and hit is not None and valid > 0
    else:
        correct = state != "ok" and state != "error"
    return {
        "id": q["id"],
        "fact_id": q["fact_id"],
        "day": q["day"],
        "split": q["split"],
        "family": q["family"],
        "answer_type": q["answer_type"],
        "question": q["question"],
        "expect_state": q["expect_state"],
        "trap": q.get("trap", False),
        "state": state,
        "answer": result.get("answer"),
        "fields": result.get("fields"),
        "expected": q["answers"],
        "matched_answer": hit,
        "citations": [
            {"frame_record_id": c.get("frame_record_id"), "quote": c.get("quote"), "valid": ok, "why": why}
            for c, (ok, why) in zip(cites, checks)
        ]
        if checks
        else [{"frame_record_id": c.get("frame_record_id"), "quote": c.get("quote")} for c in cites],
        "n_citations": len(cites),
        "valid_citations": valid,
        "correct": correct,
        "error": error,
        "ms": round(ms, 1),
    }


# --------------------------------------------------------------------------------------------- baseline
def fts_baseline(day: str, questions: list[dict], truth: dict) -> list[dict]:
    """Keyword search the way a peer would: FTS5 over each frame's truth lines, top-1 frame by bm25."""
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE f USING fts5(rid UNINDEXED, body)")
    db.executemany(
        "INSERT INTO f VALUES (?, ?)", [(fr["record_id"], "\n".join(fr["lines"])) for fr in truth["frames"]]
    )
    frames = {fr["record_id"]: fr for fr in truth["frames"]}
    out = []
    for q in questions:
        terms = [w for w in words(q["question"]) if w not in STOP and len(w) > 1]
        top = None
        if terms:
            match = " OR ".join(f'"{t}"' for t in dict.fromkeys(terms))
            row = db.execute(
                "SELECT rid FROM f WHERE f MATCH ? ORDER BY bm25(f) LIMIT 1", (match,)
            ).fetchone()
            top = row[0] if row else None
        if q["expect_state"] == "ok":
            valid = top is not None and citation_check(q, {"frame_record_id": top}, frames)[0]
            correct = valid
        else:
            valid, correct = False, top is None
        out.append(
            {
                "id": q["id"],
                "split": q["split"],
                "family": q["family"],
                "expect_state": q["expect_state"],
                "correct": correct,
                "n_citations": int(top is not None),
                "valid_citations": int(valid),
                "state": "ok" if top else "no_evidence",
            }
        )
    return out


# ---------------------------------------------------------------------------------------------- report
def summarise(rows: list[dict]) -> dict:
    answerable = [r for r in rows if r["expect_state"] == "ok"]
    none = [r for r in rows if r["expect_state"] != "ok"]
    cited = [r for r in answerable if r["state"] == "ok"]
    n_cites = sum(r["n_citations"] for r in cited)
    return {
        "n": len(rows),
        "accuracy": _share(sum(r["correct"] for r in rows), len(rows)),
        "answerable_accuracy": _share(sum(r["correct"] for r in answerable), len(answerable)),
        "citation_precision": _share(sum(r["valid_citations"] for r in cited), n_cites),
        "no_evidence_accuracy": _share(sum(r["state"] not in ("ok", "error") for r in none), len(none)),
        "n_unanswerable": len(none),
        "errors": sum(r["state"] == "error" for r in rows),
    }


def _share(a: int, b: int):
    return round(a / b, 3) if b else None


def table(title: str, groups: dict[str, list[dict]]) -> str:
    head = f"{title:<24} {'n':>4} {'acc':>6} {'ans.acc':>7} {'cite.p':>7} {'noev.acc':>8} {'errors':>6}"
    lines = [head, "-" * len(head)]
    for name, rows in groups.items():
        s = summarise(rows)
        fmt = lambda v: "   -" if v is None else f"{v:.3f}"  # noqa: E731
        lines.append(
            f"{name:<24} {s['n']:>4} {fmt(s['accuracy']):>6} {fmt(s['answerable_accuracy']):>7} "
            f"{fmt(s['citation_precision']):>7} {fmt(s['no_evidence_accuracy']):>8} {s['errors']:>6}"
        )
    return "\n".join(lines)


def frozen_file(path: Path = QUESTIONS) -> Path:
    """FROZEN for questions.jsonl, FROZEN_<name> for questions_<name>.jsonl."""
    if path.resolve() == QUESTIONS.resolve():
        return QA / "FROZEN"
    return QA / f"FROZEN_{path.stem.removeprefix('questions_')}"


def frozen_ok(path: Path = QUESTIONS) -> bool | None:
    """The question file is the one whose sha256 its FROZEN file recorded before anyone tuned against it
    (None: no FROZEN file for it)."""
    import hashlib

    frozen = frozen_file(path)
    if not frozen.exists():
        return None
    want = frozen.read_text().split()[2]
    return hashlib.sha256(path.read_bytes()).hexdigest() == want


def read_questions(path: Path = QUESTIONS) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def load_questions(split: str, days: list[str], path: Path = QUESTIONS) -> list[dict]:
    rows = read_questions(path)
    return [r for r in rows if r["day"] in days and (split == "all" or r["split"] == split)]


def rescore(path: Path) -> int:
    """A saved run scored again by this grader (its answers and citations as they were): how a grader's fix moves
    figures measured before it, a blind day's included, without asking anything again."""
    saved = json.loads(path.read_text())
    by_id = {q["id"]: q for f in sorted(QUESTIONS.parent.glob("questions*.jsonl")) for q in read_questions(f)}
    rows, frames = [], {}
    for r in saved["results"]:
        if r["day"] not in frames:
            truth = json.loads((make_days.TRUTH / f"{r['day']}.json").read_text())
            frames[r["day"]] = {f["record_id"]: f for f in truth["frames"]}
        result = {"state": r["state"], "answer": r["answer"], "fields": r["fields"] or {}}
        result["claims"] = [{"citations": r["citations"]}]
        rows.append(score(by_id[r["id"]], result, frames[r["day"]], r["error"], r["ms"]))
    splits = sorted({r["split"] for r in rows})
    print(f"# {path}, rescored")
    print(table("split", {**{s: [r for r in rows if r["split"] == s] for s in splits}, "all": rows}))
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=["dev", "test", "dev2", "holdout", "all"], default="all")
    ap.add_argument("--days", nargs="*", default=None, choices=list(make_days.ALL_DAYS))
    ap.add_argument(
        "--questions", type=Path, default=QUESTIONS, help="question file (default bench/qa/questions.jsonl)"
    )
    ap.add_argument("--reprocess", action="store_true", help="process the DataRoots again even when current")
    ap.add_argument("--out", type=Path, default=None, help="default bench/results/qa-<split>.json")
    ap.add_argument(
        "--rescore",
        type=Path,
        default=None,
        help="score a saved results file again with this grader and print its totals (nothing is asked)",
    )
    args = ap.parse_args()
    t_start = time.monotonic()
    if args.rescore:
        return rescore(args.rescore)
    default_file = args.questions.resolve() == QUESTIONS.resolve()
    if args.days is None:
        if default_file:
            args.days = list(make_days.DAYS)
        else:
            asked = {q["day"] for q in read_questions(args.questions)}
            args.days = [d for d in make_days.ALL_DAYS if d in asked]
    frozen = frozen_ok(args.questions)
    if frozen is False or (frozen is None and default_file):
        print(
            f"warning: {args.questions} differs from the frozen copy ({frozen_file(args.questions)})",
            file=sys.stderr,
        )
    make_days.generate(args.days)
    process_s = {day: round(process(day, args.reprocess), 1) for day in args.days}
    questions = load_questions(args.split, args.days, args.questions)
    results, baseline = [], []
    for day in args.days:
        truth = json.loads((make_days.TRUTH / f"{day}.json").read_text())
        frames = {f["record_id"]: f for f in truth["frames"]}
        qs = [q for q in questions if q["day"] == day]
        results += ask_all(day, qs, frames)
        baseline += fts_baseline(day, qs, truth)
    fams = sorted({r["family"] for r in results})
    report = [
        table("family", {f: [r for r in results if r["family"] == f] for f in fams}),
        "",
        table(
            "answer type",
            {
                t: [r for r in results if r["answer_type"] == t]
                for t in sorted({r["answer_type"] for r in results})
            },
        ),
        "",
        table(
            "split",
            {
                **{
                    s: [r for r in results if r["split"] == s]
                    for s in ("dev", "test", "dev2", "holdout")
                    if any(r["split"] == s for r in results)
                },
                "traps": [r for r in results if r["trap"]],
                "all": results,
            },
        ),
        "",
        table(
            "fts5 baseline",
            {
                **{
                    s: [r for r in baseline if r["split"] == s]
                    for s in ("dev", "test", "dev2", "holdout")
                    if any(r["split"] == s for r in baseline)
                },
                "all": baseline,
            },
        ),
    ]
    print("\n".join(report))
    errors = [r for r in results if r["state"] == "error"]
    if errors:
        print(
            f"\n{len(errors)} questions raised an exception in ask(), e.g. {errors[0]['error']}",
            file=sys.stderr,
        )
    out = args.out or RESULTS / f"qa-{args.split}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    head = subprocess.run(
        ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    )
    out.write_text(
        json.dumps(
            {
                "command": " ".join(["python", "bench/qa.py", *sys.argv[1:]]),
                "created_utc": datetime.now(UTC).isoformat(timespec="seconds"),
                "git_head": head.stdout.strip(),
                "split": args.split,
                "days": args.days,
                **({} if default_file else {"questions": str(args.questions)}),
                "frozen_ok": frozen_ok(args.questions),
                "uncommitted_src": subprocess.run(
                    ["git", "-C", str(REPO), "status", "--porcelain", "--", "src"],
                    capture_output=True,
                    text=True,
                ).stdout.split("\n")[:-1],
                "process_s": process_s,
                "elapsed_s": round(time.monotonic() - t_start, 1),
                "summary": {
                    "all": summarise(results),
                    **{f: summarise([r for r in results if r["family"] == f]) for f in fams},
                },
                "baseline": summarise(baseline),
                "report": report,
                "results": results,
            },
            indent=1,
            default=str,
        )
        + "\n"
    )
    print(f"\nwrote {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
