"""Blind probes: the longest stretch in one app asked without the usual words; the expected start and end come
from the day's timeline (bench/qa/timeline.py, the harness's own definition)."""

import sys
from datetime import datetime

from common import QA, Tally, asker, days_and_seed, truth

sys.path.insert(0, str(QA))
import timeline as tl  # noqa: E402 - the harness's module, next to this folder

FORMS = [
    "During which period did I spend the most continuous time in a single app?",
    "What was my biggest block of focus in one application, start to finish?",
    "Longest continuous session in any app: start time and end time?",
    "When did I stay in one program the longest? Give start and end.",
    "Between which times was my longest unbroken run in one app?",
]
days, _ = days_and_seed()
tally = Tally()
for day in days:
    r = tl.longest(truth(day))
    starts = tl.clock_forms(r["start"], "")
    ends = tl.clock_forms(datetime.fromisoformat(r["frames"][-1]["local_time"]), "") + tl.clock_forms(
        r["end"], ""
    )
    ask = asker(day)
    for q in FORMS:
        d = ask(q)
        good = (
            d["state"] == "ok"
            and any(s in d["answer"] for s in starts)
            and any(e in d["answer"] for e in ends)
        )
        tally.add(good, day, starts[:1], ends[:2], "|", q, "|", d["state"], d["answer"][:150])
tally.done()
