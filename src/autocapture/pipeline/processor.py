"""One processing pass: take open work from derived.db, feed frames to a pool of worker processes sized
by the CPU budget (and the GPU cap when the VLM runs on a GPU), re-check gating and budgets before every
item, and persist each frame's records in one transaction. A frame waits until the frame before it in the
same window has its final reading, wherever that frame is (in flight, waiting, or retrying), so change
detection always compares against a finished reading and records do not depend on the worker count.
Frames a privacy rule excludes are recorded as excluded and never reach a worker. Without a VLM, frames go
to a worker in runs (a frame may follow its predecessor in the same run): the run's new texts are embedded
in one pass, and records are the same as frame by frame."""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, wait
from dataclasses import dataclass, field

import apsw

from autocapture.config import Config
from autocapture.dataroot.problems import Problem
from autocapture.dataroot.reader import DataRoot
from autocapture.dataroot.records import Record, RecordError, WindowTimeline, parse_frame, parse_uia
from autocapture.hashing import canonical_hash
from autocapture.pipeline import executors, keyframes, pool
from autocapture.pipeline.ingest import frame_row
from autocapture.runtime import privacy
from autocapture.runtime.gating import GateDecision
from autocapture.runtime.governor import Governor
from autocapture.stages import embed, ocr, sst, vlm
from autocapture.store.derived import DerivedStore

log = logging.getLogger("autocapture.pipeline")
STAGE = "frame"  # the work item: one frame through ocr -> vlm -> sst -> embed
STAGES = [STAGE]
VLM_RETRY = "vlm"  # follow-up work item: a frame whose VLM description failed is run again later
LOOKAHEAD = 512  # frames held back waiting for their predecessor before the scheduler stops looking further
# frames per worker call without a VLM: the new lines of 4 live frames embedded in one pass cost 2/3 of 4 passes
# (8 or 16 save no more), and a run is a fraction of a second of work, so gating and pacing stay as prompt
RUN_FRAMES = 4


@dataclass
class PassStats:
    done: dict[str, int] = field(default_factory=dict)
    failed: list[dict] = field(default_factory=list)
    retry: list[dict] = field(default_factory=list)
    stopped: str | None = (
        None  # why the pass ended early: user_active, signal, max_seconds, max_items, ram_budget
    )
    store_error: str | None = None
    step_s: dict[str, float] = field(default_factory=dict)  # worker seconds per step, summed over frames
    excluded: dict[str, int] = field(default_factory=dict)  # privacy rule -> frames it kept out this pass
    isolation: set = field(default_factory=set)  # the network isolation the workers reported

    @property
    def processed(self) -> int:
        # a frame whose VLM failed for good is already counted among the frames
        return (
            self.done.get("frames", 0)
            + self.done.get("vlm_retried", 0)
            + sum(1 for f in self.failed if f["stage"] != VLM_RETRY)
        )

    def count(self, key: str, n: int = 1) -> None:
        self.done[key] = self.done.get(key, 0) + n


def new_visit(store, record_id: str, prev_in_window: dict | None) -> bool:
    """Does the frame start a visit to its window (the frame just before shows another window)?"""
    if prev_in_window is None:
        return True
    just_before = store.previous_frame(record_id)
    return just_before is None or just_before["record_id"] != prev_in_window["record_id"]


def stage_digests(config: Config) -> dict[str, str]:
    """Only settings that change a stage's output; paths differ between machines and model digests cover content."""
    return {
        "ocr": canonical_hash({"engine": config["processing.ocr.engine"]}),
        "vlm": canonical_hash(
            {
                k: config[k]
                for k in ("models.vlm_model", "processing.vlm.max_new_tokens", "processing.vlm.max_pixels")
            }
        ),
        "sst": canonical_hash({"sst": 1}),
        # 2: lines and the VLM's text only, no block vectors (embed.items_to_embed); 3: no vector for a clock
        # reading alone on a line (embed.wants_vector). Records of the same frame made before say so by their provenance
        "embed": canonical_hash({"embed": 3}),
    }


