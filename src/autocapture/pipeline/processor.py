"""One processing pass: take open work from derived.db, feed frames to a pool of worker processes sized
by the CPU budget (and the GPU cap when the VLM runs on a GPU), re-check gating and budgets before every
item, and persist each frame's records in one transaction. A frame waits while the frame before it in the
same window is still in flight, so change detection always compares against a finished reading."""

from __future__ import annotations

import json
import logging
import threading
import time
from concurrent.futures import FIRST_COMPLETED, wait
from dataclasses import dataclass, field
from typing import Callable

import apsw

from autocapture.config import Config
from autocapture.dataroot.problems import Problem
from autocapture.dataroot.reader import DataRoot
from autocapture.dataroot.records import Record, RecordError, attach_windows, parse_frame, parse_uia
from autocapture.hashing import canonical_hash
from autocapture.pipeline import executors, pool
from autocapture.pipeline.ingest import frame_row
from autocapture.runtime.gating import GateDecision
from autocapture.runtime.governor import Governor
from autocapture.stages import embed, ocr, sst, vlm
from autocapture.store.derived import DerivedStore

log = logging.getLogger("autocapture.pipeline")
STAGE = "frame"  # the work item: one frame through ocr -> vlm -> sst -> embed
STAGES = [STAGE]


@dataclass
class PassStats:
    done: dict[str, int] = field(default_factory=dict)
    failed: list[dict] = field(default_factory=list)
    retry: list[dict] = field(default_factory=list)
    stopped: str | None = None  # why the pass ended early: user_active, signal, max_seconds, max_items, ram_budget
    store_error: str | None = None
    step_s: dict[str, float] = field(default_factory=dict)  # worker seconds per step, summed over frames

    @property
    def processed(self) -> int:
        return self.done.get("frames", 0) + len(self.failed)

    def count(self, key: str, n: int = 1) -> None:
        self.done[key] = self.done.get(key, 0) + n


def stage_digests(config: Config) -> dict[str, str]:
    """Only settings that change a stage's output; paths differ between machines and model digests cover content."""
    return {"ocr": canonical_hash({"engine": config["processing.ocr.engine"]}),
            "vlm": canonical_hash({k: config[k] for k in ("models.vlm_model", "processing.vlm.max_new_tokens",
                                                           "processing.vlm.max_pixels")}),
            "sst": canonical_hash({"sst": 1}), "embed": canonical_hash({"embed": 1})}


def build_records(row: dict, result: dict, digests: dict[str, str]) -> tuple[list[dict], dict[str, str]]:
    """Canonical records for one processed frame, and the text to index for each."""
    sha, engines = result["blob_sha256"], result["engines"]
    ocr_part = result["ocr"]
    ocr_rec, ocr_text = ocr.to_record(row, ocr_part["output"], engines["ocr"]["version"], engines["ocr"]["model_digest"],
                                      digests["ocr"], sha, change=ocr_part["change"], reused_from=ocr_part["reused_from"],
                                      model_id=engines["ocr"]["model_id"])
    records, texts = [ocr_rec], {ocr_rec["sample_id"]: ocr_text}
    vlm_hash = None
    if result.get("vlm", {}).get("output"):
        vlm_rec, vlm_text = vlm.to_record(row, result["vlm"]["output"], engines["vlm"], digests["vlm"], sha)
        records.append(vlm_rec)
        texts[vlm_rec["sample_id"]] = vlm_text
        vlm_hash = vlm_rec["provenance"]["provenance_hash"]
    sst_rec = sst.to_record(row, result["sst"], ocr_rec["provenance"]["provenance_hash"], vlm_hash, digests["sst"], sha)
    records.append(sst_rec)
    records.append(embed.to_record(row, result["embed"]["items"], result["embed"]["vectors"], engines["embed"],
                                   digests["embed"], sha, sst_rec["provenance"]["provenance_hash"]))
    return records, texts


