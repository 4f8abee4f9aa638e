"""Typed records parsed from untrusted rows: frames with their window/app/input context, window meta,
input summaries and UIA snapshots. A row that does not parse becomes a Problem naming its id."""

from __future__ import annotations

import bisect
import json
import math
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from typing import Any

from autocapture.dataroot.metadata import Row
from autocapture.dataroot.problems import Problem

FRAME = "evidence.capture.frame"
WINDOW = "evidence.window.meta"
INPUT = "derived.input.summary"
UIA = "evidence.uia.snapshot"
SEGMENT = "evidence.capture.segment"
KNOWN_TYPES = frozenset({FRAME, WINDOW, INPUT, UIA, SEGMENT})
# Types the contract names as existing but not used by the processor: counted, never a warning.
OTHER_KNOWN_PREFIXES = (
    "evidence.clipboard.",
    "evidence.file.",
    "evidence.capture.",
    "system.",
    "derived.",
    "evidence.",
    "ledger.",
)


class RecordError(ValueError):
    def __init__(self, record_id: str, field_name: str, message: str):
        super().__init__(f"record {record_id}: {field_name}: {message}")
        self.record_id, self.field = record_id, field_name


def parse_ts(value: Any) -> datetime | None:
    """ISO-8601 with offset or trailing Z; naive times are taken as UTC. None when absent or bad."""
    if not isinstance(value, str) or not value or len(value) > 64:
        return None
    try:
        ts = datetime.fromisoformat(value[:-1] + "+00:00" if value.endswith("Z") else value)
    except ValueError:
        return None
    return ts if ts.tzinfo else ts.replace(tzinfo=timezone.utc)


# No screen was captured before 1990, and a sidecar's clock may run ahead by minutes, not days. Outside this
# range a time is a bug or an attack: year 1 or 9999 overflow when moved to a local zone, and a timeline
# from year 1 to now has 740k days.
EARLIEST = datetime(1990, 1, 1, tzinfo=timezone.utc)
FUTURE_SLACK = timedelta(days=1)


def insane_ts(ts: datetime, now: datetime | None = None) -> str | None:
    """Why `ts` is outside the sane range (before 1990, or more than a day after now); None when inside."""
    if ts < EARLIEST:
        return f"{ts.isoformat()} is before {EARLIEST.date().isoformat()}"
    if ts > (now or datetime.now(timezone.utc)) + FUTURE_SLACK:
        return f"{ts.isoformat()} is more than a day in the future"
    return None


def sane_ts(rec: Record, name: str, ts: datetime) -> datetime:
    """`ts` itself, or a RecordError naming the record and why its time was refused."""
    if reason := insane_ts(ts):
        raise RecordError(rec.record_id, name, f"{reason}; the record is skipped (check the sidecar's clock)")
    return ts


@dataclass(frozen=True)
class Record:
    """One row of metadata.db, its body parsed to a dict and its header fields filled in."""

    key: int | str
    record_id: str
    record_type: str
    run_id: str
    ts_utc: datetime | None
    ts_raw: str | None
    payload: dict = field(repr=False, compare=False)


def _no_lone_surrogates(obj):
    """JSON may escape a lone surrogate ("\\udcff"), which no UTF-8 store can hold: make it U+FFFD."""
    if isinstance(obj, str):
        return obj.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    if isinstance(obj, list):
        return [_no_lone_surrogates(v) for v in obj]
    if isinstance(obj, dict):
        return {_no_lone_surrogates(k): _no_lone_surrogates(v) for k, v in obj.items()}
    return obj


