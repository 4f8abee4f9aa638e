"""OCR stage: Tesseract 5 through tesserocr, words and lines with pixel boxes and confidences. Screens
read best after grayscale + 2x upscale (text is small and antialiased); boxes are mapped back to the
frame's own pixels."""

from __future__ import annotations

import glob
import os
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps

from autocapture.config import Config
from autocapture.hashing import sha256_hex
from autocapture.runtime.policy import Permissions
from autocapture.stages.engine import StageUnavailable

UPSCALE_MAX_SIDE = 3840  # larger frames (HiDPI, 4K) already have big enough glyphs
BACKGROUND_PX = 21  # local background window: wider than a stroke, narrower than a text box or band
# Contrast gain on the distance from the background. On a dark background (a terminal, a dark editor) an
# antialiased underscore fades at the usual gain and "test_apply_discount" is read as "test apply _discount";
# there the gain is doubled. Measured: a gain of 4 everywhere kept underscores but cost 3 points of question
# accuracy on the QA workdays (bench/qa.py, dev split), light screens reading worse.
INK_GAIN = 2
DARK_INK_GAIN = 4
DARK_BACKGROUND = 100
INK_LEVEL = 128  # in the prepared image (dark ink on white), a pixel darker than this is ink
RULE_PX = 40  # a straight ink run this long (in frame pixels) is a rule or a border, not a glyph
# Leftover ink (frame pixels): a word-sized blob no word covers is read on its own when it is this tall and at
# most this wide; at most MAX_LEFTOVERS per image, kept at this confidence.
LEFTOVER_MIN_H, LEFTOVER_MAX_H, LEFTOVER_MAX_W = 6, 40, 200
MAX_LEFTOVERS = 60
LEFTOVER_CONF = 60


@dataclass(frozen=True)
class Word:
    text: str
    conf: float
    box: tuple[int, int, int, int]  # left, top, right, bottom in frame pixels
    block: int
    line: int  # line number within the frame, in Tesseract's reading order


@dataclass(frozen=True)
class OcrResult:
    words: tuple[Word, ...]
    width: int
    height: int
    scale: int

    def output(self) -> dict:
        """The stage's native output, whole: every word with its box and confidence, and the lines."""
        words = [
            {"text": w.text, "conf": w.conf, "box": list(w.box), "block": w.block, "line": w.line}
            for w in self.words
        ]
        return {
            "width": self.width,
            "height": self.height,
            "scale": self.scale,
            "words": words,
            "lines": group_lines(words),
        }


