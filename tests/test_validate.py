"""`autocapture validate`: contract section 7, as a user sees it on the command line."""

import json
import shutil
import sqlite3
import subprocess
import sys
from datetime import datetime, timezone

from autocapture.hashing import canonical_json

from conftest import (
    blob_path,
    cli,
    cli_json,
    frame_ids,
    set_blob,
    to_encrypted_only,
    to_variant_b,
    tree_hashes,
)


def codes(report):
    return {p["code"]: p for p in report["problems"]}


def test_sample_is_valid_with_counts_and_nothing_changes(dataroot):
    before = tree_hashes(dataroot)
    code, report = cli_json("validate", "--dataroot", dataroot)
    assert code == 0 and report["ok"] is True
    assert report["metadata_backend"] == "metadata_table"
    assert report["counts"]["evidence.capture.frame"] == 16
    assert report["counts"]["evidence.window.meta"] == 8
    assert report["counts"]["derived.input.summary"] == 50
    assert report["frames_readable"] == report["frames_checked"] == 16
    assert report["journal_lines"] == report["total_records"] and report["ledger_entries"] == 24
    assert report["paths"]["metadata_db"].endswith("metadata.db")
    assert set(codes(report)) == {"activity_signal_stale"}  # the bundled sample has no live sidecar
    text = cli("validate", "--dataroot", dataroot).output
    assert "ok=true" in text and "evidence.capture.frame 16" in text
    assert tree_hashes(dataroot) == before


def test_console_script_runs(dataroot):
    exe = shutil.which("autocapture", path=str(sys.prefix) + "/bin")
    out = subprocess.run(
        [exe, "validate", "--dataroot", str(dataroot), "--json"], capture_output=True, text=True
    )
    assert out.returncode == 0 and json.loads(out.stdout)["ok"] is True


def test_fresh_activity_signal_gives_no_warning(dataroot):
    now = datetime.now(timezone.utc).isoformat()
    (dataroot / "activity" / "activity_signal.json").write_text(
        json.dumps({"ts_utc": now, "idle_seconds": 30, "user_active": False, "seq": 1})
    )
    code, report = cli_json("validate", "--dataroot", dataroot)
    assert code == 0 and report["problems"] == []


def test_variant_b_is_valid(dataroot):
    to_variant_b(dataroot)
    code, report = cli_json("validate", "--dataroot", dataroot)
    assert code == 0 and report["metadata_backend"] == "records_table" and report["record_table"] == "records"


def test_invalid_cases_exit_4_with_their_codes(dataroot, tmp_path):
    code, report = cli_json("validate", "--dataroot", tmp_path / "nope")
    assert code == 4 and "dataroot_missing" in codes(report)

    empty = tmp_path / "empty"
    empty.mkdir()
    code, report = cli_json("validate", "--dataroot", empty)
    assert code == 4 and "metadata_db_missing" in codes(report)

    enc = tmp_path / "enc"
    shutil.copytree(dataroot, enc)
    to_encrypted_only(enc)
    code, report = cli_json("validate", "--dataroot", enc)
    assert code == 4 and codes(report)["encrypted_metadata_table"]["severity"] == "error"

    sqlcipher = tmp_path / "sqlcipher"
    shutil.copytree(dataroot, sqlcipher)
    (sqlcipher / "metadata.db").write_bytes(bytes(range(256)) * 64)
    code, report = cli_json("validate", "--dataroot", sqlcipher)
    assert code == 4 and "metadata_db_unreadable" in codes(report)
    # the rest of the DataRoot is still checked
    assert report["journal_lines"] > 0 and report["ledger_entries"] == 24

    forced = cli_json("validate", "--dataroot", dataroot, "--set", "storage.metadata_backend=records_table")
    assert forced[0] == 4 and "metadata_schema_mismatch" in codes(forced[1])


def test_no_frames_is_invalid(dataroot):
    db = sqlite3.connect(dataroot / "metadata.db")
    db.execute("DELETE FROM metadata WHERE id LIKE '%/frame/%'")
    db.commit()
    db.close()
    code, report = cli_json("validate", "--dataroot", dataroot)
    assert code == 4 and "no_frames" in codes(report)


def test_no_readable_frame_is_invalid_and_each_frame_is_named(dataroot):
    for rid_ in frame_ids():
        set_blob(dataroot, rid_, b"ACNXBLOB1" + b"\x00" * 64)
    code, report = cli_json("validate", "--dataroot", dataroot)
    assert code == 4 and "no_readable_frames" in codes(report)
    named = {p.get("record_id") for p in report["problems"] if p["code"] == "frame_encrypted"}
    assert named == set(frame_ids())


