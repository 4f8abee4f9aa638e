"""The sidecar's activity signal (contract section 5), parsed into a typed value or a reason it is unusable."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from autocapture.dataroot.records import parse_ts

MAX_SIGNAL_BYTES = 64 * 1024


@dataclass(frozen=True)
class ActivitySignal:
    ts_utc: datetime
    idle_seconds: float
    user_active: bool
    source: str | None
    seq: int | None


class SignalUnusable(Exception):
    """Missing, unreadable or malformed; `kind` is one of missing, unreadable, malformed."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


def read_signal(path: Path | None) -> ActivitySignal:
    if path is None or not path.exists():
        raise SignalUnusable("missing", "no activity signal file")
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_SIGNAL_BYTES + 1)
    except OSError as exc:
        raise SignalUnusable("unreadable", f"cannot read {path}: {exc.strerror}") from exc
    if len(raw) > MAX_SIGNAL_BYTES:
        raise SignalUnusable("malformed", f"{path} is over {MAX_SIGNAL_BYTES} bytes")
    try:
        obj = json.loads(raw)
    except (ValueError, RecursionError) as exc:
        raise SignalUnusable("malformed", f"{path} is not JSON ({str(exc)[:60]})") from exc
    if not isinstance(obj, dict):
        raise SignalUnusable("malformed", f"{path} is not a JSON object")
    ts = parse_ts(obj.get("ts_utc"))
    idle = obj.get("idle_seconds")
    active = obj.get("user_active")
    if ts is None:
        raise SignalUnusable("malformed", "ts_utc missing or not ISO-8601")
    if isinstance(idle, bool) or not isinstance(idle, (int, float)) or idle != idle or idle < 0:
        raise SignalUnusable("malformed", f"idle_seconds is {idle!r}, expected a number >= 0")
    if not isinstance(active, bool):
        raise SignalUnusable("malformed", f"user_active is {active!r}, expected true or false")
    seq = obj.get("seq")
    source = obj.get("source")
    return ActivitySignal(
        ts,
        float(idle),
        active,
        source if isinstance(source, str) else None,
        seq if isinstance(seq, int) and not isinstance(seq, bool) else None,
    )
