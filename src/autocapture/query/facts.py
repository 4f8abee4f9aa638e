"""Facts read off a window: e-mail subject and sender, form fields, chat messages, commands, failing
tests, amounts and identifiers, buttons. Each is extracted from SST lines and cites the span's box."""

from __future__ import annotations

import re

from autocapture.query.claims import Claim, Result, fmt_time, no_evidence, span_box
from autocapture.query.evidence import Evidence, Frame, Hit, keywords
from autocapture.query.timefilter import APPS, Filters

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
MONEY = re.compile(r"(?:[$€£]\s?\d[\d,]*(?:\.\d{2})?|\b(?:EUR|USD|GBP)\s?\d[\d,]*(?:\.\d{2})?)")
IDENT = re.compile(r"\b[A-Z]{2,}-\d[\w-]*\d\b")
PROMPT = re.compile(r"^(?:PS [^>]{1,200}>|[\w.-]+@[\w.-]+:[^$#]*[$#]|\$)\s*(\S.*)$")
SPEAKER = re.compile(r"^([A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}) (\d{1,2}:\d{2})$")


def money_value(text: str) -> float:
    return float(re.sub(r"[^\d.]", "", text.replace(",", "")))


def _latest(frames: list[Frame]) -> list[Frame]:
    return sorted(frames, key=lambda f: f.ts, reverse=True)


def subject(ev: Evidence, q: str, filters: Filters) -> Result | None:
    m = re.search(r"\bfrom ([A-Z][\w.'-]+(?: [A-Z][\w.'-]+)*)", q)
    if not re.search(r"\bsubject\b", q, re.I) or not m:
        return None
    sender = m.group(1)
    for frame in ev.frames(filters):
        for block in (ev.sst(frame.record_id) or {}).get("blocks", []):
            first, *rest = block["text"].split("\n")
            if first.strip().lower() == sender.lower() and rest:
                line = next(ln for ln in ev.lines(frame.record_id) if ln["id"] == block["lines"][1])
                return Result(
                    "ok",
                    f"The e-mail from {sender} had the subject \u201c{line['text']}\u201d "
                    f"({frame.app}, {fmt_time(ev.local(frame.ts))}).",
                    {"subject": line["text"], "from": sender},
                    [Claim(f"Subject: {line['text']}", [ev.cite(frame, line["box"], line["text"])])],
                )
    return no_evidence(f"an e-mail from {sender}")


def sender(ev: Evidence, q: str, filters: Filters) -> Result | None:
    if not re.search(r"\b(sender|who sent|e-?mail address|domain|came from|sent by)\b", q, re.I):
        return None
    topic = [
        w
        for w in keywords(q)
        if w not in {"sender", "sender's", "email", "e-mail", "address", "domain", "sent", "came", "who"}
    ]
    best = None
    for frame in ev.frames(filters):
        text = ev.ocr_text(frame.record_id).lower()
        score = sum(w in text for w in topic)
        for line in ev.lines(frame.record_id):
            if line["text"].lower().startswith("from:") and EMAIL.search(line["text"]):
                if best is None or score > best[0]:
                    best = (score, frame, line)
    if best is None or (topic and best[0] == 0):
        return no_evidence("the sender of that e-mail")
    _, frame, line = best
    address = EMAIL.search(line["text"]).group(0)
    name = line["text"][5 : line["text"].find(address)].strip(" <")
    domain = address.split("@", 1)[1]
    return Result(
        "ok",
        f"It came from {name} <{address}>, domain {domain} ({fmt_time(ev.local(frame.ts))}).",
        {"sender_name": name, "sender_email": address, "domain": domain},
        [Claim(f"Sender: {name} <{address}>", [ev.cite(frame, span_box(line, address), address)])],
    )


