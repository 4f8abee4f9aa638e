"""Finding and reading a record's media blob (contract section 4), refusing anything unsafe: paths that
leave the media folder, oversize files, encrypted blobs, non-images and decompression bombs."""

from __future__ import annotations

import base64
import io
import os
import re
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image

from autocapture.dataroot import png
from autocapture.hashing import sha256_hex

ENCRYPTED_MAGIC = (b"ACNXBLOB1", b"ACNXSTR1")
BLOB_SUFFIXES = (".blob", ".stream", ".png")
IMAGE_FORMATS = {"PNG", "JPEG", "WEBP"}
_DRIVE = re.compile(r"^[A-Za-z]:/")
INDEX_REFRESH_S = 5.0


class BlobError(Exception):
    """A blob that cannot be used; `code` says why and `record_id` which record it belongs to."""

    def __init__(self, code: str, record_id: str, message: str, path: str | None = None, fix: str = ""):
        super().__init__(f"{code}: record {record_id}: {message}" + (f" ({path})" if path else ""))
        self.code, self.record_id, self.message, self.path, self.fix = code, record_id, message, path, fix


class BlobNotReady(BlobError):
    """Size or hash does not match yet: the sidecar may still be writing. Retry on a later pass."""


def rid(value: str) -> str:
    return "rid_" + base64.urlsafe_b64encode(value.encode("utf-8")).decode("ascii").rstrip("=")


def find_pointer(payload: Any, depth: int = 0) -> str | None:
    """An explicit media pointer anywhere in the payload (blob_path, media_path, media_relpath, *blob_path)."""
    if depth > 6 or not isinstance(payload, dict):
        return None
    for key, value in payload.items():
        if (
            isinstance(value, str)
            and isinstance(key, str)
            and (key in ("blob_path", "media_path", "media_relpath") or key.endswith("blob_path"))
        ):
            return value
    for value in payload.values():
        if isinstance(value, dict) and (found := find_pointer(value, depth + 1)):
            return found
    return None


def pointer_relpath(pointer: str, record_id: str) -> str:
    """`media\\rid_x\\...\\y.blob` -> `rid_x/.../y.blob`; absolute paths outside media/ are refused."""
    p = pointer.replace("\\", "/")
    if "\x00" in p:
        raise BlobError("path_outside_media", record_id, "blob pointer contains a NUL byte")
    cut = p.find("media/")
    if cut >= 0 and (cut == 0 or p[cut - 1] == "/"):
        p = p[cut + len("media/") :]
    elif p.startswith("/") or _DRIVE.match(p) or p.startswith("//"):
        raise BlobError(
            "path_outside_media",
            record_id,
            f"blob pointer {pointer!r} is an absolute path outside media/",
            fix="the sidecar should write pointers relative to the media folder",
        )
    p = p.lstrip("/")
    if any(part == ".." for part in p.split("/")):
        raise BlobError("path_outside_media", record_id, f"blob pointer {pointer!r} climbs out with '..'")
    return p


class NameIndex:
    """File name -> paths under one media folder, for blobs not where their record says. Built once per
    process (every DataRoot object shares it: web requests, questions, the worker) and refreshed
    incrementally: a refresh stats each known folder and lists only those whose mtime changed, so a new
    blob costs one folder listing, not a walk over the whole history."""

    SETTLE_NS = 2_000_000_000  # a folder modified this recently may change again within its mtime tick

    def __init__(self, root: Path):
        self.root = root
        self.names: dict[str, list[Path]] = {}
        self.dirs: dict[str, tuple[int | None, list[str], list[str]]] = {}  # dir -> (mtime, files, subdirs)
        self.refreshed_at: float | None = None
        self.listings = 0  # folders listed so far: what a test or benchmark watches
        self.lock = threading.Lock()

    def lookup(self, name: str) -> list[Path]:
        with self.lock:
            known = [p for p in self.names.get(name, []) if os.path.lexists(p)]  # a moved blob is not known
            if self.refreshed_at is None or (
                not known and time.monotonic() - self.refreshed_at > INDEX_REFRESH_S
            ):
                self._refresh()
            return sorted(self.names.get(name, []))

    def _refresh(self) -> None:
        seen: set[str] = set()
        stack = [str(self.root)]
        now = time.time_ns()
        while stack:
            folder = stack.pop()
            seen.add(folder)
            try:
                mtime = os.stat(folder).st_mtime_ns
            except OSError:
                continue
            known = self.dirs.get(folder)
            if known is not None and known[0] == mtime:
                stack.extend(known[2])
                continue
            files, subdirs = [], []
            try:
                with os.scandir(folder) as entries:
                    for e in entries:
                        try:
                            is_dir, is_link = e.is_dir(), e.is_symlink()
                        except OSError:
                            continue
                        if not is_dir:
                            files.append(e.name)
                        elif not is_link:  # like os.walk: a linked folder is neither a file nor walked into
                            subdirs.append(e.path)
            except OSError:
                continue
            self.listings += 1
            self._forget_files(folder)
            for f in files:
                self.names.setdefault(f, []).append(Path(folder) / f)
            self.dirs[folder] = (mtime if now - mtime > self.SETTLE_NS else None, files, subdirs)
            stack.extend(subdirs)
        for gone in [d for d in self.dirs if d not in seen]:
            self._forget_files(gone)
            del self.dirs[gone]
        self.refreshed_at = time.monotonic()

    def _forget_files(self, folder: str) -> None:
        old = self.dirs.get(folder)
        for f in old[1] if old else ():
            paths = [p for p in self.names.get(f, []) if str(p.parent) != folder]
            if paths:
                self.names[f] = paths
            else:
                self.names.pop(f, None)


