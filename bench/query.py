"""Query latency against derived stores of 10k / 100k / 1M frames' worth of records, generated directly the
way processing writes them (8 screen lines a frame, each with text, an FTS5 row and a 384-d vector).

The generated screens behave like real ones: a frame belongs to a window run, most of its lines are
still on screen from the frame before (same text, so the same vector, as the embedder gives), one or two
are new; words follow a Zipf law over a 20k-word vocabulary with the domain words in it, and some lines
carry identifiers (INV-2026-0042). Vectors cluster by window topic.

Reported per size: build time, ANN index build time, bytes on disk per frame, p50/p95 of lexical-only,
hybrid with the exact sqlite-vec scan and hybrid with the ANN index, and the ANN's recall@10 against
the exact scan on the same query vectors."""

from __future__ import annotations

import json
import random
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np

from autocapture.config import load_config
from autocapture.hashing import canonical_json
from autocapture.query.evidence import Evidence
from autocapture.query.timefilter import Filters
from autocapture.store import ann
from autocapture.store.derived import DerivedStore

LINES = 8
DIM = 384
TOPICS = 200
DOMAIN = ("invoice payment total due customer order shipment contract renewal ticket deploy release meeting budget "
          "forecast review approval incident backlog sprint report quarter revenue margin expense travel hotel flight "
          "password reset account balance transfer schedule calendar reminder draft submit cancel hamburg").split()
QUERIES = ["invoice total due", "flight to Hamburg", "password reset ticket", "quarter revenue report",
           "PO-4711 order", "contract renewal approval", "travel expense hotel", "deploy release incident",
           "account balance transfer", "meeting calendar reminder", "customer order shipment", "budget forecast review",
           "INV-2026-0042", "sprint backlog", "margin report", "draft submit", "cancel order", "expense approval",
           "release notes", "reset account"]
# different questions, run first so that the measured ones find the store in the page cache as a running
# system would, without having seen their own words
WARM = ["payment schedule", "hotel booking", "incident review", "order cancel", "budget draft", "ticket backlog",
        "revenue forecast", "balance report", "calendar meeting", "shipment approval"]


class Screens:
    """Deterministic screen lines and their vectors."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.np = np.random.default_rng(seed)
        syllables = ["ka", "lo", "mi", "ne", "ru", "ta", "vi", "so", "pe", "du", "gar", "zin", "tor", "bel", "mun"]
        words = {"".join(self.rng.choice(syllables) for _ in range(self.rng.randint(2, 4))) for _ in range(30_000)}
        vocab = sorted(words)[:20_000]
        for i, w in enumerate(DOMAIN):  # domain words among the frequent ones, not the most frequent
            vocab.insert(20 + 7 * i, w)
        self.vocab = vocab
        weights = 1 / np.arange(1, len(vocab) + 1) ** 1.05
        self.cum = np.cumsum(weights / weights.sum())
        self.centres = self.np.standard_normal((TOPICS, DIM)).astype(np.float32)

    def words(self, n: int) -> list[str]:
        idx = np.searchsorted(self.cum, self.np.random(n))
        return [self.vocab[min(i, len(self.vocab) - 1)] for i in idx]

    def line(self, topic: int) -> tuple[str, bytes]:
        words = self.words(self.rng.randint(3, 9))
        if self.rng.random() < 0.05:
            words.append(f"INV-2026-{self.rng.randint(0, 9999):04d}")
        elif self.rng.random() < 0.02:
            words.append(f"PO-{self.rng.randint(1000, 9999)}")
        v = self.centres[topic] + 0.9 * self.np.standard_normal(DIM).astype(np.float32)
        v /= np.linalg.norm(v)
        return " ".join(words), v.astype("<f4").tobytes()


def build(derived: Path, frames: int, seed: int = 0, progress: bool = False) -> float:
    screens = Screens(seed)
    rng = screens.rng
    store = DerivedStore(derived)
    started = time.monotonic()
    t0 = datetime(2026, 1, 1, tzinfo=timezone.utc)
    c = store.conn
    c.execute("BEGIN")
    store._ensure_vec_table(DIM)
    item_id = 0
    shown: list[tuple[str, bytes]] = []
    topic, app, title, run_left = 0, "", "", 0
    for f in range(frames):
        if run_left == 0:  # a new window run: 3-40 frames on one screen
            topic, run_left = rng.randrange(TOPICS), rng.randint(3, 40)
            app = rng.choice(["outlook.exe", "chrome.exe", "code.exe", "teams.exe", "excel.exe", "msedge.exe"])
            title = f"Window {topic}"
            shown = [screens.line(topic) for _ in range(LINES)]
        else:  # most lines stay; one or two change
            for _ in range(rng.choice((0, 1, 1, 2))):
                shown[rng.randrange(LINES)] = screens.line(topic)
        run_left -= 1
        rid = f"bench/frame/{f}"
        ts = (t0 + timedelta(seconds=5 * f)).isoformat(timespec="microseconds")
        c.execute("INSERT INTO frames VALUES (?, ?, ?, 'bench', ?, ?, 1920, 1080, NULL)", (rid, str(f), ts, app, title))
        lines = [{"id": f"l{n}", "text": text, "box": [40, 40 + 30 * n, 900, 62 + 30 * n], "words": []}
                 for n, (text, _) in enumerate(shown)]
        sst = {"sample_id": rid + "#sst", "modality": "sst", "output_json": {"lines": lines, "blocks": [], "regions": [],
                                                                             "reading_order": []}}
        c.execute("INSERT INTO records (sample_id, source_id, modality, ts_utc, provenance_hash, body) VALUES "
                  "(?, ?, 'sst', ?, '', ?)", (rid + "#sst", rid, ts, canonical_json(sst)))
        for line, (text, blob) in zip(lines, shown):
            item_id += 1
            c.execute("INSERT INTO vector_items VALUES (?, ?, ?, 'line', ?, ?, '[]')",
                      (item_id, rid + "#embed", rid, line["id"], text))
            c.execute("INSERT INTO vec_items (rowid, embedding) VALUES (?, ?)", (item_id, blob))
            c.execute("INSERT INTO item_fts (rowid, text) VALUES (?, ?)", (item_id, text))
        if f % 50_000 == 49_999:
            c.execute("COMMIT")
            c.execute("BEGIN")
            if progress:
                print(f"  built {f + 1} frames in {time.monotonic() - started:.0f} s", file=sys.stderr, flush=True)
    c.execute("COMMIT")
    c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return time.monotonic() - started


def timed(ev: Evidence, queries: list[str], vector: bool) -> tuple[list[float], dict]:
    out, ids = [], {}
    for q in queries:
        t = time.perf_counter()
        hits = ev.search(q, Filters(), k=20, vector=vector)
        out.append((time.perf_counter() - t) * 1000)
        ids[q] = hits
    return out, ids


def pct(values, p):
    return round(sorted(values)[min(len(values) - 1, int(p * len(values)))], 1)


def vector_recall(ev: Evidence, index: ann.AnnIndex, samples: int = 50) -> float:
    """recall@10 (ties counted) of the ANN against sqlite-vec's exact scan, for query vectors near stored lines (a stored
    line's vector plus noise, cosine ~0.75 to it: how a question relates to the line that answers it)."""
    rng = np.random.default_rng(7)
    top = ev.conn.execute("SELECT max(rowid) FROM vec_items").fetchone()[0]
    found = 0
    for item in rng.integers(1, top + 1, samples):
        v = np.frombuffer(ev.conn.execute("SELECT embedding FROM vec_items WHERE rowid = ?", (int(item),)).fetchone()[0],
                          dtype="<f4")
        q = v + 0.05 * rng.standard_normal(DIM).astype(np.float32)
        q = (q / np.linalg.norm(q)).astype(np.float32)
        exact = ev.conn.execute("SELECT rowid, distance FROM vec_items WHERE embedding MATCH ? AND k = 10 "
                                "ORDER BY distance", (q.astype("<f4").tobytes(),)).fetchall()
        # a line on screen for 40 frames has 40 identical vectors: any of them is a right answer, so an ANN
        # result counts when it is as near as the exact 10th (ties), not only when it is the same row id
        worst = exact[-1][1] + 1e-5
        for i, _ in index.search(q, 10):
            blob = ev.conn.execute("SELECT embedding FROM vec_items WHERE rowid = ?", (i,)).fetchone()[0]
            found += 1 - float(q @ np.frombuffer(blob, dtype="<f4")) <= worst
    return round(found / (10 * samples), 3)


