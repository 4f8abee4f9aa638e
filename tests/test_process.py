"""`autocapture process once` on real DataRoots: the exit-code matrix, failures named per record, retries
of half-written blobs, budgets, and that the sidecar's files never change."""

import json
import sqlite3

from autocapture.store.derived import record_json

from conftest import (
    TRUTH,
    blob_path,
    cli,
    cli_json,
    edit_payload,
    frame_ids,
    set_blob,
    sidecar_hashes,
    write_signal,
)


def once(root, *args):
    # No live sidecar rewrites the signal during a test, so a signal written at the start must stay
    # fresh for the whole run even on a loaded machine.
    return cli_json(
        "process", "once", "--dataroot", root, "--set", "runtime.activity.max_signal_age_s=600", *args
    )


def test_exit_code_matrix(dataroot, tmp_path):
    before = sidecar_hashes(dataroot)
    # 3: the sample's signal is stale -> fail closed
    code, s = once(dataroot)
    assert code == 3 and s["state"] == "blocked_active_user" and "stale" in s["gating"]["reason"]
    write_signal(dataroot, active=True)
    code, s = once(dataroot)
    assert code == 3 and s["gating"]["reason"] == "user is active"
    assert not (dataroot / "derived" / "derived.db").exists()  # no work at all while the user is active
    # 0: idle -> everything processed
    write_signal(dataroot, active=False, idle=60)
    code, s = once(dataroot)
    assert code == 0 and s["items"]["frames"] == 16 and s["failures"] == []
    assert s["gating"]["source"] == "activity_signal" and s["resources"]["workers"] >= 1
    assert s["store"]["records"] == {"ocr": 16, "sst": 16, "embed": 16}
    # 2: nothing new
    write_signal(dataroot, active=False, idle=60)
    code, s = once(dataroot)
    assert code == 2 and s["state"] == "nothing_to_do"
    # 4: contract invalid
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "metadata.db").write_bytes(b"not a database at all" * 100)
    code, s = once(broken)
    assert code == 4 and "cannot be read" in s["message"]
    # 5: a required stage is unavailable, with one diagnostic
    code, s = once(dataroot, "--profile", "mode_b")
    assert code == 5 and "models.vlm_path" in s["message"] and "processing.vlm.required" in s["message"]
    text = cli(
        "process",
        "once",
        "--dataroot",
        dataroot,
        "--profile",
        "mode_b",
        "--set",
        "runtime.activity.max_signal_age_s=600",
    )
    assert text.exit_code == 5 and "stage_unavailable" in text.output
    after = sidecar_hashes(dataroot)
    assert after == {k: v for k, v in before.items() if not k.startswith("activity")} | {
        k: v for k, v in after.items() if k.startswith("activity")
    }


def test_ocr_records_hold_the_known_text(dataroot):
    write_signal(dataroot, idle=60)
    assert once(dataroot, "--max-items", "3")[0] == 0
    db = sqlite3.connect(dataroot / "derived" / "derived.db")
    rows = {
        src: record_json(db, body, base)
        for src, body, base in db.execute("SELECT source_id, body, base FROM records WHERE modality = 'ocr'")
    }
    assert len(rows) == 3
    first = json.loads(rows[frame_ids()[0]])
    assert first["modality"] == "ocr" and first["provenance"]["source_record_id"] == frame_ids()[0]
    words = {w["text"] for w in first["output_json"]["words"]}
    assert {"INV-2026-0412", "$1,284.50", "Whitfield"} <= words
    hit = db.execute(
        "SELECT sample_id FROM text_fts WHERE text_fts MATCH '\"northwind-traders.com\"'"
    ).fetchall()
    assert hit and all(h[0].endswith("#ocr") for h in hit)


def test_bad_records_and_blobs_are_named_and_the_rest_is_processed(dataroot):
    ids = frame_ids()
    edit_payload(dataroot, ids[1], lambda p: p.update(width=-5))  # legacy row: width read from payload
    set_blob(dataroot, ids[3], b"ACNXBLOB1" + b"\x01" * 100)
    edit_payload(dataroot, ids[5], lambda p: p.update(blob_path="..\\..\\..\\Windows\\win.ini"))
    set_blob(dataroot, ids[7], b"GIF89a not really")
    write_signal(dataroot, idle=60)
    code, s = once(dataroot)
    assert code == 0 and s["items"]["frames"] == 12
    failed = {f["record_id"]: f["code"] for f in s["failures"]}
    assert failed == {
        ids[1]: "bad_frame_record",
        ids[3]: "encrypted_blob",
        ids[5]: "path_outside_media",
        ids[7]: "not_an_image",
    }
    db = sqlite3.connect(dataroot / "derived" / "derived.db")
    recorded = dict(db.execute("SELECT source_id, error_code FROM work WHERE status = 'failed'"))
    assert recorded == failed


