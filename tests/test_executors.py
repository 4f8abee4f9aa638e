"""The Ray executor: the same frame tasks on a private local Ray instance give byte-identical records and
Parquet rows to the in-process pool, every Ray server listens on 127.0.0.1 only, and without Ray
installed `--executor ray` is a clear exit 5."""

from __future__ import annotations

import importlib.util
import ipaddress
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil
import pytest

from conftest import FRESH, cli_json, copy_sample, process_sample
from test_store import parquet_rows, record_hashes

ray_installed = importlib.util.find_spec("ray") is not None


def listeners_of(pid: int) -> set[tuple[str, int]]:
    try:
        pids = {pid} | {c.pid for c in psutil.Process(pid).children(recursive=True)}
    except psutil.NoSuchProcess:
        return set()
    return {(c.laddr.ip, c.laddr.port) for c in psutil.net_connections(kind="inet")
            if c.status == psutil.CONN_LISTEN and c.pid in pids}


def loopback(ip: str) -> bool:
    addr = ipaddress.ip_address(ip)
    return (getattr(addr, "ipv4_mapped", None) or addr).is_loopback


@pytest.mark.skipif(not ray_installed, reason="Ray is an optional extra: pip install 'autocapture[ray]'")
def test_ray_executor_matches_in_process_and_stays_on_loopback(tmp_path):
    local, _ = process_sample(tmp_path / "local")
    root = copy_sample(tmp_path / "ray")
    exe = str(Path(sys.executable).parent / "autocapture")
    proc = subprocess.Popen([exe, "process", "once", "--dataroot", str(root), "--executor", "ray", "--json", *FRESH],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
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
