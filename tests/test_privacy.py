"""Privacy exclusions: a private browsing window is never read, stored, searched, shown or exported, and a rule
added after processing hides frames processed before it (and removing a rule lets them be processed)."""

from __future__ import annotations

import json

import pytest

from autocapture.config import ConfigError, load_config
from autocapture.export.writer import export
from autocapture.query import browse
from autocapture.query.answer import user_tz
from autocapture.query.evidence import Evidence
from autocapture.query.timefilter import Filters
from autocapture.runtime import privacy
from autocapture.store.derived import connect
from autocapture.web.api import Excluded, read_image

from conftest import FRESH, cli_json, copy_sample, edit_payload

EXPENSE = ["5f1c2e9a/frame/17", "5f1c2e9a/frame/18"]  # the Edge expense form, shown "InPrivate" below
TEAMS = ["5f1c2e9a/frame/13", "5f1c2e9a/frame/14"]


def private(payload):
    payload["window_ref"]["window"]["title"] = "Expense report - Contoso HR - [InPrivate] - Microsoft Edge"


def stored(root, sql, *args):
    conn = connect(root / "derived" / "derived.db", readonly=True)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def visible(root, *overrides) -> dict:
    """What each reader shows: search hits, frames, timeline, export, images served, `facts sql`."""
    config = load_config(dataroot=root, overrides=list(overrides))
    ev = Evidence(config, user_tz(config))
    try:
        hits = {
            h.frame.record_id
            for q in ("Lufthansa expense report", "Priya Northwind invoice")
            for h in ev.search(q, Filters(), k=50)
        }
        frames = {f.record_id for f in ev.frames()}
        shown = {rid for rid in EXPENSE + TEAMS if ev.frame(rid)}
    finally:
        ev.close()
    timeline = {f["record_id"] for f in browse.timeline(config)["frames"]}
    out = root.parent / f"export-{len(list(root.parent.glob('export-*')))}"
    export(config, out)
    exported = {json.loads(line)["id"] for line in (out / "records.jsonl").read_text().splitlines()}
    images = set()
    for rid in EXPENSE + TEAMS:
        try:
            read_image(config, rid)
            images.add(rid)
        except Excluded:
            pass
    sets = [a for o in overrides for a in ("--set", o)]
    code, facts = cli_json(
        "facts", "sql", "SELECT DISTINCT source_record_id FROM facts", "--dataroot", root, *sets
    )
    return {
        "hits": hits,
        "frames": frames,
        "shown": shown,
        "timeline": timeline,
        "exported": exported,
        "images": images,
        "facts_sql": {r[0] for r in facts["rows"]},
    }


def test_rules_are_case_insensitive_globs_or_regexes():
    config = load_config(
        overrides=["privacy.exclude_titles=re:^payroll\\b", "privacy.exclude_apps=MyBank*.EXE"]
    )
    assert (
        privacy.is_excluded(config, "msedge.exe", "News - [InPrivate] - Microsoft Edge")
        == "privacy.exclude_titles: *InPrivate*"
    )
    assert privacy.is_excluded(config, "chrome.exe", "New Tab - Google Chrome (Incognito)")
    assert privacy.is_excluded(config, "firefox.exe", "Mozilla Firefox Private Browsing")
    assert privacy.is_excluded(config, "KeePassXC.exe", "Passwords.kdbx - KeePassXC")
    assert privacy.is_excluded(config, "1Password.exe", "1Password")
    assert (
        privacy.is_excluded(config, "mybank-desktop.exe", "Accounts") == "privacy.exclude_apps: MyBank*.EXE"
    )
    assert (
        privacy.is_excluded(config, "excel.exe", "Payroll 2026.xlsx")
        == "privacy.exclude_titles: re:^payroll\\b"
    )
    # must not fire: ordinary windows, a word that merely contains a rule's letters, a regex anchored elsewhere
    assert privacy.is_excluded(config, "chrome.exe", "Northwind Traders - Invoice - Google Chrome") is None
    assert privacy.is_excluded(config, "excel.exe", "Q3 payroll summary.xlsx") is None
    assert privacy.is_excluded(config, None, None) is None
    off = load_config(overrides=["privacy.default_exclusions=false"])
    assert privacy.is_excluded(off, "msedge.exe", "News - [InPrivate] - Microsoft Edge") is None
    with pytest.raises(ConfigError, match="privacy.exclude_titles"):
        load_config(overrides=["privacy.exclude_titles=re:(unclosed"])


def test_private_window_is_never_processed_and_rules_hide_processed_frames(tmp_path):
    root = copy_sample(tmp_path / "dr")
    for rid in EXPENSE:
        edit_payload(root, rid, private)
    code, s = cli_json("process", "once", "--dataroot", root, *FRESH)
    assert code == 0, s["message"]
    rule = "privacy.exclude_titles: *InPrivate*"
    assert s["privacy"]["excluded"] == 2 and s["privacy"]["by_rule"] == {rule: 2}
    assert s["store"]["work"]["frame"]["excluded"] == 2
    # never read: no records, no indexed text, no vectors; the rule that matched is kept
    assert stored(root, "SELECT count(*) FROM records WHERE source_id IN (?, ?)", *EXPENSE) == [(0,)]
    assert stored(root, "SELECT count(*) FROM vector_items WHERE text LIKE '%Lufthansa%'") == [(0,)]
    assert stored(root, "SELECT DISTINCT status, message FROM work WHERE source_id IN (?, ?)", *EXPENSE) == [
        ("excluded", rule)
    ]
    seen = visible(root)
    for reader, ids in seen.items():
        assert not set(EXPENSE) & ids, reader
        if reader != "hits":
            assert set(TEAMS) <= ids, reader  # the readers do show other frames (the test can fail)
    assert set(TEAMS) <= seen["hits"]

    # a rule added after processing hides what was processed before, from every reader
    hidden = visible(root, "privacy.exclude_apps=ms-teams.exe")
    for reader, ids in hidden.items():
        assert not (set(TEAMS) | set(EXPENSE)) & ids, reader
    status = browse.status(load_config(dataroot=root, overrides=["privacy.exclude_apps=ms-teams.exe"]))
    assert status["privacy"]["hidden_now"] == 4 and status["privacy"]["excluded_at_processing"] == {rule: 2}
    assert status["isolation"]["last_run"]["workers"] == s["isolation"]["workers"]

    # removing a rule: the frames it kept out are processed on the next pass
    code, s = cli_json(
        "process", "once", "--dataroot", root, *FRESH, "--set", "privacy.default_exclusions=false"
    )
    assert code == 0, s["message"]
    assert s["items"]["frames"] == 2 and "excluded" not in s["store"]["work"]["frame"]
    assert set(EXPENSE) <= visible(root, "privacy.default_exclusions=false")["exported"]
