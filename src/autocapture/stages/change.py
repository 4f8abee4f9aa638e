"""Change detection between consecutive frames of the same window: nothing changed (reuse the previous
reading), a few horizontal bands changed (re-read only those), or too much changed (read it all)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image

TILE = 16  # px; a changed pixel marks its whole tile
PIXEL_DELTA = 24  # grey levels; below this is compression noise or antialiasing jitter
PARTIAL_MAX = 0.30  # share of tiles changed above which a full read is cheaper and safer
KEYFRAME_MIN = 0.50  # share of tiles changed that makes a frame a new keyframe for the VLM


@dataclass(frozen=True)
class Change:
    kind: str  # "none", "partial" or "full"
    fraction: float  # share of tiles that changed
    bands: tuple[tuple[int, int], ...] = ()  # changed horizontal bands (top, bottom) in frame pixels

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "fraction": round(self.fraction, 4),
            "bands": [list(b) for b in self.bands],
        }


def _gray(image: Image.Image) -> np.ndarray:
    return np.asarray(image.convert("L"), dtype=np.int16)


def detect(previous: Image.Image, current: Image.Image) -> Change:
    if previous.size != current.size:
        return Change("full", 1.0)
    diff = np.abs(_gray(previous) - _gray(current)) > PIXEL_DELTA
    h, w = diff.shape
    th, tw = -(-h // TILE), -(-w // TILE)
    padded = np.zeros((th * TILE, tw * TILE), dtype=bool)
    padded[:h, :w] = diff
    tiles = padded.reshape(th, TILE, tw, TILE).any(axis=(1, 3))
    fraction = float(tiles.mean())
    if fraction == 0.0:
        return Change("none", 0.0)
    if fraction > PARTIAL_MAX:
        return Change("full", fraction)
    # Rows of changed tiles, padded by one tile so ascenders and descenders are inside the band.
    rows = np.flatnonzero(tiles.any(axis=1))
    bands: list[list[int]] = []
    for r in rows:
        top, bottom = max(0, int(r - 1) * TILE), min(h, int(r + 2) * TILE)
        if bands and top <= bands[-1][1]:
            bands[-1][1] = max(bands[-1][1], bottom)
        else:
            bands.append([top, bottom])
    return Change("partial", fraction, tuple((t, b) for t, b in bands))
