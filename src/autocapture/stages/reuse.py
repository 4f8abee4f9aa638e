"""Reading only what changed between two frames of one window. The previous frame's words are kept
where its pixels are unchanged and moved where a pane scrolled; only text-closed rectangles around the
rest are re-read, so a ticking clock, a cursor or a typed line costs one small crop each.

A pure function of (previous frame, its reading, this frame): the same pair gives the same words
whichever worker reads it, so records stay byte-identical on replay and across worker counts."""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from dataclasses import dataclass, field

import cv2
import numpy as np

from autocapture.stages.change import PIXEL_DELTA, TILE

GAP = 12  # px of blank columns that end a run of text: wider than a word space at screen sizes
RULE_EDGES = 2  # grey jumps a blank row/column may have: one thin rule or border crossing it
PAD = 6  # px of surrounding pixels given to the OCR engine around each crop
SCROLL_MIN_ROWS = 48  # a changed area this tall may be a scrolled pane; smaller ones are simply re-read
REREAD_MAX = 0.45  # share of the frame to re-read above which one full read is cheaper and safer
MAX_ROUNDS = 6
LINE_CACHE_SIZE = 20_000  # line images remembered per worker (a few hundred bytes of words each)
POINTER_PX = 26  # a lone mark 2/3 to 1x this tall and under 3/4 of it wide, on a blank area: a pointer


@dataclass(frozen=True)
class Moved:
    """Pixels of [left, right) x [top, bottom) show the previous frame's rows shifted up by dy."""

    box: tuple[int, int, int, int]
    dy: int
    rows: tuple[int, ...]  # rows of this frame that match the previous frame at row + dy

    def to_dict(self) -> dict:
        return {"box": list(self.box), "dy": self.dy, "rows": len(self.rows)}


@dataclass(frozen=True)
class Plan:
    kind: str  # "none", "partial" or "full"
    fraction: float  # share of 16 px tiles with a changed pixel
    rects: tuple[tuple[int, int, int, int], ...] = ()  # (left, top, right, bottom) to re-read
    moved: tuple[Moved, ...] = ()
    # the changed-pixel mask the plan was made from, for carry_over (the same pair of frames): not in records
    changed: np.ndarray | None = field(default=None, compare=False, repr=False)

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "fraction": round(self.fraction, 4),
            "rects": [list(r) for r in self.rects],
            "moved": [m.to_dict() for m in self.moved],
        }


def _blank_rows(grays: list[np.ndarray], l: int, r: int, y0: int, y1: int) -> np.ndarray:
    """Rows y0..y1 of [l, r) with no text in any image: at most one thin rule crosses them (two edges
    where the grey jumps), where a row through text jumps at every stroke."""
    return np.logical_and.reduce(
        [
            (np.abs(np.diff(g[y0:y1, l:r].astype(np.int16), axis=1)) > PIXEL_DELTA).sum(axis=1) <= RULE_EDGES
            for g in grays
        ]
    )


def _blank_cols(grays: list[np.ndarray], t: int, b: int, x0: int, x1: int) -> np.ndarray:
    """Columns x0..x1 of rows [t, b) with no text: at most a thin rule's pixels differ from the column's
    own usual value (a column through a letter's stem has one jump at each end, so jumps do not tell).
    The column's own median, not the row outside: inside a coloured status bar or a selected row every
    column differs from the page above, and a clock's crop grew to the screen's whole width."""
    return np.logical_and.reduce([_off_median(g[t:b, x0:x1].astype(np.int16)) <= RULE_EDGES for g in grays])


def _off_median(block: np.ndarray) -> np.ndarray:
    """Per column of a block (int16): how many pixels differ from the column's median by over PIXEL_DELTA."""
    return (np.abs(block - np.median(block, axis=0).astype(np.int16)) > PIXEL_DELTA).sum(axis=0)


