"""Computed from window sessions: time spent in an app or window, how many separate visits, what came right
after or before it, the longest stretch (with its start and end). Each claim cites the session's first and
last frames by their window title."""

from __future__ import annotations

import re

from autocapture.query.claims import Claim, Result, fmt_time
from autocapture.query.evidence import Evidence
from autocapture.query.families.sessions import Session, beside, fmt_duration, merge, sessions
from autocapture.query.intent import Intent
from autocapture.query.scope import GENERIC_WINDOW_WORDS, window_matches
from autocapture.query.timefilter import Filters


def _scope(ev: Evidence, intent: Intent) -> tuple[list[Session], str] | None:
    """(the sessions the question is about, how to name them); None when the question names a window or app
    that was never on screen, or none. Cost: the named window is resolved against the distinct windows of the
    period, and only its sessions are read (SQL by app and title), never every session of the period."""
    f = intent.filters
    if intent.anchor:
        period = Filters(f.start, f.end, ())
        seen = [(a, t) for a, t, _ in ev.windows(period)]
        wins = window_matches(intent.anchor, seen)
        parts = re.split(r"\s+(?:and|&|plus)\s+(?:the\s+|my\s+)?", intent.anchor)
        if len(parts) > 1:
            # "Jira tickets and the sprint board": each named thing's windows, together (a loose match of the
            # whole phrase would be a few of them)
            each = [window_matches(p, seen) for p in parts]
            if all(each):
                wins = sorted({w for ws in each for w in ws})
        if not wins:  # ("Jira tickets and the sprint board": the windows of the name it holds, Jira)
            named = [e for e in intent.entities if e.lower() in intent.anchor.lower()]
            wins = sorted({w for e in named for w in window_matches(e, seen)})
        keys = {(a, t) for a, t in wins or _by_content(ev, intent)}
        if f.apps:
            keys = {k for k in keys if k[0] in f.apps}
        chosen = sessions(ev, period, windows=keys) if keys else []
        return (chosen, intent.anchor) if chosen else None
    if f.apps:
        chosen = sessions(ev, f)
        return (chosen, ", ".join(f.apps)) if chosen else None
    return None


def _by_content(ev: Evidence, intent: Intent) -> list[tuple]:
    """Windows named by what they showed rather than their title ("Lena's e-mail", "the bank transfer"): the
    window whose screens best match the phrase in the line index. Only a match holding most of the phrase's
    words counts, so an unseen thing resolves to nothing."""
    from autocapture.query.intent import content_terms
    from autocapture.query.retrieve import _term_rx

    words = [
        w
        for w in re.findall(r"[a-z0-9]+", " ".join(content_terms(intent.anchor or "")).replace("'s", ""))
        if len(w) > 2
        # ("the Salesforce app": "app" is on many screens, "app-eu1...", and names no window)
        and w not in GENERIC_WINDOW_WORDS
        and w.removesuffix("s") not in GENERIC_WINDOW_WORDS
    ]
    if not words:
        return []
    # a name in the phrase must be there itself: "Salesforce" is not found by another word of the phrase
    names = [e.lower() for e in intent.entities if e.lower() in (intent.anchor or "").lower()]
    score: dict[tuple, float] = {}
    for h in ev.search(intent.anchor, intent.filters, k=40, vector=False):
        text = (h.line["text"] + " " + (h.frame.title or "")).lower()
        got = sum(bool(_term_rx(w).search(text)) for w in words)
        if got * 2 >= len(words) and all(n in text for n in names):
            key = (h.frame.app, h.frame.title)
            score[key] = score.get(key, 0.0) + h.score * got
    if not score:
        return []
    return [max(score, key=lambda k: (score[k], k[1] or ""))]


def _cite(ev: Evidence, s: Session) -> list[dict]:
    quote = s.title or s.app
    return [ev.cite(s.first, None, quote, record=""), ev.cite(s.last, None, quote, record="")]


def _missing(intent: Intent) -> Result:
    what = intent.anchor or "that app or window"
    return Result(
        "no_evidence",
        f"No window matching \u201c{what}\u201d was on screen"
        f"{' ' + intent.filters.describe() if intent.filters.said else ''}.",
    )


