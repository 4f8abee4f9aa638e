"""`autocapture mcp` spoken to as an agent would: the official SDK's stdio client starts the command from the
README's registration snippet (docs/mcp-client.json) on a processed sample, lists the tools and calls each."""

from __future__ import annotations

import asyncio
import base64
import io
import json
import sys
from pathlib import Path

import psutil
import pytest
from mcp import ClientSession, StdioServerParameters, stdio_client
from PIL import Image

from conftest import REPO, TRUTH, blob_path, cli_json, copy_sample, process_sample, sidecar_hashes

SNIPPET = REPO / "docs" / "mcp-client.json"
QUESTION = "what was the total due on the Northwind invoice?"
NOW = "2026-11-24T12:00:00+01:00"
TOOLS = {"ask", "search", "timeline", "frame", "frame_image"}


@pytest.fixture(scope="module")
def processed(tmp_path_factory) -> Path:
    return process_sample(tmp_path_factory.mktemp("mcp") / "dataroot")[0]


def server_params(root: Path, *extra: str) -> StdioServerParameters:
    """The README's snippet, with its DataRoot pointed at the test copy and the command at this venv's."""
    entry = json.loads(SNIPPET.read_text())["mcpServers"]["autocapture"]
    args = list(entry["args"])
    assert entry["command"] == "autocapture" and args[0] == "mcp" and "--dataroot" in args
    args[args.index("--dataroot") + 1] = str(root)
    return StdioServerParameters(
        command=str(Path(sys.executable).parent / entry["command"]), args=args + list(extra)
    )


async def session_calls(root: Path, script, *extra: str):
    async with stdio_client(server_params(root, *extra)) as (read, write):
        async with ClientSession(read, write) as session:
            await session.initialize()
            return await script(session)


def run(root: Path, script, *extra: str):
    return asyncio.run(asyncio.wait_for(session_calls(root, script, *extra), 180))


def png(result) -> tuple[Image.Image, dict]:
    assert not result.is_error, result.content
    image, text = result.content
    assert image.type == "image" and image.mime_type == "image/png"
    data = base64.b64decode(image.data)
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    return Image.open(io.BytesIO(data)), json.loads(text.text)


