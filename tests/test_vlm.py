"""The VLM stage through the real pipeline: a tiny random-weight Qwen2-VL built by the test goes through
the real loading and generation code; the OpenAI-compatible client talks to a real HTTP server on
127.0.0.1; a profile that requires the VLM exits 5 with one diagnostic when it cannot run."""

import base64
import importlib.util
import io
import json
import os
import shutil
import sqlite3
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from PIL import Image

from autocapture.stages.vlm import PROMPT_HASH, parse_answer
from autocapture.store.derived import load_record

from conftest import SAMPLE, TRUTH, blob_path, cli_json, write_signal
from tiny_vlm import build_tiny_qwen2vl

FRESH = ("--set", "runtime.activity.max_signal_age_s=600")


def keyframes() -> list[str]:
    """First frame of each window session in the sample (no frame in it changes by half or more)."""
    return [s["frames"][0] for s in TRUTH["sessions"]]


def vlm_records(root) -> dict:
    db = sqlite3.connect(root / "derived" / "derived.db")
    return {
        sid: load_record(db, sid)
        for (sid,) in db.execute("SELECT sample_id FROM records WHERE modality='vlm'")
    }


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    return build_tiny_qwen2vl(tmp_path_factory.mktemp("models") / "tiny-qwen2-vl")


def test_tiny_qwen2vl_runs_on_keyframes_through_the_real_loader(dataroot, tiny_model):
    write_signal(dataroot, idle=60)
    code, s = cli_json(
        "process",
        "once",
        "--dataroot",
        dataroot,
        "--profile",
        "mode_b",
        *FRESH,
        "--set",
        f"models.vlm_path={tiny_model}",
        "--set",
        "processing.vlm.max_new_tokens=12",
        "--set",
        "processing.vlm.device=cpu",
    )
    assert code == 0, s["message"]
    records = vlm_records(dataroot)
    assert sorted(records) == sorted(f"{rid}#vlm" for rid in keyframes())
    rec = next(iter(records.values()))
    assert rec["record_type"] == "derived.text.vlm" and rec["prompt_hash"] == PROMPT_HASH
    assert (
        rec["model_id"] == "qwen2-vl:tiny-qwen2-vl" and "transformers" in rec["provenance"]["engine_version"]
    )
    assert isinstance(rec["output_json"]["text"], str)  # random weights: text, most likely not JSON
    assert s["items"]["vlm"] == len(keyframes()) and s["items"].get("vlm_errors", 0) == 0
    assert "vlm_batched" not in s["items"]  # on CPU keyframes go one at a time by default
    # deterministic: greedy decoding on the same weights gives the same records, whether keyframes are
    # described one at a time or looked ahead and described three to a batch (what a GPU does)
    again = dataroot.parent / "again"
    shutil.copytree(dataroot, again, ignore=lambda d, names: ["derived"] if d == str(dataroot) else [])
    write_signal(again, idle=60)
    code, s = cli_json(
        "process",
        "once",
        "--dataroot",
        again,
        "--profile",
        "mode_b",
        *FRESH,
        "--set",
        f"models.vlm_path={tiny_model}",
        "--set",
        "processing.vlm.max_new_tokens=12",
        "--set",
        "processing.vlm.device=cpu",
        "--set",
        "processing.vlm.batch_size=3",
    )
    assert code == 0 and vlm_records(again) == records
    assert s["items"]["vlm_batched"] == len(keyframes())


