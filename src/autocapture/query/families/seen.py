"""Sightings of a thing on screen: when it was first or last seen, in how many frames and for how long.
The thing is the question's quoted text, identifier or name (or a pattern like INV-####-####, '#' a digit),
else its window; frames are found through the line index, never by reading every frame."""

from __future__ import annotations

import re

from autocapture.query.claims import Claim, Result, fmt_time, span_box
from autocapture.query.evidence import Evidence
from autocapture.query.families.sessions import sessions
from autocapture.query.intent import Intent
from autocapture.query.scope import DOC_NOUNS, window_matches
from autocapture.query.timefilter import Filters

MERGE_GAP_S = 30.0


def _things(intent: Intent, inside: bool = False) -> list[str]:
    """What to look for as written: the anchor phrase first; a name inside a longer anchor only when it is a
    code specific on its own ("order LC-558201"), since "Q1" alone is not "the Q1 hiring plan" (that is looked
    for by most of its words, `_described`). `inside`: the other names inside the anchor, the last resort."""
    anchor = intent.anchor or ""
    out = [anchor] if anchor and not inside else []
    for e in intent.entities:
        part = bool(anchor) and e.lower() in anchor.lower() and len(anchor.split()) > len(e.split())
        alone = not part or (len(e) >= 5 and bool(re.search(r"\d", e)))  # specific on its own
        if e not in out and alone != inside:
            out.append(e)
    return out


def _lookup(ev: Evidence, intent: Intent, things: list[str]) -> tuple[str, list[tuple]] | None:
    for thing in things:
        if "#" in thing:
            hits = _pattern_hits(ev, thing, intent.filters)
        else:
            hits = []
            for frame, line_id in ev.frames_showing(thing, intent.filters):
                line = next((ln for ln in ev.lines(frame.record_id) if ln["id"] == line_id), None)
                if line:
                    start = line["text"].lower().find(thing.lower())
                    hits.append(
                        (frame, line, line["text"][start : start + len(thing)] if start >= 0 else thing)
                    )
        hits = _merge(hits, _amount_hits(ev, thing, intent.filters))
        if hits:
            return thing, hits
    return None


def _merge(hits: list[tuple], more: list[tuple]) -> list[tuple]:
    """Two lists of sightings as one, a frame once, oldest first."""
    if not more:
        return hits
    have = {h[0].record_id for h in hits}
    out = hits + [h for h in more if h[0].record_id not in have]
    return sorted(out, key=lambda h: (h[0].ts, h[0].record_id))


AMOUNT_WORDS = {"the", "a", "figure", "amount", "value", "total", "price", "sum", "number"}


def _amount_hits(ev: Evidence, thing: str, filters) -> list[tuple]:
    """Sightings of an amount however the OCR spaced it: "1 275,00 €" is also read "1275,00€" on a sheet's
    cell, a different phrase to the index but the same value; its whole-units digits are looked up in both
    forms and each line's amounts compared by value (and currency)."""
    from autocapture.query.values import currency_of, spans

    found = spans(thing, "amount")
    if len(found) != 1 or found[0].value is None:
        return []
    rest = set(re.findall(r"[a-z]+", (thing[: found[0].start] + " " + thing[found[0].end :]).lower()))
    if not rest <= AMOUNT_WORDS:
        return []  # "the 1 275,00 € figure" is the amount; "1 275,00 € for the riser" is more than it
    text = found[0].text
    value, currency = found[0].value, currency_of(text)
    units = re.sub(r"[^\d]", "", re.split(r"[.,](?=\d{1,2}\D*$)", text)[0])
    if len(units) < 3:
        return []  # "45,00 €": too common a figure to look up by its digits alone
    grouped = re.sub(r"(?<=\d)(?=(\d{3})+$)", " ", units)
    out, seen_frames = [], set()
    for form in {units, grouped}:
        for frame, line_id in ev.frames_showing(form, filters):
            if frame.record_id in seen_frames:
                continue
            line = next((ln for ln in ev.lines(frame.record_id) if ln["id"] == line_id), None)
            if line is None:
                continue
            same = [
                a
                for a in spans(line["text"], "amount")
                if a.value == value and (currency is None or currency_of(a.text) in (None, currency))
            ]
            if same:
                seen_frames.add(frame.record_id)
                out.append((frame, line, same[0].text))
    return sorted(out, key=lambda h: (h[0].ts, h[0].record_id))


