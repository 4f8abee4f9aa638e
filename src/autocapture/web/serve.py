"""Run the web app on 127.0.0.1 (never another interface) and print the link with its token."""

from __future__ import annotations

import html
import os
import shutil
import socket
import tempfile
import threading
from pathlib import Path

import click

from autocapture.config import Config
from autocapture.web.auth import new_token


def listen(port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(("127.0.0.1", port))
    except OSError as exc:
        raise click.ClickException(
            f"cannot listen on 127.0.0.1:{port}: {exc.strerror} (try --port 0 for any free port)"
        ) from exc
    sock.listen(64)
    return sock


LAUNCH_FILE_LIFETIME_S = 120


def launch_file(url: str) -> Path:
    """An HTML file only this user can read (0600, in a fresh 0700 folder) that sends the browser on to `url`.
    The browser is started on this file, so the token never appears on a command line (which every local
    user can read in /proc)."""
    folder = Path(tempfile.mkdtemp(prefix="autocapture-open-"))
    path = folder / "open.html"
    target = html.escape(url, quote=True)
    body = (
        f'<!doctype html><meta charset="utf-8"><meta name="referrer" content="no-referrer">'
        f'<meta http-equiv="refresh" content="0;url={target}"><title>autocapture</title>'
        f'<p><a href="{target}">Open autocapture</a></p>'
    )
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(body)
    return path


def serve(config: Config, port: int, token: str | None = None, open_browser: bool = False) -> None:
    import uvicorn

    from autocapture.web.app import build_app

    sock = listen(port)
    port = sock.getsockname()[1]
    token = token or new_token()
    url = f"http://127.0.0.1:{port}/?token={token}"
    click.echo(
        f"autocapture serve: {config.data_dir or config.derived_dir} (read-only)\n"
        f"  open {url}\n  Ctrl-C stops it.",
        err=False,
    )
    launched = None
    if open_browser:
        import webbrowser

        launched = launch_file(url)
        webbrowser.open(launched.as_uri())
        # it must not outlive its use: gone once the browser has traded the token, or after two minutes
        timer = threading.Timer(LAUNCH_FILE_LIFETIME_S, shutil.rmtree, (launched.parent, True))
        timer.daemon = True
        timer.start()
    forget = (lambda: shutil.rmtree(launched.parent, ignore_errors=True)) if launched else None
    server = uvicorn.Server(
        uvicorn.Config(
            build_app(config, token, port, forget),
            log_level="warning",
            lifespan="off",
            server_header=False,
            access_log=False,
        )
    )
    try:
        server.run(sockets=[sock])
    finally:
        if launched is not None:
            shutil.rmtree(launched.parent, ignore_errors=True)
