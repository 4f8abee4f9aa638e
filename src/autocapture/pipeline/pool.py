"""The worker-process side of the pipeline: each process installs the network guard, pins its thread
pools and loads its engines once; then, per frame: decode -> change detection -> OCR -> VLM (keyframes)
-> SST, and embeddings once per run of frames. It never writes; the parent persists what comes back."""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from autocapture.config import Config
from autocapture.dataroot.blobs import BlobError, BlobNotReady, MediaFolder
from autocapture.dataroot.layout import discover
from autocapture.dataroot.records import Frame
from autocapture.hashing import canonical_json
from autocapture.pipeline.steps import WORKER_STEPS
from autocapture.runtime import isolation
from autocapture.runtime.gating import decide
from autocapture.stages import change, embed, reuse, sst

_state: dict[str, Any] = {}
KEEP_GRAYS = 16  # windows whose last frame's grey pixels a worker keeps (1920x1080: 2 MB each)


@dataclass(frozen=True)
class FrameTask:
    frame: Frame
    prev_frame: Frame | None = None  # the frame just before, when it shows the same window
    prev_ocr: dict | None = None  # its OCR output
    prev_sample_id: str | None = None
    uia_elements: tuple = ()
    vlm: bool = False  # is a VLM configured for this run
    prev_vectors: tuple = ()  # (text, float32 bytes) the previous frame of this window already embedded
    vlm_output: dict | None = None  # {output, engine}: this keyframe described in a batch (keyframes.py)
    # the frame just before shows another window: a new visit to this one, which the VLM describes as a
    # keyframe even when the window looks as it did when last seen (prev_frame is its last frame then)
    new_visit: bool = False
    # prev_frame is an earlier frame of the same run (process_run): its reading is taken from there, not the store
    prev_in_run: bool = False


def engine_info(engine) -> dict:
    return {
        "version": engine.version,
        "model_digest": engine.model_digest,
        "model_id": getattr(engine, "model_id", engine.name),
    }


def init_worker(config: Config, threads: int = 1) -> None:
    from autocapture.runtime import netguard
    from autocapture.runtime.governor import pin_threads
    from autocapture.stages.engine import load_engine

    netguard.install()
    pin_threads(threads)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop, at an item boundary
    _exit_with_parent()
    layout = discover(config.data_dir)
    _state["config"] = config
    _state["signal"] = layout.activity_signal or config.data_dir / "activity" / "activity_signal.json"
    _state["media"] = MediaFolder(
        layout.media_dir or config.data_dir / "media",
        int(config["dataroot.max_blob_mb"] * 1024 * 1024),
        config["dataroot.max_image_pixels"],
    )
    _state["ocr"] = load_engine("ocr." + config["processing.ocr.engine"], config)
    _state["embed"] = load_engine("embed.minilm", config)


def _exit_with_parent() -> None:
    """A worker whose parent was killed (kill -9, crash) exits instead of idling on as an orphan."""
    parent = os.getppid()

    def watch():
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="autocapture-parent-watch", daemon=True).start()


def _vlm():
    if "vlm" not in _state:
        from autocapture.stages.engine import load_engine
        from autocapture.stages.vlm import engine_name

        _state["vlm"] = load_engine(engine_name(_state["config"]), _state["config"])
    return _state["vlm"]


def _error(code: str, message: str, retry: bool = False) -> dict:
    return {"error": code, "message": message, "retry": retry}


class StepFailed(Exception):
    """A frame that cannot go on: carries the error result that names the record."""

    def __init__(self, result: dict):
        super().__init__(result["message"])
        self.result = result


