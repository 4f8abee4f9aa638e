"""Blind probes: first/last sighting of names and codes picked from the truth lines, in my own phrasings."""

import random
import re

from common import Tally, days_and_seed, sighted, sightings

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
NAMES = re.compile(r"\b(?:[A-Z][a-z]+ [A-Z][a-z]+|[A-Z]{2,}-\d{2,}[\w-]*)\b")  # "Helena Brandt", "PAY-1422"
for day in days:
    sightings(day, sighted(day, lambda ln: [m.group(0) for m in NAMES.finditer(ln)]), LAST, FIRST, rnd, tally)
tally.done()
