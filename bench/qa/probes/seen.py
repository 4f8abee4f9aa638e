"""Blind probes: first/last sighting of names and codes picked from the truth lines, in my own phrasings."""

import random
import re

from common import Tally, days_and_seed, sightings, truth

LAST = [
    "When did I last see {e}?",
    "What time was {e} last on my screen?",
    "Last time {e} showed up?",
    "When was the final time I saw {e} today?",
]
FIRST = [
    "When did I first see {e}?",
    "What time did {e} first appear on screen?",
    "Earliest sighting of {e}?",
    "When was {e} on my screen for the first time?",
]

days, seed = days_and_seed()
rnd, tally = random.Random(seed), Tally()
for day in days:
    seen: dict[str, list] = {}
    for f in truth(day)["frames"]:
        for ln in f["lines"][1:]:
            for m in re.finditer(r"\b(?:[A-Z][a-z]+ [A-Z][a-z]+|[A-Z]{2,}-\d{2,}[\w-]*)\b", ln):
                seen.setdefault(m.group(0), []).append(f["local_time"][11:16])
    sightings(day, {e: v for e, v in seen.items() if len(set(v)) >= 2}, LAST, FIRST, rnd, tally)
tally.done()
