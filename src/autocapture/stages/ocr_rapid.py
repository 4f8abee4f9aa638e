"""The second OCR engine: RapidOCR (PP-OCR models run by onnxruntime, shipped inside the wheel), chosen
with processing.ocr.engine = "rapidocr". It returns the same output as the Tesseract engine (words with
boxes and confidences), so everything downstream is engine-agnostic."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image

from autocapture.config import Config
from autocapture.hashing import canonical_hash
from autocapture.runtime.policy import Permissions
from autocapture.stages.engine import StageUnavailable
from autocapture.stages.ocr import OcrResult, Word, sha256_file


class RapidOCREngine:
    name = "ocr.rapidocr"

    def __init__(self, threads: int = 1):
        import logging

        import rapidocr
        from rapidocr import RapidOCR

        logging.getLogger("RapidOCR").setLevel(logging.WARNING)
        self.engine = RapidOCR(
            params={
                "EngineConfig.onnxruntime.intra_op_num_threads": threads,
                "EngineConfig.onnxruntime.inter_op_num_threads": 1,
                "Global.log_level": "warning",
            }
        )
        models = sorted((Path(rapidocr.__file__).parent / "models").glob("*.onnx"))
        self.model_digest = canonical_hash({m.name: sha256_file(m) for m in models})
        self.model_id = "rapidocr/pp-ocr"
        self.version = f"rapidocr {getattr(rapidocr, '__version__', '3')}"
        self.permissions = Permissions(filesystem=(str(Path(rapidocr.__file__).parent),))

    def _words(self, image: Image.Image, offset: tuple[int, int]) -> list[Word]:
        out = self.engine(np.asarray(image.convert("RGB")))
        words = []
        if out.txts is None:
            return words
        ox, oy = offset
        for line_no, (text, box, score) in enumerate(zip(out.txts, out.boxes, out.scores)):
            xs, ys = [p[0] for p in box], [p[1] for p in box]
            l, t, r, b = int(min(xs)), int(min(ys)), int(max(xs)), int(max(ys))
            tokens = text.split()
            # PP-OCR reads lines; words get the share of the line's width their characters take
            total = max(1, len(text))
            pos = 0
            for token in tokens:
                start = text.find(token, pos)
                end = start + len(token)
                pos = end
                wl = l + (r - l) * start // total
                wr = l + (r - l) * end // total
                words.append(
                    Word(token, round(float(score) * 100, 2), (wl + ox, t + oy, wr + ox, b + oy), 0, line_no)
                )
        return words

    def read(self, image: Image.Image) -> OcrResult:
        return OcrResult(tuple(self._words(image, (0, 0))), image.width, image.height, 1)

    def read_bands(self, image: Image.Image, bands) -> list[dict]:
        words = []
        for top, bottom in bands:
            band = image.crop((0, top, image.width, bottom))
            words += [
                {"text": w.text, "conf": w.conf, "box": list(w.box), "block": w.block, "line": w.line}
                for w in self._words(band, (0, top))
            ]
        return words

    def read_rects(self, image: Image.Image, boxes) -> list[list[dict]]:
        return [
            [
                {"text": w.text, "conf": w.conf, "box": list(w.box), "block": w.block, "line": w.line}
                for w in self._words(image.crop(tuple(box)), (box[0], box[1]))
            ]
            for box in boxes
        ]

    def close(self) -> None:
        pass


def make_rapidocr(config: Config) -> RapidOCREngine:
    import importlib.util

    if importlib.util.find_spec("rapidocr") is None or importlib.util.find_spec("onnxruntime") is None:
        raise StageUnavailable(
            "ocr",
            "processing.ocr.engine=rapidocr needs the rapidocr and onnxruntime packages: "
            "pip install rapidocr onnxruntime",
        )
    return RapidOCREngine()