def build_records(row: dict, result: dict, digests: dict[str, str]) -> tuple[list[dict], dict[str, str]]:
    """Canonical records for one processed frame, and the text to index for each."""
    sha, engines = result["blob_sha256"], result["engines"]
    ocr_part = result["ocr"]
    ocr_rec, ocr_text = ocr.to_record(
        row,
        ocr_part["output"],
        engines["ocr"]["version"],
        engines["ocr"]["model_digest"],
        digests["ocr"],
        sha,
        change=ocr_part["change"],
        reused_from=ocr_part["reused_from"],
        model_id=engines["ocr"]["model_id"],
    )
    records, texts = [ocr_rec], {ocr_rec["sample_id"]: ocr_text}
    vlm_hash = None
    if result.get("vlm", {}).get("output"):
        vlm_rec, vlm_text = vlm.to_record(row, result["vlm"]["output"], engines["vlm"], digests["vlm"], sha)
        records.append(vlm_rec)
        texts[vlm_rec["sample_id"]] = vlm_text
        vlm_hash = vlm_rec["provenance"]["provenance_hash"]
    sst_rec = sst.to_record(
        row, result["sst"], ocr_rec["provenance"]["provenance_hash"], vlm_hash, digests["sst"], sha
    )
    records.append(sst_rec)
    records.append(
        embed.to_record(
            row,
            result["embed"]["items"],
            result["embed"]["vectors"],
            engines["embed"],
            digests["embed"],
            sha,
            sst_rec["provenance"]["provenance_hash"],
        )
    )
    return records, texts


def index_rows(sample_id: str, result: dict) -> list[tuple[str, dict, bytes | None]]:
    """(embed sample id, item, float32 bytes or None) for the store's line index, in screen order: the
    embedded items with their vectors and the plain lines (a clock reading: no vector) among them."""
    emb = result["embed"]
    rows = [(item, vec.astype("<f4").tobytes()) for item, vec in zip(emb["items"], emb["vectors"])]
    rows += [(item, None) for item in emb.get("plain", ())]
    order = {line["id"]: n for n, line in enumerate(result["sst"]["lines"])}
    rows.sort(key=lambda r: order.get(r[0]["ref"], len(order)))  # the VLM text last, as items_to_index has it
    return [(sample_id, item, blob) for item, blob in rows]


