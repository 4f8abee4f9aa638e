"""A frame decoded to grey only (the worker without a VLM: dataroot/blobs.py `grey`) gives exactly the grey of
its RGB decoding, whatever the image's mode: change detection and OCR read the same pixels either way, so
records do not depend on whether a VLM ran."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from autocapture.dataroot.blobs import MediaFolder


def png(mode: str) -> bytes:
    rng = np.random.default_rng(7)
    rgb = Image.fromarray(rng.integers(0, 256, (40, 64, 3), dtype=np.uint8))
    if mode == "P":
        img = rgb.quantize(colors=64)
    elif mode == "P-transparent":  # a palette with an alpha entry (PNG tRNS)
        img = rgb.quantize(colors=16)
        img.info["transparency"] = 3
    elif mode == "P-short":  # indexes past the palette's end: the general way
        img = Image.fromarray(rng.integers(0, 200, (40, 64), dtype=np.uint8), "P")
        img.putpalette(list(range(30)) * 3)
    else:
        img = rgb.convert(mode)
    buf = io.BytesIO()
    img.save(buf, "PNG", **({"transparency": 3} if mode == "P-transparent" else {}))
    return buf.getvalue()


@pytest.mark.parametrize("mode", ["P", "P-transparent", "P-short", "RGB", "RGBA", "L", "LA", "1"])
def test_a_frame_decoded_to_grey_is_the_grey_of_its_rgb_decoding(tmp_path, mode):
    media = MediaFolder(tmp_path, 2**24, 2**24)
    data = png(mode)
    rgb = media.decode(data, "r/frame/1")
    grey = media.decode(data, "r/frame/1", mode="L")
    assert rgb.mode == "RGB" and grey.mode == "L" and grey.size == rgb.size
    assert np.array_equal(np.asarray(grey), np.asarray(rgb.convert("L")))
    assert len(np.unique(np.asarray(grey))) > 1  # an image, not a blank: the test could fail
