"""The JSON API: the same objects the CLI prints with --json, and frame images served by record id."""

from __future__ import annotations

from datetime import datetime
from urllib.parse import quote

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from autocapture.dataroot.blobs import BlobError
from autocapture.dataroot.reader import DataRoot
from autocapture.dataroot.records import Record, parse_frame
from autocapture.query import browse
from autocapture.query.answer import ask
from autocapture.runtime import privacy

MAGIC = [(b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg")]


def image_url(record_id: str) -> str:
    return "/api/image/" + quote(record_id, safe="/")


def _now(request: Request) -> datetime | None:
    text = request.query_params.get("now")
    return datetime.fromisoformat(text.replace("Z", "+00:00")) if text else None


async def _json(fn, *args) -> JSONResponse:
    """Run a blocking read in the thread pool; a bad argument is a 400, a missing record a 404."""
    try:
        return JSONResponse(await run_in_threadpool(fn, *args))
    except LookupError as exc:
        return JSONResponse({"error": str(exc).strip("'\"")}, status_code=404)
    except (ValueError, FileNotFoundError) as exc:
        return JSONResponse({"error": str(exc)}, status_code=400)


def frame_with_image(config, record_id: str) -> dict:
    out = browse.frame(config, record_id)
    return {**out, "image_url": image_url(out["record_id"])}


async def query(request: Request) -> JSONResponse:
    q = request.query_params.get("q", "").strip()
    if not q:
        return JSONResponse({"error": "ask something: /api/query?q=..."}, status_code=400)
    try:
        now = _now(request)
    except ValueError:
        return JSONResponse({"error": "now= must be an ISO time"}, status_code=400)
    return await _json(ask, request.app.state.config, q, now)


async def frame(request: Request) -> JSONResponse:
    return await _json(frame_with_image, request.app.state.config, request.path_params["record_id"])


async def timeline(request: Request) -> JSONResponse:
    p = request.query_params
    return await _json(browse.timeline, request.app.state.config, p.get("day"), p.get("start"), p.get("end"))


async def status(request: Request) -> JSONResponse:
    return await _json(browse.status, request.app.state.config)


async def jepa(request: Request) -> JSONResponse:
    return await _json(browse.jepa, request.app.state.config)


class Excluded(PermissionError):
    """A frame the privacy rules exclude: its image is never served."""


def _refuse_excluded(config, frame) -> None:
    rule = privacy.frame_rule(config, frame.record_id, frame.app, frame.title)
    if rule is not None:
        raise Excluded(f"frame {frame.record_id!r} is excluded by the privacy settings ({rule})")


def read_image(config, record_id: str) -> tuple[bytes, str]:
    """The frame's blob, found and checked the way processing finds it (never by a path from the request)."""
    frame_id = record_id.split("#", 1)[0]
    with DataRoot(config) as dr:
        rec = dr.record(frame_id)
        if rec is None:
            raise LookupError(f"no frame {frame_id!r} in the DataRoot")
        if not isinstance(rec, Record) or "frame" not in rec.record_type:
            raise ValueError(f"record {frame_id!r} is not a readable frame record")
        f = parse_frame(rec)
        _refuse_excluded(config, f)
        path = dr.media.resolve(f.record_id, f.run_id, rec.ts_raw, rec.payload)
        data = dr.media.read_bytes(path, f.record_id, f.content_size, f.content_hash)
    for magic, kind in MAGIC:
        if data.startswith(magic):
            return data, kind
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return data, "image/webp"
    raise ValueError(f"frame {frame_id!r}: blob is not PNG, JPEG or WebP")


async def image(request: Request) -> Response:
    record_id = request.path_params["record_id"]
    config = request.app.state.config
    try:
        data, kind = await run_in_threadpool(read_image, config, record_id)
    except LookupError as exc:
        return JSONResponse({"error": str(exc).strip("'\"")}, status_code=404)
    except Excluded as exc:
        return JSONResponse({"error": str(exc)}, status_code=403)
    except (BlobError, ValueError) as exc:
        return JSONResponse({"error": str(exc)}, status_code=422)
    return Response(data, media_type=kind)
