"""Blind probes: first/last time in an app (by friendly name), accepting start of the last visit or last frame."""

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
    "soffice.bin": "LibreOffice Calc",
    "explorer.exe": "File Explorer",
    "foxitpdfreader.exe": "Foxit",
    "slack.exe": "Slack",
    "acrord32.exe": "Acrobat",
}
LAST = [
    "When was the last time I was in {e}?",
    "When did I last use {e}?",
    "When did I last switch to {e}?",
    "What time did I last have {e} open?",
]
FIRST = [
    "When did I first open {e} today?",
    "When was the first time I used {e}?",
    "What time did I start using {e} first?",
]
rnd = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
tot = ok = 0
for day in sys.argv[1].split(","):
    t = json.load(open(f"bench/qa/truth/{day}.json"))
    fr = {f["record_id"]: f for f in t["frames"]}
    byapp = {}
    for s in t["sessions"]:
        times = [fr[x]["local_time"][11:16] for x in s["frames"] if x in fr]
        if times:
            byapp.setdefault(s["app"], []).append((min(times), max(times)))
    cfg = load_config(None, None, [], dataroot=f"bench/qa/data/{day}")
    now = datetime.fromisoformat(NOW[day])
    for app, ss in sorted(byapp.items()):
        if app not in NAMES:
            print("?", app)
            continue
        ss.sort()
        for kind, forms, exps in (("last", LAST, {ss[-1][0], ss[-1][1]}), ("first", FIRST, {ss[0][0]})):
            q = rnd.choice(forms).format(e=NAMES[app])
            d = ask(cfg, q, now)
            alts = set()
            for exp in exps:
                h, m = int(exp[:2]), exp[3:]
                alts |= {exp, f"{h % 12 or 12}:{m}"}
            good = d["state"] == "ok" and any(a in d["answer"] for a in alts)
            tot += 1
            ok += good
            print(
                "OK " if good else "BAD", day, kind, sorted(exps), "|", q, "|", d["state"], d["answer"][:140]
            )
print(f"{ok}/{tot}")
