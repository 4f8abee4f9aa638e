"""Time and app filters read from a question ("yesterday afternoon", "around 10:15", "in Outlook"), in
the user's time zone. What is left of the question goes on to retrieval."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta, tzinfo

DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
PARTS = {
    "morning": (time(5), time(12)),
    "afternoon": (time(12), time(18)),
    "evening": (time(18), time(23, 59, 59)),
}


# The midday break as a question says it: people lunch at different hours, so "before lunch" ends at 13:00,
# "after lunch" starts at 12:00 and "around lunch" spans 11:30-14:00; a screen near the edge stays in.
LUNCH = (
    r"\b(before|after|around|about|at|over|during|near|by)\s+(?:the\s+|my\s+)?"
    r"(?:lunch(?:time| break)?|noon|midday)\b"
)


@dataclass(frozen=True)
class Filters:
    start: datetime | None = None  # aware, inclusive
    end: datetime | None = None  # aware, exclusive
    apps: tuple[str, ...] = ()
    said: tuple[str, ...] = field(default=())  # the phrases that set them, for the answer's wording
    dated: bool = (
        False  # the period is a day written out ("on Sunday", "on 6 December"), not "today" or "last hour"
    )

    def describe(self) -> str:
        return ", ".join(self.said)


def _day(now_local: datetime, days_back: int) -> tuple[datetime, datetime]:
    start = datetime.combine(now_local.date() - timedelta(days=days_back), time(0), now_local.tzinfo)
    return start, start + timedelta(days=1)


def _explicit_date(q: str, local: datetime) -> tuple[str, datetime] | None:
    """A calendar date written out ("on 24 November", "on Nov 24", "on 24.11.2026", "on 2026-11-24"), read with
    dateparser in the user's locale conventions (day first when ambiguous, as most of the world writes it)."""
    from autocapture.query.values import DATE

    for m in DATE.finditer(q):
        prep = re.search(
            r"\b(?:on|from|of|since|for)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$",
            q[: m.start()],
            re.I,
        )
        if not prep:
            continue
        import dateparser

        got = dateparser.parse(
            m.group(0),
            settings={
                "PREFER_DATES_FROM": "past",
                "DATE_ORDER": "DMY",
                "RELATIVE_BASE": local.replace(tzinfo=None),
            },
        )
        if got:
            return q[prep.start() : m.end()], datetime.combine(got.date(), time(0), local.tzinfo)
    return None


def _a_capture_day(q: str, found: tuple, local: datetime) -> bool:
    """Is a date in the question a day to look at screens from? Not when it is cut out of a longer number
    ("March 20" of "March 2027": a month, a table's column) nor when it lies in the future (nothing was captured
    then: "the headcount planned for June 2027" names a column, not a period)."""
    phrase, day = found
    after = q[q.find(phrase) + len(phrase) :][:1]
    return not after.isdigit() and day.date() <= local.date()


PAST = re.compile(
    r"\b(did|was|were|had|saw|seen|looked|opened|visited|spent|worked|wrote|sent|received|read it|ago|"
    r"yesterday|earlier|last|previous)\b",
    re.I,
)
AHEAD = re.compile(
    r"\b(will|won't|shall|going to|do i have|have i got|am i|upcoming|next|scheduled|planned|"
    r"(is|are|does|do)\b.*\b(arriving|coming|landing|leaving|starting|due|start|starts|begin|take place|happen))\b|"
    r"^\s*(what|which)\s+\w+\s+(do|does|is|are|starts?|begins?)\b|\b(starts?|begins?|lands?|arrives?)\s+(at|on)\b",
    re.I,
)


def about_events(question: str) -> bool:
    """Does the question ask about something scheduled ("what meeting do I have on Wednesday at 14:30", "when is
    Bastian arriving on 6 December") rather than about when the user saw something? Then its day and time
    are content to find on a screen (a calendar, a booking), not a period of captures."""
    return bool(AHEAD.search(question)) and not PAST.search(question)


# a terse "total Slack time today?", "excel time?", "time in the Kaveri Google Doc?": the user's time in a window,
# when what is named is an app the store has seen (here) or a kind of window (intent.WINDOW_NOUNS); "pickup
# time?" is a moment
TERSE_TIME = re.compile(
    r"^\s*(?:(?:total|overall)\s+)?(?:the\s+|my\s+)?([\w .&'-]+?)\s+time(?:\s+(?:today|so far|spent))?\s*[?.!]*$"
    r"|^\s*(?:(?:total|overall)\s+)?time\s+(?:spent\s+)?(?:in|on|with)\s+(?:the\s+|my\s+)?(.+?)(?:\s+today)?\s*[?.!]*$",
    re.I,
)
BY_DAY_END = r"\bby\s+(?:this|the|today's)\s+(?:evening|afternoon)\b|\bby\s+(?:the\s+)?end\s+of\s+(?:the\s+)?day\b|\bby\s+tonight\b"
PART_WORD = (
    r"(?<!good )(?<!my )\b(morning|afternoon|evening)\b"
    # ("am" alone ends a terse question, "count am?": inside one it may be a word, "Hotel am Neckar")
    r"|(?<![\d\w])(?<!\d )\s*\b(am|pm|a\.m\.|p\.m\.)(?![\w.])(?=\s*[?.!]*\s*$)"
)


def _part(day, word: str, tz: tzinfo) -> tuple[datetime, datetime]:
    """The start and end of a part of a day ("morning": 05:00-12:00)."""
    lo, hi = PARTS[word.lower()]
    return datetime.combine(day, lo, tz), datetime.combine(day, hi, tz)


