"""Blind probes: first/last time a window (document, page, ticket) was open, named by a short part of its title;
the start of the last visit or its last frame both count as its last time."""

import random

from common import Tally, days_and_seed, first_last, short_name, truth, value_part, visits

LAST = [
    "When did I last look at the {e}?",
    "When was the {e} last open?",
    "What time did I last have the {e} open?",
    "Last time I checked the {e}?",
]
FIRST = [
    "When did I first open the {e}?",
    "What time did I first look at the {e}?",
    "When was the {e} first on screen?",
]


days, seed = days_and_seed()
rnd, tally = random.Random(seed), Tally()
for day in days:
    groups = visits(truth(day), short_name)
    # the time the answer gives, not the window title it names
    first_last(day, groups, str, LAST, FIRST, rnd, tally, lambda a: value_part(a).split(" at ", 1)[-1][:25])
tally.done()
