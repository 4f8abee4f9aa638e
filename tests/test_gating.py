"""Foreground gating decisions (contract section 5) on real signal files."""

from datetime import datetime, timedelta, timezone

from autocapture.config import load_config
from autocapture.runtime.gating import decide

from conftest import write_signal

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)


def gate(root, *overrides):
    return decide(
        load_config(overrides=list(overrides), env={}, dataroot=root),
        root / "activity" / "activity_signal.json",
        NOW,
    )


def test_idle_long_enough(tmp_path):
    write_signal(tmp_path, active=False, idle=30, ts=(NOW - timedelta(seconds=1)).isoformat())
    d = gate(tmp_path)
    assert d.idle and d.source == "activity_signal" and d.idle_seconds == 30


def test_active_or_not_idle_long_enough(tmp_path):
    write_signal(tmp_path, active=True, idle=300, ts=NOW.isoformat())
    assert not gate(tmp_path).idle and gate(tmp_path).reason == "user is active"
    write_signal(tmp_path, active=False, idle=4, ts=NOW.isoformat())
    d = gate(tmp_path)
    assert not d.idle and "need 10" in d.reason
    assert gate(tmp_path, "runtime.activity.min_idle_s=2").idle


def test_fail_closed_on_missing_stale_malformed_and_future(tmp_path):
    assert not gate(tmp_path).idle and "missing" in gate(tmp_path).reason
    write_signal(tmp_path, idle=60, ts=(NOW - timedelta(seconds=6)).isoformat())
    assert not gate(tmp_path).idle and "stale" in gate(tmp_path).reason
    assert gate(tmp_path, "runtime.activity.max_signal_age_s=10").idle
    write_signal(tmp_path, idle=60, ts=(NOW + timedelta(minutes=5)).isoformat())
    assert not gate(tmp_path).idle and "future" in gate(tmp_path).reason
    for garbage in [
        "",
        "{",
        "[]",
        '{"ts_utc": "now", "idle_seconds": 5, "user_active": false}',
        '{"ts_utc": "2026-11-25T12:00:00Z", "idle_seconds": "5", "user_active": false}',
        '{"ts_utc": "2026-11-25T12:00:00Z", "idle_seconds": 50, "user_active": "no"}',
        '{"ts_utc": "2026-11-25T12:00:00Z", "idle_seconds": -1, "user_active": false}',
    ]:
        (tmp_path / "activity" / "activity_signal.json").write_text(garbage)
        d = gate(tmp_path)
        assert not d.idle and "malformed" in d.reason, garbage


def test_fail_open_only_when_configured_and_says_so(tmp_path):
    d = gate(tmp_path, "runtime.activity.fail_closed=false")
    assert d.idle and d.source == "fail_open:missing" and "fail_closed=false" in d.reason
    write_signal(tmp_path, active=True, idle=0, ts=NOW.isoformat())
    assert not gate(tmp_path, "runtime.activity.fail_closed=false").idle  # a fresh 'active' is always obeyed
