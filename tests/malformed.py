"""A generator of malformed DataRoots derived from the sample: every way the sidecar's untrusted data
can be broken (database, records, blobs, pointers, journal, ledger, activity signal), several variants
each. Used by the reliability tests (a share of the cases) and bench/reliability.py (all of them)."""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import struct
import zlib
from pathlib import Path

from autocapture.dataroot.blobs import rid
from autocapture.hashing import canonical_json, sha256_hex

SAMPLE = Path(__file__).resolve().parent.parent / "sample" / "dataroot"
KEEP_FRAMES = 4  # a smaller base keeps each case fast


def base_copy(dst: Path) -> list[str]:
    """The sample cut to its first frames (records of other types kept); returns the frame ids kept."""
    shutil.copytree(SAMPLE, dst, ignore=lambda d, names: ["derived"] if d == str(SAMPLE) else [])
    db = sqlite3.connect(dst / "metadata.db")
    ids = [r[0] for r in db.execute("SELECT id FROM metadata WHERE id LIKE '%/frame/%' ORDER BY rowid")]
    db.executemany("DELETE FROM metadata WHERE id = ?", [(i,) for i in ids[KEEP_FRAMES:]])
    db.commit()
    db.close()
    return ids[:KEEP_FRAMES]


def _db(root):
    return sqlite3.connect(root / "metadata.db")


def _payload(root, rid_):
    with _db(root) as db:
        return json.loads(db.execute("SELECT payload FROM metadata WHERE id = ?", (rid_,)).fetchone()[0])


def _set_payload(root, rid_, body):
    db = _db(root)
    db.execute("UPDATE metadata SET payload = ? WHERE id = ?", (body, rid_))
    db.commit()
    db.close()


def _edit(root, rid_, fn):
    p = _payload(root, rid_)
    fn(p)
    # ASCII escapes, as a sidecar's JSON writer would: a lone surrogate survives as "\udcff"
    _set_payload(root, rid_, json.dumps(p, sort_keys=True, separators=(",", ":"), ensure_ascii=True))


def _blob(root, rid_) -> Path:
    return next((root / "media").rglob(rid(rid_) + ".blob"))


def _set_blob(root, rid_, data: bytes, fix_meta=True):
    _blob(root, rid_).write_bytes(data)
    if fix_meta:
        _edit(root, rid_, lambda p: p.update(content_size=len(data), content_hash=sha256_hex(data)))


def _bomb_png(w=30000, h=30000) -> bytes:
    raw = zlib.compress(b"\x00" * (1 + w // 8) * 64)  # only a few rows present: the header is what matters
    chunk = lambda t, d: struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d))  # noqa: E731
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 1, 0, 0, 0, 0))
        + chunk(b"IDAT", raw)
        + chunk(b"IEND", b"")
    )


