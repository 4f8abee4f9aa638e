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
WORDS = (
    "invoice payment review budget meeting ticket deploy release customer report quarterly forecast "
    "contract renewal shipment order balance approval schedule incident backlog"
).split()


def _font(size=20):
    try:
        return ImageFont.truetype(FONT, size)
    except OSError:
        return ImageFont.load_default()


def _document(rng: random.Random, n: int) -> list[str]:
    """A long document's lines (a report or a source file someone scrolls through)."""
    return [
        f"{k + 1:>4}  {rng.choice(WORDS)} {rng.choice(WORDS)} {rng.choice(WORDS)} {rng.randint(100, 99999)} "
        f"{rng.choice(WORDS)} {rng.choice(WORDS)}"
        for k in range(n)
    ]


def _page(lines: list[str], font) -> Image.Image:
    img = Image.new("RGB", (1920, 1080), (255, 255, 255))
    draw = ImageDraw.Draw(img)
    for k, text in enumerate(lines):
        draw.text((80, 60 + 32 * k), text, fill=(20, 20, 20), font=font)
    return img


def _chat(messages: list[tuple[str, str]], img: Image.Image, font) -> list[str]:
    """A chat pane that keeps its newest message at the bottom: each new message scrolls the rest up."""
    draw = ImageDraw.Draw(img)
    draw.rectangle((400, 120, 1500, 965), fill=(255, 255, 255))
    shown = messages[-CHAT_ROWS:]
    lines = []
    for k, (head, text) in enumerate(shown):
        y = 965 - CHAT_PITCH * (len(shown) - k)
        draw.rectangle((400, y + 2, 1500, y + CHAT_PITCH - 6), fill=(240, 240, 246))
        draw.text((414, y + 6), head, fill=(20, 20, 20), font=font)
        draw.text((414, y + 32), text, fill=(20, 20, 20), font=font)
        lines += [head, text]
    return lines


def _cursor(img: Image.Image, x: int, y: int) -> None:
    """The mouse pointer: a white arrow with a black outline, drawn over whatever is there."""
    arrow = [
        (x, y),
        (x, y + 19),
        (x + 5, y + 14),
        (x + 9, y + 22),
        (x + 12, y + 21),
        (x + 8, y + 13),
        (x + 14, y + 13),
    ]
    ImageDraw.Draw(img).polygon(arrow, fill=(255, 255, 255), outline=(0, 0, 0))


CHAT_ROWS, CHAT_PITCH = 13, 64
PEOPLE = ("Priya Raman", "Jordan Lee", "Dana Whitfield", "Sam Ortiz")


