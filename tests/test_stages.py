"""Model stages on the sample DataRoot through the real pipeline: OCR recall against the known text,
change detection, SST boxes, embeddings, canonical records and their determinism."""

import sqlite3

import numpy as np
import pytest
from PIL import Image, ImageDraw

from autocapture.config import load_config
from autocapture.dataroot.reader import DataRoot
from autocapture.hashing import sha256_hex
from autocapture.stages import sst as sst_stage
from autocapture.stages.engine import load_engine
from autocapture.store.canonical import validate
from autocapture.store.derived import connect, load_record, vectors_by_ref

from conftest import TRUTH, frame_ids, process_sample


def norm(token: str) -> str:
    return token.strip(".,:;()[]<>'\"").lower()


@pytest.fixture(scope="module")
def processed(tmp_path_factory):
    """The sample processed once by `process once` (shared by the tests of this module; they only read)."""
    root, summary = process_sample(tmp_path_factory.mktemp("processed") / "dataroot")
    db = sqlite3.connect(root / "derived" / "derived.db")
    records = {sid: load_record(db, sid) for (sid,) in db.execute("SELECT sample_id FROM records")}
    return root, summary, records


def test_every_frame_has_ocr_sst_and_embedding_records(processed):
    _, summary, records = processed
    for rid in frame_ids():
        for modality in ("ocr", "sst", "embed"):
            assert f"{rid}#{modality}" in records
    assert summary["items"]["frames"] == 16 and summary["failures"] == []
    assert not any(sid.endswith("#vlm") for sid in records)  # no VLM configured in the default profile
    assert "no VLM configured" in summary["notes"][0]


def test_records_validate_against_the_canonical_schema(processed):
    _, _, records = processed
    for rec in records.values():
        validate(rec)
        prov = rec["provenance"]
        assert prov["source_record_id"] == rec["sample_id"].split("#")[0]
        assert prov["blob_sha256"] and prov["frame_ts_utc"].startswith("2026-11-24T")


def test_ocr_word_recall_against_the_known_text_is_at_least_95_percent(processed):
    _, _, records = processed
    found = total = 0
    misses = []
    for frame in TRUTH["frames"]:
        read = {norm(w["text"]) for w in records[frame["record_id"] + "#ocr"]["output_json"]["words"]}
        for line in frame["lines"]:
            for token in line.split():
                if not norm(token):
                    continue
                total += 1
                if norm(token) in read:
                    found += 1
                else:
                    misses.append(token)
    recall = found / total
    print(f"OCR word recall on the sample: {found}/{total} = {recall:.3f}; missed e.g. {misses[:10]}")
    assert recall >= 0.95


def test_change_detection_reuses_identical_frames_and_reads_the_changed_line(processed):
    _, summary, records = processed
    ids = frame_ids()
    same = records[ids[1] + "#ocr"]
    assert same["metrics"]["change"] == "none" and same["metrics"]["reused_from"] == ids[0] + "#ocr"
    assert same["output_json"] == records[ids[0] + "#ocr"]["output_json"]
    edited = records[ids[11] + "#ocr"]  # the expense form: only the Amount field changed
    assert edited["metrics"]["change"] == "partial" and edited["metrics"]["reused_from"] == ids[10] + "#ocr"
    assert edited["metrics"]["changed_fraction"] < 0.05
    lines = [l["text"] for l in edited["output_json"]["lines"]]
    assert "EUR 327.90" in lines and "EUR 312.40" not in lines
    assert "Employee ID" in " ".join(lines)  # unchanged fields kept from the previous reading
    new_window = records[ids[3] + "#ocr"]  # a different window: read whole
    assert new_window["metrics"]["change"] == "full" and new_window["metrics"]["reused_from"] is None
    assert summary["items"]["skip_ratio"] == round(summary["items"]["ocr_none"] / 16, 3)


def read_whole(root, record_id: str) -> dict:
    """A full Tesseract reading of one frame, straight from the engine."""
    cfg = load_config(env={}, dataroot=root)
    with DataRoot(cfg) as dr:
        frame = next(f for f in dr.frames() if f.record_id == record_id)
        return load_engine("ocr.tesseract", cfg).read(dr.media.load_frame(frame).image).output()


