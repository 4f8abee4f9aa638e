"""The Starlette app: routes for pages and their /api/ twins, static files, behind the token gate."""

from __future__ import annotations

from pathlib import Path

from starlette.applications import Starlette
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from autocapture.config import Config
from autocapture.web import api, pages
from autocapture.web.auth import TokenGate


def build_app(config: Config, token: str, port: int):
    app = Starlette(routes=[
        Route("/", pages.home),
        Route("/timeline", pages.timeline),
        Route("/frame", pages.frame),
        Route("/ask", pages.ask),
        Route("/jepa", pages.jepa),
        Route("/status", pages.status),
        Route("/api/query", api.query),
        Route("/api/timeline", api.timeline),
        Route("/api/frames/{record_id:path}", api.frame),
        Route("/api/image/{record_id:path}", api.image),
        Route("/api/status", api.status),
        Route("/api/jepa", api.jepa),
        Mount("/static", StaticFiles(directory=str(Path(__file__).parent / "static")), name="static"),
    ])
    app.state.config = config
    return TokenGate(app, token, {f"127.0.0.1:{port}", f"localhost:{port}"}, port)