def _pattern_hits(ev: Evidence, token: str, filters) -> list[tuple]:
    """Frames with text matching a '#'-for-digit pattern: the literal head through the index, then the regex."""
    rx = re.compile(re.escape(token).replace("\\#", r"\d").replace("#", r"\d"), re.I)
    head = re.match(r"[A-Za-z]+", token)
    if not head:
        return []
    out = []
    for frame, line_id in ev.frames_showing(head.group(0), filters):
        line = next((ln for ln in ev.lines(frame.record_id) if ln["id"] == line_id), None)
        if line and (m := rx.search(line["text"])):
            out.append((frame, line, m.group(0)))
    return out


def literal(ev: Evidence, intent: Intent) -> bool:
    """Is the thing on some screen as the question writes it (not only described by its words, nor only a name
    inside it: "the HubSpot record ID" is no sighting of "HubSpot")?"""
    return _lookup(ev, intent, [intent.anchor] if intent.anchor else _things(intent)) is not None


def sightings(ev: Evidence, intent: Intent) -> tuple[str, list[tuple]] | None:
    found = _lookup(ev, intent, _things(intent))
    if found is None and intent.anchor:  # described, not quoted ("the login loop ticket"): most of its words
        found = _described(ev, intent)
    return found or _lookup(ev, intent, _things(intent, inside=True))


def _described(ev: Evidence, intent: Intent) -> tuple[str, list[tuple]] | None:
    """Sightings of a thing named by a description: every line (from the index, up to 400) holding at least
    half of the description's words, oldest first. Only a match of most words counts, so an unseen thing
    gives nothing."""
    from autocapture.query.intent import content_terms
    from autocapture.query.retrieve import _term_rx

    words = [
        w for w in content_terms(intent.anchor) if len(w) > 2 and w not in ("first", "last", "time", "screen")
    ]
    if not words:
        return None
    named = [e for e in intent.entities if e.lower() in intent.anchor.lower()]
    rxs = [_term_rx(w) for w in words]

    def scan(found, with_title: bool) -> list[tuple]:
        out = []
        for h in found:
            text = (h.line["text"] + " " + ((h.frame.title or "") if with_title else "")).lower()
            if (
                sum(bool(r.search(text)) for r in rxs) * 2 >= len(words) + (len(words) > 2)
                and all(_term_rx(e).search(text) for e in named)
            ):  # half the description's words, and every name or code in it ("order LC-999999" is not "order")
                out.append((h.frame, h.line, _matched_part(h.line["text"], rxs) or h.line["text"]))
        return out

    hits = scan(ev.search(intent.anchor, intent.filters, k=400, vector=False), True)
    if not hits:
        # words inside a file name ("Offsite_Valencia_quotes.zip" is one token of the index): lines close in
        # meaning, whose own text holds the words (a window's title would make every line of it match)
        hits = scan(ev.search(intent.anchor, intent.filters, k=400, vector=True), False)
    if not hits:
        return None
    hits.sort(key=lambda x: (x[0].ts, x[0].record_id))
    return intent.anchor, hits


def _matched_part(text: str, rxs) -> str:
    """The stretch of a line from the first to the last of the description's words it holds: the evidence, cited
    in its own box ("7,85" in the formula bar's "x v fx 7,85", not the bar's icons as OCR read them)."""
    spans = [m.span() for r in rxs for m in [r.search(text.lower())] if m]
    if not spans:
        return ""
    return text[min(a for a, _ in spans) : max(b for _, b in spans)].strip()


def seen(ev: Evidence, intent: Intent) -> Result:
    if intent.anchor and (
        re.search(
            r"\b(open|opened|visit|visited|use|used|switch(ed)? to|start(ed)?|launch(ed)?|look(ed)? at|"
            r"view(ed)?|read|edit(ed)?|work(ed)? (on|in)|go(ne)? to|went to|was i in|check(ed)?)\b",
            intent.question,
            re.I,
        )
        or any(n in DOC_NOUNS for n in re.findall(r"\w+", intent.anchor.lower()))
    ):
        # "when did I first open the budget workbook": a window, before any text on a screen
        chosen = _named_window_sessions(ev, intent)
        if chosen:
            return _window_answer(ev, intent, intent.anchor, chosen)
    if not _things(intent) and intent.filters.apps:  # "when did I first look at the PDF": the app's windows
        runs = sessions(ev, intent.filters)
        if runs:
            label = " / ".join(re.sub(r"^\w+\s+(?:the\s+|my\s+)?", "", p) for p in intent.filters.said)
            return _window_answer(ev, intent, label or ", ".join(intent.filters.apps), runs)
    found = sightings(ev, intent)
    if found is None:
        # not text on a screen: maybe a window ("when did I first open Slack")
        if intent.anchor:
            chosen = _named_window_sessions(ev, intent)
            if chosen:
                f0, f1 = chosen[0].first, chosen[-1].last
                return _answer(ev, intent, intent.anchor, (f0, None, f0.title), (f1, None, f1.title))
        what = ", ".join(_things(intent)) or "that"
        return Result(
            "no_evidence",
            f"\u201c{what}\u201d was never on screen"
            f"{' ' + intent.filters.describe() if intent.filters.said else ''}.",
        )
    thing, hits = found
    return _answer(ev, intent, thing, hits[0], hits[-1])


