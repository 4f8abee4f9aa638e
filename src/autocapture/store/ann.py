"""An approximate nearest-neighbour index over the line vectors, for stores past a few hundred thousand
of them, where the exact sqlite-vec scan grows linear in the store (seconds at millions of vectors).

faiss IVF with 8-bit scalar quantisation (a library, not hand-written: k-means and SIMD scans are
its job): vectors are L2-normalised so inner product is cosine, like sqlite-vec's distance. The index
is derived data: `derived/ann/lines.faiss` plus `lines.json` saying which texts it covers (one vector
per unique normalised text since migration 6: the ids it returns are text ids). It is
synced after each processing pass (new ids go to a small segment file beside it, folded in once they are
a quarter of it, so a pass never rewrites the whole index; retrained when the store has grown 8-fold) and
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
MAX_SEGMENTS = 8  # segment files searched beside the main one; more are folded together
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
    return (
        meta if meta.get("ids") == "texts" else None
    )  # an index over per-line ids (before migration 6) is stale


def _vectors(store: DerivedStore, after: int, dim: int, limit: int | None = None):
    """(ids, float32 matrix) of line vectors with id > after, in id order, BATCH at a time."""
    sql = (
        "SELECT t.id, v.embedding FROM texts t JOIN vec_items v ON v.rowid = t.id "
        "WHERE t.id > ? ORDER BY t.id LIMIT ?"
    )
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
        "WHERE t.id % ? = 0 ORDER BY t.id LIMIT ?",
        (step, want),
    ).fetchall()
    x = np.frombuffer(b"".join(r[0] for r in rows), dtype="<f4").reshape(len(rows), dim).copy()
    quantizer = faiss.IndexFlatIP(dim)
    index = faiss.IndexIVFScalarQuantizer(
        quantizer, dim, nlist, faiss.ScalarQuantizer.QT_8bit, faiss.METRIC_INNER_PRODUCT
    )
    index.cp.seed = SEED
    index.train(x)
    return index, nlist


def _segment_path(derived_dir: Path, first: int, last: int) -> Path:
    return paths(derived_dir)[0].with_name(f"lines.seg-{first}-{last}.faiss")


def _trained_path(derived_dir: Path) -> Path:
    return paths(derived_dir)[0].with_name("lines.trained.faiss")


def _write(index, dst: Path) -> int:
    import faiss

    tmp = dst.with_name(dst.name + ".tmp")
    faiss.write_index(index, str(tmp))
    os.replace(tmp, dst)  # readers see the old file or the new one, never half of one
    return dst.stat().st_size


def _write_meta(meta_path: Path, meta: dict) -> None:
    tmp = meta_path.with_name(meta_path.name + ".tmp")
    tmp.write_text(json.dumps(meta, sort_keys=True))
    os.replace(tmp, meta_path)


def _merge(derived_dir: Path, base, segments: list[dict]):
    """base (an index) with the segments' vectors added, in id order."""
    import faiss

    for seg in segments:
        part = faiss.read_index(str(derived_dir / "ann" / seg["file"]))
        base.merge_from(part, 0)
    return base