def test_batched_generation_equals_one_at_a_time(tiny_model):
    """Greedy answers for images in one batch, left-padded where their sizes differ, are the answers each
    gets alone, token for token (CPU, float32), with the dynamic and the static KV cache."""
    from autocapture.stages.vlm import QwenVL, use_gqa_attention

    engine = QwenVL(tiny_model, "cpu", 16, 224 * 224)
    assert engine.batch_size() == 1  # CPU: one at a time unless processing.vlm.batch_size says otherwise
    frames = [Image.open(blob_path(SAMPLE, rid)).convert("RGB").resize((960, 540)) for rid in keyframes()[:3]]
    images = frames + [frames[0].crop((0, 0, 450, 540)), frames[1].resize((480, 640))]  # other prompt lengths
    for on_device in (False, True):  # the processor's PIL code and SDPA (CPU); what a GPU runs instead:
        engine.gpu_pixels, engine.static_cache = on_device, False  # pixels in torch, grouped-query decoding
        if on_device:
            use_gqa_attention(engine.model)
        alone = []
        for image in images:
            engine.run_batch([image])
            alone.append(engine.last_tokens[0].tolist())
        assert (
            len({tuple(t) for t in alone}) > 1
        )  # the images give different answers: the check below can fail
        for static in (False, True):
            engine.static_cache = static
            together = engine.run_batch(images)
            assert [t.tolist() for t in engine.last_tokens] == alone
            assert [a["text"] for a in together] == [a["text"] for a in engine.run_many(images, batch_size=2)]


def test_pixels_on_device_follow_the_image_processor():
    """The GPU's torch preprocessing gives the processor's patch layout and grid, and pixels within a
    rounding step of PIL's resize (a few edge pixels differ)."""
    from transformers.models.qwen2_vl.image_processing_pil_qwen2_vl import Qwen2VLImageProcessorPil

    from autocapture.stages.vlm import pixels_on_device

    processor = Qwen2VLImageProcessorPil(min_pixels=3136, max_pixels=12845056)  # Qwen2-VL-2B-Instruct's
    frame = Image.open(blob_path(SAMPLE, keyframes()[0])).convert("RGB")
    images = [frame, frame.resize((500, 800))]
    size = {"shortest_edge": 3136, "longest_edge": 1003520}
    want = processor(images=images, return_tensors="pt", size=size)
    got = pixels_on_device(images, processor, size, "cpu")
    assert got["image_grid_thw"].tolist() == want["image_grid_thw"].tolist() == [[1, 52, 94], [1, 58, 36]]
    diff = (got["pixel_values"] - want["pixel_values"]).abs()
    assert got["pixel_values"].shape == want["pixel_values"].shape
    assert diff.mean() < 1e-3 and (diff > 1e-4).float().mean() < 0.02


def test_required_vlm_with_an_incomplete_model_folder_exits_5(dataroot, tiny_model, tmp_path):
    broken = tmp_path / "half-copied"
    shutil.copytree(tiny_model, broken)
    (broken / "model.safetensors").unlink()
    write_signal(dataroot, idle=60)
    code, s = cli_json(
        "process",
        "once",
        "--dataroot",
        dataroot,
        "--profile",
        "mode_b",
        *FRESH,
        "--set",
        f"models.vlm_path={broken}",
    )
    assert code == 5 and "incomplete" in s["message"] and "safetensors" in s["message"]
    code, s = cli_json(
        "process",
        "once",
        "--dataroot",
        dataroot,
        "--profile",
        "mode_b",
        *FRESH,
        "--set",
        f"models.vlm_path={broken}",
        "--set",
        "processing.vlm.device=cuda",
    )
    assert code == 5


class FakeLocalServer(BaseHTTPRequestHandler):
    """Speaks the OpenAI chat-completions API like llama.cpp server or vLLM would."""

    requests: list = []

    def _send(self, obj):
        body = json.dumps(obj).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        self._send({"object": "list", "data": [{"id": "qwen2-vl-2b-instruct"}]})

    def do_POST(self):
        req = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        FakeLocalServer.requests.append(req)
        answer = {
            "description": "An application window.",
            "app": "Outlook",
            "task": "reading an invoice",
            "entities": ["INV-2026-0412", "$1,284.50"],
        }
        self._send(
            {
                "choices": [
                    {"message": {"role": "assistant", "content": "```json\n" + json.dumps(answer) + "\n```"}}
                ]
            }
        )

    def log_message(self, *args):
        pass


@pytest.fixture
def local_server():
    FakeLocalServer.requests = []
    server = HTTPServer(("127.0.0.1", 0), FakeLocalServer)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/v1"
    server.shutdown()