def test_some_unreadable_frames_are_warnings(dataroot):
    ids = frame_ids()
    blob_path(dataroot, ids[2]).unlink()
    set_blob(dataroot, ids[4], b"ACNXBLOB1" + b"\x00" * 64)
    code, report = cli_json("validate", "--dataroot", dataroot)
    assert code == 0 and report["frames_readable"] == 14
    by_record = {p.get("record_id"): p for p in report["problems"]}
    assert (
        by_record[ids[2]]["code"] == "frame_unresolvable" and by_record[ids[4]]["code"] == "frame_encrypted"
    )


def test_legacy_layout_is_accepted_and_reported(dataroot):
    (dataroot / "data").mkdir()
    shutil.move(dataroot / "media", dataroot / "data" / "media")
    (dataroot / "metadata").mkdir()
    shutil.move(dataroot / "metadata.db", dataroot / "metadata" / "metadata.db")
    shutil.move(dataroot / "activity" / "activity_signal.json", dataroot / "activity_signal.json")
    shutil.move(dataroot / "journal.ndjson", dataroot / "data" / "journal.ndjson")
    code, report = cli_json("validate", "--dataroot", dataroot)
    assert code == 0 and report["frames_readable"] == 16
    legacy = [p for p in report["problems"] if p["code"] == "legacy_location"]
    assert {p["path"].split("dataroot/")[1] for p in legacy} == {
        "data/media",
        "metadata/metadata.db",
        "activity_signal.json",
        "data/journal.ndjson",
    }
    assert all("move it to" in p["fix"] for p in legacy)


def test_bad_journal_lines_and_ledger_break_are_warnings(dataroot):
    journal = dataroot / "journal.ndjson"
    lines = journal.read_text().splitlines(keepends=True)
    lines.insert(3, "{this is not json\n")
    lines.insert(7, "[1, 2]\n")
    journal.write_text("".join(lines) + '{"half": "written')
    ledger = dataroot / "ledger.ndjson"
    entries = [json.loads(x) for x in ledger.read_text().splitlines()]
    entries[9]["outputs"] = ["tampered"]
    ledger.write_text("".join(canonical_json(e) + "\n" for e in entries))
    code, report = cli_json("validate", "--dataroot", dataroot)
    assert code == 0
    bad = [p for p in report["problems"] if p["code"] == "journal_bad_line"]
    assert [p["line"] for p in bad] == [4, 8]
    brk = codes(report)["ledger_chain_break"]
    assert brk["line"] == 10 and brk["record_id"] == entries[9]["entry_id"]
    assert report["journal_lines"] == report["total_records"]


def test_ledger_accepts_old_hash_prefixed_lines(dataroot):
    ledger = dataroot / "ledger.ndjson"
    entries = [json.loads(x) for x in ledger.read_text().splitlines()]
    ledger.write_text("".join(f"{e['entry_hash']} {canonical_json(e)}\n" for e in entries))
    code, report = cli_json("validate", "--dataroot", dataroot)
    assert report["ledger_entries"] == 24 and "ledger_chain_break" not in codes(report)


def test_activity_signal_problems_are_warnings(dataroot):
    signal = dataroot / "activity" / "activity_signal.json"
    signal.write_text('{"ts_utc": "yesterday", "idle_seconds": "a while"}')
    assert "activity_signal_malformed" in codes(cli_json("validate", "--dataroot", dataroot)[1])
    signal.unlink()
    code, report = cli_json("validate", "--dataroot", dataroot)
    assert code == 0 and "activity_signal_missing" in codes(report)


def test_unknown_record_types_are_counted(dataroot):
    db = sqlite3.connect(dataroot / "metadata.db")
    db.execute(
        "INSERT INTO metadata VALUES ('r/hologram/1', '{\"record_type\": \"evidence.hologram\"}', "
        "'evidence.hologram', NULL, 'r')"
    )
    db.commit()
    db.close()
    code, report = cli_json("validate", "--dataroot", dataroot)
    assert code == 0 and report["counts"]["evidence.hologram"] == 1
    assert "evidence.hologram" in codes(report)["unknown_record_types"]["message"]


def test_missing_journal_and_ledger_are_warnings(dataroot):
    (dataroot / "journal.ndjson").unlink()
    (dataroot / "ledger.ndjson").unlink()
    code, report = cli_json("validate", "--dataroot", dataroot)
    assert code == 0 and {"journal_missing", "ledger_missing"} <= set(codes(report))