def test_partial_reading_matches_a_full_reading(processed):
    root, _, records = processed
    full = read_whole(root, frame_ids()[11])
    merged = records[frame_ids()[11] + "#ocr"]["output_json"]
    assert sorted(w["text"] for w in merged["words"]) == sorted(w["text"] for w in full["words"])


def test_ocr_record_keeps_the_engine_output_whole(processed):
    root, _, records = processed
    assert records[frame_ids()[0] + "#ocr"]["output_json"] == read_whole(root, frame_ids()[0])


def test_sst_regions_and_spans_map_back_to_pixels(processed):
    root, _, records = processed
    outlook = records[frame_ids()[0] + "#sst"]["output_json"]
    kinds = {r["kind"] for r in outlook["regions"]}
    assert {"title_bar", "menu", "sidebar", "content"} <= kinds
    title = next(b for b in outlook["blocks"] if b["kind"] == "title_bar")
    assert "Outlook" in title["text"] and outlook["window"]["app"] == "outlook.exe"
    invoice = records[frame_ids()[3] + "#sst"]["output_json"]
    assert any(r["kind"] == "table" for r in invoice["regions"])
    assert outlook["reading_order"][0] == title["id"]
    # the span's box, cut out of the real frame and read again, says the same text
    cfg = load_config(env={}, dataroot=root)
    engine = load_engine("ocr.tesseract", cfg)
    with DataRoot(cfg) as dr:
        frame = next(f for f in dr.frames() if f.record_id == frame_ids()[3])
        image = dr.media.load_frame(frame).image
    [(line_id, box)] = sst_stage.find_span(invoice, "$1,284.50")
    l, t, r, b = box
    crop = image.crop((l - 6, t - 6, r + 6, b + 6))
    assert (
        "1,284.50"
        in engine.read(crop.resize((crop.width * 2, crop.height * 2), Image.LANCZOS)).output()["lines"][0][
            "text"
        ]
    )
    for frame_truth in TRUTH["frames"]:
        s = records[frame_truth["record_id"] + "#sst"]["output_json"]
        for line in s["lines"]:
            x0, y0, x1, y1 = line["box"]
            assert 0 <= x0 < x1 <= frame_truth["width"] and 0 <= y0 < y1 <= frame_truth["height"]


def test_wide_dual_monitor_frame_is_split_per_monitor(processed):
    _, _, records = processed
    wide = next(f for f in TRUTH["frames"] if f["width"] == 7680)
    s = records[wide["record_id"] + "#sst"]["output_json"]
    assert len(s["panes"]) == 2
    right = [b for b in s["blocks"] if b["box"][0] >= 3840]
    assert any("Billing standup" in b["text"] for b in right)


def test_embeddings_are_normalised_and_find_the_right_line(processed):
    root, _, records = processed
    cfg = load_config(env={})
    embedder = load_engine("embed.minilm", cfg)
    rec = records[frame_ids()[9] + "#embed"]  # the Teams chat
    vectors = np.stack(
        vectors_by_ref(connect(root / "derived" / "derived.db", readonly=True), rec)
    )  # one stored vector per unique text
    assert rec["emb_vectors"] == [
        sha256_hex(" ".join(i["text"].split())) for i in rec["output_json"]["items"]
    ]
    assert vectors.shape[1] == 384 and np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    items = rec["output_json"]["items"]
    assert len(items) == len(vectors) and {i["kind"] for i in items} >= {"line"}
    # line vectors only (blocks get none): a line's meaning finds it; who said it is the reader's business
    # (the speaker line above the message), so the question does not name Priya
    query = embedder.run(["which purchase order number was mentioned?"])[0]
    best = items[int(np.argmax(vectors @ query))]
    assert "PO-88213" in best["text"] and best["kind"] == "line"