def test_mcp_tools_over_stdio(processed):
    before = sidecar_hashes(processed)
    progress: list[tuple] = []

    async def script(s: ClientSession) -> dict:
        out = {"tools": (await s.list_tools()).tools}
        server = [p for p in psutil.Process().children(recursive=True) if "mcp" in p.cmdline()]
        out["sockets"] = [c for p in server for c in p.net_connections(kind="inet")]

        async def on_progress(value, total, message):
            progress.append((value, total, message))

        out["ask"] = await s.call_tool(
            "ask", {"question": QUESTION, "now": NOW}, progress_callback=on_progress
        )
        out["search"] = await s.call_tool("search", {"text": "Northwind invoice total", "limit": 5})
        out["search_app"] = await s.call_tool("search", {"text": "billing", "app": "terminal", "limit": 5})
        out["search_none"] = await s.call_tool("search", {"text": "invoice", "until": "2026-11-24T08:00"})
        out["timeline"] = await s.call_tool("timeline", {})
        out["timeline_chrome"] = await s.call_tool(
            "timeline", {"app": "chrome.exe", "since": "2026-11-24T10:05:15", "until": "2026-11-24T12:00"}
        )
        out["frame"] = await s.call_tool("frame", {"record_id": "5f1c2e9a/frame/7#sst"})
        out["image"] = await s.call_tool("frame_image", {"record_id": "5f1c2e9a/frame/7", "max_side": 4000})
        out["small"] = await s.call_tool("frame_image", {"record_id": "5f1c2e9a/frame/23", "max_side": 960})
        out["crop"] = await s.call_tool(
            "frame_image", {"record_id": "5f1c2e9a/frame/7", "box": [331, 438, 423, 455], "margin": 10}
        )
        out["errors"] = {
            name: await s.call_tool(tool, args)
            for name, tool, args in [
                ("unknown frame", "frame", {"record_id": "5f1c2e9a/frame/999"}),
                ("unknown image", "frame_image", {"record_id": "nosuchrun/frame/1"}),
                ("bad box", "frame_image", {"record_id": "5f1c2e9a/frame/7", "box": [500, 10, 20, 30]}),
                ("bad time", "search", {"text": "invoice", "since": "last tuesday-ish"}),
                ("long question", "ask", {"question": "what " * 500}),
                ("bad now", "ask", {"question": QUESTION, "now": "noon"}),
                ("bad limit", "search", {"text": "invoice", "limit": 0}),
                ("wrong type", "timeline", {"since": 5}),
            ]
        }
        out["after_errors"] = await s.call_tool("frame", {"record_id": "5f1c2e9a/frame/2"})
        out["status"] = json.loads((await s.read_resource("autocapture://status")).contents[0].text)
        return out

    out = run(processed, script)

    # the tools an agent sees: a one-line description, a JSON schema, structured output
    tools = {t.name: t for t in out["tools"]}
    assert set(tools) == TOOLS
    for t in tools.values():
        assert t.description and "\n" not in t.description and len(t.description) < 300
        assert t.input_schema["type"] == "object"
        assert t.annotations.read_only_hint is True
    assert tools["ask"].input_schema["required"] == ["question"]
    assert set(tools["frame_image"].input_schema["properties"]) >= {"record_id", "box", "max_side"}
    assert all(tools[n].output_schema["type"] == "object" for n in ("ask", "search", "timeline", "frame"))
    assert out["sockets"] == []  # stdio only: no listener, no connection

    # ask: exactly what `autocapture query --json` prints, field by field (timings aside)
    assert not out["ask"].is_error, out["ask"].content
    answer = out["ask"].structured_content
    code, expected = cli_json("query", QUESTION, "--now", NOW, "--dataroot", processed)
    assert code == 0
    assert set(answer) == set(expected)
    for key in expected:
        if key != "timings_ms":
            assert answer[key] == expected[key], key
    assert answer["claims"] and answer["claims"][0]["citations"][0]["frame_record_id"].startswith(
        "5f1c2e9a/frame/"
    )
    assert json.loads(out["ask"].content[0].text)["answer"] == answer["answer"]
    assert len(progress) >= 2 and progress[-1][0] == progress[-1][1]
    assert [p[0] for p in progress] == sorted({p[0] for p in progress})  # strictly increasing

    # search: ranked lines, each citing a frame whose truth has that text
    truth = {f["record_id"]: f for f in TRUTH["frames"]}
    hits = out["search"].structured_content["hits"]
    assert 1 <= len(hits) <= 5 and [h["rank"] for h in hits] == list(range(1, len(hits) + 1))
    assert any("northwind" in h["text"].lower() or "invoice" in h["text"].lower() for h in hits)
    for h in hits:
        c = h["citation"]
        assert c["quote"] == h["text"] and c["record_id"] == c["frame_record_id"] + "#sst"
        assert c["app"] == truth[c["frame_record_id"]]["app"] and len(c["bbox"]) == 4 and c["blob_path"]
    terminal = out["search_app"].structured_content["hits"]
    assert terminal and {h["citation"]["app"] for h in terminal} == {"windowsterminal.exe"}
    assert out["search_none"].structured_content["hits"] == []  # every frame is after 09:00 local

    # timeline: the sample's window sessions, in order
    sessions = out["timeline"].structured_content["sessions"]
    assert [(s["app"], s["title"], s["frames"], s["first_frame"]) for s in sessions] == [
        (s["app"], s["title"], len(s["frames"]), s["frames"][0]) for s in TRUTH["sessions"]
    ]
    assert all(s["start"] <= s["end"] for s in sessions)
    chrome = out["timeline_chrome"].structured_content["sessions"]
    assert [(s["first_frame"], s["frames"]) for s in chrome] == [
        ("5f1c2e9a/frame/7", 1),
        ("5f1c2e9a/frame/23", 1),
    ]

    # frame: time, app, window, lines with boxes, neighbours
    frame = out["frame"].structured_content
    assert (frame["record_id"], frame["app"], frame["window_title"]) == (
        "5f1c2e9a/frame/7",
        "chrome.exe",
        truth["5f1c2e9a/frame/7"]["title"],
    )
    assert (frame["previous"], frame["next"]) == ("5f1c2e9a/frame/6", "5f1c2e9a/frame/9")
    assert any("1,284.50" in ln["text"] for ln in frame["lines"]) and all(
        len(ln["box"]) == 4 for ln in frame["lines"]
    )
    assert "vlm" in frame

    # frame_image: the blob's own pixels, whole, shrunk, or cropped around the box with the margin
    blob = Image.open(blob_path(processed, "5f1c2e9a/frame/7")).convert("RGB")
    image, info = png(out["image"])
    assert image.size == blob.size == (1920, 1080) and info["scale"] == 1.0
    assert image.convert("RGB").tobytes() == blob.tobytes()
    small, info = png(out["small"])
    assert small.size == (960, 270) and (info["frame_width"], info["frame_height"]) == (7680, 2160)
    crop, info = png(out["crop"])
    assert info["region"] == [321, 428, 433, 465] and crop.size == (112, 37)
    assert crop.convert("RGB").tobytes() == blob.crop((321, 428, 433, 465)).tobytes()

    # bad input: a tool error the agent can read, and the server keeps serving
    for name, result in out["errors"].items():
        assert result.is_error, name
        assert result.content[0].type == "text" and "Error executing tool" in result.content[0].text, name
    errors = {name: r.content[0].text for name, r in out["errors"].items()}
    assert "5f1c2e9a/frame/999" in errors["unknown frame"] and "nosuchrun/frame/1" in errors["unknown image"]
    assert "box" in errors["bad box"] and "since" in errors["bad time"] and "2000" in errors["long question"]
    assert "now" in errors["bad now"] and "limit" in errors["bad limit"]
    assert (
        not out["after_errors"].is_error
        and out["after_errors"].structured_content["next"] == "5f1c2e9a/frame/3"
    )
    assert out["status"]["frames"] == len(TRUTH["frames"]) and "gating" in out["status"]

    assert sidecar_hashes(processed) == before  # read-only: the sidecar's files are untouched