def test_openai_compatible_server_on_localhost(dataroot, local_server):
    write_signal(dataroot, idle=60)
    code, s = cli_json(
        "process",
        "once",
        "--dataroot",
        dataroot,
        "--profile",
        "mode_b",
        *FRESH,
        "--set",
        f"models.vlm_endpoint={local_server}",
    )
    assert code == 0, s["message"]
    records = vlm_records(dataroot)
    assert sorted(records) == sorted(f"{rid}#vlm" for rid in keyframes())
    out = records[keyframes()[0] + "#vlm"]["output_json"]
    assert out["app"] == "Outlook" and "$1,284.50" in out["entities"] and out["parse_error"] is None
    req = FakeLocalServer.requests[0]
    assert req["temperature"] == 0 and req["model"] == "qwen2-vl-2b-instruct"
    image_url = req["messages"][0]["content"][0]["image_url"]["url"]
    png = Image.open(io.BytesIO(base64.b64decode(image_url.split(",", 1)[1])))
    assert png.size == (1920, 1080)
    assert s["network_refusals"] == []
    # a vision question is answered from the VLM's record, cited like any other claim
    code, out = cli_json("query", "What does the image on screen show?", "--dataroot", dataroot)
    assert out["state"] == "ok" and "An application window." in out["answer"]
    assert out["claims"][0]["citations"][0]["record_id"].endswith("#vlm")


def test_server_down_or_not_local_exits_5_when_required(dataroot):
    write_signal(dataroot, idle=60)
    code, s = cli_json(
        "process",
        "once",
        "--dataroot",
        dataroot,
        "--profile",
        "mode_b",
        *FRESH,
        "--set",
        "models.vlm_endpoint=http://127.0.0.1:9/v1",
    )
    assert code == 5 and "not answering" in s["message"]
    code, s = cli_json(
        "process",
        "once",
        "--dataroot",
        dataroot,
        "--profile",
        "mode_b",
        *FRESH,
        "--set",
        "models.vlm_endpoint=http://192.0.2.1:8000/v1",
    )
    assert code == 5 and "not on localhost" in s["message"]


def test_answer_parsing():
    assert parse_answer('Sure! {"app": "Excel"} hope that helps') == ({"app": "Excel"}, None)
    assert parse_answer("no json here")[1] == "no JSON object in the answer"
    assert parse_answer("{broken")[0] is None


@pytest.mark.skipif(importlib.util.find_spec("ray") is None, reason="Ray is an optional extra")
def test_ray_gives_the_vlm_actor_the_gpu(dataroot):
    """With the VLM on the GPU, `--executor ray` declares one GPU and each actor asks for its share, so Ray
    sets CUDA_VISIBLE_DEVICES for it (an actor that asks for none has the GPU hidden). No GPU is needed to
    check this: Ray schedules by declared resources."""
    from autocapture.config import load_config
    from autocapture.pipeline.executors import RayPool

    config = load_config(None, None, ["processing.ocr.engine=tesseract"], dataroot=str(dataroot))
    executor = RayPool(config, 1, gpu=True)
    try:
        assert executor.ray.cluster_resources().get("GPU") == 1
        assert executor.submit(os.getenv, "CUDA_VISIBLE_DEVICES").result(timeout=300) == "0"
    finally:
        executor.shutdown()


def test_vlm_bench_runs_at_a_tiny_size_on_cpu(tmp_path):
    """bench/vlm.py --tiny: the benchmark's own model builder, screenshots, timing and batch-vs-alone check run
    on CPU (what CI can exercise; the GPU figures come from the same code at full size)."""
    import subprocess
    import sys
    from pathlib import Path

    out = tmp_path / "vlm.json"
    bench = Path(__file__).resolve().parent.parent / "bench" / "vlm.py"
    run = subprocess.run(
        [
            sys.executable,
            str(bench),
            "--tiny",
            "--batches",
            "1,2",
            "--new-tokens",
            "4",
            "--check",
            "2",
            "--json",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    result = json.loads(out.read_text())
    assert [r["batch"] for r in result["rows"]] == [1, 2] and all(
        r["new_tokens"] == 4 for r in result["rows"]
    )
    assert result["check"] == {
        "batch": 2,
        "compared": 2,
        "identical": 2,
        "first_differing_token": [None, None],
    }
    assert result["prompt_tokens"] > result["image_tokens"] > 0 and "| 2 |" in run.stdout