def test_same_inputs_give_identical_records(processed, tmp_path):
    root, _, records = processed
    again, _ = process_sample(tmp_path / "again", fresh=True)
    db = sqlite3.connect(again / "derived" / "derived.db")
    second = {sid: load_record(db, sid) for (sid,) in db.execute("SELECT sample_id FROM records")}
    assert {k: v["provenance"]["provenance_hash"] for k, v in second.items()} == {
        k: v["provenance"]["provenance_hash"] for k, v in records.items()
    }
    assert second == records  # outputs too, byte for byte once canonicalised


def test_rapidocr_is_a_selectable_second_engine(tmp_path):
    root, summary = process_sample(
        tmp_path / "rapid", "--set", "processing.ocr.engine=rapidocr", "--max-items", "4"
    )
    db = sqlite3.connect(root / "derived" / "derived.db")
    records = [
        load_record(db, sid) for (sid,) in db.execute("SELECT sample_id FROM records WHERE modality = 'ocr'")
    ]
    assert len(records) == 4 and {r["model_id"] for r in records} == {"rapidocr/pp-ocr"}
    first = next(r for r in records if r["sample_id"] == frame_ids()[0] + "#ocr")
    words = {w["text"] for w in first["output_json"]["words"]}
    assert {"INV-2026-0412", "$1,284.50"} <= words and all(
        len(w["box"]) == 4 for w in first["output_json"]["words"]
    )
    validate(first)


def test_a_changed_band_that_now_holds_no_text_reads_as_empty():
    """A line deleted from the screen: the changed band is blank, and reading it must give no words, not fail."""
    from autocapture.stages.ocr import TesseractOCR, find_tessdata

    engine = TesseractOCR(find_tessdata())
    blank = Image.new("RGB", (1920, 1080), "white")
    assert engine.read_bands(blank, ((200, 260),)) == []
    assert engine.read_rects(blank, ((100, 200, 900, 260),)) == [[]]
    assert engine.read(blank).output()["words"] == []


def test_a_dark_spreadsheet_grid_is_read_cell_by_cell():
    """A dark-theme spreadsheet (a crop of a rendered LibreOffice Calc sheet, tests/data/dark_sheet.png): with
    its grid's rules left in and its lone single-digit cells left to the page layout, Tesseract read 20 of
    its 49 figures; every figure must be read."""
    import collections
    from pathlib import Path

    from autocapture.stages.ocr import TesseractOCR, find_tessdata

    img = Image.open(Path(__file__).parent / "data" / "dark_sheet.png").convert("RGB")
    wanted = (
        "54 56 58 62 63 65 9 21 21 24 24 25 26 5 17 18 18 19 20 20 3 9 9 10 10 11 12 2 "
        "7 7 7 8 8 8 1 5 5 6 6 6 7 2 113 116 123 129 133 138 22"
    ).split()
    read = collections.Counter(w["text"] for w in TesseractOCR(find_tessdata()).read(img).output()["words"])
    found = 0
    for v in wanted:
        if read[v]:
            found, read[v] = found + 1, read[v] - 1
    assert found >= 0.95 * len(wanted), (found, len(wanted))


def test_leftover_ink_read_on_the_page_reader_leaves_it_as_it_was():
    """Leftover ink is read on the page reader itself, switched to single-word mode and back (one model load
    per worker, not two): the reader is back in sparse mode after it, and a page reads the same after a
    reading with leftovers as on a fresh reader, so no reading depends on what came before."""
    from pathlib import Path

    import tesserocr

    from autocapture.stages import ocr

    sheet = Image.open(Path(__file__).parent / "data" / "dark_sheet.png").convert("RGB")
    light = Image.new("RGB", (400, 120), (250, 250, 250))
    ImageDraw.Draw(light).text((10, 40), "Total due: $1,284.50", fill=(40, 40, 40))
    engine = ocr.TesseractOCR(ocr.find_tessdata())
    first = engine.read(sheet).output()
    assert any(
        w["block"] > max(v["block"] for v in first["words"][:5]) for w in first["words"]
    )  # leftovers read
    assert engine.api.GetPageSegMode() == tesserocr.PSM.SPARSE_TEXT
    after = engine.read(light).output()
    fresh = ocr.TesseractOCR(ocr.find_tessdata())
    assert after == fresh.read(light).output() and engine.read(sheet).output() == first