def group_lines(words: list[dict]) -> list[dict]:
    """Words -> visual lines, in reading order: rows of vertically overlapping words, split where a
    horizontal gap is wider than a few character heights (columns).

    Tesseract's own line ids are not used: sparse mode splits lines, and partial re-reads merge results."""
    words = [{**w, "_i": i} for i, w in enumerate(words)]
    rows: list[dict] = []
    for w in sorted(words, key=lambda w: ((w["box"][1] + w["box"][3]) / 2, w["box"][0])):
        t, b = w["box"][1], w["box"][3]
        row = next(
            (
                r
                for r in reversed(rows[-3:])
                if min(b, r["bottom"]) - max(t, r["top"]) > 0.5 * min(b - t, r["bottom"] - r["top"])
            ),
            None,
        )
        if row is None:
            rows.append({"top": t, "bottom": b, "words": [w]})
        else:
            row["words"].append(w)
            row["top"], row["bottom"] = min(row["top"], t), max(row["bottom"], b)
    segments: list[list[dict]] = []
    for row in rows:
        ws = sorted(row["words"], key=lambda w: w["box"][0])
        height = sorted(w["box"][3] - w["box"][1] for w in ws)[len(ws) // 2] or 1
        current, right = [ws[0]], ws[0]["box"][2]  # right: the segment's rightmost edge so far
        for w in ws[1:]:
            if w["box"][0] - right > 2.5 * height:
                segments.append(current)
                current, right = [], w["box"][2]
            current.append(w)
            right = max(right, w["box"][2])
        segments.append(current)
    boxes = [
        [
            min(w["box"][0] for w in s),
            min(w["box"][1] for w in s),
            max(w["box"][2] for w in s),
            max(w["box"][3] for w in s),
        ]
        for s in segments
    ]
    order = sorted(range(len(segments)), key=lambda i: (boxes[i][1] // 8, boxes[i][0]))
    return [
        {
            "line": n,
            "text": " ".join(w["text"] for w in segments[i]),
            "box": boxes[i],
            "conf": round(sum(w["conf"] for w in segments[i]) / len(segments[i]), 2),
            "word_ids": [w["_i"] for w in segments[i]],
        }
        for n, i in enumerate(order)
    ]


def merge_partial(previous: dict, fresh: list[dict], bands: tuple[tuple[int, int], ...]) -> dict:
    """Keep the previous reading outside the changed bands, take the fresh words inside them."""

    def inside(word: dict) -> bool:
        mid = (word["box"][1] + word["box"][3]) / 2
        return any(top <= mid < bottom for top, bottom in bands)

    words = [w for w in previous["words"] if not inside(w)] + [w for w in fresh if inside(w)]
    words.sort(key=lambda w: (w["box"][1], w["box"][0]))
    return {**previous, "words": words, "lines": group_lines(words)}


def sha256_file(path: Path) -> str:
    return sha256_hex(path.read_bytes())


def find_tessdata(configured: str = "") -> Path | None:
    candidates = [
        configured,
        os.environ.get("TESSDATA_PREFIX", ""),
        *sorted(glob.glob("/usr/share/tesseract-ocr/*/tessdata"), reverse=True),
        "/usr/share/tessdata",
    ]
    for c in candidates:
        if c and (Path(c) / "eng.traineddata").is_file():
            return Path(c)
    return None


def preprocess(image: Image.Image) -> tuple[Image.Image, int]:
    """Grayscale, polarity-normalised and 2x upscaled (small antialiased screen text reads far better).
    Each pixel becomes its distance from the local background (the median of a BACKGROUND_PX window), so
    any text reads dark on white: light-on-dark terminals, white text on a title bar, a white box on a dark
    page. Tesseract drops underscores and thin glyphs of light-on-dark text otherwise."""
    import cv2  # opencv-python-headless: the median filter that makes this cheap

    gray = np.asarray(ImageOps.grayscale(image), dtype=np.uint8)
    h, w = gray.shape
    scale = 1 if max(w, h) > UPSCALE_MAX_SIDE else 2
    background = cv2.medianBlur(gray, BACKGROUND_PX)
    if scale == 2:
        gray = np.asarray(Image.fromarray(gray).resize((w * 2, h * 2), Image.Resampling.LANCZOS))
        background = cv2.resize(background, (w * 2, h * 2), interpolation=cv2.INTER_LINEAR)
    # uint8 throughout (|a - b| and two lookup tables): int64 temporaries of a 2x frame cost 66 MB each, and
    # zeroing their fresh pages took longer than the arithmetic
    ink = cv2.absdiff(gray, background)
    out = cv2.LUT(ink, _LIGHT_LUT)
    dark = background < DARK_BACKGROUND
    if dark.any():  # (most crops are all light: one table lookup instead of two and a choice)
        np.copyto(out, cv2.LUT(ink, _DARK_LUT), where=dark)
    return Image.fromarray(without_rules(out, scale)), scale


def _ink_lut(gain: int) -> np.ndarray:
    """distance from the background -> prepared grey: 255 - min(255, gain * distance)"""
    return (255 - np.minimum(255, gain * np.arange(256))).astype(np.uint8)


_LIGHT_LUT, _DARK_LUT = _ink_lut(INK_GAIN), _ink_lut(DARK_INK_GAIN)


def without_rules(prepared: np.ndarray, scale: int) -> np.ndarray:
    """The prepared image with long straight rules (table grids, form boxes, underlines of a spreadsheet's
    cells) painted white. Tesseract's layout analysis takes a cell's border for part of its text or the text
    for noise inside a box: of the 49 figures of a dark sheet (tests/data/dark_sheet.png) it read 20 with the grid
    in, 28 without it (the rest are lone digits, left to `_leftovers`). A rule is a run of ink at least RULE_PX
    long (glyphs are far shorter)."""
    import cv2

    ink = (prepared < INK_LEVEL).astype(np.uint8)
    n = RULE_PX * scale
    rules = cv2.bitwise_or(
        cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (n, 1))),
        cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, n))),
    )
    if not rules.any():
        return prepared
    rules = cv2.dilate(rules, np.ones((3, 3), np.uint8))
    out = prepared.copy()
    out[rules > 0] = 255
    return out


# the resolution PIL writes into a BMP that has none (96 dpi): what Tesseract saw of an image handed over as a BMP
BMP_DPI = 96


def set_image(api, image: Image.Image) -> None:
    """Hand a prepared grey image to a Tesseract instance as its raw bytes. tesserocr's SetImage writes a
    PIL image out as a BMP that Leptonica reads back (an 8-bit BMP with a grey palette and 96 dpi): 7% of
    the recognition time of a line crop, and an 8 MB encode for a whole 2x frame. The same pixels and the
    same resolution given directly give the same words, boxes and confidences (tests/test_stages.py
    checks both ways on a frame and on crops); an image of another mode, or one that carries its own
    resolution, takes tesserocr's own way."""
    if image.mode != "L" or "dpi" in image.info:
        api.SetImage(image)
        return
    api.SetImageBytes(image.tobytes(), image.width, image.height, 1, image.width)
    api.SetSourceResolution(BMP_DPI)


