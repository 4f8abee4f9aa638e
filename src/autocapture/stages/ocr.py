"""OCR stage: Tesseract 5 through tesserocr, words and lines with pixel boxes and confidences. Screens
read best after grayscale + 2x upscale (text is small and antialiased); boxes are mapped back to the
frame's own pixels."""

from __future__ import annotations

import glob
import os
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps

from autocapture.config import Config
from autocapture.hashing import sha256_hex
from autocapture.runtime.policy import Permissions
from autocapture.stages.engine import StageUnavailable

UPSCALE_MAX_SIDE = 3840  # larger frames (HiDPI, 4K) already have big enough glyphs


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

    def lines(self) -> list[dict]:
        out: dict[int, dict] = {}
        for w in self.words:
            line = out.setdefault(w.line, {"line": w.line, "block": w.block, "words": []})
            line["words"].append(w)
        result = []
        for line in out.values():
            ws = line["words"]
            result.append({"line": line["line"], "block": line["block"], "text": " ".join(w.text for w in ws),
                           "box": [min(w.box[0] for w in ws), min(w.box[1] for w in ws),
                                   max(w.box[2] for w in ws), max(w.box[3] for w in ws)],
                           "conf": round(sum(w.conf for w in ws) / len(ws), 2)})
        return result

    def text(self) -> str:
        return "\n".join(line["text"] for line in self.lines())

    def output(self) -> dict:
        """The stage's native output, whole: every word with its box and confidence, and the lines."""
        return {"width": self.width, "height": self.height, "scale": self.scale,
                "words": [{"text": w.text, "conf": w.conf, "box": list(w.box), "block": w.block, "line": w.line}
                          for w in self.words],
                "lines": self.lines()}


def sha256_file(path: Path) -> str:
    return sha256_hex(path.read_bytes())


def find_tessdata(configured: str = "") -> Path | None:
    candidates = [configured, os.environ.get("TESSDATA_PREFIX", ""),
                  *sorted(glob.glob("/usr/share/tesseract-ocr/*/tessdata"), reverse=True), "/usr/share/tessdata"]
    for c in candidates:
        if c and (Path(c) / "eng.traineddata").is_file():
            return Path(c)
    return None


def preprocess(image: Image.Image) -> tuple[Image.Image, int]:
    gray = ImageOps.grayscale(image)
    if max(image.size) > UPSCALE_MAX_SIDE:
        return gray, 1
    return gray.resize((image.width * 2, image.height * 2), Image.Resampling.LANCZOS), 2


class TesseractOCR:
    """Owns one tesseract instance; not thread-safe, so one per worker process."""

    name = "ocr.tesseract"

    def __init__(self, tessdata: Path, lang: str = "eng"):
        import tesserocr

        self.tesserocr = tesserocr
        self.tessdata = tessdata
        self.api = tesserocr.PyTessBaseAPI(path=str(tessdata) + "/", lang=lang, psm=tesserocr.PSM.SPARSE_TEXT)  # screens: many small columns
        self.version = f"tesserocr {tesserocr.__version__}; {tesserocr.tesseract_version().split()[1]}; psm sparse; 2x"
        self.model_digest = sha256_file(tessdata / f"{lang}.traineddata")
        self.permissions = Permissions(filesystem=(str(tessdata),))

    def run(self, image: Image.Image) -> OcrResult:
        return self.read(image)

    def read(self, image: Image.Image, region: tuple[int, int, int, int] | None = None) -> OcrResult:
        """Read the whole frame, or only `region` (l, t, r, b) with boxes still in frame coordinates."""
        ox, oy = (region[0], region[1]) if region else (0, 0)
        src = image.crop(region) if region else image
        prepared, scale = preprocess(src)
        tess = self.tesserocr
        self.api.SetImage(prepared)
        self.api.Recognize()
        words = []
        it = self.api.GetIterator()
        block = line = -1
        level = tess.RIL.WORD
        while it is not None:
            if it.IsAtBeginningOf(tess.RIL.BLOCK):
                block += 1
            if it.IsAtBeginningOf(tess.RIL.TEXTLINE):
                line += 1
            text = (it.GetUTF8Text(level) or "").strip()
            box = it.BoundingBox(level)
            if text and box:
                l, t, r, b = (v // scale for v in box)
                words.append(Word(text, round(it.Confidence(level), 2), (l + ox, t + oy, r + ox, b + oy), block, line))
            if not it.Next(level):
                break
        self.api.Clear()
        return OcrResult(tuple(words), image.width, image.height, scale)

    def close(self) -> None:
        self.api.End()


def _tesseract_permissions(config: Config) -> Permissions:
    tessdata = find_tessdata(config["processing.ocr.tessdata"])
    return Permissions(filesystem=(str(tessdata),) if tessdata else ())


def make_tesseract(config: Config) -> TesseractOCR:
    try:
        import tesserocr  # noqa: F401
    except ImportError as exc:
        raise StageUnavailable("ocr", "the tesserocr package is missing: run scripts/install "
                               "(or pip install tesserocr)") from exc
    tessdata = find_tessdata(config["processing.ocr.tessdata"])
    if tessdata is None:
        raise StageUnavailable("ocr", "no eng.traineddata found: apt-get install tesseract-ocr-eng, "
                               "or set processing.ocr.tessdata")
    return TesseractOCR(tessdata)


make_tesseract.permissions = _tesseract_permissions


def to_record(frame_row: dict, output: dict, engine_version: str, model_digest: str, config_digest: str,
              blob_sha256: str) -> tuple[dict, str]:
    """The canonical `ocr` record for one frame, and the text to index."""
    from autocapture.store.canonical import make_record, provenance

    prov = provenance(source_record_id=frame_row["record_id"], blob_sha256=blob_sha256,
                      frame_ts_utc=frame_row["ts_utc"], run_id=frame_row["run_id"], config_digest=config_digest,
                      model_digest=model_digest, engine_version=engine_version, modality="ocr")
    words = output["words"]
    metrics = {"words": len(words), "lines": len(output["lines"]),
               "mean_conf": round(sum(w["conf"] for w in words) / len(words), 2) if words else 0.0}
    record = make_record(modality="ocr", model_id="tesseract-5/eng", output=output, prov=prov, metrics=metrics)
    return record, "\n".join(line["text"] for line in output["lines"])