def _named_window_sessions(ev: Evidence, intent: Intent) -> list:
    """The sessions of the windows the question's anchor names, in the question's period and apps: the name is
    resolved against the period's distinct windows and only their sessions are read (not all history's)."""
    f = intent.filters
    keys = set(window_matches(intent.anchor, [(a, t) for a, t, _ in ev.windows(Filters(f.start, f.end, ()))]))
    if f.apps:
        keys = {k for k in keys if k[0] in f.apps}
    return sessions(ev, Filters(f.start, f.end, ()), windows=keys) if keys else []


OPENING = re.compile(
    r"\b(open|opened|switch(ed)? to|start(ed)?|launch(ed)?|go(ne)? to|went to|return(ed)? to|c[ao]me back to)\b",
    re.I,
)


def _window_answer(ev: Evidence, intent: Intent, thing: str, runs: list) -> Result:
    """First/last time in a window: when it was last *opened* is the start of its last session; when it was last
    seen or looked at is that session's last frame."""
    f0 = runs[0].first
    opening = bool(OPENING.search(intent.question))
    f1 = runs[-1].first if opening else runs[-1].last
    return _answer(ev, intent, thing, (f0, None, f0.title), (f1, None, f1.title), "opened" if opening else "")


def _answer(ev: Evidence, intent: Intent, thing: str, first: tuple, last: tuple, verb: str = "") -> Result:
    def cite(hit):
        f, line, v = hit
        if line is None:
            return ev.cite(f, None, f.title, record="")
        return ev.cite(f, span_box(line, v), v)

    (f0, _, v0), (f1, _, v1) = first, last
    fields = {
        "first": ev.local(f0.ts).isoformat(timespec="seconds"),
        "first_value": v0,
        "last": ev.local(f1.ts).isoformat(timespec="seconds"),
        "last_value": v1,
    }
    if intent.ordinal == "first":
        return Result(
            "ok",
            f"\u201c{thing}\u201d was first {verb or 'on screen'} at {fmt_time(ev.local(f0.ts))} ({f0.app}, "
            f"{f0.title}).",
            fields,
            [Claim(f"first: {v0}", [cite(first)])],
        )
    if intent.ordinal == "last":
        return Result(
            "ok",
            f"\u201c{thing}\u201d was last {verb or 'on screen'} at {fmt_time(ev.local(f1.ts))} ({f1.app}, "
            f"{f1.title}).",
            fields,
            [Claim(f"last: {v1}", [cite(last)])],
        )
    return Result(
        "ok",
        f"First seen {fmt_time(ev.local(f0.ts))} ({v0}, {f0.app}); last seen {fmt_time(ev.local(f1.ts))} "
        f"({v1}, {f1.app}).",
        fields,
        [Claim(f"first: {v0}", [cite(first)]), Claim(f"last: {v1}", [cite(last)])],
    )


def occurrences(ev: Evidence, intent: Intent) -> Result:
    found = sightings(ev, intent)
    if found is None:
        return Result(
            "no_evidence", f"\u201c{', '.join(_things(intent)) or 'that'}\u201d was never on screen."
        )
    thing, hits = found
    total, run_start, prev = 0.0, hits[0][0].ts, hits[0][0].ts
    for f, _, _ in hits[1:]:
        if (f.ts - prev).total_seconds() > MERGE_GAP_S:
            total += (prev - run_start).total_seconds()
            run_start = f.ts
        prev = f.ts
    total += (prev - run_start).total_seconds()
    return Result(
        "ok",
        f"\u201c{thing}\u201d was on screen in {len(hits)} frames, visible for {total:.0f} s in total "
        f"(frames less than {MERGE_GAP_S:.0f} s apart counted as one stretch).",
        {"frames": len(hits), "visible_seconds": total},
        [
            Claim(f"{fmt_time(ev.local(f.ts))}: {line['text']}", [ev.cite(f, span_box(line, v), v)])
            for f, line, v in hits[:50]
        ],
    )
