"""Migration 6: rewrite a store into the compact format without processing anything again. Every line,
block and VLM text points to one vector per unique normalised text (`texts`, `vec_items` keyed by text
id); `embed` records refer to their vectors by the text's sha256 instead of holding them; record bodies
become zstd, or zstd deltas against the same record of the frame before in the window. It runs inside
the migration's transaction (DerivedStore._migrate): a kill leaves the old store or the new one."""

from __future__ import annotations

import json

from autocapture.hashing import canonical_json
from autocapture.stages import embed
from autocapture.store import bodies

VEC_CHUNK = 128  # vectors per sqlite-vec chunk (its default, 1,024, reserves 1.5 MB at a time)

SCHEMA = """
CREATE TABLE texts (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE);
ALTER TABLE records ADD COLUMN base TEXT;
CREATE INDEX records_base ON records(base) WHERE base IS NOT NULL;
CREATE TABLE vector_items_v6 (id INTEGER PRIMARY KEY, source_id TEXT NOT NULL, kind TEXT NOT NULL,
                              ref TEXT NOT NULL, text TEXT NOT NULL, text_id INTEGER NOT NULL);
"""
# the old table's ids and texts are kept: item_fts (content = vector_items) stays valid as it is
SWAP = """
DROP TABLE vector_items;
ALTER TABLE vector_items_v6 RENAME TO vector_items;
CREATE INDEX vector_items_source ON vector_items(source_id);
CREATE INDEX vector_items_text ON vector_items(text_id);
"""


def compact(conn) -> None:
    conn.execute(SCHEMA)
    dim = conn.execute("SELECT value FROM meta WHERE key = 'vector_dim'").fetchone()
    if dim:
        conn.execute("CREATE TABLE vec_staging (id INTEGER PRIMARY KEY, embedding BLOB NOT NULL)")
    _texts(conn, bool(dim))
    conn.execute(SWAP)
    if dim:
        conn.execute("DROP TABLE vec_items")
        conn.execute(f"CREATE VIRTUAL TABLE vec_items USING vec0(embedding float[{int(dim[0])}] "
                     f"distance_metric=cosine, chunk_size={VEC_CHUNK})")
        conn.execute("INSERT INTO vec_items (rowid, embedding) SELECT id, embedding FROM vec_staging ORDER BY id")
        conn.execute("DROP TABLE vec_staging")
    _records(conn)


def _texts(conn, has_vectors: bool) -> None:
    """Occurrences keep their ids; each distinct normalised text keeps the vector of its first one."""
    last = 0
    while True:
        rows = conn.execute("SELECT id, source_id, kind, ref, text FROM vector_items WHERE id > ? ORDER BY id "
                            "LIMIT 5000", (last,)).fetchall()
        if not rows:
            return
        for item_id, source_id, kind, ref, text in rows:
            norm = embed.normalise(text)
            row = conn.execute("SELECT id FROM texts WHERE text = ?", (norm,)).fetchone()
            if row is None:
                conn.execute("INSERT INTO texts (text) VALUES (?)", (norm,))
                text_id = conn.execute("SELECT last_insert_rowid()").fetchone()[0]
                if has_vectors:
                    conn.execute("INSERT INTO vec_staging SELECT ?, embedding FROM vec_items WHERE rowid = ?",
                                 (text_id, item_id))
            else:
                text_id = row[0]
            conn.execute("INSERT INTO vector_items_v6 VALUES (?, ?, ?, ?, ?, ?)",
                         (item_id, source_id, kind, ref, text, text_id))
        last = rows[-1][0]


def _records(conn) -> None:
    """Every body re-encoded frame by frame in time order, so each delta's base is already rewritten."""
    from autocapture.store.derived import base_of

    cache = bodies.TextCache()
    frames = conn.execute("SELECT record_id FROM frames ORDER BY ts_utc, record_id").fetchall()
    for (frame_id,) in frames:
        for sample_id, modality, body in conn.execute(
                "SELECT sample_id, modality, body FROM records WHERE source_id = ? ORDER BY sample_id",
                (frame_id,)).fetchall():
            text = body if isinstance(body, str) else bodies.decode_row(conn, body, None)
            if modality == "embed":
                text = _by_reference(text)
            base_id = base_of(conn, frame_id, modality)
            base_text = bodies.load_text(conn, base_id, cache) if base_id else None
            new_body, base = bodies.encode(text, base_id, base_text)
            conn.execute("UPDATE records SET body = ?, base = ? WHERE sample_id = ?", (new_body, base, sample_id))
            cache.put(sample_id, text)


def _by_reference(text: str) -> str:
    """An embed record as today's stage writes it: each vector replaced by its text's sha256."""
    rec = json.loads(text)
    rec["emb_vectors"] = [embed.text_ref(item["text"]) for item in rec["output_json"]["items"]]
    rec["output_json"]["encoding"] = embed.ENCODING
    return canonical_json(rec)
