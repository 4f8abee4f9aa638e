"""derived.db: the processor-owned SQLite store under storage.derived_dir. Frames seen, per-item work
state (the checkpoint that makes runs resumable), canonical records (zstd bodies, deltas against the frame
before: bodies.py), an FTS5 index over their text and a sqlite-vec index with one vector per unique
normalised text (`texts`), which every line, block and VLM text showing it (`items`) points to.
Each item's results and its work state are written in one transaction, so a kill leaves no half item.
Opened through apsw: the interpreter's sqlite3 cannot load the sqlite-vec extension here."""

from __future__ import annotations

import json
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import apsw
import sqlite_vec

from autocapture.hashing import canonical_json
from autocapture.stages.embed import normalise
from autocapture.store import bodies
from autocapture.store import sessions as window_sessions
from autocapture.store.compact import VEC_CHUNK, compact

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
    compact,  # unique texts with one vector each, compressed and delta record bodies (store/compact.py)
    window_sessions.migrate,  # runs of one window, kept current by a trigger + repair() (store/sessions.py)
    # indexes for what every pass asks (EXPLAIN QUERY PLAN showed full scans, growing with history): the
    # records not yet exported, the frame before a frame, failed work, pending export batches
    """
    CREATE INDEX records_export ON records(export_batch);
    CREATE INDEX frames_ts_id ON frames(ts_utc, record_id);
    CREATE INDEX work_by_status ON work(status, source_id);
    CREATE INDEX export_batches_status ON export_batches(status, batch);
    """,
    # the last frame of the same window, for reading only what changed since (previous_in_window)
    """
    CREATE INDEX frames_window ON frames(app, title, ts_utc, record_id);
    """,
    # every question lists the distinct windows, and a question about one app or window reads its sessions: in
    # (app, title) order with every column, both are read from the index alone (through the old (app, title)
    # index each session was a lookup in the table: ~35 ms a listing at 1M frames, and growing with history)
    """
    CREATE INDEX window_sessions_by_window ON window_sessions(app, title, start_utc, first_frame, last_utc,
        last_frame, frames, end_utc, first_width, first_height, last_width, last_height);
    DROP INDEX window_sessions_window;
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
            raise OSError(
                exc.errno,
                f"cannot create the derived dir {derived_dir}: {exc.strerror} "
                "(set storage.derived_dir to a writable folder)",
            ) from exc
        self.path = derived_dir / "derived.db"
        self.conn = connect(self.path)
        self._texts = bodies.TextCache()  # bodies just written or read: the next frame's delta base
        self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA synchronous = FULL")
        self._migrate()
        if window_sessions.dirty(self.conn):
            with self.tx():  # frames another writer inserted without repairing their sessions (tests, tools)
                window_sessions.repair(self.conn)

    def _migrate(self) -> None:
        """Each migration and its version number in one transaction: a kill leaves the old or the new store."""
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        for i, step in enumerate(MIGRATIONS[version:], start=version + 1):
            with self.tx():
                step(self.conn) if callable(step) else self.conn.execute(step)
                self.conn.execute(f"PRAGMA user_version = {i}")
        pages, free = (
            self.conn.execute(f"PRAGMA {p}").fetchone()[0] for p in ("page_count", "freelist_count")
        )
        if version < len(MIGRATIONS) and free > pages // 4:
            try:  # give the space a migration freed back (atomic, like any transaction)
                self.conn.execute("VACUUM")
            except apsw.BusyError:
                pass  # a reader holds the file: the freed pages are reused by new rows instead

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> DerivedStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def tx(self):
        return _Tx(self.conn)

    # --- cursor and ingest ---------------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def add_frames(
        self,
        frames: Iterable[dict],
        stages: list[str],
        cursor: str | None,
        failures: Iterable[tuple[str, str, str]] = (),
    ) -> int:
        """Register new frames and their pending work, record ingest failures, and move the cursor: one tx."""
        n = 0
        with self.tx():
            for f in frames:
                self.conn.execute(
                    "INSERT OR IGNORE INTO frames VALUES (:record_id, :source_key, :ts_utc, :run_id, :app, :title, "
                    ":width, :height, :content_hash)",
                    f,
                )
                n += self.conn.changes()
                for stage in stages:
                    self.conn.execute(
                        "INSERT OR IGNORE INTO work (source_id, stage, status) VALUES (?, ?, 'pending')",
                        (f["record_id"], stage),
                    )
            for source_id, code, message in failures:
                self.conn.execute(
                    "INSERT OR REPLACE INTO work (source_id, stage, status, attempts, error_code, "
                    "message) VALUES (?, 'ingest', 'failed', 1, ?, ?)",
                    (source_id, code, message),
                )
            window_sessions.repair(self.conn)  # the sessions around the new frames, in the same transaction
            if cursor is not None:
                self.conn.execute("INSERT OR REPLACE INTO meta VALUES ('ingest_cursor', ?)", (cursor,))
        return n

    def open_work(self, stage: str, limit: int | None = None, now: float | None = None) -> list[WorkItem]:
        """Pending and retrying items in time order; with `now`, retries still backing off are left out."""
        sql = (
            "SELECT w.source_id, w.stage, w.status, w.attempts FROM work w JOIN frames f ON f.record_id = w.source_id "
            "WHERE w.stage = ? AND w.status IN ('pending', 'retry') AND (? IS NULL OR w.retry_after IS NULL "
            "OR w.retry_after <= ?) ORDER BY f.ts_utc, f.record_id"
        )
        rows = self.conn.execute(
            sql + (f" LIMIT {int(limit)}" if limit else ""), (stage, now, now)
        ).fetchall()
        return [WorkItem(*r) for r in rows]

    # --- results -------------------------------------------------------------------------------
    def put_result(
        self,
        source_id: str,
        stage: str,
        records: list[dict],
        texts: dict[str, str],
        vectors: list[tuple[str, dict, bytes]] = (),
    ) -> None:
        """Replace-only for a re-run of the same input: old rows of these records go first.
        vectors: (sample_id, item {kind, ref, text, box}, float32 bytes or None) for the line index and the
        vector index; a text the store already has keeps its vector (the same normalised text, the same
        model); an item without bytes (a clock reading: embed.wants_vector) is indexed for search only."""
        with self.tx():
            for rec in records:
                sid = rec["sample_id"]
                if self.conn.execute("SELECT 1 FROM records WHERE sample_id = ?", (sid,)).fetchone():
                    self._forget(sid, source_id)
                text = canonical_json(rec)
                body, base = self._encode(source_id, rec["modality"], text)
                # a replaced record is exported again (Parquet is append-only; readers take the newest batch)
                self.conn.execute(
                    "INSERT OR REPLACE INTO records (sample_id, source_id, modality, ts_utc, "
                    "provenance_hash, body, base) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        sid,
                        source_id,
                        rec["modality"],
                        rec["provenance"]["frame_ts_utc"],
                        rec["provenance"]["provenance_hash"],
                        body,
                        base,
                    ),
                )
                self._texts.put(sid, text)
                if texts.get(sid):
                    self.conn.execute("INSERT INTO text_fts VALUES (?, ?)", (sid, texts[sid]))
            dims = {len(blob) // 4 for _sid, _item, blob in vectors if blob is not None}
            if dims:
                self._ensure_vec_table(min(dims))
            for _sid, item, blob in vectors:
                norm = normalise(item["text"])  # what the vector_items view reads back, so what FTS indexes
                self.conn.execute(
                    "INSERT INTO items (source_id, kind, ref, text_id) VALUES (?, ?, ?, ?)",
                    (source_id, item["kind"], item["ref"], self._text_id(norm, blob)),
                )
                self.conn.execute(
                    "INSERT INTO item_fts(rowid, text) VALUES (?, ?)", (self.conn.last_insert_rowid(), norm)
                )
            self.conn.execute(
                "UPDATE work SET status = 'done', attempts = attempts + 1, error_code = NULL, "
                "message = NULL, retry_after = NULL WHERE source_id = ? AND stage = ?",
                (source_id, stage),
            )

    def _forget(self, sample_id: str, source_id: str) -> None:
        """Before a record is replaced: its index rows go, and records stored as deltas against it are
        rewritten whole (their base is about to change)."""
        self.conn.execute("DELETE FROM text_fts WHERE sample_id = ?", (sample_id,))
        if sample_id.endswith("#embed"):
            for item_id, text in self.conn.execute(
                "SELECT id, text FROM vector_items WHERE source_id = ?", (source_id,)
            ).fetchall():
                self.conn.execute(
                    "INSERT INTO item_fts(item_fts, rowid, text) VALUES ('delete', ?, ?)", (item_id, text)
                )
            self.conn.execute("DELETE FROM items WHERE source_id = ?", (source_id,))
        for (dependent,) in self.conn.execute(
            "SELECT sample_id FROM records WHERE base = ?", (sample_id,)
        ).fetchall():
            text = bodies.load_text(self.conn, dependent)
            self.conn.execute(
                "UPDATE records SET body = ?, base = NULL WHERE sample_id = ?",
                (bodies.compress(text), dependent),
            )
        self._texts.drop(sample_id)

    def _encode(self, source_id: str, modality: str, text: str) -> tuple[bytes, str | None]:
        """The body to store: a delta against the same record of the frame before in this window (its own
        base when that one is a delta too, so a read never follows more than one link), else zstd alone."""
        base_id = base_of(self.conn, source_id, modality)
        base_text = bodies.load_text(self.conn, base_id, self._texts) if base_id else None
        return bodies.encode(text, base_id, base_text)

    def _text_id(self, norm: str, blob: bytes | None) -> int:
        """The id of a unique normalised text, stored with its vector (if it has one) the first time it is seen."""
        row = self.conn.execute("SELECT id FROM texts WHERE text = ?", (norm,)).fetchone()
        if row:
            return row[0]
        self.conn.execute("INSERT INTO texts (text) VALUES (?)", (norm,))
        text_id = self.conn.last_insert_rowid()
        if blob is not None:
            self.conn.execute("INSERT INTO vec_items (rowid, embedding) VALUES (?, ?)", (text_id, blob))
        return text_id

    def vector_dim(self) -> int | None:
        dim = self.get_meta("vector_dim")
        return int(dim) if dim else None

    def _ensure_vec_table(self, dim: int) -> None:
        """The vector index is made on first use, for the embedding model's dimension."""
        have = self.vector_dim()
        if have is None:
            self.conn.execute(
                f"CREATE VIRTUAL TABLE vec_items USING vec0(embedding float[{dim}] distance_metric=cosine, "
                f"chunk_size={VEC_CHUNK})"
            )
            self.conn.execute("INSERT INTO meta VALUES ('vector_dim', ?)", (str(dim),))
        elif have != dim:
            raise ValueError(
                f"the vector index holds {have}-dimensional vectors but the embedding model gives {dim}; "
                "use a new storage.derived_dir for a different embedding model"
            )

    def put_failure(
        self, source_id: str, stage: str, code: str, message: str, retry_limit: int | None
    ) -> str:
        """Record a failure; with retry_limit, the item is retried until it has failed that many times."""
        with self.tx():
            (attempts,) = self.conn.execute(
                "SELECT attempts FROM work WHERE source_id = ? AND stage = ?", (source_id, stage)
            ).fetchone()
            status = "retry" if retry_limit and attempts + 1 < retry_limit else "failed"
            # a blob still being written gets time: 2, 4, 8 ... seconds before the worker tries again
            retry_after = time.time() + min(RETRY_MAX_S, 2 ** (attempts + 1)) if status == "retry" else None
            self.conn.execute(
                "UPDATE work SET status = ?, attempts = attempts + 1, error_code = ?, message = ?, "
                "retry_after = ? WHERE source_id = ? AND stage = ?",
                (status, code, message, retry_after, source_id, stage),
            )
        return status

    # --- privacy exclusions and optional-stage retries (runtime/privacy.py, pipeline/processor.py) ----------
    def put_excluded(self, source_id: str, stage: str, rule: str) -> None:
        """A frame left alone by a privacy rule: never processed; the rule that matched is kept as the message."""
        with self.tx():
            self.conn.execute(
                "UPDATE work SET status = 'excluded', error_code = NULL, message = ?, retry_after = NULL "
                "WHERE source_id = ? AND stage = ?",
                (rule, source_id, stage),
            )

    def excluded(self, stage: str) -> list[tuple[str, str | None, str | None, str]]:
        """(record_id, app, title, rule) of the frames a privacy rule kept out of processing."""
        return self.conn.execute(
            "SELECT w.source_id, f.app, f.title, w.message FROM work w JOIN frames f ON "
            "f.record_id = w.source_id WHERE w.stage = ? AND w.status = 'excluded'",
            (stage,),
        ).fetchall()

    def reopen(self, source_ids: list[str], stage: str) -> None:
        """Back to pending (a frame no rule excludes any more is processed on the next pass)."""
        with self.tx():
            for sid in source_ids:
                self.conn.execute(
                    "UPDATE work SET status = 'pending', message = NULL WHERE source_id = ? AND stage = ?",
                    (sid, stage),
                )

    def open_stage(self, source_id: str, stage: str) -> None:
        """Make sure a follow-up work item (e.g. a VLM retry) exists for a frame; put_failure then sets it."""
        with self.tx():
            self.conn.execute(
                "INSERT OR IGNORE INTO work (source_id, stage, status) VALUES (?, ?, 'pending')",
                (source_id, stage),
            )

    def work_status(self, source_id: str, stage: str) -> str | None:
        row = self.conn.execute(
            "SELECT status FROM work WHERE source_id = ? AND stage = ?", (source_id, stage)
        ).fetchone()
        return row[0] if row else None

    def put_meta(self, key: str, value: str) -> None:
        with self.tx():
            self.conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

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
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT batch FROM export_batches WHERE status = 'pending' ORDER BY batch"
            )
        ]

    def finish_export_batch(self, batch: int, files: list[str]) -> None:
        with self.tx():
            self.conn.execute(
                "UPDATE export_batches SET status = 'done', files = ? WHERE batch = ?",
                (canonical_json(files), batch),
            )

    # --- reading -------------------------------------------------------------------------------
    def previous_frame(self, record_id: str) -> dict | None:
        """The frame just before this one in time (ties broken by id)."""
        me = self.conn.execute("SELECT ts_utc FROM frames WHERE record_id = ?", (record_id,)).fetchone()
        if me is None:
            return None
        row = self.conn.execute(
            "SELECT record_id, app, title FROM frames WHERE ts_utc <= ? AND (ts_utc < ? OR record_id < ?) "
            "ORDER BY ts_utc DESC, record_id DESC LIMIT 1",
            (me[0], me[0], record_id),
        ).fetchone()
        return dict(zip(("record_id", "app", "title"), row)) if row else None

    def previous_in_window(self, record_id: str) -> dict | None:
        """The last frame before this one that shows the same window (app and title), however long ago:
        coming back to a window usually finds most of its pixels where they were, so its reading is the
        one to compare with (the frame just before belongs to another window)."""
        me = self.conn.execute(
            "SELECT ts_utc, app, title FROM frames WHERE record_id = ?", (record_id,)
        ).fetchone()
        if me is None:
            return None
        row = self.conn.execute(
            "SELECT record_id, app, title FROM frames WHERE app IS ? AND title IS ? AND ts_utc <= ? "
            "AND (ts_utc < ? OR record_id < ?) ORDER BY ts_utc DESC, record_id DESC LIMIT 1",
            (me[1], me[2], me[0], me[0], record_id),
        ).fetchone()
        return dict(zip(("record_id", "app", "title"), row)) if row else None

    def vectors_of(self, sample_id: str) -> list[tuple[str, bytes]]:
        """(normalised text, float32 bytes) of the items an embed record indexed."""
        if not self.vector_dim():
            return []
        return self.conn.execute(
            "SELECT t.text, v.embedding FROM items i JOIN texts t ON t.id = i.text_id "
            "JOIN vec_items v ON v.rowid = t.id WHERE i.source_id = ? ORDER BY i.id",
            (sample_id.split("#", 1)[0],),
        ).fetchall()

    def record_body(self, sample_id: str) -> str | None:
        """The record's canonical JSON, whatever its stored encoding."""
        return bodies.load_text(self.conn, sample_id, self._texts)

    def counts(self) -> dict:
        out: dict = {"frames": self.conn.execute("SELECT count(*) FROM frames").fetchone()[0], "work": {}}
        for stage, status, n in self.conn.execute("SELECT stage, status, count(*) FROM work GROUP BY 1, 2"):
            out["work"].setdefault(stage, {})[status] = n
        out["records"] = dict(
            self.conn.execute("SELECT modality, count(*) FROM records GROUP BY 1").fetchall()
        )
        return out

    def failures(self, limit: int = 100) -> list[dict]:
        rows = self.conn.execute(
            "SELECT source_id, stage, status, attempts, error_code, message FROM work "
            "WHERE status IN ('failed', 'retry') ORDER BY source_id LIMIT ?",
            (limit,),
        )
        keys = ("record_id", "stage", "status", "attempts", "code", "message")
        return [dict(zip(keys, r)) for r in rows]


