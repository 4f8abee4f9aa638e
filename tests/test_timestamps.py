"""Times outside the sane range (before 1990, more than a day ahead): refused at ingest with the record id and
the reason, and never a crash in the CLI or the web app, even where an older store already holds one. The
timeline counts its days with one grouped query however far apart the frames are."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta, timezone

import pytest

from conftest import FRESH, cli_json, copy_sample, edit_payload, frame_ids, write_signal


def _set_time(root, record_id, value):
    edit_payload(root, record_id, lambda p: p.update(ts_utc=value))
    db = sqlite3.connect(root / "metadata.db")
    db.execute("UPDATE metadata SET ts_utc = ? WHERE id = ?", (value, record_id))
    db.commit()
    db.close()


def test_frames_stamped_out_of_range_are_refused_with_their_id_and_why(tmp_path):
    root = copy_sample(tmp_path / "dr")
    ids = frame_ids()[:6]  # six frames are enough, and keep the test quick
    db = sqlite3.connect(root / "metadata.db")
    db.executemany("DELETE FROM metadata WHERE id = ?", [(i,) for i in frame_ids()[6:]])
    db.commit()
    db.close()
    tomorrow_plus = (datetime.now(timezone.utc) + timedelta(days=2)).isoformat()
    _set_time(root, ids[0], (datetime.now(timezone.utc) + timedelta(minutes=1)).isoformat())
    bad = {
        ids[1]: "0001-01-01T00:00:00+14:00",
        ids[2]: "9999-12-31T23:59:59-12:00",
        ids[3]: "1989-12-31T23:59:59+00:00",
        ids[4]: tomorrow_plus,
    }
    for record_id, value in bad.items():
        _set_time(root, record_id, value)
    code, report = cli_json("validate", "--dataroot", root)
    assert code in (0, 4)
    named = {p["record_id"]: p["message"] for p in report["problems"] if p.get("record_id") in bad}
    assert set(named) == set(bad), report["problems"]
    write_signal(root, idle=60)
    code, summary = cli_json("process", "once", "--dataroot", root, *FRESH)
    assert code == 0, summary
    reasons = {f["record_id"]: f["message"] for f in summary["failures"] + summary["retrying"]}
    assert set(bad) <= set(reasons), summary["failures"]
    assert "before 1990-01-01" in reasons[ids[1]] and "before 1990-01-01" in reasons[ids[3]]
    assert (
        "more than a day in the future" in reasons[ids[2]]
        and "more than a day in the future" in reasons[ids[4]]
    )
    db = sqlite3.connect(root / "derived" / "derived.db")
    stored = {r[0] for r in db.execute("SELECT record_id FROM frames")}
    assert not stored & set(bad) and set(ids) - set(bad) <= stored  # every good frame is in
    assert ids[0] in stored  # a minute ahead (a fast clock) is still taken


@pytest.mark.parametrize(
    "now", ["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-12:00", "0001-01-01T00:00:00"]
)
def test_the_cli_answers_an_impossible_now_with_an_error_not_a_traceback(tmp_path, now):
    from conftest import cli

    (tmp_path / "derived").mkdir()
    from autocapture.store.derived import DerivedStore

    with DerivedStore(tmp_path / "derived"):
        pass
    result = cli(
        "query",
        "what did I do yesterday?",
        "--now",
        now,
        "--json",
        "--set",
        f"storage.derived_dir={tmp_path / 'derived'}",
    )
    assert result.exit_code == 1 and "range" in json.loads(result.output)["error"]


def _store_with(tmp_path, stamps):
    from autocapture.store.derived import DerivedStore

    with DerivedStore(tmp_path / "derived") as store, store.tx():
        for i, ts in enumerate(stamps):
            store.conn.execute(
                "INSERT INTO frames VALUES (?, ?, ?, 'r', 'code.exe', 'main.py', 1920, 1080, NULL)",
                (f"r/frame/{i}", str(i), ts),
            )


@pytest.mark.parametrize("tzid", ["America/Los_Angeles", "Pacific/Kiritimati"])
def test_days_are_one_grouped_query_and_an_old_stores_impossible_frames_do_not_break_the_timeline(
    tmp_path, tzid
):
    """A store written before ingest refused them may hold year 1 and 9999 (each overflows in one of these
    zones); six years between two real frames were 2,000 count queries."""
    from starlette.testclient import TestClient

    from autocapture.config import load_config
    from autocapture.query import browse
    from autocapture.query.answer import user_tz
    from autocapture.query.evidence import Evidence
    from autocapture.web.app import build_app

    _store_with(
        tmp_path,
        [
            "0001-01-01T00:00:00.000000+00:00",
            "2020-06-01T10:00:00.000000+00:00",
            "2026-03-28T12:00:00.000000+00:00",
            "2026-03-28T12:20:00.000000+00:00",
            "9999-12-31T23:30:00.000000+00:00",
        ],
    )
    config = load_config(
        env={}, overrides=[f"storage.derived_dir={tmp_path / 'derived'}", f"time.tzid={tzid}"]
    )
    ev = Evidence(config, user_tz(config))
    statements = []
    ev.conn.exec_trace = lambda cursor, sql, bindings: statements.append(sql) or True
    got = browse.days(ev)
    ev.conn.exec_trace = None
    assert len(statements) == 1, statements
    local = "2026-03-29" if tzid == "Pacific/Kiritimati" else "2026-03-28"  # UTC+14 is past midnight
    first = "2020-06-02" if tzid == "Pacific/Kiritimati" else "2020-06-01"
    assert got == [{"day": local, "frames": 2}, {"day": first, "frames": 1}]
    assert browse.timeline(config)["day"] == local
    gate = build_app(config, "t0ken", 1)
    gate.hosts = {"testserver"}
    client = TestClient(gate, raise_server_exceptions=False)
    auth = {"Authorization": "Bearer t0ken"}
    assert client.get("/api/timeline", headers=auth).status_code == 200
    assert client.get("/timeline", headers=auth).status_code == 200
    for path in (
        "/api/timeline?day=9999-12-31",
        "/timeline?day=9999-12-31",
        "/api/timeline?day=0001-01-01",
        "/api/query?q=what+did+I+do+yesterday&now=0001-01-01T00:00:00%2B14:00",
    ):
        response = client.get(path, headers=auth)
        assert response.status_code in (200, 400), (path, response.status_code, response.text[:300])
