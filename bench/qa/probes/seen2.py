"""Blind probes: first/last sighting of things named by a few of their own words (not names or codes): two or
three ordinary words that stand together on a screen line ("refund reason column", "premium support"), asked in
phrasings unlike the seen probe's. Expected: the first/last local time a frame's line held those words together."""

import random
import re

from common import Tally, days_and_seed, sightings, truth

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
for day in days:
    seen: dict[str, list] = {}
    for f in truth(day)["frames"]:
        for ln in f["lines"][1:]:
            toks = re.findall(r"[A-Za-z][a-z]{3,}", ln)
            for i in range(len(toks) - 1):
                a, b = toks[i], toks[i + 1]
                if a.lower() in COMMON or b.lower() in COMMON or not (a.islower() or b.islower()):
                    continue
                if re.search(rf"\b{a}\s+{b}\b", ln):
                    seen.setdefault(f"{a.lower()} {b.lower()}", []).append(f["local_time"][11:16])
    sightings(day, {p: v for p, v in seen.items() if len(set(v)) >= 2}, LAST, FIRST, rnd, tally)
tally.done()
