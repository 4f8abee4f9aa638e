"""Record bodies in derived.db. A body is the record's canonical JSON compressed with zstd, or, when the
frame before in the same window has a record that shares most of it (a reading reused or merged from that
frame), a zstd delta against that record: zstd's patch-from, with the base's JSON as the dictionary, so
the delta holds only what changed. Bodies written before compression are plain JSON text and still read.
`load_text` is the one way back to the exact canonical JSON, whatever the encoding."""

from __future__ import annotations

import functools
import threading
from collections import OrderedDict

import zstandard

LEVEL = 9
DELTA_MAX = 0.5  # a delta bigger than half the standalone body: the frame has drifted, start a new base
_CACHE_SIZE = 64


def compress(text: str, base: str | None = None) -> bytes:
    """zstd of the canonical JSON; with `base`, a delta that only decompresses against that same text."""
    data = text.encode("utf-8")
    with _LOCK:  # a compressor is one zstd context: one user at a time
        return _compressor(base).compress(data)


_LOCK = threading.Lock()


@functools.lru_cache(maxsize=4)
def _compressor(base: str | None) -> zstandard.ZstdCompressor:
    """A compressor kept for the next body: a level-9 context is megabytes of tables to set up, and a delta's
    base (the first record of a run of frames of a window) serves many bodies, each of which had its
    dictionary digested again. zstd's output does not depend on a context's history: the same bytes."""
    if base is None:
        return zstandard.ZstdCompressor(level=LEVEL, write_checksum=True)
    dictionary = zstandard.ZstdCompressionDict(base.encode("utf-8"), dict_type=zstandard.DICT_TYPE_RAWCONTENT)
    return zstandard.ZstdCompressor(level=LEVEL, dict_data=dictionary, write_checksum=True)


def decompress(body: bytes, base: str | None = None) -> str:
    if base is None:
        return zstandard.ZstdDecompressor().decompress(body).decode("utf-8")
    dictionary = zstandard.ZstdCompressionDict(base.encode("utf-8"), dict_type=zstandard.DICT_TYPE_RAWCONTENT)
    return zstandard.ZstdDecompressor(dict_data=dictionary).decompress(body).decode("utf-8")


def encode(text: str, base_id: str | None, base_text: str | None) -> tuple[bytes, str | None]:
    """(body, base sample_id or None): the delta when a base is offered and the delta is small enough."""
    full = compress(text)
    if base_id is None or base_text is None:
        return full, None
    delta = compress(text, base_text)
    return (delta, base_id) if len(delta) <= DELTA_MAX * len(full) else (full, None)


class TextCache:
    """Recently decoded bodies (bases are read again for every delta that points at them)."""

    def __init__(self, size: int = _CACHE_SIZE):
        self.size, self._items = size, OrderedDict()

    def get(self, sample_id: str) -> str | None:
        text = self._items.get(sample_id)
        if text is not None:
            self._items.move_to_end(sample_id)
        return text

    def put(self, sample_id: str, text: str) -> None:
        self._items[sample_id] = text
        self._items.move_to_end(sample_id)
        while len(self._items) > self.size:
            self._items.popitem(last=False)

    def drop(self, sample_id: str) -> None:
        self._items.pop(sample_id, None)


def load_text(conn, sample_id: str, cache: TextCache | None = None) -> str | None:
    """The canonical JSON of a stored record (None when there is none). `conn` is an apsw or sqlite3
    connection to derived.db: tests and benchmarks read the store with the standard library too."""
    if cache is not None and (hit := cache.get(sample_id)) is not None:
        return hit
    row = conn.execute("SELECT body, base FROM records WHERE sample_id = ?", (sample_id,)).fetchone()
    if row is None:
        return None
    text = decode_row(conn, row[0], row[1], cache)
    if cache is not None:
        cache.put(sample_id, text)
    return text


def decode_row(conn, body: str | bytes, base: str | None, cache: TextCache | None = None) -> str:
    if isinstance(body, str):  # written before compression: the JSON itself
        return body
    base_text = None
    if base is not None:
        base_text = load_text(conn, base, cache)
        if base_text is None:
            raise LookupError(f"record body is a delta against {base!r}, which is missing from derived.db")
    return decompress(bytes(body), base_text)
