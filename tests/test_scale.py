"""Costs that must not grow with history: each test watches the work one more item causes (folders
listed, rows sorted, index bytes rewritten) rather than wall time, so it fails when the cost comes back."""

from __future__ import annotations

import os
import time
from pathlib import Path

from autocapture.config import load_config
from autocapture.dataroot import blobs
from autocapture.dataroot.reader import DataRoot

from conftest import TRUTH, blob_path


def _age_folders(root: Path) -> None:
    """Folders written an hour ago: their mtime has settled, as on a real DataRoot."""
    past = time.time() - 3600
    for d in [root, *(p for p in root.rglob("*") if p.is_dir())]:
        os.utime(d, (past, past))


def _resolve_all(root: Path) -> None:
    with DataRoot(load_config(env={}, dataroot=root)) as dr:
        for frame in dr.frames():
            dr.media.load_frame(frame)


def test_blobs_at_their_expected_path_never_list_the_media_folder(dataroot):
    index = blobs.name_index(dataroot / "media")
    _resolve_all(dataroot)
    _resolve_all(dataroot)
    assert index.listings == 0


def test_the_media_index_is_built_once_per_process_and_refreshed_by_changed_folder(dataroot, monkeypatch):
    monkeypatch.setattr(blobs, "INDEX_REFRESH_S", 0.0)
    frames = [f["record_id"] for f in TRUTH["frames"]]
    # one blob written under another run's folder: only the name index finds it
    moved = blob_path(dataroot, frames[0])
    elsewhere = dataroot / "media" / "rid_other" / "evidence" / moved.name
    elsewhere.parent.mkdir(parents=True)
    moved.rename(elsewhere)
    _age_folders(dataroot / "media")
    index = blobs.name_index(dataroot / "media")
    _resolve_all(dataroot)
    folders = sum(1 for p in (dataroot / "media").rglob("*") if p.is_dir()) + 1
    assert index.listings == folders  # the first lookup lists every folder once
    _resolve_all(dataroot)  # a new DataRoot object (a web request, a question) reuses the index
    assert index.listings == folders
    # a second misplaced blob in a new folder: the refresh lists the changed folders only
    moved2 = blob_path(dataroot, frames[1])
    newer = dataroot / "media" / "rid_other" / "later" / moved2.name
    newer.parent.mkdir()
    moved2.rename(newer)
    _resolve_all(dataroot)
    assert folders < index.listings <= folders + 4  # rid_other, later, and moved2's old folder


def test_frames_without_window_ref_find_their_window_with_one_read_of_the_metas(dataroot, monkeypatch):
    """Ingest attaches windows by bisection over metas read and sorted once: O(frames + metas), where
    re-reading or re-sorting them per frame was O(frames x metas)."""
    from conftest import edit_payload

    expected = {}
    for f in TRUTH["frames"]:
        payload = edit_payload(dataroot, f["record_id"], lambda p: p.pop("window_ref", None) and None)
        expected[f["record_id"]] = payload
    walks = []

    class Metas(list):  # the metas as read, counting each pass over them (a sort is one pass)
        def __iter__(self):
            walks.append(1)
            return super().__iter__()

    real = DataRoot.window_metas
    monkeypatch.setattr(DataRoot, "window_metas", lambda self: Metas(real(self)))
    with DataRoot(load_config(env={}, dataroot=dataroot)) as dr:
        frames = list(dr.frames())
    assert len(walks) == 1  # not once per frame
    by_id = {f.record_id: f for f in frames}
    for f in TRUTH["frames"]:
        assert by_id[f["record_id"]].window is not None
        assert by_id[f["record_id"]].title == f["title"], f["record_id"]


def _frame_record(store, record_id: str, ts: str, text: str) -> None:
    from autocapture.store.canonical import make_record, provenance

    store.add_frames(
        [
            {
                "record_id": record_id,
                "source_key": "1",
                "ts_utc": ts,
                "run_id": "r1",
                "app": "a.exe",
                "title": "t",
                "width": 10,
                "height": 10,
                "content_hash": None,
            }
        ],
        ["frame"],
        None,
    )
    prov = provenance(
        source_record_id=record_id,
        blob_sha256=None,
        frame_ts_utc=ts,
        run_id="r1",
        config_digest="c",
        model_digest="m",
        engine_version="e",
        modality="ocr",
        inputs={"text": text},
    )
    rec = make_record(
        modality="ocr", record_type="derived.text.ocr", model_id="m", output={"text": text}, prov=prov
    )
    store.put_result(record_id, "frame", [rec], {rec["sample_id"]: text})


