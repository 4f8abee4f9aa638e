"""Network isolation of the processing workers: where this machine allows unprivileged (or root) network
namespaces, a worker has only a loopback interface and a raw socket below the Python guard cannot reach a
non-loopback address; the run summary says which isolation was in force."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from autocapture.config import load_config
from autocapture.pipeline.executors import LocalPool
from autocapture.runtime import isolation


def namespaces_allowed() -> bool:
    """Asked of the OS independently of our code: can this user make a user+net namespace?"""
    if not shutil.which("unshare"):
        return False
    return subprocess.run(["unshare", "-rn", "true"], capture_output=True).returncode == 0


def probe_worker(config) -> dict:
    pool = LocalPool(config, 1)
    try:
        return pool.submit(isolation.probe, None).result(timeout=300)
    finally:
        pool.shutdown()


def test_worker_has_no_network_even_below_the_python_guard(dataroot):
    config = load_config(dataroot=dataroot)
    seen = probe_worker(config)
    mode, detail = seen["isolation"]
    if not namespaces_allowed():
        assert mode == isolation.GUARD and detail, seen  # the fallback says so, with its reason
        pytest.skip(f"no network namespaces on this machine: {detail}")
    assert mode == isolation.NAMESPACE, seen
    assert seen["interfaces"] == ["lo"]
    assert seen["connect"] == "ENETUNREACH"  # the kernel has no route: nothing to do with the Python guard


def test_isolation_falls_back_where_workers_need_the_hosts_loopback():
    assert isolation.plan(load_config(overrides=["runtime.isolation=guard"]))[0] == isolation.GUARD
    assert isolation.plan(load_config(overrides=["processing.executor=ray"]))[0] == isolation.GUARD
    mode, why = isolation.plan(load_config(overrides=["models.vlm_endpoint=http://127.0.0.1:8000/v1"]))
    assert mode == isolation.GUARD and "loopback" in why
    assert isolation.report(load_config(), set())["reported_by_workers"] is False
    assert (
        isolation.report(
            load_config(), {(isolation.NAMESPACE, "interfaces: lo"), (isolation.GUARD, "threads")}
        )["workers"]
        == isolation.GUARD
    )
