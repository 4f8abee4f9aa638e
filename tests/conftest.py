"""Shared test helpers: copies of the bundled sample DataRoot and ways to derive broken variants of it."""

from __future__ import annotations

import atexit
import hashlib
import json
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from autocapture.cli import main
from autocapture.hashing import canonical_hash, canonical_json

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "sample" / "dataroot"
TRUTH = json.loads((REPO / "sample" / "truth.json").read_text())


@pytest.fixture
def dataroot(tmp_path) -> Path:
    """A private copy of the sample DataRoot."""
    dst = tmp_path / "dataroot"
    shutil.copytree(
        SAMPLE, dst, symlinks=True, ignore=lambda d, names: ["derived"] if Path(d) == SAMPLE else []
    )
    return dst


def tree_hashes(root: Path) -> dict[str, str]:
    """sha256 of every file under root (and the listing itself): proof that nothing was written."""
    out = {}
    for p in sorted(root.rglob("*")):
        rel = str(p.relative_to(root))
        if p.is_symlink():
            out[rel] = "link:" + str(p.readlink())
        elif p.is_file():
            out[rel] = hashlib.sha256(p.read_bytes()).hexdigest()
        else:
            out[rel] = "dir"
    return out


def cli(*args: str, env: dict | None = None):
    """Run the real CLI in-process; returns click's Result (exit_code, output)."""
    return CliRunner().invoke(main, [str(a) for a in args], env=env, catch_exceptions=False)


def cli_json(*args: str, env: dict | None = None) -> tuple[int, dict]:
    result = cli(*args, "--json", env=env)
    return result.exit_code, json.loads(result.output)


def edit_payload(root: Path, record_id: str, change) -> dict:
    """Rewrite one metadata row's payload the way a (buggy or hostile) sidecar might."""
    db = sqlite3.connect(root / "metadata.db")
    (text,) = db.execute("SELECT payload FROM metadata WHERE id = ?", (record_id,)).fetchone()
    payload = json.loads(text)
    result = change(payload)
    payload = payload if result is None else result
    body = payload if isinstance(payload, str) else canonical_json(payload)
    db.execute("UPDATE metadata SET payload = ? WHERE id = ?", (body, record_id))
    db.commit()
    db.close()
    return payload


def frame_ids() -> list[str]:
    return [f["record_id"] for f in TRUTH["frames"]]


def blob_path(root: Path, record_id: str) -> Path:
    from autocapture.dataroot.blobs import rid

    return next(root.joinpath("media").rglob(rid(record_id) + ".blob"))


def set_blob(root: Path, record_id: str, data: bytes) -> None:
    """Replace a frame's bytes and make its metadata agree (size and hash), as a consistent writer would."""
    blob_path(root, record_id).write_bytes(data)

    def fix(p):
        p["content_size"] = len(data)
        p["content_hash"] = hashlib.sha256(data).hexdigest()

    edit_payload(root, record_id, fix)


def to_variant_b(root: Path, keep_encrypted_table: bool = True) -> None:
    """Rebuild metadata.db as Variant B: a plaintext `records` table beside an encrypted `metadata` table."""
    src = sqlite3.connect(root / "metadata.db")
    rows = src.execute("SELECT id, record_type, ts_utc, payload FROM metadata").fetchall()
    src.close()
    (root / "metadata.db").unlink()
    db = sqlite3.connect(root / "metadata.db")
    db.execute("CREATE TABLE records (id TEXT PRIMARY KEY, record_type TEXT, ts_utc TEXT, json TEXT)")
    db.executemany("INSERT INTO records VALUES (?, ?, ?, ?)", rows)
    if keep_encrypted_table:
        make_encrypted_table(db, rows)
    db.commit()
    db.close()


def make_encrypted_table(db: sqlite3.Connection, rows) -> None:
    db.execute(
        "CREATE TABLE metadata (id TEXT PRIMARY KEY, nonce_b64 TEXT, ciphertext_b64 TEXT, key_id TEXT)"
    )
    db.executemany(
        "INSERT INTO metadata VALUES (?, 'bm9uY2U=', ?, 'k1')", [(r[0], canonical_hash(r[3])) for r in rows]
    )