def test_raw_bytes_give_tesseract_what_the_bmp_it_was_handed_gave():
    """ocr.set_image hands a prepared image over as raw bytes at 96 dpi instead of tesserocr's BMP round trip:
    the words, boxes, confidences and block/line starts must be those of SetImage(PIL image), on a whole
    prepared sheet, on crops of it (what partial readings recognise) and on a light page; without the
    resolution the boxes of a few line crops moved."""
    from pathlib import Path

    import tesserocr

    from autocapture.stages import ocr

    api = tesserocr.PyTessBaseAPI(
        path=str(ocr.find_tessdata()) + "/", lang="eng", psm=tesserocr.PSM.SPARSE_TEXT
    )
    api.SetVariable("tessedit_do_invert", "0")

    def words():
        api.Recognize()
        out, it = [], api.GetIterator()
        while it is not None:
            try:
                text = it.GetUTF8Text(tesserocr.RIL.WORD)
            except RuntimeError:
                text = ""
            out.append(
                (
                    text,
                    it.BoundingBox(tesserocr.RIL.WORD),
                    it.Confidence(tesserocr.RIL.WORD),
                    it.IsAtBeginningOf(tesserocr.RIL.BLOCK),
                    it.IsAtBeginningOf(tesserocr.RIL.TEXTLINE),
                )
            )
            if not it.Next(tesserocr.RIL.WORD):
                break
        api.Clear()
        return out

    sheet = Image.open(Path(__file__).parent / "data" / "dark_sheet.png").convert("RGB")
    light = Image.new("RGB", (900, 160), (250, 250, 250))
    draw = ImageDraw.Draw(light)
    draw.text((10, 30), "Note 12: invoice approval 4821 - Dana Whitfield", fill=(40, 40, 40))
    draw.text((10, 90), "Total due: $1,284.50 by December 5, 2026.  07:02:13", fill=(40, 40, 40))
    prepared = [ocr.preprocess(sheet)[0], ocr.preprocess(light)[0]]
    w, h = prepared[0].size
    prepared += [prepared[0].crop((0, y, w, min(h, y + 60))) for y in range(0, h, 60)]
    prepared += [prepared[1].crop((0, 40, 1800, 110)), prepared[1].crop((0, 160, 1800, 230))]
    try:
        for image in prepared:
            api.SetImage(image)
            want = words()
            ocr.set_image(api, image)
            assert words() == want
    finally:
        api.End()


def test_prepared_image_is_each_pixels_distance_from_its_background():
    """preprocess works in uint8 with lookup tables (int64 temporaries of a 2x frame cost more than the
    arithmetic): every pixel must still be 255 - min(255, gain * |grey - local background|), gain doubled
    on a dark background, on a dark sheet and on a light page."""
    from pathlib import Path

    import cv2

    from autocapture.stages import ocr

    sheet = Image.open(Path(__file__).parent / "data" / "dark_sheet.png").convert("RGB")
    light = Image.new("RGB", (400, 120), (250, 250, 250))
    ImageDraw.Draw(light).text((10, 40), "Total due: $1,284.50", fill=(40, 40, 40))
    for img in (sheet, light):
        gray = np.asarray(img.convert("L"), dtype=np.uint8)
        h, w = gray.shape
        background = cv2.medianBlur(gray, ocr.BACKGROUND_PX)
        big = np.asarray(Image.fromarray(gray).resize((w * 2, h * 2), Image.Resampling.LANCZOS)).astype(int)
        bg = cv2.resize(background, (w * 2, h * 2), interpolation=cv2.INTER_LINEAR).astype(int)
        gain = np.where(bg < ocr.DARK_BACKGROUND, ocr.DARK_INK_GAIN, ocr.INK_GAIN)
        want = ocr.without_rules((255 - np.minimum(255, gain * np.abs(big - bg))).astype(np.uint8), 2)
        prepared, scale = ocr.preprocess(img)
        assert scale == 2 and np.array_equal(np.asarray(prepared), want)


