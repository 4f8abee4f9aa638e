"""The landscape: the spans' joint embeddings with a neighbourhood index (sqlite-vec, cosine) and a
manifest that pins the dataset version, model versions, prompt template, decoder settings and embedding
normalisation, each hashed. Rebuilding from the same evidence and records reproduces the manifest hash."""

from __future__ import annotations

import numpy as np

from autocapture.config import Config
from autocapture.hashing import canonical_hash, canonical_json, sha256_hex
from autocapture.stages import vlm
from autocapture.state import tape
from autocapture.state.build import span_matrix
from autocapture.state.statedb import StateDB
from autocapture.store.derived import DerivedStore, load_record

NEIGHBOURS = 5


def _models(store: DerivedStore) -> dict:
    out = {}
    for modality, sample_id in store.conn.execute(
        "SELECT modality, min(sample_id) FROM records GROUP BY modality ORDER BY modality"
    ).fetchall():
        rec = load_record(store.conn, sample_id)
        out[modality] = {
            "model_id": rec["model_id"],
            "model_digest": rec["provenance"]["model_digest"],
            "engine_version": rec["provenance"]["engine_version"],
        }
    return out


def rebuild(config: Config, store: DerivedStore, state: StateDB) -> dict:
    ids, emb = span_matrix(state)
    dim = emb.shape[1] if len(ids) else 0
    with state.tx():
        state.conn.execute("DROP TABLE IF EXISTS landscape_vec")
        neighbours: dict[str, list[str]] = {}
        if ids:
            state.conn.execute(
                f"CREATE VIRTUAL TABLE landscape_vec USING vec0(embedding float[{dim}] "
                "distance_metric=cosine)"
            )
            for i, v in enumerate(emb):
                state.conn.execute(
                    "INSERT INTO landscape_vec (rowid, embedding) VALUES (?, ?)", (i + 1, v.tobytes())
                )
            for i, v in enumerate(emb):
                rows = state.conn.execute(
                    "SELECT rowid, distance FROM landscape_vec WHERE embedding MATCH ? AND k = ? "
                    "ORDER BY distance",
                    (v.tobytes(), NEIGHBOURS + 1),
                ).fetchall()
                rows = sorted(
                    rows, key=lambda r: (round(r[1], 6), r[0])
                )  # ties broken the same way every time
                neighbours[ids[i]] = [ids[r[0] - 1] for r in rows if r[0] - 1 != i][:NEIGHBOURS]
    frames = store.conn.execute(
        "SELECT record_id, content_hash FROM frames ORDER BY ts_utc, record_id"
    ).fetchall()
    manifest = {
        "dataset": {
            "frames": len(frames),
            "first_frame": frames[0][0] if frames else None,
            "last_frame": frames[-1][0] if frames else None,
            "evidence_sha256": sha256_hex("\n".join(f"{r} {h}" for r, h in frames)),
            "records_sha256": sha256_hex(
                "\n".join(
                    r[0] for r in store.conn.execute("SELECT provenance_hash FROM records ORDER BY sample_id")
                )
            ),
        },
        "models": _models(store),
        "prompt_templates": {"vlm": vlm.PROMPT_HASH},
        "decoder": {
            "vlm": {
                "do_sample": False,
                "max_new_tokens": config["processing.vlm.max_new_tokens"],
                "max_pixels": config["processing.vlm.max_pixels"],
            }
        },
        "embedding": {
            "normalisation": "l2 per part, weighted concat, l2",
            "weights": tape.WEIGHTS,
            "visual": {"thumb": list(tape.THUMB), "dim": tape.VISUAL_DIM, "seed": 7},
            "context_dim": tape.CONTEXT_DIM,
            "dim": int(dim),
        },
        "spans": {
            "count": len(ids),
            "sha256": sha256_hex(emb.astype("<f4").tobytes() + "\n".join(ids).encode()),
        },
        "neighbourhood": {
            "index": "sqlite-vec cosine",
            "k": NEIGHBOURS,
            "sha256": canonical_hash(neighbours),
        },
    }
    manifest_hash = canonical_hash(manifest)
    (state.dir / "landscape.json").write_text(
        canonical_json({"manifest": manifest, "manifest_hash": manifest_hash})
    )
    return {"manifest_hash": manifest_hash, "spans": len(ids), "manifest": manifest, "neighbours": neighbours}


def neighbours_of(state: StateDB, span_id: str, k: int = NEIGHBOURS) -> list[tuple[str, float]]:
    ids, emb = span_matrix(state)
    if span_id not in ids:
        return []
    v = emb[ids.index(span_id)]
    order = np.argsort(-(emb @ v), kind="stable")
    return [(ids[j], float(emb[j] @ v)) for j in order if ids[j] != span_id][:k]
