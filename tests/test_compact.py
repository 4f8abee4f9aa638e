"""The compact store (migration 6): one vector per unique text, embed records by reference, zstd and delta
bodies. A store written in the previous format (version 5: JSON bodies, vectors inline and one per line)
migrates without processing anything again and then answers the same questions with the same citations."""

import json
import shutil
import sqlite3
from pathlib import Path

import numpy as np
import pytest

from autocapture.config import load_config
from autocapture.hashing import canonical_json
from autocapture.stages.embed import CLOCK, encode_vector
from autocapture.stages.engine import load_engine
from autocapture.store.bodies import load_text
from autocapture.store.derived import MIGRATIONS, DerivedStore, connect, load_record, vectors_by_ref

from conftest import cli_json, process_sample

NOW = "2026-11-25T12:00:00+00:00"
QUESTIONS = [
    "What was the total due on the Northwind invoice?",
    "What PO number did Priya mention?",
    "How many frames showed 'INV-2026-0412' and for how long?",
]


@pytest.fixture(scope="module")
def compact(tmp_path_factory):
    """The sample processed by today's pipeline."""
    return process_sample(tmp_path_factory.mktemp("compact") / "dataroot")[0]


def write_v5(new_root: Path, old_root: Path) -> None:
    """The same store in the version-5 format, as the code before migration 6 wrote it: every body plain
    canonical JSON, embed records holding base64 vectors, one vector_items row and one vector per line (but a
    clock reading, which has none today either)."""
    shutil.copytree(new_root, old_root, ignore=lambda d, names: ["derived"] if Path(d) == new_root else [])
    (old_root / "derived").mkdir()
    shutil.copytree(new_root / "derived" / "facts", old_root / "derived" / "facts")
    new = connect(new_root / "derived" / "derived.db", readonly=True)
    old = connect(old_root / "derived" / "derived.db")
    old.execute("BEGIN")
    for i, script in enumerate(MIGRATIONS[:5], start=1):
        old.execute(script)
        old.execute(f"PRAGMA user_version = {i}")
    for table in ("frames", "work", "meta", "export_batches"):
        cols = [r[1] for r in old.execute(f"PRAGMA table_info({table})")]
        for row in new.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall():
            old.execute(f"INSERT INTO {table} VALUES ({', '.join('?' * len(cols))})", row)
    dim = new.execute("SELECT value FROM meta WHERE key = 'vector_dim'").fetchone()[0]
    old.execute(f"CREATE VIRTUAL TABLE vec_items USING vec0(embedding float[{dim}] distance_metric=cosine)")
    for sid, source, modality, ts, prov, batch in new.execute(
        "SELECT sample_id, source_id, modality, ts_utc, provenance_hash, export_batch FROM records"
    ).fetchall():
        rec = load_record(new, sid)
        if modality == "embed":
            rec["emb_vectors"] = [encode_vector(v) for v in vectors_by_ref(new, rec)]
            rec["output_json"]["encoding"] = "base64-float32-le"
        old.execute(
            "INSERT INTO records VALUES (?, ?, ?, ?, ?, ?, ?)",
            (sid, source, modality, ts, prov, canonical_json(rec), batch),
        )
    for row in new.execute("SELECT sample_id, text FROM text_fts").fetchall():
        old.execute("INSERT INTO text_fts VALUES (?, ?)", row)
    for item_id, source, kind, ref, text, blob in new.execute(
        "SELECT i.id, i.source_id, i.kind, i.ref, i.text, v.embedding FROM vector_items i "
        "LEFT JOIN vec_items v ON v.rowid = i.text_id ORDER BY i.id"
    ).fetchall():
        box = next(
            (
                it["box"]
                for it in load_record(new, source + "#embed")["output_json"]["items"]
                + load_record(new, source + "#sst")["output_json"]["lines"]
                if it.get("ref", it.get("id")) == ref
            ),
            None,
        )
        old.execute(
            "INSERT INTO vector_items VALUES (?, ?, ?, ?, ?, ?, ?)",
            (item_id, source + "#embed", source, kind, ref, text, canonical_json(box)),
        )
        if blob is not None:  # (a clock reading has none: the migration keeps it a text without a vector)
            old.execute("INSERT INTO vec_items (rowid, embedding) VALUES (?, ?)", (item_id, blob))
    old.execute("INSERT INTO item_fts(item_fts) VALUES ('rebuild')")
    old.execute("COMMIT")
    old.close()
    new.close()


def answers(root: Path) -> dict:
    out = {}
    for q in QUESTIONS:
        code, a = cli_json("query", q, "--dataroot", root, "--now", NOW)
        assert code == 0, a
        a.pop("timings_ms", None)
        out[q] = a
    return out