def run(sizes=(10_000, 100_000), exact_queries_at_1m: int = 5) -> list[dict]:
    rows = []
    for n in sizes:
        with tempfile.TemporaryDirectory(dir="/var/tmp") as tmp:
            derived = Path(tmp) / "derived"
            build_s = build(derived, n, progress=n >= 100_000)
            with DerivedStore(derived) as store:
                t = time.monotonic()
                state = ann.sync(store, 1)
                ann_s = time.monotonic() - t
            size = sum(p.stat().st_size for p in derived.rglob("*") if p.is_file())
            cfg = load_config(env={}, overrides=[f"storage.derived_dir={derived}"])
            ev = Evidence(cfg, timezone.utc)
            ev._embed("warm up")
            timed(ev, WARM, False)
            lexical, _ = timed(ev, QUERIES, False)
            exact_q = QUERIES if n < 1_000_000 else QUERIES[:exact_queries_at_1m]
            ev._ann_index = False  # the exact sqlite-vec scan
            exact, _ = timed(ev, exact_q, True)
            ev._ann_index = None  # the ANN index, as queries use it past storage.ann_min_vectors
            timed(ev, WARM, True)  # map the index in
            hybrid, _ = timed(ev, QUERIES, True)
            recall = vector_recall(ev, ev._ann(), 50 if n < 1_000_000 else 10)
            ev.close()
            rows.append({"frames": n, "vectors": n * LINES, "build_s": round(build_s, 1), "ann_build_s": round(ann_s, 1),
                         "ann": state["kind"], "bytes_per_frame": round(size / n),
                         "lexical_p50_ms": pct(lexical, .5), "lexical_p95_ms": pct(lexical, .95),
                         "hybrid_exact_p50_ms": pct(exact, .5), "hybrid_exact_p95_ms": pct(exact, .95),
                         "exact_queries": len(exact_q),
                         "hybrid_ann_p50_ms": pct(hybrid, .5), "hybrid_ann_p95_ms": pct(hybrid, .95),
                         "ann_recall_at_10": recall})
            print(json.dumps(rows[-1]), flush=True)
    return rows


if __name__ == "__main__":
    run(tuple(int(a) for a in sys.argv[1:]) or (10_000,))
