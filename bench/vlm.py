"""`python bench/vlm.py`: the local VLM engine (stages/vlm.py) on 1920x1080 screenshots, by batch size:
keyframes/s, prefill ms, decode ms per token and peak GPU memory, plus whether a keyframe's greedy answer
in a batch is the one it gets alone.

The model is Qwen2-VL-2B-Instruct's published architecture with random weights (no download: text hidden
1536, 28 layers, 12 heads, 2 KV heads, MLP 8960, vocabulary 151936; vision depth 32, width 1280, 16 heads),
built in memory with a tokenizer whose special tokens sit at Qwen's ids and Qwen's image processor
settings. min_new_tokens makes random weights write the whole answer (256 tokens by default).

    PYTHONPATH=src python bench/vlm.py                 # GPU: batches 32, 8, 1 (+ --batches ...,auto)
    python bench/vlm.py --tiny                         # CPU, a tiny model: CI can run it in seconds

It imports only torch, transformers, PIL and autocapture.stages.vlm (no SQLite, OCR or web packages)."""

from __future__ import annotations

import argparse
import json
import platform
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

# Qwen2-VL-2B-Instruct's config.json and preprocessor_config.json, as published
TEXT_2B = dict(
    vocab_size=151936,
    hidden_size=1536,
    intermediate_size=8960,
    num_hidden_layers=28,
    num_attention_heads=12,
    num_key_value_heads=2,
    max_position_embeddings=32768,
    rms_norm_eps=1e-6,
    tie_word_embeddings=True,
    rope_parameters={"rope_type": "default", "rope_theta": 1000000.0, "mrope_section": [16, 24, 24]},
)
VISION_2B = dict(
    depth=32,
    embed_dim=1280,
    hidden_size=1536,
    num_heads=16,
    mlp_ratio=4,
    in_chans=3,
    patch_size=14,
    spatial_merge_size=2,
    temporal_patch_size=2,
)
PROCESSOR_2B = dict(
    min_pixels=3136,
    max_pixels=12845056,
    patch_size=14,
    temporal_patch_size=2,
    merge_size=2,
    image_mean=[0.48145466, 0.4578275, 0.40821073],
    image_std=[0.26862954, 0.26130258, 0.27577711],
)
TEXT_TINY = dict(
    vocab_size=151936,
    hidden_size=32,
    intermediate_size=64,
    num_hidden_layers=1,
    num_attention_heads=2,
    num_key_value_heads=1,
    max_position_embeddings=32768,
    rope_parameters={"rope_type": "default", "rope_theta": 10000.0, "mrope_section": [2, 3, 3]},
)
VISION_TINY = dict(
    depth=1,
    embed_dim=32,
    hidden_size=32,
    num_heads=2,
    mlp_ratio=2,
    patch_size=14,
    spatial_merge_size=2,
    temporal_patch_size=2,
)
# Qwen2's special tokens at their ids (151643...); ordinary tokens fill the ids below them
SPECIAL = [
    "<|endoftext|>",
    "<|im_start|>",
    "<|im_end|>",
    "<|object_ref_start|>",
    "<|object_ref_end|>",
    "<|box_start|>",
    "<|box_end|>",
    "<|quad_start|>",
    "<|quad_end|>",
    "<|vision_start|>",
    "<|vision_end|>",
    "<|vision_pad|>",
    "<|image_pad|>",
    "<|video_pad|>",
]
FIRST_SPECIAL = 151643


