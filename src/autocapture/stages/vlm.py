"""VLM stage: a screen description plus structured fields (app, task, key entities) for keyframes.
Two engines: Qwen2-VL through transformers, loaded offline from models.vlm_path, and any
OpenAI-compatible server on localhost (vLLM, llama.cpp server, Ollama). Greedy decoding, pinned prompt."""

from __future__ import annotations

import base64
import io
import json
import logging
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

from PIL import Image

from autocapture.config import Config
from autocapture.hashing import canonical_hash, sha256_hex
from autocapture.runtime.netguard import is_loopback
from autocapture.runtime.policy import Permissions
from autocapture.stages.engine import StageUnavailable

PROMPT = (
    "You are looking at one screenshot of a computer screen. Reply with JSON only, no prose, with keys: "
    '"description" (two sentences on what is on screen), "app" (the application), "task" (what the user is '
    'doing), "entities" (a list of the key names, numbers, ids, amounts and subjects visible).'
)
PROMPT_HASH = sha256_hex(PROMPT)
log = logging.getLogger("autocapture.vlm")
REQUIRED_FILES = ("config.json", "preprocessor_config.json")
MAX_BATCH = (
    64  # keyframes/s grows slowly past this (H100: 8.95/s at 32, 10.9/s at 64; bench/results/vlm-h100.txt)
)
PROMPT_TOKENS = (
    120  # the chat template and PROMPT around the image, in tokens (about 95 with Qwen's tokenizer)
)
TOKENIZER_FILES = ("tokenizer.json", "vocab.json")


def parse_answer(text: str) -> tuple[dict | None, str | None]:
    """The JSON object in the model's answer (fences and prose around it tolerated), or why not."""
    start, end = text.find("{"), text.rfind("}")
    if start < 0 or end <= start:
        return None, "no JSON object in the answer"
    try:
        obj = json.loads(text[start : end + 1])
    except ValueError as exc:
        return None, f"invalid JSON: {str(exc)[:80]}"
    if not isinstance(obj, dict):
        return None, "answer is not a JSON object"
    return obj, None


def answer_output(text: str) -> dict:
    parsed, error = parse_answer(text)
    fields = parsed or {}
    entities = fields.get("entities") if isinstance(fields.get("entities"), list) else []
    return {
        "text": text,
        "parsed": parsed,
        "parse_error": error,
        "description": str(fields.get("description", "")) if parsed else "",
        "app": str(fields.get("app", "")) if parsed else "",
        "task": str(fields.get("task", "")) if parsed else "",
        "entities": [str(e) for e in entities][:50],
    }


# --- local Qwen2-VL ------------------------------------------------------------------------------
def check_model_dir(path: Path) -> None:
    if not path.is_dir():
        raise StageUnavailable("vlm", f"models.vlm_path {path} is not a folder")
    missing = [f for f in REQUIRED_FILES if not (path / f).is_file()]
    if not any((path / f).is_file() for f in TOKENIZER_FILES):
        missing.append("tokenizer.json")
    if not list(path.glob("*.safetensors")):
        missing.append("*.safetensors weights")
    if missing:
        raise StageUnavailable(
            "vlm",
            f"models.vlm_path {path} is incomplete: missing {', '.join(missing)}; copy the "
            "whole Qwen2-VL-2B-Instruct folder there",
        )


def model_digest(path: Path) -> str:
    """Config and tokenizer hashed whole; weight files by size plus their first and last MiB (hashing
    gigabytes at every start would cost seconds)."""
    parts = {}
    for f in sorted(path.iterdir()):
        if f.suffix == ".json":
            parts[f.name] = sha256_hex(f.read_bytes())
        elif f.suffix == ".safetensors":
            with open(f, "rb") as fh:
                head = fh.read(1 << 20)
                fh.seek(max(0, f.stat().st_size - (1 << 20)))
                parts[f.name] = f"{f.stat().st_size}:{sha256_hex(head + fh.read())}"
    return canonical_hash(parts)