def close_rect(rect: tuple[int, int, int, int], grays: list[np.ndarray]) -> tuple[int, int, int, int]:
    """Grow a rectangle until no text crosses its edges in any of the images: blank rows above and below,
    GAP blank columns left and right. Words are then either wholly inside (re-read) or wholly outside.
    Lines are looked at near the rectangle first, further only while text runs on: the cost follows
    the text's size, not the frame's."""
    h, w = grays[0].shape
    l, t, r, b = rect
    for _ in range(MAX_ROUNDS):
        reach = 64
        while True:
            y0, y1 = max(0, t - reach), min(h, b + reach)
            rows = _blank_rows(grays, l, r, y0, y1)
            nt, nb = t, b
            while nt > y0 and not rows[nt - 1 - y0]:
                nt -= 1
            while nb < y1 and not rows[nb - y0]:
                nb += 1
            if (nt > y0 or y0 == 0) and (nb < y1 or y1 == h):
                break
            reach *= 4
        reach = 128
        while True:
            x0, x1 = max(0, l - reach), min(w, r + reach)
            cols = _blank_cols(grays, nt, nb, x0, x1)
            run = np.concatenate(([0], np.cumsum(cols)))

            def blank(a: int, z: int, run=run, x0=x0) -> bool:  # columns a..z (frame coordinates) all blank
                return run[z - x0] - run[a - x0] == z - a

            nl, nr = l, r
            while nl > x0 and not blank(max(x0, nl - GAP), nl):
                nl -= 1
            while nr < x1 and not blank(nr, min(x1, nr + GAP)):
                nr += 1
            if (nl > x0 or x0 == 0) and (nr < x1 or x1 == w):
                break
            reach *= 4
        if (nl, nt, nr, nb) == (l, t, r, b):
            break
        l, t, r, b = nl, nt, nr, nb
    return l, t, r, b


def _signatures(gray: np.ndarray, l: int, r: int) -> tuple[np.ndarray, np.ndarray]:
    """Rows' ink patterns over [l, r), for proposing scroll offsets: (the rows with ink that is not a solid
    line, each one's pattern as one opaque value that compares equal exactly when the bits do)."""
    dark = gray[:, l:r] < 128
    ys = np.flatnonzero(dark.any(axis=1) & ~dark.all(axis=1))
    packed = np.ascontiguousarray(np.packbits(dark[ys], axis=1))
    return ys, packed.view(np.dtype((np.void, packed.shape[1]))).ravel()


def _votes(prev: np.ndarray, cur: np.ndarray, box: tuple[int, int, int, int]) -> tuple[dict[int, int], int]:
    """Offsets dy proposed by the changed rows of a box: a row of this frame whose ink pattern the previous
    frame has at row + dy (on 1 to 8 rows: a pattern on more is too common to tell) votes for each such dy
    but 0. Returns (votes per dy, the number of rows that voted)."""
    l, t, r, b = box
    before_y, before = _signatures(prev, l, r)
    now_i, now = _signatures(cur[t:b], l, r)
    if not before.size or not now.size:
        return {}, 0
    _, ids = np.unique(np.concatenate([before, now]), return_inverse=True)
    ids = ids.ravel()
    ids_before, ids_now = ids[: before.size], ids[before.size :]
    count = np.bincount(ids_before, minlength=int(ids.max()) + 1)[ids_now]
    voting = (count >= 1) & (count <= 8)
    order = np.argsort(ids_before, kind="stable")
    start = np.searchsorted(ids_before[order], ids_now[voting])
    n = count[voting]
    within = np.arange(int(n.sum())) - np.repeat(np.cumsum(n) - n, n)
    d = before_y[order][np.repeat(start, n) + within] - np.repeat(t + now_i[voting], n)
    found, votes = np.unique(d[d != 0], return_counts=True)
    return dict(zip(found.tolist(), votes.tolist())), int(voting.sum())


