"""Screen structure (SST): from OCR words, window metadata, UIA elements and the VLM's fields, build
lines -> blocks -> regions (title bar, menu, sidebar, content, table) with pixel boxes in frame
coordinates and a reading order. Every line keeps its words, so any text span maps back to its box."""

from __future__ import annotations

import re

from autocapture.hashing import canonical_hash

REGION_ORDER = {"title_bar": 0, "menu": 1, "sidebar": 2, "content": 3, "table": 3}


def _union(boxes: list[list[int]]) -> list[int]:
    return [
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    ]


def panes(width: int, height: int, window_rect, monitor_layout) -> list[list[int]]:
    """Areas a region is judged against: each monitor of a multi-monitor canvas, else the window, else the frame."""
    out = []
    for m in monitor_layout or ():
        try:
            l, t = int(m["left"]), int(m["top"])
            out.append([l, t, l + int(m["width"]), t + int(m["height"])])
        except (KeyError, TypeError, ValueError):
            continue
    if out:
        return out
    if window_rect and window_rect[2] > window_rect[0] and window_rect[3] > window_rect[1]:
        return [list(window_rect)]
    return [[0, 0, width, height]]


def _pane_of(box, pane_list):
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    for p in pane_list:
        if p[0] <= cx < p[2] and p[1] <= cy < p[3]:
            return p
    return pane_list[0]


def build_blocks(lines: list[dict]) -> list[list[int]]:
    """Lines -> blocks: a line joins the block above it when close below it and horizontally aligned."""
    blocks: list[list[int]] = []
    boxes: list[list[int]] = []
    for i in sorted(range(len(lines)), key=lambda i: (lines[i]["box"][1], lines[i]["box"][0])):
        l, t, r, b = lines[i]["box"]
        h = max(1, b - t)
        target = None
        for k in range(len(blocks) - 1, -1, -1):
            bl, bt, br, bb = boxes[k]
            last = lines[blocks[k][-1]]["box"]
            vgap = t - last[3]
            if -h / 2 <= vgap <= 1.6 * h and (
                abs(l - last[0]) <= 2 * h or (l < br and r > bl and abs(l - bl) <= 4 * h)
            ):
                target = k
                break
        if target is None:
            blocks.append([i])
            boxes.append([l, t, r, b])
        else:
            blocks[target].append(i)
            boxes[target] = _union([boxes[target], [l, t, r, b]])
    return blocks


def sidebar_blocks(boxes: list[list[int]], pane_list: list[list[int]]) -> set[int]:
    """Blocks left of a clean vertical gutter in the left quarter of their pane, with content right of it."""
    out: set[int] = set()
    for pane in pane_list:
        pw, ph = pane[2] - pane[0], pane[3] - pane[1]
        body = [
            k for k, b in enumerate(boxes) if _pane_of(b, pane_list) == pane and b[1] > pane[1] + 0.10 * ph
        ]
        left = [k for k in body if boxes[k][2] <= pane[0] + 0.25 * pw]
        if len(left) < 2 or pw < 800:
            continue
        gutter = max(boxes[k][2] for k in left)
        right = [k for k in body if k not in left]
        if right and all(boxes[k][0] > gutter + 0.02 * pw for k in right):
            out.update(left)
    return out


def find_tables(lines: list[dict]) -> set[int]:
    """Line indices that form a table: 3+ rows, each with 2+ cells, whose cell left edges line up."""
    rows: dict[int, list[int]] = {}
    for i, line in enumerate(lines):
        key = next((k for k in rows if abs(k - line["box"][1]) <= 6), line["box"][1])
        rows.setdefault(key, []).append(i)
    multi = sorted((k, sorted(v, key=lambda i: lines[i]["box"][0])) for k, v in rows.items() if len(v) >= 2)
    table: set[int] = set()
    run: list[list[int]] = []
    for _, cells in multi + [(None, [])]:
        lefts = [lines[i]["box"][0] for i in cells]
        if (
            run
            and cells
            and len(lefts) == len(run[-1])
            and all(abs(a - lines[b]["box"][0]) <= 12 for a, b in zip(lefts, run[-1]))
        ):
            run.append(cells)
            continue
        if len(run) >= 3:
            table.update(i for row in run for i in row)
        run = [cells] if cells else []
    return table


