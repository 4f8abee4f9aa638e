"""Time and app filters read from a question ("yesterday afternoon", "around 10:15", "in Outlook"), in
the user's time zone. What is left of the question goes on to retrieval."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta, tzinfo

APPS = {
    "outlook": ("outlook.exe",), "mail": ("outlook.exe", "thunderbird.exe"), "email": ("outlook.exe",),
    "terminal": ("windowsterminal.exe", "cmd.exe", "powershell.exe", "pwsh.exe", "wt.exe", "conhost.exe"),
    "powershell": ("windowsterminal.exe", "powershell.exe", "pwsh.exe"), "chrome": ("chrome.exe",),
    "edge": ("msedge.exe",), "browser": ("chrome.exe", "msedge.exe", "firefox.exe"), "firefox": ("firefox.exe",),
    "teams": ("ms-teams.exe", "teams.exe"), "chat": ("ms-teams.exe", "teams.exe", "slack.exe"),
    "slack": ("slack.exe",), "vs code": ("code.exe",), "vscode": ("code.exe",), "editor": ("code.exe",),
    "excel": ("excel.exe",), "word": ("winword.exe",),
}
DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
PARTS = {"morning": (time(5), time(12)), "afternoon": (time(12), time(18)), "evening": (time(18), time(23, 59, 59))}


@dataclass(frozen=True)
class Filters:
    start: datetime | None = None  # aware, inclusive
    end: datetime | None = None  # aware, exclusive
    apps: tuple[str, ...] = ()
    said: tuple[str, ...] = field(default=())  # the phrases that set them, for the answer's wording

    def describe(self) -> str:
        return ", ".join(self.said)


def _day(now_local: datetime, days_back: int) -> tuple[datetime, datetime]:
    start = datetime.combine(now_local.date() - timedelta(days=days_back), time(0), now_local.tzinfo)
    return start, start + timedelta(days=1)


def parse(question: str, now: datetime, tz: tzinfo) -> tuple[Filters, str]:
    q = question
    local = now.astimezone(tz)
    start = end = None
    said: list[str] = []

    def cut(match: re.Match) -> None:
        nonlocal q
        said.append(match.group(0).strip())
        q = q.replace(match.group(0), " ")

    if m := re.search(r"\b(?:in|during|over) the (?:last|past) (\d+)?\s*(minute|hour|day)s?\b", q, re.I):
        n = int(m.group(1) or 1)
        start, end = now - timedelta(**{m.group(2).lower() + "s": n}), now + timedelta(seconds=1)
        cut(m)
    if m := re.search(r"\b(today|yesterday|this|on (?:" + "|".join(DAYS) + r"))\s*(morning|afternoon|evening)?\b", q, re.I):
        word = m.group(1).lower()
        if word == "this" and not m.group(2):
            pass
        else:
            if word in ("today", "this"):
                start, end = _day(local, 0)
            elif word == "yesterday":
                start, end = _day(local, 1)
            else:
                back = (local.weekday() - DAYS.index(word.split()[1])) % 7
                start, end = _day(local, back)
            if m.group(2):
                lo, hi = PARTS[m.group(2).lower()]
                start, end = datetime.combine(start.date(), lo, tz), datetime.combine(start.date(), hi, tz)
            cut(m)
    if m := re.search(r"\b(?:around|at about|at|near)\s+(\d{1,2}):(\d{2})\b", q, re.I):
        day = (start or datetime.combine(local.date(), time(0), tz)).date()
        t = datetime.combine(day, time(int(m.group(1)) % 24, int(m.group(2))), tz)
        start, end = t - timedelta(minutes=15), t + timedelta(minutes=15)
        cut(m)
    apps: tuple[str, ...] = ()
    for name in sorted(APPS, key=len, reverse=True):
        if m := re.search(rf"\b(?:in|on|from|using) (?:the |my )?{re.escape(name)}\b", q, re.I):
            apps = APPS[name]
            cut(m)
            break
    return Filters(start, end, apps, tuple(said)), re.sub(r"\s+", " ", q).strip()
