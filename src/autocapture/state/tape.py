"""The state tape: the timeline cut into spans (same app and window, similar content; a new span on a
window change, a large content change or a long gap), each with its frames, app, title, top entities,
summary and a joint embedding.

Joint embedding (all parts L2-normalised, then weighted, concatenated and normalised again):
  text    (w=0.70) mean of the MiniLM vectors of the span's screen lines and VLM text;
  visual  (w=0.20) the keyframe as a 32x18 grey thumbnail, centred, projected to 64 dims by a fixed
                   seeded Gaussian matrix (a cheap, deterministic layout signature);
  context (w=0.10) the app hashed into 16 buckets, log duration, key and mouse rates.
Edges between consecutive spans carry the delta embedding and, once a predictor is promoted, its error."""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from datetime import datetime

import numpy as np
from PIL import Image

from autocapture.hashing import canonical_json, sha256_hex
from autocapture.stages.embed import decode_vector

WEIGHTS = {"text": 0.70, "visual": 0.20, "context": 0.10}
THUMB = (32, 18)
VISUAL_DIM, CONTEXT_DIM, APP_BUCKETS = 64, 20, 16
SPLIT_CHANGE = 0.50  # share of tiles changed that starts a new span within one window
SPLIT_GAP_S = 300.0  # a gap this long between frames starts a new span
ENTITY = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[$€£]\s?\d[\d,]*(?:\.\d{2})?|\b[A-Z]{2,}-\d[\w-]*\d\b")


def _unit(v: np.ndarray) -> np.ndarray:
    n = float(np.linalg.norm(v))
    return (v / n).astype(np.float32) if n > 0 else v.astype(np.float32)


def projection(rows: int, cols: int, seed: int = 7) -> np.ndarray:
    return np.random.default_rng(seed).standard_normal((rows, cols)).astype(np.float32) / math.sqrt(cols)


def visual_embedding(image: Image.Image) -> np.ndarray:
    thumb = (
        np.asarray(image.convert("L").resize(THUMB, Image.Resampling.BILINEAR), dtype=np.float32).ravel()
        / 255.0
    )
    return _unit(projection(VISUAL_DIM, thumb.size) @ (thumb - thumb.mean()))


def context_embedding(app: str | None, seconds: float, keys: int, mouse: int) -> np.ndarray:
    v = np.zeros(CONTEXT_DIM, dtype=np.float32)
    v[int(sha256_hex(app or "?")[:8], 16) % APP_BUCKETS] = 1.0
    minutes = max(seconds, 1.0) / 60
    v[APP_BUCKETS:] = [
        math.log1p(seconds) / 8,
        min(keys / minutes / 100, 1.0),
        min(mouse / minutes / 50, 1.0),
        0.0,
    ]
    return _unit(v)


def joint(text: np.ndarray, visual: np.ndarray, context: np.ndarray) -> np.ndarray:
    return _unit(
        np.concatenate(
            [
                WEIGHTS["text"] * _unit(text),
                WEIGHTS["visual"] * _unit(visual),
                WEIGHTS["context"] * _unit(context),
            ]
        )
    )


@dataclass
class Span:
    frames: list[dict] = field(default_factory=list)  # frame rows: record_id, ts, app, title, change

    @property
    def span_id(self) -> str:
        return "span:" + sha256_hex("\n".join(f["record_id"] for f in self.frames))[:20]


def segment(frames: list[dict]) -> list[Span]:
    """frames: in time order, each {record_id, ts (datetime), app, title, change_fraction}."""
    spans: list[Span] = []
    for f in frames:
        last = spans[-1].frames[-1] if spans else None
        new = (
            last is None
            or (f["app"], f["title"]) != (last["app"], last["title"])
            or f["change_fraction"] >= SPLIT_CHANGE
            or (f["ts"] - last["ts"]).total_seconds() > SPLIT_GAP_S
        )
        if new:
            spans.append(Span())
        spans[-1].frames.append(f)
    return spans


def describe(
    span: Span,
    texts: list[str],
    vlm: list[dict],
    keys: int,
    mouse: int,
    text_vec: np.ndarray,
    keyframe_image: Image.Image,
    end: datetime,
) -> dict:
    """Everything stored about one span; `end` is when the next span starts (or its last frame)."""
    first = span.frames[0]
    counts: dict[str, int] = {}
    for t in texts:
        for m in ENTITY.findall(t):
            counts[m] = counts.get(m, 0) + 1
    entities = [e for e, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))][:10]
    for out in vlm:
        entities += [e for e in out.get("entities", []) if e not in entities][:5]
    lines = [t for t in dict.fromkeys(" ".join(texts).split("\n")) if len(t) > 12][:5]
    summary = " | ".join(
        [first["title"] or first["app"] or "?"]
        + [o["description"] for o in vlm if o.get("description")]
        + lines
    )
    seconds = (end - first["ts"]).total_seconds()
    emb = joint(
        text_vec, visual_embedding(keyframe_image), context_embedding(first["app"], seconds, keys, mouse)
    )
    return {
        "span_id": span.span_id,
        "start_utc": first["ts"].isoformat(),
        "end_utc": end.isoformat(),
        "app": first["app"],
        "title": first["title"],
        "frame_ids": [f["record_id"] for f in span.frames],
        "keys": keys,
        "mouse": mouse,
        "entities": entities,
        "summary": summary[:1000],
        "embedding": emb,
        "weights": WEIGHTS,
    }


def span_body(d: dict) -> str:
    return canonical_json(
        {k: v for k, v in d.items() if k != "embedding"}
        | {"embedding_sha256": sha256_hex(d["embedding"].astype("<f4").tobytes())}
    )


def mean_text_vector(embed_records: list[dict]) -> np.ndarray:
    vecs = [
        decode_vector(v)
        for rec in embed_records
        for v, item in zip(rec["emb_vectors"], rec["output_json"]["items"])
        if item["kind"] in ("line", "vlm")
    ]
    return _unit(np.mean(vecs, axis=0)) if vecs else np.zeros(384, dtype=np.float32)


def load_json(text: str) -> dict:
    return json.loads(text)
