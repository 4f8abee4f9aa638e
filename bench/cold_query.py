"""`python bench/cold_query.py [--dataroot PROCESSED] [--runs 5]`: a question asked as a fresh `autocapture query`
process, as a user at a terminal does: p50 wall and CPU seconds over the runs, and which heavy packages the
process imported (none of torch, transformers, sentence_transformers, ray, starlette should be).

Without --dataroot it processes a copy of the bundled sample first. Wall time depends on how busy the
machine is; CPU seconds (user + sys of the child) much less, so both are printed."""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
QUESTIONS = ("what was I doing about money", "Which test failed?")  # the first needs the question's vector
HEAVY = ("torch", "transformers", "sentence_transformers", "ray", "starlette", "uvicorn", "sklearn")
PROBE = (
    "import sys, runpy\nsys.argv = ['autocapture'] + sys.argv[1:]\n"
    "try:\n    runpy.run_module('autocapture', run_name='__main__')\nexcept SystemExit:\n    pass\n"
    f"print('HEAVY', sorted(m for m in {HEAVY!r} if m in sys.modules), file=sys.stderr)\n"
)


def processed_sample(where: Path) -> Path:
    root = where / "dataroot"
    sample = REPO / "sample" / "dataroot"
    shutil.copytree(sample, root, ignore=lambda d, names: ["derived"] if Path(d) == sample else [])
    subprocess.run(
        [
            sys.executable,
            "-m",
            "autocapture",
            "process",
            "once",
            "--dataroot",
            str(root),
            "--set",
            "runtime.activity.fail_closed=false",
        ],
        check=True,
        capture_output=True,
    )
    return root


def one_run(question: str, dataroot: Path) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "autocapture", "query", question, "--dataroot", str(dataroot)],
        check=True,
        capture_output=True,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dataroot", type=Path, default=None, help="an already processed DataRoot")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        root = args.dataroot or processed_sample(Path(tmp))
        load = os.getloadavg()[0]
        print(
            f"cold `autocapture query` on {root} ({args.runs} runs each; load average {load:.1f} on "
            f"{os.cpu_count()} CPUs)"
        )
        for q in QUESTIONS:
            runs = [one_run(q, root) for _ in range(args.runs)]
            walls, cpus = [w for w, _ in runs], [c for _, c in runs]
            heavy = (
                subprocess.run(
                    [sys.executable, "-c", PROBE, "query", q, "--dataroot", str(root)],
                    capture_output=True,
                    text=True,
                )
                .stderr.strip()
                .splitlines()[-1]
            )
            print(
                f"{q!r}: p50 wall {statistics.median(walls):.2f} s (min {min(walls):.2f}), p50 CPU "
                f"{statistics.median(cpus):.2f} s; {heavy.replace('HEAVY', 'heavy modules imported:')}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
