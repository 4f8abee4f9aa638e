"""Export: raw by default (every record round-trips), sanitised on request (no secret left in the text or
on the pixels, measured with real OCR), atomic, and never touching the raw store."""

import hashlib
import io
import json
import re
import sqlite3

import pytest
from PIL import Image, ImageDraw, ImageFont

from autocapture.config import load_config
from autocapture.dataroot.blobs import rid
from autocapture.export.sanitize import find, name_patterns
from autocapture.hashing import canonical_json, sha256_hex
from autocapture.stages.engine import load_engine
from autocapture.store.derived import load_record

from conftest import cli_json, frame_ids, tree_hashes, write_signal


def store_hashes(root):
    """Everything under the DataRoot, derived store included, but SQLite's -shm/-wal side files, which any
    reader of a WAL database creates (they hold no data of their own once checkpointed)."""
    return {k: v for k, v in tree_hashes(root).items() if not k.endswith(("-shm", "-wal"))}


SECRETS = {
    "EMAIL": "maria.gonzalez@example.org",
    "PHONE": "+1 415 555 0132",
    "CARD": "4111 1111 1111 1111",
    "IBAN": "DE89 3704 0044 0532 0130 00",
    "IP": "192.168.10.24",
    "SECRET": "AKIAIOSFODNN7EXAMPLE",
    "PASSWORD": "s3cretPass",
    "NAME": "Maria Gonzalez",  # the name her e-mail address spells: OCR reads it as two words
}
ORDINARY = ["$1,284.50", "2026-12-05", "20261205"]
TITLE = f"Account settings - {SECRETS['NAME']} - Google Chrome"
SCREEN = [
    "Account settings",
    f"Account holder: {SECRETS['NAME']}",
    f"Contact: {SECRETS['EMAIL']}",
    f"Mobile: {SECRETS['PHONE']}",
    f"Card number: {SECRETS['CARD']}",
    f"IBAN: {SECRETS['IBAN']}",
    f"Server: {SECRETS['IP']}",
    f"AWS key: {SECRETS['SECRET']}",
    f"DB: postgres://admin:{SECRETS['PASSWORD']}@db.internal/app",
    "Invoice total: $1,284.50 due 2026-12-05",
    "Order 20261205 shipped on 2026-11-20",
]


def add_secrets_frame(root):
    """A screen full of secrets, drawn with a real font, appended as the sidecar would."""
    img = Image.new("RGB", (1920, 1080), "white")
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 24)
    draw.rectangle((0, 0, 1920, 40), fill=(222, 225, 230))
    draw.text((16, 8), TITLE, fill=(20, 20, 20), font=font)
    for i, line in enumerate(SCREEN):
        draw.text((80, 90 + 56 * i), line, fill=(20, 20, 20), font=font)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    data = buf.getvalue()
    db = sqlite3.connect(root / "metadata.db")
    p = json.loads(db.execute("SELECT payload FROM metadata WHERE id = ?", (frame_ids()[3],)).fetchone()[0])
    new_id = f"{p['run_id']}/frame/777"
    p.update(ts_utc="2026-11-24T09:30:00.000000+00:00", content_size=len(data), content_hash=sha256_hex(data))
    p["window_ref"] = {
        "window": {"title": TITLE, "process_path": "C:\\chrome.exe", "rect": [0, 0, 1920, 1080]}
    }
    p.pop("blob_path", None)
    dst = root / "media" / rid(p["run_id"]) / "evidence" / "2026" / "11" / "24" / (rid(new_id) + ".blob")
    dst.write_bytes(data)
    db.execute(
        "INSERT INTO metadata VALUES (?, ?, ?, ?, ?)",
        (new_id, canonical_json(p), "evidence.capture.frame", p["ts_utc"], p["run_id"]),
    )
    db.commit()
    return new_id


@pytest.fixture(scope="module")
def processed(tmp_path_factory):
    import shutil

    from conftest import SAMPLE

    root = tmp_path_factory.mktemp("export") / "dataroot"
    shutil.copytree(SAMPLE, root, ignore=lambda d, names: ["derived"] if d == str(SAMPLE) else [])
    secret_frame = add_secrets_frame(root)
    write_signal(root, idle=60)
    code, s = cli_json(
        "process", "once", "--dataroot", root, "--set", "runtime.activity.max_signal_age_s=600"
    )
    assert code == 0, s
    code, s = cli_json("state", "tape", "--dataroot", root, "--set", "runtime.activity.max_signal_age_s=600")
    assert code == 0, s
    return root, secret_frame


def strings(obj):
    """Every string value inside a JSON value, in document order."""
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, list):
        for v in obj:
            yield from strings(v)
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from strings(v)


