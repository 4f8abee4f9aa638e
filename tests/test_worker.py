"""`autocapture worker` as a real process: heavy work stops within one frame when the user comes back,
resumes when they leave, new evidence is picked up, and SIGTERM stops it cleanly."""

import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

from autocapture.pipeline.processor import RUN_FRAMES

from conftest import append_frame, frame_ids, sidecar_hashes, write_signal


class FakeSidecarSignal:
    """Rewrites the activity signal like the sidecar (several times a second) until stopped."""

    def __init__(self, root: Path):
        self.root, self.active, self._stop = root, False, threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        while not self._stop.is_set():
            write_signal(self.root, active=self.active, idle=0.0 if self.active else 120.0)
            time.sleep(0.2)

    def __enter__(self):
        write_signal(self.root, active=self.active)
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self.thread.join()


def done_count(root: Path) -> int:
    db_path = root / "derived" / "derived.db"
    if not db_path.exists():
        return 0
    db = sqlite3.connect(db_path, timeout=10)
    try:
        return db.execute("SELECT count(*) FROM work WHERE stage = 'frame' AND status = 'done'").fetchone()[0]
    except sqlite3.OperationalError:
        return 0
    finally:
        db.close()


def wait_for(cond, timeout=60.0, step=0.05):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if cond():
            return True
        time.sleep(step)
    return False


def start_worker(root: Path) -> subprocess.Popen:
    exe = shutil.which("autocapture", path=str(Path(sys.executable).parent))
    return subprocess.Popen(
        [
            exe,
            "worker",
            "--dataroot",
            str(root),
            "--set",
            "worker.poll_s=0.2",
            "--set",
            "worker.status_every_s=1",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_user_returning_stops_heavy_work_within_one_item_then_resumes(dataroot):
    before = {k: v for k, v in sidecar_hashes(dataroot).items() if not k.startswith("activity")}
    with FakeSidecarSignal(dataroot) as sidecar:
        proc = start_worker(dataroot)
        try:
            assert wait_for(lambda: done_count(dataroot) >= 2), "worker processed nothing while idle"
            sidecar.active = True
            write_signal(dataroot, active=True, idle=0.0)
            at_flip = done_count(dataroot)
            time.sleep(3.0)  # ~10 items' worth of OCR time
            after = done_count(dataroot)
            # frames go to the worker in runs: the run in flight stops at its next frame (tests/test_runs.py), and
            # its frames finished before the user came back are stored after; no new run starts
            assert after <= at_flip + RUN_FRAMES, f"{after - at_flip} items after the user came back"
            assert after < len(frame_ids())
            sidecar.active = False
            assert wait_for(lambda: done_count(dataroot) == len(frame_ids())), (
                "did not resume when idle again"
            )
        finally:
            proc.send_signal(signal.SIGTERM)
            out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "pausing heavy work: user is active" in err
    assert "status: idle_seconds=" in err and "queue=" in err and "cpu=" in err
    assert "worker stopped cleanly" in err
    assert {k: v for k, v in sidecar_hashes(dataroot).items() if not k.startswith("activity")} == before


def test_sigterm_mid_run_leaves_no_half_written_record(dataroot):
    with FakeSidecarSignal(dataroot):
        proc = start_worker(dataroot)
        assert wait_for(lambda: done_count(dataroot) >= 1)
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0 and "received SIGTERM" in err
    db = sqlite3.connect(dataroot / "derived" / "derived.db")
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    done = {r[0] for r in db.execute("SELECT source_id FROM work WHERE stage='frame' AND status='done'")}
    recorded = {r[0] for r in db.execute("SELECT source_id FROM records")}
    per_frame = db.execute("SELECT count(*) FROM records").fetchone()[0]
    assert per_frame == 3 * len(recorded)  # ocr, sst, embed: all or nothing
    assert done == recorded and 1 <= len(done) < len(frame_ids())


def test_new_evidence_is_picked_up_as_the_sidecar_appends_it(dataroot):
    with FakeSidecarSignal(dataroot):
        proc = start_worker(dataroot)
        try:
            assert wait_for(lambda: done_count(dataroot) == len(frame_ids()))
            new_ids = [append_frame(dataroot, frame_ids()[i], 900 + i) for i in range(3)]
            assert wait_for(lambda: done_count(dataroot) == len(frame_ids()) + 3)
        finally:
            proc.send_signal(signal.SIGINT)
            out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    db = sqlite3.connect(dataroot / "derived" / "derived.db")
    assert {r[0] for r in db.execute("SELECT source_id FROM records")} >= set(new_ids)


def test_opencv_runs_on_one_thread_in_a_pinned_process():
    """OpenCV keeps a thread pool of its own (2 threads on 2 cores): a worker's median blur and resize of a
    whole frame then ran on both cores, over the CPU budget, and cost more CPU seconds than one thread. A
    process pinned to one thread (the parent's environment, which spawned workers inherit, or pin_threads
    after cv2 is loaded) runs OpenCV on one."""
    code = (
        "from autocapture.runtime.governor import pin_threads; pin_threads(1); import cv2; "
        "a = cv2.getNumThreads(); cv2.setNumThreads(4); pin_threads(1); print(a, cv2.getNumThreads())"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["1", "1"]
