"""Run a command and sample its whole process tree from outside (psutil, every 0.2 s)."""

from __future__ import annotations

import json
import statistics
import subprocess
import time

import psutil


def measure(cmd: list[str], env=None) -> dict:
    cpus = psutil.cpu_count()
    started = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    top = psutil.Process(proc.pid)
    samples, last = [], None
    while proc.poll() is None:
        try:
            procs = [top, *top.children(recursive=True)]
            cpu = sum(p.cpu_times().user + p.cpu_times().system for p in procs)
            rss = sum(p.memory_info().rss for p in procs)
        except psutil.Error:
            time.sleep(0.05)
            continue
        now = time.monotonic()
        if last:
            samples.append((100 * (cpu - last[1]) / ((now - last[0]) * cpus), rss))
        last = (now, cpu)
        time.sleep(0.2)
    out, err = proc.communicate()
    cpu_pcts = [c for c, _ in samples] or [0.0]
    windows = [statistics.mean(cpu_pcts[i:i + 5]) for i in range(0, max(len(cpu_pcts) - 4, 1), 5)]
    try:
        parsed = json.loads(out)
    except ValueError:
        parsed = None
    return {"elapsed_s": time.monotonic() - started, "json": parsed, "stderr": err, "returncode": proc.returncode,
            "mean_cpu_pct": statistics.mean(cpu_pcts), "p95_cpu_1s_pct": sorted(windows)[int(0.95 * (len(windows) - 1))],
            "peak_rss_mib": max((r for _, r in samples), default=0) / 2**20}