class Processor:
    """Owns the worker pool for the lifetime of a `process once` or `worker` run."""

    def __init__(self, config: Config, dr: DataRoot, store: DerivedStore, governor: Governor,
                 stop: threading.Event | None = None, use_vlm: bool = False, gpu_vlm: bool = False):
        self.config, self.dr, self.store, self.governor = config, dr, store, governor
        self.stop = stop or threading.Event()
        self.use_vlm = use_vlm
        self.workers = governor.workers
        if gpu_vlm:  # each worker holds its own model: the pool size is the number of concurrent GPU jobs
            self.workers = max(1, min(self.workers, config["processing.idle.max_concurrency_gpu"]))
        self.digests = stage_digests(config)
        self._pool = None
        self._metas = None

    def pool(self):
        """The executor (processing.executor: local or ray), started on first use."""
        if self._pool is None:
            self._pool = executors.start(self.config["processing.executor"], self.config, self.workers)
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown()
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

    def _uia(self, frame) -> tuple:
        if not frame.uia_ref:
            return ()
        rec = self.dr.record(frame.uia_ref)
        if not isinstance(rec, Record):
            return ()
        return tuple({"text": e.text, "role": e.role, "rect": list(e.rect)} for e in parse_uia(rec).elements)

    def _task(self, frame, in_flight_ids: set[str]) -> pool.FrameTask | None:
        """The frame's task, or None when the frame before it in the same window is still being read."""
        prev = self.store.previous_frame(frame.record_id)
        prev_frame = prev_ocr = prev_sid = None
        prev_vectors: tuple = ()
        if prev and (prev["app"], prev["title"]) == (frame.app, frame.title):
            if prev["record_id"] in in_flight_ids:
                return None
            body = self.store.record_body(prev["record_id"] + "#ocr")
            if body is not None:
                candidate = self._frame(prev["record_id"])
                if not isinstance(candidate, Problem):
                    prev_frame, prev_ocr, prev_sid = candidate, json.loads(body)["output_json"], prev["record_id"] + "#ocr"
                    prev_vectors = tuple(self.store.vectors_of(prev["record_id"] + "#embed"))
        return pool.FrameTask(frame, prev_frame, prev_ocr, prev_sid, self._uia(frame), self.use_vlm, prev_vectors)

    def _persist(self, frame, result: dict, stats: PassStats) -> None:
        rid = frame.record_id
        if "error" in result:
            limit = self.config["dataroot.blob_max_retries"] if result.get("retry") else None
            status = self.store.put_failure(rid, STAGE, result["error"], result["message"], limit)
            entry = {"record_id": rid, "stage": STAGE, "code": result["error"], "message": result["message"]}
            (stats.retry if status == "retry" else stats.failed).append(entry)
            log.warning("%s %s: %s", "not ready, will retry" if status == "retry" else "failed", rid, result["message"])
            return
        records, texts = build_records(frame_row(frame), result, self.digests)
        emb = records[-1]
        vectors = [(emb["sample_id"], item, vec.astype("<f4").tobytes())
                   for item, vec in zip(result["embed"]["items"], result["embed"]["vectors"])]
        self.store.put_result(rid, STAGE, records, texts, vectors)
        stats.count("frames")
        stats.count("ocr_" + result["ocr"]["change"]["kind"])
        stats.count("vectors_reused", result["embed"].get("reused", 0))
        for step, seconds in result.get("step_s", {}).items():
            stats.step_s[step] = round(stats.step_s.get(step, 0.0) + seconds, 3)
        for rec in records:
            stats.count(rec["modality"])
        if "vlm" in result and "error" in result["vlm"]:
            stats.count("vlm_errors")
            log.warning("VLM failed on %s: %s", rid, result["vlm"]["error"])

    def run(self, gate: Callable[[], GateDecision], max_items: int | None = None,
            deadline: float | None = None, progress: Callable[[int, int], None] | None = None,
            backoff: bool = False) -> PassStats:
        """backoff: leave out retries whose wait has not passed (the worker; `process once` tries them all)."""
        stats = PassStats()
        items = self.store.open_work(STAGE, limit=max_items, now=time.time() if backoff else None)
        in_flight: dict = {}
        waiting: list = []  # frames whose predecessor is in flight
        queue = iter(items)
        while True:
            while len(in_flight) < self.workers and stats.stopped is None:
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
                ids = {f.record_id for f in in_flight.values()}
                task = next((t for t in (self._task(f, ids) for f in waiting) if t), None)
                if task is not None:
                    waiting.remove(task.frame)
                else:
                    item = next(queue, None)
                    if item is None:
                        break
                    frame = self._frame(item.source_id)
                    if isinstance(frame, Problem):
                        self.store.put_failure(item.source_id, STAGE, frame.code, frame.message, None)
                        stats.failed.append({"record_id": item.source_id, "stage": STAGE, "code": frame.code,
                                             "message": frame.message})
                        continue
                    task = self._task(frame, ids)
                    if task is None:
                        waiting.append(frame)
                        continue
                in_flight[self.pool().submit(pool.process_frame, task)] = task.frame
            if not in_flight:
                break
            finished, _ = wait(in_flight, return_when=FIRST_COMPLETED)
            for fut in finished:
                frame = in_flight.pop(fut)
                try:
                    result = fut.result()
                except self._pool.crash_errors:
                    self._pool.crashed(fut)  # a worker died (killed, out of memory): retry the item on a fresh one
                    result = {"error": "worker_crashed", "message": f"record {frame.record_id}: worker process died",
                              "retry": True}
                try:
                    self._persist(frame, result, stats)
                except (apsw.Error, OSError) as exc:
                    # Disk full, read-only or broken store: stop cleanly; the transaction rolled back, so
                    # the store holds no half item and the next run continues from here.
                    stats.stopped = "store_error"
                    stats.store_error = f"cannot write {self.store.path}: {exc} (disk full or read-only?)"
                    log.error("%s", stats.store_error)
                    continue
                if progress:
                    progress(stats.processed + len(stats.retry), len(items))
        if stats.stopped is None and max_items is not None and len(items) == max_items and \
                self.store.open_work(STAGE, limit=1):
            stats.stopped = "max_items"
        return stats