def normalize(ctx: dict) -> None:
    """Decode and compare with the window's previous frame. Without a VLM and with an OCR engine that reads
    grey, the frame is decoded to grey only (what change detection and the OCR engine read): no RGB image."""
    task, media = ctx["task"], _state["media"]
    grey_only = not task.vlm and getattr(_state["ocr"], "reads_grey", False)
    try:
        image = media.load_frame(task.frame, "L" if grey_only else "RGB")
    except BlobNotReady as exc:
        raise StepFailed(_error(exc.code, str(exc), retry=True)) from exc
    except BlobError as exc:
        raise StepFailed(_error(exc.code, str(exc))) from exc
    gray = np.asarray(image.image if grey_only else image.image.convert("L"))  # 8-bit: reuse compares as is
    delta, prev_gray = reuse.Plan("full", 1.0), None
    if task.prev_frame is not None and task.prev_ocr is not None:
        try:
            prev_gray = _gray_of(task.prev_frame)
        except BlobError:
            pass  # the previous frame went missing: read this one whole
        if prev_gray is not None and prev_gray.shape == gray.shape:
            delta = reuse.plan(prev_gray, gray, change.KEYFRAME_MIN)
    # the next frame of this window usually comes to this worker: keep these pixels for its comparison
    # (the last frame of each of a few windows, so coming back to one after another finds it here)
    grays, window = _state.setdefault("grays", {}), (task.frame.app, task.frame.title)
    grays.pop(window, None)
    grays[window] = (task.frame.record_id, image.sha256, gray)
    while len(grays) > KEEP_GRAYS:
        grays.pop(next(iter(grays)))
    ctx.update(
        image=image,
        blob_sha256=image.sha256,
        change=delta,
        gray=gray,
        prev_gray=prev_gray,
        keyframe=task.prev_frame is None or task.new_visit or delta.fraction >= change.KEYFRAME_MIN,
    )


def _gray_of(frame: Frame) -> np.ndarray:
    """The previous frame's grey pixels: kept from when this worker read it, else read again (the same
    bytes: the blob's hash is checked on every read, so both give the same pixels)."""
    kept = _state.get("grays", {}).get((frame.app, frame.title))
    if kept is not None and kept[0] == frame.record_id and frame.content_hash in (None, kept[1]):
        return kept[2]
    return np.asarray(_state["media"].load_frame(frame, "L").image)


def read_text(ctx: dict) -> None:
    task, delta, image, reader = ctx["task"], ctx["change"], ctx["image"].image, _state["ocr"]
    try:
        if delta.kind == "none":
            out = task.prev_ocr
        elif delta.kind == "partial":
            lines = _state.setdefault("lines", reuse.LineCache())  # this worker's lines already read
            out = reuse.apply(reader, image, task.prev_ocr, delta, ctx["prev_gray"], ctx["gray"], lines)
        else:
            out = reader.read(image).output()
    except Exception as exc:  # noqa: BLE001 - one bad frame must not stop the run
        raise StepFailed(_error("ocr_failed", f"record {task.frame.record_id}: {exc}")) from exc
    ctx.update(ocr=out, reused_from=task.prev_sample_id if delta.kind != "full" else None)


def describe(ctx: dict) -> None:
    ctx.update(vlm=None, vlm_fields=None, vlm_text=None)
    if not (ctx["task"].vlm and ctx["keyframe"]):
        return
    try:
        if ctx["task"].vlm_output is not None:  # already described with other keyframes in a batch
            out, info = ctx["task"].vlm_output["output"], ctx["task"].vlm_output["engine"]
        else:
            engine = _vlm()
            out, info = engine.run(ctx["image"].image), engine_info(engine)
        ctx["vlm"] = {"output": out, "engine": info}
        ctx["vlm_fields"] = {k: out[k] for k in ("app", "task", "entities")} if out["parsed"] else None
        ctx["vlm_text"] = " ".join(filter(None, [out["description"], out["task"]])) or None
    except Exception as exc:  # noqa: BLE001 - the frame keeps its OCR/SST even when the VLM fails
        ctx["vlm"] = {"error": f"{type(exc).__name__}: {exc}"[:500]}


