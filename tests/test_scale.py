"""Costs that must not grow with history: each test watches the work one more item causes (folders
listed, rows sorted, index bytes rewritten) rather than wall time, so it fails when the cost comes back."""

from __future__ import annotations

import os
import time
from pathlib import Path

from conftest import TRUTH, blob_path

from autocapture.config import load_config
from autocapture.dataroot import blobs
from autocapture.dataroot.reader import DataRoot


def _age_folders(root: Path) -> None:
    """Folders written an hour ago: their mtime has settled, as on a real DataRoot."""
    past = time.time() - 3600
    for d in [root, *(p for p in root.rglob("*") if p.is_dir())]:
        os.utime(d, (past, past))


def _resolve_all(root: Path) -> None:
    with DataRoot(load_config(env={}, dataroot=root)) as dr:
        for frame in dr.frames():
            dr.media.load_frame(frame)


def test_blobs_at_their_expected_path_never_list_the_media_folder(dataroot):
    index = blobs.name_index(dataroot / "media")
    _resolve_all(dataroot)
    _resolve_all(dataroot)
    assert index.listings == 0


def test_the_media_index_is_built_once_per_process_and_refreshed_by_changed_folder(dataroot, monkeypatch):
    monkeypatch.setattr(blobs, "INDEX_REFRESH_S", 0.0)
    frames = [f["record_id"] for f in TRUTH["frames"]]
    # one blob written under another run's folder: only the name index finds it
    moved = blob_path(dataroot, frames[0])
    elsewhere = dataroot / "media" / "rid_other" / "evidence" / moved.name
    elsewhere.parent.mkdir(parents=True)
    moved.rename(elsewhere)
    _age_folders(dataroot / "media")
    index = blobs.name_index(dataroot / "media")
    _resolve_all(dataroot)
    folders = sum(1 for p in (dataroot / "media").rglob("*") if p.is_dir()) + 1
    assert index.listings == folders  # the first lookup lists every folder once
    _resolve_all(dataroot)  # a new DataRoot object (a web request, a question) reuses the index
    assert index.listings == folders
    # a second misplaced blob in a new folder: the refresh lists the changed folders only
    moved2 = blob_path(dataroot, frames[1])
    newer = dataroot / "media" / "rid_other" / "later" / moved2.name
    newer.parent.mkdir()
    moved2.rename(newer)
    _resolve_all(dataroot)
    assert folders < index.listings <= folders + 4  # rid_other, later, and moved2's old folder
