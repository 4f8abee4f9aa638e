"""The worker-process side of the pipeline: each process installs the network guard, pins its thread
pools and loads its engines once; then, per frame: decode -> change detection -> OCR -> VLM (keyframes)
-> SST -> embeddings. It never writes; the parent persists what comes back."""

from __future__ import annotations

import os
import signal
import threading
import time
from dataclasses import dataclass
from typing import Any

import numpy as np

from autocapture.config import Config
from autocapture.dataroot.blobs import BlobError, BlobNotReady, MediaFolder
from autocapture.dataroot.layout import discover
from autocapture.dataroot.records import Frame
from autocapture.pipeline.steps import WORKER_STEPS
from autocapture.runtime import isolation
from autocapture.stages import change, embed, reuse, sst

_state: dict[str, Any] = {}
KEEP_GRAYS = 8  # windows whose last frame's grey pixels a worker keeps (1920x1080: 4 MB each)


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
    task, media = ctx["task"], _state["media"]
    try:
        image = media.load_frame(task.frame)
    except BlobNotReady as exc:
        raise StepFailed(_error(exc.code, str(exc), retry=True)) from exc
    except BlobError as exc:
        raise StepFailed(_error(exc.code, str(exc))) from exc
    gray = np.asarray(image.image.convert("L"), dtype=np.int16)
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
    return np.asarray(_state["media"].load_frame(frame).image.convert("L"), dtype=np.int16)


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


def vectors(ctx: dict) -> None:
    """Lines still on screen from the previous frame of this window keep that frame's vectors, and any text
    the store already holds keeps its vector (the same normalised text, the same model): only text never
    seen before is embedded, which is most of the embedding work saved."""
    items = embed.items_to_embed(ctx["sst"], ctx["vlm_text"])
    keys = [embed.normalise(i["text"]) for i in items]
    known = dict(ctx["task"].prev_vectors)  # keyed by normalised text (DerivedStore.vectors_of)
    known.update(embed.stored_vectors(_state["config"].derived_dir, [k for k in keys if k not in known]))
    fresh = embed.embed_each(_state["embed"], [k for k in keys if k not in known])
    rows = [np.frombuffer(known[k], dtype="<f4") if k in known else fresh[k] for k in keys]
    vecs = np.stack(rows).astype(np.float32) if rows else _state["embed"].run([])
    ctx["embed"] = {"items": items, "vectors": vecs, "reused": sum(k in known for k in keys)}


RUNNERS = {"normalize": normalize, "ocr": read_text, "vlm": describe, "sst": structure, "embed": vectors}


def process_frame(task: FrameTask) -> dict:
    """One frame through the worker steps of the declared DAG, in order; a bad frame comes back as an
    error naming the record, never raises."""
    ctx: dict = {"task": task}
    spent: dict[str, float] = {}
    for step in WORKER_STEPS:
        missing = [name for name in step.inputs if name not in ctx]
        if missing:  # a mis-ordered table is a programming error: say which step, which input
            raise RuntimeError(f"step {step.name} runs before its inputs {missing} exist")
        started = time.perf_counter()
        try:
            RUNNERS[step.name](ctx)
            spent[step.name] = round(time.perf_counter() - started, 4)
        except StepFailed as exc:
            return exc.result
        except Exception as exc:  # noqa: BLE001
            return _error(
                f"{step.name}_failed", f"record {task.frame.record_id}: {type(exc).__name__}: {exc}"[:500]
            )
        lost = [name for name in step.outputs if name not in ctx]
        if lost:
            raise RuntimeError(f"step {step.name} did not produce {lost}")
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
    result["step_s"] = spent  # for the run summary; not part of any record
    result["isolation"] = isolation.current()  # likewise: the network isolation this worker runs under
    return result
