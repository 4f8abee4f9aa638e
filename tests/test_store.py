"""What autocapture owns: derived.db (records, FTS5, sqlite-vec) and the Parquet facts. A run killed with
SIGKILL at any point, then resumed, ends with exactly the rows of an uninterrupted run."""

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from autocapture.config import load_config
from autocapture.stages.engine import load_engine
from autocapture.store.bodies import load_text
from autocapture.store.derived import MIGRATIONS, connect

from conftest import FRESH, cli_json, copy_sample, frame_ids, write_signal


def record_hashes(root: Path) -> dict[str, str]:
    db = sqlite3.connect(root / "derived" / "derived.db")  # bodies are zstd or deltas: read them back whole
    return {
        sid: hashlib.sha256(load_text(db, sid).encode()).hexdigest()
        for (sid,) in db.execute("SELECT sample_id FROM records")
    }


def parquet_rows(root: Path) -> list[tuple]:
    rows = []
    for f in sorted((root / "derived" / "facts").rglob("*.parquet")):
        t = pq.read_table(f)
        rows += list(
            zip(
                t.column("sample_id").to_pylist(),
                t.column("provenance_hash").to_pylist(),
                [hashlib.sha256(b.encode()).hexdigest() for b in t.column("body").to_pylist()],
            )
        )
    return sorted(rows)


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """An uninterrupted run of the sample."""
    root = copy_sample(tmp_path_factory.mktemp("reference") / "dataroot")
    code, summary = cli_json("process", "once", "--dataroot", root, *FRESH)
    assert code == 0
    return root


def test_derived_db_has_migrations_fts_and_vectors(reference):
    conn = connect(reference / "derived" / "derived.db")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS) == 10
    n_items = conn.execute("SELECT count(*) FROM vector_items").fetchone()[0]
    n_texts = conn.execute("SELECT count(DISTINCT text_id) FROM vector_items").fetchone()[0]
    # one vector per unique text, however many frames show it (a clock reading alone has none: embed.CLOCK)
    from autocapture.stages.embed import CLOCK

    texts = [t for (t,) in conn.execute("SELECT DISTINCT text FROM vector_items")]
    clocks = [t for t in texts if CLOCK.fullmatch(t)]
    assert n_items > n_texts == len(texts)
    assert len(texts) - len(clocks) == conn.execute("SELECT count(*) FROM vec_items").fetchone()[0] > 50
    embedder = load_engine("embed.minilm", load_config(env={}))
    query = embedder.run(["PO number"])[0].astype("<f4").tobytes()
    hits = conn.execute(
        "SELECT t.text, v.distance FROM vec_items v JOIN texts t ON t.id = v.rowid "
        "WHERE v.embedding MATCH ? AND k = 3 ORDER BY v.distance",
        (query,),
    ).fetchall()
    assert any("PO-88213" in text for text, _ in hits)
    fts = conn.execute("SELECT sample_id FROM text_fts WHERE text_fts MATCH 'Lufthansa'").fetchall()
    assert {s for (s,) in fts} == {frame_ids()[10] + "#ocr", frame_ids()[11] + "#ocr"}


def test_parquet_facts_hold_every_record_and_duckdb_reads_them(reference):
    rows = parquet_rows(reference)
    assert len(rows) == len(record_hashes(reference)) == 48
    assert {r[0] for r in rows} == set(record_hashes(reference))
    parts = [
        p.relative_to(reference / "derived" / "facts")
        for p in (reference / "derived" / "facts").rglob("*.parquet")
    ]
    assert all(str(p).startswith("run_id=5f1c2e9a/day=2026-11-24/hour=09/part-") for p in parts)
    code, out = cli_json(
        "facts",
        "sql",
        "--dataroot",
        reference,
        "SELECT modality, count(*) AS n FROM facts GROUP BY modality ORDER BY modality",
    )
    assert code == 0 and out["rows"] == [["embed", 16], ["ocr", 16], ["sst", 16]]
    code, out = cli_json("facts", "sql", "--dataroot", reference, "INSTALL httpfs")
    assert code == 1 and "query failed" in out["error"]


def test_replay_gives_identical_rows_and_files(reference, tmp_path):
    again = copy_sample(tmp_path / "again")
    assert cli_json("process", "once", "--dataroot", again, *FRESH)[0] == 0
    assert parquet_rows(again) == parquet_rows(reference)
    names = lambda r: sorted(p.name for p in (r / "derived" / "facts").rglob("*.parquet"))  # noqa: E731
    assert names(again) == names(reference)


def done_count(root: Path) -> int:
    try:
        db = sqlite3.connect(root / "derived" / "derived.db", timeout=5)
        return db.execute("SELECT count(*) FROM work WHERE stage='frame' AND status='done'").fetchone()[0]
    except sqlite3.Error:
        return 0


@pytest.mark.parametrize("kill_after", [0, 4, 11])
def test_kill_9_then_resume_equals_an_uninterrupted_run(reference, tmp_path, kill_after):
    root = copy_sample(tmp_path / "dataroot")
    exe = str(Path(sys.executable).parent / "autocapture")
    proc = subprocess.Popen(
        [exe, "process", "once", "--dataroot", str(root), *FRESH],
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while done_count(root) < kill_after and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    if kill_after == 0:
        time.sleep(1.5)  # mid start-up: validation, ingest, pool start
    os.killpg(proc.pid, signal.SIGKILL)  # the whole app dies at once, as in a crash or power loss
    proc.wait()
    killed_at = done_count(root)
    write_signal(root, idle=60)
    code, s = cli_json("process", "once", "--dataroot", root, *FRESH)
    assert code in (0, 2), s
    assert record_hashes(root) == record_hashes(reference), f"killed after {killed_at} frames"
    assert parquet_rows(root) == parquet_rows(reference)
    db = sqlite3.connect(root / "derived" / "derived.db")
    assert db.execute("SELECT count(*), count(DISTINCT sample_id) FROM records").fetchone() == (48, 48)
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
