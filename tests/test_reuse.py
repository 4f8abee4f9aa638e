"""Reading only what changed (stages/reuse.py) on rendered screens: a ticking clock and a pointer cost a
small crop each, a scrolled chat keeps its words at their new place and reads only the new message, and
the result reads like a full reading of the new frame."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from autocapture.stages import reuse
from autocapture.stages.ocr import TesseractOCR, find_tessdata

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
MESSAGES = [
    "Can you check the Northwind invoice before Friday",
    "Sure looking at it now",
    "The total should be 1284.50 and the PO number is 88213",
    "Thanks I will approve the payment today",
    "Budget review moved to Thursday afternoon",
    "Please send the quarterly forecast",
    "Deploy of release 4.2 is scheduled",
    "Customer renewal contract signed",
]


def screen(first: int, clock: str, pointer: tuple[int, int]) -> Image.Image:
    """A chat window showing five messages from `first` on (newest at the bottom), a clock, a pointer."""
    font = ImageFont.truetype(FONT, 20)
    img = Image.new("RGB", (1280, 720), (255, 255, 255))
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 0, 1280, 36), fill=(70, 70, 120))
    draw.text((12, 8), "Chat | Finance team | Microsoft Teams", fill=(255, 255, 255), font=font)
    draw.text((20, 60), "Finance team", fill=(20, 20, 20), font=font)
    for k, text in enumerate(MESSAGES[first : first + 5]):
        y = 120 + 96 * k
        draw.rectangle((300, y, 1100, y + 80), fill=(240, 240, 246))
        draw.text((314, y + 8), f"Priya Raman 10:{first + k:02d}", fill=(20, 20, 20), font=font)
        draw.text((314, y + 40), text, fill=(20, 20, 20), font=font)
    draw.rectangle((1140, 684, 1280, 720), fill=(230, 230, 230))
    draw.text((1160, 690), clock, fill=(20, 20, 20), font=font)
    x, y = pointer
    draw.polygon(
        [
            (x, y),
            (x, y + 19),
            (x + 5, y + 14),
            (x + 9, y + 22),
            (x + 12, y + 21),
            (x + 8, y + 13),
            (x + 14, y + 13),
        ],
        fill=(255, 255, 255),
        outline=(0, 0, 0),
    )
    return img


def gray(img: Image.Image) -> np.ndarray:
    return np.asarray(img.convert("L"), dtype=np.int16)


@pytest.fixture(scope="module")
def engine():
    return TesseractOCR(find_tessdata())


def words(out: dict) -> list[str]:
    return sorted(w["text"] for w in out["words"])


def test_a_ticking_clock_and_a_moving_pointer_are_small_crops(engine):
    before, after = screen(0, "10:41:07", (1180, 300)), screen(0, "10:41:09", (1200, 330))
    plan = reuse.plan(gray(before), gray(after), 0.5)
    assert plan.kind == "partial" and not plan.moved
    area = sum((r - l) * (b - t) for l, t, r, b in plan.rects)
    assert area < 0.02 * 1280 * 720  # the clock and the pointer's two places, not full-width bands
    read = [rc for rc in plan.rects if not reuse._pointer_or_blank(rc, gray(before), gray(after))]
    assert len(read) == 1 and read[0][1] > 600  # only the clock is read: the pointer is on blank space
    out = reuse.apply(engine, after, engine.read(before).output(), plan, gray(before), gray(after))
    assert "10:41:09" in words(out) and "10:41:07" not in words(out)
    assert words(out) == words(engine.read(after).output())


def test_a_scrolled_chat_moves_its_words_and_reads_only_the_new_message(engine):
    before, after = screen(0, "10:41:07", (200, 600)), screen(1, "10:41:09", (220, 640))
    plan = reuse.plan(gray(before), gray(after), 0.5)
    assert plan.kind == "partial" and [m.dy for m in plan.moved] == [96]
    reread = sum((r - l) * (b - t) for l, t, r, b in plan.rects)
    assert reread < 0.15 * 1280 * 720
    previous = engine.read(before).output()
    out = reuse.apply(engine, after, previous, plan, gray(before), gray(after))
    full = engine.read(after).output()
    assert words(out) == words(full)
    # the words kept from the previous reading sit where they are now on screen
    moved = next(w for w in out["words"] if w["text"] == "10:02")
    assert (
        moved == next(w for w in full["words"] if w["text"] == "10:02")
        or abs(moved["box"][1] - next(w for w in full["words"] if w["text"] == "10:02")["box"][1]) <= 2
    )
    assert "Thursday" in " ".join(l["text"] for l in out["lines"])  # the new message, read


def test_the_same_pair_of_frames_always_gives_the_same_reading(engine):
    before, after = screen(2, "10:41:07", (500, 100)), screen(3, "10:41:12", (520, 110))
    previous = engine.read(before).output()
    runs = []
    for _ in range(2):
        plan = reuse.plan(gray(before), gray(after), 0.5)
        runs.append((plan.to_dict(), reuse.apply(engine, after, previous, plan, gray(before), gray(after))))
    assert runs[0] == runs[1]


def test_a_pointer_over_text_is_read_with_the_text_under_it():
    before, after = screen(0, "10:41:07", (1200, 400)), screen(0, "10:41:07", (420, 160))
    plan = reuse.plan(gray(before), gray(after), 0.5)
    read = [rc for rc in plan.rects if not reuse._pointer_or_blank(rc, gray(before), gray(after))]
    assert len(read) == 1 and read[0][0] <= 316 and read[0][2] > 700  # the whole line under the pointer


def test_a_new_screen_is_read_whole():
    first = screen(0, "10:41:07", (200, 600))
    other = Image.new("RGB", (1280, 720), (30, 30, 30))
    assert reuse.plan(gray(first), gray(other), 0.5).kind == "full"
    assert reuse.plan(gray(first), gray(first), 0.5).kind == "none"


def test_a_rectangle_grows_until_no_text_crosses_its_edges():
    img = screen(0, "10:41:07", (1200, 400))
    g = gray(img)
    # a box cutting through the middle of the first message's text line
    l, t, r, b = reuse.close_rect((400, 165, 420, 170), [g])
    ink = np.argwhere(g[156:200, 300:1100] < 128)  # the line's glyphs, as drawn
    top, bottom = 156 + ink[:, 0].min(), 156 + ink[:, 0].max()
    left, right = 300 + ink[:, 1].min(), 300 + ink[:, 1].max()
    assert l <= left and r > right and t <= top and b > bottom  # the whole line of text, every glyph
    assert (r - l) < 1280  # stopped at the message bubble's blank margin, not the whole width


def test_a_clock_on_a_bar_under_a_dark_pane_is_a_small_crop():
    """The clock's changed tiles reach over the edge of a dark pane above it; a rectangle seeded on the
    tiles crossed that edge and grew over the screen's whole width (every column differs from the page
    above a coloured bar). Seeded on the changed pixels, only the clock is read."""

    def shot(clock: str) -> Image.Image:
        img = screen(0, clock, (600, 300))
        ImageDraw.Draw(img).rectangle((0, 640, 1280, 683), fill=(30, 30, 30))  # a dark pane ending at the bar
        ImageDraw.Draw(img).text((20, 650), "OUTPUT  TERMINAL  PROBLEMS", fill=(200, 200, 200))
        return img

    plan = reuse.plan(gray(shot("10:41:07")), gray(shot("10:41:08")), 0.5)
    assert plan.kind == "partial" and len(plan.rects) == 1
    l, t, r, b = plan.rects[0]
    assert l >= 1140 and t >= 684 and (r - l) * (b - t) < 120 * 36


class CountingReader:
    """The real engine, counting the crops it is asked to read."""

    def __init__(self, engine):
        self.engine, self.crops = engine, 0

    def read_rects(self, image, boxes):
        self.crops += len(boxes)
        return self.engine.read_rects(image, boxes)


def test_a_line_that_comes_back_is_not_read_again_and_reads_the_same(engine):
    """A caret blinking in a line, a hover that comes and goes: the line's pixels were read before, so the
    cache answers, with exactly the words a reading gives (the key is every pixel the engine would see)."""
    with_caret, without = screen(0, "10:41:07", (1200, 400)), screen(0, "10:41:07", (1200, 400))
    end = 314 + int(ImageFont.truetype(FONT, 20).getlength(MESSAGES[1])) + 3
    # a caret after a message
    ImageDraw.Draw(with_caret).rectangle((end, 254, end + 1, 278), fill=(20, 20, 20))
    reader, cache = CountingReader(engine), reuse.LineCache()
    previous = engine.read(without).output()
    outs = []
    for before, after in [(without, with_caret), (with_caret, without), (without, with_caret)]:
        plan = reuse.plan(gray(before), gray(after), 0.5)
        assert plan.kind == "partial"
        outs.append(reuse.apply(reader, after, previous, plan, gray(before), gray(after), cache))
        previous = outs[-1]
    assert cache.hits >= 1 and reader.crops == cache.misses  # the third reading came from the cache
    uncached = reuse.plan(gray(without), gray(with_caret), 0.5)
    fresh = reuse.apply(engine, with_caret, outs[1], uncached, gray(without), gray(with_caret))
    assert outs[2]["words"] == fresh["words"]
    assert "Thanks" in " ".join(w["text"] for w in fresh["words"]) or "approve" in " ".join(
        w["text"] for w in fresh["words"]
    )


def rowwise_votes(prev: np.ndarray, cur: np.ndarray, box: tuple[int, int, int, int]) -> tuple[dict, int]:
    """Scroll offsets counted row by row, as the rule states them: each changed row whose ink pattern the
    previous frame has on 1 to 8 rows votes for each such offset but 0."""
    l, t, r, b = box

    def pattern(g: np.ndarray, y: int):
        dark = g[y, l:r] < 128
        return np.packbits(dark).tobytes() if dark.any() and not dark.all() else None

    where: dict = {}
    for y in range(prev.shape[0]):
        if (sig := pattern(prev, y)) is not None:
            where.setdefault(sig, []).append(y)
    votes: dict = {}
    voters = 0
    for y in range(t, b):
        sig = pattern(cur, y)
        if sig is None or not 1 <= len(where.get(sig, [])) <= 8:
            continue
        voters += 1
        for y0 in where[sig]:
            if y0 != y:
                votes[y0 - y] = votes.get(y0 - y, 0) + 1
    return votes, voters


def test_scroll_votes_are_the_row_by_row_count():
    """The votes are counted for all rows at once (sorted patterns, not a Python loop per row): the same
    offsets and counts as row by row, for a scrolled pane, a pane that did not move and a box of nothing."""
    before, after = gray(screen(0, "10:41:07", (200, 600))), gray(screen(1, "10:41:09", (220, 640)))
    for box in [(300, 100, 1100, 600), (0, 0, 1280, 720), (300, 120, 700, 200), (1150, 690, 1280, 720)]:
        for prev, cur in [(before, after), (after, before), (before, before)]:
            assert reuse._votes(prev, cur, box) == rowwise_votes(prev, cur, box)
    votes, voters = reuse._votes(before, after, (300, 100, 1100, 600))
    assert max(votes, key=votes.get) == 96 and voters > 20  # the chat moved up one message


def test_groups_of_changed_tiles_come_in_raster_order_of_their_first_tile():
    """Scroll offsets are recorded in that order (the OCR record's change.moved), so it must not depend on
    the labelling library: groups (tiles one apart join) come in the raster order of their first tile, even
    when a later group's box starts further left; the same as scipy.ndimage's label and find_objects."""
    tiles = np.zeros((12, 20), dtype=bool)
    tiles[2, 12] = True  # a lone tile, first in raster order
    tiles[2:4, 16:18] = True
    tiles[3:8, 0:2] = True  # a block whose box starts further left, a row lower
    tiles[4:7, 5] = True  # two columns from the block: a group of its own
    tiles[9, 8] = True  # diagonal to the column's grown corner: not joined
    assert reuse._groups(tiles) == [
        (11, 1, 14, 4),
        (15, 1, 19, 5),
        (0, 2, 3, 9),
        (4, 3, 7, 8),
        (7, 8, 10, 11),
    ]
    ndimage = pytest.importorskip("scipy.ndimage")
    rng = np.random.default_rng(0)
    for _ in range(50):
        tiles = rng.random((30, 40)) < rng.uniform(0.01, 0.2)
        labels, _ = ndimage.label(ndimage.binary_dilation(tiles, np.ones((3, 3), bool)))
        want = [(s[1].start, s[0].start, s[1].stop, s[0].stop) for s in ndimage.find_objects(labels)]
        assert reuse._groups(tiles) == want
