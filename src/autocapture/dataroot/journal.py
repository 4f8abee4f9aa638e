"""The sidecar's append-only NDJSON files. A bad line is reported with its number and skipped; a last
line without its newline is still being written and is left for the next read."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from autocapture.dataroot.problems import Problem

MAX_LINE_BYTES = 4 * 1024 * 1024


@dataclass(frozen=True)
class Line:
    number: int  # 1-based
    text: str
    obj: dict


def read_ndjson(path: Path, what: str, problems: list[Problem], prefix_hash: bool = False) -> Iterator[Line]:
    """Yield each complete line that parses as a JSON object; report the others into `problems`.

    With prefix_hash, a line may also be `<hex hash> <json>` (older ledger lines)."""
    with open(path, "rb") as fh:
        number = 0
        for raw in fh:
            number += 1
            if not raw.endswith(b"\n"):
                return  # half-written tail: the sidecar is still appending
            if len(raw) > MAX_LINE_BYTES:
                problems.append(
                    Problem(
                        f"{what}_bad_line",
                        "warning",
                        f"line is {len(raw)} bytes; skipped",
                        path=str(path),
                        line=number,
                    )
                )
                continue
            text = raw.decode("utf-8", errors="replace").strip()
            if not text:
                continue
            body = text
            if prefix_hash and not text.startswith("{"):
                head, _, body = text.partition(" ")
                if not all(c in "0123456789abcdefABCDEF" for c in head):
                    body = text
            try:
                obj = json.loads(body)
            except (ValueError, RecursionError) as exc:
                problems.append(
                    Problem(
                        f"{what}_bad_line",
                        "warning",
                        f"not JSON ({str(exc)[:60]}); skipped",
                        path=str(path),
                        line=number,
                    )
                )
                continue
            if not isinstance(obj, dict):
                problems.append(
                    Problem(
                        f"{what}_bad_line",
                        "warning",
                        "not a JSON object; skipped",
                        path=str(path),
                        line=number,
                    )
                )
                continue
            yield Line(number, body, obj)


@dataclass(frozen=True)
class TimeZone:
    tzid: str
    offset_minutes: int


def journal_timezone(path: Path | None) -> TimeZone | None:
    """The user's time zone as the sidecar last recorded it in the journal (tzid, offset_minutes)."""
    if path is None:
        return None
    found = None
    for line in read_ndjson(path, "journal", []):
        tzid, offset = line.obj.get("tzid"), line.obj.get("offset_minutes")
        if isinstance(tzid, str) and isinstance(offset, int) and not isinstance(offset, bool):
            found = TimeZone(tzid, offset)
    return found
