"""Blind probes: time in app, visits, what came right after/before a window, with my own phrasings."""

import json
import random
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
NAMES = {
    "thunderbird.exe": "Thunderbird",
    "chrome.exe": "Chrome",
    "windowsterminal.exe": "the terminal",
    "code.exe": "VS Code",
    "outlook.exe": "Outlook",
    "olk.exe": "Outlook",
    "ms-teams.exe": "Teams",
    "excel.exe": "Excel",
    "msedge.exe": "Edge",
    "firefox.exe": "Firefox",
    "soffice.bin": "LibreOffice",
    "explorer.exe": "File Explorer",
    "foxitpdfreader.exe": "Foxit",
    "slack.exe": "Slack",
    "acrobat.exe": "Acrobat",
    "winword.exe": "Word",
}
rnd = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
VIS = [
    "How often did I switch to {a}?",
    "How many times did I go back to {a}?",
    "Count my visits to {a} today.",
    "On how many separate occasions was I in {a}?",
]
AFT = [
    "Which app came right after {a} the first time?",
    "What did I switch to straight after {a} the first time?",
    "Where did I go after leaving {a} the first time?",
]
BEF = [
    "Which app was I in just before I first opened {a}?",
    "What was I using right before {a} the first time?",
]
ok = tot = 0
for day in ["dev", "fin", "ops", "hr"]:
    t = json.load(open(f"bench/qa/truth/{day}.json"))
    apps = [s["app"] for s in t["sessions"]]
    runs = [a for i, a in enumerate(apps) if i == 0 or apps[i - 1] != a]
    cfg = load_config(None, None, [], dataroot=f"bench/qa/data/{day}")
    now = datetime.fromisoformat(NOW[day])
    for a in sorted(set(runs)):
        n = runs.count(a)
        i = runs.index(a)
        cases = [(rnd.choice(VIS).format(a=NAMES[a]), [f"{n} separate", f"{n} visit", f"{n} time"])]
        if i + 1 < len(runs):
            cases.append(
                (rnd.choice(AFT).format(a=NAMES[a]), [runs[i + 1], NAMES[runs[i + 1]].replace("the ", "")])
            )
        if i > 0:
            cases.append(
                (rnd.choice(BEF).format(a=NAMES[a]), [runs[i - 1], NAMES[runs[i - 1]].replace("the ", "")])
            )
        for q, exp in cases:
            d = ask(cfg, q, now)
            good = d["state"] == "ok" and any(e.lower() in d["answer"].lower() for e in exp)
            ok += good
            tot += 1
            print("OK " if good else "BAD", day, exp[:1], "|", q, "|", d["state"], d["answer"][:130])
print(f"{ok}/{tot}")
