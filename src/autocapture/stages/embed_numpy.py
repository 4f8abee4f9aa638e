"""The question's embedding without torch: the same MiniLM (a BERT sentence-transformers folder: mean pooling,
normalised) run in numpy from its safetensors, tokenised with the `tokenizers` library. A cold
`autocapture query` then never imports torch (seconds); vectors match the torch embedder to ~1e-6.

Why numpy and not an ONNX export: the model folder already holds everything needed (no export step at
processing time, no `onnx` package, no file to keep in sync), and a 6-layer, 384-wide encoder over one
question costs a few milliseconds either way. Folders this does not understand fall back to torch."""

from __future__ import annotations

import functools
import json
import math
import threading
from pathlib import Path

import numpy as np

from autocapture.config import Config
from autocapture.hashing import sha256_hex
from autocapture.runtime.policy import Permissions

_LOADED: dict[str, object] = {}  # one loaded encoder per model folder and process (the web app asks many)
_LOCK = threading.Lock()


class Unsupported(ValueError):
    """The folder is not a BERT sentence-transformers model with mean pooling: use the torch embedder."""


def _erf(x: np.ndarray) -> np.ndarray:
    """erf to within 1.2e-7 (Numerical Recipes' erfc Chebyshev fit): numpy has no erf, and importing scipy
    for one function would cost more than the whole forward pass."""
    z = np.abs(x)
    t = 1.0 / (1.0 + 0.5 * z)
    poly = (
        -z * z
        - 1.26551223
        + t
        * (
            1.00002368
            + t
            * (
                0.37409196
                + t
                * (
                    0.09678418
                    + t
                    * (
                        -0.18628806
                        + t
                        * (
                            0.27886807
                            + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))
                        )
                    )
                )
            )
        )
    )
    r = 1.0 - t * np.exp(poly)
    return np.where(x >= 0, r, -r)


