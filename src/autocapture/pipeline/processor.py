"""One processing pass: take open work from derived.db, feed it to a pool of worker processes sized by the
CPU budget, re-check gating and budgets before every item, persist each result in its own transaction."""

from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from multiprocessing import get_context
from typing import Callable

from autocapture.config import Config
from autocapture.dataroot.problems import Problem
from autocapture.dataroot.reader import DataRoot
from autocapture.dataroot.records import Record, RecordError, attach_windows, parse_frame
from autocapture.hashing import canonical_hash
from autocapture.pipeline import pool
from autocapture.pipeline.ingest import frame_row
from autocapture.runtime.gating import GateDecision
from autocapture.runtime.governor import Governor
from autocapture.stages import ocr
from autocapture.store.derived import DerivedStore

log = logging.getLogger("autocapture.pipeline")
STAGES = ["ocr"]


@dataclass
class PassStats:
    done: dict[str, int] = field(default_factory=dict)
    failed: list[dict] = field(default_factory=list)
    retry: list[dict] = field(default_factory=list)
    stopped: str | None = None  # why the pass ended early: user_active, signal, max_seconds, max_items, ram

    @property
    def processed(self) -> int:
        return sum(self.done.values()) + len(self.failed)


def ocr_config_digest(config: Config) -> str:
    # Only what changes the output; paths differ between machines and the model digest covers content.
    return canonical_hash({"engine": config["processing.ocr.engine"]})


class Processor:
    """Owns the worker pool for the lifetime of a `process once` or `worker` run."""

    def __init__(self, config: Config, dr: DataRoot, store: DerivedStore, governor: Governor,
                 stop: threading.Event | None = None):
        self.config, self.dr, self.store, self.governor = config, dr, store, governor
        self.stop = stop or threading.Event()
        self._pool: ProcessPoolExecutor | None = None
        self._metas = None

    def pool(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(self.governor.workers, mp_context=get_context("spawn"),
                                             initializer=pool.init_worker, initargs=(self.config,))
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def _frame(self, source_id: str):
        rec = self.dr.record(source_id)
        if not isinstance(rec, Record):
            return rec or Problem("record_vanished", "warning", "record no longer in metadata.db", record_id=source_id)
        try:
            frame = parse_frame(rec)
        except RecordError as exc:
            return Problem("bad_frame_record", "warning", str(exc), record_id=source_id)
        if frame.window is None:
            self._metas = self.dr.window_metas() if self._metas is None else self._metas
            frame = attach_windows([frame], self._metas)[0]
        return frame

    def _persist(self, frame, result: dict, stats: PassStats) -> None:
        rid = frame.record_id
        if "error" in result:
            limit = self.config["dataroot.blob_max_retries"] if result.get("retry") else None
            status = self.store.put_failure(rid, "ocr", result["error"], result["message"], limit)
            entry = {"record_id": rid, "stage": "ocr", "code": result["error"], "message": result["message"]}
            (stats.retry if status == "retry" else stats.failed).append(entry)
            log.warning("%s %s: %s", "not ready, will retry" if status == "retry" else "failed", rid, result["message"])
            return
        record, text = ocr.to_record(frame_row(frame), result["output"], result["engine_version"],
                                     result["model_digest"], ocr_config_digest(self.config), result["blob_sha256"])
        self.store.put_result(rid, "ocr", [record], {record["sample_id"]: text})
        stats.done["ocr"] = stats.done.get("ocr", 0) + 1

    def run(self, gate: Callable[[], GateDecision], max_items: int | None = None,
            deadline: float | None = None, progress: Callable[[int, int], None] | None = None) -> PassStats:
        stats = PassStats()
        items = self.store.open_work("ocr", limit=max_items)
        in_flight: dict = {}
        queue = iter(items)
        while True:
            while len(in_flight) < self.governor.workers and stats.stopped is None:
                if self.stop.is_set():
                    stats.stopped = "signal"
                    break
                if deadline is not None and time.monotonic() >= deadline:
                    stats.stopped = "max_seconds"
                    break
                decision = gate()
                if not decision.idle:
                    stats.stopped = "user_active"
                    log.info("pausing heavy work: %s", decision.reason)
                    break
                if not self.governor.pace():
                    stats.stopped = "ram_budget"
                    break
                item = next(queue, None)
                if item is None:
                    break
                frame = self._frame(item.source_id)
                if isinstance(frame, Problem):
                    self.store.put_failure(item.source_id, "ocr", frame.code, frame.message, None)
                    stats.failed.append({"record_id": item.source_id, "stage": "ocr", "code": frame.code,
                                         "message": frame.message})
                    continue
                in_flight[self.pool().submit(pool.run_ocr, frame)] = frame
            if not in_flight:
                break
            finished, _ = wait(in_flight, return_when=FIRST_COMPLETED)
            for fut in finished:
                frame = in_flight.pop(fut)
                try:
                    result = fut.result()
                except BrokenProcessPool:
                    self._pool = None  # a worker died (killed, out of memory): retry the item on a fresh pool
                    result = {"error": "worker_crashed", "message": f"record {frame.record_id}: worker process died",
                              "retry": True}
                self._persist(frame, result, stats)
                if progress:
                    progress(stats.processed + len(stats.retry), len(items))
        if stats.stopped is None and max_items is not None and len(items) == max_items and \
                self.store.open_work("ocr", limit=1):
            stats.stopped = "max_items"
        return stats
