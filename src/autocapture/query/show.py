"""`autocapture show`: a record id resolved to its frame, time, app, window and blob, and optionally the
frame written out with a box drawn on it."""

from __future__ import annotations

from pathlib import Path

from PIL import ImageDraw

from autocapture.config import Config
from autocapture.dataroot.reader import DataRoot
from autocapture.dataroot.records import parse_frame
from autocapture.query.answer import user_tz
from autocapture.query.evidence import Evidence


def resolve(config: Config, record_id: str, box: list[int] | None = None, crop: str | None = None) -> dict:
    frame_id = record_id.split("#", 1)[0]
    ev = Evidence(config, user_tz(config))
    try:
        frame = ev.processed_frame(record_id)
        info = ev.cite(frame, box, None, record=record_id.split("#", 1)[1] if "#" in record_id else "")
        info.pop("quote")
        rec = ev.record(record_id) if "#" in record_id else None
        if rec:
            info["modality"], info["model_id"] = rec["modality"], rec["model_id"]
            info["provenance_hash"] = rec["provenance"]["provenance_hash"]
    finally:
        ev.close()
    if crop:
        with DataRoot(config) as dr:
            image = dr.media.load_frame(parse_frame(dr.record(frame_id))).image.copy()
        if box:
            draw = ImageDraw.Draw(image)
            l, t, r, b = box
            for i in range(4):
                draw.rectangle((l - 4 - i, t - 4 - i, r + 4 + i, b + 4 + i), outline=(230, 20, 60))
        Path(crop).parent.mkdir(parents=True, exist_ok=True)
        image.save(crop, "PNG")
        info["crop"] = str(crop)
    return info
