"""Keyframes described in batches: before frames go to the workers one by one, the VLM reads the keyframes
among the next frames of the pass together (a GPU answers 32 keyframes in about the time of 4 one at a
time). Each frame task then carries its description; a frame the look-ahead missed runs the VLM itself.

The look-ahead decides "keyframe" with the worker's own `normalize` step, so it picks the same frames, and
greedy answers do not depend on the batch: on CPU they are identical token for token (tests/test_vlm.py);
on a GPU bf16 kernels may break near-ties differently at another batch size (bench/vlm.py measures it)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace

from autocapture.dataroot.problems import Problem
from autocapture.pipeline import pool

log = logging.getLogger("autocapture.pipeline")
CHUNK = 128  # frames looked ahead per call: bounds the time between two gating checks (~15 s on a GPU)


@dataclass(frozen=True)
class KeyframeJob:
    tasks: tuple  # pool.FrameTask per frame, with its same-window predecessor when there is one
    batch_size: int  # keyframes per VLM call; 0: the engine decides (free GPU memory)


def describe_keyframes(job: KeyframeJob) -> dict[str, dict]:
    """Worker side: {record_id: {"output", "engine"}} for the keyframes among job.tasks. Frames that fail
    to load, or whose batch fails, are left out: their own frame task reports or retries them."""
    engine = pool._vlm()
    info = pool.engine_info(engine)
    run_many = getattr(engine, "run_many", None)
    size = job.batch_size or (engine.batch_size() if hasattr(engine, "batch_size") else 1)
    described: dict[str, dict] = {}
    pending: list = []  # (record_id, image): at most one batch of decoded images in memory

    def flush():
        images = [image for _, image in pending]
        try:
            answers = run_many(images, size) if run_many else [engine.run(image) for image in images]
        except Exception as exc:  # noqa: BLE001 - each frame then runs the VLM on its own, errors recorded there
            log.warning(
                "VLM batch of %d failed (%s); those frames are described one at a time", len(images), exc
            )
            answers = []
        described.update({rid: {"output": out, "engine": info} for (rid, _), out in zip(pending, answers)})
        pending.clear()

    for task in job.tasks:
        ctx = {"task": task}
        try:
            pool.normalize(ctx)
        except pool.StepFailed:
            continue
        if ctx["keyframe"]:
            pending.append((task.frame.record_id, ctx["image"].image))
            if len(pending) >= size:
                flush()
    if pending:
        flush()
    return described


class KeyframeBatcher:
    """Parent side, for one pass: looks ahead over the pass's items in chunks, has a worker describe their
    keyframes in batches, and hands each frame task its description."""

    def __init__(self, processor, items: list, batch_size: int, stats):
        self.processor, self.batch_size, self.stats = processor, batch_size, stats
        self.order = [item.source_id for item in items]
        self.position = {sid: i for i, sid in reversed(list(enumerate(self.order)))}
        self.covered: set[str] = set()
        self.described: dict[str, dict] = {}

    def attach(self, task: pool.FrameTask) -> pool.FrameTask:
        """The task with its keyframe description when the look-ahead made one (running it first if this
        frame's chunk has not been looked at yet)."""
        rid = task.frame.record_id
        if not task.vlm:
            return task
        if rid not in self.covered and rid in self.position:
            self._look_ahead(self.position[rid])
        found = self.described.pop(rid, None)
        return replace(task, vlm_output=found) if found else task

    def _look_ahead(self, start: int) -> None:
        from autocapture.pipeline.processor import new_visit  # (processor imports this module)

        proc, store = self.processor, self.processor.store
        tasks = []
        for sid in self.order[start : start + CHUNK]:
            if sid in self.covered:
                continue
            self.covered.add(sid)
            frame = proc._frame(sid)
            if isinstance(frame, Problem) or proc._excluded(frame) is not None:
                continue  # the frame pass records these; excluded frames never reach a model
            prev, prev_frame = store.previous_in_window(frame.record_id), None
            if prev:
                candidate = proc._frame(prev["record_id"])
                prev_frame = None if isinstance(candidate, Problem) else candidate
            # prev_ocr is only a marker here: normalize compares pixels, the reading comes later
            tasks.append(
                pool.FrameTask(
                    frame,
                    prev_frame,
                    {} if prev_frame else None,
                    None,
                    (),
                    True,
                    new_visit=new_visit(store, frame.record_id, prev),
                )
            )
        if not tasks:
            return
        executor = proc.pool()
        fut = executor.submit(describe_keyframes, KeyframeJob(tuple(tasks), self.batch_size))
        try:
            described = fut.result()
            self.described.update(described)
            self.stats.count("vlm_batched", len(described))  # keyframes described in batches this pass
        except executor.crash_errors:  # the worker died (out of memory?): each frame then runs the VLM itself
            executor.crashed(fut)
            log.warning("the keyframe look-ahead's worker died; describing those frames one at a time")


def batch_size(config, gpu_vlm: bool) -> int | None:
    """Keyframes per VLM call for this run, or None when frames go one at a time (CPU, servers, plugins)."""
    wanted = config["processing.vlm.batch_size"]
    if wanted == 1 or (wanted == 0 and not gpu_vlm):
        return None
    return wanted
