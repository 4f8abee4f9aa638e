"""A generated workday for benchmarks: the sample's real rendered screens replayed over a day, with the
near-duplicate runs and small edits real screens have (a clock ticking, a line typed, a counter moving,
drawn into the pixels with a real font), plus the 7680x2160 dual-monitor frame now and then. Each frame's
known text is kept for measuring OCR recall. Deterministic for a given size and seed."""

from __future__ import annotations

import io
import json
import random
import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from autocapture.dataroot.blobs import rid
from autocapture.hashing import canonical_json, sha256_hex

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "sample" / "dataroot"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
WORDS = ("invoice payment review budget meeting ticket deploy release customer report quarterly forecast "
         "contract renewal shipment order balance approval schedule incident backlog").split()


def _font(size=20):
    try:
        return ImageFont.truetype(FONT, size)
    except OSError:
        return ImageFont.load_default()


def build(dst: Path, frames: int, seed: int = 0) -> dict:
    """Write a DataRoot with `frames` frames to dst; returns {record_id: known lines}."""
    truth_src = json.loads((REPO / "sample" / "truth.json").read_text())
    shutil.copytree(SAMPLE, dst, ignore=lambda d, names: ["derived"] if d == str(SAMPLE) else [])
    db = sqlite3.connect(dst / "metadata.db")
    payloads = {rid_: json.loads(p) for rid_, p in db.execute("SELECT id, payload FROM metadata WHERE id LIKE '%/frame/%'")}
    db.execute("DELETE FROM metadata WHERE id LIKE '%/frame/%'")
    images = {}
    for f in truth_src["frames"]:
        path = next((SAMPLE / "media").rglob(rid(f["record_id"]) + ".blob"))
        images[f["record_id"]] = Image.open(path).convert("RGB")
    sources = [f for f in truth_src["frames"]]
    rng = random.Random(seed)
    font = _font()
    known: dict[str, list[str]] = {}
    ts = datetime.fromisoformat(sources[0]["ts_utc"]).replace(hour=7)
    i = 0
    seq = 100_000
    while i < frames:
        src = rng.choice(sources if rng.random() < 0.03 else [s for s in sources if s["width"] == 1920])
        run_len = rng.randint(3, 25)  # a stretch in one window: mostly the same pixels, small edits
        base = images[src["record_id"]]
        for j in range(min(run_len, frames - i)):
            img = base.copy()
            lines = list(src["lines"])
            if src["width"] == 1920 and j % rng.choice([1, 2, 3]) == 0:
                draw = ImageDraw.Draw(img)
                y = 620 + 34 * (j % 10)
                text = f"Note {seq % 1000}: {rng.choice(WORDS)} {rng.choice(WORDS)} {rng.randint(10, 9999)}"
                draw.rectangle((430, y - 4, 1500, y + 26), fill=(255, 255, 255))
                draw.text((440, y), text, fill=(20, 20, 20), font=font)
                lines.append(text)
            buf = io.BytesIO()
            img.quantize(colors=64, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(buf, "PNG")
            data = buf.getvalue()
            seq += 1
            ts += timedelta(seconds=rng.choice([2, 3, 5, 8, 15]))
            p = dict(payloads[src["record_id"]])
            new_id = f"{p['run_id']}/frame/{seq}"
            p.update(ts_utc=ts.isoformat(timespec="microseconds"), content_size=len(data), content_hash=sha256_hex(data),
                     pixel_hash=sha256_hex(img.tobytes()))
            p.pop("blob_path", None)
            blob = dst / "media" / rid(p["run_id"]) / "evidence" / ts.strftime("%Y/%m/%d") / (rid(new_id) + ".blob")
            blob.parent.mkdir(parents=True, exist_ok=True)
            blob.write_bytes(data)
            db.execute("INSERT INTO metadata VALUES (?, ?, ?, ?, ?)",
                       (new_id, canonical_json(p), "evidence.capture.frame", p["ts_utc"], p["run_id"]))
            known[new_id] = lines
            i += 1
    db.commit()
    db.close()
    # the sample's own frames are gone: drop their blobs so the day is exactly `frames` frames
    for f in truth_src["frames"]:
        next((dst / "media").rglob(rid(f["record_id"]) + ".blob")).unlink()
    return known
