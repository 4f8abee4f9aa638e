"""Migration 6: rewrite a store into the compact format without processing anything again. Every line,
block and VLM text (`items`) points to one unique normalised text (`texts`) with one vector (`vec_items`
keyed by text id); `vector_items` becomes a view that reads as the old table did (id, source_id, kind,
ref, text); `embed` records refer to their vectors by the text's sha256 instead of holding them; record
bodies become zstd, or zstd deltas against the same record of the frame before in the window. It runs
inside the migration's transaction (DerivedStore._migrate): a kill leaves the old store or the new one."""

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
CREATE TABLE items (id INTEGER PRIMARY KEY, source_id TEXT NOT NULL, kind TEXT NOT NULL, ref TEXT NOT NULL,
                    text_id INTEGER NOT NULL);
"""
# the items keep their ids: item_fts (content = vector_items, rowid = id) stays valid; the text is stored
# once, in texts (a single-table view, so max(id) and id lookups stay index seeks)
SWAP = """
DROP TABLE vector_items;
CREATE INDEX items_source ON items(source_id);
CREATE INDEX items_text ON items(text_id);
CREATE VIEW vector_items AS SELECT id, source_id, kind, ref, text_id,
    (SELECT text FROM texts WHERE texts.id = items.text_id) AS text FROM items;
"""


def compact(conn) -> None:
    conn.execute(SCHEMA)
    dim = conn.execute("SELECT value FROM meta WHERE key = 'vector_dim'").fetchone()
    if dim:
        conn.execute("CREATE TABLE vec_staging (id INTEGER PRIMARY KEY, embedding BLOB NOT NULL)")
    changed = _texts(conn, bool(dim))
    conn.execute(SWAP)
    if changed:  # some line was indexed with other white space than its normalised text: index it again
        conn.execute("INSERT INTO item_fts(item_fts) VALUES ('rebuild')")
    if dim:
        conn.execute("DROP TABLE vec_items")
        conn.execute(
            f"CREATE VIRTUAL TABLE vec_items USING vec0(embedding float[{int(dim[0])}] "
            f"distance_metric=cosine, chunk_size={VEC_CHUNK})"
        )
        conn.execute(
            "INSERT INTO vec_items (rowid, embedding) SELECT id, embedding FROM vec_staging ORDER BY id"
        )
        conn.execute("DROP TABLE vec_staging")
    _records(conn)


def _texts(conn, has_vectors: bool) -> bool:
    """Occurrences keep their ids; each distinct normalised text keeps the vector of its first one.
    True when some text was not already in its normalised form."""
    last, changed = 0, False
    while True:
        rows = conn.execute(
            "SELECT id, source_id, kind, ref, text FROM vector_items WHERE id > ? ORDER BY id LIMIT 5000",
            (last,),
        ).fetchall()
        if not rows:
            return changed
        for item_id, source_id, kind, ref, text in rows:
            norm = embed.normalise(text)
            changed = changed or norm != text
            row = conn.execute("SELECT id FROM texts WHERE text = ?", (norm,)).fetchone()
            if row is None:
                conn.execute("INSERT INTO texts (text) VALUES (?)", (norm,))
                text_id = conn.execute("SELECT last_insert_rowid()").fetchone()[0]
                if has_vectors:
                    conn.execute(
                        "INSERT INTO vec_staging SELECT ?, embedding FROM vec_items WHERE rowid = ?",
                        (text_id, item_id),
                    )
            else:
                text_id = row[0]
            conn.execute("INSERT INTO items VALUES (?, ?, ?, ?, ?)", (item_id, source_id, kind, ref, text_id))
        last = rows[-1][0]


def _records(conn) -> None:
    """Every body re-encoded frame by frame in time order, so each delta's base is already rewritten."""
    from autocapture.store.derived import base_of

    cache = bodies.TextCache()
    frames = conn.execute("SELECT record_id FROM frames ORDER BY ts_utc, record_id").fetchall()
    for (frame_id,) in frames:
        for sample_id, modality, body in conn.execute(
            "SELECT sample_id, modality, body FROM records WHERE source_id = ? ORDER BY sample_id",
            (frame_id,),
        ).fetchall():
            text = body if isinstance(body, str) else bodies.decode_row(conn, body, None)
            if modality == "embed":
                text = _by_reference(text)
            base_id = base_of(conn, frame_id, modality)
            base_text = bodies.load_text(conn, base_id, cache) if base_id else None
            new_body, base = bodies.encode(text, base_id, base_text)
            conn.execute(
                "UPDATE records SET body = ?, base = ? WHERE sample_id = ?", (new_body, base, sample_id)
            )
            cache.put(sample_id, text)


def _by_reference(text: str) -> str:
    """An embed record as today's stage writes it: each vector replaced by its text's sha256."""
    rec = json.loads(text)
    rec["emb_vectors"] = [embed.text_ref(item["text"]) for item in rec["output_json"]["items"]]
    rec["output_json"]["encoding"] = embed.ENCODING
    return canonical_json(rec)
