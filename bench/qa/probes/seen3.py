"""Blind probes: first/last sighting of a short whole line (an error, a subject, a heading: 3-6 words) and of
codes, in phrasings unlike seen.py's and seen2.py's (the thing first or last in the sentence, "anything about",
"pop up", terse forms). Expected: the first/last local time a frame's line held the thing."""

import random
import re

from common import Tally, days_and_seed, sighted, sightings, truth

LAST = [
    "{e}: when did I last see it?",
    "What's the latest time {e} was on screen?",
    "When did {e} pop up for the last time?",
    "Latest sighting of {e}?",
    "When did I last come across {e}?",
]
FIRST = [
    "{e}: when did I first see it?",
    "When did {e} first pop up?",
    "What was the earliest time I saw {e}?",
    "When did I first come across {e}?",
    "At what time did {e} first show?",
]
CODE = re.compile(r"\b[A-Z]{2,}-\d{3,}[\w-]*\b|\b\d{3}-\d{7}-\d{7}\b")

days, seed = days_and_seed("dev,fin,ops,hr,sales")
rnd, tally = random.Random(seed + 3), Tally()


def phrases(ln: str) -> list[str]:
    """A short line of words (no figures, no punctuation soup), or a code on it."""
    out = CODE.findall(ln)
    words = ln.split()
    if 3 <= len(words) <= 6 and re.fullmatch(r"[A-Za-z][A-Za-z' -]+[A-Za-z]", ln.strip()):
        out.append(ln.strip())
    return out


def anywhere(day: str, names: dict[str, list[str]]) -> dict[str, list[str]]:
    """Each thing's sightings on any line that holds it (a subject line is also inside a longer preview line)."""
    frames = truth(day)["frames"]
    return {
        n: [f["local_time"][11:16] for f in frames if any(n.lower() in ln.lower() for ln in f["lines"][1:])]
        for n in names
    }


for day in days:
    sightings(day, anywhere(day, sighted(day, phrases)), LAST, FIRST, rnd, tally, k=5)
tally.done()
