"""The worker-process side of the pipeline: each process installs the network guard, pins its thread
pools, loads its engines once, then decodes and reads frames one at a time."""

from __future__ import annotations

import signal
from typing import Any

from autocapture.config import Config
from autocapture.dataroot.blobs import BlobError, BlobNotReady, MediaFolder
from autocapture.dataroot.layout import discover

_state: dict[str, Any] = {}


def init_worker(config: Config) -> None:
    from autocapture.runtime import netguard
    from autocapture.runtime.governor import pin_threads

    netguard.install()
    pin_threads(1)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop, at an item boundary
    from autocapture.stages.engine import load_engine

    layout = discover(config.data_dir)
    _state["media"] = MediaFolder(layout.media_dir or config.data_dir / "media",
                                  int(config["dataroot.max_blob_mb"] * 1024 * 1024), config["dataroot.max_image_pixels"])
    _state["ocr"] = load_engine("ocr.tesseract", config)


def run_ocr(frame) -> dict:
    """Decode one frame and OCR it; a bad frame comes back as an error naming the record, never raises."""
    try:
        image = _state["media"].load_frame(frame)
    except BlobNotReady as exc:
        return {"error": exc.code, "message": str(exc), "retry": True}
    except BlobError as exc:
        return {"error": exc.code, "message": str(exc), "retry": False}
    try:
        result = _state["ocr"].read(image.image)
    except Exception as exc:  # noqa: BLE001 - one bad frame must not stop the run
        return {"error": "ocr_failed", "message": f"record {frame.record_id}: {exc}", "retry": False}
    engine = _state["ocr"]
    return {"output": result.output(), "blob_sha256": image.sha256, "engine_version": engine.version,
            "model_digest": engine.model_digest}
