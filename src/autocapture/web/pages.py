"""Server-rendered pages: timeline, frame viewer, ask, JEPA lifecycle, status. Each page renders the same
object its /api/ twin returns, so what a script sees is what a person sees."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import urlencode

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse
from starlette.templating import Jinja2Templates

from autocapture.query import browse
from autocapture.query.answer import ask as ask_question
from autocapture.web.api import frame_with_image

templates = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
TICK_MINUTES = (1, 2, 5, 10, 15, 30, 60, 120, 180, 360)


def frame_link(record_id: str, box=None, quote: str | None = None, record: str | None = None) -> str:
    args = [("id", record_id)]
    if box:
        args.append(("box", ",".join(str(int(v)) for v in box)))
    if quote:
        args.append(("quote", quote))
    if record:
        args.append(("record", record))
    return "/frame?" + urlencode(args)


def _place(lo: datetime, seconds: float):
    """Maps an ISO time to its left offset, and a pair to left/width, in % of the visible range."""

    def pct(iso: str) -> float:
        return max(0.0, min(100.0, (datetime.fromisoformat(iso) - lo).total_seconds() / seconds * 100))

    def place(start: str, end: str | None = None) -> str:
        left = pct(start)
        width = max(0.25, pct(end) - left) if end else 0.0
        return f"left:{left:.3f}%;width:{width:.3f}%" if end else f"left:{left:.3f}%"

    return place


def _ticks(lo: datetime, hi: datetime, day: str) -> list[dict]:
    """8-12 labelled ticks; each links to a zoom on its own interval."""
    seconds = (hi - lo).total_seconds()
    step = next((m for m in TICK_MINUTES if seconds / (m * 60) <= 12), TICK_MINUTES[-1])
    t = lo.replace(minute=lo.minute - lo.minute % step if step < 60 else 0, second=0, microsecond=0)
    out = []
    while t < hi:
        if t >= lo:
            end = min(t + timedelta(minutes=step), hi)
            out.append(
                {
                    "label": t.strftime("%H:%M"),
                    "left": (t - lo).total_seconds() / seconds * 100,
                    "zoom": "/timeline?"
                    + urlencode(
                        {
                            "day": day,
                            "start": t.strftime("%H:%M"),
                            "end": end.strftime("%H:%M") if end.date() == t.date() else "23:59:59",
                        }
                    ),
                }
            )
        t += timedelta(minutes=step)
    return out


def _zooms(lo: datetime, hi: datetime, day: str) -> dict:
    mid, span = lo + (hi - lo) / 2, hi - lo
    day_start = lo.replace(hour=0, minute=0, second=0)

    def link(a: datetime, b: datetime) -> str:
        a, b = max(a, day_start), min(b, day_start + timedelta(days=1) - timedelta(seconds=1))
        return "/timeline?" + urlencode(
            {"day": day, "start": a.strftime("%H:%M:%S"), "end": b.strftime("%H:%M:%S")}
        )

    return {
        "in": link(mid - span / 4, mid + span / 4),
        "out": link(mid - span, mid + span),
        "earlier": link(lo - span / 2, hi - span / 2),
        "later": link(lo + span / 2, hi + span / 2),
        "day": "/timeline?" + urlencode({"day": day, "start": "00:00", "end": "23:59:59"}),
        "fit": "/timeline?" + urlencode({"day": day}),
    }


async def _render(request: Request, name: str, context: dict, status: int = 200) -> HTMLResponse:
    return templates.TemplateResponse(
        request, name, {"frame_link": frame_link, **context}, status_code=status
    )


async def _error(request: Request, message: str, status: int) -> HTMLResponse:
    return await _render(
        request,
        "error.html",
        {"title": "Not found" if status == 404 else "Error", "message": message},
        status,
    )


async def home(request: Request):
    return RedirectResponse("/timeline", status_code=303)


async def timeline(request: Request) -> HTMLResponse:
    p = request.query_params
    try:
        t = await run_in_threadpool(
            browse.timeline, request.app.state.config, p.get("day"), p.get("start"), p.get("end")
        )
    except FileNotFoundError as exc:
        return await _error(request, str(exc), 404)
    except ValueError as exc:
        return await _error(request, str(exc), 400)
    ctx = {"title": "Timeline", "t": t}
    if t["range"]:
        lo, hi = datetime.fromisoformat(t["range"]["start"]), datetime.fromisoformat(t["range"]["end"])
        ctx.update(
            place=_place(lo, t["range"]["seconds"]),
            ticks=_ticks(lo, hi, t["day"]),
            zoom=_zooms(lo, hi, t["day"]),
            peak=max(t["density"]["bins"]) or 1,
            lo_label=lo.strftime("%a %d %b %Y, %H:%M:%S"),
            hi_label=hi.strftime("%H:%M:%S"),
        )
    return await _render(request, "timeline.html", ctx)


def _box(text: str | None) -> list[int] | None:
    if not text:
        return None
    try:
        box = [int(float(v)) for v in text.split(",")]
    except ValueError:
        return None
    return box if len(box) == 4 else None


async def frame(request: Request) -> HTMLResponse:
    record_id = request.query_params.get("id", "")
    if not record_id:
        return await _error(request, "which frame? /frame?id=<record id>", 400)
    try:
        f = await run_in_threadpool(frame_with_image, request.app.state.config, record_id)
    except LookupError as exc:
        return await _error(request, str(exc).strip("'\""), 404)
    except (ValueError, FileNotFoundError) as exc:
        return await _error(request, str(exc), 400)
    box = _box(request.query_params.get("box"))
    span_zoom = None
    if f["span"]:  # the span on the timeline, a minute either side
        lo = datetime.fromisoformat(f["span"]["start"]) - timedelta(minutes=1)
        hi = datetime.fromisoformat(f["span"]["end"]) + timedelta(minutes=1)
        day_end = lo.replace(hour=23, minute=59, second=59)
        span_zoom = "/timeline?" + urlencode(
            {
                "day": lo.date().isoformat(),
                "start": lo.strftime("%H:%M:%S"),
                "end": min(hi, day_end).strftime("%H:%M:%S"),
            }
        )
    return await _render(
        request,
        "frame.html",
        {
            "title": f"{f['app']} \u2014 {f['local_time'][11:19]}",
            "f": f,
            "box": box,
            "span_zoom": span_zoom,
            "quote": request.query_params.get("quote"),
            "cited_record": request.query_params.get("record"),
        },
    )


async def ask(request: Request) -> HTMLResponse:
    q = request.query_params.get("q", "").strip()
    result, error = None, None
    if q:
        try:
            result = await run_in_threadpool(ask_question, request.app.state.config, q)
        except (FileNotFoundError, ValueError, RuntimeError) as exc:
            error = str(exc)
    return await _render(request, "ask.html", {"title": "Ask", "q": q, "r": result, "error": error})


async def jepa(request: Request) -> HTMLResponse:
    j = await run_in_threadpool(browse.jepa, request.app.state.config)
    return await _render(request, "jepa.html", {"title": "State layer", "j": j})


async def status(request: Request) -> HTMLResponse:
    s = await run_in_threadpool(browse.status, request.app.state.config)
    return await _render(request, "status.html", {"title": "Status", "s": s})