def parse_row(row: Row, table: str) -> Record | Problem:
    rid = row.record_id
    if not isinstance(rid, str) or not rid.strip() or len(rid) > 512:
        return Problem(
            "bad_record_id",
            "warning",
            f"row {row.key} has no usable id ({type(rid).__name__})",
            "the sidecar should write a text id",
            table=table,
        )
    if not isinstance(row.body, (str, bytes)):
        return Problem(
            "bad_record_json",
            "warning",
            f"payload is {type(row.body).__name__}, not JSON text",
            table=table,
            record_id=rid,
        )
    try:
        payload = json.loads(row.body)
        if "\\ud" in row.body or "\\uD" in row.body if isinstance(row.body, str) else False:
            payload = _no_lone_surrogates(payload)
    except (ValueError, RecursionError) as exc:
        return Problem(
            "bad_record_json",
            "warning",
            f"payload is not valid JSON ({str(exc)[:80]})",
            table=table,
            record_id=rid,
        )
    if not isinstance(payload, dict):
        return Problem(
            "bad_record_json",
            "warning",
            f"payload is a JSON {type(payload).__name__}, not an object",
            table=table,
            record_id=rid,
        )
    rtype = (
        row.record_type
        if isinstance(row.record_type, str) and row.record_type
        else payload.get("record_type")
    )
    if not isinstance(rtype, str) or not rtype:
        return Problem(
            "missing_record_type",
            "warning",
            "no record_type in the column or the payload",
            table=table,
            record_id=rid,
        )
    run = row.run_id if isinstance(row.run_id, str) and row.run_id else payload.get("run_id")
    if not isinstance(run, str) or not run:
        run = rid.split("/", 1)[0]
    ts_raw = next(
        (
            v
            for v in (
                row.ts_utc,
                payload.get("ts_utc"),
                payload.get("ts_start_utc"),
                payload.get("ts_end_utc"),
            )
            if isinstance(v, str) and v
        ),
        None,
    )
    return Record(row.key, rid, rtype, run, parse_ts(ts_raw), ts_raw, payload)


# --- typed views ---------------------------------------------------------------------------------
def _int(
    rec: Record, name: str, value: Any, *, required: bool = False, minimum: int | None = None
) -> int | None:
    if value is None:
        if required:
            raise RecordError(rec.record_id, name, "missing")
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != int(value):
        raise RecordError(rec.record_id, name, f"expected a whole number, got {str(value)[:40]!r}")
    if minimum is not None and value < minimum:
        raise RecordError(rec.record_id, name, f"{value} is below {minimum}")
    return int(value)


def _optional_int(value: Any) -> int | None:
    """A context field: a whole number >= 0, or None when absent or malformed."""
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or not math.isfinite(value)
        or value < 0
    ):
        return None
    return int(value) if value == int(value) else None


def _str(value: Any, limit: int = 4096) -> str | None:
    return value[:limit] if isinstance(value, str) else None


def app_name(process_path: str | None) -> str | None:
    """`C:\\Program Files\\...\\chrome.exe` -> `chrome.exe` (lower-cased: Windows names ignore case)."""
    if not process_path:
        return None
    return process_path.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1].lower() or None


@dataclass(frozen=True)
class Window:
    title: str | None
    process_path: str | None
    app: str | None
    hwnd: int | None
    rect: tuple[int, int, int, int] | None
    record_id: str | None = None
    ts_utc: datetime | None = None


def parse_window(rec: Record, raw: Any, record_id: Any = None, ts: Any = None) -> Window | None:
    if not isinstance(raw, dict):
        return None
    rect = raw.get("rect")
    if not (
        isinstance(rect, list)
        and len(rect) == 4
        and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in rect)
    ):
        rect = None
    hwnd = raw.get("hwnd")
    process_path = _str(raw.get("process_path"))
    return Window(
        title=_str(raw.get("title")),
        process_path=process_path,
        app=app_name(process_path),
        hwnd=hwnd if isinstance(hwnd, int) and not isinstance(hwnd, bool) else None,
        rect=tuple(int(v) for v in rect) if rect else None,
        record_id=_str(record_id),
        ts_utc=_context_ts(ts),
    )


