"""Run the web app on 127.0.0.1 (never another interface) and print the link with its token."""

from __future__ import annotations

import socket

import click

from autocapture.config import Config
from autocapture.web.auth import new_token


def listen(port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(("127.0.0.1", port))
    except OSError as exc:
        raise click.ClickException(f"cannot listen on 127.0.0.1:{port}: {exc.strerror} (try --port 0 for any free port)")
    sock.listen(64)
    return sock


def serve(config: Config, port: int, token: str | None = None, open_browser: bool = False) -> None:
    import uvicorn

    from autocapture.web.app import build_app

    sock = listen(port)
    port = sock.getsockname()[1]
    token = token or new_token()
    url = f"http://127.0.0.1:{port}/?token={token}"
    click.echo(f"autocapture serve: {config.data_dir or config.derived_dir} (read-only)\n"
               f"  open {url}\n  Ctrl-C stops it.", err=False)
    if open_browser:
        import webbrowser

        webbrowser.open(url)
    server = uvicorn.Server(uvicorn.Config(build_app(config, token, port), log_level="warning", lifespan="off",
                                           server_header=False, access_log=False))
    server.run(sockets=[sock])