def build(
    dst: Path, frames: int, seed: int = 0, clock: bool = False, documents: int = 0, live: bool = False
) -> dict:
    """Write a DataRoot with `frames` frames to dst; returns {record_id: known lines}.
    clock: a taskbar clock (HH:MM) drawn on every 1920-wide frame, as real screens have; documents: that
    many long documents, each read by scrolling a few lines per frame (new text on every frame).
    live: small changes on every frame, as a real screen has: the clock shows seconds, the pointer moves,
    a line is typed into every frame of a window, and a chat window scrolls as messages arrive (implies
    clock)."""
    clock = clock or live
    truth_src = json.loads((REPO / "sample" / "truth.json").read_text())
    shutil.copytree(SAMPLE, dst, ignore=lambda d, names: ["derived"] if d == str(SAMPLE) else [])
    db = sqlite3.connect(dst / "metadata.db")
    payloads = {
        rid_: json.loads(p)
        for rid_, p in db.execute("SELECT id, payload FROM metadata WHERE id LIKE '%/frame/%'")
    }
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
    # documents come at fixed points of the day (a separate generator: the rest of the day is unchanged)
    doc_rng = random.Random(seed + 1)
    doc_at = sorted(doc_rng.sample(range(1, max(2, frames // 25)), min(documents, max(0, frames // 25 - 1))))
    doc_src = next(s for s in sources if s["width"] == 1920 and "Visual Studio Code" in s["lines"][0])
    runs = 0
    live_rng = random.Random(seed + 2)  # pointer and chat: the rest of the day is as without `live`
    pointer = (960, 540)
    while i < frames:
        src = rng.choice(sources if rng.random() < 0.03 else [s for s in sources if s["width"] == 1920])
        run_len = rng.randint(3, 25)  # a stretch in one window: mostly the same pixels, small edits
        base = images[src["record_id"]]
        doc = None
        if runs in doc_at:
            src, run_len, doc = doc_src, doc_rng.randint(20, 40), _document(doc_rng, 200)
        if live and doc is None and runs % 4 == 1:  # every fourth window is a chat
            src = next(s for s in sources if s["app"] == "ms-teams.exe")
            base = images[src["record_id"]]
        runs += 1
        top = 0
        chat = [] if live and src["app"] == "ms-teams.exe" else None
        for j in range(min(run_len, frames - i)):
            if doc is not None:  # scrolled by 0-3 lines since the last frame
                top = min(len(doc) - 30, top + doc_rng.choice([0, 1, 2, 3]))
                img, lines = _page(doc[top : top + 30], font), doc[top : top + 30]
            else:
                img = base.copy()
                lines = list(src["lines"])
            if chat is not None:
                while not chat or live_rng.random() < 0.6:  # a message on most frames
                    said = " ".join(live_rng.choice(WORDS) for _ in range(live_rng.randint(3, 7)))
                    chat.append((f"{live_rng.choice(PEOPLE)} {ts.strftime('%H:%M')}", said.capitalize()))
                    if live_rng.random() < 0.5:
                        break
                # the sample's own messages (title first, then messages up to the sidebar) are painted over
                lines = lines[:1] + lines[lines.index("Chat") :] + _chat(chat, img, font)
            if clock and src["width"] == 1920:
                draw = ImageDraw.Draw(img)
                shown = ts.strftime("%H:%M:%S" if live else "%H:%M")  # the time of the frame before
                draw.rectangle((1780, 1040, 1915, 1076), fill=(235, 235, 235))
                draw.text((1800, 1046), shown, fill=(20, 20, 20), font=font)
                lines.append(shown)
            if (
                doc is None
                and src["width"] == 1920
                and (j % rng.choice([1, 2, 3]) == 0 or live)
                and chat is None
            ):
                draw = ImageDraw.Draw(img)
                y = 620 + 34 * (j % 10)
                text = f"Note {seq % 1000}: {rng.choice(WORDS)} {rng.choice(WORDS)} {rng.randint(10, 9999)}"
                draw.rectangle((430, y - 4, 1500, y + 26), fill=(255, 255, 255))
                draw.text((440, y), text, fill=(20, 20, 20), font=font)
                lines.append(text)
            if live and src["width"] == 1920:  # the pointer wanders a little every frame
                pointer = (
                    min(1880, max(0, pointer[0] + live_rng.randint(-240, 240))),
                    min(1040, max(40, pointer[1] + live_rng.randint(-160, 160))),
                )
                _cursor(img, *pointer)
            buf = io.BytesIO()
            img.quantize(colors=64, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
                buf, "PNG"
            )
            data = buf.getvalue()
            seq += 1
            ts += timedelta(seconds=rng.choice([2, 3, 5, 8, 15]))
            p = dict(payloads[src["record_id"]])
            new_id = f"{p['run_id']}/frame/{seq}"
            p.update(
                ts_utc=ts.isoformat(timespec="microseconds"),
                content_size=len(data),
                content_hash=sha256_hex(data),
                pixel_hash=sha256_hex(img.tobytes()),
            )
            p.pop("blob_path", None)
            blob = (
                dst
                / "media"
                / rid(p["run_id"])
                / "evidence"
                / ts.strftime("%Y/%m/%d")
                / (rid(new_id) + ".blob")
            )
            blob.parent.mkdir(parents=True, exist_ok=True)
            blob.write_bytes(data)
            db.execute(
                "INSERT INTO metadata VALUES (?, ?, ?, ?, ?)",
                (new_id, canonical_json(p), "evidence.capture.frame", p["ts_utc"], p["run_id"]),
            )
            known[new_id] = lines
            i += 1
    db.commit()
    db.close()
    # the sample's own frames are gone: drop their blobs so the day is exactly `frames` frames
    for f in truth_src["frames"]:
        next((dst / "media").rglob(rid(f["record_id"]) + ".blob")).unlink()
    return known
