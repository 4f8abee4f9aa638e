"""An approximate nearest-neighbour index over the line vectors, for stores past a few hundred thousand
of them, where the exact sqlite-vec scan grows linear in the store (seconds at millions of vectors).

faiss IVF with 8-bit scalar quantisation (a library, not hand-written: k-means and SIMD scans are
its job): vectors are L2-normalised so inner product is cosine, like sqlite-vec's distance. The index
is derived data: `derived/ann/lines.faiss` plus `lines.json` saying which texts it covers (one vector
per unique normalised text since migration 6: the ids it returns are text ids). It is
synced after each processing pass (new ids appended; retrained when the store has grown 8-fold) and
is never the only copy of anything: sqlite-vec keeps the exact vectors and answers when it is absent."""

from __future__ import annotations

import json
import logging
import math
import os
import time
from pathlib import Path

import numpy as np

from autocapture.store.derived import DerivedStore

log = logging.getLogger("autocapture.ann")
BATCH = 50_000
TRAIN_SAMPLE = 100_000
SEED = 1234


def paths(derived_dir: Path) -> tuple[Path, Path]:
    folder = derived_dir / "ann"
    return folder / "lines.faiss", folder / "lines.json"


def read_meta(derived_dir: Path) -> dict | None:
    _, meta = paths(derived_dir)
    try:
        meta = json.loads(meta.read_text())
    except (OSError, ValueError):
        return None
    return meta if meta.get("ids") == "texts" else None  # an index over per-line ids (before migration 6) is stale


def _vectors(store: DerivedStore, after: int, dim: int, limit: int | None = None):
    """(ids, float32 matrix) of line vectors with id > after, in id order, BATCH at a time."""
    sql = ("SELECT t.id, v.embedding FROM texts t JOIN vec_items v ON v.rowid = t.id "
           "WHERE t.id > ? ORDER BY t.id LIMIT ?")
    taken = 0
    while limit is None or taken < limit:
        n = BATCH if limit is None else min(BATCH, limit - taken)
        rows = store.conn.execute(sql, (after, n)).fetchall()
        if not rows:
            return
        ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
        mat = np.frombuffer(b"".join(r[1] for r in rows), dtype="<f4").reshape(len(rows), dim)
        yield ids, np.ascontiguousarray(mat, dtype=np.float32)
        after, taken = int(ids[-1]), taken + len(rows)


def _train(store: DerivedStore, dim: int, total: int):
    import faiss

    nlist = max(64, min(4096, int(4 * math.sqrt(total))))  # k-means cost grows with nlist x sample
    want = min(total, max(TRAIN_SAMPLE, 30 * nlist))
    # every step-th vector: spread over the whole history, in a fixed order, so the same store trains the
    # same index (k-means is seeded and the parent runs single-threaded)
    step = max(1, total // want)
    rows = store.conn.execute(
        "SELECT v.embedding FROM texts t JOIN vec_items v ON v.rowid = t.id "
        "WHERE t.id % ? = 0 ORDER BY t.id LIMIT ?", (step, want)).fetchall()
    x = np.frombuffer(b"".join(r[0] for r in rows), dtype="<f4").reshape(len(rows), dim).copy()
    quantizer = faiss.IndexFlatIP(dim)
    index = faiss.IndexIVFScalarQuantizer(quantizer, dim, nlist, faiss.ScalarQuantizer.QT_8bit,
                                          faiss.METRIC_INNER_PRODUCT)
    index.cp.seed = SEED
    index.train(x)
    return index, nlist


def sync(store: DerivedStore, min_vectors: int) -> dict | None:
    """Bring the index up to date with the store; None while the store is below min_vectors."""
    dim = store.vector_dim()
    if not dim or not min_vectors:
        return None
    # the highest text id stands for the store's size: a rowid lookup, where count(*) would scan millions of
    # rows on every worker pass
    total = store.conn.execute("SELECT max(id) FROM texts").fetchone()[0] or 0
    meta = read_meta(store.dir)
    if total < min_vectors and meta is None:
        return None
    index_path, meta_path = paths(store.dir)
    retrain = meta is None or meta.get("dim") != dim or total > 8 * meta.get("trained_on", 0) \
        or not index_path.exists()
    if not retrain and total <= meta["max_id"]:  # nothing new: leave the (large) index file unread
        return {**meta, "added": 0, "retrained": False, "seconds": 0.0}
    import faiss

    index_path.parent.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    if retrain:
        index, nlist = _train(store, dim, total)
        after, trained_on = 0, total
        log.info("ann: training an IVF%d,SQ8 index on %d line vectors", nlist, total)
    else:
        index = faiss.read_index(str(index_path))
        after, trained_on, nlist = meta["max_id"], meta["trained_on"], meta["nlist"]
    added = 0
    for ids, mat in _vectors(store, after, dim):
        index.add_with_ids(mat, ids)
        after, added = int(ids[-1]), added + len(ids)
    if added or retrain:
        tmp = index_path.with_suffix(".tmp")
        faiss.write_index(index, str(tmp))
        os.replace(tmp, index_path)  # readers see the old index or the new one, never half of one
        meta = {"ids": "texts", "dim": dim, "nlist": nlist, "trained_on": trained_on, "max_id": after,
                "vectors": int(index.ntotal),
                "kind": f"IVF{nlist},SQ8 inner product"}
        meta_path.write_text(json.dumps(meta, sort_keys=True))
    return {**meta, "added": added, "retrained": retrain, "seconds": round(time.monotonic() - started, 2)}


class AnnIndex:
    """A read-only handle for queries; memory-mapped so opening it is cheap."""

    def __init__(self, derived_dir: Path, nprobe: int):
        import faiss

        index_path, _ = paths(derived_dir)
        self.meta = read_meta(derived_dir)
        self.index = faiss.read_index(str(index_path), faiss.IO_FLAG_MMAP | faiss.IO_FLAG_READ_ONLY)
        faiss.extract_index_ivf(self.index).nprobe = nprobe

    @classmethod
    def open(cls, derived_dir: Path, nprobe: int) -> "AnnIndex | None":
        index_path, _ = paths(derived_dir)
        if not index_path.exists() or read_meta(derived_dir) is None:
            return None
        return cls(derived_dir, nprobe)

    def search(self, vector: np.ndarray, k: int) -> list[tuple[int, float]]:
        scores, ids = self.index.search(np.asarray(vector, dtype=np.float32).reshape(1, -1), k)
        return [(int(i), float(1 - s)) for i, s in zip(ids[0], scores[0]) if i >= 0]