def build_tokenizer():
    """A byte-level BPE trained on the prompt (so the prompt takes a realistic number of tokens), padded
    with filler tokens to Qwen2's 151643 ordinary ids, then Qwen2's special tokens at their real ids."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    from autocapture.stages.vlm import PROMPT

    tok = Tokenizer(models.BPE(unk_token=None))
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=2000, initial_alphabet=pre_tokenizers.ByteLevel.alphabet(), show_progress=False
    )
    corpus = [
        PROMPT,
        "system\nYou are a helpful assistant.",
        "user\n",
        "assistant\n",
        "The screen shows an e-mail client with an invoice; the total is $1,284.50 due on 12 May.",
    ]
    tok.train_from_iterator(corpus * 50, trainer)
    spec = json.loads(tok.to_str())
    vocab = spec["model"]["vocab"]
    for i in range(len(vocab), FIRST_SPECIAL):
        vocab[f"<|filler_{i}|>"] = i
    tok = Tokenizer.from_str(json.dumps(spec))
    tok.add_special_tokens(SPECIAL)
    assert tok.token_to_id("<|image_pad|>") == 151655 and tok.get_vocab_size() == FIRST_SPECIAL + len(SPECIAL)
    return PreTrainedTokenizerFast(tokenizer_object=tok, eos_token="<|im_end|>", pad_token="<|endoftext|>")


def build_engine(tiny: bool, device: str, max_new_tokens: int, max_pixels: int):
    import torch
    from transformers import Qwen2VLConfig, Qwen2VLForConditionalGeneration
    from transformers.models.qwen2_vl.image_processing_pil_qwen2_vl import Qwen2VLImageProcessorPil

    from autocapture.stages.vlm import QwenVL

    tokenizer = build_tokenizer()
    ids = {t: tokenizer.convert_tokens_to_ids(t) for t in SPECIAL}
    text = dict(
        TEXT_TINY if tiny else TEXT_2B,
        bos_token_id=ids["<|endoftext|>"],
        eos_token_id=ids["<|im_end|>"],
        pad_token_id=ids["<|endoftext|>"],
    )
    config = Qwen2VLConfig(
        text_config=text,
        vision_config=VISION_TINY if tiny else VISION_2B,
        image_token_id=ids["<|image_pad|>"],
        video_token_id=ids["<|video_pad|>"],
        vision_start_token_id=ids["<|vision_start|>"],
        vision_end_token_id=ids["<|vision_end|>"],
        tie_word_embeddings=not tiny,
    )
    dtype = torch.bfloat16 if device == "cuda" else torch.float32
    torch.manual_seed(0)
    with torch.device(device):
        model = Qwen2VLForConditionalGeneration._from_config(config, dtype=dtype)
    model.generation_config.pad_token_id = ids["<|endoftext|>"]
    model.generation_config.eos_token_id = ids["<|im_end|>"]
    processor = Qwen2VLImageProcessorPil(**PROCESSOR_2B)
    engine = QwenVL.from_parts(model, tokenizer, processor, device, max_new_tokens, max_pixels)
    return engine, sum(p.numel() for p in model.parameters())


def screenshot(i: int, size=(1920, 1080)):
    """A busy 1920x1080 desktop: title bar, sidebar, a document with ~45 lines of words and amounts, a
    table and a taskbar; different for every i."""
    from PIL import Image, ImageDraw, ImageFont

    rng = random.Random(i)
    try:
        font = ImageFont.load_default(size=15)
    except TypeError:  # Pillow < 10.1
        font = ImageFont.load_default()
    words = (
        "invoice total due payment account project review meeting budget quarter report pytest failed "
        "passed module import error server deploy release notes customer order shipped"
    ).split()
    dark = i % 3 == 0
    bg, fg = ((30, 30, 30), (220, 220, 220)) if dark else ((250, 250, 250), (20, 20, 20))
    im = Image.new("RGB", size, bg)
    d = ImageDraw.Draw(im)
    d.rectangle((0, 0, size[0], 36), fill=(rng.randrange(40, 200), 90, 160))
    d.text(
        (12, 9),
        f"Window {i} - {rng.choice(words).title()} {rng.randrange(1000, 9999)}",
        fill=(255, 255, 255),
        font=font,
    )
    d.rectangle((0, 36, 280, size[1] - 40), fill=(45, 45, 48) if dark else (235, 235, 238))
    for k in range(30):
        d.text((16, 50 + k * 30), f"{rng.choice(words)} {rng.randrange(100)}", fill=fg, font=font)
    for k in range(45):
        line = " ".join(rng.choice(words) for _ in range(rng.randrange(4, 14)))
        d.text((310, 56 + k * 21), f"{line} ${rng.randrange(10, 99999) / 100:,.2f}", fill=fg, font=font)
    for r in range(8):
        for c in range(5):
            x, y = 1300 + c * 120, 120 + r * 34
            d.rectangle((x, y, x + 120, y + 34), outline=(128, 128, 128))
            d.text((x + 8, y + 9), f"{rng.randrange(1000):>5}", fill=fg, font=font)
    d.rectangle((0, size[1] - 40, size[0], size[1]), fill=(20, 20, 28))
    d.text((size[0] - 90, size[1] - 28), f"{9 + i % 8}:{i % 60:02d}", fill=(255, 255, 255), font=font)
    return im


def measure(engine, images, new_tokens: int) -> dict:
    """One timed batch (after a warm-up of the same shape, which compiles the decoding step on a GPU)."""
    torch, cuda = engine.torch, engine.device == "cuda"
    sync = torch.cuda.synchronize if cuda else (lambda: None)
    engine.run_batch(images, min_new_tokens=new_tokens)
    sync()
    if cuda:
        torch.cuda.reset_peak_memory_stats()
    marks = {}

    def prefilled():
        sync()
        marks["prefill"] = time.perf_counter()

    start = time.perf_counter()
    engine.run_batch(images, min_new_tokens=new_tokens, on_prefill=prefilled)
    sync()
    end = time.perf_counter()
    steps = engine.last_tokens.shape[1]
    return {
        "batch": len(images),
        "keyframes_per_s": round(len(images) / (end - start), 2),
        "prefill_ms": round((marks["prefill"] - start) * 1000, 1),
        "decode_ms_per_token": round((end - marks["prefill"]) * 1000 / max(1, steps - 1), 2),
        "new_tokens": steps,
        "seconds": round(end - start, 2),
        "peak_gpu_gib": round(torch.cuda.max_memory_allocated() / 2**30, 2) if cuda else None,
        "tokens": engine.last_tokens.tolist(),
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tiny", action="store_true", help="a tiny random model on CPU (for CI)")
    ap.add_argument(
        "--batches", default=None, help="comma-separated batch sizes; 'auto' = from free GPU memory"
    )
    ap.add_argument(
        "--new-tokens", type=int, default=None, help="tokens generated per keyframe (default 256)"
    )
    ap.add_argument(
        "--max-pixels", type=int, default=None, help="image pixels per keyframe (profile default)"
    )
    ap.add_argument(
        "--check", type=int, default=4, help="keyframes whose batch answer is compared with alone"
    )
    ap.add_argument("--no-compile", action="store_true", help="no torch.compile of the decoding step")
    ap.add_argument(
        "--no-gqa", action="store_true", help="transformers' SDPA attention (K/V copied per head)"
    )
    ap.add_argument(
        "--budget-s", type=float, default=1e9, help="skip further batch sizes after this many seconds"
    )
    ap.add_argument("--json", dest="json_out", default=None, help="write the results here as JSON")
    args = ap.parse_args(argv)

    import torch
    import transformers

    began = time.perf_counter()
    device = "cpu" if args.tiny or not torch.cuda.is_available() else "cuda"
    tiny = args.tiny or device == "cpu"
    new_tokens = args.new_tokens or (16 if tiny else 256)
    max_pixels = args.max_pixels or (56 * 56 * 16 if tiny else 1003520)
    batches = (args.batches or ("1,2,4" if tiny else "32,8,1")).split(",")
    gpu = torch.cuda.get_device_name(0) if device == "cuda" else platform.processor() or platform.machine()
    print(
        f"bench/vlm.py: {'tiny model' if tiny else 'Qwen2-VL-2B architecture, random weights'} on {device} ({gpu}); "
        f"torch {torch.__version__}, transformers {transformers.__version__}",
        flush=True,
    )
    engine, params = build_engine(tiny, device, new_tokens, max_pixels)
    engine.compile = not args.no_compile
    if args.no_gqa and engine.attention != "sdpa":
        engine.model.set_attn_implementation("sdpa")
        engine.attention = "sdpa"
    screens = [screenshot(i) for i in range(64 if not tiny else 8)]
    n_image = engine.image_tokens(screens[0].size)
    prompt_len = len(engine.tokenizer(engine.prompt_ids(n_image))["input_ids"])
    auto = engine.batch_size(screens[0].size)
    print(
        f"{params / 1e9:.2f}B parameters; 1920x1080 at max_pixels {max_pixels}: {n_image} image tokens, prompt "
        f"{prompt_len} tokens; {new_tokens} new tokens; batch size from free memory: {auto}; "
        f"attention {engine.attention}; static cache {engine.static_cache}; "
        f"compile {engine.compile and engine.static_cache}; "
        f"built in {time.perf_counter() - began:.0f} s",
        flush=True,
    )
    rows = []
    for b in batches:
        size = auto if b == "auto" else int(b)
        if time.perf_counter() - began > args.budget_s:
            print(f"batch {size}: skipped (over --budget-s)", flush=True)
            continue
        images = [screens[i % len(screens)] for i in range(size)]
        try:
            row = measure(engine, images, new_tokens)
        except Exception as exc:  # noqa: BLE001 - report and go on with the next size
            print(f"batch {size}: failed: {type(exc).__name__}: {str(exc)[:300]}", flush=True)
            if device == "cuda":
                torch.cuda.empty_cache()
            continue
        rows.append(row)
        print(json.dumps({k: v for k, v in row.items() if k != "tokens"}), flush=True)
    check = None
    batched = max(rows, key=lambda r: r["batch"]) if rows else None
    if batched and batched["batch"] > 1 and args.check and time.perf_counter() - began < args.budget_s:
        same, first_diff = 0, []
        for i in range(min(args.check, batched["batch"])):
            engine.run_batch([screens[i % len(screens)]], min_new_tokens=new_tokens)
            alone, together = engine.last_tokens[0].tolist(), batched["tokens"][i]
            same += alone == together
            first_diff.append(next((k for k, (a, t) in enumerate(zip(alone, together)) if a != t), None))
        check = {
            "batch": batched["batch"],
            "compared": len(first_diff),
            "identical": same,
            "first_differing_token": first_diff,
        }
        print(
            f"batch {batched['batch']} vs alone: {same}/{len(first_diff)} keyframes token-identical; first "
            f"differing token per keyframe: {first_diff}",
            flush=True,
        )
    print()
    print("| batch | keyframes/s | prefill ms | decode ms/token | new tokens | peak GPU GiB |")
    print("|---|---|---|---|---|---|")
    for r in sorted(rows, key=lambda r: r["batch"]):
        print(
            f"| {r['batch']} | {r['keyframes_per_s']} | {r['prefill_ms']} | {r['decode_ms_per_token']} | "
            f"{r['new_tokens']} | {r['peak_gpu_gib'] if r['peak_gpu_gib'] is not None else '-'} |"
        )
    if args.json_out:
        out = {
            "device": device,
            "gpu": gpu,
            "tiny": tiny,
            "parameters": params,
            "image_tokens": n_image,
            "attention": engine.attention,
            "static_cache": engine.static_cache,
            "compile": engine.compile,
            "prompt_tokens": prompt_len,
            "new_tokens": new_tokens,
            "auto_batch": auto,
            "check": check,
            "torch": torch.__version__,
            "transformers": transformers.__version__,
            "rows": [{k: v for k, v in r.items() if k != "tokens"} for r in rows],
        }
        Path(args.json_out).write_text(json.dumps(out, indent=1))
    return 0 if rows else 1


if __name__ == "__main__":
    sys.exit(main())
