"""Malformed DataRoots (tests/malformed.py): validate and process once never crash or hang, each failure
names its record, and every good frame in the same DataRoot is processed. bench/reliability.py runs
every case; here all cases are validated and one variant of each mutation is processed."""

import json
import sqlite3
import time

import pytest

from conftest import cli_json, write_signal
from malformed import MUTATIONS, cases, make_case

FRESH = ("--set", "runtime.activity.max_signal_age_s=600")


def test_there_are_at_least_200_cases():
    assert len(cases()) >= 200 and len({n for n, _ in cases()}) == len(MUTATIONS)


@pytest.mark.parametrize("name", [m.__name__[2:] for m in MUTATIONS])
def test_validate_never_crashes(tmp_path, name):
    for seed in range(7):
        root = tmp_path / f"{name}-{seed}"
        make_case(root, name, seed)
        started = time.monotonic()
        code, report = cli_json("validate", "--dataroot", root)
        assert code in (0, 4), report
        assert time.monotonic() - started < 30
        for p in report["problems"]:
            assert p["code"] and p["message"] and p["severity"] in ("error", "warning")


def frame_states(root):
    db = sqlite3.connect(root / "derived" / "derived.db")
    return dict(db.execute("SELECT source_id, status FROM work WHERE stage = 'frame'")), {
        r[0]: r[1]
        for r in db.execute("SELECT source_id, error_code FROM work WHERE status IN ('failed', 'retry')")
    }


PROCESS_CASES = [(m.__name__[2:], 0) for m in MUTATIONS] + [
    ("odd_unicode", 1),
    ("odd_unicode", 2),
    ("bad_time", 1),
    ("bad_time", 6),
]


@pytest.mark.parametrize("name, seed", PROCESS_CASES, ids=[f"{n}-{s}" for n, s in PROCESS_CASES])
def test_process_once_keeps_every_good_frame(tmp_path, name, seed):
    root = tmp_path / "dataroot"
    frames, damaged = make_case(root, name, seed)
    if name != "activity":
        write_signal(root, idle=60)
    started = time.monotonic()
    code, s = cli_json("process", "once", "--dataroot", root, *FRESH)
    assert time.monotonic() - started < 120
    assert code in (0, 3, 4), s  # 3: the signal itself was broken (fail closed); 4: no readable contract
    if code == 4:
        assert s["state"] == "contract_invalid" and s["message"]
        return
    if code == 3:
        assert name == "activity" and "activity signal" in s["gating"]["reason"]
        return
    states, failed = frame_states(root)
    for f in frames:
        if damaged and f in damaged:
            continue
        assert states.get(f) == "done", (f, states.get(f), s["failures"])
    for f in damaged or ():
        if states.get(f) != "done":
            named = {x["record_id"] for x in s["failures"] + s["retrying"]} | set(failed)
            assert f in named or any(r.startswith("row ") for r in named), (f, s["failures"])
    for failure in s["failures"] + s["retrying"]:
        assert failure["record_id"] and failure["code"] and failure["message"]


# --- the machine fails around us -----------------------------------------------------------------
import os  # noqa: E402
import resource  # noqa: E402
import signal  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import threading  # noqa: E402
from pathlib import Path  # noqa: E402

from conftest import append_frame, copy_sample, frame_ids, sidecar_hashes  # noqa: E402

EXE = str(Path(sys.executable).parent / "autocapture")


def limited_file_size(limit):
    def apply():
        signal.signal(
            signal.SIGXFSZ, signal.SIG_IGN
        )  # writes past the limit fail with EFBIG, like a full disk
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def run_json(args, **kw):
    out = subprocess.run([EXE, *map(str, args), "--json"], capture_output=True, text=True, timeout=300, **kw)
    return out.returncode, json.loads(out.stdout), out.stderr


def test_disk_full_is_a_clear_error_and_the_next_run_continues(tmp_path):
    root = copy_sample(tmp_path / "dataroot")
    before = sidecar_hashes(root)
    code, s, err = run_json(
        ["process", "once", "--dataroot", root, *FRESH], preexec_fn=limited_file_size(400_000)
    )
    assert code == 5 and "disk full or read-only" in s["message"], (s, err[-2000:])
    assert "Traceback" not in err
    db = sqlite3.connect(root / "derived" / "derived.db")
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    done = db.execute("SELECT count(*) FROM work WHERE status = 'done'").fetchone()[0]
    assert db.execute("SELECT count(DISTINCT source_id) FROM records").fetchone()[0] == done < 16
    db.close()
    write_signal(root, idle=60)
    code, s, err = run_json(["process", "once", "--dataroot", root, *FRESH])
    assert code == 0 and s["items"]["frames"] == 16 - done
    db = sqlite3.connect(root / "derived" / "derived.db")
    assert db.execute("SELECT count(*), count(DISTINCT sample_id) FROM records").fetchone() == (48, 48)
    assert {k: v for k, v in sidecar_hashes(root).items() if not k.startswith("activity")} == {
        k: v for k, v in before.items() if not k.startswith("activity")
    }


