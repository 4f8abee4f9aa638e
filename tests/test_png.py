"""dataroot/png.py: a PNG whose image data zlib-ng inflated gives PIL exactly the pixels of the original, in every
mode and filter; anything unusual (truncated, corrupt, interlaced, larger than the pixel cap) is left to PIL, which
reports it as before."""

from __future__ import annotations

import io
import zlib

import numpy as np
import pytest
from PIL import Image

from autocapture.dataroot import png
from autocapture.dataroot.blobs import BlobError, MediaFolder

pytestmark = pytest.mark.skipif(png.zlib_ng is None, reason="zlib-ng not installed")


def image(mode: str) -> Image.Image:
    rng = np.random.default_rng(3)
    pixels = rng.integers(0, 256, (37, 53, 3), dtype=np.uint8)
    pixels[5:30, 8:40] = (250, 250, 250)  # a flat pane, as screens have: PIL picks other filters there
    rgb = Image.fromarray(pixels)
    if mode == "I;16":
        return Image.fromarray(pixels[..., 0].astype(np.uint16) * 257)
    if mode == "P16":
        return rgb.quantize(colors=16)  # written at 4 bits per pixel
    return rgb.quantize(colors=64) if mode == "P" else rgb.convert(mode)


def encoded(img: Image.Image, **options) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG", **options)
    return buf.getvalue()


def decoded(data: bytes) -> Image.Image:
    img = Image.open(io.BytesIO(data))
    img.load()
    return img


@pytest.mark.parametrize("mode", ["RGB", "RGBA", "L", "LA", "1", "P", "P16", "I;16"])
@pytest.mark.parametrize("options", [{}, {"optimize": True}, {"compress_level": 1}])
def test_the_stored_png_decodes_to_the_same_pixels(mode, options):
    data = encoded(image(mode), **options)
    stored = png.stored(data, 10**6)
    assert stored != data and len(stored) > len(data) // 2  # rewritten, not dropped
    before, after = decoded(data), decoded(stored)
    assert (after.mode, after.size, after.getpalette()) == (before.mode, before.size, before.getpalette())
    assert after.tobytes() == before.tobytes()


def test_a_palette_transparency_survives():
    data = encoded(image("P"), transparency=3)
    assert decoded(png.stored(data, 10**6)).info["transparency"] == 3


def test_unusual_files_are_left_to_pil():
    data = encoded(image("RGB"))
    assert png.stored(data[: len(data) // 2], 10**6) == data[: len(data) // 2]  # truncated
    assert png.stored(data[:-20], 10**6) == data[:-20]  # no IEND
    corrupt = data[:60] + bytes(10) + data[70:]
    assert png.stored(corrupt, 10**6) == corrupt
    assert png.stored(data, 100) == data  # over the pixel cap: PIL refuses it as before
    ihdr = data.index(b"IHDR")
    body = data[ihdr + 4 : ihdr + 16] + b"\x01"  # Adam7 (PIL writes no interlaced PNG): rows of another size
    interlaced = data[: ihdr + 4] + body + zlib.crc32(b"IHDR" + body).to_bytes(4, "big") + data[ihdr + 21 :]
    assert png.stored(interlaced, 10**6) == interlaced
    assert png.stored(b"GIF89a....", 10**6) == b"GIF89a...."


def test_a_corrupt_png_is_still_reported_by_its_code(tmp_path):
    media = MediaFolder(tmp_path, 2**24, 2**24)
    data = encoded(image("RGB"))
    start = data.index(b"IDAT") + 4
    broken = data[:start] + bytes(40) + data[start + 40 :]  # the image data garbled, the chunk intact
    with pytest.raises(BlobError) as err:
        media.decode(broken, "r/frame/1")
    assert err.value.code == "image_undecodable"


@pytest.mark.parametrize("colours", [256, 64, 17])  # (16 or fewer: PIL writes fewer bits, PIL decodes)
@pytest.mark.parametrize("transparency", [None, 3])
def test_a_palette_frames_grey_is_what_pil_decoding_gives(tmp_path, colours, transparency):
    """The worker's grey of an unfiltered 8-bit palette PNG comes straight from its data and palette: the
    same pixels as PIL's decoding and blobs.grey, palette entries of any colour."""
    from autocapture.dataroot.blobs import grey

    rng = np.random.default_rng(colours)
    index = rng.integers(0, colours, (29, 41), dtype=np.uint8)
    img = Image.fromarray(index, "P")
    img.putpalette(rng.integers(0, 256, 3 * colours, dtype=np.uint8).tobytes())
    data = encoded(img, **({"transparency": transparency} if transparency is not None else {}))
    fast = png.palette_grey(data, 10**6)
    assert fast is not None  # PIL writes palette rows unfiltered: the fast way is taken
    assert np.array_equal(fast, np.asarray(grey(decoded(data))))
    media = MediaFolder(tmp_path, 2**24, 2**24)
    assert np.array_equal(np.asarray(media.decode(data, "r/frame/1", mode="L")), fast)
    assert np.array_equal(np.asarray(media.decode(data, "r/frame/1").convert("L")), fast)


def test_palette_images_the_fast_way_cannot_read_go_to_pil():
    rng = np.random.default_rng(5)
    short = Image.fromarray(rng.integers(0, 200, (20, 30), dtype=np.uint8), "P")
    short.putpalette(list(range(30)) * 3)  # indexes past the palette's end
    assert png.palette_grey(encoded(short), 10**6) is None
    assert png.palette_grey(encoded(image("P16")), 10**6) is None  # 4 bits per pixel
    assert png.palette_grey(encoded(image("RGB")), 10**6) is None
    data = encoded(image("P"))
    assert png.palette_grey(data, 100) is None  # over the pixel cap
    assert png.palette_grey(data[: len(data) - 30], 10**6) is None  # truncated