def test_embed_records_refer_to_one_vector_per_unique_text(compact):
    db = connect(compact / "derived" / "derived.db", readonly=True)
    items, texts = db.execute("SELECT count(*), count(DISTINCT text_id) FROM vector_items").fetchone()
    clocks = sum(
        CLOCK.fullmatch(t) is not None for (t,) in db.execute("SELECT DISTINCT text FROM vector_items")
    )
    # one vector per unique text but a clock reading's (embed.wants_vector)
    assert items > texts == db.execute("SELECT count(*) FROM vec_items").fetchone()[0] + clocks
    embedder = load_engine("embed.minilm", load_config(env={}))
    for (sid,) in db.execute("SELECT sample_id FROM records WHERE modality = 'embed'").fetchall():
        rec = load_record(db, sid)
        assert all(len(v) == 64 for v in rec["emb_vectors"]) and len(rec["emb_vectors"]) == len(
            rec["output_json"]["items"]
        )
    # each stored vector is its text's own embedding, whichever frame embedded it first
    rows = db.execute(
        "SELECT t.text, v.embedding FROM texts t JOIN vec_items v ON v.rowid = t.id LIMIT 20"
    ).fetchall()
    got = np.stack([np.frombuffer(b, dtype="<f4") for _, b in rows])
    assert np.allclose(got, embedder.run([t for t, _ in rows]), atol=1e-5)


def test_frames_that_repeat_their_predecessor_are_stored_as_deltas(compact):
    db = sqlite3.connect(compact / "derived" / "derived.db")
    deltas = db.execute("SELECT count(*) FROM records WHERE base IS NOT NULL").fetchone()[0]
    assert deltas >= 12  # the sample's 16 frames in 7 windows: most frames repeat the one before
    for sid, body, base in db.execute("SELECT sample_id, body, base FROM records WHERE base IS NOT NULL"):
        full = json.loads(load_text(db, sid))
        assert len(body) < len(canonical_json(full)) / 4 and full["sample_id"] == sid
        assert db.execute("SELECT base FROM records WHERE sample_id = ?", (base,)).fetchone() == (
            None,
        )  # one link


def test_replacing_a_base_record_rewrites_the_deltas_against_it(compact, tmp_path):
    root = tmp_path / "copy"
    shutil.copytree(compact, root)
    with DerivedStore(root / "derived") as store:
        base, source = store.conn.execute(
            "SELECT b.sample_id, b.source_id FROM records r JOIN records b ON b.sample_id = r.base LIMIT 1"
        ).fetchone()
        dependents = [
            r[0] for r in store.conn.execute("SELECT sample_id FROM records WHERE base = ?", (base,))
        ]
        before = {d: load_text(store.conn, d) for d in dependents}
        rec = load_record(store.conn, base)
        rec["metrics"]["replaced"] = True  # a re-run that gives a different record for the same frame
        store.put_result(source, "frame", [rec], {})
        assert load_record(store.conn, base) == rec
        assert {d: load_text(store.conn, d) for d in dependents} == before
        assert all(
            store.conn.execute("SELECT base FROM records WHERE sample_id = ?", (d,)).fetchone()[0] is None
            for d in dependents
        )


def test_a_version_5_store_migrates_and_answers_the_same(compact, tmp_path):
    old = tmp_path / "v5"
    write_v5(compact, old)
    v5 = sqlite3.connect(old / "derived" / "derived.db")
    assert v5.execute("PRAGMA user_version").fetchone() == (5,)
    assert v5.execute("SELECT typeof(body) FROM records GROUP BY 1").fetchall() == [("text",)]
    size_v5 = (old / "derived" / "derived.db").stat().st_size
    v5.close()
    DerivedStore(old / "derived").close()  # opening it for writing migrates it
    assert (old / "derived" / "derived.db").stat().st_size < size_v5 / 2
    new, mig = (sqlite3.connect(r / "derived" / "derived.db") for r in (compact, old))
    ids = [sid for (sid,) in new.execute("SELECT sample_id FROM records ORDER BY sample_id")]
    assert ids == [sid for (sid,) in mig.execute("SELECT sample_id FROM records ORDER BY sample_id")]
    assert all(
        load_text(mig, sid) == load_text(new, sid) for sid in ids
    )  # embed records now by reference too
    items = "SELECT i.id, i.source_id, i.kind, i.ref, i.text, t.text FROM vector_items i JOIN texts t ON t.id = i.text_id"
    assert mig.execute(items).fetchall() == new.execute(items).fetchall()
    assert answers(old) == answers(compact)


def test_a_failed_migration_leaves_the_version_5_store_as_it_was(compact, tmp_path):
    old = tmp_path / "v5"
    write_v5(compact, old)
    db = sqlite3.connect(old / "derived" / "derived.db")
    sid = db.execute("SELECT sample_id FROM records WHERE modality = 'embed' LIMIT 1").fetchone()[0]
    db.execute("UPDATE records SET body = '{not json' WHERE sample_id = ?", (sid,))
    db.commit()
    snapshot = db.execute("SELECT sample_id, body FROM records ORDER BY sample_id").fetchall()
    db.close()
    with pytest.raises(ValueError):
        DerivedStore(old / "derived")
    db = sqlite3.connect(old / "derived" / "derived.db")
    assert db.execute("PRAGMA user_version").fetchone() == (5,)
    assert db.execute("SELECT sample_id, body FROM records ORDER BY sample_id").fetchall() == snapshot
    assert (
        db.execute("SELECT name FROM sqlite_master WHERE name IN ('texts', 'vec_staging')").fetchall() == []
    )
