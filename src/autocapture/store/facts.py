"""Parquet facts: every canonical record, appended to `<derived_dir>/facts/run_id=/day=/hour=/` in
batches. Rows are sorted and files are named by their content, so replaying the same inputs gives the
same rows and the same files, and a batch re-written after a crash lands on the same file."""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from autocapture.hashing import sha256_hex
from autocapture.store.bodies import TextCache
from autocapture.store.derived import DerivedStore, record_json

SCHEMA = pa.schema([
    ("sample_id", pa.string()), ("record_type", pa.string()), ("modality", pa.string()),
    ("source_record_id", pa.string()), ("ts_utc", pa.timestamp("us", tz="UTC")), ("app", pa.string()),
    ("title", pa.string()), ("model_id", pa.string()), ("prompt_hash", pa.string()),
    ("provenance_hash", pa.string()), ("body", pa.string()),
])


DICTIONARY_COLUMNS = [f.name for f in SCHEMA if f.name not in ("body", "sample_id", "provenance_hash")]


def facts_dir(store: DerivedStore) -> Path:
    return store.dir / "facts"


def _rows(store: DerivedStore, batch: int) -> list[dict]:
    out = []
    cache = TextCache()
    for sid, source, stored, base, app, title, run in store.conn.execute(
            "SELECT r.sample_id, r.source_id, r.body, r.base, f.app, f.title, f.run_id FROM records r "
            "LEFT JOIN frames f ON f.record_id = r.source_id WHERE r.export_batch = ? ORDER BY r.ts_utc, r.sample_id",
            (batch,)).fetchall():
        body = record_json(store.conn, stored, base, cache)  # the full JSON, whatever the stored encoding
        cache.put(sid, body)
        rec = json.loads(body)
        out.append({"sample_id": sid, "record_type": rec["record_type"], "modality": rec["modality"],
                    "source_record_id": source, "ts_utc": datetime.fromisoformat(rec["provenance"]["frame_ts_utc"]),
                    "app": app, "title": title, "model_id": rec["model_id"], "prompt_hash": rec["prompt_hash"],
                    "provenance_hash": rec["provenance"]["provenance_hash"], "body": body,
                    "_run": run or rec["provenance"]["run_id"]})
    return out


def _write_atomic(table: pa.Table, dst: Path) -> None:
    dst.parent.mkdir(parents=True, exist_ok=True)
    tmp = dst.with_name(f".{dst.name}.tmp")
    # near-duplicate bodies of one window sit side by side: a higher zstd level finds the repeats
    pq.write_table(table, tmp, compression="zstd", compression_level=9, use_dictionary=DICTIONARY_COLUMNS)
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, dst)


def write_batch(store: DerivedStore, batch: int) -> list[str]:
    """Write one batch's rows, a file per partition; returns the files' paths relative to facts/."""
    parts: dict[tuple[str, str, str], list[dict]] = {}
    for row in _rows(store, batch):
        ts = row["ts_utc"]
        parts.setdefault((row.pop("_run"), ts.strftime("%Y-%m-%d"), ts.strftime("%H")), []).append(row)
    written = []
    for (run, day, hour), rows in sorted(parts.items()):
        name = "part-" + sha256_hex("\n".join(r["sample_id"] + " " + r["provenance_hash"] for r in rows))[:24] + ".parquet"
        rel = Path(f"run_id={run}") / f"day={day}" / f"hour={hour}" / name
        _write_atomic(pa.Table.from_pylist(rows, schema=SCHEMA), facts_dir(store) / rel)
        written.append(str(rel))
    return written


def export(store: DerivedStore) -> int:
    """Export every record not yet in Parquet; finishes batches a crash left half done first."""
    store.assign_export_batch()
    count = 0
    for batch in store.pending_export_batches():
        files = write_batch(store, batch)
        store.finish_export_batch(batch, files)
        count += len(files)
    return count
