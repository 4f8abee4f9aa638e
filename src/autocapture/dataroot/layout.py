"""Where things are in a DataRoot: the canonical flat layout first, then each legacy location the
contract accepts (section 1). Using a legacy path is fine, and reported so the operator can move."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

# (what, canonical relative path, legacy relative paths in the order tried)
LOCATIONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("metadata_db", "metadata.db", ("metadata/metadata.db", "data/metadata.db")),
    ("media_dir", "media", ("data/media",)),
    ("activity_signal", "activity/activity_signal.json", ("activity_signal.json",)),
    ("journal", "journal.ndjson", ("data/journal.ndjson",)),
    ("ledger", "ledger.ndjson", ("data/ledger.ndjson",)),
    ("uia_snapshot", "uia/latest.snap.json", ()),
)


@dataclass(frozen=True)
class Layout:
    root: Path
    metadata_db: Path | None
    media_dir: Path | None
    activity_signal: Path | None
    journal: Path | None
    ledger: Path | None
    uia_snapshot: Path | None
    legacy: tuple[tuple[str, str, str], ...] = ()  # (what, relative path used, canonical path)

    def to_dict(self) -> dict:
        return {what: str(getattr(self, what)) if getattr(self, what) else None for what, _, _ in LOCATIONS}


def discover(root: Path) -> Layout:
    paths: dict[str, Path | None] = {}
    legacy: list[tuple[str, str, str]] = []
    for what, canonical, olds in LOCATIONS:
        want_dir = what == "media_dir"
        found = None
        for i, rel in enumerate((canonical, *olds)):
            candidate = root / rel
            if candidate.is_dir() if want_dir else candidate.is_file():
                found = candidate
                if i:
                    legacy.append((what, rel, canonical))
                break
        paths[what] = found
    return Layout(root=root, legacy=tuple(legacy), **paths)
