"""The sidecar's hash-chained ledger: entry_hash = sha256(canonical_json(entry without entry_hash) +
(prev_hash or "")). A break is reported (first one, with line and entry id) and is not fatal."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from autocapture.dataroot.journal import read_ndjson
from autocapture.dataroot.problems import Problem
from autocapture.hashing import canonical_json, sha256_hex


@dataclass(frozen=True)
class LedgerCheck:
    entries: int
    first_break: Problem | None


def entry_hash(entry: dict) -> str:
    body = {k: v for k, v in entry.items() if k != "entry_hash"}
    return sha256_hex(canonical_json(body) + (entry.get("prev_hash") or ""))


def verify_ledger(path: Path, problems: list[Problem]) -> LedgerCheck:
    prev: str | None = None
    count = 0
    first_break = None
    for line in read_ndjson(path, "ledger", problems, prefix_hash=True):
        count += 1
        entry = line.obj
        if first_break is None:
            eid = entry.get("entry_id") if isinstance(entry.get("entry_id"), str) else None
            why = None
            if count > 1 and entry.get("prev_hash") != prev:
                why = "prev_hash does not match the previous entry's hash"
            elif entry.get("entry_hash") != entry_hash(entry):
                why = "entry_hash does not match the entry's content"
            if why:
                first_break = Problem(
                    "ledger_chain_break",
                    "warning",
                    f"hash chain breaks at line {line.number}: {why}",
                    "the ledger may have been edited or truncated; keep a copy for audit",
                    path=str(path),
                    record_id=eid,
                    line=line.number,
                )
        prev = entry.get("entry_hash") if isinstance(entry.get("entry_hash"), str) else None
    if first_break:
        problems.append(first_break)
    return LedgerCheck(count, first_break)
