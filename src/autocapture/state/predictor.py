"""The JEPA-style predictor: from the previous k spans' joint embeddings, predict the next span's embedding
in latent space (a cosine objective against the fixed encoder's target; no pixel reconstruction). Trained
on the CPU, seeded and deterministic; each training run is a versioned artifact with its metrics against
the copy-last baseline."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass

import numpy as np

from autocapture.hashing import canonical_hash, canonical_json, sha256_hex

HYPER = {"k": 2, "hidden": 128, "epochs": 300, "lr": 0.003, "weight_decay": 0.0001, "seed": 0, "hit_k": 3}


def examples(embeddings: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    xs = [np.concatenate(embeddings[i - k : i]) for i in range(k, len(embeddings))]
    ys = [embeddings[i] for i in range(k, len(embeddings))]
    return np.stack(xs), np.stack(ys)


def _model(dim: int, hyper: dict):
    import torch

    torch.manual_seed(hyper["seed"])
    return torch.nn.Sequential(
        torch.nn.Linear(dim * hyper["k"], hyper["hidden"]),
        torch.nn.GELU(),
        torch.nn.Linear(hyper["hidden"], dim),
    )


def _metrics(
    pred: np.ndarray, x: np.ndarray, y: np.ndarray, candidates: np.ndarray, dim: int, hit_k: int
) -> dict:
    unit = lambda a: a / np.maximum(np.linalg.norm(a, axis=1, keepdims=True), 1e-12)  # noqa: E731
    pred, last = unit(pred), unit(x[:, -dim:])
    loss = max(0.0, float(np.mean(1 - np.sum(pred * y, axis=1))))
    base = max(0.0, float(np.mean(1 - np.sum(last * y, axis=1))))
    hits = 0
    for p, target in zip(pred, y):
        order = np.argsort(-(candidates @ p), kind="stable")[:hit_k]
        hits += any(np.allclose(candidates[j], target) for j in order)
    return {
        "loss": round(loss, 6),
        "baseline_copy_last_loss": round(base, 6),
        f"hit@{hit_k}": round(hits / len(y), 4),
        "examples": int(len(y)),
        "beats_baseline": loss < base,
    }


@dataclass
class TrainedRun:
    run_id: str
    weights: dict  # name -> numpy array
    info: dict


def train(span_ids: list[str], embeddings: np.ndarray, hyper: dict | None = None) -> TrainedRun:
    import torch

    hyper = {**HYPER, **(hyper or {})}
    k = hyper["k"]
    if len(embeddings) < k + 2:
        raise ValueError(f"need at least {k + 2} spans to train, have {len(embeddings)}")
    torch.use_deterministic_algorithms(True)
    torch.set_num_threads(1)
    dim = embeddings.shape[1]
    x_all, y_all = examples(embeddings, k)
    held = max(1, len(x_all) // 4)  # the latest transitions are held out: the metrics that count are on them
    x, y = x_all[:-held], y_all[:-held]
    model = _model(dim, hyper)
    opt = torch.optim.AdamW(model.parameters(), lr=hyper["lr"], weight_decay=hyper["weight_decay"])
    tx, ty = torch.from_numpy(x), torch.from_numpy(y)
    for _ in range(hyper["epochs"]):
        opt.zero_grad()
        pred = torch.nn.functional.normalize(model(tx), dim=1)
        loss = (1 - (pred * ty).sum(dim=1)).mean()
        loss.backward()
        opt.step()
    with torch.no_grad():
        pred_train = model(tx).numpy()
        pred_held = model(torch.from_numpy(x_all[-held:])).numpy()
    weights = {name: p.detach().numpy().copy() for name, p in model.state_dict().items()}
    digest = sha256_hex(
        b"".join(name.encode() + w.astype("<f4").tobytes() for name, w in sorted(weights.items()))
    )
    data = {
        "spans": len(span_ids),
        "first_span": span_ids[0],
        "last_span": span_ids[-1],
        "data_sha256": sha256_hex(embeddings.astype("<f4").tobytes() + "\n".join(span_ids).encode()),
    }
    info = {
        "hyper": hyper,
        "data": data,
        "dim": dim,
        "weights_sha256": digest,
        "metrics": {
            **_metrics(pred_held, x_all[-held:], y_all[-held:], embeddings, dim, hyper["hit_k"]),
            "split": "chronological; metrics on the held-out latest transitions",
            "train": _metrics(pred_train, x, y, embeddings, dim, hyper["hit_k"]),
        },
        "objective": "1 - cos(predicted, next span embedding); target from the fixed encoder (stop-gradient)",
    }
    run_id = "jepa-" + canonical_hash({"data": data, "hyper": hyper, "weights": digest})[:12]
    return TrainedRun(run_id, weights, info)


def predict(weights: dict, hyper: dict, history: np.ndarray) -> np.ndarray:
    """Next-span embedding from the last k embeddings, with plain numpy (no torch needed to use a run)."""
    h = np.concatenate(history[-hyper["k"] :]) @ weights["0.weight"].T + weights["0.bias"]
    h = 0.5 * h * (1 + np.vectorize(math.erf)(h / np.sqrt(2)))  # GELU, as torch computes it
    out = h @ weights["2.weight"].T + weights["2.bias"]
    return out / max(float(np.linalg.norm(out)), 1e-12)


def save_weights(path, weights: dict) -> None:
    from safetensors.numpy import save_file

    save_file({k: np.ascontiguousarray(v, dtype=np.float32) for k, v in weights.items()}, str(path))


def load_weights(path) -> dict:
    from safetensors.numpy import load_file

    return load_file(str(path))


def run_json(info: dict) -> str:
    return canonical_json(info)


def load_info(text: str) -> dict:
    return json.loads(text)
