"""Stored window sessions (store/sessions.py) equal the definition computed from every frame, however the
frames arrive: out of order across two `process once` passes, and in shuffled batches."""

import json
import random
import sqlite3
from datetime import datetime, timedelta, timezone

from autocapture.config import load_config
from autocapture.query.evidence import Evidence
from autocapture.query.families import sessions as fam
from autocapture.query.timefilter import Filters
from autocapture.store import sessions
from autocapture.store.derived import DerivedStore

from conftest import FRESH, cli_json, copy_sample


def stored(conn) -> list[tuple]:
    return conn.execute("SELECT * FROM window_sessions ORDER BY start_utc, first_frame").fetchall()


def from_scratch(conn) -> list[tuple]:
    frames = conn.execute(
        "SELECT record_id, ts_utc, app, title, width, height FROM frames ORDER BY ts_utc, record_id"
    ).fetchall()
    return list(sessions._runs(frames, None))


def test_frames_out_of_order_across_two_passes(tmp_path):
    root = copy_sample(tmp_path / "dataroot")
    db = sqlite3.connect(root / "metadata.db")
    rows = db.execute(
        "SELECT id, payload, record_type, ts_utc, run_id FROM metadata "
        "WHERE record_type = 'evidence.capture.frame' ORDER BY rowid"
    ).fetchall()
    db.executemany("DELETE FROM metadata WHERE id = ?", [(r[0],) for r in rows[1::2]])  # fewer frames to OCR
    rows = rows[::2]
    later = list(
        dict.fromkeys(rows[1::3] + rows[-2:])
    )  # every third frame and the newest: back with newer keys
    db.executemany("DELETE FROM metadata WHERE id = ?", [(r[0],) for r in later])
    db.commit()
    code, first = cli_json("process", "once", "--dataroot", root, *FRESH)
    assert code == 0, first
    with DerivedStore(root / "derived") as store:
        n_first = store.conn.execute("SELECT count(*) FROM frames").fetchone()[0]
        assert 0 < n_first < len(rows)
        before = stored(store.conn)
    db.executemany("INSERT INTO metadata VALUES (?, ?, ?, ?, ?)", list(reversed(later)))
    db.commit()
    db.close()
    code, second = cli_json("process", "once", "--dataroot", root, *FRESH)
    assert code == 0, second
    with DerivedStore(root / "derived") as store:
        n_all = store.conn.execute("SELECT count(*) FROM frames").fetchone()[0]
        assert n_all > n_first
        after = stored(store.conn)
        assert after == from_scratch(store.conn)
        assert not sessions.dirty(store.conn)
    assert after != before and len(after) > 3
    assert sum(r[5] for r in after) == n_all

    # the query layer's sessions, read from the table, equal the ones computed from frames, with and without
    # a time range that cuts sessions in the middle
    cfg = load_config(env={}, overrides=[f"storage.derived_dir={root / 'derived'}"])
    ev = Evidence(cfg, timezone.utc)
    try:
        assert ev.sessions_ready()
        t0, t1 = (datetime.fromisoformat(after[i][0]) for i in (0, -1))
        mid = t0 + (t1 - t0) / 3
        apps = (after[-1][3],)  # an app on screen after `mid`
        for f in (
            Filters(),
            Filters(mid, None, ()),
            Filters(None, mid, ()),
            Filters(mid + timedelta(seconds=7), t1 - timedelta(seconds=11), ()),
            Filters(mid, None, apps),
        ):
            for key in (fam._window, lambda fr: fr.app):
                got = [(s.app, s.title, s.first, s.last, s.end, s.frames) for s in fam.sessions(ev, f, key)]
                want = [
                    (s.app, s.title, s.first, s.last, s.end, s.frames) for s in fam._from_frames(ev, f, key)
                ]
                assert got == want and got, f
        frame_counts = ev.conn.execute(
            "SELECT app, title, count(*) FROM frames GROUP BY app, title"
        ).fetchall()
        assert sorted(ev.windows(), key=str) == sorted(frame_counts, key=str)
    finally:
        ev.close()


def frame(i: int, ts: datetime, window: str) -> dict:
    return {
        "record_id": f"r/frame/{i}",
        "source_key": json.dumps(i),
        "ts_utc": ts.isoformat(timespec="microseconds"),
        "run_id": "r",
        "app": window.split(":")[0],
        "title": window,
        "width": 100,
        "height": 100,
        "content_hash": None,
    }


def test_shuffled_batches_equal_a_rebuild(tmp_path):
    rng = random.Random(3)
    t, frames = datetime(2026, 3, 2, 9, tzinfo=timezone.utc), []
    for i in range(600):  # runs of one window, some gaps longer than the idle gap, some equal timestamps
        t += timedelta(seconds=rng.choice((0, 2, 5, 5, 30, 301, 900)))
        if i == 0 or rng.random() < 0.15:
            window = rng.choice(["a.exe:one", "a.exe:two", "b.exe:one", "c.exe:x"])
        frames.append(frame(i, t, window))
    rng.shuffle(frames)
    with DerivedStore(tmp_path / "derived") as store:
        for k in range(0, len(frames), 37):
            store.add_frames(frames[k : k + 37], ["ocr"], None)
            assert stored(store.conn) == from_scratch(store.conn)
        # a writer that bypasses add_frames leaves the table behind; readers notice, the next writer repairs it
        store.conn.execute(
            "INSERT INTO frames VALUES ('r/frame/x', 'x', ?, 'r', 'a.exe', 'a.exe:one', 1, 1, NULL)",
            ((t - timedelta(hours=1)).isoformat(timespec="microseconds"),),
        )
        assert sessions.dirty(store.conn)
    with DerivedStore(tmp_path / "derived") as store:
        assert not sessions.dirty(store.conn)
        assert stored(store.conn) == from_scratch(store.conn)
