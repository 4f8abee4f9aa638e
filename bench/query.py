"""Query latency against derived stores of 10k / 100k frames' worth of records, generated directly
(8 screen lines a frame, each with text, an FTS5 row and a 384-d vector): p50/p95 of hybrid retrieval
(FTS5 + sqlite-vec, fused) against lexical-only, index build time and on-disk size per frame."""

from __future__ import annotations

import json
import random
import statistics
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np

from autocapture.config import load_config
from autocapture.hashing import canonical_json
from autocapture.query.evidence import Evidence
from autocapture.query.timefilter import Filters
from autocapture.store.derived import DerivedStore

LINES = 8
VOCAB = ("invoice payment total due customer order shipment contract renewal ticket deploy release meeting budget "
         "forecast review approval incident backlog sprint report quarter revenue margin expense travel hotel flight "
         "password reset account balance transfer schedule calendar reminder draft submit cancel").split()
QUERIES = ["invoice total due", "flight to Hamburg", "password reset ticket", "quarter revenue report",
           "PO-4711 order", "contract renewal approval", "travel expense hotel", "deploy release incident",
           "account balance transfer", "meeting calendar reminder", "customer order shipment", "budget forecast review",
           "INV-2026-0042", "sprint backlog", "margin report", "draft submit", "cancel order", "expense approval",
           "release notes", "reset account"]


def build(derived: Path, frames: int, seed: int = 0) -> float:
    rng = random.Random(seed)
    vec_rng = np.random.default_rng(seed)
    store = DerivedStore(derived)
    started = time.monotonic()
    t0 = datetime(2026, 1, 1, tzinfo=timezone.utc)
    c = store.conn
    c.execute("BEGIN")
    store._ensure_vec_table(384)
    item_id = 0
    for f in range(frames):
        rid = f"bench/frame/{f}"
        ts = (t0 + timedelta(seconds=5 * f)).isoformat(timespec="microseconds")
        c.execute("INSERT INTO frames VALUES (?, ?, ?, 'bench', ?, ?, 1920, 1080, NULL)",
                  (rid, str(f), ts, rng.choice(["outlook.exe", "chrome.exe", "code.exe"]), f"Window {f % 50}"))
        lines = []
        for n in range(LINES):
            words = [rng.choice(VOCAB) for _ in range(rng.randint(3, 9))]
            if rng.random() < 0.05:
                words.append(f"INV-2026-{rng.randint(0, 9999):04d}")
            lines.append({"id": f"l{n}", "text": " ".join(words), "box": [40, 40 + 30 * n, 900, 62 + 30 * n], "words": []})
        sst = {"sample_id": rid + "#sst", "modality": "sst", "output_json": {"lines": lines, "blocks": [], "regions": [],
                                                                             "reading_order": []}}
        c.execute("INSERT INTO records (sample_id, source_id, modality, ts_utc, provenance_hash, body) VALUES "
                  "(?, ?, 'sst', ?, '', ?)", (rid + "#sst", rid, ts, canonical_json(sst)))
        vecs = vec_rng.standard_normal((LINES, 384)).astype(np.float32)
        vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
        for line, v in zip(lines, vecs):
            item_id += 1
            c.execute("INSERT INTO vector_items VALUES (?, ?, ?, 'line', ?, ?, '[]')",
                      (item_id, rid + "#embed", rid, line["id"], line["text"]))
            c.execute("INSERT INTO vec_items (rowid, embedding) VALUES (?, ?)", (item_id, v.tobytes()))
            c.execute("INSERT INTO item_fts (rowid, text) VALUES (?, ?)", (item_id, line["text"]))
    c.execute("COMMIT")
    c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return time.monotonic() - started


def latencies(ev: Evidence, vector: bool) -> list[float]:
    out = []
    for q in QUERIES:
        t = time.perf_counter()
        ev.search(q, Filters(), k=20, vector=vector)
        out.append((time.perf_counter() - t) * 1000)
    return out


def pct(values, p):
    return sorted(values)[min(len(values) - 1, int(p * len(values)))]


def run(sizes=(10_000, 100_000)) -> list[dict]:
    rows = []
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            derived = Path(tmp) / "derived"
            build_s = build(derived, n)
            size = sum(p.stat().st_size for p in derived.rglob("*") if p.is_file())
            cfg = load_config(env={}, overrides=[f"storage.derived_dir={derived}"])
            ev = Evidence(cfg, timezone.utc)
            ev.search("warm up the embedding model", Filters(), vector=True)
            lexical = latencies(ev, False)
            hybrid = latencies(ev, True)
            ev.close()
            rows.append({"frames": n, "vectors": n * LINES, "build_s": round(build_s, 1),
                         "bytes_per_frame": round(size / n), "lexical_p50_ms": round(statistics.median(lexical), 1),
                         "lexical_p95_ms": round(pct(lexical, 0.95), 1), "hybrid_p50_ms": round(statistics.median(hybrid), 1),
                         "hybrid_p95_ms": round(pct(hybrid, 0.95), 1)})
            print(json.dumps(rows[-1]), flush=True)
    return rows


if __name__ == "__main__":
    run((10_000,))