def parse(
    question: str, now: datetime, tz: tzinfo, apps: list[str] | None = None, times: bool = True
) -> tuple[Filters, str]:
    """Time and app filters of a question, and the question without them. `apps` are the executables the store
    has seen: an app is only a filter when some window of it exists (query/scope.py). `times=False` (and a
    question about scheduled events) reads no period: its dates stay in the question as words to find."""
    from autocapture.query.scope import app_phrases, resolve_apps

    q = question
    if not times or about_events(question):
        found_apps, app_said, _ = app_phrases(q, apps or [])
        for phrase in app_said:
            q = q.replace(phrase, " ")
        return Filters(None, None, found_apps, tuple(p.strip() for p in app_said)), re.sub(
            r"\s+", " ", q
        ).strip()
    local = now.astimezone(tz)
    start = end = None
    dated = False
    said: list[str] = []

    def cut(match: re.Match) -> None:
        nonlocal q
        said.append(match.group(0).strip())
        q = q.replace(match.group(0), " ")

    if m := re.search(
        r"\b(?:in|during|over|within) the (?:last|past) (\d+|few|couple of)?\s*(minute|hour|day|week)s?\b",
        q,
        re.I,
    ):
        n = int(m.group(1)) if (m.group(1) or "").isdigit() else (3 if m.group(1) else 1)
        unit = m.group(2).lower()
        delta = timedelta(weeks=n) if unit == "week" else timedelta(**{unit + "s": n})
        start, end = now - delta, now + timedelta(seconds=1)
        cut(m)
    if m := re.search(r"\b(an?|\d+)\s+(minute|hour)s?\s+ago\b", q, re.I):  # "an hour ago": around then
        n = 1 if m.group(1).lower() in ("a", "an") else int(m.group(1))
        t = now - timedelta(**{m.group(2).lower() + "s": n})
        start, end = t - timedelta(minutes=15), t + timedelta(minutes=15)
        cut(m)
    elif m := re.search(r"\b(?:last|this past)\s+week\b", q, re.I):
        start, end = now - timedelta(days=7), now + timedelta(seconds=1)
        cut(m)
    q = re.sub(
        r"\blast\s+(" + "|".join(DAYS) + r")\b", r"on \1", q, flags=re.I
    )  # "last Friday": the latest Friday
    if m := re.search(BY_DAY_END, q, re.I):
        # "by this evening", "by the end of the day": the day up to then, not its evening alone (what stood at
        # the end is the latest value: intent sets that ordinal)
        start, end = _day(local, 0)
        cut(m)
    if m := re.search(
        r"\b(today|yesterday|this|on (?:" + "|".join(DAYS) + r"))\s*(morning|afternoon|evening)?\b", q, re.I
    ):
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
                dated = True
            if m.group(2):
                start, end = _part(start.date(), m.group(2), tz)
            cut(m)
    elif (found := _explicit_date(q, local)) and _a_capture_day(q, found, local):
        phrase, day = found
        start, end = day, day + timedelta(days=1)
        dated = True
        said.append(phrase)
        q = q.replace(phrase, " ")
    if not said and (m := re.search(r"\b(?:in|during) the (morning|afternoon|evening)\b", q, re.I)):
        # "in the morning", with no day named: this day's
        start, end = _part(local.date(), m.group(1), tz)
        cut(m)
    if (
        not said
        and len(re.findall(r"\b(?:morning|afternoon|evening)\b", q, re.I)) <= 1  # ("my morning and afternoon
        and (m := re.search(PART_WORD, q, re.I))  # checks": two moments compared, intent.moments)
    ):
        # "the morning bank view", "live count on the board, evening?", "low stock count am?": a part of the day
        # said on its own, no day named: this day's ("10 am" is a clock, "good morning" a greeting)
        word = (m.group(1) or m.group(2)).lower().replace(".", "")
        start, end = _part(local.date(), {"am": "morning", "pm": "afternoon"}.get(word, word), tz)
        cut(m)
    if m := re.search(LUNCH, q, re.I):
        # "before lunch", "after lunch", "around lunchtime": the day's midday break, wherever the day was named
        day = (start or datetime.combine(local.date(), time(0), tz)).date()
        lo, hi = {"before": (time(0), time(13)), "after": (time(12), time(23, 59, 59))}.get(
            m.group(1).lower(), (time(11, 30), time(14))
        )
        start, end = datetime.combine(day, lo, tz), datetime.combine(day, hi, tz)
        cut(m)
    if m := re.search(
        r"\b(?:around|at about|at|near|about)\s+(\d{1,2})(?::(\d{2}))?\s*([ap]\.?m\.?)?(?=[\s?.,!]|$)",
        q,
        re.I,
    ):
        if m.group(2) or m.group(3):
            h = int(m.group(1)) % 24
            if m.group(3):
                h = h % 12 + (12 if m.group(3).lower().startswith("p") else 0)
            day = (start or datetime.combine(local.date(), time(0), tz)).date()
            t = datetime.combine(day, time(h, int(m.group(2) or 0)), tz)
            start, end = t - timedelta(minutes=15), t + timedelta(minutes=15)
            cut(m)
    found_apps, app_said, _ = app_phrases(q, apps or [])
    if not found_apps and (t := TERSE_TIME.match(question)) and t.group(1):
        found_apps = resolve_apps(t.group(1), apps or [])  # "excel time today?": no "in" before the app
    for phrase in app_said:
        said.append(phrase.strip())
        q = q.replace(phrase, " ")
    return Filters(start, end, found_apps, tuple(said), dated), re.sub(r"\s+", " ", q).strip()