class TesseractOCR:
    """Owns one tesseract instance; not thread-safe, so one per worker process."""

    name = "ocr.tesseract"
    reads_grey = True  # preprocess() reads grey only: an "L" image gives the words its RGB image gives

    def __init__(self, tessdata: Path, lang: str = "eng"):
        import tesserocr

        self.tesserocr = tesserocr
        self.tessdata = tessdata
        self.api = tesserocr.PyTessBaseAPI(
            path=str(tessdata) + "/", lang=lang, psm=tesserocr.PSM.SPARSE_TEXT
        )  # screens: many small columns
        # preprocess() already turns every text dark on white: Tesseract's second pass over an inverted copy
        # of each line it is unsure of only costs time (measured: 10% of a full read, 17% of a small crop)
        self.api.SetVariable("tessedit_do_invert", "0")
        self.version = (
            f"tesserocr {tesserocr.__version__}; {tesserocr.tesseract_version().split()[1]}; psm sparse; "
            "2x; polarity-normalised; ink gain 2, 4 on dark; rules removed; leftover ink read word by word; no invert"
        )
        self.model_digest = sha256_file(tessdata / f"{lang}.traineddata")
        self.lang = lang
        self.model_id = f"tesseract-5/{lang}"
        self.permissions = Permissions(filesystem=(str(tessdata),))

    def run(self, image: Image.Image) -> OcrResult:
        return self.read(image)

    def read_bands(self, image: Image.Image, bands: tuple[tuple[int, int], ...]) -> list[dict]:
        """Words read from full-width horizontal bands only (boxes in frame coordinates)."""
        prepared, scale = preprocess(image)  # the whole frame, so a band reads as it would in a full reading
        words: list[dict] = []
        for top, bottom in bands:
            band = prepared.crop((0, top * scale, prepared.width, bottom * scale))
            words += [
                {"text": w.text, "conf": w.conf, "box": list(w.box), "block": w.block, "line": w.line}
                for w in self._recognize(band, scale, (0, top))
            ]
        return words

    def read(self, image: Image.Image) -> OcrResult:
        prepared, scale = preprocess(image)
        return OcrResult(tuple(self._recognize(prepared, scale, (0, 0))), image.width, image.height, scale)

    def read_rects(self, image: Image.Image, boxes) -> list[list[dict]]:
        """Words of each crop (left, top, right, bottom in frame pixels), each crop prepared on its own:
        upscaling a small crop costs a fraction of upscaling the frame."""
        out = []
        for box in boxes:
            prepared, scale = preprocess(image.crop(tuple(box)))
            out.append(
                [
                    {"text": w.text, "conf": w.conf, "box": list(w.box), "block": w.block, "line": w.line}
                    for w in self._recognize(prepared, scale, (box[0], box[1]))
                ]
            )
        return out

    def _recognize(self, prepared: Image.Image, scale: int, offset: tuple[int, int]) -> list[Word]:
        tess = self.tesserocr
        set_image(self.api, prepared)
        self.api.Recognize()
        words, boxes = [], []  # boxes: the words' boxes in the prepared image
        it = self.api.GetIterator()
        block = line = -1
        level = tess.RIL.WORD
        ox, oy = offset
        while it is not None:
            if it.IsAtBeginningOf(tess.RIL.BLOCK):
                block += 1
            if it.IsAtBeginningOf(tess.RIL.TEXTLINE):
                line += 1
            try:
                text = (it.GetUTF8Text(level) or "").strip()
            except RuntimeError:  # tesserocr raises on an element with no text (a band that was cleared)
                text = ""
            box = it.BoundingBox(level)
            if text and box:
                boxes.append(box)
                l, t, r, b = (v // scale for v in box)
                words.append(
                    Word(text, round(it.Confidence(level), 2), (l + ox, t + oy, r + ox, b + oy), block, line)
                )
            if not it.Next(level):
                break
        self.api.Clear()
        return words + self._leftovers(prepared, scale, offset, words, boxes, block + 1, line + 1)

    def _leftovers(self, prepared, scale, offset, words, boxes, block, line) -> list[Word]:
        """Ink the page reading left unread, read word by word: Tesseract's layout analysis drops short
        isolated tokens (a spreadsheet's single-digit cells, a calendar's day numbers) that it reads at once
        on their own. Each blob of ink the size of a word that overlaps no word read is recognised alone; only
        letters or digits read with confidence are kept. At most MAX_LEFTOVERS per image, top to bottom."""
        import cv2

        tess = self.tesserocr
        ink = (np.asarray(prepared) < INK_LEVEL).astype(np.uint8)
        # every ink pixel inside a word read: each blob below holds one, so overlaps that word, and none is
        # read (most crops of a line; the blob search costs more than the test)
        outside = ink.copy()
        for l, t, r, b in boxes:
            outside[t:b, l:r] = 0
        if not outside.any():
            return []
        merged = cv2.dilate(ink, cv2.getStructuringElement(cv2.MORPH_RECT, (5 * scale, 3)))
        n, _, stats, _ = cv2.connectedComponentsWithStats(merged)
        ox, oy = offset
        taken = [w.box for w in words]
        blobs = []
        for i in range(1, n):
            x, y, w, h, _area = (int(v) for v in stats[i])
            box = (x // scale + ox, y // scale + oy, (x + w) // scale + ox, (y + h) // scale + oy)
            if not (LEFTOVER_MIN_H <= h // scale <= LEFTOVER_MAX_H and w // scale <= LEFTOVER_MAX_W):
                continue
            if any(box[0] <= b[2] and b[0] <= box[2] and box[1] <= b[3] and b[1] <= box[3] for b in taken):
                continue
            blobs.append((y, x, w, h, box))
        blobs.sort()
        if not blobs:
            return []
        out = []
        # the page reader itself, in single-word mode for these: a second instance cost a second load of the
        # model (0.07-0.2 s of each worker's start), and the words are the same (tests/test_stages.py)
        self.api.SetPageSegMode(tess.PSM.SINGLE_WORD)
        try:
            for k, (y, x, w, h, box) in enumerate(blobs[:MAX_LEFTOVERS]):
                pad = 3 * scale
                set_image(
                    self.api, prepared.crop((max(0, x - pad), max(0, y - pad), x + w + pad, y + h + pad))
                )
                text = (self.api.GetUTF8Text() or "").strip()
                conf = self.api.MeanTextConf()
                # figures at LEFTOVER_CONF; words a little surer; a lone letter only when certain (a mouse pointer
                # or an icon alone reads as "R" or "I" at 65)
                need = (
                    LEFTOVER_CONF if re.search(r"\d", text) else LEFTOVER_CONF + 10 if len(text) > 1 else 85
                )
                if text and " " not in text and re.search(r"[A-Za-z0-9]", text) and conf >= need:
                    out.append(Word(text, float(conf), box, block + k, line + k))
        finally:
            self.api.Clear()
            self.api.SetPageSegMode(tess.PSM.SPARSE_TEXT)
        return out

    def close(self) -> None:
        self.api.End()


def _tesseract_permissions(config: Config) -> Permissions:
    tessdata = find_tessdata(config["processing.ocr.tessdata"])
    return Permissions(filesystem=(str(tessdata),) if tessdata else ())


def make_tesseract(config: Config) -> TesseractOCR:
    try:
        import tesserocr  # noqa: F401 - only to fail here with what to install
    except ImportError as exc:
        raise StageUnavailable(
            "ocr", "the tesserocr package is missing: run scripts/install (or pip install tesserocr)"
        ) from exc
    tessdata = find_tessdata(config["processing.ocr.tessdata"])
    if tessdata is None:
        raise StageUnavailable(
            "ocr",
            "no eng.traineddata found: apt-get install tesseract-ocr-eng, or set processing.ocr.tessdata",
        )
    return TesseractOCR(tessdata)


make_tesseract.permissions = _tesseract_permissions


def to_record(
    frame_row: dict,
    output: dict,
    engine_version: str,
    model_digest: str,
    config_digest: str,
    blob_sha256: str,
    change: dict | None = None,
    reused_from: str | None = None,
    model_id: str = "tesseract-5/eng",
) -> tuple[dict, str]:
    """The canonical `ocr` record for one frame, and the text to index. A reading reused or merged from
    the previous frame says so (change kind, fraction, bands) and points to that frame's record."""
    from autocapture.store.canonical import make_record, provenance

    change = change or {"kind": "full", "fraction": 1.0, "bands": []}
    prov = provenance(
        source_record_id=frame_row["record_id"],
        blob_sha256=blob_sha256,
        frame_ts_utc=frame_row["ts_utc"],
        run_id=frame_row["run_id"],
        config_digest=config_digest,
        model_digest=model_digest,
        engine_version=engine_version,
        modality="ocr",
        inputs={"change": change, "reused_from": reused_from},
    )
    words = output["words"]
    metrics = {
        "words": len(words),
        "lines": len(output["lines"]),
        "change": change["kind"],
        "changed_fraction": change["fraction"],
        "reused_from": reused_from,
        "mean_conf": round(sum(w["conf"] for w in words) / len(words), 2) if words else 0.0,
    }
    record = make_record(
        modality="ocr",
        record_type="derived.text.ocr",
        model_id=model_id,
        output=output,
        prov=prov,
        metrics=metrics,
    )
    return record, "\n".join(line["text"] for line in output["lines"])