def same_row_right(lines: list[dict], line: dict) -> dict | None:
    """The nearest line to the right of `line` on the same row (a field's value, a table cell)."""
    l, t, r, b = line["box"]
    right = [
        x
        for x in lines
        if x is not line
        and x["box"][0] > r
        and min(b, x["box"][3]) - max(t, x["box"][1]) > 0.5 * (b - t)
        and x["box"][0] - r < 800
    ]
    return min(right, key=lambda x: x["box"][0]) if right else None


def field_value(ev: Evidence, q: str, filters: Filters, history: bool = False):
    """The value next to a label the question names ("Cost center", "Employee ID"): right of it on the same row,
    or after "Label:" on the same line. With history, every (frame, line) it had, oldest first."""
    ql = q.lower()
    found = []
    for frame in ev.frames(filters):
        lines = ev.lines(frame.record_id)
        for line in lines:
            text = line["text"].strip()
            label = text.rstrip(":")
            if (
                2 < len(label) <= 40
                and re.search(rf"\b{re.escape(label.lower())}\b", ql)
                and label.lower() not in STOPLABELS
            ):
                value = same_row_right(lines, line)
                if value:
                    found.append((frame, label, value, value["text"]))
            elif ":" in text:
                head, _, tail = text.partition(":")
                if (
                    2 < len(head) <= 30
                    and tail.strip()
                    and re.search(rf"\b{re.escape(head.lower())}\b", ql)
                    and head.lower() not in STOPLABELS
                ):
                    found.append((frame, head, line, tail.strip()))
    if history:
        return found
    return found[-1] if found else None


GENERIC = {
    "mention",
    "mentioned",
    "say",
    "said",
    "value",
    "text",
    "number",
    "write",
    "wrote",
    "written",
    "find",
}
STOPLABELS = {
    "from",
    "to",
    "chat",
    "item",
    "file",
    "home",
    "view",
    "inbox",
}  # words too common to be a field label


def form_field(ev: Evidence, q: str, filters: Filters) -> Result | None:
    if not re.search(r"\b(what|which) (was|is|were) (the|my)\b", q, re.I):
        return None
    hit = field_value(ev, q, filters)
    if hit is None:
        return None
    frame, label, line, value = hit
    return Result(
        "ok",
        f"{label}: {value} ({frame.app}, {fmt_time(ev.local(frame.ts))}).",
        {label: value},
        [Claim(f"{label}: {value}", [ev.cite(frame, span_box(line, value), value)])],
    )


def chat_messages(ev: Evidence, q: str, filters: Filters) -> Result | None:
    m = re.search(r"\blast (\w+ )?(chat )?messages?\b", q, re.I)
    if not m:
        return None
    n = {"two": 2, "three": 3, "four": 4, "five": 5}.get((m.group(1) or "").strip().lower())
    n = n or (
        int(m.group(1)) if (m.group(1) or "").strip().isdigit() else 2 if "messages" in m.group(0) else 1
    )
    frames = ev.frames(filters if filters.apps else Filters(filters.start, filters.end, APPS["chat"]))
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


def failing_test(ev: Evidence, q: str, filters: Filters) -> Result | None:
    if not re.search(r"\b(fail(ed|ing)?) tests?\b|\btests? (that )?fail", q, re.I):
        return None
    for frame in _latest(ev.frames(filters)):
        for line in ev.lines(frame.record_id):
            if m := re.match(r"^(?:FAILED|FAIL|ERROR)\s+(\S+)", line["text"]):
                name = m.group(1)
                return Result(
                    "ok",
                    f"The failing test was {name} ({frame.app}, {fmt_time(ev.local(frame.ts))}).",
                    {"test": name},
                    [Claim(f"Failed: {name}", [ev.cite(frame, span_box(line, name), name)])],
                )
    return no_evidence("a failing test")


def commands(ev: Evidence, q: str, filters: Filters) -> Result | None:
    if not re.search(r"\bcommands?\b", q, re.I):
        return None
    frames = ev.frames(filters if filters.apps else Filters(filters.start, filters.end, APPS["terminal"]))
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


