"""VLM stage: a screen description plus structured fields (app, task, key entities) for keyframes.
Two engines: Qwen2-VL through transformers, loaded offline from models.vlm_path, and any
OpenAI-compatible server on localhost (vLLM, llama.cpp server, Ollama). Greedy decoding, pinned prompt."""

from __future__ import annotations

import base64
import io
import json
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

PROMPT = ("You are looking at one screenshot of a computer screen. Reply with JSON only, no prose, with keys: "
          '"description" (two sentences on what is on screen), "app" (the application), "task" (what the user is '
          'doing), "entities" (a list of the key names, numbers, ids, amounts and subjects visible).')
PROMPT_HASH = sha256_hex(PROMPT)
REQUIRED_FILES = ("config.json", "preprocessor_config.json")
TOKENIZER_FILES = ("tokenizer.json", "vocab.json")


def parse_answer(text: str) -> tuple[dict | None, str | None]:
    """The JSON object in the model's answer (fences and prose around it tolerated), or why not."""
    start, end = text.find("{"), text.rfind("}")
    if start < 0 or end <= start:
        return None, "no JSON object in the answer"
    try:
        obj = json.loads(text[start:end + 1])
    except ValueError as exc:
        return None, f"invalid JSON: {str(exc)[:80]}"
    if not isinstance(obj, dict):
        return None, "answer is not a JSON object"
    return obj, None


