"""`autocapture bench [--size small|full]`: processing throughput against naive OCR (with recall and the
CPU/RSS budget), determinism of a replay, query latency by store size, and the derived store's bytes per
frame by file and table on a generated realistic day (bench/storage.py), and VLM keyframes/s (bench/vlm.py).
Prints tables; writes bench/results/bench-<size>.json."""

from __future__ import annotations

import json
import platform
import subprocess
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import processing  # noqa: E402
import query  # noqa: E402
import storage  # noqa: E402

SIZES = {
    "small": {"frames": 200, "query": (10_000,)},
    "full": {"frames": 2000, "query": (10_000, 100_000, 1_000_000)},
}


def table(title: str, rows: list[dict]) -> str:
    cols = list(rows[0])
    out = [title, " | ".join(cols), " | ".join("---" for _ in cols)]
    out += [" | ".join(str(r[c]) for c in cols) for r in rows]
    return "\n".join(out)


def vlm_bench() -> dict | None:
    """bench/vlm.py in its own process (torch, and on a GPU a 2B model, stay out of this one): Qwen2-VL-2B's
    architecture on a GPU when there is one, the tiny model on CPU otherwise."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "vlm.json"
        run = subprocess.run(
            [sys.executable, str(HERE / "vlm.py"), "--json", str(out)], capture_output=True, text=True
        )
        lines = [line for line in run.stdout.splitlines() if line.startswith(("bench/vlm.py", "|", "batch "))]
        print("VLM keyframes (bench/vlm.py)\n" + "\n".join(lines), flush=True)
        if run.returncode != 0 or not out.is_file():
            print(f"bench/vlm.py failed: {run.stderr.strip()[-500:]}", flush=True)
            return None
        return json.loads(out.read_text())


def main(size: str = "small") -> int:
    plan = SIZES[size]
    machine = {
        "cpus": psutil.cpu_count(),
        "ram_gib": round(psutil.virtual_memory().total / 2**30, 1),
        "cpu": platform.processor() or platform.machine(),
        "python": platform.python_version(),
    }
    print(f"autocapture bench --size {size} on {machine['cpus']} CPUs, {machine['ram_gib']} GiB", flush=True)
    results = {"when": datetime.now(timezone.utc).isoformat(), "size": size, "machine": machine}
    results["processing"] = [processing.run(plan["frames"], replay=True if size == "small" else False)]
    if size == "full":
        results["processing"].append(processing.run(SIZES["small"]["frames"], replay=True))
    print(
        table("processing (no VLM)", [{k: v for k, v in r.items()} for r in results["processing"]]),
        flush=True,
    )
    for r in results["processing"]:
        print(
            f"processing ratio ({r['frames']} frames, {r['day']} day): {r['cpu_speedup_vs_naive']}x naive Tesseract "
            f"in CPU seconds ({r['pipeline_cpu_s']} vs {r['naive_cpu_s']}), {r['speedup_vs_naive']}x in wall time; "
            f"word recall {r['recall_pipeline']} vs naive {r['recall_naive']}",
            flush=True,
        )
    results["query"] = query.run(plan["query"])
    print(table("query latency (retrieval)", results["query"]), flush=True)
    results["vlm"] = vlm_bench()
    results["storage"] = s = storage.run(plan["frames"])
    print(
        table(
            f"derived store, KB per frame ({s['frames']} frames of a live day with {s['day']['documents']} "
            f"long document(s); screenshots {s['screenshots_kb_per_frame']} KB/frame)",
            [
                {"file or table": k, "KB/frame": v}
                for k, v in [
                    *s["files_kb_per_frame"].items(),
                    ("total", s["total_kb_per_frame"]),
                    *(("  table " + t, kb) for t, kb in s["tables_kb_per_frame"].items() if kb >= 0.05),
                ]
            ],
        ),
        flush=True,
    )
    out = HERE / "results" / f"bench-{size}.json"
    out.write_text(json.dumps(results, indent=1))
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "small"))
