"""`autocapture export`: a self-contained folder (the sidecar's frame records, autocapture's canonical
records, optionally the frame images) with a manifest of filters, counts, versions and every file's sha256.
Written to a temporary folder and renamed at the end; the sidecar's files and the derived store are only read."""

from __future__ import annotations

import json
import os
import platform
import shutil
from datetime import datetime, timezone
from pathlib import Path

from PIL import ImageDraw

from autocapture import __version__
from autocapture.config import Config
from autocapture.dataroot.reader import DataRoot
from autocapture.dataroot.records import Record, parse_frame
from autocapture.export.sanitize import Redactor, find
from autocapture.hashing import canonical_json, sha256_hex
from autocapture.stages.sst import locate
from autocapture.store.derived import connect

PAD = 3


class ExportError(ValueError):
    pass


def _frames(conn, since, until, app) -> list[tuple]:
    sql, args = "SELECT record_id, ts_utc, app FROM frames WHERE 1=1", []
    if since:
        sql, args = sql + " AND ts_utc >= ?", args + [since.astimezone(timezone.utc).isoformat(timespec="microseconds")]
    if until:
        sql, args = sql + " AND ts_utc < ?", args + [until.astimezone(timezone.utc).isoformat(timespec="microseconds")]
    if app:
        sql, args = sql + " AND lower(app) = ?", args + [app.lower() if app.lower().endswith(".exe") else app.lower() + ".exe"]
    return conn.execute(sql + " ORDER BY ts_utc, record_id", tuple(args)).fetchall()


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def _redact_pixels(image, sst: dict | None) -> int:
    """Black out every detected span using the boxes of the words it was read from."""
    if not sst:
        return 0
    draw = ImageDraw.Draw(image)
    n = 0
    for line in sst["lines"]:
        for f in find(line["text"]):
            l, t, r, b = locate(line, f.start, f.end)
            draw.rectangle((l - PAD, t - PAD, r + PAD, b + PAD), fill=(0, 0, 0))
            n += 1
    return n


def export(config: Config, out: Path, since: datetime | None = None, until: datetime | None = None,
           app: str | None = None, fmt: str = "jsonl", frames: bool = False, sanitize: bool = False) -> dict:
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise ExportError(f"{out} exists and is not empty; export writes a new folder")
    derived = config.derived_dir / "derived.db"
    if not derived.exists():
        raise ExportError(f"nothing processed yet ({derived}); run `autocapture process once` first")
    tmp = out.parent / f".{out.name}.partial-{os.getpid()}"
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir(parents=True)
    conn = connect(derived, readonly=True)
    redactor = Redactor()
    clean = redactor.value if sanitize else (lambda v: v)
    records, facts, files = [], [], {}
    pixel_boxes = 0
    try:
        with DataRoot(config) as dr:
            for frame_id, ts, frame_app in _frames(conn, since, until, app):
                rec = dr.record(frame_id)
                if not isinstance(rec, Record):
                    continue
                records.append({"id": frame_id, "record_type": rec.record_type, "payload": clean(rec.payload)})
                sst = None
                for sid, body in conn.execute("SELECT sample_id, body FROM records WHERE source_id = ? ORDER BY sample_id",
                                              (frame_id,)):
                    doc = json.loads(body)
                    if doc["modality"] == "sst":
                        sst = doc["output_json"]
                    if sanitize:
                        doc = clean(doc)
                        doc["emb_vectors"] = []  # computed from the raw text: they would carry it
                    facts.append(doc)
                if frames:
                    image = dr.media.load_frame(parse_frame(rec)).image.copy()
                    if sanitize:
                        pixel_boxes += _redact_pixels(image, sst)
                    name = "frames/" + frame_id.replace("/", "_") + ".png"
                    import io

                    buf = io.BytesIO()
                    image.save(buf, "PNG")
                    _write(tmp / name, buf.getvalue())
                    files[name] = sha256_hex(buf.getvalue())
        if fmt == "jsonl":
            for name, rows in (("records.jsonl", records), ("facts.jsonl", facts)):
                data = "".join(canonical_json(r) + "\n" for r in rows).encode()
                _write(tmp / name, data)
                files[name] = sha256_hex(data)
        else:
            import pyarrow as pa
            import pyarrow.parquet as pq

            for name, rows in (("records.parquet", records), ("facts.parquet", facts)):
                table = pa.table({"id": [r.get("id") or r["sample_id"] for r in rows],
                                  "json": [canonical_json(r) for r in rows]})
                pq.write_table(table, tmp / name)
                files[name] = sha256_hex((tmp / name).read_bytes())
        manifest = {
            "created_by": f"autocapture {__version__}", "created_utc": datetime.now(timezone.utc).isoformat(),
            "filters": {"since": since.isoformat() if since else None, "until": until.isoformat() if until else None,
                        "app": app},
            "format": fmt, "frames_included": frames, "sanitized": sanitize,
            "counts": {"frames": len(records), "records": len(records), "facts": len(facts),
                       "images": sum(1 for f in files if f.startswith("frames/"))},
            "redactions": {**dict(sorted(redactor.counts.items())), "pixel_boxes": pixel_boxes} if sanitize else {},
            "notes": ["embedding vectors dropped: they are computed from the unredacted text"] if sanitize else [],
            "versions": {"autocapture": __version__, "python": platform.python_version()},
            "files": dict(sorted(files.items())),
        }
        _write(tmp / "manifest.json", json.dumps(manifest, indent=1).encode())
        if out.exists():
            out.rmdir()
        os.replace(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    finally:
        conn.close()
    return manifest