def answer_output(text: str) -> dict:
    parsed, error = parse_answer(text)
    fields = parsed or {}
    entities = fields.get("entities") if isinstance(fields.get("entities"), list) else []
    return {"text": text, "parsed": parsed, "parse_error": error,
            "description": str(fields.get("description", "")) if parsed else "",
            "app": str(fields.get("app", "")) if parsed else "", "task": str(fields.get("task", "")) if parsed else "",
            "entities": [str(e) for e in entities][:50]}


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
        raise StageUnavailable("vlm", f"models.vlm_path {path} is incomplete: missing {', '.join(missing)}; copy the "
                               "whole Qwen2-VL-2B-Instruct folder there")


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
        raise StageUnavailable("vlm", "torch is not installed: pip install torch==2.13.0 (CPU) or a CUDA build")
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
    torchvision is not required) and its tokenizer directly, not AutoProcessor."""

    name = "vlm.qwen2vl"

    def __init__(self, path: Path, device: str, max_new_tokens: int, max_pixels: int):
        check_model_dir(path)
        try:
            import torch
            import transformers
            from transformers import AutoTokenizer, Qwen2VLForConditionalGeneration
            from transformers.models.qwen2_vl.image_processing_pil_qwen2_vl import Qwen2VLImageProcessorPil
        except ImportError as exc:
            raise StageUnavailable("vlm", f"transformers with Qwen2-VL support is missing ({exc}): "
                                   "pip install 'autocapture[vlm]'") from exc
        self.torch = torch
        self.device = device
        self.max_new_tokens = max_new_tokens
        self.tokenizer = AutoTokenizer.from_pretrained(path, local_files_only=True)
        self.image_processor = Qwen2VLImageProcessorPil.from_pretrained(path, local_files_only=True)
        dtype = torch.bfloat16 if device == "cuda" else torch.float32
        self.model = Qwen2VLForConditionalGeneration.from_pretrained(path, local_files_only=True, dtype=dtype)
        self.model.to(device).eval()
        self.merge = self.model.config.vision_config.spatial_merge_size
        self.max_pixels = max_pixels
        self.version = f"transformers {transformers.__version__}; torch {torch.__version__}; {device}"
        self.model_digest = model_digest(path)
        self.model_id = f"qwen2-vl:{path.name}"
        self.permissions = Permissions(filesystem=(str(path),), gpu=device == "cuda")

    def prompt_ids(self, n_image_tokens: int) -> str:
        return ("<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n<|im_start|>user\n<|vision_start|>"
                + "<|image_pad|>" * n_image_tokens + "<|vision_end|>" + PROMPT + "<|im_end|>\n<|im_start|>assistant\n")

    def run(self, image: Image.Image) -> dict:
        torch = self.torch
        feats = self.image_processor(images=[image], return_tensors="pt", max_pixels=self.max_pixels)
        n = int(feats["image_grid_thw"].prod()) // (self.merge ** 2)
        enc = self.tokenizer(self.prompt_ids(n), return_tensors="pt")
        with torch.inference_mode():
            out = self.model.generate(
                input_ids=enc["input_ids"].to(self.device), attention_mask=enc["attention_mask"].to(self.device),
                pixel_values=feats["pixel_values"].to(self.device, self.model.dtype),
                image_grid_thw=feats["image_grid_thw"].to(self.device),
                do_sample=False, max_new_tokens=self.max_new_tokens)
        text = self.tokenizer.decode(out[0, enc["input_ids"].shape[1]:], skip_special_tokens=True)
        return answer_output(text)

    def close(self) -> None:
        del self.model


def make_qwen(config: Config) -> QwenVL:
    path = Path(config["models.vlm_path"]).expanduser()
    check_model_dir(path)
    device = choose_device(config["processing.vlm.device"], config["policy.allow_gpu"])
    return QwenVL(path, device, config["processing.vlm.max_new_tokens"], config["processing.vlm.max_pixels"])


make_qwen.permissions = lambda config: Permissions(filesystem=(config["models.vlm_path"],) if config["models.vlm_path"]
                                                   else (), gpu=config["processing.vlm.device"] != "cpu")


# --- OpenAI-compatible server on localhost -------------------------------------------------------
class OpenAIVLM:
    """Client for /v1/chat/completions on a local server; temperature 0, the same pinned prompt."""

    name = "vlm.openai"

    def __init__(self, endpoint: str, model: str, max_tokens: int, timeout_s: float):
        host = urlparse(endpoint).hostname
        if not host or not is_loopback(host):
            raise StageUnavailable("vlm", f"models.vlm_endpoint {endpoint!r} is not on localhost; autocapture only "
                                   "talks to servers on 127.0.0.1 / ::1 / localhost")
        self.endpoint = endpoint.rstrip("/")
        self.model, self.max_tokens, self.timeout_s = model, max_tokens, timeout_s
        self.version = f"openai-compatible {self.endpoint}"
        self.model_id = f"server:{model}"
        self.permissions = Permissions(network="loopback")
        try:
            models = self._call("GET", "/models")
        except OSError as exc:
            raise StageUnavailable("vlm", f"the VLM server at {self.endpoint} is not answering ({exc}); start it "
                                   "(vLLM, llama.cpp server, Ollama) or unset models.vlm_endpoint") from exc
        ids = [m.get("id") for m in models.get("data", []) if isinstance(m, dict)]
        self.model_digest = canonical_hash({"endpoint_models": sorted(map(str, ids)), "model": model})

    def _call(self, method: str, path: str, body: dict | None = None) -> dict:
        req = urllib.request.Request(self.endpoint + path, method=method,
                                     data=json.dumps(body).encode() if body is not None else None,
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=self.timeout_s) as resp:
            return json.loads(resp.read())

    def run(self, image: Image.Image) -> dict:
        buf = io.BytesIO()
        image.save(buf, "PNG")
        url = "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()
        body = {"model": self.model, "temperature": 0, "seed": 0, "max_tokens": self.max_tokens,
                "messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": url}},
                                                          {"type": "text", "text": PROMPT}]}]}
        answer = self._call("POST", "/chat/completions", body)
        try:
            text = answer["choices"][0]["message"]["content"]
        except (KeyError, IndexError, TypeError) as exc:
            raise ValueError(f"unexpected answer from {self.endpoint}: {str(answer)[:200]}") from exc
        return answer_output(text if isinstance(text, str) else json.dumps(text))

    def close(self) -> None:
        pass


def make_openai(config: Config) -> OpenAIVLM:
    return OpenAIVLM(config["models.vlm_endpoint"], config["models.vlm_model"],
                     config["processing.vlm.max_new_tokens"], config["processing.vlm.timeout_s"])


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


def to_record(frame_row: dict, output: dict, engine, config_digest: str, blob_sha256: str) -> tuple[dict, str]:
    from autocapture.store.canonical import make_record, provenance

    prov = provenance(source_record_id=frame_row["record_id"], blob_sha256=blob_sha256,
                      frame_ts_utc=frame_row["ts_utc"], run_id=frame_row["run_id"], config_digest=config_digest,
                      model_digest=engine["model_digest"], engine_version=engine["version"], modality="vlm",
                      prompt_hash=PROMPT_HASH)
    record = make_record(modality="vlm", record_type="derived.text.vlm", model_id=engine["model_id"],
                         output=output, prov=prov, prompt_hash=PROMPT_HASH,
                         metrics={"parsed": output["parsed"] is not None, "chars": len(output["text"])})
    text = " ".join(filter(None, [output["description"], output["task"], " ".join(output["entities"])])) or output["text"]
    return record, text