class Processor:
    """Owns the worker pool for the lifetime of a `process once` or `worker` run."""

    def __init__(
        self,
        config: Config,
        dr: DataRoot,
        store: DerivedStore,
        governor: Governor,
        stop: threading.Event | None = None,
        use_vlm: bool = False,
        gpu_vlm: bool = False,
        vlm_down: str | None = None,
    ):
        self.config, self.dr, self.store, self.governor = config, dr, store, governor
        self.stop = stop or threading.Event()
        self.use_vlm, self.gpu_vlm = use_vlm, gpu_vlm
        self.vlm_down = vlm_down  # a VLM is configured but cannot run: why; keyframes get a VLM retry item
        self.vlm_batch = keyframes.batch_size(config, gpu_vlm) if use_vlm else None  # None: one at a time
        self.workers = governor.workers
        # frames go one at a time with a VLM (keyframe batches and VLM retries are per frame), and when the CPU
        # budget is below what the workers use flat out: the governor paces between worker calls, so it must
        # see each frame (a 5% cap on 2 cores is 0.1 of one worker)
        budget_cores = governor.cpus * config["runtime.budget.cpu_pct"] / 100
        self.run_frames = 1 if use_vlm or budget_cores < self.workers else RUN_FRAMES
        if gpu_vlm:  # each worker holds its own model: the pool size is the number of concurrent GPU jobs
            self.workers = max(1, min(self.workers, config["processing.idle.max_concurrency_gpu"]))
        self.digests = stage_digests(config)
        self.rules = privacy.rules(config)
        self._pool = None
        self._metas = None

    def pool(self):
        """The executor (processing.executor: local or ray), started on first use."""
        if self._pool is None:
            self._pool = executors.start(
                self.config["processing.executor"], self.config, self.workers, gpu=self.gpu_vlm
            )
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None

    def _frame(self, source_id: str):
        rec = self.dr.record(source_id)
        if not isinstance(rec, Record):
            return rec or Problem(
                "record_vanished", "warning", "record no longer in metadata.db", record_id=source_id
            )
        try:
            frame = parse_frame(rec)
        except RecordError as exc:
            return Problem("bad_frame_record", "warning", str(exc), record_id=source_id)
        if frame.window is None:
            self._metas = WindowTimeline(self.dr.window_metas()) if self._metas is None else self._metas
            frame = self._metas.attach(frame)
        return frame

    def _uia(self, frame) -> tuple:
        if not frame.uia_ref:
            return ()
        rec = self.dr.record(frame.uia_ref)
        if not isinstance(rec, Record):
            return ()
        return tuple({"text": e.text, "role": e.role, "rect": list(e.rect)} for e in parse_uia(rec).elements)

    def _excluded(self, frame) -> str | None:
        """The privacy rule that keeps this frame out, judged on its window as parsed now and as ingested."""
        row = self.store.conn.execute(
            "SELECT app, title FROM frames WHERE record_id = ?", (frame.record_id,)
        ).fetchone()
        return self.rules.match(frame.app, frame.title) or (self.rules.match(*row) if row else None)

    def _reopen_unexcluded(self) -> None:
        """Frames excluded by a rule that has since been removed are processed after all."""
        free = [rid for rid, app, title, _ in self.store.excluded(STAGE) if not self.rules.match(app, title)]
        if free:
            self.store.reopen(free, STAGE)
            log.info("privacy: %d frames no longer excluded by any rule; processing them", len(free))

    def _blocker(self, frame, run: dict | None = None) -> str | None:
        """The same-window predecessor whose reading is not final yet (pending, in flight, waiting itself or
        retrying), or None. Change detection compares with that reading, so reading this frame any sooner
        would make its records depend on the worker count and the order work finishes in. A predecessor in
        `run` (the frames about to go to a worker together) is returned too: its reading comes with the run."""
        prev = self.store.previous_in_window(frame.record_id)
        if prev and run and prev["record_id"] in run:
            return prev["record_id"]
        # a predecessor waiting for a later pass (its blob still being written: `retry`) does not hold its
        # window back: this frame is read on its own, like the first of its window, so no good frame waits on
        # a blob that may never be finished (found by bench/reliability.py: blob_truncated)
        if (
            prev
            and (prev["app"], prev["title"]) == (frame.app, frame.title)
            and self.store.work_status(prev["record_id"], STAGE) == "pending"
        ):
            return prev["record_id"]
        return None

    def has_work(self, now: float | None = None) -> bool:
        """Anything open for a pass: frames, or VLM retries (with `now`, only those whose backoff has passed)."""
        return bool(
            self.store.open_work(STAGE, limit=1, now=now)
            or (self.use_vlm and self.store.open_work(VLM_RETRY, limit=1, now=now))
        )

    def _task(self, frame, run: dict | None = None) -> pool.FrameTask:
        """The frame's task; its predecessor's reading from the store, or from `run` when it goes first in
        the same worker call (the worker hands it over as the store would)."""
        prev = self.store.previous_in_window(frame.record_id)
        prev_frame = prev_ocr = prev_sid = None
        prev_vectors: tuple = ()
        if prev and run and prev["record_id"] in run:
            return pool.FrameTask(
                frame,
                run[prev["record_id"]],
                uia_elements=self._uia(frame),
                vlm=self.use_vlm,
                new_visit=new_visit(self.store, frame.record_id, prev),
                prev_in_run=True,
            )
        if prev:
            body = self.store.record_body(prev["record_id"] + "#ocr")
            if body is not None:
                candidate = self._frame(prev["record_id"])
                if not isinstance(candidate, Problem):
                    prev_frame, prev_ocr, prev_sid = (
                        candidate,
                        json.loads(body)["output_json"],
                        prev["record_id"] + "#ocr",
                    )
                    prev_vectors = tuple(self.store.vectors_of(prev["record_id"] + "#embed"))
        return pool.FrameTask(
            frame,
            prev_frame,
            prev_ocr,
            prev_sid,
            self._uia(frame),
            self.use_vlm,
            prev_vectors,
            new_visit=new_visit(self.store, frame.record_id, prev),
        )

    def _persist(self, frame, result: dict, stats: PassStats, retry_vlm: bool = False) -> None:
        rid = frame.record_id
        if result.get("isolation"):
            stats.isolation.add(result["isolation"])
        vlm_error = result.get("vlm", {}).get("error")
        if retry_vlm and (
            "error" in result or vlm_error
        ):  # still failing: the stored records stay as they are
            self._vlm_failed(
                rid, result.get("error", "vlm_failed"), result.get("message") or vlm_error, stats
            )
            return
        if "error" in result:
            limit = self.config["dataroot.blob_max_retries"] if result.get("retry") else None
            status = self.store.put_failure(rid, STAGE, result["error"], result["message"], limit)
            entry = {"record_id": rid, "stage": STAGE, "code": result["error"], "message": result["message"]}
            (stats.retry if status == "retry" else stats.failed).append(entry)
            log.warning(
                "%s %s: %s",
                "not ready, will retry" if status == "retry" else "failed",
                rid,
                result["message"],
            )
            return
        records, texts = build_records(frame_row(frame), result, self.digests)
        emb = records[-1]
        vectors = index_rows(emb["sample_id"], result)
        self.store.put_result(rid, STAGE, records, texts, vectors)
        if retry_vlm:  # the VLM worked this time: the frame's records now include its description
            self.store.put_result(rid, VLM_RETRY, [], {})
            stats.count("vlm_retried")
            log.info("VLM retry worked for %s", rid)
            return
        stats.count("frames")
        stats.count("ocr_" + result["ocr"]["change"]["kind"])
        stats.count("vectors_reused", result["embed"].get("reused", 0))
        for step, seconds in result.get("step_s", {}).items():
            stats.step_s[step] = round(stats.step_s.get(step, 0.0) + seconds, 3)
        for rec in records:
            stats.count(rec["modality"])
        if self.vlm_down and result.get("keyframe"):  # described on a later pass, once the VLM runs again
            vlm_error = f"VLM unavailable: {self.vlm_down}"
        if vlm_error:
            stats.count("vlm_errors")
            log.warning("VLM failed on %s: %s", rid, vlm_error)
            self.store.open_stage(rid, VLM_RETRY)
            self._vlm_failed(rid, "vlm_failed", vlm_error, stats)

    def _vlm_failed(self, rid: str, code: str, message: str, stats: PassStats) -> None:
        """An optional stage that failed is retried on later passes (backoff 2, 4, 8 ... s in the worker) up to
        processing.vlm.max_retries times; the frame keeps its OCR, SST and embedding records meanwhile."""
        status = self.store.put_failure(
            rid, VLM_RETRY, code, message, self.config["processing.vlm.max_retries"] + 1
        )
        entry = {"record_id": rid, "stage": VLM_RETRY, "code": code, "message": message}
        (stats.retry if status == "retry" else stats.failed).append(entry)

    def run(
        self,
        gate: Callable[[], GateDecision],
        max_items: int | None = None,
        deadline: float | None = None,
        progress: Callable[[int, int], None] | None = None,
        backoff: bool = False,
    ) -> PassStats:
        """backoff: leave out retries whose wait has not passed (the worker; `process once` tries them all)."""
        stats = PassStats()
        self._metas = None  # window metas are read fresh for each pass: the sidecar appends them as it goes
        self._reopen_unexcluded()
        now = time.time() if backoff else None
        items = self.store.open_work(STAGE, limit=max_items, now=now)
        frame_items = len(items)
        if (
            self.use_vlm
        ):  # frames whose VLM description failed before: run again, records replaced when it works
            items += self.store.open_work(VLM_RETRY, limit=max_items, now=now)
        in_flight: dict = {}  # future -> the frames of its run, in order
        submitted = 0
        vlm_retries: set[str] = set()  # frames in flight for a VLM retry
        blocked: dict[str, list] = {}  # predecessor record id -> frames waiting for its final reading
        ready: list = []  # frames whose predecessor finished: they go before new items
        queue = iter(items)
        batcher = (
            None if self.vlm_batch is None else keyframes.KeyframeBatcher(self, items, self.vlm_batch, stats)
        )
        while True:
            while len(in_flight) < self.workers and stats.stopped is None:
                if self.stop.is_set():
                    stats.stopped = "signal"
                    break
                if deadline is not None and time.monotonic() >= deadline:
                    stats.stopped = "max_seconds"
                    break
                frame, retry_vlm = self._next(ready, queue, blocked, stats, bool(in_flight))
                if frame is None:
                    break
                decision = gate()
                if not decision.idle:  # the frame stays open in the store: the next pass takes it
                    stats.stopped = "user_active"
                    log.info("pausing heavy work: %s", decision.reason)
                    break
                if not self.governor.pace():
                    stats.stopped = "ram_budget"
                    break
                task = self._task(frame)
                task = batcher.attach(task) if batcher is not None else task
                tasks, run = [task], {frame.record_id: frame}
                # a share of what is left for each worker, so that no worker waits while another holds a long run
                share = -(-(len(items) - submitted) // self.workers)
                while len(tasks) < min(self.run_frames, share) and not retry_vlm:
                    more, _ = self._next(ready, queue, blocked, stats, True, run)
                    if more is None:
                        break
                    tasks.append(self._task(more, run))
                    run[more.record_id] = more
                in_flight[self.pool().submit(pool.process_run, tuple(tasks))] = list(run.values())
                submitted += len(tasks)
                stats.count("runs")  # worker calls: frames went to the workers in this many runs
                if retry_vlm:
                    vlm_retries.add(frame.record_id)
            if not in_flight:
                break
            finished, _ = wait(in_flight, return_when=FIRST_COMPLETED)
            for fut in finished:
                frames = in_flight.pop(fut)
                try:
                    results = fut.result()
                except self._pool.crash_errors:
                    self._pool.crashed(
                        fut
                    )  # a worker died (killed, out of memory): retry the items on a fresh one
                    results = [
                        {
                            "error": "worker_crashed",
                            "message": f"record {frame.record_id}: worker process died",
                            "retry": True,
                        }
                        for frame in frames
                    ]
                left = sum(result == pool.PAUSED for result in results)
                if left:  # the worker stopped its run for the user: those frames stay open for the next pass
                    stats.stopped = stats.stopped or "user_active"
                    log.info("pausing heavy work: user is active (%d frames of a run left open)", left)
                for frame, result in zip(frames, results):  # in run order: a predecessor goes first
                    if result == pool.PAUSED:
                        continue
                    try:
                        self._persist(frame, result, stats, frame.record_id in vlm_retries)
                    except (apsw.Error, OSError) as exc:
                        # Disk full, read-only or broken store: stop cleanly; the transaction rolled back, so
                        # the store holds no half item and the next run continues from here.
                        stats.stopped = "store_error"
                        stats.store_error = f"cannot write {self.store.path}: {exc} (disk full or read-only?)"
                        log.error("%s", stats.store_error)
                        break
                    vlm_retries.discard(frame.record_id)
                    ready.extend(
                        blocked.pop(frame.record_id, [])
                    )  # re-checked: a predecessor may be retrying
                    if progress:
                        progress(stats.processed + len(stats.retry), len(items))
        deferred = sum(len(v) for v in blocked.values())
        if deferred:  # their predecessor is retrying (or was not reached): they stay pending for a later pass
            stats.count("deferred", deferred)
        if (
            stats.stopped is None
            and max_items is not None
            and frame_items == max_items
            and self.store.open_work(STAGE, limit=1)
        ):
            stats.stopped = "max_items"
        return stats

    def _next(self, ready: list, queue, blocked: dict, stats: PassStats, busy: bool, run: dict | None = None):
        """(frame, is a VLM retry) for the next frame that may be read now, or (None, False); with `run`, also
        a frame whose predecessor is in it. Frames whose predecessor is not final wait in `blocked`; excluded
        and unreadable frames are recorded on the way."""
        while True:
            if ready:
                frame, retry_vlm = ready.pop(0), False
            else:
                if busy and sum(len(v) for v in blocked.values()) >= LOOKAHEAD:
                    return None, False  # enough held back; what is in flight releases them
                item = next(queue, None)
                if item is None:
                    return None, False
                retry_vlm = item.stage == VLM_RETRY
                frame = self._frame(item.source_id)
                if isinstance(frame, Problem):
                    self.store.put_failure(item.source_id, item.stage, frame.code, frame.message, None)
                    stats.failed.append(
                        {
                            "record_id": item.source_id,
                            "stage": item.stage,
                            "code": frame.code,
                            "message": frame.message,
                        }
                    )
                    continue
                rule = self._excluded(frame)
                if rule is not None:
                    self.store.put_excluded(frame.record_id, item.stage, rule)
                    stats.excluded[rule] = stats.excluded.get(rule, 0) + 1
                    stats.count("excluded")
                    log.info("privacy: %s excluded by %s", frame.record_id, rule)
                    continue
                if retry_vlm:  # the frame's own reading is final: nothing to wait for
                    return frame, True
            blocker = self._blocker(frame, run)
            if blocker is None or (run and blocker in run):
                return frame, retry_vlm
            blocked.setdefault(blocker, []).append(frame)