def structure(ctx: dict) -> None:
    frame = ctx["task"].frame
    window = None
    if frame.window:
        window = {
            "app": frame.window.app,
            "title": frame.window.title,
            "rect": list(frame.window.rect) if frame.window.rect else None,
        }
    ctx["sst"] = sst.build(
        frame.width,
        frame.height,
        ctx["ocr"],
        window,
        frame.monitor_layout,
        list(ctx["task"].uia_elements),
        ctx["vlm_fields"],
    )


def vectors(ctxs: list[dict]) -> None:
    """Lines still on screen from the previous frame of this window keep that frame's vectors, and any text
    the store already holds keeps its vector (the same normalised text, the same model): only text never
    seen before is embedded, which is most of the embedding work saved. What is left of a whole run of
    frames goes through the model in one pass: a frame's few new lines spent a third of their time packing
    the weights for each matrix product, which a run pays once; a text's vector does not depend on the
    texts beside it (embed.embed_each)."""
    # per frame: the items that get a vector, and the plain ones (a clock reading) the store indexes without one
    items_of, plain_of = [], []
    for ctx in ctxs:
        indexed = embed.items_to_index(ctx["sst"], ctx["vlm_text"])
        wanted_here = [embed.wants_vector(i["text"]) for i in indexed]
        items_of.append([i for i, w in zip(indexed, wanted_here) if w])
        plain_of.append([i for i, w in zip(indexed, wanted_here) if not w])
    keys_of = [[embed.normalise(i["text"]) for i in items] for items in items_of]
    known: dict = {}
    for ctx in ctxs:  # keyed by normalised text (DerivedStore.vectors_of)
        known.update(ctx["task"].prev_vectors)
    wanted = list(dict.fromkeys(k for keys in keys_of for k in keys if k not in known))
    known.update(embed.stored_vectors(_state["config"].derived_dir, wanted))
    fresh = embed.embed_each(_state["embed"], [k for k in wanted if k not in known])
    first: dict[str, int] = {}  # text -> the frame of the run it was embedded for
    for n, keys in enumerate(keys_of):
        for k in keys:
            first.setdefault(k, n)
    for n, (ctx, items, keys, plain) in enumerate(zip(ctxs, items_of, keys_of, plain_of)):
        rows = [np.frombuffer(known[k], dtype="<f4") if k in known else fresh[k] for k in keys]
        vecs = np.stack(rows).astype(np.float32) if rows else _state["embed"].run([])
        reused = sum(k in known or first[k] < n for k in keys)
        ctx["embed"] = {"items": items, "vectors": vecs, "reused": reused, "plain": plain}


# each step on one frame's context, but the last (embed), which runs once on all the contexts of a run
RUNNERS = {"normalize": normalize, "ocr": read_text, "vlm": describe, "sst": structure, "embed": vectors}
PAUSED = {"paused": "user_active"}  # a frame of a run left unread: the user came back (it stays open)


def user_idle() -> bool:
    """The parent's gate, asked again between the frames of a run (the same settings and activity signal):
    heavy work stops within one frame of the user's return, as it did when frames went one by one."""
    return decide(_state["config"], _state["signal"]).idle


def process_frame(task: FrameTask) -> dict:
    """One frame through the worker steps of the declared DAG, in order; a bad frame comes back as an
    error naming the record, never raises."""
    return process_run((task,))[0]