def test_closed_hours_of_parquet_facts_are_compacted_to_one_file(tmp_path):
    import pyarrow.parquet as pq

    from autocapture.store import facts
    from autocapture.store.derived import DerivedStore

    with DerivedStore(tmp_path / "derived") as store:
        for n in range(3):  # three passes within 09:00-10:00: three small files
            _frame_record(store, f"r1/frame/{n}", f"2026-11-24T09:0{n}:00.000000+00:00", f"first {n}")
            facts.export(store)
        _frame_record(store, "r1/frame/0", "2026-11-24T09:00:00.000000+00:00", "replaced")  # re-processed
        facts.export(store)
        hour9 = tmp_path / "derived" / "facts" / "run_id=r1" / "day=2026-11-24" / "hour=09"
        assert len(list(hour9.glob("*.parquet"))) == 4  # still open: no frame an hour past its end yet
        _frame_record(store, "r1/frame/9", "2026-11-24T11:30:00.000000+00:00", "later")
        facts.export(store)
        assert facts.compact(store) == []  # nothing new since: nothing looked at again
    files = list(hour9.glob("*.parquet"))
    assert len(files) == 1
    rows = pq.read_table(files[0]).to_pylist()
    assert sorted(r["sample_id"] for r in rows) == [f"r1/frame/{n}#ocr" for n in range(3)]
    assert '"replaced"' in next(r["body"] for r in rows if r["sample_id"] == "r1/frame/0#ocr")
    assert len(list(hour9.parent.glob("hour=11/*.parquet"))) == 1


# Full scans a pass may still make, each on purpose: the summary's counts (one GROUP BY over covering
# indexes per pass, for the numbers a user reads) and the one-off migrations of an old store.
ALLOWED_SCANS = ("SELECT count(*) FROM frames", "GROUP BY", "sqlite_master", "PRAGMA")


def test_every_query_a_pass_repeats_uses_an_index(tmp_path):
    """Record every statement the second `process once` (one new frame) runs against derived.db (apsw's
    connection hook, no patching) and ask SQLite for its plan: none may scan a table that grows with
    history."""
    import re

    import apsw

    from autocapture.store.derived import connect

    from conftest import FRESH, append_frame, cli_json, copy_sample

    root = copy_sample(tmp_path / "dr")
    assert cli_json("process", "once", "--dataroot", root, *FRESH)[0] == 0
    append_frame(root, TRUTH["frames"][0]["record_id"], 900, seconds_later=7200)
    seen: dict[str, tuple] = {}

    def trace(cursor, sql, bindings):
        seen.setdefault(sql, bindings if isinstance(bindings, tuple) else ())
        return True

    def hook(conn):
        if conn.filename.endswith("derived.db"):
            conn.exec_trace = trace

    apsw.connection_hooks.append(hook)
    try:
        code, _ = cli_json("process", "once", "--dataroot", root, *FRESH)
    finally:
        apsw.connection_hooks.remove(hook)
    assert code == 0
    conn = connect(root / "derived" / "derived.db", readonly=True)
    grows = re.compile(r"^SCAN (frames|records|work|texts|vector_items|export_batches|window_sessions)\b")
    scans = {}
    for sql, bindings in seen.items():
        if not re.match(r"\s*(SELECT|UPDATE|DELETE)", sql, re.I) or any(a in sql for a in ALLOWED_SCANS):
            continue
        try:
            plan = [row[-1] for row in conn.execute("EXPLAIN QUERY PLAN " + sql, bindings).fetchall()]
        except apsw.Error:
            continue  # a statement that only makes sense inside its transaction (temp tables)
        if any(grows.match(step) for step in plan):
            scans[sql] = plan
    assert not scans, scans
