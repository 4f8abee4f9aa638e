"""window_sessions: one row per run of consecutive frames of one window (app, title), kept beside `frames` so
questions about time spent, visits and what came after what read a few sessions instead of every frame.

A session ends where the window changes or where the gap to the next frame is longer than IDLE_GAP_S (the
screen was locked or the machine asleep: that time was not spent in the window). Its end_utc is the next
session's start when that follows within IDLE_GAP_S, else its own last frame's time. A trigger logs the time
of every frame inserted (in any order, by any writer) in `window_sessions_dirty`; `repair()` recomputes the
sessions around those times in the writer's transaction, so the table never lags a committed frame for long
and readers can tell when it does (then they compute from frames, as before)."""

from __future__ import annotations

from datetime import datetime

IDLE_GAP_S = 300.0

SCHEMA = """
CREATE TABLE window_sessions (start_utc TEXT NOT NULL, end_utc TEXT NOT NULL, last_utc TEXT NOT NULL, app TEXT,
                              title TEXT, frames INTEGER NOT NULL, first_frame TEXT NOT NULL, last_frame TEXT NOT NULL,
                              first_width INTEGER, first_height INTEGER, last_width INTEGER, last_height INTEGER);
CREATE INDEX window_sessions_start ON window_sessions(start_utc, first_frame);
CREATE INDEX window_sessions_window ON window_sessions(app, title);
CREATE TABLE window_sessions_dirty (ts_utc TEXT NOT NULL);
CREATE TRIGGER frames_dirty_sessions AFTER INSERT ON frames
    BEGIN INSERT INTO window_sessions_dirty VALUES (NEW.ts_utc); END;
"""


def migrate(conn) -> None:
    """The migration: the table, its trigger and a backfill from every frame already stored."""
    conn.execute(SCHEMA)
    rebuild(conn, None, None)


def dirty(conn) -> bool | None:
    """True when frames were inserted since the last repair; None when the store has no sessions table yet."""
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'window_sessions_dirty'").fetchone():
        return None
    return conn.execute("SELECT 1 FROM window_sessions_dirty LIMIT 1").fetchone() is not None


def repair(conn) -> None:
    """Recompute the sessions around every frame inserted since the last repair (call inside the writer's
    transaction, after the inserts). Frames may arrive out of order: the sessions overlapping the inserted
    times are recomputed, from the session before the earliest through the one holding the next older frame."""
    lo, hi = conn.execute("SELECT min(ts_utc), max(ts_utc) FROM window_sessions_dirty").fetchone()
    if lo is None:
        return
    rebuild(conn, lo, hi)
    conn.execute("DELETE FROM window_sessions_dirty")


def rebuild(conn, lo: str | None, hi: str | None) -> None:
    """Recompute every session that frames timed lo..hi can touch (None, None: all of them).

    The recomputed stretch starts at the first frame of the last session starting strictly before lo (new frames
    are all later, so that frame still starts a session and the sessions before it keep their ends) and ends at
    the last frame of the session holding the first frame after hi (frames after hi are unchanged, so that
    boundary stands too)."""
    start = end = None
    if lo is not None:
        row = conn.execute(
            "SELECT start_utc, first_frame FROM window_sessions WHERE start_utc < ? "
            "ORDER BY start_utc DESC, first_frame DESC LIMIT 1",
            (lo,),
        ).fetchone()
        start = tuple(row) if row else None
        after = conn.execute(
            "SELECT ts_utc, record_id FROM frames WHERE ts_utc > ? ORDER BY ts_utc, record_id LIMIT 1", (hi,)
        ).fetchone()
        if after:
            row = conn.execute(
                "SELECT last_utc, last_frame FROM window_sessions WHERE start_utc <= ? AND "
                "(start_utc < ? OR first_frame <= ?) ORDER BY start_utc DESC, first_frame DESC LIMIT 1",
                (after[0], after[0], after[1]),
            ).fetchone()
            end = tuple(row) if row and (row[0], row[1]) >= tuple(after) else tuple(after)
    where, args = [], []
    if start:
        where.append("start_utc >= ? AND (start_utc > ? OR first_frame >= ?)")  # (ts, id) order, index-usable
        args += [start[0], start[0], start[1]]
    if end:
        where.append("start_utc <= ? AND (start_utc < ? OR first_frame <= ?)")
        args += [end[0], end[0], end[1]]
    conn.execute(
        "DELETE FROM window_sessions" + (" WHERE " + " AND ".join(where) if where else ""), tuple(args)
    )
    fwhere = [w.replace("start_utc", "ts_utc").replace("first_frame", "record_id") for w in where]
    frames = conn.execute(
        "SELECT record_id, ts_utc, app, title, width, height FROM frames"
        + (" WHERE " + " AND ".join(fwhere) if fwhere else "")
        + " ORDER BY ts_utc, record_id",
        tuple(args),
    )
    nxt = None  # the first frame after the stretch: where its last session's end comes from
    if end:
        nxt = conn.execute(
            "SELECT ts_utc FROM frames WHERE ts_utc >= ? AND (ts_utc > ? OR record_id > ?) "
            "ORDER BY ts_utc, record_id LIMIT 1",
            (end[0], end[0], end[1]),
        ).fetchone()
    conn.executemany(
        "INSERT INTO window_sessions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        _runs(frames, nxt[0] if nxt else None),
    )


def _runs(frames, next_ts: str | None):
    """Sessions of frames in time order, as rows; the last one ends at next_ts when that is within the gap."""
    # [start, end, last, app, title, frames, first_id, last_id, first w, h, last w, h, last datetime]; the
    # sizes are kept so a reader makes the first/last frames without a lookup per session
    cur = None
    for record_id, ts, app, title, width, height in frames:
        t = datetime.fromisoformat(ts)
        if cur is not None:
            near = (t - cur[12]).total_seconds() <= IDLE_GAP_S
            if near and app == cur[3] and title == cur[4]:
                cur[1] = cur[2] = ts
                cur[5], cur[7], cur[10], cur[11], cur[12] = cur[5] + 1, record_id, width, height, t
                continue
            cur[1] = ts if near else cur[2]
            yield tuple(cur[:12])
        cur = [ts, ts, ts, app, title, 1, record_id, record_id, width, height, width, height, t]
    if cur is not None:
        near = (
            next_ts is not None and (datetime.fromisoformat(next_ts) - cur[12]).total_seconds() <= IDLE_GAP_S
        )
        cur[1] = next_ts if near else cur[2]
        yield tuple(cur[:12])
