"""`autocapture serve` end to end: the real server on 127.0.0.1 over a processed copy of the sample, driven
by Playwright in Debian's headless Chromium (no browser download is possible here), plus its door (token,
Host check, read-only methods) and the JSON API against the CLI's --json."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from PIL import Image, ImageOps

from conftest import FRESH, cli_json, process_sample, sidecar_hashes

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
QUESTION = "what was the total due on the Northwind invoice?"
SHOTS = Path(os.environ.get("TEST_SCREENSHOTS", "")) if os.environ.get("TEST_SCREENSHOTS") else None


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    root, _ = process_sample(tmp_path_factory.mktemp("web") / "dr")
    for step in (
        ("state", "tape"),
        ("state", "jepa", "train"),
        ("state", "jepa", "approve-latest", "--force"),
        ("state", "jepa", "promote"),
        ("state", "landscape", "rebuild"),
    ):
        code, out = cli_json(*step, "--dataroot", root, *FRESH)
        assert code == 0, (step, out)
    manifest = out["manifest_hash"]
    before = sidecar_hashes(root)
    exe = str(Path(sys.executable).parent / "autocapture")
    proc = subprocess.Popen(
        [exe, "serve", "--dataroot", str(root), "--port", "0", *FRESH],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    url = None
    deadline = time.monotonic() + 60
    while url is None and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line and proc.poll() is not None:
            pytest.fail(f"serve exited {proc.returncode}: {proc.stderr.read()}")
        if m := re.search(r"(http://127\.0\.0\.1:\d+)/\?token=(\S+)", line):
            url = m
    assert url, "serve printed no link"
    yield {
        "base": url.group(1),
        "token": url.group(2),
        "link": url.group(0),
        "root": root,
        "manifest": manifest,
    }
    proc.terminate()
    proc.wait(10)
    assert sidecar_hashes(root) == before  # serving never wrote into the sidecar's files


def fetch(url: str, token: str | None = None, host: str | None = None, method: str = "GET"):
    req = urllib.request.Request(url, method=method)
    if token:
        req.add_header("Authorization", f"Bearer {token}")
    if host:
        req.add_header("Host", host)
    try:
        with urllib.request.urlopen(req, timeout=60) as resp:
            return resp.status, resp.headers, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read()


def test_every_request_needs_the_token_and_nothing_can_change(server):
    base, token = server["base"], server["token"]
    for path in (
        "/timeline",
        "/api/timeline",
        "/api/query?q=total",
        "/api/image/5f1c2e9a/frame/6",
        "/static/app.css",
    ):
        assert fetch(base + path)[0] == 401, path
        assert fetch(base + path, token="not-the-token")[0] == 401, path
        assert fetch(base + path, token=token)[0] == 200, path
    status, _, body = fetch(base + "/api/timeline")
    assert "token" in json.loads(body)["error"]
    # a page from another origin that resolves its name to 127.0.0.1 (DNS rebinding) is refused
    assert fetch(base + "/api/timeline", token=token, host="attacker.example:80")[0] == 403
    for method in ("POST", "PUT", "DELETE", "PATCH"):
        assert fetch(base + "/api/query?q=x", token=token, method=method)[0] == 405
    # the printed link trades the token for an HttpOnly cookie and drops it from the address bar
    with pytest.raises(urllib.error.HTTPError) as redirect:
        urllib.request.build_opener(NoRedirect).open(server["link"], timeout=60)
    assert redirect.value.code == 303 and redirect.value.headers["location"] == "/"
    assert "HttpOnly" in redirect.value.headers["set-cookie"]


def fetch_with(url: str, headers: dict) -> int:
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=60) as resp:
            return resp.status
    except urllib.error.HTTPError as exc:
        return exc.code


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def test_api_mirrors_the_cli_json(server):
    base, token, root = server["base"], server["token"], server["root"]
    _, _, body = fetch(base + "/api/query?q=" + urllib.request.quote(QUESTION), token=token)
    web = json.loads(body)
    code, cli = cli_json("query", QUESTION, "--dataroot", root)
    assert code == 0
    for key in ("question", "state", "answer", "fields", "filters", "claims"):
        assert web[key] == cli[key], key
    cite = web["claims"][0]["citations"][0]
    _, _, body = fetch(base + "/api/frames/" + cite["frame_record_id"], token=token)
    frame = json.loads(body)
    assert frame["record_id"] == cite["frame_record_id"] and frame["app"] == cite["app"]
    assert any(
        line["box"][0] <= cite["bbox"][0] and cite["bbox"][2] <= line["box"][2] and "1,284.50" in line["text"]
        for line in frame["lines"]
    )
    status, headers, png = fetch(base + frame["image_url"], token=token)
    assert status == 200 and headers["content-type"] == "image/png"
    assert Image.open(io.BytesIO(png)).size == (frame["width"], frame["height"])
    assert fetch(base + "/api/frames/5f1c2e9a/frame/999", token=token)[0] == 404
    assert fetch(base + "/api/image/../metadata.db", token=token)[0] in (404, 422)
    _, _, body = fetch(base + "/api/timeline", token=token)
    t = json.loads(body)
    assert sum(len(lane["runs"]) for lane in t["lanes"]) >= 8 and len(t["frames"]) == 16
    assert fetch(base + "/api/timeline?start=25:00", token=token)[0] == 400
    _, _, body = fetch(base + "/api/status", token=token)
    assert json.loads(body)["frames"] == 16


def _ocr(image: Image.Image) -> str:
    import tesserocr

    from autocapture.stages.ocr import find_tessdata

    g = ImageOps.grayscale(image)
    g = g.resize((g.width * 3, g.height * 3), Image.Resampling.LANCZOS)
    return tesserocr.image_to_text(g, path=str(find_tessdata()) + "/", psm=7).strip()


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("chromium is missing: scripts/install --test installs it")
        pytest.skip("no chromium here (scripts/install --test installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield b
        b.close()


def _shot(page, name: str, tmp_path: Path) -> Image.Image:
    path = (SHOTS or tmp_path) / f"{name}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(path))
    return Image.open(path).convert("RGB")


def test_timeline_ask_click_citation_lands_on_the_box(server, browser, tmp_path):
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    # a link without the token is refused in the browser too
    assert page.goto(server["base"] + "/timeline").status == 401
    assert "token" in page.inner_text("body")
    # the printed link: lands on the timeline
    page.goto(server["link"])
    assert page.url.endswith("/timeline") and "token" not in page.url
    runs = page.locator("a.run")
    assert runs.count() >= 8 and page.locator(".lane.app").count() == 6
    assert page.locator("a.span").count() >= 8  # the state tape's spans have a lane of their own
    shot = _shot(page, "timeline", tmp_path)
    assert shot.size == (1400, 900)
    # click 1: a window run opens its first frame
    first = runs.first.get_attribute("data-first-frame")
    runs.first.click()
    page.wait_for_selector("#frame-image")
    assert page.locator("code").first.inner_text() == first
    assert page.locator("#span-link").count() == 1  # the span this frame belongs to, on the timeline
    assert "/timeline?day=" in page.get_attribute("#span-link", "href")
    # ask from the header box; click 2 submits, click 3 opens the citation
    page.fill("#q", QUESTION)
    page.click("#ask-submit")
    page.wait_for_selector("#answer")
    assert "1,284.50" in page.inner_text("#answer-text")
    _shot(page, "answer", tmp_path)
    cite = page.locator("a.cite").first
    bbox = [int(v) for v in cite.get_attribute("data-bbox").split(",")]
    quote = cite.get_attribute("data-quote")
    cite.click()
    page.wait_for_selector("#highlight")
    page.wait_for_function("document.getElementById('frame-image').complete")
    img = page.locator("#frame-image").bounding_box()
    hl = page.locator("#highlight").bounding_box()
    natural = int(page.locator("#frame-image").get_attribute("data-width"))
    scale = img["width"] / natural
    drawn = [
        (hl["x"] - img["x"]) / scale,
        (hl["y"] - img["y"]) / scale,
        (hl["x"] + hl["width"] - img["x"]) / scale,
        (hl["y"] + hl["height"] - img["y"]) / scale,
    ]
    # the box on the page is the citation's box (within the 3 px stroke, in frame pixels)
    assert all(abs(a - b) <= 3 / scale + 1 for a, b in zip(drawn, bbox)), (drawn, bbox)
    shot = _shot(page, "citation", tmp_path)
    # and it is drawn over the cited text: the highlight's red stroke is in the screenshot where the box is,
    # and the pixels inside it read back as the quote
    left, top = int(hl["x"]), int(hl["y"])
    red = sum(
        1
        for x in range(left, left + int(hl["width"]))
        for y in (top, top + 1)
        if _is_highlight(shot.getpixel((x, y)))
    )
    assert red > hl["width"] * 0.5
    # read the text under it at 1:1, with the highlight out of the way
    page.check("#actual-size")
    page.locator("#highlight").scroll_into_view_if_needed()
    hl = page.locator("#highlight").bounding_box()
    page.locator("#highlight").evaluate("e => e.style.display = 'none'")
    pad = 4
    crop = page.screenshot(
        clip={
            "x": hl["x"] - pad,
            "y": hl["y"] - pad,
            "width": hl["width"] + 2 * pad,
            "height": hl["height"] + 2 * pad,
        }
    )
    crop = Image.open(io.BytesIO(crop)).convert("RGB")
    crop.save((SHOTS or tmp_path) / "citation-crop.png")
    read = _ocr(crop)
    assert quote.replace(" ", "") in read.replace(" ", ""), (read, quote)
    # previous/next step through frames
    with page.expect_navigation():  # frame page to frame page: wait for the new one, not the old one's image
        page.click("#next")
    assert "#highlight" not in page.content()
    page.close()


def _is_highlight(rgb) -> bool:
    r, g, b = rgb
    return r > 180 and g < 90 and b < 120


def test_zoom_status_and_state_pages(server, browser, tmp_path):
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto(server["link"])
    before = page.locator("a.frametick").count()
    with page.expect_navigation():
        page.click("#zoom-in")
    assert 0 < page.locator("a.frametick").count() < before
    # a tick label zooms to its own minutes
    with page.expect_navigation():
        page.locator("a.tick").first.click()
    assert "start=" in page.url
    page.goto(server["base"] + "/status")
    assert "Budgets: CPU 50.0%" in page.inner_text("main")
    assert page.locator("#gating").count() == 1
    page.goto(server["base"] + "/jepa")
    assert "activity spans on the tape" in page.inner_text("main")
    assert page.inner_text("#active-run").startswith("jepa-")
    assert page.locator("#jepa-runs tr.promoted").count() == 1
    assert page.inner_text("#manifest-hash") == server["manifest"]
    _shot(page, "jepa", tmp_path)
    page.close()


def test_days_and_zoom_follow_the_users_time_zone(tmp_path):
    """Days are local days (here across the spring DST switch in Berlin), counted without reading every
    frame; a zoom is an explicit local range and a bad one is refused with the reason."""
    from autocapture.config import load_config
    from autocapture.query import browse
    from autocapture.store.derived import DerivedStore

    with DerivedStore(tmp_path / "derived") as store, store.tx():
        for i, ts in enumerate(
            [
                "2026-03-28T12:00:00.000000+00:00",
                "2026-03-28T23:30:00.000000+00:00",
                "2026-03-29T01:30:00.000000+00:00",
            ]
        ):
            store.conn.execute(
                "INSERT INTO frames VALUES (?, ?, ?, 'r', 'code.exe', 'main.py', 1920, 1080, NULL)",
                (f"r/frame/{i}", str(i), ts),
            )
    config = load_config(
        env={}, overrides=[f"storage.derived_dir={tmp_path / 'derived'}", "time.tzid=Europe/Berlin"]
    )
    t = browse.timeline(config)
    assert t["days"] == [{"day": "2026-03-29", "frames": 2}, {"day": "2026-03-28", "frames": 1}]
    assert t["day"] == "2026-03-29" and t["frames_in_view"] == 2
    assert (
        t["range"]["start"] == "2026-03-29T00:30:00+01:00"
        and t["range"]["end"] == "2026-03-29T03:45:00+02:00"
    )
    zoom = browse.timeline(config, "2026-03-28", "12:00", "14:00")
    assert [f["record_id"] for f in zoom["frames"]] == ["r/frame/0"]
    with pytest.raises(ValueError, match="not after its start"):
        browse.timeline(config, "2026-03-28", "14:00", "12:00")


def test_window_titles_from_the_sidecar_are_escaped(tmp_path):
    """Titles, app names and screen text are untrusted: a title with markup renders as text."""
    from starlette.testclient import TestClient

    from autocapture.config import load_config
    from autocapture.store.derived import DerivedStore
    from autocapture.web.app import build_app

    evil = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    with DerivedStore(tmp_path / "derived") as store, store.tx():
        store.conn.execute(
            "INSERT INTO frames VALUES ('r/frame/1', '1', '2026-03-28T12:00:00.000000+00:00', 'r', ?, ?, "
            "1920, 1080, NULL)",
            (evil, evil),
        )
    config = load_config(env={}, overrides=[f"storage.derived_dir={tmp_path / 'derived'}"])
    gate = build_app(config, "t0ken", 1)
    gate.hosts = {"testserver"}
    client = TestClient(gate)
    assert client.get("/timeline").status_code == 401
    body = client.get("/timeline", headers={"Authorization": "Bearer t0ken"}).text
    assert "<script>alert" not in body and "<img src=x" not in body
    assert "&lt;script&gt;alert(" in body
    frame = client.get(
        "/frame",
        params={"id": "r/frame/1", "quote": evil, "box": "1,2,3,4"},
        headers={"Authorization": "Bearer t0ken"},
    )
    assert frame.status_code == 200 and "<script>alert" not in frame.text


# --- other pages on this machine -------------------------------------------------------------------------
def test_bad_tokens_are_refused_with_401_never_500(server):
    """A token is compared as bytes: non-ASCII in a header, a %-escape or the cookie is simply wrong."""
    base, port = server["base"], server["base"].rsplit(":", 1)[1]
    probes = [
        ({"Authorization": "Bearer é"}, "/api/timeline"),
        ({"Authorization": "Bearer \xff\xfe"}, "/api/status"),
        ({"X-Autocapture-Token": "é" * 40}, "/api/timeline"),
        ({}, "/api/timeline?token=%C3%A9"),
        ({}, "/timeline?token=%FF%FE"),
        ({}, "/timeline?token=" + "%E2%80%AE" * 8),
        ({"Cookie": f'autocapture_token_{port}=é; x="y'}, "/timeline"),
        ({"Cookie": ";;=;"}, "/"),
    ]
    for headers, path in probes:
        req = urllib.request.Request(base + path, headers=headers)
        try:
            urllib.request.urlopen(req, timeout=60)
            pytest.fail(f"{path} {headers} was served")
        except urllib.error.HTTPError as exc:
            assert exc.code == 401, (path, headers, exc.code)


def test_requests_from_other_sites_or_origins_are_refused(server):
    """Fetch metadata and Origin: only this server's own pages and navigations the user started get in,
    whatever credential they carry; every answer says its resources are for this origin only."""
    base, token = server["base"], server["token"]
    port = base.rsplit(":", 1)[1]

    def status(path, **headers):
        req = urllib.request.Request(base + path, headers={"Authorization": f"Bearer {token}", **headers})
        try:
            with urllib.request.urlopen(req, timeout=60) as resp:
                return resp.status, resp.headers
        except urllib.error.HTTPError as exc:
            return exc.code, exc.headers

    for site in ("same-site", "cross-site"):
        for mode, dest in (
            ("cors", "empty"),
            ("no-cors", "image"),
            ("navigate", "document"),
            ("navigate", "iframe"),
        ):
            assert (
                status(
                    "/api/timeline",
                    **{"Sec-Fetch-Site": site, "Sec-Fetch-Mode": mode, "Sec-Fetch-Dest": dest},
                )[0]
                == 403
            ), (site, mode, dest)
    assert status("/api/timeline", **{"Sec-Fetch-Site": "none", "Sec-Fetch-Mode": "cors"})[0] == 403
    assert (
        status(
            "/timeline",
            **{"Sec-Fetch-Site": "none", "Sec-Fetch-Mode": "navigate", "Sec-Fetch-Dest": "document"},
        )[0]
        == 200
    )
    assert status("/api/timeline", **{"Sec-Fetch-Site": "same-origin", "Sec-Fetch-Mode": "cors"})[0] == 200
    for origin in (
        f"http://127.0.0.1:{int(port) + 1}",
        f"http://localhost:{int(port) + 1}",
        "null",
        f"https://127.0.0.1:{port}",
    ):
        assert status("/api/query?q=total", Origin=origin)[0] == 403, origin
    code, headers = status("/api/timeline", Origin=base)
    assert code == 200 and headers["cross-origin-resource-policy"] == "same-origin"
    assert status("/static/app.css")[1]["cross-origin-resource-policy"] == "same-origin"
    # the cookie is named for this server's port (cookies ignore ports)
    with pytest.raises(urllib.error.HTTPError) as redirect:
        urllib.request.build_opener(NoRedirect).open(server["link"], timeout=60)
    assert redirect.value.headers["set-cookie"].startswith(f"autocapture_token_{port}={token};")


def test_non_http_scopes_are_refused(tmp_path):
    """No WebSocket (or any other ASGI scope) reaches a route, token or not."""
    from starlette.testclient import TestClient
    from starlette.websockets import WebSocketDisconnect

    from autocapture.config import load_config
    from autocapture.web.app import build_app

    gate = build_app(load_config(env={}, overrides=[f"storage.derived_dir={tmp_path}"]), "t0ken", 1)
    gate.hosts = {"testserver"}
    with pytest.raises(WebSocketDisconnect) as closed:
        with TestClient(gate).websocket_connect("/api/query?token=t0ken") as ws:
            ws.receive_text()
    assert closed.value.code == 1008


ATTACK = """<!doctype html><meta charset="utf-8"><title>another app on this machine</title>
<script>window.results = {{}};</script>
<img id="img" src="{base}/api/image/5f1c2e9a/frame/6" onload="results.img = 'loaded'" onerror="results.img = 'error'">
<iframe id="frame" name="frame" src="{base}/timeline"></iframe>
<iframe name="sink"></iframe>
<form id="form" action="{base}/api/query" method="get" target="sink"><input name="q" value="form total"></form>
<script>
// the image's handlers are on the tag: a refusal can arrive before this script runs
(async () => {{
  try {{ const r = await fetch("{base}/api/query?q=fetch+total", {{credentials: "include"}});
         results.fetch = "read " + (await r.text()); }} catch (e) {{ results.fetch = "blocked"; }}
  try {{ const r = await fetch("{base}/api/timeline", {{credentials: "include", mode: "no-cors"}});
         results.nocors = r.type; }} catch (e) {{ results.nocors = "blocked"; }}
  document.getElementById("form").submit();
  results.done = true;
}})();
</script>"""


@pytest.fixture()
def other_site(tmp_path):
    """A page served by another program on another port of 127.0.0.1 (same site, another origin)."""
    import http.server
    import threading

    handler = lambda *a, **kw: http.server.SimpleHTTPRequestHandler(*a, directory=str(tmp_path), **kw)  # noqa: E731
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield tmp_path, f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_a_page_on_another_localhost_port_cannot_read_or_trigger_anything(server, browser, other_site):
    folder, other = other_site
    (folder / "attack.html").write_text(ATTACK.format(base=server["base"]))
    context = browser.new_context()
    page = context.new_page()
    page.goto(server["link"])  # the user is signed in: the browser holds the cookie
    assert page.url.endswith("/timeline") and page.locator("a.run").count() >= 8
    sent, answered = [], {}
    attack = context.new_page()
    attack.on("request", lambda r: sent.append(r) if r.url.startswith(server["base"]) else None)
    attack.on(
        "response",
        lambda r: answered.__setitem__(r.url, r.status) if r.url.startswith(server["base"]) else None,
    )
    attack.goto(other + "/attack.html")
    attack.wait_for_function("window.results && window.results.done && window.results.img")
    want = ("/api/query?q=fetch", "/api/timeline", "/api/image/", "/timeline", "/api/query?q=form")
    deadline = time.monotonic() + 20
    while not all(any(w in r.url for r in sent) for w in want) and time.monotonic() < deadline:
        attack.wait_for_timeout(100)
    attack.wait_for_timeout(500)
    results = attack.evaluate("window.results")
    assert results["fetch"] == "blocked" and results["img"] == "error", results  # nothing read
    assert set(answered.values()) <= {403}, answered  # what the browser let us see was refused at the door
    # and every request it made is refused as the browser sent it, with the user's cookie (same site: it goes
    # along, as it did on those the browser reports it for)
    port = server["base"].rsplit(":", 1)[1]
    assert all(any(w in r.url for r in sent) for w in want), [r.url for r in sent]
    (cookie,) = [c for c in context.cookies() if c["name"] == f"autocapture_token_{port}"]
    sent_headers = [{k: v for k, v in r.all_headers().items() if not k.startswith(":")} for r in sent]
    assert any(cookie["value"] in h.get("cookie", "") for h in sent_headers)
    replayed = 0
    for r, headers in zip(sent, sent_headers):
        if "sec-fetch-site" in headers:  # the browser reports the full headers of most, not all, requests
            assert headers["sec-fetch-site"] == "same-site", headers
            headers["cookie"] = f"{cookie['name']}={cookie['value']}"
            assert fetch_with(r.url, headers) == 403, (r.url, headers)
            replayed += 1
    assert replayed >= 2
    assert "1,284.50" not in attack.content()
    # the user's own tab still works in three clicks: ask, submit, a citation
    page.bring_to_front()
    page.fill("#q", QUESTION)
    page.click("#ask-submit")
    page.wait_for_selector("#answer")
    assert "1,284.50" in page.inner_text("#answer-text")
    with page.expect_navigation():
        page.locator("a.cite").first.click()
    page.wait_for_selector("#highlight")
    context.close()


def test_open_starts_the_browser_on_a_private_launch_file(server, browser, tmp_path):
    """--open hands the browser a 0600 file that forwards with the token: the token is never on a command line,
    and the file signs the browser in."""
    seen = tmp_path / "browser.json"
    fake = tmp_path / "fake_browser.py"
    fake.write_text(
        "import json, os, sys\nfrom urllib.parse import urlparse\n"
        "path = urlparse(sys.argv[1]).path\n"
        f"json.dump({{'argv': sys.argv, 'path': path, 'mode': os.stat(path).st_mode & 0o777, "
        f"'folder_mode': os.stat(os.path.dirname(path)).st_mode & 0o777, "
        f"'html': open(path).read()}}, open({str(seen)!r}, 'w'))\n"
    )
    exe = str(Path(sys.executable).parent / "autocapture")
    env = {**os.environ, "BROWSER": f"{sys.executable} {fake} %s"}
    proc = subprocess.Popen(
        [exe, "serve", "--dataroot", str(server["root"]), "--port", "0", "--open", *FRESH],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        link = None
        while link is None:
            line = proc.stdout.readline()
            assert line or proc.poll() is None, proc.stderr.read()
            link = re.search(r"http://127\.0\.0\.1:\d+/\?token=(\S+)", line)
        deadline = time.monotonic() + 30
        while not seen.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        launched = json.loads(seen.read_text())
        token = link.group(1)
        assert not any(token in arg for arg in launched["argv"])  # not on the browser's command line
        assert launched["mode"] == 0o600 and launched["folder_mode"] == 0o700 and token in launched["html"]
        page = browser.new_context().new_page()
        page.goto(Path(launched["path"]).as_uri())  # a file:// page: its navigation arrives "cross-site"
        page.wait_for_url("**/timeline", timeout=30000)
        assert page.locator("a.run").count() >= 8 and "token" not in page.url
        assert not Path(launched["path"]).parent.exists()  # used once, then gone
        page.context.close()
    finally:
        proc.terminate()
        proc.wait(10)


def test_ask_without_an_answer_still_lists_the_closest_matches(server, browser, tmp_path):
    """A question nothing on screen answers says so, and shows the screen lines closest to it, each a link to its
    frame with the box highlighted."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto(server["link"])
    page.fill("#q", "What was the total on the Globex invoice?")
    page.click("#ask-submit")
    page.wait_for_selector("#answer")
    assert "no_evidence" in page.inner_text("#answer .meta") and "Globex" in page.inner_text("#answer-text")
    matches = page.locator("#matches a.cite")
    assert matches.count() >= 1
    record = matches.first.get_attribute("data-record-id")
    matches.first.click()
    page.wait_for_selector("#highlight")
    assert record.split("#")[0] in page.inner_text("body")
    page.close()
