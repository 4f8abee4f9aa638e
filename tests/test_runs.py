"""Frames go to a worker in runs (a frame may follow its same-window predecessor in the same run) and the run's
new texts are embedded in one pass: records and stored vector bytes are those of frames sent one at a time,
whatever the run's length, also when a frame in the middle of a run fails; and a run stops at its next frame
when the user comes back."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from test_store import record_hashes

from autocapture.pipeline import processor
from autocapture.store.derived import connect

from conftest import FRESH, cli_json, copy_sample, process_sample, set_blob, write_signal

FIRST = ("--max-items", "8")  # two same-window runs of three among them: Outlook 2-3-4, the terminal 9-10-11


def stored_vectors(root) -> dict[str, bytes]:
    db = connect(root / "derived" / "derived.db", readonly=True)
    return dict(db.execute("SELECT t.text, v.embedding FROM texts t JOIN vec_items v ON v.rowid = t.id"))


def processed(dst, run_frames: int, monkeypatch, broken: str | None = None):
    monkeypatch.setattr(processor, "RUN_FRAMES", run_frames)
    if broken is None:
        return process_sample(dst, *FIRST, fresh=True)
    copy_sample(dst)
    set_blob(dst, broken, b"this is not an image")
    code, summary = cli_json("process", "once", "--dataroot", dst, *FRESH, *FIRST)
    assert code == 0, summary
    return dst, summary


@pytest.mark.parametrize("broken", [None, "5f1c2e9a/frame/3"])
def test_runs_give_the_records_and_vector_bytes_of_frames_sent_one_at_a_time(tmp_path, monkeypatch, broken):
    alone, one = processed(tmp_path / "alone", 1, monkeypatch, broken)
    assert one["items"]["runs"] == 8
    for run_frames in (3, 8):
        root, summary = processed(tmp_path / f"runs-{run_frames}", run_frames, monkeypatch, broken)
        assert summary["items"]["runs"] == -(-8 // run_frames)  # frames did go in runs
        assert summary["items"]["frames"] == one["items"]["frames"] == (7 if broken else 8)
        assert {k: summary["items"].get(k) for k in ("ocr_full", "ocr_partial", "ocr_none")} == {
            k: one["items"].get(k) for k in ("ocr_full", "ocr_partial", "ocr_none")
        }
        assert record_hashes(root) == record_hashes(alone)
        assert stored_vectors(root) == stored_vectors(alone) and len(stored_vectors(root)) > 30
    if broken:  # the frame after the broken one was read whole, in a run as alone
        assert one["items"]["ocr_full"] >= 3 and [f["record_id"] for f in one["failures"]] == [broken]


WORKER_RUN = """
import json, sys
from pathlib import Path
from autocapture.config import load_config
from autocapture.dataroot.reader import DataRoot
from autocapture.pipeline import pool
from autocapture.runtime import isolation

root = Path(sys.argv[1])
config = load_config(env={}, dataroot=root, overrides=["runtime.activity.max_signal_age_s=600"])
isolation.init_worker(config, *isolation.plan(config))
with DataRoot(config) as dr:
    frames = [f for f in dr.frames()][:3]
results = pool.process_run(tuple(pool.FrameTask(f) for f in frames))
print(json.dumps(["paused" if r == pool.PAUSED else "error" if "error" in r else "read" for r in results]))
"""


@pytest.mark.parametrize("active", [False, True])
def test_a_run_stops_at_the_next_frame_when_the_user_comes_back(tmp_path, active):
    """The worker asks the gate again between the frames of a run: heavy work stops within one frame of the
    user's return; the frames not reached stay open for a later pass."""
    root = copy_sample(tmp_path / "dr")
    write_signal(root, active=active, idle=0.0 if active else 120.0)
    out = subprocess.run(
        [sys.executable, "-c", WORKER_RUN, str(root)], capture_output=True, text=True, timeout=300
    )
    assert out.returncode == 0, out.stderr
    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert got == (["read", "paused", "paused"] if active else ["read", "read", "read"])
