"""Bytes per frame of the derived store on a generated realistic day (a live clock, the pointer, small
edits on every frame, a scrolling chat, a few long documents scrolled through): SQLite by table (its
indexes and FTS/vector shadow tables counted with it, from dbstat), the files on disk (derived.db with
its WAL, Parquet facts, the ANN folder), against the screenshots themselves.
`python bench/storage.py [FRAMES] [--runs]` (--runs: the quieter day without `live`), or `autocapture bench`."""

from __future__ import annotations

import json
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import workday  # noqa: E402
from measure import measure  # noqa: E402

EXE = str(Path(sys.executable).parent / "autocapture")
BUDGET_KB = 20.0
# shadow tables and indexes of a virtual table or table, counted with their owner
OWNERS = (r"^(item_fts|text_fts)_", r"^(vec_items)_", r"^sqlite_autoindex_(\w+?)_\d+$")


def owner(name: str, indexes: dict[str, str]) -> str:
    if name in indexes:
        return indexes[name]
    for pattern in OWNERS:
        m = re.match(pattern, name)
        if m:
            return m.group(1)
    return name


def sizes(derived: Path, frames: int) -> dict:
    """Bytes (and KB per frame) by table and by file; the WAL is checkpointed first, as a closed store is."""
    from autocapture.store.derived import connect

    conn = connect(derived / "derived.db")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    indexes = dict(conn.execute("SELECT name, tbl_name FROM sqlite_master WHERE type = 'index'").fetchall())
    tables: dict[str, int] = {}
    for name, used in conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall():
        key = owner(name, indexes)
        tables[key] = tables.get(key, 0) + used
    free = (
        conn.execute("PRAGMA freelist_count").fetchone()[0] * conn.execute("PRAGMA page_size").fetchone()[0]
    )
    conn.close()
    files = {
        "derived.db": (derived / "derived.db").stat().st_size,
        "derived.db-wal": (derived / "derived.db-wal").stat().st_size
        if (derived / "derived.db-wal").exists()
        else 0,
        "facts/ (Parquet)": sum(p.stat().st_size for p in (derived / "facts").rglob("*") if p.is_file()),
        "ann/": sum(p.stat().st_size for p in (derived / "ann").rglob("*") if p.is_file()),
    }
    total = sum(files.values())
    kb = lambda n: round(n / frames / 1024, 2)  # noqa: E731
    return {
        "frames": frames,
        "total_kb_per_frame": kb(total),
        "within_budget": kb(total) <= BUDGET_KB,
        "files_kb_per_frame": {k: kb(v) for k, v in files.items()},
        "tables_kb_per_frame": {k: kb(v) for k, v in sorted(tables.items(), key=lambda kv: -kv[1])},
        "free_pages_kb_per_frame": kb(free),
    }


def run(frames: int = 200, live: bool = True, documents: int | None = None) -> dict:
    """live: the workday's live screens (a clock with seconds, the pointer, a line typed in every frame, a
    scrolling chat); documents: long documents scrolled through (default one per 150 frames)."""
    documents = max(1, frames // 150) if documents is None else documents
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "day"
        workday.build(root, frames, clock=True, documents=documents, live=live)
        shots = sum(p.stat().st_size for p in (root / "media").rglob("*.blob"))
        m = measure(
            [
                EXE,
                "process",
                "once",
                "--dataroot",
                str(root),
                "--json",
                "--set",
                "runtime.activity.fail_closed=false",
            ]
        )
        if m["returncode"] != 0:
            raise RuntimeError(f"process once exited {m['returncode']}: {m['stderr'][-2000:]}")
        out = sizes(root / "derived", frames)
        out["screenshots_kb_per_frame"] = round(shots / frames / 1024, 2)
        out["process_once_s"] = round(m["elapsed_s"], 1)
        out["day"] = {"clock": True, "live": live, "documents": documents}
        return out


if __name__ == "__main__":
    print(
        json.dumps(
            run(int(sys.argv[1]) if len(sys.argv) > 1 else 200, live="--runs" not in sys.argv), indent=1
        )
    )
