"""The Starlette app: routes for pages and their /api/ twins, static files, behind the token gate."""

from __future__ import annotations

from pathlib import Path

from starlette.applications import Starlette
from starlette.responses import HTMLResponse, JSONResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from autocapture.config import Config
from autocapture.web import api, pages
from autocapture.web.auth import TokenGate


def build_app(config: Config, token: str, port: int, on_exchange=None):
    """`on_exchange` is called when a browser trades the token for its cookie (serve --open: the launch file has
    done its job)."""
    app = Starlette(
        routes=[
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
        ],
        exception_handlers={OverflowError: _out_of_range},
    )
    app.state.config = config
    return TokenGate(app, token, {f"127.0.0.1:{port}", f"localhost:{port}"}, port, on_exchange)


async def _out_of_range(request, exc: OverflowError):
    """A date no calendar holds (year 1 moved to a local zone, a zoom past year 9999): the request's fault
    or old data's, never a crash."""
    message = f"a date out of range ({exc})"
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": message}, status_code=400)
    return HTMLResponse(f"<!doctype html><title>autocapture: 400</title><p>{message}</p>", status_code=400)