def build(
    width: int,
    height: int,
    ocr_output: dict,
    window: dict | None,
    monitor_layout=(),
    uia_elements: list[dict] | None = None,
    vlm_fields: dict | None = None,
) -> dict:
    words = ocr_output["words"]
    src_lines = ocr_output["lines"]
    lines = [
        {
            "id": f"l{n}",
            "text": line["text"],
            "box": list(line["box"]),
            "conf": line["conf"],
            "words": [
                {"text": words[i]["text"], "box": list(words[i]["box"])} for i in line.get("word_ids", [])
            ],
        }
        for n, line in enumerate(src_lines)
    ]
    pane_list = panes(width, height, (window or {}).get("rect"), monitor_layout)
    tables = find_tables(lines)

    def in_title_band(box) -> bool:
        pane = _pane_of(box, pane_list)
        return box[3] <= pane[1] + 0.045 * (pane[3] - pane[1])

    # The title bar never merges with the toolbar under it.
    top = [i for i, line in enumerate(lines) if in_title_band(line["box"])]
    rest = [i for i in range(len(lines)) if i not in set(top)]
    groups = [[top[i] for i in g] for g in build_blocks([lines[i] for i in top])] + [
        [rest[i] for i in g] for g in build_blocks([lines[i] for i in rest])
    ]
    boxes = [_union([lines[i]["box"] for i in g]) for g in groups]
    sidebars = sidebar_blocks(boxes, pane_list)
    blocks = []
    for n, (members, box) in enumerate(zip(groups, boxes)):
        pane = _pane_of(box, pane_list)
        if in_title_band(box):
            kind = "title_bar"
        elif box[3] <= pane[1] + 0.10 * (pane[3] - pane[1]):
            kind = "menu"
        elif n in sidebars:
            kind = "sidebar"
        elif sum(i in tables for i in members) * 2 > len(members):
            kind = "table"
        else:
            kind = "content"
        blocks.append(
            {
                "id": f"b{n}",
                "kind": kind,
                "box": box,
                "lines": [lines[i]["id"] for i in members],
                "text": "\n".join(lines[i]["text"] for i in members),
            }
        )
        for i in members:
            lines[i]["block"] = f"b{n}"
    regions = []
    for kind in ("title_bar", "menu", "sidebar", "content", "table"):
        for pane in pane_list:
            members = [b for b in blocks if b["kind"] == kind and _pane_of(b["box"], pane_list) == pane]
            if members:
                rid = f"r{len(regions)}"
                regions.append(
                    {
                        "id": rid,
                        "kind": kind,
                        "box": _union([b["box"] for b in members]),
                        "blocks": [b["id"] for b in members],
                    }
                )
                for b in members:
                    b["region"] = rid
    for line in lines:
        line["region"] = next(b["region"] for b in blocks if b["id"] == line["block"])
    order = sorted(
        blocks,
        key=lambda b: (
            pane_list.index(_pane_of(b["box"], pane_list)),
            REGION_ORDER[b["kind"]],
            b["box"][1] // 16,
            b["box"][0],
        ),
    )
    return {
        "frame": {"width": width, "height": height},
        "window": window,
        "panes": pane_list,
        "lines": lines,
        "blocks": blocks,
        "regions": regions,
        "reading_order": [b["id"] for b in order],
        "uia": [
            {"text": e["text"], "role": e.get("role"), "box": list(e["rect"])} for e in uia_elements or []
        ],
        "vlm": vlm_fields,
    }


def locate(line: dict, start: int, end: int) -> list[int]:
    """Pixel box of line["text"][start:end], from the words it overlaps (line text is words joined by spaces)."""
    boxes, pos = [], 0
    for w in line["words"]:
        w_start = line["text"].find(w["text"], pos)
        if w_start < 0:
            break
        w_end = w_start + len(w["text"])
        if w_start < end and w_end > start:
            boxes.append(w["box"])
        pos = w_end
    return _union(boxes) if boxes else list(line["box"])


def find_span(sst: dict, text: str) -> list[tuple[str, list[int]]]:
    """Every (line id, box) where `text` occurs, case-insensitive."""
    hits = []
    needle = re.escape(text.strip())
    for line in sst["lines"]:
        for m in re.finditer(needle, line["text"], flags=re.IGNORECASE):
            hits.append((line["id"], locate(line, m.start(), m.end())))
    return hits


def to_record(
    frame_row: dict, sst: dict, ocr_hash: str, vlm_hash: str | None, config_digest: str, blob_sha256: str
) -> dict:
    from autocapture.store.canonical import make_record, provenance

    prov = provenance(
        source_record_id=frame_row["record_id"],
        blob_sha256=blob_sha256,
        frame_ts_utc=frame_row["ts_utc"],
        run_id=frame_row["run_id"],
        config_digest=config_digest,
        model_digest=canonical_hash({"sst": "heuristic-v1"}),
        engine_version="autocapture-sst 1",
        modality="sst",
        inputs={"ocr_provenance_hash": ocr_hash, "vlm_provenance_hash": vlm_hash},
    )
    kinds: dict[str, int] = {}
    for r in sst["regions"]:
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
    return make_record(
        modality="sst",
        record_type="derived.sst.frame",
        model_id="autocapture-sst-v1",
        output=sst,
        prov=prov,
        metrics={"lines": len(sst["lines"]), "blocks": len(sst["blocks"]), "regions": kinds},
    )
