"""Budget conformance: run `autocapture process once` on the sample (repeated N times) under CPU caps and
sample the process tree from outside (psutil, every 0.2 s). Prints a table; writes bench/results/budget.json.

    .venv/bin/python bench/budget.py [--repeat 4] [--caps 50,20]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
from measure import measure  # noqa: E402

from autocapture.dataroot.blobs import rid  # noqa: E402
from autocapture.hashing import canonical_json

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "sample" / "dataroot"


def build(root: Path, repeat: int) -> int:
    """The sample plus (repeat - 1) more copies of its frames, a day apart, written as the sidecar would."""
    shutil.copytree(SAMPLE, root, ignore=lambda d, names: ["derived"] if Path(d) == SAMPLE else [])
    db = sqlite3.connect(root / "metadata.db")
    rows = db.execute(
        "SELECT id, payload FROM metadata WHERE record_type = 'evidence.capture.frame' "
        "OR (record_type IS NULL AND payload LIKE '%evidence.capture.frame%')"
    ).fetchall()
    seq = 10_000
    for r in range(1, repeat):
        for old_id, text in rows:
            p = json.loads(text)
            data = next((root / "media").rglob(rid(old_id) + ".blob")).read_bytes()
            ts = datetime.fromisoformat(p["ts_utc"]) + timedelta(days=r)
            p["ts_utc"] = ts.isoformat(timespec="microseconds")
            p.pop("blob_path", None)
            seq += 1
            new_id = f"{p['run_id']}/frame/{seq}"
            dst = (
                root
                / "media"
                / rid(p["run_id"])
                / "evidence"
                / ts.strftime("%Y/%m/%d")
                / (rid(new_id) + ".blob")
            )
            dst.parent.mkdir(parents=True, exist_ok=True)
            dst.write_bytes(data)
            db.execute(
                "INSERT INTO metadata VALUES (?, ?, ?, ?, ?)",
                (new_id, canonical_json(p), "evidence.capture.frame", p["ts_utc"], p["run_id"]),
            )
    db.commit()
    return db.execute("SELECT count(*) FROM metadata WHERE id LIKE '%/frame/%'").fetchone()[0]


def run(root: Path, cap: float) -> dict:
    shutil.rmtree(root / "derived", ignore_errors=True)
    exe = str(Path(sys.executable).parent / "autocapture")
    m = measure(
        [
            exe,
            "process",
            "once",
            "--dataroot",
            str(root),
            "--json",
            "--set",
            "runtime.activity.fail_closed=false",
            "--set",
            f"runtime.budget.cpu_pct={cap}",
        ]
    )
    summary = m["json"]
    frames = summary["items"].get("frames", 0)
    lines = m["stderr"].splitlines()
    return {
        "cap_pct": cap,
        "frames": frames,
        "elapsed_s": round(m["elapsed_s"], 1),
        "frames_per_s": round(frames / m["elapsed_s"], 2),
        "mean_cpu_pct": round(m["mean_cpu_pct"], 1),
        "mean_cpu_pct_governor": summary["resources"]["mean_cpu_pct"],
        "p95_cpu_1s_pct": round(m["p95_cpu_1s_pct"], 1),
        "peak_rss_mib": round(m["peak_rss_mib"], 1),
        "ram_cap_mib": summary["resources"]["ram_cap_mib"],
        "throttle_lines": sum("throttle:" in line for line in lines),
        "first_throttle_line": next((line for line in lines if "throttle:" in line), ""),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=4)
    ap.add_argument("--caps", default="50,20")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "dataroot"
        frames = build(root, args.repeat)
        results = [run(root, float(c)) for c in args.caps.split(",")]
    machine = {"cpus": psutil.cpu_count(), "ram_gib": round(psutil.virtual_memory().total / 2**30, 1)}
    print(
        f"budget conformance: {frames} frames (sample x{args.repeat}), {machine['cpus']} CPUs, {machine['ram_gib']} GiB"
    )
    cols = [
        "cap_pct",
        "frames",
        "elapsed_s",
        "frames_per_s",
        "mean_cpu_pct",
        "mean_cpu_pct_governor",
        "p95_cpu_1s_pct",
        "peak_rss_mib",
        "ram_cap_mib",
        "throttle_lines",
    ]
    print(" | ".join(cols))
    for r in results:
        print(" | ".join(str(r[c]) for c in cols))
    for r in results:
        if r["first_throttle_line"]:
            print(f"cap {r['cap_pct']:g}%: {r['first_throttle_line']}")
    out = REPO / "bench" / "results" / "budget.json"
    out.write_text(
        json.dumps(
            {"when": datetime.now(timezone.utc).isoformat(), "machine": machine, "results": results}, indent=1
        )
    )
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
