"""Parquet facts: every canonical record, appended to `<derived_dir>/facts/run_id=/day=/hour=/` in
batches. Rows are sorted and files are named by their content, so replaying the same inputs gives the
same rows and the same files, and a batch re-written after a crash lands on the same file."""

from __future__ import annotations

import json
import os
from datetime import datetime, timedelta
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from autocapture.hashing import canonical_json, sha256_hex
from autocapture.store.bodies import TextCache
from autocapture.store.derived import DerivedStore, record_json

SCHEMA = pa.schema(
    [
        ("sample_id", pa.string()),
        ("record_type", pa.string()),
        ("modality", pa.string()),
        ("source_record_id", pa.string()),
        ("ts_utc", pa.timestamp("us", tz="UTC")),
        ("app", pa.string()),
        ("title", pa.string()),
        ("model_id", pa.string()),
        ("prompt_hash", pa.string()),
        ("provenance_hash", pa.string()),
        ("body", pa.string()),
    ]
)


DICTIONARY_COLUMNS = [f.name for f in SCHEMA if f.name not in ("body", "sample_id", "provenance_hash")]


def facts_dir(store: DerivedStore) -> Path:
    return store.dir / "facts"


def _rows(store: DerivedStore, batch: int) -> list[dict]:
    out = []
    cache = TextCache()
    for sid, source, stored, base, app, title, run in store.conn.execute(
        "SELECT r.sample_id, r.source_id, r.body, r.base, f.app, f.title, f.run_id FROM records r "
        "LEFT JOIN frames f ON f.record_id = r.source_id WHERE r.export_batch = ? ORDER BY r.ts_utc, r.sample_id",
        (batch,),
    ).fetchall():
        body = record_json(store.conn, stored, base, cache)  # the full JSON, whatever the stored encoding
        cache.put(sid, body)
        rec = json.loads(body)
        out.append(
            {
                "sample_id": sid,
                "record_type": rec["record_type"],
                "modality": rec["modality"],
                "source_record_id": source,
                "ts_utc": datetime.fromisoformat(rec["provenance"]["frame_ts_utc"]),
                "app": app,
                "title": title,
                "model_id": rec["model_id"],
                "prompt_hash": rec["prompt_hash"],
                "provenance_hash": rec["provenance"]["provenance_hash"],
                "body": body,
                "_run": run or rec["provenance"]["run_id"],
            }
        )
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
        name = (
            "part-"
            + sha256_hex("\n".join(r["sample_id"] + " " + r["provenance_hash"] for r in rows))[:24]
            + ".parquet"
        )
        rel = Path(f"run_id={run}") / f"day={day}" / f"hour={hour}" / name
        _write_atomic(pa.Table.from_pylist(rows, schema=SCHEMA), facts_dir(store) / rel)
        written.append(str(rel))
    return written


def export(store: DerivedStore) -> int:
    """Export every record not yet in Parquet; finishes batches a crash left half done first. Then
    compacts the partitions that have closed since."""
    store.assign_export_batch()
    count = 0
    for batch in store.pending_export_batches():
        files = write_batch(store, batch)
        store.finish_export_batch(batch, files)
        count += len(files)
    compact(store)
    return count


def _set_meta(store: DerivedStore, key: str, value: str) -> None:
    with store.tx():
        store.conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))


def compact(store: DerivedStore) -> list[str]:
    """Each pass adds a small file to the partitions it touched; once a partition's hour is closed (frames
    an hour past its end exist), its files become one. Only partitions touched since the last call are
    looked at (a cursor over export batches), so the cost follows new work, not history. A replaced
    record keeps its newest row. Returns the partitions compacted."""
    done = (
        store.conn.execute("SELECT max(batch) FROM export_batches WHERE status = 'done'").fetchone()[0] or 0
    )
    cursor = int(store.get_meta("facts_compacted_batch") or 0)
    open_parts = set(json.loads(store.get_meta("facts_open_partitions") or "[]"))
    for (files,) in store.conn.execute(
        "SELECT files FROM export_batches WHERE batch > ? AND batch <= ? AND status = 'done'", (cursor, done)
    ):
        open_parts |= {str(Path(f).parent) for f in json.loads(files or "[]")}
    newest = store.conn.execute("SELECT max(ts_utc) FROM frames").fetchone()[0]
    if newest is None:
        return []
    cutoff = datetime.fromisoformat(newest) - timedelta(hours=1)
    closed = sorted(p for p in open_parts if _partition_end(p) <= cutoff)
    compacted = [p for p in closed if _compact_partition(store, p)]
    _set_meta(store, "facts_open_partitions", json.dumps(sorted(open_parts - set(closed))))
    _set_meta(store, "facts_compacted_batch", str(done))
    return compacted


def _partition_end(part: str) -> datetime:
    fields = dict(piece.split("=", 1) for piece in Path(part).parts)
    return datetime.fromisoformat(f"{fields['day']}T{fields['hour']}:00:00+00:00") + timedelta(hours=1)


def _compact_partition(store: DerivedStore, part: str) -> bool:
    """One file for the partition's rows: the newest row of each record (files in batch order), sorted
    and named by content like any batch file; the batch bookkeeping then names it, and the inputs go."""
    folder = facts_dir(store) / part
    files = sorted(folder.glob("*.parquet"))
    if len(files) < 2:
        return False
    order: dict[str, int] = {}
    batches = store.conn.execute(
        "SELECT batch, files FROM export_batches WHERE files LIKE ?", (f"%{part}/%",)
    ).fetchall()
    for batch, listed in batches:
        for f in json.loads(listed or "[]"):
            order[Path(f).name] = batch
    newest: dict[str, dict] = {}
    for f in sorted(files, key=lambda f: (order.get(f.name, 0), f.name)):
        for row in pq.read_table(f, schema=SCHEMA).to_pylist():
            newest[row["sample_id"]] = row
    rows = sorted(newest.values(), key=lambda r: (r["ts_utc"], r["sample_id"]))
    name = (
        "part-"
        + sha256_hex("\n".join(r["sample_id"] + " " + r["provenance_hash"] for r in rows))[:24]
        + ".parquet"
    )
    _write_atomic(pa.Table.from_pylist(rows, schema=SCHEMA), folder / name)
    rel = str(Path(part) / name)
    gone = {str(Path(part) / f.name) for f in files} - {rel}
    with store.tx():  # the bookkeeping names the new file before the old ones go
        for batch, listed in batches:
            kept = [f for f in json.loads(listed or "[]") if f not in gone]
            if len(kept) != len(json.loads(listed or "[]")):
                if batch == max(b for b, _ in batches):
                    kept = sorted(set(kept) | {rel})
                store.conn.execute(
                    "UPDATE export_batches SET files = ? WHERE batch = ?", (canonical_json(kept), batch)
                )
    for f in files:
        if f.name != name:
            f.unlink(missing_ok=True)
    return True
