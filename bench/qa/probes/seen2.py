"""Blind probes: first/last sighting of things named by a few of their own words (not names or codes): two or
three ordinary words that stand together on a screen line ("refund reason column", "premium support"), asked in
phrasings unlike the seen probe's. Expected: the first/last local time a frame's line held those words together."""

import random
import re

from common import Tally, days_and_seed, sighted, sightings

LAST = [
    "When did I last have the {e} in front of me?",
    "What time did I see the {e} for the last time?",
    "Most recent time the {e} was visible?",
    "When did the {e} last come up?",
]
FIRST = [
    "When did the {e} first come up?",
    "At what time was the {e} first displayed?",
    "First appearance of the {e} on my screen?",
    "How early did I see the {e}?",
]
COMMON = set(
    """the and for with from that this have will your you are was were has had not but all any can our out
into than then them they their there here what when which who about after before over under more most less
some such only also just each other been being""".split()
)

days, seed = days_and_seed()
rnd, tally = random.Random(seed), Tally()


def pairs(ln: str) -> list[str]:
    """Two ordinary words standing together on the line, one of them lower-case ("refund reason")."""
    toks = re.findall(r"[A-Za-z][a-z]{3,}", ln)
    return [
        f"{a.lower()} {b.lower()}"
        for a, b in zip(toks, toks[1:])
        if a.lower() not in COMMON
        and b.lower() not in COMMON
        and (a.islower() or b.islower())
        and re.search(rf"\b{a}\s+{b}\b", ln)
    ]


for day in days:
    sightings(day, sighted(day, pairs), LAST, FIRST, rnd, tally)
tally.done()