def test_unwritable_derived_dir_is_a_clear_error(tmp_path):
    root = copy_sample(tmp_path / "dataroot")
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    code, s = cli_json(
        "process", "once", "--dataroot", root, *FRESH, "--set", f"storage.derived_dir={blocker / 'derived'}"
    )
    assert code == 5 and "storage.derived_dir" in s["message"]


def make_plugin(folder: Path, network: str, connect_to: str | None) -> Path:
    """An installed third-party engine (module + dist-info entry point), as `pip install` would leave it."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "evil_engine.py").write_text(f"""
import socket
from autocapture.runtime.policy import Permissions

class Engine:
    name, version, model_digest, model_id = "vlm.evil", "evil 1.0", "0" * 64, "evil"
    permissions = Permissions(network={network!r})

    def run(self, image):
        socket.create_connection(({connect_to!r}, 443), timeout=2)
        return {{"text": "", "parsed": None, "parse_error": "x", "description": "", "app": "", "task": "", "entities": []}}

    def close(self):
        pass

def make(config):
    return Engine()

make.permissions = lambda config: Permissions(network={network!r})
""")
    info = folder / "evil_engine-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: evil-engine\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[autocapture.engines]\nvlm.evil = evil_engine:make\n")
    return folder


def test_an_engine_that_reaches_out_is_refused_and_logged(tmp_path):
    root = copy_sample(tmp_path / "dataroot")
    plugin = make_plugin(tmp_path / "site", "none", "198.51.100.7")
    env = {**os.environ, "PYTHONPATH": str(plugin)}
    code, s, err = run_json(
        [
            "process",
            "once",
            "--dataroot",
            root,
            *FRESH,
            "--set",
            "processing.vlm.engine=vlm.evil",
            "--max-items",
            "2",
        ],
        env=env,
    )
    assert code == 0, (s, err[-2000:])
    assert s["items"]["vlm_errors"] >= 1 and "vlm" not in s["items"]
    assert "network guard: refused connection to 198.51.100.7:443 from" in err and "evil_engine.py" in err


def test_an_engine_declaring_network_access_is_refused_by_policy(tmp_path):
    root = copy_sample(tmp_path / "dataroot")
    plugin = make_plugin(tmp_path / "site", "any", "198.51.100.7")
    env = {**os.environ, "PYTHONPATH": str(plugin)}
    code, s, err = run_json(
        [
            "process",
            "once",
            "--dataroot",
            root,
            "--profile",
            "mode_b",
            *FRESH,
            "--set",
            "processing.vlm.engine=vlm.evil",
        ],
        env=env,
    )
    assert code == 5 and "vlm.evil" in s["message"] and "network=any" in s["message"]


def test_concurrent_sidecar_writes_while_the_worker_runs(tmp_path):
    """The sidecar keeps appending frames (blob written in two halves, then the row, WAL mode) and
    rewriting the activity signal while the worker processes: every frame ends up processed."""
    root = copy_sample(tmp_path / "dataroot")
    db = sqlite3.connect(root / "metadata.db")
    db.execute("PRAGMA journal_mode = WAL")
    db.close()
    stop = threading.Event()

    def signal_loop():
        while not stop.is_set():
            write_signal(root, idle=120)
            time.sleep(0.1)

    latencies, new_ids = [], []

    def writer():
        from autocapture.dataroot.blobs import rid as rid_of

        for i in range(6):
            t0 = time.monotonic()
            new_id = append_frame(root, frame_ids()[i], 500 + i, seconds_later=3600 + i)
            latencies.append(time.monotonic() - t0)
            new_ids.append(new_id)
            if i % 2 == 0:  # this one is still being written when the worker first sees it
                blob = next((root / "media").rglob(rid_of(new_id) + ".blob"))
                full = blob.read_bytes()
                blob.write_bytes(full[: len(full) // 3])
                time.sleep(1.5)
                blob.write_bytes(full)
            time.sleep(0.5)

    threads = [threading.Thread(target=signal_loop, daemon=True)]
    threads[0].start()
    proc = subprocess.Popen(
        [
            EXE,
            "worker",
            "--dataroot",
            str(root),
            "--set",
            "worker.poll_s=0.2",
            "--set",
            "worker.status_every_s=2",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        w = threading.Thread(target=writer)
        w.start()
        w.join(timeout=120)

        def all_done():
            try:
                c = sqlite3.connect(root / "derived" / "derived.db", timeout=5)
                return c.execute("SELECT count(*) FROM work WHERE status = 'done'").fetchone()[0] == 22
            except sqlite3.Error:
                return False

        deadline = time.monotonic() + 180
        while not all_done() and time.monotonic() < deadline:
            time.sleep(0.5)
        assert all_done()
    finally:
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=60)
        stop.set()
    assert proc.returncode == 0, err[-2000:]
    c = sqlite3.connect(root / "derived" / "derived.db")
    assert c.execute("SELECT count(*) FROM work WHERE status = 'failed'").fetchone()[0] == 0
    assert set(new_ids) <= {r[0] for r in c.execute("SELECT source_id FROM records")}
    assert max(latencies) < 2.0, latencies  # the writer was never held up by our reads
    print(f"writer commit latency max {max(latencies) * 1000:.0f} ms over {len(latencies)} appends")