def load_record(conn, sample_id: str, cache: bodies.TextCache | None = None) -> dict | None:
    """A stored record as a dict, resolving compression and deltas: what every reader of records calls.
    `conn` may be apsw (the app) or the standard library's sqlite3 (tests, benchmarks)."""
    text = bodies.load_text(conn, sample_id, cache)
    return json.loads(text) if text is not None else None


def frame_records(conn, source_id: str, modalities: tuple[str, ...] | None = None) -> list[tuple[str, str]]:
    """(sample_id, canonical JSON) of a frame's records, by sample_id."""
    rows = conn.execute(
        "SELECT sample_id, modality, body, base FROM records WHERE source_id = ? ORDER BY sample_id",
        (source_id,),
    ).fetchall()
    return [
        (sid, bodies.decode_row(conn, body, base))
        for sid, modality, body, base in rows
        if modalities is None or modality in modalities
    ]


def record_json(conn, body: str | bytes, base: str | None, cache: bodies.TextCache | None = None) -> str:
    """The canonical JSON of a records row read together with others (SELECT ..., body, base)."""
    return bodies.decode_row(conn, body, base, cache)


def base_of(conn, source_id: str, modality: str) -> str | None:
    """The record a new `modality` record of this frame may be stored as a delta against: the same record
    of the frame just before, when that frame shows the same window (or that record's own base)."""
    prev = conn.execute(
        "SELECT p.record_id, p.app IS me.app AND p.title IS me.title FROM frames me JOIN frames p "
        "ON p.ts_utc <= me.ts_utc AND (p.ts_utc < me.ts_utc OR p.record_id < me.record_id) WHERE me.record_id = ? "
        "ORDER BY p.ts_utc DESC, p.record_id DESC LIMIT 1",
        (source_id,),
    ).fetchone()
    if prev is None or not prev[1]:
        return None
    sample_id = f"{prev[0]}#{modality}"
    row = conn.execute("SELECT base FROM records WHERE sample_id = ?", (sample_id,)).fetchone()
    return None if row is None else row[0] or sample_id