# Each mutation: (name, fn(root, frames, rng) -> frame ids it damaged (None: damage is DataRoot-wide)).
def m_truncate_db(root, frames, rng):
    p = root / "metadata.db"
    p.write_bytes(p.read_bytes()[: rng.choice([0, 100, 1024, 4096, p.stat().st_size // 2])])


def m_scribble_db(root, frames, rng):
    p = root / "metadata.db"
    data = bytearray(p.read_bytes())
    start = rng.randrange(100, len(data) - 512)
    data[start : start + 512] = os.urandom(512) if rng.random() < 0.5 else b"\xff" * 512
    p.write_bytes(bytes(data))


def m_drop_table(root, frames, rng):
    db = _db(root)
    db.execute("DROP TABLE metadata")
    db.commit()


def m_rename_payload(root, frames, rng):
    db = _db(root)
    db.execute(f"ALTER TABLE metadata RENAME COLUMN payload TO {rng.choice(['body', 'data', 'blob'])}")
    db.commit()


def m_payload_type(root, frames, rng):
    target = rng.choice(frames)
    db = _db(root)
    db.execute(
        "UPDATE metadata SET payload = ? WHERE id = ?", (rng.choice([12345, 3.5, b"\x00\x01binary"]), target)
    )
    db.commit()
    return [target]


def m_null_id(root, frames, rng):
    target = rng.choice(frames)
    db = _db(root)
    db.execute("UPDATE metadata SET id = NULL WHERE id = ?", (target,))
    db.commit()
    return [target]


def m_bad_json(root, frames, rng):
    target = rng.choice(frames)
    _set_payload(
        root,
        target,
        rng.choice(
            [
                "{not json",
                "",
                "null",
                "[1,2,3]",
                '"a string"',
                "{" * 5000,
                "[" * 100000 + "]" * 100000,
                '{"record_type": "evidence.capture.frame"',
            ]
        ),
    )
    return [target]


def m_huge_payload(root, frames, rng):
    target = rng.choice(frames)
    _edit(root, target, lambda p: p.update(junk="x" * rng.choice([1_000_000, 5_000_000])))
    return None  # still a fine frame


def m_odd_unicode(root, frames, rng):
    target = rng.choice(frames)
    title = rng.choice(
        [
            "\u202eevil\u202c title",
            "zero\u200bwidth\u200b",
            "\U0001f600" * 200,
            "nul\x00byte",
            "\udcff lone surrogate escaped",
            "é" * 5000,
        ]
    )
    _edit(
        root,
        target,
        lambda p: (
            p["window_ref"]["window"].update(title=title)
            if isinstance(p.get("window_ref"), dict)
            else p.update(window_ref={"window": {"title": title}})
        ),
    )
    return None


def m_wrong_types(root, frames, rng):
    target = rng.choice(frames)
    field, value = rng.choice(
        [
            ("width", "1920"),
            ("width", -5),
            ("height", 1e12),
            ("width", None),
            ("height", [1]),
            ("ts_utc", 12345),
            ("ts_utc", "yesterday"),
            ("content_hash", "abc"),
            ("content_size", "big"),
            ("monitor_index", "0"),
        ]
    )
    _edit(root, target, lambda p: p.update({field: value}))
    db = _db(root)  # the newer columns would hide a broken payload ts_utc; null them like an old sidecar did
    db.execute("UPDATE metadata SET ts_utc = NULL WHERE id = ?", (target,))
    db.commit()
    return [target]


BAD_TIMES = [
    "0001-01-01T00:00:00.000000+00:00",
    "9999-12-31T23:59:59.999999+00:00",
    "0001-01-01T00:00:00+14:00",
    "9999-12-31T23:59:59-12:00",
    "1970-01-01T00:00:00Z",
    "1989-12-31T23:59:59+00:00",
    "2999-01-01T00:00:00.000000+00:00",
]


def m_bad_time(root, frames, rng):
    """Times outside the sane range (before 1990, after tomorrow; year 1 and 9999 overflow in a local zone)
    on a frame (refused with its id), a window meta or input summary, or a frame's window_ref (context only)."""
    value, kind = rng.choice(BAD_TIMES), rng.choice(["frame", "frame", "window", "input", "window_ref"])
    if kind == "window_ref":
        target = rng.choice(frames)
        _edit(
            root,
            target,
            lambda p: p["window_ref"].update(ts_utc=value) if isinstance(p.get("window_ref"), dict) else None,
        )
        return None
    if kind == "frame":
        target = rng.choice(frames)
    else:
        rtype = "evidence.window.meta" if kind == "window" else "derived.input.summary"
        with _db(root) as db:
            target = db.execute(
                "SELECT id FROM metadata WHERE record_type = ? ORDER BY rowid LIMIT 1", (rtype,)
            ).fetchone()[0]
    _edit(
        root,
        target,
        lambda p: p.update({k: value for k in ("ts_utc", "start_ts_utc", "end_ts_utc") if k in p}),
    )
    db = _db(root)
    db.execute("UPDATE metadata SET ts_utc = ? WHERE id = ?", (value, target))
    db.commit()
    db.close()
    return [target] if kind == "frame" else None


def m_garbage_nested(root, frames, rng):
    target = rng.choice(frames)
    _edit(
        root,
        target,
        lambda p: p.update(
            window_ref=rng.choice([[1, 2], "window", {"window": [1]}, {"window": {"rect": "x"}}]),
            monitor_layout=rng.choice(["x", [1, "a"], [{"left": "a"}]]),
            input_ref=rng.choice([1, {"counts": "many"}, {"counts": {"key": "a"}}]),
            cursor=rng.choice(["x", {"x": "a"}]),
        ),
    )
    return None


def m_blob_truncated(root, frames, rng):
    target = rng.choice(frames)
    p = _blob(root, target)
    p.write_bytes(p.read_bytes()[: rng.choice([0, 10, 1000, p.stat().st_size // 2])])
    return [target]


def m_blob_empty_consistent(root, frames, rng):
    target = rng.choice(frames)
    _set_blob(root, target, b"")
    return [target]


def m_blob_huge(root, frames, rng):
    target = rng.choice(frames)
    with open(_blob(root, target), "r+b") as fh:
        fh.truncate(65 * 1024 * 1024)  # sparse: over the 64 MiB cap without using the disk
    return [target]


def m_blob_not_image(root, frames, rng):
    target = rng.choice(frames)
    _set_blob(
        root,
        target,
        rng.choice([b"GIF89a" + os.urandom(100), b"%PDF-1.4", os.urandom(5000), b"BM" + b"\x00" * 60]),
    )
    return [target]


def m_blob_bomb(root, frames, rng):
    target = rng.choice(frames)
    _set_blob(root, target, _bomb_png(rng.choice([20000, 50000]), rng.choice([20000, 30000])))
    return [target]


def m_blob_encrypted(root, frames, rng):
    target = rng.choice(frames)
    _set_blob(root, target, rng.choice([b"ACNXBLOB1", b"ACNXSTR1"]) + os.urandom(300))
    return [target]


def m_pointer(root, frames, rng):
    target = rng.choice(frames)
    pointer = rng.choice(
        [
            "..\\..\\metadata.db",
            "media/../../../etc/passwd",
            "/etc/passwd",
            "C:\\Windows\\win.ini",
            "\\\\server\\share\\x.blob",
            "media\\..\\journal.ndjson",
            "a\x00b",
        ]
    )
    _edit(root, target, lambda p: p.update(blob_path=pointer))
    return [target]


def m_symlink_out(root, frames, rng):
    target = rng.choice(frames)
    p = _blob(root, target)
    p.unlink()
    p.symlink_to(rng.choice(["/etc/hostname", "/proc/self/environ", str(root / "metadata.db")]))
    return [target]


def m_blob_missing(root, frames, rng):
    target = rng.choice(frames)
    _blob(root, target).unlink()
    return [target]


def m_blob_is_dir(root, frames, rng):
    target = rng.choice(frames)
    p = _blob(root, target)
    p.unlink()
    p.mkdir()
    return [target]


def m_journal(root, frames, rng):
    p = root / "journal.ndjson"
    lines = p.read_text().splitlines(keepends=True)
    for _ in range(rng.randrange(1, 10)):
        lines.insert(
            rng.randrange(len(lines)),
            rng.choice(
                ["{bad\n", "\x00\x01\x02\n", "[]\n", "1\n", "{}\n", "x" * 10000 + "\n", '{"a":' * 1000 + "\n"]
            ),
        )
    p.write_text("".join(lines) + rng.choice(["", '{"partial": tr']))


def m_journal_binary(root, frames, rng):
    (root / "journal.ndjson").write_bytes(os.urandom(rng.choice([10, 5000])))


def m_ledger(root, frames, rng):
    p = root / "ledger.ndjson"
    entries = [json.loads(x) for x in p.read_text().splitlines()]
    i = rng.randrange(len(entries))
    choice = rng.randrange(3)
    if choice == 0:
        entries[i]["outputs"] = ["tampered"]
    elif choice == 1:
        del entries[i]
    else:
        entries[i]["prev_hash"] = "0" * 64
    p.write_text(
        "".join(canonical_json(e) + "\n" for e in entries) + rng.choice(["", "garbage\n", "deadbeef {\n"])
    )


def m_activity(root, frames, rng):
    p = root / "activity" / "activity_signal.json"
    choice = rng.randrange(4)
    if choice == 0:
        p.write_text(rng.choice(["", "{", "[]", '{"ts_utc": 5}', '{"user_active": "no"}', "null"]))
    elif choice == 1:
        p.write_bytes(b"{" + b" " * 200_000 + b"}")
    elif choice == 2:
        p.unlink()
        p.mkdir()
    else:
        p.unlink()


def m_db_is_dir(root, frames, rng):
    (root / "metadata.db").unlink()
    (root / "metadata.db").mkdir()


def m_media_is_file(root, frames, rng):
    shutil.rmtree(root / "media")
    (root / "media").write_text("not a folder")


def m_unknown_types(root, frames, rng):
    db = _db(root)
    for i in range(rng.randrange(1, 20)):
        db.execute(
            "INSERT INTO metadata VALUES (?, ?, ?, NULL, 'r')",
            (
                f"r/odd/{i}",
                canonical_json({"record_type": f"evidence.odd.{i % 3}", "x": i}),
                f"evidence.odd.{i % 3}",
            ),
        )
    db.commit()


def m_wal_junk(root, frames, rng):
    (root / "metadata.db-wal").write_bytes(os.urandom(rng.choice([0, 32, 4096])))
    (root / "metadata.db-shm").write_bytes(os.urandom(rng.choice([0, 32768])))


MUTATIONS = [
    m_truncate_db,
    m_scribble_db,
    m_drop_table,
    m_rename_payload,
    m_payload_type,
    m_null_id,
    m_bad_json,
    m_huge_payload,
    m_odd_unicode,
    m_wrong_types,
    m_garbage_nested,
    m_blob_truncated,
    m_blob_empty_consistent,
    m_blob_huge,
    m_blob_not_image,
    m_blob_bomb,
    m_blob_encrypted,
    m_pointer,
    m_symlink_out,
    m_blob_missing,
    m_blob_is_dir,
    m_journal,
    m_journal_binary,
    m_ledger,
    m_activity,
    m_db_is_dir,
    m_media_is_file,
    m_unknown_types,
    m_wal_junk,
    m_bad_time,
]
VARIANTS = 7  # 30 mutations x 7 seeds = 210 cases


def cases(variants: int = VARIANTS) -> list[tuple[str, int]]:
    return [(m.__name__[2:], seed) for m in MUTATIONS for seed in range(variants)]


def make_case(dst: Path, name: str, seed: int) -> tuple[list[str], list[str] | None]:
    """Build one malformed DataRoot; returns (the kept frame ids, the frame ids damaged or None)."""
    frames = base_copy(dst)
    fn = next(m for m in MUTATIONS if m.__name__ == "m_" + name)
    damaged = fn(dst, frames, random.Random(f"{name}/{seed}"))
    return frames, damaged