def to_encrypted_only(root: Path) -> None:
    src = sqlite3.connect(root / "metadata.db")
    rows = src.execute("SELECT id, record_type, ts_utc, payload FROM metadata").fetchall()
    src.close()
    (root / "metadata.db").unlink()
    db = sqlite3.connect(root / "metadata.db")
    make_encrypted_table(db, rows)
    db.commit()
    db.close()


def write_signal(root: Path, active: bool = False, idle: float = 120.0, ts=None) -> None:
    """Write the activity signal the way the sidecar does (atomic rename), fresh unless ts is given."""
    from datetime import datetime, timezone

    ts = ts or datetime.now(timezone.utc).isoformat()
    path = root / "activity" / "activity_signal.json"
    path.parent.mkdir(exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(
        json.dumps(
            {"ts_utc": ts, "idle_seconds": idle, "user_active": active, "source": "test-sidecar", "seq": 1}
        )
    )
    tmp.replace(path)


def sidecar_hashes(root: Path) -> dict[str, str]:
    """Hashes of everything the sidecar owns (all but autocapture's derived/ folder)."""
    return {k: v for k, v in tree_hashes(root).items() if not k.startswith("derived")}


def append_frame(root: Path, like: str, seq: int, seconds_later: float = 3600.0) -> str:
    """Append a new frame as the sidecar would: blob first (atomic rename), then the metadata row."""
    from datetime import datetime, timedelta

    from autocapture.dataroot.blobs import rid

    db = sqlite3.connect(root / "metadata.db", timeout=10)
    (text,) = db.execute("SELECT payload FROM metadata WHERE id = ?", (like,)).fetchone()
    payload = json.loads(text)
    run = payload["run_id"]
    new_id = f"{run}/frame/{seq}"
    ts = datetime.fromisoformat(payload["ts_utc"]) + timedelta(seconds=seconds_later)
    payload["ts_utc"] = ts.isoformat(timespec="microseconds")
    payload.pop("blob_path", None)
    data = blob_path(root, like).read_bytes()
    dst = root / "media" / rid(run) / "evidence" / ts.strftime("%Y/%m/%d") / (rid(new_id) + ".blob")
    dst.parent.mkdir(parents=True, exist_ok=True)
    tmp = dst.with_suffix(".tmp")
    tmp.write_bytes(data)
    tmp.replace(dst)
    db.execute(
        "INSERT INTO metadata VALUES (?, ?, ?, ?, ?)",
        (new_id, canonical_json(payload), payload["record_type"], payload["ts_utc"], run),
    )
    db.commit()
    db.close()
    return new_id


FRESH = ("--set", "runtime.activity.max_signal_age_s=600")  # no live sidecar rewrites the signal in tests


def copy_sample(dst: Path) -> Path:
    """A copy of the sample DataRoot (without any derived/ left in the checkout) with a fresh idle signal."""
    shutil.copytree(SAMPLE, dst, ignore=lambda d, names: ["derived"] if d == str(SAMPLE) else [])
    write_signal(dst, idle=60)
    return dst


_PROCESSED: dict[str, tuple[Path, dict]] = {}


def process_sample(dst: Path, *options: str, fresh: bool = False) -> tuple[Path, dict]:
    """copy_sample, then `process once` on it; asserts it did work and returns the summary.

    The plain run (no options) is done once per test session and copied for every later caller: the processed
    store holds no absolute paths, and a dozen modules each processing the same sample cost minutes of CI time.
    `fresh=True` processes anyway (a test comparing two runs must have two runs)."""
    if not options and not fresh and "plain" in _PROCESSED:
        done, summary = _PROCESSED["plain"]
        shutil.copytree(done, dst)
        write_signal(dst, idle=60)
        return dst, json.loads(json.dumps(summary))
    copy_sample(dst)
    code, summary = cli_json("process", "once", "--dataroot", dst, *FRESH, *options)
    assert code == 0, summary
    if not options and "plain" not in _PROCESSED:
        base = Path(tempfile.mkdtemp(prefix="autocapture-sample-"))
        atexit.register(shutil.rmtree, base, True)
        keep = base / "dataroot"
        shutil.copytree(dst, keep)
        _PROCESSED["plain"] = (keep, json.loads(json.dumps(summary)))
    return dst, summary
