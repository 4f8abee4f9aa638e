"""Window sessions: runs of consecutive frames of one window (app + title), the unit for time spent, visits,
what came right before or after, and the longest stretch.

A session lasts from its first frame until the next session starts, but never across a gap longer than
`IDLE_GAP_S` (the screen was locked or the machine asleep: that time was not spent in the window)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from autocapture.query.evidence import Evidence, Frame
from autocapture.query.timefilter import Filters
from autocapture.store.sessions import IDLE_GAP_S  # one definition, shared with the stored sessions


@dataclass
class Session:
    app: str | None
    title: str | None
    first: Frame
    last: Frame
    end: datetime
    frames: int

    @property
    def seconds(self) -> float:
        return (self.end - self.first.ts).total_seconds()


def _window(f: Frame) -> tuple:
    return (f.app, f.title)


def sessions(ev: Evidence, filters: Filters, key=_window, windows: set[tuple] | None = None) -> list[Session]:
    """Sessions in the filters' time range (app filters are applied by the caller: a session of another app
    still ends the one before it); with `windows`, only the sessions of those (app, title) windows. Cost: read
    from the stored window_sessions (store/sessions.py), so a question reads sessions, not every frame, and
    only the named apps' or windows' sessions when nothing hidden has to be stitched around; computed from
    frames only when that table is not current."""
    if not ev.sessions_ready():
        return _only(_from_frames(ev, filters, key), windows)
    # windows, nothing hidden: the stored rows are the sessions, so the apps and windows asked for are read
    # alone, in SQL (a hidden window between two sessions would change their ends: re-stitched below)
    if key is _window and (filters.apps or windows is not None) and not ev.any_hidden_window():
        return [
            Session(first.app, first.title, first, last, end, n)
            for first, last, n, end in ev.window_runs(filters, apps=bool(filters.apps), windows=windows)
        ]
    out: list[Session] = []
    for first, last, n, _end in ev.window_runs(filters):
        # the same rule as _from_frames, with each stored run standing for its frames (consecutive, one window,
        # no idle gap inside): runs join when the key allows (key=app joins windows of one app) and ends follow
        cur = out[-1] if out else None
        gap = (first.ts - cur.last.ts).total_seconds() if cur else 0.0
        if cur and key(first) == key(cur.first) and gap <= IDLE_GAP_S:
            cur.last, cur.end, cur.frames = last, last.ts, cur.frames + n
            continue
        if cur and gap <= IDLE_GAP_S:
            cur.end = first.ts
        out.append(Session(first.app, first.title, first, last, last.ts, n))
    if filters.apps:
        out = [s for s in out if s.app in filters.apps]
    return _only(out, windows)


def _only(runs: list[Session], windows: set[tuple] | None) -> list[Session]:
    return runs if windows is None else [s for s in runs if (s.app, s.title) in windows]


def beside(ev: Evidence, filters: Filters, visit: Session, step: int, skip: set[tuple]) -> Session | None:
    """The first session after (step 1) or before (step -1) `visit` in the filters' time range whose window is
    not in `skip`, as in the range's whole list of sessions. Cost: the sessions of a stretch of time beside the
    visit, widened eightfold until one is found or the range is read, not every session of the range."""
    oldest, newest = ev.conn.execute(  # one aggregate per SELECT: each is an index lookup, not a scan
        "SELECT (SELECT min(ts_utc) FROM frames), (SELECT max(ts_utc) FROM frames)"
    ).fetchone()
    if oldest is None:
        return None
    lo, hi = datetime.fromisoformat(oldest), datetime.fromisoformat(newest) + timedelta(seconds=1)
    lo, hi = max(filters.start or lo, lo), min(filters.end or hi, hi)
    # a stretch of the idle gap first: the next window follows within it unless the screen went idle
    span, tick = timedelta(seconds=IDLE_GAP_S), timedelta(microseconds=1)
    while True:
        # the stretch holds the visit's first frame (cut there, it starts as in the whole range: the visit is
        # the range's first session or follows it) and reaches `span` past its last frame or before its start
        a = visit.first.ts if step == 1 else max(lo, visit.first.ts - span)
        b = min(hi, visit.last.ts + span) if step == 1 else visit.first.ts + tick
        runs = sessions(ev, Filters(a, b, ()))
        i = next((k for k, s in enumerate(runs) if s.first.record_id == visit.first.record_id), None)
        j = None if i is None else i + step
        while j is not None and 0 <= j < len(runs) and (runs[j].app, runs[j].title) in skip:
            j += step
        # a session that starts before a backward stretch is cut at its start: taken only where the range's own
        # start cuts it too
        if j is not None and 0 <= j < len(runs) and (step == 1 or j > 0 or a <= lo):
            return runs[j]
        if (step == 1 and b >= hi) or (step == -1 and a <= lo):
            return None  # the stretch reached the range's end
        span *= 8


def _from_frames(ev: Evidence, filters: Filters, key) -> list[Session]:
    """The definition, over every frame in the range: what the stored sessions must reproduce."""
    frames = ev.frames(Filters(filters.start, filters.end, ()))
    out: list[Session] = []
    for f in frames:
        cur = out[-1] if out else None
        gap = (f.ts - cur.last.ts).total_seconds() if cur else 0.0
        if cur and key(f) == key(cur.first) and gap <= IDLE_GAP_S:
            cur.last, cur.end, cur.frames = f, f.ts, cur.frames + 1
            continue
        if cur and gap <= IDLE_GAP_S:
            cur.end = f.ts  # the previous session lasted until this one started
        out.append(Session(f.app, f.title, f, f, f.ts, 1))
    if filters.apps:
        out = [s for s in out if s.app in filters.apps]
    return out


def merge(runs: list[Session], gap_s: float = IDLE_GAP_S) -> list[Session]:
    """Consecutive sessions of the same scope (e.g. two Outlook windows one after the other) as one visit."""
    out: list[Session] = []
    for s in runs:
        if out and (s.first.ts - out[-1].end).total_seconds() <= 1.0:
            prev = out[-1]
            out[-1] = Session(prev.app, prev.title, prev.first, s.last, s.end, prev.frames + s.frames)
        else:
            out.append(s)
    return out


def fmt_duration(seconds: float) -> str:
    seconds = int(round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    m, s = divmod(seconds, 60)
    if m < 60:
        return f"{m} min {s:02d} s" if s else f"{m} min"
    h, m = divmod(m, 60)
    return f"{h} h {m:02d} min"


def end_of(s: Session) -> datetime:
    return s.end if s.end > s.first.ts else s.last.ts + timedelta(seconds=0)
