"""Blind probes: first/last time in an app (by a user's name for it); the start of the last visit or its last
frame both count as its last time."""

import random

from common import APP_NAMES, Tally, days_and_seed, first_last, truth, visits

LAST = [
    "When was the last time I was in {e}?",
    "When did I last use {e}?",
    "When did I last switch to {e}?",
    "What time did I last have {e} open?",
]
FIRST = [
    "When did I first open {e} today?",
    "When was the first time I used {e}?",
    "What time did I start using {e} first?",
]

days, seed = days_and_seed()
rnd, tally = random.Random(seed), Tally()
for day in days:
    groups = visits(truth(day), lambda s: s["app"])
    first_last(day, groups, lambda app: APP_NAMES.get(app, app), LAST, FIRST, rnd, tally)
tally.done()