_INDEXES: dict[str, NameIndex] = {}
_INDEXES_LOCK = threading.Lock()


def name_index(root: Path) -> NameIndex:
    """The process-wide index of one media folder."""
    key = os.path.realpath(root)
    with _INDEXES_LOCK:
        if key not in _INDEXES:
            _INDEXES[key] = NameIndex(root)
        return _INDEXES[key]


@dataclass(frozen=True)
class FrameImage:
    record_id: str
    path: Path
    sha256: str
    image: Image.Image  # decoded: RGB, or 8-bit grey ("L") when grey was asked for


class MediaFolder:
    """The DataRoot's media folder: resolves record ids to blob files inside it, never outside."""

    def __init__(self, media_dir: Path, max_blob_bytes: int, max_image_pixels: int):
        self.root = media_dir
        self.real_root = Path(os.path.realpath(media_dir))
        self.max_blob_bytes = max_blob_bytes
        self.max_image_pixels = max_image_pixels

    def _inside(self, path: Path, record_id: str) -> Path:
        real = Path(os.path.realpath(path))
        if real != self.real_root and self.real_root not in real.parents:
            raise BlobError(
                "path_outside_media",
                record_id,
                "resolved blob path leaves the media folder (symlink or traversal)",
                str(path),
            )
        return path

    def _lookup(self, name: str) -> list[Path]:
        """Find a file by name anywhere under media/: the writer's run folder may differ from the record's."""
        return name_index(self.root).lookup(name)

    def candidates(self, record_id: str, run_id: str, ts_raw: str | None, derived: bool, payload: dict):
        """Where the blob may be, most likely first. A generator: the expected paths are tried before the
        name index is consulted, so the usual blob costs a stat or two and no listing."""
        pointer = find_pointer(payload)
        if pointer:
            yield self.root / pointer_relpath(pointer, record_id)
        name = rid(record_id)
        if ts_raw and len(ts_raw) >= 10 and re.match(r"\d{4}-\d{2}-\d{2}", ts_raw):
            y, m, d = ts_raw[0:4], ts_raw[5:7], ts_raw[8:10]
            folder = self.root / rid(run_id) / ("derived" if derived else "evidence") / y / m / d
            yield from (folder / (name + s) for s in BLOB_SUFFIXES)
        for suffix in BLOB_SUFFIXES:
            yield from self._lookup(name + suffix)
        yield self.root / (name + ".blob")
        yield self.root / (record_id.replace("/", "_") + ".bin")

    def resolve(
        self, record_id: str, run_id: str, ts_raw: str | None, payload: dict, derived: bool = False
    ) -> Path:
        for path in self.candidates(record_id, run_id, ts_raw, derived, payload):
            if os.path.lexists(path):
                return self._inside(path, record_id)
        raise BlobError(
            "blob_missing",
            record_id,
            "no blob found by pointer, record id or legacy name",
            fix="the frame may not be written yet; it is retried on the next pass",
        )

    def read_bytes(
        self, path: Path, record_id: str, expected_size: int | None = None, expected_hash: str | None = None
    ) -> bytes:
        self._inside(path, record_id)
        try:
            size = path.stat().st_size
            if size > self.max_blob_bytes:
                raise BlobError(
                    "blob_too_large",
                    record_id,
                    f"{size} bytes exceeds the cap of {self.max_blob_bytes} (dataroot.max_blob_mb)",
                    str(path),
                )
            with open(path, "rb") as fh:
                data = fh.read(self.max_blob_bytes + 1)
        except OSError as exc:
            raise BlobError("blob_unreadable", record_id, exc.strerror or str(exc), str(path)) from exc
        if data.startswith(ENCRYPTED_MAGIC):
            raise BlobError(
                "encrypted_blob",
                record_id,
                "blob is encrypted by the sidecar; there are no keys here",
                str(path),
                "run the sidecar with media encryption off",
            )
        if expected_size is not None and len(data) != expected_size:
            raise BlobNotReady(
                "blob_not_ready",
                record_id,
                f"size {len(data)} != content_size {expected_size} (still being written?)",
                str(path),
            )
        digest = sha256_hex(data)
        if expected_hash and digest != expected_hash:
            raise BlobNotReady(
                "blob_not_ready",
                record_id,
                "sha256 does not match content_hash (still being written?)",
                str(path),
            )
        return data

    def decode(self, data: bytes, record_id: str, path: Path | None = None, mode: str = "RGB") -> Image.Image:
        """The checked, decoded image in `mode`: "RGB", or "L" (grey, as the RGB image's convert("L") is)."""
        try:
            img = Image.open(io.BytesIO(data))  # the header only: decoding is below
        except Image.DecompressionBombError as exc:
            raise BlobError("image_too_large", record_id, str(exc), str(path) if path else None) from exc
        except (Image.UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
            raise BlobError(
                "not_an_image",
                record_id,
                f"bytes are not a supported image ({exc.__class__.__name__})",
                str(path) if path else None,
            ) from exc
        if img.format not in IMAGE_FORMATS:
            raise BlobError(
                "not_an_image",
                record_id,
                f"image format {img.format} is not PNG, JPEG or WebP",
                str(path) if path else None,
            )
        w, h = img.size
        if w * h > self.max_image_pixels:
            raise BlobError(
                "image_too_large",
                record_id,
                f"{w}x{h} = {w * h} pixels exceeds the cap of "
                f"{self.max_image_pixels} (dataroot.max_image_pixels)",
                str(path) if path else None,
            )
        if mode == "L" and img.format == "PNG" and img.mode == "P":
            pixels = png.palette_grey(data, self.max_image_pixels)
            if pixels is not None:
                return Image.fromarray(pixels)
        try:
            if img.format == "PNG":  # the same file with its image data inflated by zlib-ng (dataroot/png.py)
                img = Image.open(io.BytesIO(png.stored(data, self.max_image_pixels)))
            img.load()
        except (OSError, ValueError, Image.DecompressionBombError, SyntaxError) as exc:
            raise BlobError(
                "image_undecodable",
                record_id,
                f"image data is corrupt or truncated ({exc})",
                str(path) if path else None,
            ) from exc
        if mode == "L":
            return grey(img)
        return img.convert("RGB") if img.mode != "RGB" else img

    def load_frame(self, frame, mode: str = "RGB") -> FrameImage:
        """Resolve, read, check and decode one frame's image ("RGB", or "L": grey only)."""
        rec = frame.record
        path = self.resolve(
            frame.record_id, frame.run_id, rec.ts_raw if rec else None, rec.payload if rec else {}
        )
        data = self.read_bytes(path, frame.record_id, frame.content_size, frame.content_hash)
        return FrameImage(
            frame.record_id, path, sha256_hex(data), self.decode(data, frame.record_id, path, mode)
        )


def grey(img: Image.Image) -> Image.Image:
    """8-bit grey, exactly what img.convert("RGB").convert("L") gives, without making the RGB image: a palette
    image's grey is its palette's grey looked up per pixel (0.9 ms instead of 2.1 for a 1920x1080 frame).
    Indexes past the palette's end take the general way."""
    if img.mode == "P":
        import cv2  # (here only: the parent and the query side read blobs without cv2 or numpy)
        import numpy as np

        palette = img.getpalette("RGB") or []
        colours = len(palette) // 3
        index = np.asarray(img)
        if colours and int(index.max()) < colours:
            lut = np.zeros(256, dtype=np.uint8)
            lut[:colours] = np.asarray(Image.frombytes("RGB", (colours, 1), bytes(palette)).convert("L"))[0]
            return Image.fromarray(cv2.LUT(index, lut))
    return (img if img.mode == "RGB" else img.convert("RGB")).convert("L")
