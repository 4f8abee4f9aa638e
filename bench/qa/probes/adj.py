"""Blind probes: visits to an app and which app came right after/before its first visit, in my own phrasings."""

import random

from common import APP_NAMES, Tally, asker, days_and_seed, truth

VISITS = [
    "How often did I switch to {a}?",
    "How many times did I go back to {a}?",
    "Count my visits to {a} today.",
    "On how many separate occasions was I in {a}?",
]
AFTER = [
    "Which app came right after {a} the first time?",
    "What did I switch to straight after {a} the first time?",
    "Where did I go after leaving {a} the first time?",
]
BEFORE = [
    "Which app was I in just before I first opened {a}?",
    "What was I using right before {a} the first time?",
]

days, seed = days_and_seed()
rnd, tally = random.Random(seed), Tally()
for day in days:
    apps = [s["app"] for s in truth(day)["sessions"]]
    runs = [a for i, a in enumerate(apps) if i == 0 or apps[i - 1] != a]
    ask = asker(day)
    for a in sorted(set(runs)):
        n, i = runs.count(a), runs.index(a)
        cases = [(rnd.choice(VISITS).format(a=APP_NAMES[a]), [f"{n} separate", f"{n} visit", f"{n} time"])]
        for forms, j in ((AFTER, i + 1), (BEFORE, i - 1)):
            if 0 <= j < len(runs):
                cases.append(
                    (
                        rnd.choice(forms).format(a=APP_NAMES[a]),
                        [runs[j], APP_NAMES[runs[j]].replace("the ", "")],
                    )
                )
        for q, expect in cases:
            d = ask(q)
            tally.add(
                d["state"] == "ok" and any(e.lower() in d["answer"].lower() for e in expect),
                day,
                expect[:1],
                "|",
                q,
                "|",
                d["state"],
                d["answer"][:130],
            )
tally.done()