def time_spent(ev: Evidence, intent: Intent) -> Result:
    scoped = _scope(ev, intent)
    if scoped is None:
        return _missing(intent)
    chosen, name = scoped
    total = sum(s.seconds for s in chosen)
    visits = merge(chosen)
    claims = [
        Claim(
            f"{s.app} \u2014 {s.title}: {fmt_time(ev.local(s.first.ts))}\u2013"
            f"{ev.local(s.end).strftime('%H:%M:%S')} ({fmt_duration(s.seconds)})",
            _cite(ev, s),
        )
        for s in chosen[:20]
    ]
    return Result(
        "ok",
        f"About {fmt_duration(total)} in {name} across {len(visits)} visit(s), from "
        f"{fmt_time(ev.local(chosen[0].first.ts))} to {ev.local(chosen[-1].end).strftime('%H:%M:%S')}.",
        {"seconds": total, "minutes": round(total / 60, 1), "visits": len(visits)},
        claims,
    )


def visits(ev: Evidence, intent: Intent) -> Result:
    scoped = _scope(ev, intent)
    if scoped is None:
        return _missing(intent)
    chosen, name = scoped
    vs = merge(chosen)
    listing = "; ".join(
        f"{ev.local(v.first.ts).strftime('%H:%M:%S')}\u2013{ev.local(v.end).strftime('%H:%M:%S')}"
        for v in vs[:12]
    )
    return Result(
        "ok",
        f"{len(vs)} separate visit(s) to {name}: {listing}.",
        {
            "visits": len(vs),
            "count": len(vs),
            "starts": [ev.local(v.first.ts).isoformat(timespec="seconds") for v in vs],
        },
        [
            Claim(f"visit {i + 1}: {fmt_time(ev.local(v.first.ts))}", _cite(ev, v))
            for i, v in enumerate(vs[:20])
        ],
    )


def span(ev: Evidence, intent: Intent) -> Result:
    """From when to when the user was in a window: its first or last visit when the question says so, else each
    visit (a visit merges sessions of the window a short switch apart)."""
    scoped = _scope(ev, intent)
    if scoped is None:
        return _missing(intent)
    chosen, name = scoped
    vs = merge(chosen)
    if intent.ordinal == "first":
        vs = vs[:1]
    elif intent.ordinal == "last":
        vs = vs[-1:]

    def when(v) -> str:
        return f"from {fmt_time(ev.local(v.first.ts))} to {ev.local(v.end).strftime('%H:%M:%S')}"

    listing = "; ".join(when(v) for v in vs[:12])
    return Result(
        "ok",
        f"In {name} {listing}" + (f" ({len(vs)} visits)" if len(vs) > 1 else "") + ".",
        {
            "start": ev.local(vs[0].first.ts).isoformat(timespec="seconds"),
            "end": ev.local(vs[0].end).isoformat(timespec="seconds"),
            "visits": len(vs),
        },
        [Claim(f"{when(v)}", _cite(ev, v)) for v in vs[:20]],
    )


def adjacent(ev: Evidence, intent: Intent) -> Result:
    """The window right after (or before) X: the next session whose window differs, from X's first visit
    ("last time" picks its last)."""
    scoped = _scope(ev, intent)
    if scoped is None:
        return _missing(intent)
    chosen, name = scoped
    keys = {(s.app, s.title) for s in chosen}
    visit = chosen[-1] if intent.ordinal == "last" else chosen[0]
    step = 1 if intent.relation != "before" else -1
    f = intent.filters
    other = beside(ev, Filters(f.start, f.end, ()), visit, step, keys)
    if other is None:
        return Result(
            "no_evidence", f"Nothing was on screen {intent.relation or 'after'} {name} in that period."
        )
    word = "after" if step == 1 else "before"
    return Result(
        "ok",
        f"Right {word} {name} ({fmt_time(ev.local(visit.first.ts))}) came \u201c{other.title}\u201d "
        f"({other.app}) at {fmt_time(ev.local(other.first.ts))}.",
        {
            "window": other.title,
            "app": other.app,
            "start": ev.local(other.first.ts).isoformat(timespec="seconds"),
            "anchor_window": visit.title,
            "anchor_start": ev.local(visit.first.ts).isoformat(timespec="seconds"),
        },
        [Claim(f"{word} {name}: {other.title}", _cite(ev, other)[:1])],
    )