def test_half_written_blob_is_retried_then_processed(dataroot):
    rid = frame_ids()[2]
    path = blob_path(dataroot, rid)
    full = path.read_bytes()
    path.write_bytes(full[: len(full) // 2])  # the sidecar is mid-write
    write_signal(dataroot, idle=60)
    code, s = once(dataroot)
    assert code == 0 and s["items"]["frames"] == 15 and s["failures"] == []
    assert [r["record_id"] for r in s["retrying"]] == [rid]
    path.write_bytes(full)  # the write completes
    write_signal(dataroot, idle=60)
    code, s = once(dataroot)
    assert code == 0 and s["items"]["frames"] == 1


def test_blob_that_never_completes_fails_after_the_retry_limit(dataroot):
    rid = frame_ids()[2]
    path = blob_path(dataroot, rid)
    path.write_bytes(path.read_bytes()[:1000])
    for _attempt in range(3):
        write_signal(dataroot, idle=60)
        code, s = once(dataroot, "--set", "dataroot.blob_max_retries=3")
    assert [f["record_id"] for f in s["failures"]] == [rid] and s["failures"][0]["code"] == "blob_not_ready"
    write_signal(dataroot, idle=60)
    assert once(dataroot, "--set", "dataroot.blob_max_retries=3")[0] == 2


def test_low_cpu_cap_throttles_with_log_lines(dataroot):
    write_signal(dataroot, idle=60)
    code, s = once(dataroot, "--max-items", "4", "--set", "runtime.budget.cpu_pct=5")
    assert (
        code == 0 and s["throttle"] and s["throttle"][0]["what"] == "cpu" and s["throttle"][0]["cap"] == 5.0
    )
    assert s["resources"]["cpu_cap_pct"] == 5.0


def test_max_items_stops_and_the_next_run_resumes(dataroot):
    write_signal(dataroot, idle=60)
    code, s = once(dataroot, "--max-items", "5")
    assert code == 0 and s["items"]["frames"] == 5 and s["stopped"] == "max_items"
    write_signal(dataroot, idle=60)
    code, s = once(dataroot)
    assert code == 0 and s["items"]["frames"] == 11 and s["items"]["ingested_frames"] == 0
    db = sqlite3.connect(dataroot / "derived" / "derived.db")
    assert db.execute("SELECT count(*), count(DISTINCT source_id) FROM records").fetchone() == (48, 16)
    assert len(TRUTH["frames"]) == 16


def test_ram_cap_stops_taking_items_with_a_log_line(dataroot):
    import psutil

    cap = psutil.virtual_memory().total * 0.01
    ballast = b"x" * int(cap * 1.2)  # the process (this test runs the CLI in-process) is now over 1% of RAM
    write_signal(dataroot, idle=60)
    code, s = once(dataroot, "--set", "runtime.budget.ram_pct=1")
    del ballast
    assert s["stopped"] == "ram_budget" and "rss" in {t["what"] for t in s["throttle"]}
    assert s["items"].get("frames", 0) < 16


def test_the_pipeline_is_a_declared_dag_and_the_workers_run_it():
    """Every step's inputs come from an earlier step (or from outside: the DataRoot, the task), and the
    worker steps run in exactly the declared order: the table is what runs, not a comment."""
    from autocapture.pipeline import pool
    from autocapture.pipeline.steps import STEPS, WORKER_STEPS

    external = {"metadata.db", "ingest_cursor", "task"}
    made = set(external)
    for step in STEPS:
        assert set(step.inputs) <= made, step.name
        made |= set(step.outputs)
    assert [s.name for s in WORKER_STEPS] == list(pool.RUNNERS)
    code, out = cli_json("process", "steps")
    assert code == 0 and [s["name"] for s in out["steps"]] == [s.name for s in STEPS]