def find_shift(prev: np.ndarray, cur: np.ndarray, box: tuple[int, int, int, int]) -> Moved | None:
    """The vertical scroll that explains most changed rows of a pane, if any: rows vote for the offsets
    at which the previous frame has the same ink pattern; the winner is checked pixel by pixel."""
    l, t, r, b = box
    h = cur.shape[0]
    votes, voters = _votes(prev, cur, box)
    if not votes:
        return None
    dy = min(votes, key=lambda d: (-votes[d], abs(d), d))  # most votes; ties: the smaller scroll
    if votes[dy] < max(4, voters // 5):
        return None
    ys = np.arange(max(t, -dy), min(b, h - dy))
    if ys.size == 0:
        return None
    same = (cv2.absdiff(cur[ys, l:r], prev[ys + dy, l:r]) <= PIXEL_DELTA).all(axis=1)
    rows = tuple(int(y) for y in ys[same])
    return Moved(box, int(dy), rows) if len(rows) >= SCROLL_MIN_ROWS // 2 else None


def _merge(rects: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    out = sorted(rects)
    merged = True
    while merged:
        merged = False
        for i in range(len(out)):
            for j in range(i + 1, len(out)):
                a, c = out[i], out[j]
                if a[0] < c[2] and c[0] < a[2] and a[1] < c[3] and c[1] < a[3]:
                    out[i] = (min(a[0], c[0]), min(a[1], c[1]), max(a[2], c[2]), max(a[3], c[3]))
                    del out[j]
                    merged = True
                    break
            if merged:
                break
    return sorted(out, key=lambda r: (r[1], r[0]))


def _runs(rows: np.ndarray, offset: int, gap: int = 4) -> list[tuple[int, int]]:
    """Runs of True in a boolean row mask as (top, bottom), closing gaps shorter than `gap`."""
    ys = np.flatnonzero(rows)
    out: list[list[int]] = []
    for y in ys:
        if out and y - out[-1][1] < gap:
            out[-1][1] = int(y) + 1
        else:
            out.append([int(y), int(y) + 1])
    return [(t + offset, b + offset) for t, b in out]


def _tight(changed: np.ndarray, box: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
    """The changed pixels' own bounds inside a box of changed tiles: tiles (and their dilation, which only
    groups nearby changes) reach over the edges of unchanged things around, such as a dark bar above a
    clock, and closing a rectangle that crosses such an edge grows it over the screen's whole width."""
    l, t, r, b = box
    ys, xs = np.nonzero(changed[t:b, l:r])
    if ys.size == 0:
        return box
    return l + int(xs.min()), t + int(ys.min()), l + int(xs.max()) + 1, t + int(ys.max()) + 1


def changed_pixels(prev: np.ndarray, cur: np.ndarray) -> np.ndarray:
    """Pixels whose grey level moved by more than PIXEL_DELTA (grey images of one size and type)."""
    return cv2.absdiff(prev, cur) > PIXEL_DELTA


def _tiles(changed: np.ndarray) -> np.ndarray:
    """TILE x TILE tiles holding a changed pixel (the last row and column of tiles may be partial). Only the
    bands of tile rows with a change are looked at column by column: most of a frame did not change."""
    h, w = changed.shape
    th, tw = -(-h // TILE), -(-w // TILE)
    tiles = np.zeros((th, tw), dtype=bool)
    row_tiles = np.logical_or.reduceat(changed.any(axis=1), np.arange(0, h, TILE))
    cols = np.arange(0, w, TILE)
    for ty in np.flatnonzero(row_tiles):
        tiles[ty] = np.logical_or.reduceat(changed[ty * TILE : (ty + 1) * TILE].any(axis=0), cols)
    return tiles


def _groups(tiles: np.ndarray) -> list[tuple[int, int, int, int]]:
    """Bounding boxes (left, top, right, bottom, in tiles) of groups of changed tiles: tiles one apart join
    (grown by a tile, then 4-connected), ordered by each group's first tile in raster order."""
    grown = cv2.dilate(tiles.astype(np.uint8), np.ones((3, 3), np.uint8))
    n, labels, stats, _ = cv2.connectedComponentsWithStats(grown, connectivity=4)
    first = np.unique(labels.ravel(), return_index=True)[1]  # labels are 0 (background) .. n - 1, all used
    order = sorted(range(1, n), key=lambda i: first[i])
    return [
        (int(stats[i, 0]), int(stats[i, 1]), int(stats[i, 0] + stats[i, 2]), int(stats[i, 1] + stats[i, 3]))
        for i in order
    ]


def plan(prev: np.ndarray, cur: np.ndarray, full_min: float) -> Plan:
    """What to keep, move and re-read. prev and cur are grey images of the same size, both 8-bit (what the
    worker keeps: no 16-bit copy of each frame) or both int16; full_min is
    the share of changed tiles above which the frame is read whole."""
    h, w = cur.shape
    changed = changed_pixels(prev, cur)
    tiles = _tiles(changed)
    fraction = float(tiles.mean())
    if fraction == 0.0:
        return Plan("none", 0.0)
    if fraction > full_min:
        return Plan("full", fraction)
    rects: list[tuple[int, int, int, int]] = []
    moved: list[Moved] = []
    for tl, tt, tr, tb in _groups(tiles):
        box = (tl * TILE, tt * TILE, min(w, tr * TILE), min(h, tb * TILE))
        l, t, r, b = box
        shift = find_shift(prev, cur, box) if b - t >= SCROLL_MIN_ROWS else None
        if shift is None:
            rects.append(close_rect(_tight(changed, box), [cur]))
            continue
        moved.append(shift)  # the whole box of tiles: a word is carried only when inside it
        # rows neither unchanged nor explained by the scroll hold new text: re-read them
        still = (cv2.absdiff(cur[t:b, l:r], prev[t:b, l:r]) <= PIXEL_DELTA).all(axis=1)
        matched = np.zeros(b - t, dtype=bool)
        matched[np.asarray(shift.rows, dtype=int) - t] = True
        for top, bottom in _runs(~(still | matched), t):
            rects.append(close_rect(_tight(changed, (l, top, r, bottom)), [cur]))
    # this frame's text decides the edges: a previous word whose pixels changed is dropped anyway
    # (carry_over keeps only unchanged or scrolled words), so only new text must not be cut
    for _ in range(MAX_ROUNDS):  # merged rectangles may need closing again
        merged = _merge(rects)
        closed = [close_rect(rc, [cur]) for rc in merged]
        if closed == rects:
            break
        rects = closed
    area = sum((r - l) * (b - t) for l, t, r, b in rects)
    if area > REREAD_MAX * w * h:
        return Plan("full", fraction)
    return Plan("partial", fraction, tuple(rects), tuple(moved), changed)


def _center_in(box, rect) -> bool:
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return rect[0] <= cx < rect[2] and rect[1] <= cy < rect[3]


def carry_over(previous_words: list[dict], p: Plan, prev: np.ndarray, cur: np.ndarray) -> list[dict]:
    """The previous frame's words still valid in this one: a word whose pixels did not change stays; a word
    a scroll moved (every row of its new place matches its old rows) goes to its new place; neither is
    kept inside a rectangle that is re-read. Anything else changed and is read again or gone."""
    changed = p.changed if p.changed is not None else changed_pixels(prev, cur)
    h = changed.shape[0]
    # rows with a changed pixel, counted from the top: a word on rows where nothing changed is kept without
    # looking at its pixels (most words, most frames)
    upto = [0, *np.cumsum(changed.any(axis=1)).tolist()]
    moved_rows = [(m, frozenset(m.rows)) for m in p.moved]
    kept, moved = [], []
    for word in previous_words:
        x0, y0, x1, y1 = word["box"]
        if (0 <= y0 and upto[min(h, y1 + 1)] == upto[min(h, y0)]) or not changed[
            y0 : y1 + 1, x0 : x1 + 1
        ].any():
            kept.append(word)
        for m, rows in moved_rows:
            l, t, r, b = m.box
            nt, nb = y0 - m.dy, y1 - m.dy
            if l <= x0 and x1 <= r and all(y in rows for y in range(nt, nb + 1)):
                moved.append({**word, "box": [x0, nt, x1, nb]})
                break
    # a moved word landing where the same word already stood (repeated lines, blank rows) is that word
    here = {(w["text"], w["box"][1] // 4, w["box"][0] // 4) for w in kept}
    kept += [w for w in moved if (w["text"], w["box"][1] // 4, w["box"][0] // 4) not in here]
    return [w for w in kept if not any(_center_in(w["box"], rc) for rc in p.rects)]


def _mark(g: np.ndarray, rect: tuple[int, int, int, int]) -> str:
    """What a rectangle of one image holds: "blank", "pointer" (one lone mark 2/3 to 1x POINTER_PX tall
    and under 3/4 of it wide: taller than a capital letter, narrower than a word) or "text"."""
    l, t, r, b = rect
    ys = np.flatnonzero(~_blank_rows([g], l, r, t, b))
    if ys.size == 0:
        return "blank"
    if (r - l) > 5 * POINTER_PX or (b - t) > 5 * POINTER_PX:  # (a pointer that moved a little: one rectangle)
        return "text"
    cols = np.flatnonzero(~_blank_cols([g], t, b, l, r))
    tall, wide = ys[-1] - ys[0] + 1, (cols[-1] - cols[0] + 1) if cols.size else 0
    return "pointer" if POINTER_PX * 2 // 3 <= tall <= POINTER_PX and wide <= POINTER_PX * 3 // 4 else "text"


def _pointer_or_blank(rect: tuple[int, int, int, int], prev: np.ndarray, cur: np.ndarray) -> bool:
    """Rectangles not worth a reading: no text left in them (a pointer moved away, a line deleted), or
    only a pointer moving over blank space, before and after."""
    now = _mark(cur, rect)
    return now == "blank" or (now == "pointer" and _mark(prev, rect) != "text")


class LineCache:
    """Words of line images already read, keyed by the crop's own pixels: a line that comes back (a region
    reverting after an edit, a window returned to, a scrolled pane, the same text in another window) is
    never read twice. The key is every pixel the OCR engine would see, so a hit gives exactly what reading
    would: the cache changes the cost, never the words (records stay the same whatever each worker saw
    before). Bounded: the oldest lines go first."""

    def __init__(self, size: int = LINE_CACHE_SIZE):
        self.size, self.entries = size, OrderedDict()
        self.hits = self.misses = 0

    @staticmethod
    def key(image, crop: tuple[int, int, int, int]) -> bytes:
        pixels = image.crop(crop)
        return hashlib.blake2b(
            pixels.tobytes(), digest_size=20, person=pixels.mode.encode()
        ).digest() + bytes(f"{pixels.width}x{pixels.height}", "ascii")

    def get(self, key: bytes) -> list[dict] | None:
        found = self.entries.get(key)
        if found is None:
            self.misses += 1
            return None
        self.hits += 1
        self.entries.move_to_end(key)
        return found

    def put(self, key: bytes, words: list[dict]) -> None:
        self.entries[key] = words
        while len(self.entries) > self.size:
            self.entries.popitem(last=False)


def text_lines(g: np.ndarray, rect: tuple[int, int, int, int]) -> list[tuple[int, int, int, int]]:
    """A closed rectangle's lines of text, each trimmed to its ink and given the margin the blank rows
    around it allow (at most PAD px): crops that depend only on the line's own pixels, wherever it is."""
    l, t, r, b = rect
    h, w = g.shape
    runs = _runs(~_blank_rows([g], l, r, t, b), t)
    out = []
    for i, (top, bottom) in enumerate(runs):
        ink = np.flatnonzero(~_blank_cols([g], top, bottom, l, r))
        if ink.size == 0:
            continue
        above = top - runs[i - 1][1] if i else PAD * 2
        below = runs[i + 1][0] - bottom if i + 1 < len(runs) else PAD * 2
        out.append(
            (
                max(0, l + int(ink[0]) - PAD),
                max(0, top - min(PAD, above // 2)),
                min(w, l + int(ink[-1]) + 1 + PAD),
                min(h, bottom + min(PAD, below // 2)),
            )
        )
    return out


def _read_lines(reader, image, g, rect, cache: LineCache | None) -> list[dict]:
    """The words of one rectangle, line by line through the cache (boxes in frame pixels)."""
    crops = text_lines(g, rect)
    keys = [LineCache.key(image, c) for c in crops] if cache is not None else [None] * len(crops)
    cached = [cache.get(k) if cache is not None else None for k in keys]
    todo = [c for c, hit in zip(crops, cached) if hit is None]
    fresh = iter(reader.read_rects(image, todo)) if todo else iter(())
    words = []
    for crop, key, hit in zip(crops, keys, cached):
        if hit is None:
            found = next(fresh)
            hit = [
                {
                    **wd,
                    "box": [
                        wd["box"][0] - crop[0],
                        wd["box"][1] - crop[1],
                        wd["box"][2] - crop[0],
                        wd["box"][3] - crop[1],
                    ],
                }
                for wd in found
            ]
            if cache is not None:
                cache.put(key, hit)
        words += [
            {
                **wd,
                "box": [
                    wd["box"][0] + crop[0],
                    wd["box"][1] + crop[1],
                    wd["box"][2] + crop[0],
                    wd["box"][3] + crop[1],
                ],
            }
            for wd in hit
        ]
    return words


def apply(
    reader, image, previous: dict, p: Plan, prev: np.ndarray, cur: np.ndarray, cache: LineCache | None = None
) -> dict:
    """This frame's reading from the previous one and a plan: carried-over words plus the words read in
    each rectangle, line by line (a crop's margin belongs to no line: words centred there are dropped)."""
    from autocapture.stages.ocr import group_lines

    words = carry_over(previous["words"], p, prev, cur)
    for rect in p.rects:
        if not _pointer_or_blank(rect, prev, cur):
            words += [
                wd for wd in _read_lines(reader, image, cur, rect, cache) if _center_in(wd["box"], rect)
            ]
    words.sort(key=lambda wd: (wd["box"][1], wd["box"][0]))
    return {**previous, "words": words, "lines": group_lines(words)}