def _context_ts(value: Any) -> datetime | None:
    """A time that is context only (a window_ref's): None when absent, bad or outside the sane range."""
    ts = parse_ts(value)
    return ts if ts is not None and insane_ts(ts) is None else None


@dataclass(frozen=True)
class Frame:
    record_id: str
    run_id: str
    ts_utc: datetime
    width: int
    height: int
    encoding: str
    content_hash: str | None
    content_size: int | None
    pixel_hash: str | None
    monitor_index: int | None
    duplicate: bool
    fingerprint: str | None
    window: Window | None
    input_keys: int
    input_mouse: int
    cursor: tuple[int, int, bool] | None
    uia_ref: str | None
    monitor_layout: tuple = ()
    record: Record = field(repr=False, compare=False, default=None)

    @property
    def app(self) -> str | None:
        return self.window.app if self.window else None

    @property
    def title(self) -> str | None:
        return self.window.title if self.window else None


def parse_frame(rec: Record) -> Frame:
    p = rec.payload
    if rec.ts_utc is None:
        raise RecordError(rec.record_id, "ts_utc", f"missing or not ISO-8601 ({str(rec.ts_raw)[:40]!r})")
    ts_utc = sane_ts(rec, "ts_utc", rec.ts_utc)
    width = _int(rec, "width", p.get("width", p.get("frame_width")), required=True, minimum=1)
    height = _int(rec, "height", p.get("height", p.get("frame_height")), required=True, minimum=1)
    encoding = p.get("encoding") or (p.get("content_type") or "").split("/")[-1] or "png"
    if not isinstance(encoding, str):
        raise RecordError(rec.record_id, "encoding", f"expected text, got {encoding!r}")
    content_hash = p.get("content_hash")
    if content_hash is not None and not (isinstance(content_hash, str) and len(content_hash) == 64):
        raise RecordError(rec.record_id, "content_hash", "expected a sha256 hex digest")
    dedupe = p.get("dedupe") if isinstance(p.get("dedupe"), dict) else {}
    window_ref = p.get("window_ref") if isinstance(p.get("window_ref"), dict) else {}
    window = parse_window(
        rec, window_ref.get("window"), window_ref.get("record_id"), window_ref.get("ts_utc")
    )
    counts = (p.get("input_ref") or {}).get("counts") if isinstance(p.get("input_ref"), dict) else None
    counts = counts if isinstance(counts, dict) else {}
    cursor = p.get("cursor")
    cur = None
    if isinstance(cursor, dict) and isinstance(cursor.get("x"), int) and isinstance(cursor.get("y"), int):
        cur = (cursor["x"], cursor["y"], bool(cursor.get("visible", True)))
    uia = p.get("uia_ref")
    layout = p.get("monitor_layout")
    return Frame(
        record_id=rec.record_id,
        run_id=rec.run_id,
        ts_utc=ts_utc,
        width=width,
        height=height,
        encoding=encoding.lower(),
        content_hash=content_hash.lower() if content_hash else None,
        content_size=_int(rec, "content_size", p.get("content_size"), minimum=0),
        pixel_hash=_str(p.get("pixel_hash"), 128),
        monitor_index=_optional_int(p.get("monitor_index")),
        duplicate=dedupe.get("duplicate") is True,
        fingerprint=_str(dedupe.get("fingerprint"), 256),
        window=window,
        input_keys=_optional_int(counts.get("key")) or 0,  # context only: a bad count never costs the frame
        input_mouse=_optional_int(counts.get("mouse")) or 0,
        cursor=cur,
        uia_ref=_str(uia.get("record_id"), 512) if isinstance(uia, dict) else None,
        monitor_layout=tuple(m for m in layout if isinstance(m, dict)) if isinstance(layout, list) else (),
        record=rec,
    )


@dataclass(frozen=True)
class WindowMeta:
    record_id: str
    ts_utc: datetime
    window: Window


