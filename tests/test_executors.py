"""Executors and worker counts: one worker, two workers and a private local Ray instance with two actors give
byte-identical records and Parquet rows (a frame always waits for its same-window predecessor's reading),
every Ray server listens on 127.0.0.1 only, and without Ray installed `--executor ray` is a clear exit 5."""

from __future__ import annotations

import importlib.util
import ipaddress
import json
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil
import pytest
from test_store import parquet_rows, record_hashes

from conftest import FRESH, cli_json, copy_sample, process_sample

ray_installed = importlib.util.find_spec("ray") is not None


def listeners_of(pid: int) -> set[tuple[str, int]]:
    try:
        pids = {pid} | {c.pid for c in psutil.Process(pid).children(recursive=True)}
    except psutil.NoSuchProcess:
        return set()
    return {
        (c.laddr.ip, c.laddr.port)
        for c in psutil.net_connections(kind="inet")
        if c.status == psutil.CONN_LISTEN and c.pid in pids
    }


def loopback(ip: str) -> bool:
    addr = ipaddress.ip_address(ip)
    return (getattr(addr, "ipv4_mapped", None) or addr).is_loopback


# The first 8 frames hold two same-window runs of three (Outlook 2-3-4, the terminal 9-10-11): with two
# workers the third frame of a run is ready while the second still waits for the first.
FIRST = ("--max-items", "8")


def budget_for(workers: int) -> tuple[str, str]:
    """The CPU budget that sizes the pool to `workers` on this machine (2 cores: 50% -> 1, 100% -> 2)."""
    pct = min(100.0, (workers + 0.5) * 100 / (psutil.cpu_count() or 1))
    return "--set", f"runtime.budget.cpu_pct={pct:.2f}"


@pytest.fixture(scope="module")
def one_worker(tmp_path_factory):
    root, summary = process_sample(tmp_path_factory.mktemp("one") / "dr", *FIRST, *budget_for(1))
    assert summary["resources"]["workers"] == 1
    return root, summary


def test_two_workers_give_the_records_of_one(tmp_path, one_worker):
    local, one = one_worker
    root, two = process_sample(tmp_path / "two", *FIRST, *budget_for(2))
    assert two["resources"]["workers"] == 2
    assert one["items"]["frames"] == two["items"]["frames"] == 8
    assert {k: two["items"].get(k) for k in ("ocr_full", "ocr_partial", "ocr_none")} == {
        k: one["items"].get(k) for k in ("ocr_full", "ocr_partial", "ocr_none")
    }
    assert record_hashes(root) == record_hashes(local)
    assert parquet_rows(root) == parquet_rows(local)


@pytest.mark.skipif(not ray_installed, reason="Ray is an optional extra: pip install 'autocapture[ray]'")
def test_ray_executor_matches_in_process_and_stays_on_loopback(tmp_path, one_worker):
    local, _ = one_worker
    root = copy_sample(tmp_path / "ray")
    exe = str(Path(sys.executable).parent / "autocapture")
    proc = subprocess.Popen(
        [
            exe,
            "process",
            "once",
            "--dataroot",
            str(root),
            "--executor",
            "ray",
            "--json",
            *FRESH,
            *FIRST,
            *budget_for(2),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    seen: set = set()

    def watch():
        while proc.poll() is None:
            seen.update(listeners_of(proc.pid))
            time.sleep(0.3)

    watcher = threading.Thread(target=watch)
    watcher.start()
    out, err = proc.communicate(timeout=900)
    watcher.join()
    assert proc.returncode == 0, err[-2000:]
    summary = json.loads(out)
    assert summary["resources"]["workers"] == 2 and summary["items"]["frames"] == 8
    assert (
        summary["isolation"]["workers"] == "python_guard"
    )  # actors must reach Ray's servers on the loopback
    assert seen, "no Ray server was seen listening (did Ray start?)"
    assert all(loopback(ip) for ip, _ in seen), seen
    assert record_hashes(root) == record_hashes(local)
    assert parquet_rows(root) == parquet_rows(local)


def test_ray_executor_without_ray_is_exit_5(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)  # as if the extra were not installed
    root = copy_sample(tmp_path / "dr")
    code, summary = cli_json("process", "once", "--dataroot", root, "--executor", "ray", *FRESH)
    assert code == 5
    assert "autocapture[ray]" in summary["message"]
    assert not (root / "derived" / "derived.db").exists() or summary["items"] == {}
