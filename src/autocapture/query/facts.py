"""Families read off a window by its layout rather than by a typed span: the last chat messages, the commands
run in a terminal (shell prompts), where a button is, and what the vision model saw. Everything else is read
by the general reader (read.py)."""

from __future__ import annotations

import re

from autocapture.query.claims import Claim, Result, fmt_time, no_evidence, span_box
from autocapture.query.evidence import Evidence, Frame
from autocapture.query.scope import resolve_apps
from autocapture.query.timefilter import Filters

PROMPT = re.compile(r"^(?:PS [^>]{1,200}>|[\w.-]+@[\w.-]+:[^$#]*[$#]|\$)\s*(\S.*)$")
SPEAKER = re.compile(r"^([A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}) (\d{1,2}:\d{2})$")


def _kind(ev: Evidence, kind: str) -> tuple[str, ...]:
    """The store's apps of a kind ("chat", "terminal"); all apps when it has none of that kind."""
    apps = [a for a, _, _ in ev.windows() if a]
    return resolve_apps(kind, apps) or tuple(apps)


def _latest(frames: list[Frame]) -> list[Frame]:
    return sorted(frames, key=lambda f: f.ts, reverse=True)


def chat_messages(ev: Evidence, q: str, filters: Filters) -> Result | None:
    m = re.search(r"\blast (\w+ )?(chat )?messages?\b", q, re.I)
    if not m:
        return None
    n = {"two": 2, "three": 3, "four": 4, "five": 5}.get((m.group(1) or "").strip().lower())
    n = n or (
        int(m.group(1)) if (m.group(1) or "").strip().isdigit() else 2 if "messages" in m.group(0) else 1
    )
    frames = ev.frames(filters if filters.apps else Filters(filters.start, filters.end, _kind(ev, "chat")))
    for frame in _latest(frames):
        messages = []
        for block_id in (ev.sst(frame.record_id) or {}).get("reading_order", []):
            block = next(b for b in ev.sst(frame.record_id)["blocks"] if b["id"] == block_id)
            lines = [ln for ln in ev.lines(frame.record_id) if ln["id"] in block["lines"]]
            if len(lines) >= 2 and (sm := SPEAKER.match(lines[0]["text"])):
                body = lines[1:]
                box = [
                    min(x["box"][0] for x in body),
                    min(x["box"][1] for x in body),
                    max(x["box"][2] for x in body),
                    max(x["box"][3] for x in body),
                ]
                messages.append((sm.group(1), sm.group(2), " ".join(x["text"] for x in body), box, body))
        if messages:
            last = messages[-n:]
            claims = [
                Claim(f"{who} ({at}): {text}", [ev.cite(frame, box, body[0]["text"])])
                for who, at, text, box, body in last
            ]
            answer = " / ".join(f"{who} at {at}: \u201c{text}\u201d" for who, at, text, _, _ in last)
            return Result(
                "ok",
                f"The last {len(last)} message(s) in {frame.title}: {answer}",
                {"messages": [{"from": w, "time": a, "text": t} for w, a, t, _, _ in last]},
                claims,
            )
    return no_evidence("chat messages")


def commands(ev: Evidence, q: str, filters: Filters) -> Result | None:
    if not re.search(r"\bcommands?\b", q, re.I):
        return None
    frames = ev.frames(
        filters if filters.apps else Filters(filters.start, filters.end, _kind(ev, "terminal"))
    )
    seen: dict[str, tuple] = {}
    for frame in frames:
        for line in ev.lines(frame.record_id):
            if (m := PROMPT.match(line["text"])) and m.group(1) not in seen:
                seen[m.group(1)] = (frame, line)
    if not seen:
        return no_evidence("terminal commands")
    items = list(seen.items())
    if re.search(r"\b(last|latest|most recent)\b", q, re.I):
        items = items[-1:]
    claims = [
        Claim(f"{fmt_time(ev.local(f.ts))}: {cmd}", [ev.cite(f, span_box(line, cmd), cmd)])
        for cmd, (f, line) in items
    ]
    listing = "; ".join(f"`{cmd}` at {fmt_time(ev.local(f.ts))}" for cmd, (f, _) in items)
    return Result(
        "ok", f"Command(s) run in the terminal: {listing}.", {"commands": [c for c, _ in items]}, claims
    )


def button(ev: Evidence, q: str, filters: Filters) -> Result | None:
    m = re.search(
        r"\bwhere (?:is|was) (?:the )?[\"'\u201c]?(.+?)[\"'\u201d]? (?:button|link|field)\b", q, re.I
    )
    if not m:
        return None
    label = m.group(1).strip()
    for frame in _latest(ev.frames(filters)):
        for line in ev.lines(frame.record_id):
            if line["text"].strip().lower() == label.lower():
                box = line["box"]
                norm = [
                    round(box[0] / frame.width, 4),
                    round(box[1] / frame.height, 4),
                    round(box[2] / frame.width, 4),
                    round(box[3] / frame.height, 4),
                ]
                return Result(
                    "ok",
                    f"The \u201c{line['text']}\u201d button was at pixels {box} "
                    f"(normalised {norm}) on the {frame.width}x{frame.height} frame of {frame.title}.",
                    {"bbox": box, "bbox_norm": norm, "frame_size": [frame.width, frame.height]},
                    [Claim(f"\u201c{line['text']}\u201d at {box}", [ev.cite(frame, box, line["text"])])],
                )
    return no_evidence(f"a {label} button")


def describe_image(ev: Evidence, q: str, filters: Filters) -> Result | None:
    if not re.search(
        r"\bwhat (does|did) the (image|picture|photo|screen)\b.*\bshow|\bdescribe (the )?(image|screen|picture)\b",
        q,
        re.I,
    ):
        return None
    for frame in _latest(ev.frames(filters)):
        vlm = ev.vlm(frame.record_id)
        if vlm and vlm.get("parsed") and vlm.get("description"):
            d = vlm["description"]
            return Result(
                "ok",
                f"{d} ({frame.app}, {fmt_time(ev.local(frame.ts))}; from the vision model).",
                {"description": d, "app": vlm.get("app"), "task": vlm.get("task")},
                [Claim(d, [ev.cite(frame, None, d, record="vlm")])],
            )
    return Result(
        "indeterminate",
        "Answering this needs the vision model, and none of the matching frames has "
        "vision-model output (set models.vlm_path or models.vlm_endpoint and process again).",
    )