def test_mcp_privacy_exclusion_hides_frames(processed):
    """A window excluded by the privacy rules is refused as an image and absent from search and timeline."""

    async def script(s: ClientSession) -> dict:
        return {
            "image": await s.call_tool("frame_image", {"record_id": "5f1c2e9a/frame/7"}),
            "frame": await s.call_tool("frame", {"record_id": "5f1c2e9a/frame/7"}),
            "search": await s.call_tool("search", {"text": "Northwind invoice", "limit": 10}),
            "timeline": await s.call_tool("timeline", {}),
            "other": await s.call_tool("frame_image", {"record_id": "5f1c2e9a/frame/9", "max_side": 64}),
        }

    out = run(processed, script, "--set", "privacy.exclude_titles=Northwind Traders*")
    assert out["image"].is_error and "privacy" in out["image"].content[0].text
    assert out["frame"].is_error and "5f1c2e9a/frame/7" in out["frame"].content[0].text
    assert all(
        "Northwind Traders" not in h["citation"]["window_title"]
        for h in out["search"].structured_content["hits"]
    )
    assert "chrome.exe" in {
        s["app"] for s in out["timeline"].structured_content["sessions"]
    }  # frame/23 stays
    assert all(not s["title"].startswith("Northwind") for s in out["timeline"].structured_content["sessions"])
    assert png(out["other"])[0].size == (64, 36)


def test_mcp_before_processing(tmp_path):
    """Before `process once` the answers say what to run; images (read from the DataRoot) are already there."""
    root = copy_sample(tmp_path / "dataroot")

    async def script(s: ClientSession) -> dict:
        return {
            "ask": await s.call_tool("ask", {"question": QUESTION}),
            "search": await s.call_tool("search", {"text": "invoice"}),
            "image": await s.call_tool("frame_image", {"record_id": "5f1c2e9a/frame/2", "max_side": 192}),
        }

    out = run(root, script)
    for name in ("ask", "search"):
        assert out[name].is_error and "process once" in out[name].content[0].text, name
    assert png(out["image"])[0].size == (192, 108)
    assert not (root / "derived").exists()


def test_mcp_refuses_a_missing_dataroot(tmp_path):
    code, out = cli_json("mcp", "--dataroot", tmp_path / "absent")
    assert code == 1 and "--dataroot" in out["error"]


def test_readme_registers_the_tested_snippet():
    """The README's registration snippet is the one the tests start the server from (docs/mcp-client.json)."""
    import re

    blocks = re.findall(r"```json\n(.*?)```", (REPO / "README.md").read_text(), re.S)
    snippets = [json.loads(b) for b in blocks if "mcpServers" in b]
    assert snippets == [json.loads(SNIPPET.read_text())]
