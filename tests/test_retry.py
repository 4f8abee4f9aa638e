"""A failed VLM description is retried on later passes, with backoff, a bounded number of times: the frame keeps
its OCR/SST/embedding records meanwhile, its records gain the description when a retry works, and the run
summary and the Status page say what is retrying and what gave up. The VLM is a real OpenAI-compatible HTTP
server on 127.0.0.1 that fails (HTTP 500) until the test lets it answer."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from autocapture.config import load_config
from autocapture.query import browse
from autocapture.store.derived import connect

from conftest import FRESH, cli_json, copy_sample

FIRST = "5f1c2e9a/frame/2"  # the first frame of the Outlook window: a keyframe the VLM describes


class FlakyVLM(BaseHTTPRequestHandler):
    failing = True
    posts = 0

    def _send(self, code: int, obj: dict):
        body = json.dumps(obj).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        self._send(200, {"object": "list", "data": [{"id": "qwen2-vl-2b-instruct"}]})

    def do_POST(self):
        self.rfile.read(int(self.headers["Content-Length"]))
        FlakyVLM.posts += 1
        if FlakyVLM.failing:
            self._send(500, {"error": "model is loading"})
            return
        answer = {"description": "A mail client.", "app": "Outlook", "task": "reading mail", "entities": []}
        self._send(200, {"choices": [{"message": {"role": "assistant", "content": json.dumps(answer)}}]})

    def log_message(self, *args):
        pass


@pytest.fixture
def flaky_server():
    FlakyVLM.failing, FlakyVLM.posts = True, 0
    server = HTTPServer(("127.0.0.1", 0), FlakyVLM)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/v1"
    server.shutdown()


def work(root, stage: str) -> dict:
    conn = connect(root / "derived" / "derived.db", readonly=True)
    try:
        return {
            r[0]: r[1:]
            for r in conn.execute(
                "SELECT source_id, status, attempts, retry_after FROM work WHERE stage = ?", (stage,)
            )
        }
    finally:
        conn.close()


def modalities(root, frame_id: str) -> set[str]:
    conn = connect(root / "derived" / "derived.db", readonly=True)
    try:
        return {r[0] for r in conn.execute("SELECT modality FROM records WHERE source_id = ?", (frame_id,))}
    finally:
        conn.close()


def test_failed_vlm_is_retried_with_backoff_then_gives_up(tmp_path, flaky_server):
    root = copy_sample(tmp_path / "dr")
    # the configured server is not up yet: the frame is processed without it and queued for the VLM
    code, s = cli_json(
        "process",
        "once",
        "--dataroot",
        root,
        *FRESH,
        "--max-items",
        "1",
        "--set",
        "models.vlm_endpoint=http://127.0.0.1:9/v1",
        "--set",
        "processing.vlm.max_retries=2",
    )
    assert code == 0, s["message"]
    assert [(r["record_id"], r["stage"]) for r in s["retrying"]] == [(FIRST, "vlm")]
    assert "unavailable" in s["retrying"][0]["message"] and any("queued" in n for n in s["notes"])
    assert modalities(root, FIRST) == {"ocr", "sst", "embed"}  # the frame is searchable meanwhile

    vlm = ("--set", f"models.vlm_endpoint={flaky_server}", "--set", "processing.vlm.max_retries=2")
    before = time.time()
    code, s = cli_json("process", "once", "--dataroot", root, *FRESH, *vlm, "--max-items", "1")
    assert code == 0, s["message"]
    assert (
        FlakyVLM.posts >= 1 and s["isolation"]["workers"] == "python_guard"
    )  # the server is on the host loopback
    retrying = {r["record_id"]: r for r in s["retrying"] if r["stage"] == "vlm"}
    assert retrying[FIRST]["code"] == "vlm_failed" and "500" in retrying[FIRST]["message"]
    status, attempts, retry_after = work(root, "vlm")[FIRST]
    assert (status, attempts) == ("retry", 2) and retry_after > before  # the worker waits before retrying

    FlakyVLM.failing = False  # the server has finished loading
    code, s = cli_json("process", "once", "--dataroot", root, *FRESH, *vlm, "--max-items", "1")
    assert code == 0, s["message"]
    assert s["items"]["vlm_retried"] >= 1 and not [r for r in s["retrying"] if r["stage"] == "vlm"]
    assert modalities(root, FIRST) == {"ocr", "vlm", "sst", "embed"}
    assert work(root, "vlm")[FIRST][0] == "done"

    # bounded: with no retries allowed, the next keyframe's failure is final and reported as a failure
    FlakyVLM.failing = True
    code, s = cli_json(
        "process",
        "once",
        "--dataroot",
        root,
        *FRESH,
        "--set",
        f"models.vlm_endpoint={flaky_server}",
        "--set",
        "processing.vlm.max_retries=0",
        "--max-items",
        "1",
    )
    assert code == 0, s["message"]
    failed = [f for f in s["failures"] if f["stage"] == "vlm"]
    assert [f["record_id"] for f in failed] == ["5f1c2e9a/frame/6"] and not s["retrying"]
    page = browse.status(load_config(dataroot=root))
    assert {"stage": "vlm", "status": "failed", "items": 1} in page["queue"]
    assert any(f["stage"] == "vlm" and f["error_code"] == "vlm_failed" for f in page["failures"])
    assert page["last_run"]["vlm"]["vlm_errors"] == 1
