"""state.db under the derived dir: spans, the edges between them, their evidence (frame ids), predictor
runs and the landscape's neighbourhood index. Append-only: a span that grows is superseded, not edited."""

from __future__ import annotations

from pathlib import Path

import apsw

from autocapture.store.derived import _Tx, connect

SCHEMA = """
CREATE TABLE IF NOT EXISTS spans (span_id TEXT PRIMARY KEY, seq INTEGER NOT NULL, start_utc TEXT NOT NULL,
    end_utc TEXT NOT NULL, app TEXT, title TEXT, frames INTEGER NOT NULL, keys INTEGER, mouse INTEGER,
    entities TEXT, summary TEXT, embedding BLOB NOT NULL, superseded_by TEXT, body TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS spans_time ON spans(start_utc);
CREATE TABLE IF NOT EXISTS span_frames (span_id TEXT NOT NULL, frame_id TEXT NOT NULL, PRIMARY KEY (span_id, frame_id));
CREATE TABLE IF NOT EXISTS edges (src TEXT NOT NULL, dst TEXT NOT NULL, delta BLOB NOT NULL, error REAL,
    predictor TEXT, PRIMARY KEY (src, dst, predictor));
CREATE TABLE IF NOT EXISTS predictor_runs (run_id TEXT PRIMARY KEY, created_seq INTEGER NOT NULL, status TEXT NOT NULL,
    body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS lifecycle (seq INTEGER PRIMARY KEY, run_id TEXT, action TEXT NOT NULL, note TEXT);
"""


class StateDB:
    def __init__(self, derived_dir: Path):
        self.dir = derived_dir / "state"
        self.dir.mkdir(parents=True, exist_ok=True)
        self.conn: apsw.Connection = connect(self.dir / "state.db")
        self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute(SCHEMA)

    @classmethod
    def readonly(cls, derived_dir: Path) -> StateDB | None:
        """For readers (the web app): no folder made, no schema run, no WAL switch; None if never built."""
        path = derived_dir / "state" / "state.db"
        if not path.exists():
            return None
        st = cls.__new__(cls)
        st.dir, st.conn = path.parent, connect(path, readonly=True)
        return st

    def tx(self):
        return _Tx(self.conn)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> StateDB:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def live_spans(self) -> list[tuple]:
        return self.conn.execute(
            "SELECT span_id, seq, start_utc, end_utc, app, title, frames, embedding, body "
            "FROM spans WHERE superseded_by IS NULL ORDER BY start_utc, span_id"
        ).fetchall()
