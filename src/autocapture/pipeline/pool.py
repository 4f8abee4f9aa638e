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

from autocapture.config import Config
from autocapture.dataroot.blobs import BlobError, BlobNotReady, MediaFolder
from autocapture.dataroot.layout import discover
from autocapture.dataroot.records import Frame
from autocapture.stages import change, embed, ocr, sst

_state: dict[str, Any] = {}


@dataclass(frozen=True)
class FrameTask:
    frame: Frame
    prev_frame: Frame | None = None  # the frame just before, when it shows the same window
    prev_ocr: dict | None = None  # its OCR output
    prev_sample_id: str | None = None
    uia_elements: tuple = ()
    vlm: bool = False  # is a VLM configured for this run


def engine_info(engine) -> dict:
    return {"version": engine.version, "model_digest": engine.model_digest,
            "model_id": getattr(engine, "model_id", engine.name)}


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
    _state["media"] = MediaFolder(layout.media_dir or config.data_dir / "media",
                                  int(config["dataroot.max_blob_mb"] * 1024 * 1024), config["dataroot.max_image_pixels"])
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


def process_frame(task: FrameTask) -> dict:
    """One frame through every stage; a bad frame comes back as an error naming the record, never raises."""
    frame = task.frame
    media, reader = _state["media"], _state["ocr"]
    try:
        image = media.load_frame(frame)
    except BlobNotReady as exc:
        return _error(exc.code, str(exc), retry=True)
    except BlobError as exc:
        return _error(exc.code, str(exc))
    delta = change.Change("full", 1.0)
    if task.prev_frame is not None and task.prev_ocr is not None:
        try:
            delta = change.detect(media.load_frame(task.prev_frame).image, image.image)
        except BlobError:
            pass  # the previous frame went missing: read this one whole
    try:
        if delta.kind == "none":
            ocr_out = task.prev_ocr
        elif delta.kind == "partial":
            ocr_out = ocr.merge_partial(task.prev_ocr, reader.read_bands(image.image, delta.bands), delta.bands)
        else:
            ocr_out = reader.read(image.image).output()
    except Exception as exc:  # noqa: BLE001 - one bad frame must not stop the run
        return _error("ocr_failed", f"record {frame.record_id}: {exc}")
    keyframe = task.prev_frame is None or delta.fraction >= change.KEYFRAME_MIN
    result: dict = {"blob_sha256": image.sha256, "keyframe": keyframe, "engines": {"ocr": engine_info(reader)},
                    "ocr": {"output": ocr_out, "change": delta.to_dict(),
                            "reused_from": task.prev_sample_id if delta.kind != "full" else None}}
    vlm_fields = None
    if task.vlm and keyframe:
        try:
            engine = _vlm()
            out = engine.run(image.image)
            result["vlm"] = {"output": out}
            result["engines"]["vlm"] = engine_info(engine)
            vlm_fields = {k: out[k] for k in ("app", "task", "entities")} if out["parsed"] else None
        except Exception as exc:  # noqa: BLE001 - the frame keeps its OCR/SST even when the VLM fails
            result["vlm"] = {"error": f"{type(exc).__name__}: {exc}"[:500]}
    window = None
    if frame.window:
        window = {"app": frame.window.app, "title": frame.window.title,
                  "rect": list(frame.window.rect) if frame.window.rect else None}
    structure = sst.build(frame.width, frame.height, ocr_out, window, frame.monitor_layout,
                          list(task.uia_elements), vlm_fields)
    result["sst"] = structure
    vlm_text = None
    if result.get("vlm", {}).get("output"):
        out = result["vlm"]["output"]
        vlm_text = " ".join(filter(None, [out["description"], out["task"]])) or None
    items = embed.items_to_embed(structure, vlm_text)
    embedder = _state["embed"]
    result["embed"] = {"items": items, "vectors": embedder.run([i["text"] for i in items])}
    result["engines"]["embed"] = engine_info(embedder)
    return result
