"""Blind probes: form fields (a short label line followed by its value line in the truth) asked as "what's the
<label> on the <window>". The pairing is naive (some pairs are no label and value), so read the BAD lines."""

import random
import re

from common import Tally, asker, days_and_seed, short_name, truth, value_part

FORMS = [
    "What was the {l} on the {w}?",
    "{w}: what did it say for {l}?",
    "Which {l} did the {w} show?",
    "What's listed as {l} in the {w}?",
]
LABEL = re.compile(r"[A-Z][a-z]+(?: [a-z]+)?")

days, seed = days_and_seed()
rnd, tally = random.Random(seed), Tally()
for day in days:
    pairs = {}
    for f in truth(day)["frames"]:
        w = short_name(f) or ""
        for a, b in zip(f["lines"], f["lines"][1:]):
            if LABEL.fullmatch(a) and len(a) <= 14 and 2 <= len(b) <= 40 and not LABEL.fullmatch(b):
                pairs.setdefault((a, w), b)
    ask = asker(day)
    for (label, w), v in rnd.sample(sorted(pairs.items()), min(8, len(pairs))):
        q = rnd.choice(FORMS).format(l=label.lower(), w=w)
        d = ask(q)
        key = re.sub(r"[^a-z0-9]", "", v.lower())[:12]
        good = d["state"] == "ok" and key in re.sub(r"[^a-z0-9]", "", value_part(d["answer"]).lower())
        tally.add(good, day, repr(v), "|", q, "|", d["state"], value_part(d["answer"])[:120])
tally.done()
