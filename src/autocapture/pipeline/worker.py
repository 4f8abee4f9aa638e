"""`worker`: the always-on processor. Picks up new evidence as the sidecar appends it, does heavy work
only while the user is idle and within the budgets, logs a periodic status line, stops cleanly on a signal."""

from __future__ import annotations

import logging
import threading
import time

from autocapture.config import Config
from autocapture.dataroot.problems import ContractError
from autocapture.dataroot.reader import DataRoot
from autocapture.pipeline.ingest import ingest
from autocapture.pipeline.once import check_stages, sync_ann
from autocapture.pipeline.processor import STAGE, STAGES, Processor
from autocapture.runtime.gating import decide
from autocapture.runtime.governor import Governor
from autocapture.store import facts
from autocapture.store.derived import DerivedStore

log = logging.getLogger("autocapture.worker")
VLM_RECHECK_S = 300.0  # how often a worker whose configured VLM was unavailable looks for it again


def run_worker(config: Config, stop: threading.Event, max_runtime_s: float | None = None) -> dict:
    """Runs until `stop` is set (SIGINT/SIGTERM) or max_runtime_s passes; returns totals."""
    started = time.monotonic()
    totals = {
        "processed": 0,
        "failed": 0,
        "passes": 0,
        "preempted": 0,
        "ingested": 0,
        "vlm_ok": 0,
        "vlm_errors": 0,
        "vlm_retried": 0,
        "excluded": 0,
    }
    with DataRoot(config) as dr, DerivedStore(config.derived_dir) as store, Governor(config) as governor:
        plan = check_stages(config)
        processor = Processor(config, dr, store, governor, stop, plan.use_vlm, plan.gpu_vlm, plan.vlm_down)
        vlm_state = "on" if plan.use_vlm else "off"
        next_vlm_check = time.monotonic() + VLM_RECHECK_S
        signal_path = lambda: dr.layout.activity_signal or dr.root / "activity" / "activity_signal.json"  # noqa: E731
        gate = lambda: decide(config, signal_path())  # noqa: E731
        next_status = 0.0
        try:
            while not stop.is_set():
                if max_runtime_s is not None and time.monotonic() - started > max_runtime_s:
                    break
                try:
                    totals["ingested"] += ingest(dr, store, STAGES).frames
                except ContractError as exc:  # the sidecar may be mid-rewrite; try again next poll
                    log.warning("cannot read the DataRoot right now: %s", exc)
                if processor.vlm_down and time.monotonic() >= next_vlm_check:  # a configured VLM may be back
                    next_vlm_check = time.monotonic() + VLM_RECHECK_S
                    plan = check_stages(config)
                    if not plan.vlm_down:
                        log.info("the VLM is available again: queued keyframes will be described")
                        processor.close()
                        processor = Processor(config, dr, store, governor, stop, plan.use_vlm, plan.gpu_vlm)
                        vlm_state = "on" if plan.use_vlm else "off"
                decision = gate()
                if decision.idle and processor.has_work(now=time.time()):
                    stats = processor.run(gate, backoff=True)
                    totals["passes"] += 1
                    totals["processed"] += stats.processed
                    totals["failed"] += len(stats.failed)
                    totals["vlm_ok"] += stats.done.get("vlm", 0)
                    totals["vlm_errors"] += stats.done.get("vlm_errors", 0)
                    totals["vlm_retried"] += stats.done.get("vlm_retried", 0)
                    totals["excluded"] += stats.done.get("excluded", 0)
                    totals["preempted"] += stats.stopped == "user_active"
                    facts.export(store)
                    sync_ann(config, store)  # the always-on worker keeps the ANN index current too
                if time.monotonic() >= next_status:
                    usage = governor.sample()
                    queue = len(store.open_work(STAGE))
                    log.info(
                        "status: idle_seconds=%s gating=%s (%s) processed=%d failed=%d vlm=%s ok=%d errors=%d "
                        "queue=%d cpu=%.1f%% rss=%.0fMiB",
                        decision.idle_seconds,
                        decision.source,
                        "idle" if decision.idle else "active: " + decision.reason,
                        totals["processed"],
                        totals["failed"],
                        vlm_state,
                        totals["vlm_ok"],
                        totals["vlm_errors"],
                        queue,
                        usage.cpu_pct,
                        usage.rss / 2**20,
                    )
                    next_status = time.monotonic() + config["worker.status_every_s"]
                stop.wait(config["worker.poll_s"])
        finally:
            processor.close()
            facts.export(store)
        totals["resources"] = governor.summary()
    log.info("worker stopped cleanly: %s", {k: v for k, v in totals.items() if k != "resources"})
    return totals