def longest(ev: Evidence, intent: Intent) -> Result:
    """The longest continuous stretch: in one app when none is named (apps, not windows: switching tabs is
    still the same stretch), else in the named app or window."""
    f = intent.filters
    if intent.anchor or f.apps:
        scoped = _scope(ev, intent)
        if scoped is None:
            return _missing(intent)
        runs = merge(scoped[0])
    else:
        runs = sessions(ev, Filters(f.start, f.end, ()), key=lambda fr: fr.app)
    if not runs:
        return Result("no_evidence", "No frames in that period.")
    best = max(runs, key=lambda s: (s.seconds, -s.first.ts.timestamp()))
    # the stretch lasts until the next window came up; its last capture in the window may be minutes earlier
    # when the next one came late (a call, a break under the idle limit): both are said
    last = ev.local(best.last.ts)
    seen = f" (last captured in it at {last.strftime('%H:%M:%S')})" if best.last.ts < best.end else ""
    return Result(
        "ok",
        f"The longest continuous stretch was in {best.app} ({best.title}): {fmt_duration(best.seconds)}, "
        f"from {fmt_time(ev.local(best.first.ts))} to {ev.local(best.end).strftime('%H:%M:%S')}{seen}.",
        {
            "app": best.app,
            "window": best.title,
            "start": ev.local(best.first.ts).isoformat(timespec="seconds"),
            "end": ev.local(best.end).isoformat(timespec="seconds"),
            "last_frame": last.isoformat(timespec="seconds"),
            "seconds": best.seconds,
        },
        [Claim(f"{best.app} from {fmt_time(ev.local(best.first.ts))}", _cite(ev, best))],
    )


def window_at(ev: Evidence, intent: Intent) -> Result:
    """ "Which app was I using at 2:10 PM": the session on screen at the middle of the time asked about."""
    f = intent.filters
    if not (f.start and f.end):
        return Result("no_evidence", "No time to look at was given.")
    mid = f.start + (f.end - f.start) / 2
    runs = [s for s in sessions(ev, Filters(f.start, f.end, ())) if not f.apps or s.app in f.apps]
    on = [s for s in runs if s.first.ts <= mid <= max(s.end, s.last.ts)]
    if not on:
        before = [s for s in runs if s.first.ts <= mid]
        on = before[-1:] or runs[:1]
    if not on:
        return Result("no_evidence", f"Nothing was on screen {f.describe()}.")
    s = on[0]
    return Result(
        "ok",
        f"{s.app}: \u201c{s.title}\u201d, on screen from {fmt_time(ev.local(s.first.ts))} to "
        f"{ev.local(s.end).strftime('%H:%M:%S')}.",
        {"app": s.app, "window": s.title, "start": ev.local(s.first.ts).isoformat(timespec="seconds")},
        [Claim(f"{s.app} \u2014 {s.title}", _cite(ev, s)[:1])],
    )


# How much of the question's term weight a screen must hold for its window to be the answer to "which app was I
# using to talk to Mehdi" (compose.MIN_COVERAGE judges a read value the same way)
APP_OF_SCREEN_COVERAGE = 0.45


def app_of_screens(ev: Evidence, intent: Intent, cands: list, weights) -> Result | None:
    """ "Which app was I using to talk to Mehdi", "on what messaging service did I get the alert": the window of
    the screens that show what the question is about, named by its app and title (a web app is its tab's title:
    "WhatsApp — Mozilla Firefox"), cited on the line that holds most of the question's words. None when no
    screen holds enough of them: a window is no answer to a question its screens do not match."""
    # (the words naming the window, "app", "using", are what is asked, not what its screens say)
    said = [t for t in weights.terms if t not in GENERIC_WINDOW_WORDS and t not in ("using", "use", "used")]
    total = sum(weights.w.get(t, 0.0) for t in said) or 1.0
    # ...and its rarest word among them must be there: the one that says what the question is about ("Mehdi")
    rarest = max(said, key=lambda t: (weights.w.get(t, 0.0), t), default=None)
    scored = []
    for rank, cand in enumerate(cands[:8]):
        found = weights.matched(f"{cand.text}\n{cand.frame.title or ''}")
        share = sum(weights.w.get(t, 0.0) for t in said if t in found) / total
        if share >= APP_OF_SCREEN_COVERAGE and (rarest is None or rarest in found):
            scored.append((share, -rank, cand))
    if not scored:
        return None
    _, _, cand = max(scored, key=lambda x: x[:2])
    f = cand.frame
    line = max(cand.lines, key=lambda ln: (weights.score(ln["text"]), -ln["box"][1]), default=None)
    cites = [ev.cite(f, list(line["box"]), line["text"])] if line else []
    return Result(
        "ok",
        f"{f.app}: \u201c{f.title}\u201d ({fmt_time(ev.local(f.ts))}"
        + (f", where the screen says \u201c{line['text']}\u201d" if line else "")
        + ").",
        {"app": f.app, "window": f.title, "answer_type": "window"},
        [Claim(f"{f.app} \u2014 {f.title}", cites)],
    )
