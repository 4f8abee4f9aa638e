"""Build (or extend) the state tape from what processing stored: frames, OCR change metrics, embeddings,
VLM output, input summaries and one keyframe image per span."""

from __future__ import annotations

import json
from datetime import datetime

import numpy as np

from autocapture.dataroot.reader import DataRoot
from autocapture.dataroot.records import INPUT, parse_frame, parse_input_summary
from autocapture.stages.embed import encode_vector
from autocapture.state import tape
from autocapture.state.statedb import StateDB
from autocapture.store.bodies import TextCache
from autocapture.store.derived import DerivedStore, frame_records, record_json, vectors_by_ref


def _frames(store: DerivedStore) -> list[dict]:
    rows = store.conn.execute(
        "SELECT f.record_id, f.ts_utc, f.app, f.title, r.body, r.base FROM frames f JOIN records r ON r.sample_id = "
        "f.record_id || '#ocr' ORDER BY f.ts_utc, f.record_id"
    ).fetchall()
    out = []
    cache = TextCache()
    for rid, ts, app, title, body, base in rows:
        text = record_json(store.conn, body, base, cache)
        cache.put(rid + "#ocr", text)
        metrics = json.loads(text)["metrics"]
        out.append(
            {
                "record_id": rid,
                "ts": datetime.fromisoformat(ts),
                "app": app,
                "title": title,
                "change_fraction": metrics.get("changed_fraction", 1.0)
                if metrics.get("reused_from")
                else 1.0,
            }
        )
    return out


def build_tape(dr: DataRoot, store: DerivedStore, state: StateDB) -> dict:
    frames = _frames(store)
    spans = tape.segment(frames)
    inputs = dr.parsed(INPUT, parse_input_summary)
    existing = {r[0] for r in state.live_spans()}
    described = []
    for i, span in enumerate(spans):
        end = spans[i + 1].frames[0]["ts"] if i + 1 < len(spans) else span.frames[-1]["ts"]
        start = span.frames[0]["ts"]
        keys = sum(s.keys for s in inputs if start <= s.start_utc < end)
        mouse = sum(s.mouse for s in inputs if start <= s.start_utc < end)
        ids = [f["record_id"] for f in span.frames]
        records = [
            json.loads(text)
            for sid, text in sorted(r for i in ids for r in frame_records(store.conn, i, ("embed", "vlm")))
        ]
        for r in records:  # the vectors themselves, from the store (records hold their texts' sha256)
            if r["modality"] == "embed":
                r["emb_vectors"] = [encode_vector(v) for v in vectors_by_ref(store.conn, r)]
        texts = [
            item["text"]
            for r in records
            if r["modality"] == "embed"
            for item in r["output_json"]["items"]
            if item["kind"] == "line"
        ]
        vlm = [r["output_json"] for r in records if r["modality"] == "vlm" and r["output_json"].get("parsed")]
        image = dr.media.load_frame(parse_frame(dr.record(ids[0]))).image
        described.append(
            tape.describe(
                span,
                ["\n".join(texts)],
                vlm,
                keys,
                mouse,
                tape.mean_text_vector([r for r in records if r["modality"] == "embed"]),
                image,
                end,
            )
        )
    new = [d for d in described if d["span_id"] not in existing]
    live_ids = {d["span_id"] for d in described}
    with state.tx():
        seq = state.conn.execute("SELECT max(seq) FROM spans").fetchone()[0] or 0
        for d in new:
            seq += 1
            state.conn.execute(
                "INSERT INTO spans VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)",
                (
                    d["span_id"],
                    seq,
                    d["start_utc"],
                    d["end_utc"],
                    d["app"],
                    d["title"],
                    len(d["frame_ids"]),
                    d["keys"],
                    d["mouse"],
                    json.dumps(d["entities"]),
                    d["summary"],
                    d["embedding"].astype("<f4").tobytes(),
                    tape.span_body(d),
                ),
            )
            for fid in d["frame_ids"]:
                state.conn.execute("INSERT OR IGNORE INTO span_frames VALUES (?, ?)", (d["span_id"], fid))
        # a span that grew (the sidecar kept capturing the same window) is superseded by its longer self
        for old in existing - live_ids:
            frames_of = {
                r[0] for r in state.conn.execute("SELECT frame_id FROM span_frames WHERE span_id = ?", (old,))
            }
            successor = next((d["span_id"] for d in described if frames_of <= set(d["frame_ids"])), None)
            state.conn.execute(
                "UPDATE spans SET superseded_by = ? WHERE span_id = ?", (successor or "removed", old)
            )
        for a, b in zip(described, described[1:]):
            delta = (b["embedding"] - a["embedding"]).astype("<f4").tobytes()
            state.conn.execute(
                "INSERT OR IGNORE INTO edges VALUES (?, ?, ?, NULL, '')", (a["span_id"], b["span_id"], delta)
            )
    return {"spans": len(described), "new_spans": len(new)}


def span_matrix(state: StateDB) -> tuple[list[str], np.ndarray]:
    rows = state.live_spans()
    return [r[0] for r in rows], np.stack(
        [np.frombuffer(r[7], dtype="<f4") for r in rows]
    ) if rows else np.zeros((0, 0))