def process_run(tasks: tuple[FrameTask, ...]) -> list[dict]:
    """Frames in order through the worker steps, the embed step once for all of them; one result per frame.
    A frame whose predecessor came earlier in the run (prev_in_run) takes that frame's reading as the store
    would hand it over (canonical JSON), so its records are the same as when it runs on its own. Frames not
    reached when the user comes back come back as PAUSED."""
    *per_frame, last = WORKER_STEPS
    ctxs: list[dict] = []
    results: list[dict | None] = []
    readings: dict[str, dict] = {}  # record id -> its OCR output, for a later frame of the run
    for n, task in enumerate(tasks):
        if n and not user_idle():
            results += [PAUSED] * (len(tasks) - n)
            break
        if task.prev_in_run:
            task = _after(task, readings.get(task.prev_frame.record_id))
        ctx: dict = {"task": task, "spent": {}}
        failed = _steps(ctx, per_frame)
        results.append(failed)
        if failed is None:
            ctxs.append(ctx)
            readings[task.frame.record_id] = ctx["ocr"]
    if ctxs:
        for ctx in ctxs:
            _check_inputs(last, ctx)
        started = time.perf_counter()
        try:
            RUNNERS[last.name](ctxs)
        except Exception as exc:  # noqa: BLE001 - the run's frames fail alike and are retried alike
            return [
                r
                if r is not None
                else _error(
                    f"{last.name}_failed", f"record {t.frame.record_id}: {type(exc).__name__}: {exc}"[:500]
                )
                for r, t in zip(results, tasks)
            ]
        share = round((time.perf_counter() - started) / len(ctxs), 4)
        for ctx in ctxs:
            ctx["spent"][last.name] = share
            _check_outputs(last, ctx)
    done = iter(ctxs)
    return [r if r is not None else _result(next(done)) for r in results]


def _after(task: FrameTask, reading: dict | None) -> FrameTask:
    """The task with its predecessor's reading from the run, as the store would hand it over (through
    canonical JSON: lists, not tuples); a predecessor that failed gives none, as a failed frame has no record
    in the store: this frame is then read whole."""
    if reading is None:
        return replace(task, prev_frame=None, prev_ocr=None, prev_sample_id=None, prev_vectors=())
    stored = json.loads(canonical_json(reading))
    return replace(task, prev_ocr=stored, prev_sample_id=task.prev_frame.record_id + "#ocr")


def _check_inputs(step, ctx: dict) -> None:
    missing = [name for name in step.inputs if name not in ctx]
    if missing:  # a mis-ordered table is a programming error: say which step, which input
        raise RuntimeError(f"step {step.name} runs before its inputs {missing} exist")


def _check_outputs(step, ctx: dict) -> None:
    lost = [name for name in step.outputs if name not in ctx]
    if lost:
        raise RuntimeError(f"step {step.name} did not produce {lost}")


def _steps(ctx: dict, steps) -> dict | None:
    """Run the steps on one frame's context; None, or the error result that names the record."""
    task = ctx["task"]
    for step in steps:
        _check_inputs(step, ctx)
        started = time.perf_counter()
        try:
            RUNNERS[step.name](ctx)
            ctx["spent"][step.name] = round(time.perf_counter() - started, 4)
        except StepFailed as exc:
            return exc.result
        except Exception as exc:  # noqa: BLE001
            return _error(
                f"{step.name}_failed", f"record {task.frame.record_id}: {type(exc).__name__}: {exc}"[:500]
            )
        _check_outputs(step, ctx)
    return None


def _result(ctx: dict) -> dict:
    reader, embedder = _state["ocr"], _state["embed"]
    result: dict = {
        "blob_sha256": ctx["blob_sha256"],
        "keyframe": ctx["keyframe"],
        "engines": {"ocr": engine_info(reader)},
        "ocr": {"output": ctx["ocr"], "change": ctx["change"].to_dict(), "reused_from": ctx["reused_from"]},
    }
    if ctx["vlm"] is not None:
        if "output" in ctx["vlm"]:
            result["vlm"] = {"output": ctx["vlm"]["output"]}
            result["engines"]["vlm"] = ctx["vlm"]["engine"]
        else:
            result["vlm"] = ctx["vlm"]
    result["sst"] = ctx["sst"]
    result["embed"] = ctx["embed"]
    result["engines"]["embed"] = engine_info(embedder)
    result["step_s"] = ctx["spent"]  # for the run summary; not part of any record
    result["isolation"] = isolation.current()  # likewise: the network isolation this worker runs under
    return result
