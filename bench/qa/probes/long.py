"""Blind probes: the longest stretch in one app asked without the sample's words; expected start/end from the
day's timeline (bench/qa/timeline.py)."""

import json
import sys

sys.path.insert(0, "bench/qa")
sys.path.insert(0, "bench")
from datetime import datetime

import timeline as tl

from autocapture.config import load_config
from autocapture.query.answer import ask

NOW = {
    "dev": "2026-11-17T19:00:00-05:00",
    "fin": "2026-11-19T19:00:00+01:00",
    "ops": "2026-11-20T19:00:00-08:00",
    "hr": "2026-11-24T19:00:00+01:00",
}
FORMS = [
    "During which period did I spend the most continuous time in a single app?",
    "What was my biggest block of focus in one application, start to finish?",
    "Longest continuous session in any app: start time and end time?",
    "When did I stay in one program the longest? Give start and end.",
    "Between which times was my longest unbroken run in one app?",
]
ok = tot = 0
for day in ["dev", "fin", "ops", "hr"]:
    t = json.load(open(f"bench/qa/truth/{day}.json"))
    r = tl.longest(t)
    last = datetime.fromisoformat(r["frames"][-1]["local_time"])
    starts = tl.clock_forms(r["start"], "")
    ends = tl.clock_forms(last, "") + tl.clock_forms(r["end"], "")
    cfg = load_config(None, None, [], dataroot=f"bench/qa/data/{day}")
    for q in FORMS:
        d = ask(cfg, q, datetime.fromisoformat(NOW[day]))
        good = (
            d["state"] == "ok"
            and any(s in d["answer"] for s in starts)
            and any(e in d["answer"] for e in ends)
        )
        ok += good
        tot += 1
        print("OK " if good else "BAD", day, starts[:1], ends[:2], "|", q, "|", d["state"], d["answer"][:150])
print(f"{ok}/{tot}")
