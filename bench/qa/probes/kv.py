"""Blind probes: form fields (a label line followed by its value line) asked as 'what's the <label> of <window>'."""

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
FORMS = [
    "What was the {l} on the {w}?",
    "{w}: what did it say for {l}?",
    "Which {l} did the {w} show?",
    "What's listed as {l} in the {w}?",
]
rnd = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
ok = tot = 0
for day in ["dev", "fin", "ops", "hr"]:
    t = json.load(open(f"bench/qa/truth/{day}.json"))
    pairs = {}
    for f in t["frames"]:
        head = re.split(r" [-|—] ", f["title"])[0]
        head = re.sub(r"^\[[^\]]+\]\s*", "", head)
        w = " ".join(re.findall(r"[A-Za-z][\w.]+", head)[:3])
        L = f["lines"]
        for a, b in zip(L, L[1:]):
            if (
                re.fullmatch(r"[A-Z][a-z]+(?: [a-z]+)?", a)
                and len(a) <= 14
                and 2 <= len(b) <= 40
                and not re.fullmatch(r"[A-Z][a-z]+(?: [a-z]+)?", b)
            ):
                pairs.setdefault((a, w), b)
    items = sorted(pairs.items())
    cfg = load_config(None, None, [], dataroot=f"bench/qa/data/{day}")
    for (l, w), v in rnd.sample(items, min(8, len(items))):
        q = rnd.choice(FORMS).format(l=l.lower(), w=w)
        d = ask(cfg, q, datetime.fromisoformat(NOW[day]))
        ans = re.sub(r" \u2014 \u201c[^\u201d]*\u201d", "", d["answer"])
        key = re.sub(r"[^a-z0-9]", "", v.lower())[:12]
        good = d["state"] == "ok" and key in re.sub(r"[^a-z0-9]", "", ans.lower())
        ok += good
        tot += 1
        print("OK " if good else "BAD", day, repr(v), "|", q, "|", d["state"], ans[:120])
print(f"{ok}/{tot}")
