"""What every probe needs: the days' "now", friendly app names, asking a day, clock forms, the tally."""

import json
import re
import sys
from datetime import datetime
from pathlib import Path

from autocapture.config import load_config
from autocapture.query.answer import ask

QA = Path(__file__).resolve().parents[1]
NOW = {
    "dev": "2026-11-17T19:00:00-05:00",
    "fin": "2026-11-19T19:00:00+01:00",
    "ops": "2026-11-20T19:00:00-08:00",
    "hr": "2026-11-24T19:00:00+01:00",
    "sales": "2026-11-25T19:00:00+00:00",
}
# how a user names an app (the probes' own words, not the product's: the product resolves names itself)
APP_NAMES = {
    "thunderbird.exe": "Thunderbird",
    "chrome.exe": "Chrome",
    "windowsterminal.exe": "the terminal",
    "code.exe": "VS Code",
    "outlook.exe": "Outlook",
    "olk.exe": "Outlook",
    "ms-teams.exe": "Teams",
    "excel.exe": "Excel",
    "msedge.exe": "Edge",
    "firefox.exe": "Firefox",
    "soffice.bin": "LibreOffice Calc",
    "explorer.exe": "File Explorer",
    "foxitpdfreader.exe": "Foxit",
    "slack.exe": "Slack",
    "acrobat.exe": "Acrobat",
    "winword.exe": "Word",
}


def truth(day: str) -> dict:
    return json.loads((QA / "truth" / f"{day}.json").read_text())


def asker(day: str):
    """ask(question) on a processed day, at that day's evening."""
    cfg = load_config(None, None, [], dataroot=str(QA / "data" / day))
    now = datetime.fromisoformat(NOW[day])
    return lambda q: ask(cfg, q, now)


def clock_alts(hhmm: str) -> set[str]:
    """ "14:05" as a screen or an answer may write it: 14:05 and 2:05."""
    h, m = int(hhmm[:2]), hhmm[3:]
    return {hhmm, f"{h % 12 or 12}:{m}"}


def value_part(answer: str) -> str:
    """The answer without the screen line it quotes as context (as bench/qa.py scores it)."""
    return re.sub(r" \u2014 \u201c[^\u201d]*\u201d", "", answer)


class Tally:
    def __init__(self):
        self.ok = self.total = 0

    def add(self, good: bool, *what) -> None:
        self.ok += good
        self.total += 1
        print("OK " if good else "BAD", *what)

    def done(self) -> None:
        print(f"{self.ok}/{self.total}")


def days_and_seed(default_days: str = "dev,fin,ops,hr") -> tuple[list[str], int]:
    days = (sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].isdigit() else default_days).split(",")
    seed = int(next((a for a in sys.argv[1:] if a.isdigit()), "1"))
    return days, seed


def visits(t: dict, key) -> dict[str, list[tuple[str, str]]]:
    """(first, last) local HH:MM of every window session, grouped by key(session) (None: left out), in order."""
    frames = {f["record_id"]: f for f in t["frames"]}
    out: dict[str, list] = {}
    for s in t["sessions"]:
        times = [frames[x]["local_time"][11:16] for x in s["frames"] if x in frames]
        k = key(s)
        if times and k:
            out.setdefault(k, []).append((min(times), max(times)))
    return {k: sorted(v) for k, v in out.items()}


def short_name(session: dict) -> str | None:
    """The first three words of a title's first part ("[PAY-1422] Refund amounts off by ..." -> "Refund amounts
    off"), or None for a title that gives fewer or names a mailbox."""
    head = re.sub(r"^\[[^\]]+\]\s*", "", re.split(r" [-|\u2014] ", session["title"])[0])
    words = re.findall(r"[A-Za-z][\w.]+", head)[:3]
    return " ".join(words) if len(words) >= 2 and "@" not in head else None


def first_last(
    day: str, groups: dict, name_of, last_forms: list, first_forms: list, rnd, tally, when=lambda a: a
):
    """Ask when each group (an app, a window) was last and first open, in a random one of the phrasings; the
    start or the end of its last visit both count as its last time. `when` picks the part of the answer that
    gives the time."""
    ask = asker(day)
    for key, spans in sorted(groups.items()):
        for forms, expect in ((last_forms, set(spans[-1])), (first_forms, {spans[0][0]})):
            q = rnd.choice(forms).format(e=name_of(key))
            d = ask(q)
            alts = set().union(*(clock_alts(e) for e in expect))
            good = d["state"] == "ok" and any(a in when(d["answer"]) for a in alts)
            tally.add(good, day, sorted(expect), "|", q, "|", d["state"], d["answer"][:140])


def sightings(
    day: str, seen: dict[str, list[str]], last_forms: list, first_forms: list, rnd, tally, k: int = 6
):
    """Ask when up to k things (name -> the local HH:MM it was on screen) were last and first seen, each in a
    random one of the phrasings ({e} is the thing)."""
    ask = asker(day)
    for e in rnd.sample(sorted(seen), min(k, len(seen))):
        for kind, forms, expect in (("last", last_forms, max(seen[e])), ("first", first_forms, min(seen[e]))):
            q = rnd.choice(forms).format(e=e)
            d = ask(q)
            good = d["state"] == "ok" and any(a in d["answer"] for a in clock_alts(expect))
            tally.add(good, day, kind, expect, "|", q, "|", d["state"], d["answer"][:120])


def answered(day: str, probes: list[tuple[list[str], str]], tally) -> None:
    """Ask each (expected answers, question) of a day; good when the answer is `ok` and holds one of the expected
    strings (case aside) in its text or fields, as bench/qa.py scores an answer (citations not checked)."""
    ask = asker(day)
    for expect, q in probes:
        d = ask(q)
        text = (d["answer"] + " " + str(d["fields"])).lower()
        good = d["state"] == "ok" and any(e.lower() in text for e in expect)
        tally.add(good, day, expect[0], "|", q, "|", d["state"], d["answer"][:150])


def sighted(day: str, names) -> dict[str, list[str]]:
    """Every name `names(line)` finds on the day's screen lines (the title line left out) -> the local HH:MM of
    each frame that shows it, for the names on screen at two times or more (a first and a last to ask about)."""
    seen: dict[str, list] = {}
    for f in truth(day)["frames"]:
        for ln in f["lines"][1:]:
            for name in names(ln):
                seen.setdefault(name, []).append(f["local_time"][11:16])
    return {n: v for n, v in seen.items() if len(set(v)) >= 2}
