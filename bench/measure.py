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
    samples, last, seen = [], None, {}
    while proc.poll() is None:
        cpu_now, rss = {}, 0
        for p in [top, *top.children(recursive=True)]:
            try:
                t = p.cpu_times()
                cpu_now[p.pid] = t.user + t.system
                rss += p.memory_info().rss
            except psutil.Error:
                continue  # it exited between listing and reading
        now = time.monotonic()
        if last is not None:
            # per-process deltas: a worker that exits must not make the tree's total drop
            used = sum(max(0.0, c - seen.get(pid, 0.0)) for pid, c in cpu_now.items())
            samples.append((100 * used / ((now - last) * cpus), rss))
        seen.update(cpu_now)
        last = now
        time.sleep(0.2)
    out, err = proc.communicate()
    cpu_s = sum(
        seen.values()
    )  # CPU seconds of the whole tree as last sampled: what the work cost, whatever the load
    cpu_pcts = [c for c, _ in samples] or [0.0]
    windows = [statistics.mean(cpu_pcts[i : i + 5]) for i in range(0, max(len(cpu_pcts) - 4, 1), 5)]
    try:
        parsed = json.loads(out)
    except ValueError:
        parsed = None
    return {
        "elapsed_s": time.monotonic() - started,
        "cpu_s": cpu_s,
        "json": parsed,
        "stderr": err,
        "returncode": proc.returncode,
        "mean_cpu_pct": statistics.mean(cpu_pcts),
        "p95_cpu_1s_pct": sorted(windows)[int(0.95 * (len(windows) - 1))],
        "peak_rss_mib": max((r for _, r in samples), default=0) / 2**20,
    }
