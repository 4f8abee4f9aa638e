"""A PNG's image data inflated with zlib-ng before PIL reads it. PIL links the system's zlib (1.2.13 here),
whose inflate was 80% of decoding a 1920x1080 screenshot (3.8 of 4.8 ms; zlib-ng: 0.2 ms)."""

from __future__ import annotations

import struct

try:  # zlib-ng's Python binding: the same zlib API, a faster inflate
    from zlib_ng import zlib_ng
except ImportError:  # pragma: no cover - then PIL inflates, as before
    zlib_ng = None

SIGNATURE = b"\x89PNG\r\n\x1a\n"
CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}  # PNG colour type -> samples per pixel


def stored(data: bytes, max_pixels: int) -> bytes:
    """The same PNG with its image data stored uncompressed (a zlib stream of stored blocks, which any inflate
    copies through), or `data` itself. PIL still parses, checks and unfilters the file, so the pixels are
    exactly the ones it gives for the original, for every colour type and filter. Anything unusual keeps the
    original bytes and so PIL's own way and errors: not a PNG, interlaced, over max_pixels (inflated here only
    within the size its header gives: no decompression bomb), malformed chunks or data, no zlib-ng."""
    if zlib_ng is None or not data.startswith(SIGNATURE):
        return data
    try:
        chunks, expected = _chunks(data, max_pixels)
        if expected is None:
            return data
        inflate = zlib_ng.decompressobj()
        raw = inflate.decompress(b"".join(body for kind, body, _crc in chunks if kind == b"IDAT"), expected)
        if len(raw) != expected or inflate.unconsumed_tail or inflate.unused_data or not inflate.eof:
            return data  # short, long or not ended: PIL reports it as it always has
    except (ValueError, struct.error, zlib_ng.error):
        return data
    packed = zlib_ng.compress(raw, 0)
    out, placed = [SIGNATURE], False
    for kind, body, crc in chunks:  # the other chunks as they were, checksums included
        if kind == b"IDAT":
            if placed:
                continue
            body, crc, placed = packed, struct.pack(">I", zlib_ng.crc32(packed, zlib_ng.crc32(kind))), True
        out += [struct.pack(">I", len(body)), kind, body, crc]
    return b"".join(out)


def palette_grey(data: bytes, max_pixels: int):
    """The 8-bit grey of an 8-bit palette PNG whose rows are all unfiltered (how PIL and most screenshot
    tools write palette images), as a uint8 array, or None: the palette's grey looked up per pixel, exactly
    what blobs.grey gives for PIL's decoding (tests/test_png.py), without PIL's inflate (the system zlib) and
    its copies. Any other PNG, an index past the palette's end or a malformed file: None (PIL's way)."""
    if zlib_ng is None or not data.startswith(SIGNATURE):
        return None
    import cv2  # (here only, as blobs.grey: the parent and the query side decode without cv2 or numpy)
    import numpy as np
    from PIL import Image

    try:
        chunks, expected = _chunks(data, max_pixels)
        header = chunks[0][1]
        width, height, depth, colour = struct.unpack(">IIBB", header[:10])
        plte = next((body for kind, body, _crc in chunks if kind == b"PLTE"), b"")
        if expected is None or (depth, colour) != (8, 3) or not plte or len(plte) % 3:
            return None
        inflate = zlib_ng.decompressobj()
        raw = inflate.decompress(b"".join(body for kind, body, _crc in chunks if kind == b"IDAT"), expected)
        if len(raw) != expected or inflate.unconsumed_tail or inflate.unused_data or not inflate.eof:
            return None
    except (ValueError, struct.error, zlib_ng.error):
        return None
    rows = np.frombuffer(raw, dtype=np.uint8).reshape(height, width + 1)
    if rows[:, 0].any():  # a filtered row: PIL unfilters
        return None
    index = rows[:, 1:]
    colours = len(plte) // 3
    if int(index.max()) >= colours:
        return None
    lut = np.zeros(256, dtype=np.uint8)
    lut[:colours] = np.asarray(Image.frombytes("RGB", (colours, 1), plte).convert("L"))[0]
    return cv2.LUT(index, lut)  # rows with a stride, no copy (numpy lut[index] took 2.8 ms a frame)


def _chunks(data: bytes, max_pixels: int) -> tuple[list[tuple[bytes, bytes, bytes]], int | None]:
    """(chunk type, body, checksum) in file order up to IEND, and the inflated image data's size by the header (None:
    leave this file to PIL). Raises ValueError on a malformed file."""
    chunks, pos, expected = [], len(SIGNATURE), None
    while pos + 8 <= len(data):
        (length,) = struct.unpack_from(">I", data, pos)
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        if len(body) != length or pos + 12 + length > len(data):
            raise ValueError("truncated chunk")
        chunks.append((kind, body, data[pos + 8 + length : pos + 12 + length]))
        pos += 12 + length
        if kind == b"IHDR":
            width, height, depth, colour, _method, _filter, interlace = struct.unpack(">IIBBBBB", body)
            if interlace or colour not in CHANNELS or not 0 < width * height <= max_pixels:
                return chunks, None
            row = (width * CHANNELS[colour] * depth + 7) // 8
            expected = height * (row + 1)  # each row: a filter byte, then its samples
        if kind == b"IEND":
            break
    if not chunks or chunks[0][0] != b"IHDR" or chunks[-1][0] != b"IEND":
        raise ValueError("no IHDR or IEND")
    return chunks, expected
