"""Ingest: new frames since the last checkpoint become rows in derived.db with pending work per stage.
Cheap (no pixels are read); bad rows are recorded as ingest failures naming the record."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import timezone

from autocapture.dataroot.problems import Problem
from autocapture.dataroot.reader import DataRoot
from autocapture.store.derived import DerivedStore

BATCH = 500


@dataclass(frozen=True)
class IngestResult:
    frames: int
    failures: list[dict]  # {record_id, stage, code, message}


def frame_row(frame) -> dict:
    return {
        "record_id": frame.record_id,
        "source_key": json.dumps(frame.record.key),
        "ts_utc": frame.ts_utc.astimezone(timezone.utc).isoformat(timespec="microseconds"),
        "run_id": frame.run_id,
        "app": frame.app,
        "title": frame.title,
        "width": frame.width,
        "height": frame.height,
        "content_hash": frame.content_hash,
    }


def ingest(dr: DataRoot, store: DerivedStore, stages: list[str]) -> IngestResult:
    raw = store.get_meta("ingest_cursor")
    after = json.loads(raw) if raw else None
    frames = 0
    failed: list[dict] = []
    batch: list[dict] = []
    failures: list[tuple[str, str, str]] = []
    last = None

    def flush():
        nonlocal frames, batch, failures
        frames += store.add_frames(batch, stages, json.dumps(last), failures)
        failed.extend({"record_id": r, "stage": "ingest", "code": c, "message": m} for r, c, m in failures)
        batch, failures = [], []

    for key, item in dr.keyed_frames(after):
        last = key
        if isinstance(item, Problem):
            failures.append((item.record_id or f"row {key}", item.code, item.message))
        else:
            batch.append(frame_row(item))
        if len(batch) + len(failures) >= BATCH:
            flush()
    if last is not None:
        flush()
    return IngestResult(frames, failed)
