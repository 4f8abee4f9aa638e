"""derived.db: the processor-owned SQLite store under storage.derived_dir. Frames seen, per-item work
state (the checkpoint that makes runs resumable), canonical records, an FTS5 index over their text and
a sqlite-vec index over their embeddings. Each item's results and its work state are written in one
transaction, so a kill leaves no half item. Opened through apsw: the interpreter's sqlite3 cannot load
the sqlite-vec extension here."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import apsw
import sqlite_vec

from autocapture.hashing import canonical_json

MIGRATIONS = [
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
    CREATE TABLE frames (record_id TEXT PRIMARY KEY, source_key TEXT, ts_utc TEXT NOT NULL, run_id TEXT,
                         app TEXT, title TEXT, width INTEGER, height INTEGER, content_hash TEXT);
    CREATE INDEX frames_ts ON frames(ts_utc);
    CREATE TABLE work (source_id TEXT NOT NULL, stage TEXT NOT NULL, status TEXT NOT NULL,
                       attempts INTEGER NOT NULL DEFAULT 0, error_code TEXT, message TEXT,
                       PRIMARY KEY (source_id, stage));
    CREATE INDEX work_status ON work(stage, status);
    CREATE TABLE records (sample_id TEXT PRIMARY KEY, source_id TEXT NOT NULL, modality TEXT NOT NULL,
                          ts_utc TEXT, provenance_hash TEXT NOT NULL, body TEXT NOT NULL);
    CREATE INDEX records_source ON records(source_id);
    CREATE VIRTUAL TABLE text_fts USING fts5(sample_id UNINDEXED, text, tokenize = 'unicode61');
    """,
    """
    CREATE TABLE vector_items (id INTEGER PRIMARY KEY, sample_id TEXT NOT NULL, source_id TEXT NOT NULL,
                               kind TEXT NOT NULL, ref TEXT NOT NULL, text TEXT NOT NULL, box TEXT);
    CREATE INDEX vector_items_sample ON vector_items(sample_id);
    ALTER TABLE records ADD COLUMN export_batch INTEGER;
    CREATE TABLE export_batches (batch INTEGER PRIMARY KEY, status TEXT NOT NULL, files TEXT);
    """,
    """
    CREATE VIRTUAL TABLE item_fts USING fts5(text, content = 'vector_items', content_rowid = 'id',
                                             tokenize = "unicode61 remove_diacritics 2 tokenchars '_'");
    INSERT INTO item_fts(item_fts) VALUES ('rebuild');
    """,
    """
    ALTER TABLE work ADD COLUMN retry_after REAL;
    """,
    """
    CREATE VIRTUAL TABLE item_fts_vocab USING fts5vocab(item_fts, 'row');
    """,
]
OPEN = ("pending", "retry")
RETRY_MAX_S = 120.0


@dataclass(frozen=True)
class WorkItem:
    source_id: str
    stage: str
    status: str
    attempts: int


