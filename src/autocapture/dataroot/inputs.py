"""Raw input events kept by the sidecar as a blob: b"INPT1" then [4-byte big-endian length, JSON] repeated."""

from __future__ import annotations

import json
import struct
from dataclasses import dataclass
from datetime import datetime

from autocapture.dataroot.records import parse_ts

MAGIC = b"INPT1"
MAX_EVENT_BYTES = 64 * 1024


@dataclass(frozen=True)
class InputEvent:
    kind: str  # "key" or "mouse"
    ts_utc: datetime
    action: str | None = None
    key: str | None = None
    button: str | None = None
    pressed: bool | None = None
    x: int | None = None
    y: int | None = None


class InputLogError(ValueError):
    pass


def parse_input_log(data: bytes, record_id: str) -> tuple[list[InputEvent], int]:
    """Events in order, and how many malformed events were skipped. A truncated tail stops the read."""
    if not data.startswith(MAGIC):
        raise InputLogError(f"input log {record_id}: does not start with INPT1")
    events, skipped, pos = [], 0, len(MAGIC)
    while pos + 4 <= len(data):
        (size,) = struct.unpack(">I", data[pos : pos + 4])
        pos += 4
        if size > MAX_EVENT_BYTES or pos + size > len(data):
            skipped += 1
            break
        chunk, pos = data[pos : pos + size], pos + size
        try:
            obj = json.loads(chunk)
        except ValueError:
            skipped += 1
            continue
        ts = parse_ts(obj.get("ts_utc")) if isinstance(obj, dict) else None
        if ts is None or obj.get("kind") not in ("key", "mouse"):
            skipped += 1
            continue
        num = lambda v: int(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else None  # noqa: E731
        text = lambda v: v[:64] if isinstance(v, str) else None  # noqa: E731
        events.append(
            InputEvent(
                obj["kind"],
                ts,
                text(obj.get("action")),
                text(obj.get("key")),
                text(obj.get("button")),
                obj.get("pressed") if isinstance(obj.get("pressed"), bool) else None,
                num(obj.get("x")),
                num(obj.get("y")),
            )
        )
    return events, skipped


def encode_input_log(events: list[dict]) -> bytes:
    """The sidecar's format, for fixtures and tests."""
    out = bytearray(MAGIC)
    for ev in events:
        body = json.dumps(ev, sort_keys=True, separators=(",", ":")).encode()
        out += struct.pack(">I", len(body)) + body
    return bytes(out)
