"""The ANN index (faiss IVF-SQ8) over line vectors: recall against the exact scan on clustered vectors in
a real derived.db, incremental sync, byte-identical rebuilds, and the query path switching to it."""

from __future__ import annotations

import hashlib
import json

import numpy as np
import pytest

from autocapture.store import ann
from autocapture.store.derived import DerivedStore

from conftest import FRESH, cli_json, copy_sample, process_sample

DIM = 64


def fill(derived, n: int, start: int = 0, seed: int = 0) -> np.ndarray:
    """n clustered unit vectors as line items of fake frames, written the way put_result writes them."""
    rng = np.random.default_rng(seed)
    centres = np.random.default_rng(99).standard_normal((50, DIM)).astype(np.float32)
    x = centres[rng.integers(0, 50, n)] + 0.6 * rng.standard_normal((n, DIM)).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    with DerivedStore(derived) as store, store.tx():
        store._ensure_vec_table(DIM)
        for i, v in enumerate(x, start=start + 1):
            store.conn.execute(
                "INSERT INTO texts (id, text) VALUES (?, ?)", (i, f"line {i}")
            )  # one vector per text
            store.conn.execute(
                "INSERT INTO items (id, source_id, kind, ref, text_id) VALUES (?, ?, 'line', 'l0', ?)",
                (i, f"f/{i}", i),
            )
            store.conn.execute("INSERT INTO vec_items (rowid, embedding) VALUES (?, ?)", (i, v.tobytes()))
    return x


def test_recall_against_the_exact_scan_and_incremental_sync(tmp_path):
    derived = tmp_path / "derived"
    x = fill(derived, 20_000)
    with DerivedStore(derived) as store:
        assert ann.sync(store, 50_000) is None  # below the threshold: no index, exact search
        first = ann.sync(store, 10_000)
    assert first["vectors"] == 20_000 and first["retrained"] and first["max_id"] == 20_000
    index = ann.AnnIndex.open(derived, nprobe=16)
    queries = x[:100] + 0.05 * np.random.default_rng(1).standard_normal((100, DIM)).astype(np.float32)
    queries /= np.linalg.norm(queries, axis=1, keepdims=True)
    exact = np.argsort(-(queries @ x.T), axis=1, kind="stable")[:, :10] + 1
    recall = np.mean(
        [len(set(exact[i]) & {k for k, _ in index.search(q, 10)}) / 10 for i, q in enumerate(queries)]
    )
    assert recall >= 0.9, recall
    # new vectors are appended without retraining
    fill(derived, 3_000, start=20_000, seed=5)
    with DerivedStore(derived) as store:
        second = ann.sync(store, 10_000)
        assert second["added"] == 3_000 and not second["retrained"] and second["vectors"] == 23_000
        assert ann.sync(store, 10_000)["added"] == 0
    assert 23_000 in {
        k
        for k, _ in ann.AnnIndex.open(derived, 16).search(
            np.frombuffer(_vec(derived, 23_000), dtype="<f4"), 5
        )
    }


def _vec(derived, item_id: int) -> bytes:
    with DerivedStore(derived) as store:
        return store.conn.execute("SELECT embedding FROM vec_items WHERE rowid = ?", (item_id,)).fetchone()[0]


def test_the_same_store_builds_the_same_index(tmp_path):
    digests = []
    for name in ("a", "b"):
        fill(tmp_path / name, 5_000)
        with DerivedStore(tmp_path / name) as store:
            ann.sync(store, 1_000)
        digests.append(hashlib.sha256((tmp_path / name / "ann" / "lines.faiss").read_bytes()).hexdigest())
    assert digests[0] == digests[1]


@pytest.fixture(scope="module")
def with_ann(tmp_path_factory):
    root, summary = process_sample(
        tmp_path_factory.mktemp("ann") / "dr", "--set", "storage.ann_min_vectors=50"
    )
    return root, summary


def test_process_once_builds_it_and_queries_use_it_with_the_same_answers(with_ann, tmp_path):
    root, summary = with_ann
    state = summary["items"]["ann_index"]
    assert state["vectors"] > 100 and (root / "derived" / "ann" / "lines.faiss").exists()
    plain, _ = process_sample(tmp_path / "plain")
    used = 0
    for question in (
        "what did Priya say about the budget?",
        "what was the total due on the Northwind invoice?",
        "what command did I run in the terminal?",
    ):
        code, a = cli_json("query", question, "--dataroot", root, *FRESH)
        code2, b = cli_json("query", question, "--dataroot", plain, *FRESH)
        assert code == code2 == 0
        assert (a["answer"], a["claims"]) == (b["answer"], b["claims"]), question
        if "vector_ms" in a["timings_ms"]:
            assert a["timings_ms"]["vector_index"] == "ann" and b["timings_ms"]["vector_index"] == "exact"
            used += 1
    assert used  # at least one of the questions went through hybrid retrieval
    assert json.loads((root / "derived" / "ann" / "lines.json").read_text())["vectors"] == state["vectors"]


def test_the_worker_keeps_the_index_too(tmp_path):
    root = copy_sample(tmp_path / "dr")
    code, totals = cli_json(
        "worker",
        "--dataroot",
        root,
        *FRESH,
        "--set",
        "storage.ann_min_vectors=50",
        "--set",
        "worker.poll_s=0.2",
        "--max-runtime",
        "30",
    )
    assert code == 0 and totals["processed"] == 16
    meta = json.loads((root / "derived" / "ann" / "lines.json").read_text())
    assert meta["vectors"] > 100


def test_a_pass_writes_its_new_vectors_not_the_whole_index(tmp_path):
    """Each sync writes a segment the size of what is new; the main file is rewritten only when the
    segments reach a quarter of it, and searches see every vector all along."""
    derived = tmp_path / "derived"
    fill(derived, 8_000)
    with DerivedStore(derived) as store:
        ann.sync(store, 1_000)
    main = derived / "ann" / "lines.faiss"
    main_bytes, stamp = main.stat().st_size, main.stat().st_mtime_ns
    start = 8_000
    for n in range(12):  # small passes: 100 vectors each
        fill(derived, 100, start=start, seed=10 + n)
        start += 100
        with DerivedStore(derived) as store:
            state = ann.sync(store, 1_000)
        assert state["added"] == 100 and not state["retrained"]
        assert state["bytes_written"] < main_bytes  # a segment (sometimes two merged), never the index
        assert main.stat().st_mtime_ns == stamp
        assert len(state["segments"]) <= ann.MAX_SEGMENTS
        index = ann.AnnIndex.open(derived, 16)
        assert start in {k for k, _ in index.search(np.frombuffer(_vec(derived, start), dtype="<f4"), 5)}
    assert state["vectors"] == start
    fill(derived, 1_000, start=start, seed=99)  # the segments now hold a quarter of the main file: folded in
    with DerivedStore(derived) as store:
        state = ann.sync(store, 1_000)
    assert state["segments"] == [] and state["main_vectors"] == start + 1_000
    assert main.stat().st_mtime_ns != stamp and not list((derived / "ann").glob("lines.seg-*"))
    assert ann.AnnIndex.open(derived, 16).index.ntotal == start + 1_000