def reading_order(obj):
    """Each line's words joined in order, wherever the export holds a line with its words: the text a reader
    of words[] alone would put back together."""
    if isinstance(obj, list):
        for v in obj:
            yield from reading_order(v)
    elif isinstance(obj, dict):
        if isinstance(obj.get("words"), list) and isinstance(
            obj.get("lines"), list
        ):  # OCR: lines index words
            for line in obj["lines"]:
                yield " ".join(obj["words"][i]["text"] for i in line.get("word_ids", []))
            yield " ".join(w["text"] for w in obj["words"])
        elif isinstance(obj.get("words"), list):
            yield " ".join(w["text"] for w in obj["words"])
        for v in obj.values():
            yield from reading_order(v)


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text).lower()


def test_raw_export_round_trips_every_record(processed, tmp_path):
    root, _ = processed
    before = store_hashes(root)
    out = tmp_path / "raw"
    code, manifest = cli_json("export", "--dataroot", root, "--out", out)
    assert code == 0 and manifest["counts"]["frames"] == 17 and not manifest["sanitized"]
    db = sqlite3.connect(root / "metadata.db")
    for row in (json.loads(x) for x in (out / "records.jsonl").read_text().splitlines()):
        (payload,) = db.execute("SELECT payload FROM metadata WHERE id = ?", (row["id"],)).fetchone()
        assert row["payload"] == json.loads(payload)
    derived = sqlite3.connect(root / "derived" / "derived.db")
    stored = {sid: load_record(derived, sid) for (sid,) in derived.execute("SELECT sample_id FROM records")}
    facts = [json.loads(x) for x in (out / "facts.jsonl").read_text().splitlines()]
    assert len(facts) == len(stored) and all(f == stored[f["sample_id"]] for f in facts)
    for name, digest in manifest["files"].items():
        assert hashlib.sha256((out / name).read_bytes()).hexdigest() == digest
    assert store_hashes(root) == before  # the raw store (sidecar files and derived store) is untouched


def test_sanitized_export_leaves_no_secret_in_text_or_pixels(processed, tmp_path):
    root, secret_frame = processed
    before = store_hashes(root)
    out = tmp_path / "clean"
    code, manifest = cli_json("export", "--dataroot", root, "--out", out, "--frames", "--sanitize")
    assert code == 0 and manifest["sanitized"]
    text = (out / "records.jsonl").read_text() + (out / "facts.jsonl").read_text()
    rows = [
        json.loads(x)
        for name in ("records.jsonl", "facts.jsonl", "spans.jsonl")
        for x in (out / name).read_text().splitlines()
    ]
    spans = [json.loads(x) for x in (out / "spans.jsonl").read_text().splitlines()]
    assert (
        manifest["counts"]["spans"] == len(spans) >= 1
    )  # the state tape's spans: titles, summaries, entities
    assert any(re.search(r"- <NAME_\d+> - Google Chrome", s["title"] or "") for s in spans)
    # every string of the export on its own, each line's words joined in order, and all of it joined
    every = list(strings(rows))
    names = name_patterns({("maria", "gonzalez")})
    found = [(s, f) for s in every + list(reading_order(rows)) if (f := find(s, names=names))]
    assert found == []
    everything = squeeze(" ".join(every))
    leaked = [k for k, v in SECRETS.items() if squeeze(v) in everything]
    assert "4111" not in every and "gonzalez" not in everything  # no piece of a card or a name survives
    for kind in SECRETS:
        assert manifest["redactions"].get(kind, 0) >= 1, (kind, manifest["redactions"])
    assert "<EMAIL_1>" in text and manifest["redactions"]["pixel_boxes"] >= len(SECRETS)
    # pixels: read the exported screenshot back with real OCR
    engine = load_engine("ocr.tesseract", load_config(env={}))
    image = Image.open(out / "frames" / (secret_frame.replace("/", "_") + ".png")).convert("RGB")
    read = " ".join(w["text"] for w in engine.read(image).output()["words"])
    in_pixels = [k for k, v in SECRETS.items() if v.split()[-1] in read]
    ordinary_kept = [o for o in ORDINARY if o in text and o in read]
    recall_text = 1 - len(leaked) / len(SECRETS)
    recall_pixels = 1 - len(in_pixels) / len(SECRETS)
    print(
        f"redaction recall: text {recall_text:.2f}, pixels {recall_pixels:.2f}; ordinary numbers kept "
        f"{len(ordinary_kept)}/{len(ORDINARY)}"
    )
    assert leaked == [] and in_pixels == []
    assert ordinary_kept == ORDINARY  # invoice totals and dates are not redacted
    assert store_hashes(root) == before


def test_export_refuses_a_non_empty_folder_and_leaves_nothing_half_written(processed, tmp_path):
    root, _ = processed
    out = tmp_path / "busy"
    out.mkdir()
    (out / "keep.txt").write_text("mine")
    code, err = cli_json("export", "--dataroot", root, "--out", out)
    assert code == 1 and "not empty" in err["error"] and (out / "keep.txt").read_text() == "mine"
    code, manifest = cli_json(
        "export", "--dataroot", root, "--out", tmp_path / "outlook", "--app", "outlook", "--format", "parquet"
    )
    assert code == 0 and manifest["counts"]["frames"] == 4
    assert set(manifest["files"]) == {"records.parquet", "facts.parquet", "spans.parquet"}
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no partial folder left behind
