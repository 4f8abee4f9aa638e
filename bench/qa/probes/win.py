"""Blind probes: first/last time a window (document, page, ticket) was open, named by a short part of its title."""

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
LONG = [
    "How long did I spend on the {e}?",
    "How much time did I spend in the {e}?",
    "Total time on the {e} today?",
]
rnd = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
tot = ok = 0
for day in sys.argv[1].split(","):
    t = json.load(open(f"bench/qa/truth/{day}.json"))
    fr = {f["record_id"]: f for f in t["frames"]}
    bytitle = {}
    for s in t["sessions"]:
        times = [fr[x]["local_time"][11:16] for x in s["frames"] if x in fr]
        head = re.split(r" [-|—] ", s["title"])[0]
        head = re.sub(r"^\[[^\]]+\]\s*", "", head)
        words = [w for w in re.findall(r"[A-Za-z][\w.]+", head)][:3]
        if len(words) < 2 or "@" in head:
            continue
        name = " ".join(words)
        if times:
            bytitle.setdefault(name, []).append((min(times), max(times)))
    cfg = load_config(None, None, [], dataroot=f"bench/qa/data/{day}")
    now = datetime.fromisoformat(NOW[day])
    for name, ss in sorted(bytitle.items()):
        ss.sort()
        for kind, forms, exps in (("last", LAST, {ss[-1][0], ss[-1][1]}), ("first", FIRST, {ss[0][0]})):
            q = rnd.choice(forms).format(e=name)
            d = ask(cfg, q, now)
            alts = set()
            for exp in exps:
                h, m = int(exp[:2]), exp[3:]
                alts |= {exp, f"{h % 12 or 12}:{m}"}
            good = d["state"] == "ok" and any(a in d["answer"].split(" at ", 1)[-1][:25] for a in alts)
            tot += 1
            ok += good
            print(
                "OK " if good else "BAD", day, kind, sorted(exps), "|", q, "|", d["state"], d["answer"][:140]
            )
print(f"{ok}/{tot}")