def test_a_word_under_a_wide_words_span_does_not_split_its_line():
    """A line's columns split where the gap after everything left of a word is wide, not after the word
    just before it: a short word sitting under a long one's span (a superscript, a badge) keeps the line."""
    from autocapture.stages.ocr import group_lines

    words = [
        {"text": "Quarterly-forecast-review", "conf": 90.0, "box": [0, 10, 500, 30]},
        {"text": "v2", "conf": 90.0, "box": [100, 12, 130, 30]},
        {"text": "draft", "conf": 90.0, "box": [520, 10, 580, 30]},
        {"text": "Owner", "conf": 90.0, "box": [900, 10, 980, 30]},  # a real column, 320 px on
    ]
    assert [line["text"] for line in group_lines(words)] == ["Quarterly-forecast-review v2 draft", "Owner"]


def test_blocks_get_no_vector_only_lines_and_the_vlm_text(processed):
    """Retrieval, the reader and the state layer read line (and VLM) vectors only; a block's text changes
    with any of its lines (a chat pane with every message), so embedding it cost over half the tokens."""
    _, _, records = processed
    kinds = {
        i["kind"]
        for sid, rec in records.items()
        if sid.endswith("#embed")
        for i in rec["output_json"]["items"]
    }
    assert kinds == {"line"}  # the sample runs without a VLM
    sst = records[frame_ids()[9] + "#sst"]["output_json"]
    assert any(len(b["lines"]) > 1 for b in sst["blocks"])  # the chat has blocks: they are still in the SST


def test_a_clock_reading_alone_gets_no_vector():
    """The taskbar's time (or date) alone on a line changes every second or minute and means nothing a question's
    vector could match; figures, and times inside other text, keep their vectors (the reader weighs a table
    cell's own vector)."""
    from autocapture.stages.embed import items_to_embed, items_to_index, wants_vector

    for text in (
        "07:17:23",
        "7:05",
        "7:05 PM",
        "11:59 a.m.",
        "26.11.2026",
        "11/26/26",
        "2026-11-26",
        "(09:30)",
    ):
        assert not wants_vector(text), text
    for text in (
        "471",
        "12.50",
        "$1,284.50",
        "Total: $1,284.50",
        "Meeting at 07:17",
        "10:30-11:00",
        "Q4 2026",
        "x",
    ):
        assert wants_vector(text), text
    sst = {
        "lines": [
            {"id": "l0", "text": "Invoice total", "box": [0, 0, 9, 9]},
            {"id": "l1", "text": "1,284.50", "box": [0, 10, 9, 19]},
            {"id": "l2", "text": "  ", "box": [0, 20, 9, 29]},
            {"id": "l3", "text": "14:05:09", "box": [0, 30, 9, 39]},
        ]
    }
    assert [i["ref"] for i in items_to_index(sst, "a person reads an invoice")] == ["l0", "l1", "l3", "vlm"]
    assert [i["ref"] for i in items_to_embed(sst, "a person reads an invoice")] == ["l0", "l1", "vlm"]


def test_a_clock_line_is_searchable_but_has_no_vector(tmp_path):
    """On a day with a taskbar clock (bench/workday.py), every clock reading is in the line index and none has
    a vector; every other line has one."""
    import sys
    from pathlib import Path

    from autocapture.stages.embed import CLOCK

    from conftest import cli_json

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    import workday

    root = tmp_path / "day"
    workday.build(root, 12, clock=True)
    code, _ = cli_json("process", "once", "--dataroot", root, "--set", "runtime.activity.fail_closed=false")
    assert code == 0
    conn = connect(root / "derived" / "derived.db", readonly=True)
    rows = conn.execute(
        "SELECT DISTINCT i.text, (SELECT count(*) FROM vec_items v WHERE v.rowid = i.text_id) "
        "FROM vector_items i WHERE i.kind = 'line'"
    ).fetchall()
    clocks = [text for text, _ in rows if CLOCK.fullmatch(text)]
    assert clocks and all(has == (not CLOCK.fullmatch(text)) for text, has in rows)
    for text in clocks:
        hits = conn.execute("SELECT count(*) FROM item_fts WHERE item_fts MATCH ?", (f'"{text}"',)).fetchone()
        assert hits[0] > 0, text
