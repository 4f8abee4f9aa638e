"""metadata.db, opened read-only while the sidecar writes it: choosing Variant A (`metadata` payload
table) or Variant B (`records` json table), the unreadable cases, and paging rows in short reads."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from autocapture.dataroot.problems import ContractError, Problem

BUSY_RETRIES = 8
FIX_ENCRYPTED = (
    "run the sidecar with storage.encryption_enabled=false, or have it also write the "
    "plaintext `records` table"
)


@dataclass(frozen=True)
class Backend:
    """Which table holds the records and what its columns are called."""

    variant: str  # "A" (metadata table) or "B" (records table)
    table: str
    id_col: str
    body_col: str
    type_col: str | None
    ts_col: str | None
    run_col: str | None
    key: str  # "rowid", or the id column for WITHOUT ROWID tables

    @property
    def name(self) -> str:
        return "metadata_table" if self.variant == "A" else "records_table"


@dataclass(frozen=True)
class Row:
    """One raw row, not yet trusted: columns as stored, body still text."""

    key: int | str
    record_id: object
    record_type: object
    ts_utc: object
    run_id: object
    body: object


def _unreadable(path: Path, why: str) -> ContractError:
    return ContractError(
        Problem(
            "metadata_db_unreadable",
            "error",
            f"metadata.db cannot be read: {why}",
            "if the sidecar encrypts the whole file (SQLCipher), turn that off; if it is corrupt, restore it "
            "from the sidecar's backup",
            path=str(path),
        )
    )


class MetadataDB:
    """A read-only connection to the sidecar's metadata.db and the backend chosen for it."""

    def __init__(self, path: Path, backend: str = "auto"):
        self.path = path
        self.conn = self._connect(path)
        try:
            self.tables = self._tables()
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise _unreadable(path, str(exc)) from exc
        self.backend = self._choose(backend)

    @staticmethod
    def _connect(path: Path) -> sqlite3.Connection:
        uri = f"file:{quote(str(path.resolve()))}?mode=ro"
        try:
            conn = sqlite3.connect(uri, uri=True, timeout=2.0, check_same_thread=False)
            conn.execute("PRAGMA query_only = ON")
            # invalid UTF-8 in a row must not fail the whole page of rows it is read with
            conn.text_factory = lambda raw: raw.decode("utf-8", "replace")
        except sqlite3.Error as exc:
            raise _unreadable(path, str(exc)) from exc
        return conn

    def close(self) -> None:
        self.conn.close()

    def query(self, sql: str, params: tuple = ()) -> list[tuple]:
        """One short read transaction, retried while the sidecar holds a write lock."""
        for attempt in range(BUSY_RETRIES):
            try:
                return self.conn.execute(sql, params).fetchall()
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc) or attempt == BUSY_RETRIES - 1:
                    raise
                time.sleep(0.05 * 2**attempt)
        raise AssertionError("unreachable")

    def _tables(self) -> dict[str, dict]:
        tables = {}
        for name, sql in self.query("SELECT name, sql FROM sqlite_master WHERE type = 'table'"):
            cols = [r[1] for r in self.query(f'PRAGMA table_info("{name}")')]
            tables[name] = {"columns": cols, "without_rowid": "WITHOUT ROWID" in (sql or "").upper()}
        return tables

    def _variant_a(self) -> Backend | None:
        info = self.tables.get("metadata")
        if not info:
            return None
        cols = info["columns"]
        id_col = next((c for c in ("id", "record_id") if c in cols), None)
        body = next((c for c in ("payload", "payload_json") if c in cols), None)
        if not id_col or not body:
            return None
        return Backend(
            "A",
            "metadata",
            id_col,
            body,
            "record_type" if "record_type" in cols else None,
            "ts_utc" if "ts_utc" in cols else None,
            "run_id" if "run_id" in cols else None,
            id_col if info["without_rowid"] else "rowid",
        )

    def _variant_b(self) -> Backend | None:
        info = self.tables.get("records")
        if not info or "json" not in info["columns"]:
            return None
        cols = info["columns"]
        id_col = next((c for c in ("id", "record_id") if c in cols), None)
        if not id_col:
            return None
        return Backend(
            "B",
            "records",
            id_col,
            "json",
            "record_type" if "record_type" in cols else None,
            "ts_utc" if "ts_utc" in cols else None,
            "run_id" if "run_id" in cols else None,
            id_col if info["without_rowid"] else "rowid",
        )

    def _encrypted_only(self) -> bool:
        info = self.tables.get("metadata")
        return bool(info) and "ciphertext_b64" in info["columns"]

    def _choose(self, wanted: str) -> Backend:
        a, b = self._variant_a(), self._variant_b()
        chosen = {"auto": a or b, "metadata_table": a, "records_table": b}[wanted]
        if chosen:
            return chosen
        where = f"storage.metadata_backend={wanted}: " if wanted != "auto" else ""
        if self._encrypted_only() and wanted != "records_table" and not b:
            raise ContractError(
                Problem(
                    "encrypted_metadata_table",
                    "error",
                    f"{where}the only record table is the encrypted metadata(id, nonce_b64, ciphertext_b64, key_id); "
                    "autocapture has no keys",
                    FIX_ENCRYPTED,
                    path=str(self.path),
                    table="metadata",
                )
            )
        if wanted == "metadata_table":
            msg, table = "no plaintext `metadata` table with an id and a payload column", "metadata"
            fix = "use storage.metadata_backend=auto (a `records` table exists)" if b else FIX_ENCRYPTED
        elif wanted == "records_table":
            msg, table = "no `records` table with an id and a json column", "records"
            fix = (
                "use storage.metadata_backend=auto (a plaintext `metadata` table exists)"
                if a
                else "have the sidecar write the plaintext `records` table"
            )
        else:
            msg, table = (
                (
                    f"no readable record table (found: {', '.join(sorted(self.tables)) or 'none'}); "
                    "expected metadata(id, payload, ...) or records(id, json, ...)"
                ),
                None,
            )
            fix = "point --dataroot at the sidecar's DataRoot, or update the sidecar"
        raise ContractError(
            Problem("metadata_schema_mismatch", "error", where + msg, fix, path=str(self.path), table=table)
        )

    # --- reading -------------------------------------------------------------------------------
    def _select(self) -> str:
        b = self.backend
        col = lambda c: f'"{c}"' if c else "NULL"  # noqa: E731
        return (
            f'SELECT {b.key}, "{b.id_col}", {col(b.type_col)}, {col(b.ts_col)}, {col(b.run_col)}, '
            f'"{b.body_col}" FROM "{b.table}"'
        )

    def type_expr(self) -> str:
        """record_type from its column, else from the JSON body (older sidecars left the column NULL)."""
        b = self.backend
        from_json = (
            f'CASE WHEN json_valid("{b.body_col}") THEN json_extract("{b.body_col}", \'$.record_type\') END'
        )
        return f'COALESCE("{b.type_col}", {from_json})' if b.type_col else from_json

    def rows(
        self, after: int | str | None = None, batch: int = 500, where: str = "", params: tuple = ()
    ) -> Iterator[Row]:
        """All rows in storage order after a cursor, read in batches of short transactions."""
        b = self.backend
        cond = [where] if where else []
        while True:
            args = params
            conds = list(cond)
            if after is not None:
                conds.append(f"{b.key} > ?")
                args = (*params, after)
            sql = (
                self._select()
                + (" WHERE " + " AND ".join(conds) if conds else "")
                + f" ORDER BY {b.key} LIMIT {batch}"
            )
            page = self.query(sql, args)
            for r in page:
                yield Row(*r)
            if len(page) < batch:
                return
            after = page[-1][0]

    def row(self, record_id: str) -> Row | None:
        found = self.query(self._select() + f' WHERE "{self.backend.id_col}" = ?', (record_id,))
        return Row(*found[0]) if found else None

    def rows_of_type(
        self, record_type: str, after: int | str | None = None, batch: int = 500
    ) -> Iterator[Row]:
        return self.rows(after, batch, where=f"{self.type_expr()} = ?", params=(record_type,))

    def count_by_type(self) -> dict[str, int]:
        sql = f'SELECT {self.type_expr()}, count(*) FROM "{self.backend.table}" GROUP BY 1'
        return {(t if isinstance(t, str) else "<unknown>"): n for t, n in self.query(sql)}

    def keys_of_type(self, record_type: str) -> list:
        b = self.backend
        return [
            r[0]
            for r in self.query(
                f'SELECT {b.key} FROM "{b.table}" WHERE {self.type_expr()} = ? ORDER BY {b.key}',
                (record_type,),
            )
        ]

    def recent_keys_of_type(self, record_type: str, n: int) -> list:
        """The newest n keys of a type, newest first: a backward walk over the key that stops after n
        matches, instead of listing every record of the type."""
        b = self.backend
        return [
            r[0]
            for r in self.query(
                f'SELECT {b.key} FROM "{b.table}" WHERE {self.type_expr()} = ? ORDER BY {b.key} DESC LIMIT ?',
                (record_type, int(n)),
            )
        ]

    def rows_by_keys(self, keys: list) -> list[Row]:
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        return [
            Row(*r)
            for r in self.query(self._select() + f" WHERE {self.backend.key} IN ({marks})", tuple(keys))
        ]

    def last_key(self):
        return self.query(f'SELECT max({self.backend.key}) FROM "{self.backend.table}"')[0][0]
