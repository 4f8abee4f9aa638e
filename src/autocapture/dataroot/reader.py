"""A DataRoot opened for reading: its layout, metadata database, media folder and typed records."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property
from pathlib import Path

from autocapture.config import Config
from autocapture.dataroot.blobs import MediaFolder
from autocapture.dataroot.layout import Layout, discover
from autocapture.dataroot.metadata import MetadataDB
from autocapture.dataroot.problems import ContractError, Problem
from autocapture.dataroot.records import (
    FRAME,
    WINDOW,
    Frame,
    Record,
    RecordError,
    WindowMeta,
    WindowTimeline,
    parse_frame,
    parse_row,
    parse_window_meta,
)


def check_root(root: Path | None) -> Path:
    if root is None:
        raise ContractError(
            Problem(
                "dataroot_missing",
                "error",
                "no DataRoot given",
                "pass --dataroot DIR or set storage.data_dir",
            )
        )
    if not root.is_dir():
        raise ContractError(
            Problem(
                "dataroot_missing",
                "error",
                f"{root} is not a folder",
                "check the path; from WSL a Windows D:\\autocapture is /mnt/d/autocapture",
                path=str(root),
            )
        )
    try:
        next(iter(root.iterdir()), None)
    except OSError as exc:
        raise ContractError(
            Problem(
                "dataroot_unreadable",
                "error",
                f"cannot list {root}: {exc.strerror}",
                "give this user read access to the DataRoot",
                path=str(root),
            )
        ) from exc
    return root


class DataRoot:
    """Owns the read-only metadata connection; never writes anything under the DataRoot."""

    def __init__(self, config: Config):
        self.config = config
        self.root = check_root(config.data_dir)
        self.layout: Layout = discover(self.root)

    @cached_property
    def db(self) -> MetadataDB:
        if self.layout.metadata_db is None:
            raise ContractError(
                Problem(
                    "metadata_db_missing",
                    "error",
                    "no metadata database found",
                    "expected metadata.db (or metadata/metadata.db, data/metadata.db) in the "
                    "DataRoot; is this the sidecar's folder?",
                    path=str(self.root),
                )
            )
        return MetadataDB(self.layout.metadata_db, self.config["storage.metadata_backend"])

    @cached_property
    def media(self) -> MediaFolder:
        media_dir = self.layout.media_dir or self.root / "media"
        return MediaFolder(
            media_dir,
            int(self.config["dataroot.max_blob_mb"] * 1024 * 1024),
            self.config["dataroot.max_image_pixels"],
        )

    def close(self) -> None:
        if "db" in self.__dict__:
            self.db.close()

    def __enter__(self) -> DataRoot:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def records(self, after=None, record_type: str | None = None) -> Iterator[Record | Problem]:
        rows = self.db.rows_of_type(record_type, after) if record_type else self.db.rows(after)
        for row in rows:
            yield parse_row(row, self.db.backend.table)

    def parsed(self, record_type: str, parse) -> list:
        """Every record of a type through its parser; rows that do not parse are left out (callers that
        must report them read records() instead)."""
        out = []
        for rec in self.records(record_type=record_type):
            if isinstance(rec, Record):
                try:
                    out.append(parse(rec))
                except RecordError:
                    pass
        return out

    def window_metas(self) -> list[WindowMeta]:
        return self.parsed(WINDOW, parse_window_meta)

    def frames(self, after=None) -> Iterator[Frame | Problem]:
        """Frames in storage order after a cursor, each with its window context; bad ones as Problems."""
        for _key, item in self.keyed_frames(after):
            yield item

    def keyed_frames(self, after=None) -> Iterator[tuple[int | str, Frame | Problem]]:
        """(storage key, frame or problem): the key is the cursor to resume after."""
        timeline = None  # read and sorted once per call, on the first frame that needs it
        table = self.db.backend.table
        for row in self.db.rows_of_type(FRAME, after):
            rec = parse_row(row, table)
            if isinstance(rec, Problem):
                yield row.key, rec
                continue
            try:
                frame = parse_frame(rec)
            except RecordError as exc:
                yield (
                    row.key,
                    Problem("bad_frame_record", "warning", str(exc), table=table, record_id=rec.record_id),
                )
                continue
            if frame.window is None:
                timeline = WindowTimeline(self.window_metas()) if timeline is None else timeline
                frame = timeline.attach(frame)
            yield row.key, frame

    def record(self, record_id: str) -> Record | Problem | None:
        row = self.db.row(record_id)
        return parse_row(row, self.db.backend.table) if row else None