def gpu_present() -> bool:
    """Whether a CUDA GPU is visible, asked of the driver (nvidia-smi) so the parent need not import torch."""
    import shutil
    import subprocess

    smi = shutil.which("nvidia-smi")
    if not smi:
        return False
    try:
        out = subprocess.run([smi, "-L"], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return False
    return out.returncode == 0 and "GPU" in out.stdout


def choose_device(wanted: str, allow_gpu: bool) -> str:
    import importlib.util

    if importlib.util.find_spec("torch") is None:
        raise StageUnavailable(
            "vlm", "torch is not installed: pip install torch==2.13.0 (CPU) or a CUDA build"
        )
    has_gpu = gpu_present()
    if wanted == "cuda":
        if not has_gpu:
            raise StageUnavailable("vlm", "processing.vlm.device=cuda but no CUDA GPU is visible to torch")
        if not allow_gpu:
            raise StageUnavailable("vlm", "processing.vlm.device=cuda but policy.allow_gpu=false")
        return "cuda"
    return "cuda" if wanted == "auto" and has_gpu and allow_gpu else "cpu"


class QwenVL:
    """A Qwen2-VL model loaded once per process. Inputs are built with its image processor (the PIL one:
    torchvision is not required) and its tokenizer directly, not AutoProcessor. Keyframes go through
    `generate` in batches on a GPU (prompts padded on the left, a static KV cache); on CPU one at a time."""

    name = "vlm.qwen2vl"

    def __init__(self, path: Path, device: str, max_new_tokens: int, max_pixels: int):
        check_model_dir(path)
        torch, transformers = _import_transformers()
        from transformers import AutoTokenizer, Qwen2VLForConditionalGeneration
        from transformers.models.qwen2_vl.image_processing_pil_qwen2_vl import Qwen2VLImageProcessorPil

        dtype = torch.bfloat16 if device == "cuda" else torch.float32
        model = Qwen2VLForConditionalGeneration.from_pretrained(path, local_files_only=True, dtype=dtype)
        self._setup(
            model.to(device),
            AutoTokenizer.from_pretrained(path, local_files_only=True),
            Qwen2VLImageProcessorPil.from_pretrained(path, local_files_only=True),
            device,
            max_new_tokens,
            max_pixels,
        )
        self.version = f"transformers {transformers.__version__}; torch {torch.__version__}; {device}"
        self.model_digest = model_digest(path)
        self.model_id = f"qwen2-vl:{path.name}"
        self.permissions = Permissions(filesystem=(str(path),), gpu=device == "cuda")

    @classmethod
    def from_parts(cls, model, tokenizer, image_processor, device: str, max_new_tokens: int, max_pixels: int):
        """An engine around a model already in memory (bench/vlm.py's random-weight 2B model)."""
        torch, transformers = _import_transformers()
        engine = cls.__new__(cls)
        engine._setup(model, tokenizer, image_processor, device, max_new_tokens, max_pixels)
        engine.version = f"transformers {transformers.__version__}; torch {torch.__version__}; {device}"
        engine.model_digest, engine.model_id = "in-memory", "qwen2-vl:in-memory"
        engine.permissions = Permissions(gpu=device == "cuda")
        return engine

    def _setup(self, model, tokenizer, image_processor, device, max_new_tokens, max_pixels) -> None:
        import torch

        self.torch, self.device, self.max_new_tokens, self.max_pixels = (
            torch,
            device,
            max_new_tokens,
            max_pixels,
        )
        self.model, self.tokenizer, self.image_processor = model.eval(), tokenizer, image_processor
        self.merge = self.model.config.vision_config.spatial_merge_size
        self._batch_sizes: dict[tuple[int, int], int] = {}
        # the static cache lets generate compile the decoding step (CUDA graphs): issue 17 measured 4x at batch 32
        self.static_cache = device == "cuda"
        self.gpu_pixels = device == "cuda"
        self.compile = True  # let generate compile the static-cache decoding step (bench/vlm.py --no-compile)
        self.attention = "sdpa"
        if device == "cuda":
            try:
                use_gqa_attention(self.model)
                self.attention = GQA_ATTENTION
            except (
                ValueError,
                ImportError,
                AttributeError,
            ) as exc:  # another transformers: its own SDPA path
                self.model.set_attn_implementation("sdpa")
                log.warning("grouped-query decoding attention unavailable: %s", exc)

    def prompt_ids(self, n_image_tokens: int) -> str:
        return (
            "<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n<|im_start|>user\n<|vision_start|>"
            + "<|image_pad|>" * n_image_tokens
            + "<|vision_end|>"
            + PROMPT
            + "<|im_end|>\n<|im_start|>assistant\n"
        )

    def image_tokens(self, size: tuple[int, int]) -> int:
        """How many tokens the model sees for an image of this size (after resizing to max_pixels)."""
        from transformers.models.qwen2_vl.image_processing_pil_qwen2_vl import smart_resize

        p = self.image_processor.patch_size * self.merge
        h, w = smart_resize(
            size[1], size[0], factor=p, min_pixels=self._size()["shortest_edge"], max_pixels=self.max_pixels
        )
        return (h // p) * (w // p)

    def batch_size(self, image_size: tuple[int, int] = (1920, 1080)) -> int:
        """Keyframes per `generate` call: 1 on CPU (nothing to gain, and no padding at all); on a GPU as many
        as half the free memory holds, counting each one's KV cache (prompt with image + answer) and the
        vision tower's and prefill's working memory, at most MAX_BATCH."""
        if self.device != "cuda":
            return 1
        if image_size in self._batch_sizes:  # decided once: a changing size would recompile the decoding step
            return self._batch_sizes[image_size]
        text = self.model.config.get_text_config()
        head_dim = getattr(text, "head_dim", None) or text.hidden_size // text.num_attention_heads
        tokens = self.image_tokens(image_size) + PROMPT_TOKENS + self.max_new_tokens
        kv = 2 * text.num_hidden_layers * text.num_key_value_heads * head_dim * 2 * tokens
        vision = (
            self.image_tokens(image_size) * self.merge**2 * self.model.config.vision_config.embed_dim * 2 * 8
        )
        prefill = (tokens - self.max_new_tokens) * text.intermediate_size * 2 * 4
        cuda = self.torch.cuda
        free = (
            cuda.mem_get_info(self.torch.device(self.device))[0]
            + cuda.memory_reserved()
            - cuda.memory_allocated()
        )
        self._batch_sizes[image_size] = max(1, min(MAX_BATCH, int(free * 0.5) // (kv + vision + prefill)))
        return self._batch_sizes[image_size]

    def _size(self) -> dict:
        """The processor's pixel bounds with max_pixels applied (as `size`: transformers 5.17 ignores a
        max_pixels passed without min_pixels)."""
        size = self.image_processor.size
        low = size["shortest_edge"] if "shortest_edge" in size else size.get("min_pixels", 56 * 56)
        return {"shortest_edge": min(int(low), self.max_pixels), "longest_edge": self.max_pixels}

    def features(self, images: list[Image.Image]) -> dict:
        """pixel_values and image_grid_thw for the model. On CPU the processor's own (PIL) code; on a GPU the
        same steps in torch on the device (resize, rescale, normalise, patchify), since the PIL code costs
        ~0.1 s of CPU per 1080p screenshot, as much as the GPU needs to describe it in a batch."""
        if not self.gpu_pixels:
            return self.image_processor(images=list(images), return_tensors="pt", size=self._size())
        return pixels_on_device(images, self.image_processor, self._size(), self.device)

    def run(self, image: Image.Image) -> dict:
        return self.run_batch([image])[0]

    def run_batch(self, images: list[Image.Image], min_new_tokens: int = 0, on_prefill=None) -> list[dict]:
        """Greedy answers for several images in one `generate` call. Prompts of different lengths (images of
        different sizes) are padded on the left; `run_many` groups images by size so that this rarely
        happens. min_new_tokens and on_prefill (called once the first token exists) are for bench/vlm.py."""
        torch = self.torch
        feats = self.features(images)
        prompts = [self.prompt_ids(int(g.prod()) // self.merge**2) for g in feats["image_grid_thw"]]
        enc = self.tokenizer(prompts, return_tensors="pt", padding=True, padding_side="left")
        extra: dict = {"cache_implementation": "static"} if self.static_cache else {}
        if self.static_cache and not self.compile:
            extra["disable_compile"] = True
        if min_new_tokens:
            extra["min_new_tokens"] = min_new_tokens
        if on_prefill is not None:
            extra["logits_processor"] = [_FirstCall(on_prefill)]
        with torch.inference_mode():
            out = self.model.generate(
                input_ids=enc["input_ids"].to(self.device),
                attention_mask=enc["attention_mask"].to(self.device),
                pixel_values=feats["pixel_values"].to(self.device, self.model.dtype),
                image_grid_thw=feats["image_grid_thw"].to(self.device),
                do_sample=False,
                max_new_tokens=self.max_new_tokens,
                pad_token_id=self.tokenizer.pad_token_id,
                **extra,
            )
        new = out[:, enc["input_ids"].shape[1] :].cpu()
        self.last_tokens = new  # the generated ids, for bench/vlm.py's batch-vs-single check
        texts = self.tokenizer.batch_decode(new, skip_special_tokens=True)
        return [answer_output(t) for t in texts]

    def run_many(self, images: list[Image.Image], batch_size: int | None = None) -> list[dict]:
        """Answers for any number of images, in input order: grouped by size (equal prompt lengths, so no
        padding), then cut into batches of batch_size (default: from free GPU memory, 1 on CPU)."""
        by_size: dict[tuple[int, int], list[int]] = {}
        for i, image in enumerate(images):
            by_size.setdefault(image.size, []).append(i)
        out: list = [None] * len(images)
        for size, idx in sorted(by_size.items()):
            n = batch_size or self.batch_size(size)
            for k in range(0, len(idx), n):
                chunk = idx[k : k + n]
                for i, answer in zip(chunk, self.run_batch([images[i] for i in chunk])):
                    out[i] = answer
        return out

    def close(self) -> None:
        del self.model


GQA_ATTENTION = "autocapture_gqa"


def gqa_attention(module, query, key, value, attention_mask, scaling=None, dropout=0.0, **kwargs):
    """Decoding-step attention that reads the KV cache once per KV head. transformers' SDPA path copies K and V
    to every query head (repeat_kv) whenever there is a mask, which a static cache always has: for Qwen2-VL
    (12 query heads, 2 KV heads) that is 6x the cache's bytes per step, the largest cost of a batched step.
    One new token per sequence: the 6 query heads of a group are the rows of one matmul. Anything else
    (prefill, the vision tower) goes to transformers' SDPA unchanged."""
    import torch
    from transformers.integrations.sdpa_attention import sdpa_attention_forward

    b, heads, q_len, d = query.shape
    kv_heads, length = key.shape[1], key.shape[2]
    if q_len != 1 or kv_heads == heads or dropout:
        return sdpa_attention_forward(
            module, query, key, value, attention_mask, scaling=scaling, dropout=dropout, **kwargs
        )
    q = query.reshape(b, kv_heads, heads // kv_heads, d)
    scores = torch.matmul(q, key.transpose(-1, -2)).float() * (scaling if scaling is not None else d**-0.5)
    if attention_mask is not None:
        mask = attention_mask[:, :, -1:, :length]  # (b, 1, 1, length)
        scores = (
            scores.masked_fill(~mask, float("-inf")) if mask.dtype == torch.bool else scores + mask.float()
        )
    out = torch.matmul(scores.softmax(-1).to(value.dtype), value)  # (b, kv_heads, group, d)
    return out.reshape(b, heads, 1, d).transpose(1, 2).contiguous(), None


def use_gqa_attention(model) -> None:
    from transformers import AttentionInterface
    from transformers.masking_utils import AttentionMaskInterface, sdpa_mask

    AttentionInterface.register(GQA_ATTENTION, gqa_attention)
    AttentionMaskInterface.register(GQA_ATTENTION, sdpa_mask)
    model.set_attn_implementation(GQA_ATTENTION)


def pixels_on_device(images: list[Image.Image], processor, size: dict, device: str) -> dict:
    """The Qwen2-VL image processor's steps in torch: bicubic resize with antialiasing (as PIL does), rescale,
    normalise, and the same patch layout: rows of (channel, temporal, patch, patch) in merge-block order.
    Pixels can differ from PIL's by a rounding step, so a GPU and a CPU may see a keyframe slightly differently."""
    import numpy as np
    import torch
    from transformers.models.qwen2_vl.image_processing_pil_qwen2_vl import smart_resize

    p, m, t = processor.patch_size, processor.merge_size, processor.temporal_patch_size
    mean = torch.tensor(processor.image_mean, device=device).view(3, 1, 1)
    std = torch.tensor(processor.image_std, device=device).view(3, 1, 1)
    rows, grids = [], []
    for image in images:
        h, w = smart_resize(
            image.height,
            image.width,
            factor=p * m,
            min_pixels=size["shortest_edge"],
            max_pixels=size["longest_edge"],
        )
        x = torch.from_numpy(np.array(image.convert("RGB"))).to(device).permute(2, 0, 1)[None].float()
        x = torch.nn.functional.interpolate(
            x, size=(h, w), mode="bicubic", antialias=True, align_corners=False
        )
        x = (x[0].round().clamp(0, 255) / 255.0 - mean) / std
        gh, gw = h // p, w // p
        x = x.reshape(3, gh // m, m, p, gw // m, m, p).permute(1, 4, 2, 5, 0, 3, 6)
        x = x[:, :, :, :, :, None].expand(*x.shape[:5], t, p, p)
        rows.append(x.reshape(gh * gw, 3 * t * p * p))
        grids.append([1, gh, gw])
    return {"pixel_values": torch.cat(rows), "image_grid_thw": torch.tensor(grids, device=device)}


def _import_transformers():
    try:
        import torch
        import transformers
        from transformers import Qwen2VLForConditionalGeneration  # noqa: F401
    except ImportError as exc:
        raise StageUnavailable(
            "vlm", f"transformers with Qwen2-VL support is missing ({exc}): pip install 'autocapture[vlm]'"
        ) from exc
    return torch, transformers


class _FirstCall:
    """A logits processor that reports when the first token's logits exist (prefill done), for timing."""

    def __init__(self, callback):
        self.callback, self.called = callback, False

    def __call__(self, input_ids, scores):
        if not self.called:
            self.called = True
            self.callback()
        return scores


def make_qwen(config: Config) -> QwenVL:
    path = Path(config["models.vlm_path"]).expanduser()
    check_model_dir(path)
    device = choose_device(config["processing.vlm.device"], config["policy.allow_gpu"])
    return QwenVL(path, device, config["processing.vlm.max_new_tokens"], config["processing.vlm.max_pixels"])


make_qwen.permissions = lambda config: Permissions(
    filesystem=(config["models.vlm_path"],) if config["models.vlm_path"] else (),
    gpu=config["processing.vlm.device"] != "cpu",
)


# --- OpenAI-compatible server on localhost -------------------------------------------------------
class OpenAIVLM:
    """Client for /v1/chat/completions on a local server; temperature 0, the same pinned prompt."""

    name = "vlm.openai"

    def __init__(self, endpoint: str, model: str, max_tokens: int, timeout_s: float):
        host = urlparse(endpoint).hostname
        if not host or not is_loopback(host):
            raise StageUnavailable(
                "vlm",
                f"models.vlm_endpoint {endpoint!r} is not on localhost; autocapture only "
                "talks to servers on 127.0.0.1 / ::1 / localhost",
            )
        self.endpoint = endpoint.rstrip("/")
        self.model, self.max_tokens, self.timeout_s = model, max_tokens, timeout_s
        self.version = f"openai-compatible {self.endpoint}"
        self.model_id = f"server:{model}"
        self.permissions = Permissions(network="loopback")
        try:
            models = self._call("GET", "/models")
        except OSError as exc:
            raise StageUnavailable(
                "vlm",
                f"the VLM server at {self.endpoint} is not answering ({exc}); start it "
                "(vLLM, llama.cpp server, Ollama) or unset models.vlm_endpoint",
            ) from exc
        ids = [m.get("id") for m in models.get("data", []) if isinstance(m, dict)]
        self.model_digest = canonical_hash({"endpoint_models": sorted(map(str, ids)), "model": model})

    def _call(self, method: str, path: str, body: dict | None = None) -> dict:
        req = urllib.request.Request(
            self.endpoint + path,
            method=method,
            data=json.dumps(body).encode() if body is not None else None,
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(req, timeout=self.timeout_s) as resp:
            return json.loads(resp.read())

    def run(self, image: Image.Image) -> dict:
        buf = io.BytesIO()
        image.save(buf, "PNG")
        url = "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()
        body = {
            "model": self.model,
            "temperature": 0,
            "seed": 0,
            "max_tokens": self.max_tokens,
            "messages": [
                {
                    "role": "user",
                    "content": [
                        {"type": "image_url", "image_url": {"url": url}},
                        {"type": "text", "text": PROMPT},
                    ],
                }
            ],
        }
        answer = self._call("POST", "/chat/completions", body)
        try:
            text = answer["choices"][0]["message"]["content"]
        except (KeyError, IndexError, TypeError) as exc:
            raise ValueError(f"unexpected answer from {self.endpoint}: {str(answer)[:200]}") from exc
        return answer_output(text if isinstance(text, str) else json.dumps(text))

    def close(self) -> None:
        pass


def make_openai(config: Config) -> OpenAIVLM:
    return OpenAIVLM(
        config["models.vlm_endpoint"],
        config["models.vlm_model"],
        config["processing.vlm.max_new_tokens"],
        config["processing.vlm.timeout_s"],
    )


make_openai.permissions = lambda config: Permissions(network="loopback")


def engine_name(config: Config) -> str | None:
    """Which VLM engine the settings ask for: one named by processing.vlm.engine (a plugin, say), else a
    server, else a local folder; None when none is configured."""
    if config["processing.vlm.engine"]:
        return config["processing.vlm.engine"]
    if config["models.vlm_endpoint"]:
        return "vlm.openai"
    if config["models.vlm_path"]:
        return "vlm.qwen2vl"
    return None


def to_record(
    frame_row: dict, output: dict, engine, config_digest: str, blob_sha256: str
) -> tuple[dict, str]:
    from autocapture.store.canonical import make_record, provenance

    prov = provenance(
        source_record_id=frame_row["record_id"],
        blob_sha256=blob_sha256,
        frame_ts_utc=frame_row["ts_utc"],
        run_id=frame_row["run_id"],
        config_digest=config_digest,
        model_digest=engine["model_digest"],
        engine_version=engine["version"],
        modality="vlm",
        prompt_hash=PROMPT_HASH,
    )
    record = make_record(
        modality="vlm",
        record_type="derived.text.vlm",
        model_id=engine["model_id"],
        output=output,
        prov=prov,
        prompt_hash=PROMPT_HASH,
        metrics={"parsed": output["parsed"] is not None, "chars": len(output["text"])},
    )
    text = (
        " ".join(filter(None, [output["description"], output["task"], " ".join(output["entities"])]))
        or output["text"]
    )
    return record, text