def unread(ev: Evidence, q: str, filters: Filters) -> Result | None:
    if not re.search(r"\bhow many unread\b", q, re.I):
        return None
    frames = ev.frames(filters if filters.apps else Filters(filters.start, filters.end, APPS["mail"]))
    for frame in _latest(frames):
        for line in ev.lines(frame.record_id):
            if m := re.fullmatch(r"(Inbox)\s+(\d+)", line["text"].strip()):
                n = int(m.group(2))
                return Result(
                    "ok",
                    f"{n} unread in the Inbox at {fmt_time(ev.local(frame.ts))} (the counter beside Inbox).",
                    {"unread": n},
                    [Claim(f"Inbox {n}", [ev.cite(frame, line["box"], line["text"])])],
                )
    for frame in _latest(ev.frames(filters)):
        vlm = ev.vlm(frame.record_id)
        if vlm and vlm.get("parsed") and (nums := [e for e in vlm["entities"] if "unread" in e.lower()]):
            return Result(
                "ok",
                f"The vision model saw: {nums[0]}.",
                {"unread": nums[0]},
                [Claim(nums[0], [ev.cite(frame, None, nums[0], record="vlm")])],
            )
    return Result(
        "indeterminate",
        "No unread counter is readable in the text of the matching frames, and no "
        "vision-model output is available for them (configure models.vlm_path to count badges).",
    )


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


def generic(ev: Evidence, q: str, filters: Filters) -> Result:
    """Extractive fallback: the best line, and the amount or identifier in it when the question asks for one."""
    content = [w for w in keywords(q) if len(w) > 1 and w not in GENERIC]
    if not content:
        return Result("no_evidence", "I could not tell what to look for in that question.")
    hits = ev.search(" ".join(content), filters, k=30)

    def context(h) -> str:
        """The line with the rest of its block (a chat message's speaker, a field's label)."""
        block = next(
            (b for b in (ev.sst(h.frame.record_id) or {}).get("blocks", ()) if h.line["id"] in b["lines"]),
            None,
        )
        return (block["text"] if block else h.line["text"]) + " " + (h.frame.title or "")

    def overlap(h) -> float:
        t = context(h).lower()
        return sum(bool(re.search(rf"(?<![\w]){re.escape(w)}", t)) for w in content) / len(content)

    hits = [h for h in hits if overlap(h) > 0]
    wants_money = re.search(r"\b(how much|total|amount|price|cost|sum|due)\b", q, re.I)
    wants_id = re.search(r"\b(number|id|identifier|reference|po|invoice no)\b", q, re.I)
    best = None
    for h in sorted(hits, key=lambda h: (-overlap(h), -h.score)):
        text = h.line["text"]
        if wants_money and not MONEY.search(text):
            row = same_row_right(ev.lines(h.frame.record_id), h.line)
            if row and MONEY.search(row["text"]):
                h = Hit(h.frame, row, h.score)
                text = row["text"]
        if wants_money and (m := MONEY.search(text)):
            best = (h, m.group(0))
        elif wants_id and (ids := IDENT.findall(text)):
            wanted = [i for i in ids if any(w.upper() in i for w in content)] or ids
            best = (h, wanted[-1])
        elif not wants_money and not wants_id:
            best = (h, text)
        if best:
            break
    if best is None or overlap(best[0]) < 0.5:
        return Result(
            "no_evidence", "Nothing on screen answers that (looked for: " + ", ".join(content) + ")."
        )
    h, value = best
    return Result(
        "ok",
        f"\u201c{value}\u201d \u2014 on screen in {h.frame.app} ({h.frame.title}) at "
        f"{fmt_time(ev.local(h.frame.ts))}, in the line \u201c{h.line['text']}\u201d.",
        {"value": value},
        [Claim(value, [ev.cite(h.frame, span_box(h.line, value), value)])],
    )
