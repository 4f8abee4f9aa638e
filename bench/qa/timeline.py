"""Ground-truth answers for the computed question families, worked out from a day's truth file (never from
the system under test): time in an app, separate visits, what came before/after, first/last sighting,
longest stretch. One definition each, stated here, so the expected answers are reproducible."""

from __future__ import annotations

from datetime import datetime, timedelta

GAP_S = 60  # a window's time runs until the next window's first frame when that follows within a minute


def _ts(frame: dict) -> datetime:
    return datetime.fromisoformat(frame["local_time"])


def runs(truth: dict, key: str = "session") -> list[dict]:
    """Window sessions (key="session") or app runs (key="app": adjacent sessions of one app merged), each with
    start, end (next run's first frame, or last frame + the usual step before a gap), app, titles, frames."""
    frames = {f["record_id"]: f for f in truth["frames"]}
    out: list[dict] = []
    for s in truth["sessions"]:
        fs = [frames[r] for r in s["frames"]]
        if key == "app" and out and out[-1]["app"] == s["app"]:
            out[-1]["frames"] += fs
            out[-1]["titles"].append(s["title"])
            continue
        out.append({"app": s["app"], "titles": [s["title"]], "frames": fs})
    for i, r in enumerate(out):
        r["start"] = _ts(r["frames"][0])
        last = _ts(r["frames"][-1])
        nxt = _ts(out[i + 1]["frames"][0]) if i + 1 < len(out) else None
        step = (last - _ts(r["frames"][-2])) if len(r["frames"]) > 1 else timedelta(seconds=30)
        r["end"] = nxt if nxt and (nxt - last).total_seconds() <= GAP_S else last + step
    return out


def matches(run: dict, what: str) -> bool:
    what = what.lower()
    return what in run["app"].lower() or any(what in t.lower() for t in run["titles"])


def time_in(truth: dict, what: str) -> float:
    return sum((r["end"] - r["start"]).total_seconds() for r in runs(truth) if matches(r, what))


def visits(truth: dict, what: str, key: str = "app") -> int:
    return sum(1 for r in runs(truth, key) if matches(r, what))


def neighbour(truth: dict, what: str, offset: int) -> dict:
    """The window session right after (offset=1) or before (-1) the first session matching `what`."""
    rs = runs(truth)
    i = next(i for i, r in enumerate(rs) if matches(r, what))
    return rs[i + offset]


def sightings(truth: dict, text: str) -> list[datetime]:
    return [_ts(f) for f in truth["frames"] if any(text.lower() in line.lower() for line in f["lines"])]


def longest(truth: dict) -> dict:
    """The longest app run: the longest time spent in one app without switching away."""
    return max(runs(truth, "app"), key=lambda r: r["end"] - r["start"])


def clock_forms(t: datetime, locale: str) -> list[str]:
    """How a minute can be written: 9:05 / 09:05 / 14:05, and 2:05 (as in 2:05 PM) for afternoon times."""
    forms = {f"{t.hour}:{t.minute:02d}", f"{t.hour:02d}:{t.minute:02d}"}
    if t.hour > 12:
        forms.add(f"{t.hour - 12}:{t.minute:02d}")
    return sorted(forms)


def duration_forms(seconds: float) -> list[str]:
    m, s = divmod(int(round(seconds)), 60)
    return [f"{m} min {s} s" if s else f"{m} min", f"{seconds / 60:.1f} min"]


def longest_answers(truth: dict, style: str) -> list[str]:
    """The accepted "start && end" forms of the longest stretch: it ends at its last frame or when the next
    window took over, each clock written the day's ways."""
    r = longest(truth)
    last = datetime.fromisoformat(r["frames"][-1]["local_time"])
    return sorted(
        {
            f"{a} && {b}"
            for a in clock_forms(r["start"], style)
            for b in clock_forms(last, style) + clock_forms(r["end"], style)
        }
    )
