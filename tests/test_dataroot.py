"""Reading the sample DataRoot and derived copies: both schema variants, forced backends, the unreadable
cases, typed records, blob resolution and every refusal of contract section 4."""

import os
import shutil
import sqlite3
from datetime import datetime

import pytest

from autocapture.config import load_config
from autocapture.dataroot.blobs import BlobError, BlobNotReady, pointer_relpath, rid
from autocapture.dataroot.inputs import parse_input_log
from autocapture.dataroot.problems import ContractError, Problem
from autocapture.dataroot.reader import DataRoot
from autocapture.dataroot.records import Frame, parse_input_summary

from conftest import TRUTH, blob_path, edit_payload, frame_ids, set_blob, to_encrypted_only, to_variant_b


def open_root(root, *overrides):
    return DataRoot(load_config(overrides=list(overrides), env={}, dataroot=root))


def test_sample_frames_are_typed_with_window_context(dataroot):
    with open_root(dataroot) as dr:
        assert dr.db.backend.name == "metadata_table"
        frames = list(dr.frames())
    assert [f.record_id for f in frames] == frame_ids()
    for f, truth in zip(frames, TRUTH["frames"]):
        assert isinstance(f, Frame)
        assert (f.app, f.title, f.width, f.height) == (
            truth["app"],
            truth["title"],
            truth["width"],
            truth["height"],
        )
        assert f.ts_utc == datetime.fromisoformat(truth["ts_utc"])
    wide = [f for f in frames if f.width == 7680]
    assert len(wide) == 1 and wide[0].height == 2160 and len(wide[0].monitor_layout) == 2
    # frame 2 was written by an older sidecar: NULL record_type/ts_utc/run_id columns, taken from the payload
    assert frames[1].run_id == TRUTH["run_id"] and frames[1].duplicate


def test_frame_without_window_ref_takes_latest_window_meta(dataroot):
    with open_root(dataroot) as dr:
        frames = list(dr.frames())
    no_ref = next(f for f in frames if "window_ref" not in f.record.payload)
    assert no_ref.app == "chrome.exe" and "Invoice INV-2026-0412" in no_ref.title


def test_variant_b_reads_the_same_records(dataroot):
    with open_root(dataroot) as dr:
        a = [(f.record_id, f.title, f.content_hash) for f in dr.frames()]
    to_variant_b(dataroot)
    with open_root(dataroot) as dr:
        assert dr.db.backend.variant == "B" and dr.db.backend.table == "records"
        assert [(f.record_id, f.title, f.content_hash) for f in dr.frames()] == a


def test_forced_backends(dataroot):
    with open_root(dataroot, "storage.metadata_backend=metadata_table") as dr:
        assert dr.db.backend.table == "metadata"
    with pytest.raises(ContractError) as err:
        open_root(dataroot, "storage.metadata_backend=records_table").db  # noqa: B018 - opening it is the test
    assert (
        err.value.problem.code == "metadata_schema_mismatch" and "records_table" in err.value.problem.message
    )
    to_variant_b(dataroot)
    with open_root(dataroot, "storage.metadata_backend=records_table") as dr:
        assert dr.db.backend.table == "records"
    with pytest.raises(ContractError) as err:
        open_root(dataroot, "storage.metadata_backend=metadata_table").db  # noqa: B018 - opening it is the test
    assert err.value.problem.code == "metadata_schema_mismatch"
    assert "storage.metadata_backend=auto" in err.value.problem.fix


def test_encrypted_metadata_table_only(dataroot):
    to_encrypted_only(dataroot)
    with pytest.raises(ContractError) as err:
        open_root(dataroot).db  # noqa: B018 - opening it is the test
    p = err.value.problem
    assert p.code == "encrypted_metadata_table" and "storage.encryption_enabled=false" in p.fix


@pytest.mark.parametrize("content", [b"SQLite format 3\x00" + os.urandom(4000), os.urandom(8192), b""])
def test_unreadable_database(dataroot, content):
    (dataroot / "metadata.db").write_bytes(content)
    with pytest.raises(ContractError) as err:
        open_root(dataroot).db  # noqa: B018 - opening it is the test
    assert err.value.problem.code in ("metadata_db_unreadable", "metadata_schema_mismatch")
    if content:
        assert err.value.problem.code == "metadata_db_unreadable"


