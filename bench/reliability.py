"""Reliability, full run: every malformed DataRoot from tests/malformed.py through `validate` and
`process once` (crashes, hangs, good frames lost), then kill -9 at N random points of a run on the
sample followed by a resume (records lost or duplicated against an uninterrupted run).

    .venv/bin/python bench/reliability.py [--kills 20] [--cases all|N]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))
from autocapture.store.bodies import load_text  # noqa: E402

from malformed import cases, make_case  # noqa: E402

EXE = str(Path(sys.executable).parent / "autocapture")
FRESH = ["--set", "runtime.activity.max_signal_age_s=3600"]


def signal_file(root: Path) -> None:
    (root / "activity").mkdir(exist_ok=True)
    p = root / "activity" / "activity_signal.json"
    if p.is_dir():
        return
    p.write_text(
        json.dumps(
            {"ts_utc": datetime.now(timezone.utc).isoformat(), "idle_seconds": 60, "user_active": False}
        )
    )


def run(args, timeout=300):
    try:
        out = subprocess.run(
            [EXE, *map(str, args), "--json"], capture_output=True, text=True, timeout=timeout
        )
    except subprocess.TimeoutExpired:
        return "hang", None, ""
    try:
        return out.returncode, json.loads(out.stdout), out.stderr
    except ValueError:
        return out.returncode, None, out.stderr


def fuzz(limit: int | None) -> dict:
    all_cases = cases()
    if limit:
        all_cases = random.Random(0).sample(all_cases, limit)
    stats = {
        "cases": len(all_cases),
        "validate_crashes": 0,
        "process_crashes": 0,
        "hangs": 0,
        "good_frames_lost": 0,
        "failures_without_id": 0,
        "exit_codes": {},
        "lost_by_case": {},
    }
    for name, seed in all_cases:
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp) / "dataroot"
            frames, damaged = make_case(root, name, seed)
            code, report, err = run(["validate", "--dataroot", root], timeout=60)
            if code == "hang":
                stats["hangs"] += 1
            elif code not in (0, 4) or report is None:
                stats["validate_crashes"] += 1
                print(f"validate crash on {name}/{seed}: {err[-500:]}", file=sys.stderr)
            if name != "activity":
                signal_file(root)
            code, s, err = run(["process", "once", "--dataroot", root, *FRESH])
            stats["exit_codes"][str(code)] = stats["exit_codes"].get(str(code), 0) + 1
            if code == "hang":
                stats["hangs"] += 1
                continue
            if code not in (0, 2, 3, 4, 5) or s is None or "Traceback" in err:
                stats["process_crashes"] += 1
                print(f"process crash on {name}/{seed}: {err[-800:]}", file=sys.stderr)
                continue
            if code == 0:  # 3 is gating (the activity cases): nothing is meant to be processed
                db = sqlite3.connect(root / "derived" / "derived.db")
                done = {r[0] for r in db.execute("SELECT source_id FROM work WHERE status = 'done'")}
                lost = [f for f in frames if f not in (damaged or []) and f not in done]
                stats["good_frames_lost"] += len(lost)
                if lost:  # named, so a loss can be reproduced with make_case(name, seed)
                    stats["lost_by_case"][f"{name}/{seed}"] = lost
                stats["failures_without_id"] += sum(1 for f in s["failures"] if not f.get("record_id"))
    return stats


def hashes(root: Path) -> dict:
    db = sqlite3.connect(root / "derived" / "derived.db")
    return {
        sid: hashlib.sha256(load_text(db, sid).encode()).hexdigest()  # bodies are zstd or deltas
        for (sid,) in db.execute("SELECT sample_id FROM records").fetchall()
    }


def done_count(root: Path) -> int:
    try:
        return (
            sqlite3.connect(root / "derived" / "derived.db", timeout=5)
            .execute("SELECT count(*) FROM work WHERE status = 'done'")
            .fetchone()[0]
        )
    except sqlite3.Error:
        return 0


def kills(n: int) -> dict:
    sample = REPO / "sample" / "dataroot"
    with tempfile.TemporaryDirectory() as tmp:
        ref = Path(tmp) / "ref"
        shutil.copytree(sample, ref, ignore=lambda d, names: ["derived"] if d == str(sample) else [])
        signal_file(ref)
        run(["process", "once", "--dataroot", ref, *FRESH])
        reference = hashes(ref)
        rng = random.Random(1)
        lost = duplicated = 0
        points = []
        for i in range(n):
            root = Path(tmp) / f"k{i}"
            shutil.copytree(sample, root, ignore=lambda d, names: ["derived"] if d == str(sample) else [])
            signal_file(root)
            delay = rng.uniform(0.5, 12.0)
            proc = subprocess.Popen(
                [EXE, "process", "once", "--dataroot", str(root), *FRESH],
                start_new_session=True,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            time.sleep(delay)
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            points.append({"after_s": round(delay, 2), "frames_done": done_count(root)})
            signal_file(root)
            run(["process", "once", "--dataroot", root, *FRESH])
            got = hashes(root)
            lost += len(set(reference) - set(got)) + sum(
                1 for k in reference if k in got and got[k] != reference[k]
            )
            db = sqlite3.connect(root / "derived" / "derived.db")
            total, distinct = db.execute("SELECT count(*), count(DISTINCT sample_id) FROM records").fetchone()
            duplicated += total - distinct
        return {
            "kills": n,
            "lost_or_changed_records": lost,
            "duplicated_records": duplicated,
            "points": points,
        }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kills", type=int, default=20)
    ap.add_argument("--cases", default="all")
    args = ap.parse_args()
    started = time.monotonic()
    f = fuzz(None if args.cases == "all" else int(args.cases))
    k = kills(args.kills)
    result = {
        "when": datetime.now(timezone.utc).isoformat(),
        "fuzz": f,
        "crash_resume": k,
        "elapsed_s": round(time.monotonic() - started),
    }
    print("reliability")
    print("cases | validate crashes | process crashes | hangs | good frames lost | failures without id")
    print(
        f"{f['cases']} | {f['validate_crashes']} | {f['process_crashes']} | {f['hangs']} | {f['good_frames_lost']} | "
        f"{f['failures_without_id']}"
    )
    print(f"exit codes: {f['exit_codes']}")
    for case, lost in f["lost_by_case"].items():
        print(f"good frames lost in {case}: {', '.join(lost)}")
    print("kill -9 points | records lost or changed | duplicated")
    print(f"{k['kills']} | {k['lost_or_changed_records']} | {k['duplicated_records']}")
    out = REPO / "bench" / "results" / "reliability.json"
    out.write_text(json.dumps(result, indent=1))
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
