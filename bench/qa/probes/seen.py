"""Blind probes: first/last sighting of entities picked from the truth lines, several phrasings."""

import json
import random
import re
import sys
from datetime import datetime

from autocapture.config import load_config
from autocapture.query.answer import ask

NOW = {
    "dev": "2026-11-17T19:00:00-05:00",
    "fin": "2026-11-19T19:00:00+01:00",
    "ops": "2026-11-20T19:00:00-08:00",
    "hr": "2026-11-24T19:00:00+01:00",
}
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
rnd = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
tot = ok = 0
for day in sys.argv[1].split(","):
    t = json.load(open(f"bench/qa/truth/{day}.json"))
    seen = {}
    for f in t["frames"]:
        hm = f["local_time"][11:16]
        for ln in f["lines"][1:]:
            for m in re.finditer(r"\b(?:[A-Z][a-z]+ [A-Z][a-z]+|[A-Z]{2,}-\d{2,}[\w-]*)\b", ln):
                seen.setdefault(m.group(0), []).append(hm)
    ents = sorted(e for e, v in seen.items() if len(set(v)) >= 2)
    ents = rnd.sample(ents, min(6, len(ents)))
    cfg = load_config(None, None, [], dataroot=f"bench/qa/data/{day}")
    now = datetime.fromisoformat(NOW[day])
    for e in ents:
        first, last = min(seen[e]), max(seen[e])
        for kind, forms, exp in (("last", LAST, last), ("first", FIRST, first)):
            q = rnd.choice(forms).format(e=e)
            d = ask(cfg, q, now)
            h, m = int(exp[:2]), exp[3:]
            alts = {exp, f"{h % 12 or 12}:{m}"}
            good = d["state"] == "ok" and any(a in d["answer"] for a in alts)
            tot += 1
            ok += good
            print("OK " if good else "BAD", day, kind, exp, "|", q, "|", d["state"], d["answer"][:120])
print(f"{ok}/{tot}")