class DerivedStore:
    """Owns the connection to derived.db; one writer (the pipeline's main process)."""

    def __init__(self, derived_dir: Path):
        self.dir = derived_dir
        try:
            derived_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OSError(exc.errno, f"cannot create the derived dir {derived_dir}: {exc.strerror} "
                          "(set storage.derived_dir to a writable folder)") from exc
        self.path = derived_dir / "derived.db"
        self.conn = connect(self.path)
        self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA synchronous = FULL")
        self._migrate()

    def _migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        for i, script in enumerate(MIGRATIONS[version:], start=version + 1):
            with self.tx():
                self.conn.execute(script)
                self.conn.execute(f"PRAGMA user_version = {i}")

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "DerivedStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def tx(self):
        return _Tx(self.conn)

    # --- cursor and ingest ---------------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def add_frames(self, frames: Iterable[dict], stages: list[str], cursor: str | None,
                   failures: Iterable[tuple[str, str, str]] = ()) -> int:
        """Register new frames and their pending work, record ingest failures, and move the cursor: one tx."""
        n = 0
        with self.tx():
            for f in frames:
                self.conn.execute(
                    "INSERT OR IGNORE INTO frames VALUES (:record_id, :source_key, :ts_utc, :run_id, :app, :title, "
                    ":width, :height, :content_hash)", f)
                n += self.conn.changes()
                for stage in stages:
                    self.conn.execute("INSERT OR IGNORE INTO work (source_id, stage, status) VALUES (?, ?, 'pending')",
                                      (f["record_id"], stage))
            for source_id, code, message in failures:
                self.conn.execute("INSERT OR REPLACE INTO work (source_id, stage, status, attempts, error_code, "
                                  "message) VALUES (?, 'ingest', 'failed', 1, ?, ?)", (source_id, code, message))
            if cursor is not None:
                self.conn.execute("INSERT OR REPLACE INTO meta VALUES ('ingest_cursor', ?)", (cursor,))
        return n

    def open_work(self, stage: str, limit: int | None = None, now: float | None = None) -> list[WorkItem]:
        """Pending and retrying items in time order; with `now`, retries still backing off are left out."""
        sql = ("SELECT w.source_id, w.stage, w.status, w.attempts FROM work w JOIN frames f ON f.record_id = w.source_id "
               "WHERE w.stage = ? AND w.status IN ('pending', 'retry') AND (? IS NULL OR w.retry_after IS NULL "
               "OR w.retry_after <= ?) ORDER BY f.ts_utc, f.record_id")
        rows = self.conn.execute(sql + (f" LIMIT {int(limit)}" if limit else ""), (stage, now, now)).fetchall()
        return [WorkItem(*r) for r in rows]

    # --- results -------------------------------------------------------------------------------
    def put_result(self, source_id: str, stage: str, records: list[dict], texts: dict[str, str],
                   vectors: list[tuple[str, dict, bytes]] = ()) -> None:
        """Replace-only for a re-run of the same input: old rows of these records go first.
        vectors: (sample_id, item {kind, ref, text, box}, float32 bytes) for the vector index."""
        with self.tx():
            for rec in records:
                sid = rec["sample_id"]
                self.conn.execute("DELETE FROM text_fts WHERE sample_id = ?", (sid,))
                for item_id, text in self.conn.execute("SELECT id, text FROM vector_items WHERE sample_id = ?",
                                                       (sid,)).fetchall():
                    self.conn.execute("INSERT INTO item_fts(item_fts, rowid, text) VALUES ('delete', ?, ?)",
                                      (item_id, text))
                if self.vector_dim():
                    self.conn.execute("DELETE FROM vec_items WHERE rowid IN "
                                      "(SELECT id FROM vector_items WHERE sample_id = ?)", (sid,))
                self.conn.execute("DELETE FROM vector_items WHERE sample_id = ?", (sid,))
                # a replaced record is exported again (Parquet is append-only; readers take the newest batch)
                self.conn.execute("INSERT OR REPLACE INTO records (sample_id, source_id, modality, ts_utc, "
                                  "provenance_hash, body) VALUES (?, ?, ?, ?, ?, ?)",
                                  (sid, source_id, rec["modality"], rec["provenance"]["frame_ts_utc"],
                                   rec["provenance"]["provenance_hash"], canonical_json(rec)))
                if texts.get(sid):
                    self.conn.execute("INSERT INTO text_fts VALUES (?, ?)", (sid, texts[sid]))
            if vectors:
                self._ensure_vec_table(len(vectors[0][2]) // 4)
            for sid, item, blob in vectors:
                self.conn.execute("INSERT INTO vector_items (sample_id, source_id, kind, ref, text, box) "
                                  "VALUES (?, ?, ?, ?, ?, ?)", (sid, source_id, item["kind"], item["ref"], item["text"],
                                                                canonical_json(item["box"])))
                item_id = self.conn.last_insert_rowid()
                self.conn.execute("INSERT INTO vec_items (rowid, embedding) VALUES (?, ?)", (item_id, blob))
                self.conn.execute("INSERT INTO item_fts(rowid, text) VALUES (?, ?)", (item_id, item["text"]))
            self.conn.execute("UPDATE work SET status = 'done', attempts = attempts + 1, error_code = NULL, "
                              "message = NULL, retry_after = NULL WHERE source_id = ? AND stage = ?", (source_id, stage))

    def vector_dim(self) -> int | None:
        dim = self.get_meta("vector_dim")
        return int(dim) if dim else None

    def _ensure_vec_table(self, dim: int) -> None:
        """The vector index is made on first use, for the embedding model's dimension."""
        have = self.vector_dim()
        if have is None:
            self.conn.execute(f"CREATE VIRTUAL TABLE vec_items USING vec0(embedding float[{dim}] distance_metric=cosine)")
            self.conn.execute("INSERT INTO meta VALUES ('vector_dim', ?)", (str(dim),))
        elif have != dim:
            raise ValueError(f"the vector index holds {have}-dimensional vectors but the embedding model gives {dim}; "
                             "use a new storage.derived_dir for a different embedding model")

    def put_failure(self, source_id: str, stage: str, code: str, message: str, retry_limit: int | None) -> str:
        """Record a failure; with retry_limit, the item is retried until it has failed that many times."""
        with self.tx():
            (attempts,) = self.conn.execute("SELECT attempts FROM work WHERE source_id = ? AND stage = ?",
                                            (source_id, stage)).fetchone()
            status = "retry" if retry_limit and attempts + 1 < retry_limit else "failed"
            # a blob still being written gets time: 2, 4, 8 ... seconds before the worker tries again
            retry_after = time.time() + min(RETRY_MAX_S, 2 ** (attempts + 1)) if status == "retry" else None
            self.conn.execute("UPDATE work SET status = ?, attempts = attempts + 1, error_code = ?, message = ?, "
                              "retry_after = ? WHERE source_id = ? AND stage = ?",
                              (status, code, message, retry_after, source_id, stage))
        return status

    # --- Parquet export bookkeeping ---------------------------------------------------------------
    def assign_export_batch(self) -> int | None:
        """Give every record not yet exported the next batch number (before any file is written)."""
        with self.tx():
            if not self.conn.execute("SELECT 1 FROM records WHERE export_batch IS NULL LIMIT 1").fetchone():
                return None
            batch = (self.conn.execute("SELECT max(batch) FROM export_batches").fetchone()[0] or 0) + 1
            self.conn.execute("UPDATE records SET export_batch = ? WHERE export_batch IS NULL", (batch,))
            self.conn.execute("INSERT INTO export_batches VALUES (?, 'pending', NULL)", (batch,))
        return batch

    def pending_export_batches(self) -> list[int]:
        return [r[0] for r in self.conn.execute("SELECT batch FROM export_batches WHERE status = 'pending' ORDER BY batch")]

    def finish_export_batch(self, batch: int, files: list[str]) -> None:
        with self.tx():
            self.conn.execute("UPDATE export_batches SET status = 'done', files = ? WHERE batch = ?",
                              (canonical_json(files), batch))

    # --- reading -------------------------------------------------------------------------------
    def previous_frame(self, record_id: str) -> dict | None:
        """The frame just before this one in time (ties broken by id)."""
        me = self.conn.execute("SELECT ts_utc FROM frames WHERE record_id = ?", (record_id,)).fetchone()
        if me is None:
            return None
        row = self.conn.execute(
            "SELECT record_id, app, title FROM frames WHERE ts_utc <= ? AND (ts_utc < ? OR record_id < ?) "
            "ORDER BY ts_utc DESC, record_id DESC LIMIT 1", (me[0], me[0], record_id)).fetchone()
        return dict(zip(("record_id", "app", "title"), row)) if row else None

    def vectors_of(self, sample_id: str) -> list[tuple[str, bytes]]:
        """(text, float32 bytes) of the items an embed record indexed."""
        if not self.vector_dim():
            return []
        return self.conn.execute("SELECT i.text, v.embedding FROM vector_items i JOIN vec_items v ON v.rowid = i.id "
                                 "WHERE i.sample_id = ? ORDER BY i.id", (sample_id,)).fetchall()

    def record_body(self, sample_id: str) -> str | None:
        row = self.conn.execute("SELECT body FROM records WHERE sample_id = ?", (sample_id,)).fetchone()
        return row[0] if row else None

    def counts(self) -> dict:
        out: dict = {"frames": self.conn.execute("SELECT count(*) FROM frames").fetchone()[0], "work": {}}
        for stage, status, n in self.conn.execute("SELECT stage, status, count(*) FROM work GROUP BY 1, 2"):
            out["work"].setdefault(stage, {})[status] = n
        out["records"] = dict(self.conn.execute("SELECT modality, count(*) FROM records GROUP BY 1").fetchall())
        return out

    def failures(self, limit: int = 100) -> list[dict]:
        rows = self.conn.execute("SELECT source_id, stage, status, attempts, error_code, message FROM work "
                                 "WHERE status IN ('failed', 'retry') ORDER BY source_id LIMIT ?", (limit,))
        keys = ("record_id", "stage", "status", "attempts", "code", "message")
        return [dict(zip(keys, r)) for r in rows]


def connect(path: Path, readonly: bool = False) -> apsw.Connection:
    """A connection with sqlite-vec loaded and a busy timeout; readonly ones never write (nor checkpoint)."""
    flags = apsw.SQLITE_OPEN_READONLY if readonly else apsw.SQLITE_OPEN_READWRITE | apsw.SQLITE_OPEN_CREATE
    conn = apsw.Connection(str(path), flags=flags)
    conn.set_busy_timeout(10_000)
    conn.enable_load_extension(True)
    conn.load_extension(sqlite_vec.loadable_path())
    conn.enable_load_extension(False)
    return conn


class _Tx:
    def __init__(self, conn: apsw.Connection):
        self.conn = conn

    def __enter__(self):
        self.conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type, *rest):
        self.conn.execute("ROLLBACK" if exc_type else "COMMIT")
