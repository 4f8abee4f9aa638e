"""The contract validator (contract section 7): `ok` or a precise list of problems, each with a code,
severity, where and a fix, plus the paths found, the metadata backend chosen and counts per record type."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone

from autocapture.config import Config
from autocapture.dataroot.activity import SignalUnusable, read_signal
from autocapture.dataroot.blobs import BlobError
from autocapture.dataroot.journal import read_ndjson
from autocapture.dataroot.ledger import verify_ledger
from autocapture.dataroot.problems import ContractError, Problem
from autocapture.dataroot.reader import DataRoot
from autocapture.dataroot.records import FRAME, KNOWN_TYPES, Record, RecordError, parse_frame, parse_row

OTHER_KNOWN = {
    "evidence.clipboard.item",
    "evidence.file.activity",
    "evidence.capture.unavailable",
    "ledger.entry",
}
MAX_LINE_PROBLEMS = 20


@dataclass
class Report:
    dataroot: str
    problems: list[Problem] = field(default_factory=list)
    paths: dict = field(default_factory=dict)
    metadata_backend: str | None = None
    record_table: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    frames_checked: int = 0
    frames_readable: int = 0
    journal_lines: int = 0
    ledger_entries: int = 0

    @property
    def ok(self) -> bool:
        return not any(p.severity == "error" for p in self.problems)

    def to_dict(self) -> dict:
        return {
            "ok": self.ok,
            "dataroot": self.dataroot,
            "paths": self.paths,
            "metadata_backend": self.metadata_backend,
            "record_table": self.record_table,
            "counts": dict(sorted(self.counts.items())),
            "total_records": sum(self.counts.values()),
            "frames_checked": self.frames_checked,
            "frames_readable": self.frames_readable,
            "journal_lines": self.journal_lines,
            "ledger_entries": self.ledger_entries,
            "errors": sum(p.severity == "error" for p in self.problems),
            "warnings": sum(p.severity == "warning" for p in self.problems),
            "problems": [p.to_dict() for p in self.problems],
        }


def _evenly(items: list, n: int) -> list:
    if len(items) <= n:
        return items
    step = len(items) / n
    return [items[int(i * step)] for i in range(n)]


def _cap_line_problems(found: list[Problem], into: list[Problem], what: str) -> None:
    into.extend(found[:MAX_LINE_PROBLEMS])
    if len(found) > MAX_LINE_PROBLEMS:
        into.append(
            Problem(
                f"{what}_bad_line",
                "warning",
                f"{len(found) - MAX_LINE_PROBLEMS} more bad lines not listed",
                path=found[0].path,
            )
        )


def _check_frames(dr: DataRoot, report: Report, sample_size: int, quick: bool = False) -> None:
    keys = dr.db.recent_keys_of_type(FRAME, sample_size) if quick else dr.db.keys_of_type(FRAME)
    if not keys:
        report.problems.append(
            Problem(
                "no_frames",
                "error",
                "no evidence.capture.frame record",
                "let the sidecar capture for a while, or check storage.metadata_backend",
                path=str(dr.db.path),
                table=dr.db.backend.table,
            )
        )
        return
    issues: list[Problem] = []
    for row in dr.db.rows_by_keys(_evenly(keys, sample_size)):
        report.frames_checked += 1
        rec = parse_row(row, dr.db.backend.table)
        if not isinstance(rec, Record):
            issues.append(rec)
            continue
        try:
            dr.media.load_frame(parse_frame(rec))
            report.frames_readable += 1
        except RecordError as exc:
            issues.append(
                Problem(
                    "bad_frame_record",
                    "warning",
                    str(exc),
                    record_id=rec.record_id,
                    table=dr.db.backend.table,
                )
            )
        except BlobError as exc:
            code = "frame_encrypted" if exc.code == "encrypted_blob" else "frame_unresolvable"
            issues.append(
                Problem(
                    code,
                    "warning",
                    f"{exc.code}: {exc.message}",
                    exc.fix,
                    path=exc.path,
                    record_id=exc.record_id,
                )
            )
    report.problems.extend(issues)
    if report.frames_readable == 0:
        report.problems.append(
            Problem(
                "no_readable_frames",
                "error",
                f"none of {report.frames_checked} sampled frames resolves to a readable "
                "image (see the frame problems above)",
                "check media/ is the sidecar's media folder and blobs are not encrypted",
                path=str(dr.media.root),
            )
        )


def _check_activity(dr: DataRoot, report: Report, config: Config, now: datetime) -> None:
    path = dr.layout.activity_signal
    try:
        signal = read_signal(path)
    except SignalUnusable as exc:
        report.problems.append(
            Problem(
                f"activity_signal_{exc.kind}",
                "warning",
                str(exc),
                "heavy work waits until the sidecar writes a fresh signal (fail closed)",
                path=str(path or dr.root / "activity/activity_signal.json"),
            )
        )
        return
    age = (now - signal.ts_utc).total_seconds()
    if age > config["runtime.activity.max_signal_age_s"]:
        report.problems.append(
            Problem(
                "activity_signal_stale",
                "warning",
                f"signal is {age:.0f} s old (max {config['runtime.activity.max_signal_age_s']:g} s); the user counts as "
                "active until it is fresh",
                "is the sidecar running?",
                path=str(path),
            )
        )


def validate(config: Config, now: datetime | None = None, quick: bool = False) -> Report:
    """quick: the checks that can stop processing (paths, metadata, readable frames: the newest ones)
    at a cost independent of history, for every `process once` and worker start. It leaves out the
    per-type counts (a GROUP BY over every record) and the journal/ledger line checks (a read of both
    files), which only ever warn: `autocapture validate` runs them all."""
    now = now or datetime.now(timezone.utc)
    report = Report(dataroot=str(config.data_dir))
    try:
        dr = DataRoot(config)
    except ContractError as exc:
        report.problems.append(exc.problem)
        return report
    with dr:
        report.paths = dr.layout.to_dict()
        for what, used, canonical in dr.layout.legacy:
            report.problems.append(
                Problem(
                    "legacy_location",
                    "warning",
                    f"{what} found at legacy path {used}",
                    f"move it to {canonical}",
                    path=str(dr.root / used),
                )
            )
        try:
            report.metadata_backend, report.record_table = dr.db.backend.name, dr.db.backend.table
            report.counts = {} if quick else dr.db.count_by_type()
            _check_frames(dr, report, config["dataroot.validate_sample_frames"], quick)
        except ContractError as exc:
            report.problems.append(exc.problem)
        except Exception as exc:  # a DB that opens but breaks mid-read is still "unreadable"
            report.problems.append(
                Problem(
                    "metadata_db_unreadable",
                    "error",
                    f"reading failed: {exc}",
                    "restore metadata.db from the sidecar's backup",
                    path=str(dr.layout.metadata_db),
                )
            )
        unknown = sorted(
            t
            for t in report.counts
            if t not in KNOWN_TYPES and t not in OTHER_KNOWN and not t.startswith("system.")
        )
        if unknown:
            report.problems.append(
                Problem(
                    "unknown_record_types",
                    "warning",
                    f"counted, not processed: {', '.join(unknown[:20])}",
                    "nothing to do unless one of these should be processed",
                    table=report.record_table,
                )
            )
        _check_activity(dr, report, config, now)
        for what in ("journal", "ledger"):
            path = getattr(dr.layout, what)
            if path is None:
                report.problems.append(
                    Problem(
                        f"{what}_missing",
                        "warning",
                        f"no {what}.ndjson",
                        f"the sidecar should write {what}.ndjson",
                        path=str(dr.root),
                    )
                )
                continue
            if quick:
                continue
            found: list[Problem] = []
            if what == "journal":
                report.journal_lines = sum(1 for _ in read_ndjson(path, "journal", found))
            else:
                report.ledger_entries = verify_ledger(path, found).entries
            breaks = [p for p in found if p.code == "ledger_chain_break"]
            _cap_line_problems([p for p in found if p not in breaks], report.problems, what)
            report.problems.extend(breaks)
    return report