def _layer_norm(x: np.ndarray, w: np.ndarray, b: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * w + b


class NumpyMiniLM:
    """A BERT encoder (post-LayerNorm, GELU) with sentence-transformers' mean pooling and normalisation."""

    name = "embed.minilm"

    def __init__(self, path: Path):
        from safetensors import safe_open
        from tokenizers import Tokenizer

        from autocapture.stages.embed import verify_model

        # the same pinned sha256 as the torch embedder: a replaced file is never loaded
        pinned = verify_model(path)
        cfg, modules = self._read_json(path / "config.json"), self._read_json(path / "modules.json")
        kinds = [m.get("type", "") for m in modules]
        pooling = self._read_json(path / "1_Pooling" / "config.json") if (path / "1_Pooling").is_dir() else {}
        if (
            cfg.get("model_type") != "bert"
            or cfg.get("hidden_act") != "gelu"
            or cfg.get("position_embedding_type", "absolute") != "absolute"
            or not pooling.get("pooling_mode_mean_tokens")
            or any(
                pooling.get(k)
                for k in (
                    "pooling_mode_cls_token",
                    "pooling_mode_max_tokens",
                    "pooling_mode_mean_sqrt_len_tokens",
                )
            )
            or not any(k.endswith("Normalize") for k in kinds)
            or len(kinds) != 3
        ):
            raise Unsupported(f"{path} is not a BERT mean-pooling sentence-transformers model")
        st_file = path / "sentence_bert_config.json"
        st = self._read_json(st_file) if st_file.is_file() else {}
        self.max_len = min(int(st.get("max_seq_length", 512)), int(cfg["max_position_embeddings"]))
        self.heads, self.eps = int(cfg["num_attention_heads"]), float(cfg["layer_norm_eps"])
        self.layers = int(cfg["num_hidden_layers"])
        self.tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        self.tokenizer.enable_truncation(self.max_len)
        self.tokenizer.no_padding()
        weights = sorted(path.glob("*.safetensors"))
        if len(weights) != 1:
            raise Unsupported(f"{path}: one .safetensors file expected")
        with safe_open(str(weights[0]), framework="np") as f:
            prefix = "bert." if "bert.embeddings.word_embeddings.weight" in f.keys() else ""
            self.w = {
                k[len(prefix) :]: f.get_tensor(k).astype(np.float32) for k in f.keys() if k.startswith(prefix)
            }
        self.dim = int(cfg["hidden_size"])
        # the same identity as the torch embedder's records: the same weights give the same vectors (to ~1e-6)
        self.model_digest = sha256_hex(
            (
                pinned.get(weights[0].relative_to(path).as_posix()) or sha256_hex(weights[0].read_bytes())
            ).encode()
        )
        self.model_id = f"sentence-transformers:{path.name if path.name != 'model' else 'all-MiniLM-L6-v2'}"
        self.version = f"numpy {np.__version__} MiniLM encoder (autocapture.stages.embed_numpy)"
        self.permissions = Permissions(filesystem=(str(path),))
        # linear layers as (in, out) once, so each call is a plain x @ W
        for i in range(self.layers):
            for part in (
                "attention.self.query",
                "attention.self.key",
                "attention.self.value",
                "attention.output.dense",
                "intermediate.dense",
                "output.dense",
            ):
                key = f"encoder.layer.{i}.{part}.weight"
                self.w[key] = np.ascontiguousarray(self.w[key].T)

    @functools.cached_property
    def exact_batches(self) -> bool:
        """Is run(texts)[i] bit for bit run([texts[i]])[0]? There is no padding and every layer but attention
        (per text) works row by row, so it is when the BLAS sums each row of a matrix product in one order
        whatever the other rows; OpenBLAS does from two rows up (a text has two tokens at least). Checked
        once on this machine's BLAS before anything relies on it: with a build that did not, a stored vector
        would depend on the texts that shared its pass, so texts then go one by one (embed.embed_each)."""
        probe = [
            "Total: $1,284.50",
            "x",
            "Note 12: invoice approval 4821 - Dana Whitfield <dana@northwind.com>",
        ]
        together = self.run(probe)
        return all(np.array_equal(self.run([text])[0], vector) for text, vector in zip(probe, together))

    @staticmethod
    def _read_json(p: Path):
        try:
            return json.loads(p.read_text())
        except (OSError, ValueError) as exc:
            raise Unsupported(f"cannot read {p}: {exc}") from exc

    def _encode(self, texts_ids: list[list[int]]) -> np.ndarray:
        """Texts unpadded, their tokens stacked into one matrix for the linear layers (which read the
        weights once for all texts instead of once per text: the cost at a frame's few short lines is
        reading 90 MB of weights, not arithmetic), attention and pooling per text. With no padding there is
        no mask: each text's vector is what it is alone and what torch gives (tests/test_embed_numpy.py
        checks both, bit for bit and to 1e-6)."""
        w = self.w
        spans, at = [], 0
        for ids in texts_ids:
            spans.append((at, at + len(ids)))
            at += len(ids)
        positions = np.concatenate([np.arange(len(ids)) for ids in texts_ids])
        x = (
            w["embeddings.word_embeddings.weight"][np.concatenate(texts_ids)]
            + w["embeddings.position_embeddings.weight"][positions]
            + w["embeddings.token_type_embeddings.weight"][0]
        )
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"], self.eps)
        dh = self.dim // self.heads
        for i in range(self.layers):
            p = f"encoder.layer.{i}."

            def lin(h, name, p=p):
                return h @ w[p + name + ".weight"] + w[p + name + ".bias"]

            q, k, v = (lin(x, "attention.self." + s) for s in ("query", "key", "value"))
            ctx = np.empty_like(q)
            for a, b in spans:
                n = b - a
                qh, kh, vh = (m[a:b].reshape(n, self.heads, dh).transpose(1, 0, 2) for m in (q, k, v))
                scores = qh @ kh.transpose(0, 2, 1) / math.sqrt(dh)
                scores = np.exp(scores - scores.max(-1, keepdims=True))
                ctx[a:b] = (
                    ((scores / scores.sum(-1, keepdims=True)) @ vh).transpose(1, 0, 2).reshape(n, self.dim)
                )
            attn = lin(ctx, "attention.output.dense")
            x = _layer_norm(
                x + attn,
                w[p + "attention.output.LayerNorm.weight"],
                w[p + "attention.output.LayerNorm.bias"],
                self.eps,
            )
            h = lin(x, "intermediate.dense")
            h = 0.5 * h * (1.0 + _erf(h / math.sqrt(2.0)))
            x = _layer_norm(
                x + lin(h, "output.dense"),
                w[p + "output.LayerNorm.weight"],
                w[p + "output.LayerNorm.bias"],
                self.eps,
            )
        pooled = [x[a:b].mean(0) for a, b in spans]
        return np.stack([v / max(float(np.linalg.norm(v)), 1e-12) for v in pooled])

    def run(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        encodings = self.tokenizer.encode_batch(list(texts))
        return self._encode([e.ids for e in encodings]).astype(np.float32)

    def close(self) -> None:
        self.w = {}


def question_embedder(config: Config):
    """The encoder for questions: numpy when the model folder allows it, else the torch embedder (loaded
    once per process either way). Both pass the policy check for `embed.minilm` first."""
    from autocapture.stages.embed import model_path
    from autocapture.stages.engine import check_policy, load_engine

    key = str(config["models.embed_path"] or "")
    with _LOCK:
        if key not in _LOADED:
            check_policy("embed.minilm", config)
            try:
                _LOADED[key] = NumpyMiniLM(model_path(config))
            except Unsupported:
                _LOADED[key] = load_engine("embed.minilm", config)
        return _LOADED[key]