def vectors_by_ref(conn, record: dict) -> list:
    """An embed record's vectors (numpy float32, in item order) from the store, whatever the record's
    form: base64 inline (before migration 6) or a sha256 reference per item to its normalised text."""
    import numpy as np

    from autocapture.stages.embed import decode_vector

    if any(len(v) != 64 for v in record["emb_vectors"]):  # base64 float32: 2,048 characters at 384 dimensions
        return [decode_vector(v) for v in record["emb_vectors"]]
    out = []
    for item in record["output_json"]["items"]:
        row = conn.execute(
            "SELECT v.embedding FROM texts t JOIN vec_items v ON v.rowid = t.id WHERE t.text = ?",
            (normalise(item["text"]),),
        ).fetchone()
        if row is None:
            raise LookupError(f"{record['sample_id']}: no stored vector for item {item['ref']!r}")
        out.append(np.frombuffer(row[0], dtype="<f4"))
    return out


def upgrade(derived_dir: Path) -> None:
    """Bring a store written by an older version to the current schema before reading it (readers open
    derived.db read-only and would not migrate it themselves)."""
    path = derived_dir / "derived.db"
    if not path.exists():
        return
    conn = connect(path, readonly=True)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()
    if version < len(MIGRATIONS):
        try:
            DerivedStore(derived_dir).close()
        except (apsw.Error, OSError) as exc:
            raise RuntimeError(
                f"{path} was written by an older version and cannot be migrated here ({exc}): "
                "run `autocapture process once` where the store is writable"
            ) from exc


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
