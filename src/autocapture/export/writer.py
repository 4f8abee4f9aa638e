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
from autocapture.export.sanitize import Redactor
from autocapture.hashing import canonical_json, sha256_hex
from autocapture.runtime import privacy
from autocapture.stages.sst import locate
from autocapture.store.derived import connect, load_record

PAD = 3


class ExportError(ValueError):
    pass


def _frames(conn, since, until, app) -> list[tuple]:
    sql, args = f"SELECT record_id, ts_utc, app FROM frames f WHERE {privacy.HIDDEN_SQL}", []  # privacy rules
    if since:
        sql, args = (
            sql + " AND ts_utc >= ?",
            args + [since.astimezone(timezone.utc).isoformat(timespec="microseconds")],
        )
    if until:
        sql, args = (
            sql + " AND ts_utc < ?",
            args + [until.astimezone(timezone.utc).isoformat(timespec="microseconds")],
        )
    if app:
        sql, args = (
            sql + " AND lower(app) = ?",
            args + [app.lower() if app.lower().endswith(".exe") else app.lower() + ".exe"],
        )
    return conn.execute(sql + " ORDER BY ts_utc, record_id", tuple(args)).fetchall()


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def _redact_pixels(image, sst: dict | None, redactor: Redactor) -> int:
    """Black out every detected span using the boxes of the words it was read from."""
    if not sst:
        return 0
    draw = ImageDraw.Draw(image)
    n = 0
    for line in sst["lines"]:
        for f in redactor.find(line["text"]):
            l, t, r, b = locate(line, f.start, f.end)
            draw.rectangle((l - PAD, t - PAD, r + PAD, b + PAD), fill=(0, 0, 0))
            n += 1
    return n


def _records_of(conn, frame_id: str) -> list[dict]:
    """A frame's canonical records, whole (the store may keep them compressed or as deltas)."""
    ids = [
        sid
        for (sid,) in conn.execute(
            "SELECT sample_id FROM records WHERE source_id = ? ORDER BY sample_id", (frame_id,)
        )
    ]
    return [doc for sid in ids if (doc := load_record(conn, sid)) is not None]


def _learn_names(redactor: Redactor, config: Config, conn, frame_ids: list[str]) -> None:
    """First pass: the names the export's e-mail addresses spell, so a name seen before its address (or in
    another record) is redacted too."""
    with DataRoot(config) as dr:
        for frame_id in frame_ids:
            rec = dr.record(frame_id)
            if isinstance(rec, Record):
                redactor.learn(json.dumps(rec.payload, ensure_ascii=False))
            for doc in _records_of(conn, frame_id):
                redactor.learn(json.dumps(doc, ensure_ascii=False))
    for span in _spans(config, frame_ids):
        redactor.learn(json.dumps(span, ensure_ascii=False))


def _spans(config: Config, frame_ids: list[str]) -> list[dict]:
    """The state tape's live spans that hold any exported frame (their title, summary and entities are
    screen text too); none when the state layer never ran."""
    from autocapture.state.statedb import StateDB

    state = StateDB.readonly(config.derived_dir)
    if state is None:
        return []
    try:
        wanted = set(frame_ids)
        rows = state.conn.execute(
            "SELECT s.span_id, s.body FROM spans s WHERE s.superseded_by IS NULL "
            "ORDER BY s.start_utc, s.span_id"
        ).fetchall()
        members = {}
        for span_id, frame_id in state.conn.execute("SELECT span_id, frame_id FROM span_frames"):
            members.setdefault(span_id, set()).add(frame_id)
        return [json.loads(body) for span_id, body in rows if members.get(span_id, set()) & wanted]
    finally:
        state.close()


def export(
    config: Config,
    out: Path,
    since: datetime | None = None,
    until: datetime | None = None,
    app: str | None = None,
    fmt: str = "jsonl",
    frames: bool = False,
    sanitize: bool = False,
) -> dict:
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
    privacy.register(conn, config)  # privacy: frames the current rules exclude are never exported
    redactor = Redactor()
    clean = redactor.value if sanitize else (lambda v: v)
    records, facts, files = [], [], {}
    pixel_boxes = 0
    selected = _frames(conn, since, until, app)
    try:
        if sanitize:
            _learn_names(redactor, config, conn, [row[0] for row in selected])
        with DataRoot(config) as dr:
            for frame_id, _ts, _app in selected:
                rec = dr.record(frame_id)
                if not isinstance(rec, Record):
                    continue
                records.append(
                    {"id": frame_id, "record_type": rec.record_type, "payload": clean(rec.payload)}
                )
                sst = None
                for doc in _records_of(conn, frame_id):
                    if doc["modality"] == "sst":
                        sst = doc["output_json"]
                    if sanitize:
                        doc = clean(doc)
                        doc["emb_vectors"] = []  # computed from the raw text: they would carry it
                    facts.append(doc)
                if frames:
                    image = dr.media.load_frame(parse_frame(rec)).image.copy()
                    if sanitize:
                        pixel_boxes += _redact_pixels(image, sst, redactor)
                    name = "frames/" + frame_id.replace("/", "_") + ".png"
                    import io

                    buf = io.BytesIO()
                    image.save(buf, "PNG")
                    _write(tmp / name, buf.getvalue())
                    files[name] = sha256_hex(buf.getvalue())
        spans = [clean(span) for span in _spans(config, [row[0] for row in selected])]
        outputs = [("records", records), ("facts", facts)] + ([("spans", spans)] if spans else [])
        if fmt == "jsonl":
            for name, rows in ((f"{n}.jsonl", rows) for n, rows in outputs):
                data = "".join(canonical_json(r) + "\n" for r in rows).encode()
                _write(tmp / name, data)
                files[name] = sha256_hex(data)
        else:
            import pyarrow as pa
            import pyarrow.parquet as pq

            for name, rows in ((f"{n}.parquet", rows) for n, rows in outputs):
                table = pa.table(
                    {
                        "id": [r.get("id") or r.get("sample_id") or r["span_id"] for r in rows],
                        "json": [canonical_json(r) for r in rows],
                    }
                )
                pq.write_table(table, tmp / name)
                files[name] = sha256_hex((tmp / name).read_bytes())
        manifest = {
            "created_by": f"autocapture {__version__}",
            "created_utc": datetime.now(timezone.utc).isoformat(),
            "filters": {
                "since": since.isoformat() if since else None,
                "until": until.isoformat() if until else None,
                "app": app,
            },
            "format": fmt,
            "frames_included": frames,
            "sanitized": sanitize,
            "counts": {
                "frames": len(records),
                "records": len(records),
                "facts": len(facts),
                "spans": len(spans),
                "images": sum(1 for f in files if f.startswith("frames/")),
            },
            "redactions": {**dict(sorted(redactor.counts.items())), "pixel_boxes": pixel_boxes}
            if sanitize
            else {},
            "notes": ["embedding vectors dropped: they are computed from the unredacted text"]
            if sanitize
            else [],
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