def sync(store: DerivedStore, min_vectors: int) -> dict | None:
    """Bring the index up to date with the store; None while the store is below min_vectors.

    New vectors go into a small segment file (the trained, empty index plus just them): a pass costs its
    own vectors, never a rewrite of the whole index. Segments are folded together when there are more
    than MAX_SEGMENTS (the two smallest neighbours first) and into the main file once they hold a
    quarter of its vectors, so each vector is rewritten a bounded number of times over the store's life."""
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
    retrain = (
        meta is None
        or meta.get("dim") != dim
        or total > 8 * meta.get("trained_on", 0)
        or not index_path.exists()
        or not _trained_path(store.dir).exists()
        or any(not (index_path.parent / s["file"]).exists() for s in meta.get("segments", []))
    )
    if not retrain and total <= meta["max_id"]:  # nothing new: leave the (large) index file unread
        return {**meta, "added": 0, "retrained": False, "seconds": 0.0, "bytes_written": 0}
    import faiss

    index_path.parent.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    written = 0
    if retrain:
        index, nlist = _train(store, dim, total)
        written += _write(index, _trained_path(store.dir))
        log.info("ann: training an IVF%d,SQ8 index on %d line vectors", nlist, total)
        after, added = 0, 0
        for ids, mat in _vectors(store, after, dim):
            index.add_with_ids(mat, ids)
            after, added = int(ids[-1]), added + len(ids)
        written += _write(index, index_path)
        meta = {
            "ids": "texts",
            "dim": dim,
            "nlist": nlist,
            "trained_on": total,
            "max_id": after,
            "main_vectors": int(index.ntotal),
            "vectors": int(index.ntotal),
            "segments": [],
            "kind": f"IVF{nlist},SQ8 inner product",
        }
    else:
        meta = {
            **meta,
            "segments": list(meta.get("segments", [])),
            "main_vectors": meta.get("main_vectors", meta["vectors"]),
        }
        segment = faiss.read_index(str(_trained_path(store.dir)))
        first, after, added = meta["max_id"] + 1, meta["max_id"], 0
        for ids, mat in _vectors(store, after, dim):
            segment.add_with_ids(mat, ids)
            after, added = int(ids[-1]), added + len(ids)
        if added:
            name = _segment_path(store.dir, first, after).name
            written += _write(segment, index_path.parent / name)
            meta["segments"].append({"file": name, "first_id": first, "max_id": after, "vectors": added})
        meta["max_id"], segs = after, meta["segments"]
        if sum(s["vectors"] for s in segs) * 4 > meta["main_vectors"]:  # fold them into the main file
            main = _merge(store.dir, faiss.read_index(str(index_path)), segs)
            written += _write(main, index_path)
            meta["main_vectors"], meta["segments"] = int(main.ntotal), []
        while len(meta["segments"]) > MAX_SEGMENTS:
            k = min(range(len(segs) - 1), key=lambda j: segs[j]["vectors"] + segs[j + 1]["vectors"])
            a, b = segs[k], segs[k + 1]
            both = _merge(store.dir, faiss.read_index(str(_trained_path(store.dir))), [a, b])
            name = _segment_path(store.dir, a["first_id"], b["max_id"]).name
            written += _write(both, index_path.parent / name)
            segs[k : k + 2] = [
                {
                    "file": name,
                    "first_id": a["first_id"],
                    "max_id": b["max_id"],
                    "vectors": a["vectors"] + b["vectors"],
                }
            ]
        meta["vectors"] = meta["main_vectors"] + sum(s["vectors"] for s in meta["segments"])
    _write_meta(meta_path, meta)
    live = {s["file"] for s in meta["segments"]}
    for stale in index_path.parent.glob("lines.seg-*.faiss"):  # folded away; open readers keep their mapping
        if stale.name not in live:
            stale.unlink(missing_ok=True)
    return {
        **meta,
        "added": added,
        "retrained": retrain,
        "seconds": round(time.monotonic() - started, 2),
        "bytes_written": written,
    }


NPROBE_SHARE_PER_MILLE = 36  # at least this many lists per thousand are searched


class AnnIndex:
    """A read-only handle for queries: the main file and its segments, memory-mapped so opening is cheap;
    a search asks each and keeps the k nearest overall."""

    def __init__(self, derived_dir: Path, nprobe: int):
        import faiss

        index_path, _ = paths(derived_dir)
        self.meta = read_meta(derived_dir)
        files = [index_path] + [index_path.parent / s["file"] for s in self.meta.get("segments", [])]
        self.parts = [faiss.read_index(str(f), faiss.IO_FLAG_MMAP | faiss.IO_FLAG_READ_ONLY) for f in files]
        for part in self.parts:
            ivf = faiss.extract_index_ivf(part)
            # the share of lists searched, not their number, holds recall as the store grows: 32 of 900 lists
            # gave recall@10 0.93 at 100k frames, 32 of 2372 only 0.78 at 1M (bench/results/query-1m.txt)
            ivf.nprobe = max(nprobe, -(-ivf.nlist * NPROBE_SHARE_PER_MILLE // 1000))
        self.index = self.parts[0]

    @classmethod
    def open(cls, derived_dir: Path, nprobe: int) -> AnnIndex | None:
        index_path, _ = paths(derived_dir)
        if not index_path.exists() or read_meta(derived_dir) is None:
            return None
        try:
            return cls(derived_dir, nprobe)
        except RuntimeError:  # a segment folded away between reading the meta and opening it: exact search
            return None

    def search(self, vector: np.ndarray, k: int) -> list[tuple[int, float]]:
        query = np.asarray(vector, dtype=np.float32).reshape(1, -1)
        found: list[tuple[float, int]] = []
        for part in self.parts:
            scores, ids = part.search(query, k)
            found += [(float(1 - s), int(i)) for i, s in zip(ids[0], scores[0]) if i >= 0]
        return [(i, d) for d, i in sorted(found)[:k]]