def parse_window_meta(rec: Record) -> WindowMeta:
    if rec.ts_utc is None:
        raise RecordError(rec.record_id, "ts_utc", "missing or not ISO-8601")
    window = parse_window(rec, rec.payload.get("window"), rec.record_id, rec.ts_raw)
    if window is None:
        raise RecordError(rec.record_id, "window", "missing or not an object")
    return WindowMeta(rec.record_id, sane_ts(rec, "ts_utc", rec.ts_utc), window)


@dataclass(frozen=True)
class InputSummary:
    record_id: str
    start_utc: datetime
    end_utc: datetime
    event_count: int
    keys: int
    mouse: int
    log_id: str | None


def parse_input_summary(rec: Record) -> InputSummary:
    p = rec.payload
    start, end = parse_ts(p.get("start_ts_utc")), parse_ts(p.get("end_ts_utc"))
    if start is None or end is None:
        raise RecordError(rec.record_id, "start_ts_utc/end_ts_utc", "missing or not ISO-8601")
    start, end = sane_ts(rec, "start_ts_utc", start), sane_ts(rec, "end_ts_utc", end)
    counts = p.get("counts") if isinstance(p.get("counts"), dict) else {}
    return InputSummary(
        rec.record_id,
        start,
        end,
        _int(rec, "event_count", p.get("event_count"), minimum=0) or 0,
        _int(rec, "counts.key", counts.get("key"), minimum=0) or 0,
        _int(rec, "counts.mouse", counts.get("mouse"), minimum=0) or 0,
        _str(p.get("log_id"), 512),
    )


@dataclass(frozen=True)
class UiaElement:
    text: str
    role: str | None
    rect: tuple[int, int, int, int]


@dataclass(frozen=True)
class UiaSnapshot:
    record_id: str
    ts_utc: datetime | None
    hwnd: int | None
    title: str | None
    elements: tuple[UiaElement, ...]


def parse_uia_elements(raw: Any) -> tuple[UiaElement, ...]:
    out = []
    for el in raw if isinstance(raw, list) else ():
        if not isinstance(el, dict):
            continue
        text = el.get("text", el.get("name"))
        rect = el.get("rect")
        if (
            isinstance(text, str)
            and isinstance(rect, list)
            and len(rect) == 4
            and all(isinstance(v, int) and not isinstance(v, bool) for v in rect)
        ):
            out.append(
                UiaElement(text[:4096], _str(el.get("role") or el.get("control_type"), 64), tuple(rect))
            )
    return tuple(out)


def parse_uia(rec: Record) -> UiaSnapshot:
    p = rec.payload
    window = p.get("window") if isinstance(p.get("window"), dict) else {}
    hwnd = p.get("hwnd")
    return UiaSnapshot(
        rec.record_id,
        rec.ts_utc,
        hwnd if isinstance(hwnd, int) else None,
        _str(window.get("title")),
        parse_uia_elements(p.get("elements")),
    )


class WindowTimeline:
    """window.meta records sorted by time once, so each frame without window_ref finds its window by
    bisection: ingest stays O(frames + metas) instead of re-sorting every meta for every frame."""

    def __init__(self, metas: list[WindowMeta]):
        self.metas = sorted(metas, key=lambda m: m.ts_utc)
        self.times = [m.ts_utc for m in self.metas]

    def attach(self, frame: Frame) -> Frame:
        """A frame without window_ref takes the latest window.meta at or before its ts_utc (contract section 3)."""
        if frame.window is None and self.metas:
            i = bisect.bisect_right(self.times, frame.ts_utc) - 1
            if i >= 0:
                return replace(frame, window=self.metas[i].window)
        return frame


def attach_windows(frames: list[Frame], metas: list[WindowMeta] | WindowTimeline) -> list[Frame]:
    """Each frame with its window context; pass a WindowTimeline when attaching frames one at a time."""
    timeline = metas if isinstance(metas, WindowTimeline) else WindowTimeline(metas)
    return [timeline.attach(f) for f in frames]
