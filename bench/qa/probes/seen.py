"""Blind probes: first/last sighting of names and codes picked from the truth lines, in my own phrasings."""

import random
import re

from common import Tally, asker, clock_alts, days_and_seed, truth

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
    names = sorted(e for e, v in seen.items() if len(set(v)) >= 2)
    ask = asker(day)
    for e in rnd.sample(names, min(6, len(names))):
        for kind, forms, expect in (("last", LAST, max(seen[e])), ("first", FIRST, min(seen[e]))):
            q = rnd.choice(forms).format(e=e)
            d = ask(q)
            tally.add(
                d["state"] == "ok" and any(a in d["answer"] for a in clock_alts(expect)),
                day,
                kind,
                expect,
                "|",
                q,
                "|",
                d["state"],
                d["answer"][:120],
            )
tally.done()