def test_no_record_table(dataroot):
    (dataroot / "metadata.db").unlink()
    db = sqlite3.connect(dataroot / "metadata.db")
    db.execute("CREATE TABLE something_else (x)")
    db.close()
    with pytest.raises(ContractError) as err:
        open_root(dataroot).db  # noqa: B018 - opening it is the test
    assert (
        err.value.problem.code == "metadata_schema_mismatch" and "something_else" in err.value.problem.message
    )


def test_tolerates_renamed_columns(dataroot):
    db = sqlite3.connect(dataroot / "metadata.db")
    db.execute("ALTER TABLE metadata RENAME COLUMN id TO record_id")
    db.execute("ALTER TABLE metadata RENAME COLUMN payload TO payload_json")
    db.commit()
    db.close()
    with open_root(dataroot) as dr:
        assert [f.record_id for f in dr.frames()] == frame_ids()


def test_bad_rows_are_problems_naming_the_record_and_the_rest_still_reads(dataroot):
    ids = frame_ids()
    edit_payload(dataroot, ids[0], lambda p: "{not json")
    edit_payload(dataroot, ids[3], lambda p: p.update(width="wide"))
    edit_payload(dataroot, ids[1], lambda p: p.update(ts_utc=12345))  # a legacy row: no ts_utc column value
    edit_payload(dataroot, ids[6], lambda p: [1, 2, 3])
    with open_root(dataroot) as dr:
        out = list(dr.frames())
    problems = {p.record_id: p for p in out if isinstance(p, Problem)}
    assert set(problems) == {ids[0], ids[1], ids[3], ids[6]}
    assert problems[ids[0]].code == "bad_record_json"
    assert "width" in problems[ids[3]].message and "ts_utc" in problems[ids[1]].message
    assert "list" in problems[ids[6]].message
    assert len([f for f in out if isinstance(f, Frame)]) == len(ids) - 4


def load(dr, record_id):
    return dr.media.load_frame(next(f for f in dr.frames() if f.record_id == record_id))


def test_every_sample_frame_decodes(dataroot):
    with open_root(dataroot) as dr:
        for f in dr.frames():
            img = dr.media.load_frame(f)
            assert img.image.size == (f.width, f.height) and img.sha256 == f.content_hash


def test_blob_found_by_pointer_by_id_in_another_run_folder_and_legacy_names(dataroot):
    ids = frame_ids()
    assert "blob_path" in edit_payload(dataroot, ids[0], lambda p: None)
    # the writer's run folder differs from the record's: found by searching media/ for rid(record_id)
    src = blob_path(dataroot, ids[1])
    other = dataroot / "media" / "rid_b3RoZXJydW4" / "evidence" / "2026" / "11" / "24"
    other.mkdir(parents=True)
    shutil.move(src, other / src.name)
    # legacy flat names
    shutil.move(blob_path(dataroot, ids[3]), dataroot / "media" / (rid(ids[3]) + ".blob"))
    legacy = blob_path(dataroot, ids[5])
    shutil.move(legacy, dataroot / "media" / (ids[5].replace("/", "_") + ".bin"))
    with open_root(dataroot) as dr:
        for rid_ in (ids[0], ids[1], ids[3], ids[5]):
            assert load(dr, rid_).image.size[0] > 0


@pytest.mark.parametrize(
    "pointer",
    [
        "media\\..\\..\\metadata.db",
        "..\\secret.png",
        "/etc/passwd",
        "C:\\Windows\\win.ini",
        "media/rid_x/../../../../etc/passwd",
    ],
)
def test_pointer_outside_media_is_refused(dataroot, pointer):
    rid_ = frame_ids()[0]
    edit_payload(dataroot, rid_, lambda p: p.update(blob_path=pointer))
    with open_root(dataroot) as dr, pytest.raises(BlobError) as err:
        load(dr, rid_)
    assert err.value.code == "path_outside_media" and err.value.record_id == rid_


def test_pointer_forms():
    assert pointer_relpath("media\\rid_a\\evidence\\x.blob", "r") == "rid_a/evidence/x.blob"
    assert pointer_relpath("D:\\autocapture\\media\\rid_a\\x.blob", "r") == "rid_a/x.blob"
    assert pointer_relpath("/rid_a/x.blob".lstrip("/"), "r") == "rid_a/x.blob"


def test_symlink_leading_out_is_refused(dataroot, tmp_path):
    rid_ = frame_ids()[2]
    target = blob_path(dataroot, rid_)
    outside = tmp_path / "outside.png"
    shutil.copy(target, outside)
    target.unlink()
    target.symlink_to(outside)
    with open_root(dataroot) as dr, pytest.raises(BlobError) as err:
        load(dr, rid_)
    assert err.value.code == "path_outside_media" and err.value.record_id == rid_


def test_oversize_blob_is_refused(dataroot):
    rid_ = frame_ids()[0]
    with open_root(dataroot, "dataroot.max_blob_mb=0.01") as dr, pytest.raises(BlobError) as err:
        load(dr, rid_)
    assert err.value.code == "blob_too_large" and rid_ in str(err.value)


def test_non_image_is_refused(dataroot):
    rid_ = frame_ids()[0]
    set_blob(dataroot, rid_, b"%PDF-1.7 definitely not a screenshot")
    with open_root(dataroot) as dr, pytest.raises(BlobError) as err:
        load(dr, rid_)
    assert err.value.code == "not_an_image" and err.value.record_id == rid_


def test_encrypted_blob_is_reported(dataroot):
    rid_ = frame_ids()[0]
    set_blob(dataroot, rid_, b"ACNXBLOB1" + os.urandom(200))
    with open_root(dataroot) as dr, pytest.raises(BlobError) as err:
        load(dr, rid_)
    assert err.value.code == "encrypted_blob"


def test_truncated_blob_is_not_ready(dataroot):
    rid_ = frame_ids()[0]
    path = blob_path(dataroot, rid_)
    path.write_bytes(path.read_bytes()[:5000])  # metadata still says the full size and hash
    with open_root(dataroot) as dr, pytest.raises(BlobNotReady) as err:
        load(dr, rid_)
    assert err.value.code == "blob_not_ready"


def test_decompression_bomb_is_refused(dataroot):
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("1", (20000, 20000)).save(buf, "PNG")  # 400 M pixels in a few KB
    rid_ = frame_ids()[0]
    set_blob(dataroot, rid_, buf.getvalue())
    with open_root(dataroot) as dr, pytest.raises(BlobError) as err:
        load(dr, rid_)
    assert err.value.code == "image_too_large"


def test_missing_blob(dataroot):
    rid_ = frame_ids()[4]
    blob_path(dataroot, rid_).unlink()
    with open_root(dataroot) as dr, pytest.raises(BlobError) as err:
        load(dr, rid_)
    assert err.value.code == "blob_missing" and err.value.record_id == rid_


def test_input_summaries_and_raw_event_blob(dataroot):
    with open_root(dataroot) as dr:
        summaries = [parse_input_summary(r) for r in dr.records(record_type="derived.input.summary")]
        with_log = [s for s in summaries if s.log_id]
        assert len(summaries) == 50 and len(with_log) == 1
        log_id = with_log[0].log_id
        assert log_id == TRUTH["input_log_id"]
        path = dr.media.resolve(log_id, TRUTH["run_id"], with_log[0].start_utc.isoformat(), {}, derived=True)
        events, skipped = parse_input_log(dr.media.read_bytes(path, log_id), log_id)
    keys = "".join(e.key for e in events if e.kind == "key")
    assert keys == "pytest -k discount --maxfail=1" and skipped == 0
    assert sum(e.kind == "mouse" for e in events) == 5


def test_truncated_input_log_keeps_complete_events():
    from autocapture.dataroot.inputs import encode_input_log

    data = encode_input_log(
        [{"kind": "key", "ts_utc": "2026-11-24T09:00:00Z", "key": "a", "action": "press"}] * 3
    )
    events, skipped = parse_input_log(data[:-5], "x/input_log/1")
    assert len(events) == 2 and skipped == 1
