"""Day "desk" (Tue 2026-11-24, Stockholm, Swedish (sv-SE) Windows: the taskbar clock "14:35" over "2026-11-24",
"24 nov. 2026" in the issue tracker, the CI and the bank, amounts "56 250,00 kr" and "SEK" in the budget's tkr
("96,3"), "EUR 70,000" and "USD 84,500" in mails from Hamburg and Seattle, moms 25% on a Swedish vendor's quote
and invoice, 6% on a train ticket, org numbers 556xxx-xxxx, +46 phone numbers, names with å, ä and ö), the tenth
held-out day: the producer of the fictional indie studio Nordljus Spel AB on Götgatan, whose game Frostvakt is in
Early Access on a game store. In the morning she reads the publisher's M4 mail in Thunderbird, the night's failed
build in Discord and on Cinder CI, the sprint board and the crash bug FROST-247 in Tasklane, the thread about it,
the submitted changelists in P4V, the weather, her calendar, her time report, the store's wishlists by country,
the budget and milestone sheets in Excel, the HUD review in Figma, a porting quote from Seattle, a localisation
quote and a sound designer's invoice, the publishing agreement in PDF-XChange and the studio's Discord; after the
stand-up (09:10-09:32) the board has moved, she lowers the localisation forecast in the budget, reads the bank and
the thread, then interviews a candidate (09:38-10:26). A Teams call with the publisher (10:30-10:57) is followed
by its recap mail, the fix's build running, the changelist, the issue in review, an SJ ticket to Göteborg for
Friday and the calendar; lunch (11:15-12:25); the store's updated wishlists, the resolved HUD comments, the SL
trip to a playtest in Kista (12:36-15:07); then the passed builds, the closed bug, the board's burndown, the new
changelists, a snow warning, the invoice paid in the bank, the budget, her hours for the day, the agreement again
and the thread; a fika (15:30-15:55); the HUD, the wishlists, her own changelist, the calendar; a 1:1 (16:01-16:30)
and the end of the day. Apps: Chrome (Tasklane, Cinder CI, Nimbus Partner, Mälarbanken, SJ), Edge (Tidvis, SL),
Thunderbird (mail and calendar), Discord, Excel, Figma, PDF-XChange Editor, Teams, P4V and Weather. Layouts:
bench/qa/screens_desk.py."""

from __future__ import annotations

from screens_desk import (
    bank,
    cinder,
    discord,
    excel,
    figma,
    nimbus,
    p4v,
    pdfx,
    sj,
    sl,
    tasklane_board,
    tasklane_issue,
    tb_calendar,
    teams_call,
    thunderbird,
    tidvis,
    weather,
)

ME = "Åsa Lindqvist"
MY_MAIL = "asa.lindqvist@nordljus.se"
STUDIO = "Nordljus Spel AB"
STUDIO_ORG = "556912-4471"


def sv(value: float, decimals: int = 2) -> str:
    """1234.5 -> "1 234,50" (sv-SE: a space between thousands, a decimal comma; a minus sign for negatives)."""
    whole, _, frac = f"{abs(value):,.{decimals}f}".partition(".")
    text = whole.replace(",", " ") + (f",{frac}" if decimals else "")
    return ("−" if value < 0 else "") + text


def kr(value: float, sign: bool = False) -> str:
    """-56250 -> "−56 250,00 kr"; with sign=True a credit is written "+412 386,40 kr"."""
    return ("+" if sign and value > 0 else "") + f"{sv(value)} kr"


def tkr(value: float) -> str:
    """A budget cell in thousands of kronor: 96.3 -> "96,3", 4200 -> "4 200,0"."""
    return sv(value, 1)


def n(value: int) -> str:
    """48210 -> "48 210"."""
    return sv(value, 0)


# ----------------------------------------------------------------------------------------------- Tasklane
# key, summary, type, points, assignee, status by phase: am (08:37), mid (after the stand-up), noon, pm
ISSUES = [
    ("FROST-231", "Inventory: drag & drop between stacks", "Story", 5, "Linnea Sjöberg", "PPPR"),
    ("FROST-236", "HUD v3: stamina and cold meters", "Story", 8, "Sofia Nyqvist", "PPPP"),
    ("FROST-239", "Localize UI strings (DE, FR, JA)", "Task", 3, "Åsa Lindqvist", "TPPP"),
    ("FROST-242", "Wolf pack AI: flanking behaviour", "Story", 8, "Björn Öberg", "PPPP"),
    ("FROST-244", "Footstep audio on ice surfaces", "Story", 3, "Emil Strand", "RRRD"),
    ("FROST-245", "CI: sign Win64 binaries", "Task", 2, "Jonas Ek", "PRDD"),
    ("FROST-247", "Crash loading 0.9.2 saves after patch 0.9.3", "Bug", 5, "Björn Öberg", "TPRD"),
    ("FROST-248", "Campfire smoke clips through cave ceiling", "Bug", 2, "Märta Håkansson", "TTTT"),
    ("FROST-250", "Store page: new capsule art", "Task", 3, "Märta Håkansson", "DDDD"),
    ("FROST-251", "Controller remapping menu", "Story", 5, "Linnea Sjöberg", "TTTT"),
    ("FROST-252", "Achievements: first wave of 12", "Story", 3, "Oskar Ågren", "DDDD"),
]
PHASES = ["am", "mid", "noon", "pm"]
STATUS = {"T": "TO DO", "P": "IN PROGRESS", "R": "IN REVIEW", "D": "DONE"}
COLUMNS = ["TO DO", "IN PROGRESS", "IN REVIEW", "DONE"]


def initials(name: str) -> str:
    return "".join(p[0] for p in name.split())


def status_of(key: str, phase: str) -> str:
    issue = next(i for i in ISSUES if i[0] == key)
    return STATUS[issue[5][PHASES.index(phase)]]


def assignee(key: str, phase: str) -> str:
    issue = next(i for i in ISSUES if i[0] == key)
    return "Unassigned" if key == "FROST-247" and phase == "am" else issue[4]


def sprint_points(phase: str) -> tuple[int, int, int]:
    """(committed, completed, remaining) story points of sprint 14 at a phase."""
    total = sum(i[3] for i in ISSUES)
    done = sum(i[3] for i in ISSUES if status_of(i[0], phase) == "DONE")
    return total, done, total - done


def cards(phase: str) -> list[tuple[str, str, str, str, str, str]]:
    out = []
    for key, summary, kind, points, _who, _ in ISSUES:
        name = assignee(key, phase)
        out.append(
            (
                key,
                summary,
                kind,
                str(points),
                name if name == "Unassigned" else initials(name),
                status_of(key, phase),
            )
        )
    return out


def board(phase: str):
    total, done, left = sprint_points(phase)
    return tasklane_board(
        "FROST Sprint 14 - Board - Tasklane - Google Chrome",
        ["FROST Sprint 14 - Board - Tasklane", "Cinder CI", "Nimbus Partner"],
        "Projects / Frostvakt / Board",
        "FROST Sprint 14 · 16 nov. – 27 nov. 2026",
        [
            ("Committed", f"{total} SP"),
            ("Completed", f"{done} SP"),
            ("Remaining", f"{left} SP"),
            ("Days left", "4"),
            ("Sprint goal", "M4 beta build for Brightfall"),
        ],
        COLUMNS,
        cards(phase),
    )


BUG = "FROST-247"
BUG_COMMENTS = [
    (
        "Oskar Ågren",
        "23 nov. 2026 17:45",
        "Repro 10/10 with the attached save (build 1471, world 'Isfjorden').",
    ),
    (
        "Björn Öberg",
        "24 nov. 2026 10:56",
        "Fixed in CL 48233: SaveMigrator skipped the campfire chunk that 0.9.3 added to the save format.",
    ),
    ("Oskar Ågren", "24 nov. 2026 15:02", "Verified on build #1489 with all 6 legacy test saves. Closing."),
]


def issue(phase: str):
    status = status_of(BUG, phase)
    comments = BUG_COMMENTS[: {"am": 1, "noon": 2, "pm": 3}[phase]]
    updated = {"am": "23 nov. 2026 17:45", "noon": "24 nov. 2026 10:56", "pm": "24 nov. 2026 15:02"}[phase]
    title = f"[{BUG}] Crash loading 0.9.2 saves after patch 0.9.3 - Tasklane - Google Chrome"
    return tasklane_issue(
        title,
        [title.replace(" - Google Chrome", ""), "FROST Sprint 14 - Board", "Cinder CI"],
        BUG,
        "Crash loading 0.9.2 saves after patch 0.9.3",
        status,
        [
            "Loading a save made in 0.9.2 crashes the game in SaveMigrator::ReadChunk (access violation "
            "0xC0000005).",
            "14 crash reports since patch 0.9.3 went live on 19 nov. 2026, all from players with older saves.",
            "Blocks the M4 beta build for Brightfall.",
        ],
        comments,
        [
            ("Assignee", assignee(BUG, phase)),
            ("Reporter", "Oskar Ågren"),
            ("Priority", "Highest"),
            ("Type", "Bug"),
            ("Story points", "5"),
            ("Sprint", "FROST Sprint 14"),
            ("Affects version", "0.9.3"),
            ("Fix version", "0.9.4"),
            ("Labels", "savegame, crash"),
        ],
        ["Created 23 nov. 2026 17:42", f"Updated {updated}"],
    )


# ----------------------------------------------------------------------------------------------- Cinder CI
# build, branch, changelist, trigger, started, duration, passed, failed, state
BUILDS = {
    1482: ("main", "48181", "Nightly", "19 nov. 02:00", "40m 47s", 1189, 1, "Failed"),
    1483: ("release/0.9.3", "48188", "Jonas Ek", "19 nov. 09:12", "36m 02s", 1190, 0, "Passed"),
    1484: ("main", "48207", "Jonas Ek", "23 nov. 16:33", "39m 20s", 1201, 0, "Passed"),
    1485: ("main", "48214", "Märta Håkansson", "23 nov. 18:05", "38m 55s", 1201, 0, "Passed"),
    1486: ("main", "48219", "Nightly", "24 nov. 02:00", "41m 12s", 1204, 3, "Failed"),
    1487: ("main", "48226", "Jonas Ek", "24 nov. 09:50", "40m 31s", 1205, 2, "Failed"),
    1488: ("main", "48233", "Björn Öberg", "24 nov. 10:58", "42m 08s", 1207, 0, "Passed"),
    1489: ("release/0.9.4", "48240", "Jonas Ek", "24 nov. 14:13", "37m 44s", 1207, 0, "Passed"),
}
CI_HEAD = [
    "Build",
    "Branch",
    "Changelist",
    "Triggered by",
    "Started",
    "Duration",
    "Tests passed",
    "Failed",
    "State",
]
FAILED_1486 = [
    "SaveMigration.LoadLegacy_092",
    "SaveMigration.CampfireChunkRoundtrip",
    "Perf.FrameTime_Caves",
]


def build_rows(phase: str) -> list[list[str]]:
    last = {"am": 1486, "noon": 1488, "pm": 1489}[phase]
    rows = []
    for number in range(last, 1481, -1):
        branch, cl, who, started, dur, ok, bad, state = BUILDS[number]
        if phase == "noon" and number == 1488:
            rows.append([f"#{number}", branch, cl, who, started, "Running · 2m", "—", "—", "Running"])
            continue
        rows.append([f"#{number}", branch, cl, who, started, dur, n(ok), str(bad), state])
    return rows


def ci(phase: str):
    if phase == "am":
        title, detail = (
            "#1486 · 3 failed tests",
            [
                "FAILED  SaveMigration.LoadLegacy_092",
                "  access violation in SaveMigrator::ReadChunk",
                "FAILED  SaveMigration.CampfireChunkRoundtrip",
                "  expected 3 chunks, got 2",
                "FAILED  Perf.FrameTime_Caves",
                "  18.2 ms (budget 16.6 ms)",
                "1 204 passed · 3 failed · 41m 12s",
            ],
        )
    elif phase == "noon":
        title, detail = (
            "#1488 · running on agent win-build-02",
            [
                "[10:58:12] sync //depot/Frostvakt/main/...@48233",
                "[10:59:40] compile Frostvakt (Win64, Shipping)",
                "[10:59:48] compiling 1 912 of 4 380 files",
            ],
        )
    else:
        title, detail = (
            "#1489 · artifacts",
            [
                "Frostvakt_0.9.4.1489_win64.zip  8.61 GB",
                "Frostvakt_0.9.4.1489_symbols.zip  2.37 GB",
                "Signed: Nordljus Spel AB (code signing)",
                "1 207 passed · 0 failed · 37m 44s",
            ],
        )
    return cinder(
        "frostvakt-win64 · Pipelines · Cinder CI - Google Chrome",
        ["frostvakt-win64 · Pipelines · Cinder CI", "FROST Sprint 14 - Board", "Discord"],
        "frostvakt-win64",
        CI_HEAD,
        build_rows(phase),
        title,
        detail,
    )


# -------------------------------------------------------------------------------------------------- Discord
CHANNELS = [
    ("text", "allmänt"),
    ("text", "build-status"),
    ("text", "frostvakt-dev"),
    ("text", "art"),
    ("text", "ljud"),
    ("text", "random"),
    ("voice", "Standup"),
    ("voice", "Fika"),
]
MEMBERS = [
    (
        "ONLINE — 6",
        ["Karin Fält", "Björn Öberg", "Märta Håkansson", "Jonas Ek", "Oskar Ågren", "Linnea Sjöberg"],
    ),
    ("OFFLINE — 2", ["Emil Strand", "Sofia Nyqvist"]),
]
BUILD_MSGS = [
    ("Cinder CI", "BOT", "igår 18:44", "Build #1485 passed · main · CL 48214 · 1 201 tests · 38m 55s"),
    (
        "Cinder CI",
        "BOT",
        "idag 02:41",
        "Build #1486 FAILED · main · CL 48219 · 3 of 1 207 tests failed · 41m 12s",
    ),
    (
        "Jonas Ek",
        "",
        "idag 08:12",
        "Two of the three are the save migration tests, so that's FROST-247. The perf one is the usual flake.",
    ),
]
BUILD_MSGS_PM = [
    (
        "Cinder CI",
        "BOT",
        "idag 10:31",
        "Build #1487 FAILED · main · CL 48226 · 2 of 1 207 tests failed · 40m 31s",
    ),
    ("Cinder CI", "BOT", "idag 11:40", "Build #1488 passed · main · CL 48233 · 1 207 tests · 42m 08s"),
    (
        "Cinder CI",
        "BOT",
        "idag 14:51",
        "Build #1489 passed · release/0.9.4 · CL 48240 · 1 207 tests · 37m 44s",
    ),
]
DEV_MSGS = [
    (
        "Oskar Ågren",
        "",
        "igår 17:46",
        "Filed FROST-247: 14 crash reports from 0.9.3 players, all loading 0.9.2 saves. Blocker for the M4 build.",
    ),
    (
        "Linnea Sjöberg",
        "",
        "igår 18:02",
        "Could it be the new campfire data? The only save-format change in 0.9.3.",
    ),
    ("Björn Öberg", "", "idag 08:40", "Jag tar FROST-247 direkt efter standup."),
]
DEV_MSGS_NOON = [
    (
        "Björn Öberg",
        "",
        "idag 10:56",
        "Fixed in CL 48233 – SaveMigrator skipped the campfire chunk. Linnea was right.",
    ),
    ("Jonas Ek", "", "idag 11:01", "CI picked it up as #1488, ETA about 40 min."),
]
DEV_MSGS_PM = [
    (
        "Oskar Ågren",
        "",
        "idag 15:02",
        "Verified on #1489 with all 6 legacy saves. Hotfix 0.9.4 is good to go.",
    ),
]
MY_DEV_MSG = (
    "Åsa Lindqvist",
    "",
    "idag 15:25",
    "Tack alla! I'll send #1489 to Brightfall as the M4 build tomorrow.",
)
THREAD = [
    ("Oskar Ågren", "", "igår 17:50", "Crash dumps are in \\\\nas01\\qa\\crashes\\0.9.3 – 14 so far."),
    ("Björn Öberg", "", "idag 08:44", "Looking at SaveMigrator::ReadChunk first."),
]
THREAD_NOON = [
    ("Björn Öberg", "", "idag 10:55", "Chunk table now reads 3 chunks for 0.9.2 saves. Tested with 6 saves.")
]
ALLMANT = [
    (
        "Karin Fält",
        "",
        "idag 08:05",
        "God morgon! Julbordet är bokat: fredag 11 december kl. 18:30 på Pelikan, Blekingegatan 40. "
        "Anmälan till mig senast 1 december.",
    ),
    (
        "Märta Håkansson",
        "",
        "idag 08:58",
        "Nya capsule-bilderna och HUD v3 ligger i Figma, feedback senast kl. 14 idag.",
    ),
    ("Karin Fält", "", "idag 09:03", "Lussekatter i köket kl. 15:30!"),
]


def chat(channel: str, phase: str):
    thread = None
    if channel == "build-status":
        msgs = BUILD_MSGS + (BUILD_MSGS_PM if phase == "pm" else [])
        topic = "Cinder CI posts every finished build here"
    elif channel == "frostvakt-dev":
        msgs = list(DEV_MSGS)
        if phase in ("noon", "pm", "late"):
            msgs += DEV_MSGS_NOON
        if phase in ("pm", "late"):
            msgs += DEV_MSGS_PM
        if phase == "late":
            msgs.append(MY_DEV_MSG)
        thread = (
            "FROST-247 savegame crash",
            THREAD + (THREAD_NOON if phase in ("noon", "pm", "late") else []),
        )
        topic = "Frostvakt: code, builds and bugs"
    else:
        msgs, topic = ALLMANT, "Allt som inte passar någon annanstans"
    return discord(
        f"#{channel} | Nordljus Spel - Discord",
        CHANNELS,
        channel,
        topic,
        msgs,
        thread,
        MEMBERS,
        f"Skicka meddelande till #{channel}",
    )


# ------------------------------------------------------------------------------------------------ Thunderbird
HANNAH = "Hannah Vogt"
HANNAH_ADDR = "hannah.vogt@brightfall.de"
M4_MAIL = {
    "subject": "Frostvakt – M4 review & payment",
    "from": f"{HANNAH} <{HANNAH_ADDR}>",
    "to": f"{ME} <{MY_MAIL}>",
    "date": "2026-11-24 07:58",
    "body": [
        "Hi Åsa,",
        "ahead of our call at 10:30, a few points on the M4 (Beta) milestone:",
        "The M4 review is on Thursday 26 November at 14:00 CET, on Teams.",
        "On approval we release the M4 payment of EUR 70,000 within 30 days of your invoice.",
        "Please send the build number, the known-issues list and the latest wishlist numbers by country.",
        "",
        "Best regards,",
        "Hannah Vogt",
        "Senior Producer · Brightfall Interactive GmbH · Hamburg",
    ],
}
PORT_MAIL = {
    "subject": "Quote: Frostvakt console port (PS5 / Switch 2)",
    "from": "Dana Whitaker <dana@portsidegames.com>",
    "to": f"{ME} <{MY_MAIL}>",
    "date": "2026-11-23 22:14",
    "body": [
        "Hi Åsa,",
        "thanks for sending the 0.9.3 build. Our quote for porting Frostvakt to PS5 and Switch 2:",
        "Fixed price: USD 84,500 for both platforms",
        "Certification passes (up to 2 per platform): USD 6,000",
        "Timeline: 14 weeks from kickoff, earliest kickoff 11 January 2027",
        "This quote is valid until 4 December 2026.",
        "",
        "Cheers,",
        "Dana Whitaker",
        "Business Development · Portside Games LLC · Seattle, WA",
    ],
}
LOC_WORDS, LOC_LANGS, LOC_PRICE = 42800, 3, 0.75
LOC_NET = LOC_WORDS * LOC_LANGS * LOC_PRICE  # 96 300,00
LOC_VAT = round(LOC_NET * 0.25, 2)  # 24 075,00
LOC_GROSS = round(LOC_NET + LOC_VAT, 2)  # 120 375,00
LOC_MAIL = {
    "subject": "Offert 2026-311: lokalisering DE/FR/JA",
    "from": "Elin Bergkvist <elin.bergkvist@linguaborealis.se>",
    "to": f"{ME} <{MY_MAIL}>",
    "date": "2026-11-23 16:20",
    "body": [
        "Hej Åsa!",
        "Tack för förfrågan. Här är vår offert för Frostvakt:",
        f"Kund: {STUDIO} ({STUDIO_ORG}), Götgatan 78, 118 30 Stockholm",
        f"Omfattning: {n(LOC_WORDS)} ord × {LOC_LANGS} språk (tyska, franska, japanska)",
        f"Pris: 0,75 kr/ord · {kr(LOC_NET)} exkl. moms",
        f"Moms 25 %: {kr(LOC_VAT)} · Totalt inkl. moms: {kr(LOC_GROSS)}",
        "Leverans: 2026-12-11 (DE, FR) och 2026-12-18 (JA)",
        "",
        "Med vänlig hälsning,",
        "Elin Bergkvist",
        "Lingua Borealis AB · org.nr 556734-0918 · +46 18 471 22 90 · Uppsala",
    ],
}
SOUND_HOURS, SOUND_RATE = 90, 500
SOUND_NET = SOUND_HOURS * SOUND_RATE  # 45 000
SOUND_VAT = SOUND_NET * 0.25  # 11 250
SOUND_GROSS = SOUND_NET + SOUND_VAT  # 56 250
SOUND_MAIL = {
    "subject": "Faktura 2026-117 – ljuddesign november",
    "from": "Emil Strand <emil@strandljud.se>",
    "to": f"{ME} <{MY_MAIL}>",
    "date": "2026-11-23 14:05",
    "body": [
        "Hej Åsa,",
        f"bifogar faktura 2026-117 för ljuddesign i november (Frostvakt, {SOUND_HOURS} timmar à {SOUND_RATE} kr).",
        f"Belopp: {kr(SOUND_NET)} + moms 25 % {kr(SOUND_VAT)} = {kr(SOUND_GROSS)}",
        "Förfallodag: 2026-12-08 · Bankgiro 5431-8820 · OCR 2026117",
        "",
        "Vänliga hälsningar,",
        "Emil Strand",
        "Strand Ljud AB · Hornsgatan 112, 117 28 Stockholm",
    ],
}
RECAP_MAIL = {
    "subject": "Recap: M4 pre-review call",
    "from": f"{HANNAH} <{HANNAH_ADDR}>",
    "to": f"{ME} <{MY_MAIL}>; Karin Fält <karin.falt@nordljus.se>",
    "date": "2026-11-24 10:58",
    "body": [
        "Hi Åsa, hi Karin,",
        "thanks for the call. What we agreed:",
        "1. M4 build: 0.9.4 with the FROST-247 fix, delivered by Wednesday 25 November, 18:00 CET.",
        "2. Winter Showcase: trailer slot on 3 December at 19:00 CET, final cut to Tobias by 1 December.",
        "3. JA localisation QA: EUR 15,000 extra, added to the agreement as Amendment 2.",
        "4. Store page: three wolf-pack GIFs by Friday 27 November.",
        "",
        "Hannah",
    ],
}


def _inbox(phase: str) -> list[tuple[str, str, str, bool]]:
    at = ["am", "noon", "pm"].index(phase)
    items = []
    if at >= 2:
        items.append(("Nimbus Partner", "Your wishlist report was updated (Frostvakt)", "12:04", True))
        items.append(("SJ", "Din bokning HKT4829Q – Stockholm C–Göteborg C 27 nov.", "11:09", False))
    if at >= 1:
        items.append((HANNAH, RECAP_MAIL["subject"], "10:58", at == 1))
    items += [
        (HANNAH, M4_MAIL["subject"], "07:58", at == 0),
        ("Nimbus Partner", "Weekly wishlist summary – Frostvakt (week 47)", "06:02", at == 0),
        ("Dana Whitaker", PORT_MAIL["subject"], "2026-11-23 22:14", at == 0),
        ("Tasklane", "[FROST] Oskar Ågren created FROST-247", "2026-11-23 17:42", False),
        ("Elin Bergkvist", LOC_MAIL["subject"], "2026-11-23 16:20", at == 0),
        ("Emil Strand", SOUND_MAIL["subject"], "2026-11-23 14:05", at == 0),
        ("Karin Fält", "Re: Budget 2027 – första utkast", "2026-11-23 11:37", False),
    ]
    return items


def mail(phase: str, reading: dict | None = None):
    items = _inbox(phase)
    unread = sum(1 for it in items if it[3])
    folders = [
        (MY_MAIL, ""),
        ("Inkorg", str(unread) if unread else ""),
        ("Brightfall", ""),
        ("Utkast", "1"),
        ("Skickat", ""),
        ("Arkiv", ""),
        ("Skräppost", ""),
        ("Papperskorg", ""),
    ]
    if reading is None:
        title, selected = "Inkorg - Mozilla Thunderbird", None
    else:
        title = f"{reading['subject']} - Inkorg - Mozilla Thunderbird"
        selected = next(i for i, it in enumerate(items) if it[1] == reading["subject"])
    return thunderbird(title, folders[1:], items, selected, reading)


# -------------------------------------------------------------------------------------------------- calendar
# day index (0 = mån 23), start, end, what, where
EVENTS = [
    (0, "09:15", "09:30", "Standup Frostvakt", "Köket"),
    (0, "13:00", "14:00", "Budget 2027 med Karin", "Rummet Vega"),
    (1, "09:15", "09:30", "Standup Frostvakt", "Köket"),
    (1, "09:45", "10:15", "Intervju: junior level designer", "Rummet Vega"),
    (1, "10:30", "11:00", "Brightfall: M4 pre-review", "Microsoft Teams"),
    (1, "13:30", "15:00", "Speltest hos Kista Playtest Lab", "Kistagången 16, Kista"),
    (1, "16:00", "16:30", "1:1 Björn", "Rummet Vega"),
    (2, "09:15", "09:30", "Standup Frostvakt", "Köket"),
    (3, "09:15", "09:30", "Standup Frostvakt", "Köket"),
    (3, "14:00", "15:00", "Brightfall: M4 review", "Microsoft Teams"),
]
EVENTS_NOON = [
    (2, "17:00", "18:00", "Skicka M4-build 0.9.4 till Brightfall", ""),
    (4, "07:21", "10:19", "Tåg Stockholm C – Göteborg C (SJ 421)", "Vagn 4, plats 27"),
    (4, "11:00", "16:00", "Indiehubben Göteborg: pitchdag", "Lindholmen Science Park"),
]


def calendar(phase: str):
    events = EVENTS + (EVENTS_NOON if phase != "am" else [])
    today = sorted((e for e in events if e[0] == 1), key=lambda e: e[1])
    return tb_calendar(
        "Kalender - Mozilla Thunderbird",
        "Vecka 48 · 23–29 nov. 2026",
        ["mån 23 nov.", "tis 24 nov.", "ons 25 nov.", "tors 26 nov.", "fre 27 nov."],
        events,
        [f"{e[1]} {e[3]}" for e in today],
    )


# ----------------------------------------------------------------------------------------------------- Excel
BUDGET = [  # group, [(account, item, budget, actual jan-oct, forecast)] in tkr
    (
        "Personal",
        [
            ("7010", "Löner", 4200.0, 3480.0, 4190.0),
            ("7510", "Arbetsgivaravgifter", 1319.6, 1093.4, 1316.5),
            ("7610", "Utbildning & konferens", 60.0, 38.5, 52.0),
        ],
    ),
    (
        "Externa tjänster",
        [
            ("6550", "Ljuddesign (Strand Ljud AB)", 540.0, 450.0, 540.0),
            ("6551", "Lokalisering", 120.0, 0.0, 120.0),
            ("6552", "QA-outsourcing", 210.0, 164.0, 205.0),
        ],
    ),
    (
        "Licenser & verktyg",
        [
            ("5420", "Spelmotor & plugins", 180.0, 150.0, 180.0),
            ("5421", "Perforce", 96.0, 72.0, 96.0),
            ("5422", "Cinder CI", 36.0, 30.0, 36.0),
            ("5423", "Figma", 14.4, 12.0, 14.4),
        ],
    ),
    (
        "Marknadsföring",
        [
            ("5910", "Mässor & resor", 150.0, 118.5, 162.0),
            ("5911", "Trailer & capture", 95.0, 40.0, 95.0),
        ],
    ),
]
LOC_FORECAST_NEW = round(LOC_NET / 1000, 1)  # 96,3 tkr: the quote, without moms


def budget_items(updated: bool) -> list[tuple[str, list[tuple[str, str, float, float, float]]]]:
    return [
        (
            g,
            [
                (a, p, b, u, LOC_FORECAST_NEW if updated and p == "Lokalisering" else f)
                for a, p, b, u, f in items
            ],
        )
        for g, items in BUDGET
    ]


def budget_rows(updated: bool) -> list[tuple[str, int, list[str]]]:
    rows, r = [], 2
    tot = [0.0, 0.0, 0.0]
    for group, items in budget_items(updated):
        rows.append(("grp", r, ["", group, "", "", "", ""]))
        r += 1
        sub = [0.0, 0.0, 0.0]
        for acct, item, b, u, f in items:
            rows.append(("row", r, [acct, item, tkr(b), tkr(u), tkr(f), tkr(round(b - f, 1))]))
            sub = [sub[0] + b, sub[1] + u, sub[2] + f]
            r += 1
        sub = [round(x, 1) for x in sub]
        rows.append(
            (
                "sub",
                r,
                ["", f"Summa {group}", tkr(sub[0]), tkr(sub[1]), tkr(sub[2]), tkr(round(sub[0] - sub[2], 1))],
            )
        )
        tot = [tot[0] + sub[0], tot[1] + sub[1], tot[2] + sub[2]]
        r += 1
    tot = [round(x, 1) for x in tot]
    rows.append(
        (
            "tot",
            r,
            [
                "",
                "Totalt Frostvakt 2026",
                tkr(tot[0]),
                tkr(tot[1]),
                tkr(tot[2]),
                tkr(round(tot[0] - tot[2], 1)),
            ],
        )
    )
    return rows


def budget(updated: bool):
    rows = budget_rows(updated)
    at = next(i for i, row in enumerate(rows) if row[2][1] == "Lokalisering")
    return excel(
        "Frostvakt_budget_2026.xlsx - Excel",
        f"E{rows[at][1]}",
        rows[at][2][4],
        ["Konto", "Post (tkr)", "Budget 2026", "Utfall jan–okt", "Prognos helår", "Avvikelse"],
        rows,
        ["Budget", "Milstolpar", "Kassaflöde"],
        0,
        (at, 4),
        "Klar",
        2,
    )


# M, name, date, EUR, status (am / from noon), paid
MILESTONES = [
    ("M1", "Vertical slice", "2026-02-27", 60000, "Godkänd", "Godkänd", "Ja"),
    ("M2", "Alpha", "2026-05-29", 80000, "Godkänd", "Godkänd", "Ja"),
    ("M3", "Content complete", "2026-09-18", 90000, "Godkänd", "Godkänd", "Ja"),
    ("M4", "Beta", "2026-11-27", 70000, "Pågår", "Granskning 2026-11-26", "Nej"),
    ("M5", "Release candidate", "2027-01-29", 70000, "Planerad", "Planerad", "Nej"),
    ("M6", "Lansering 1.0", "2027-03-12", 50000, "Planerad", "Planerad", "Nej"),
]
ADVANCE = sum(m[3] for m in MILESTONES)  # EUR 420,000


def milestone_rows(phase: str) -> list[tuple[str, int, list[str]]]:
    rows = [
        ("row", i + 2, [m, name, date, n(eur), s_noon if phase != "am" else s_am, paid])
        for i, (m, name, date, eur, s_am, s_noon, paid) in enumerate(MILESTONES)
    ]
    rows.append(("tot", len(MILESTONES) + 2, ["", "Summa förskott", "", n(ADVANCE), "", ""]))
    return rows


def milestones(phase: str):
    rows = milestone_rows(phase)
    return excel(
        "Frostvakt_budget_2026.xlsx - Excel",
        "E5",
        rows[3][2][4],
        ["Milstolpe", "Leverans", "Datum", "Belopp (EUR)", "Status", "Betald"],
        rows,
        ["Budget", "Milstolpar", "Kassaflöde"],
        1,
        (3, 4),
        "Klar",
        3,
    )


# -------------------------------------------------------------------------------------------- Nimbus Partner
# country, outstanding wishlists, adds (7 d), deletions (7 d), purchases (7 d): the morning's figures
WISHLISTS = [
    ("United States", 48210, 1320, 410, 212),
    ("Germany", 21870, 905, 188, 131),
    ("Japan", 17640, 1102, 97, 44),
    ("China", 14050, 640, 210, 18),
    ("United Kingdom", 11980, 402, 133, 77),
    ("Brazil", 9315, 388, 121, 40),
    ("France", 8760, 301, 92, 39),
    ("Sweden", 6420, 214, 39, 58),
]
# the noon refresh: a streamer in Japan
NOON_ADDS = {"Japan": 772, "United States": 68, "Germany": 25, "Sweden": 6}
# outstanding, adds, deletions, purchases over every country (the morning's; the KPI cards)
ALL_COUNTRIES = (201940, 7342, 1857, 736)


def wishlist_rows(phase: str) -> list[tuple[str, int, int, int, int]]:
    extra = NOON_ADDS if phase == "pm" else {}
    return [(c, w + extra.get(c, 0), a + extra.get(c, 0), d, p) for c, w, a, d, p in WISHLISTS]


def store(phase: str):
    rows = wishlist_rows(phase)
    grow = sum(NOON_ADDS.values()) if phase == "pm" else 0
    total, adds, dels, buys = ALL_COUNTRIES
    updated = "Data updated 24 nov. 2026 06:00" if phase == "am" else "Data updated 24 nov. 2026 12:00"
    return nimbus(
        "Wishlists · Frostvakt · Nimbus Partner - Google Chrome",
        ["Wishlists · Frostvakt · Nimbus Partner", "Cinder CI", "Mälarbanken Företag"],
        "Frostvakt (Early Access) · App 2291840",
        updated,
        [
            ("Outstanding wishlists, all countries", n(total + grow)),
            ("Adds, last 7 days", n(adds + grow)),
            ("Purchases, last 7 days", n(buys)),
        ],
        ["Country", "Outstanding wishlists", "Adds (7 days)", "Deletions (7 days)", "Purchases (7 days)"],
        [[c, n(w), n(a), n(d), n(p)] for c, w, a, d, p in rows],
        [(c, a) for c, _, a, _, _ in rows],
        "Top 8 countries by outstanding wishlists · all times UTC",
    )


# ------------------------------------------------------------------------------------------------------ Figma
STAMINA_OLD, STAMINA_NEW = 220, 264
FIGMA_COMMENTS = [  # number, author, time, text, resolved by phase (am, pm)
    ("1", "Sofia Nyqvist", "igår 11:02", "Moved the compass to the top centre.", (True, True)),
    (
        "2",
        "Björn Öberg",
        "igår 16:20",
        "Inventory 6×4 doesn't fit at 720p – 6×3 with scrolling?",
        (False, False),
    ),
    (
        "3",
        "Märta Håkansson",
        "idag 08:47",
        f"Stamina bar should be 20% wider ({STAMINA_OLD} px now), it's hard to read on a TV.",
        (False, True),
    ),
    (
        "4",
        "Linnea Sjöberg",
        "idag 08:55",
        "Cold warning should start pulsing at 25%, not 30%.",
        (False, True),
    ),
]
FIGMA_NEW = (
    "5",
    "Sofia Nyqvist",
    "idag 12:10",
    f"Stamina bar widened to {STAMINA_NEW} px, cold pulse at 25%. Ready for review.",
)


def design(phase: str):
    at = 0 if phase == "am" else 1
    comments = [(num, who, when, text, done[at]) for num, who, when, text, done in FIGMA_COMMENTS]
    if phase != "am":
        comments.append((*FIGMA_NEW, False))
    width = STAMINA_OLD if phase == "am" else STAMINA_NEW
    canvas = [
        ("N", 466, 64, 22, "#e8eef2"),
        ("Day 14 · 06:40", 800, 22, 16, "#e8eef2"),
        ("STAMINA", 40, 462, 14, "#9fe3a8"),
        ("COLD 72%", 40, 505, 14, "#9fd3ff"),
        ("Wolves nearby", 420, 250, 18, "#ffb38a"),
        ("Inventory 6×4", 780, 470, 14, "#e8eef2"),
    ]
    return figma(
        "Frostvakt – HUD v3 – Figma",
        "Nordljus / Frostvakt – HUD v3",
        [
            "HUD / Default",
            "Stamina bar",
            "Cold meter",
            "Compass",
            "Inventory 6×4",
            "HUD / Cold warning",
            "Map overlay",
        ],
        "Stamina bar",
        canvas,
        [("W", str(width)), ("H", "18"), ("X", "40"), ("Y", "480")],
        comments,
        width,
    )


# -------------------------------------------------------------------------------------------- PDF-XChange
BOOKMARKS = [
    "1 Definitions",
    "2 Grant of rights",
    "5 Development and milestones",
    "7 Advance and payments",
    "8 Revenue share",
    "9 Term and territory",
    "14 Governing law",
    "Schedule B – Milestones",
]
ADVANCE_TEXT = "EUR 420,000"


def agreement(page: int):
    title = "Brightfall_Nordljus_Publishing_Agreement_signed.pdf - PDF-XChange Editor"
    if page == 6:
        blocks = [
            ("h", "7. ADVANCE AND PAYMENTS"),
            (
                "p",
                f"7.1 Publisher shall pay Developer a non-refundable, recoupable advance of {ADVANCE_TEXT} (the "
                "“Advance”), payable against the Milestones set out in Schedule B.",
            ),
            (
                "p",
                "7.2 Each Milestone payment is due within thirty (30) days of Publisher’s written approval of the "
                "Milestone and receipt of Developer’s invoice.",
            ),
            ("h", "8. REVENUE SHARE"),
            ("p", "8.1 Until Recoupment, Net Receipts are shared 70% to Publisher and 30% to Developer."),
            ("p", "8.2 After Recoupment, Net Receipts are shared 40% to Publisher and 60% to Developer."),
            (
                "p",
                "8.3 Publisher shall spend no less than EUR 150,000 on marketing the Game during the twelve (12) "
                "months following Launch.",
            ),
            ("h", "9. TERM AND TERRITORY"),
            ("p", "9.1 This Agreement runs for seven (7) years from Launch."),
            ("p", "9.2 Territory: worldwide, excluding mainland China."),
        ]
        current = "7 Advance and payments"
    else:
        blocks = [
            ("h", "SCHEDULE B – MILESTONES"),
            (
                "t",
                (
                    ["Milestone", "Deliverable", "Target date", "Payment (EUR)"],
                    [
                        [m, name if m != "M6" else "Launch (1.0)", date, f"{eur:,}"]
                        for m, name, date, eur, *_ in MILESTONES
                    ]
                    + [["", "Total Advance", "", f"{ADVANCE:,}"]],
                ),
            ),
            (
                "p",
                "Each Milestone is delivered as a build on the Publisher’s portal together with release notes and a "
                "list of known issues. Publisher shall approve or reject a Milestone within ten (10) business days.",
            ),
        ]
        current = "Schedule B – Milestones"
    return pdfx(title, BOOKMARKS, current, blocks, f"{page} / 18")


# ------------------------------------------------------------------------------------------------------ Teams
CALL_CHAT = [
    ("Hannah Vogt", "10:31", "Agenda: 1) M4 scope 2) hotfix 0.9.4 3) Winter Showcase 4) JA localisation"),
    ("Tobias Krämer", "10:36", "Winter Showcase trailer slot is confirmed: 3 December, 19:00 CET."),
    ("Åsa Lindqvist", "10:41", "The crash fix should land before noon; the 0.9.4 hotfix build tomorrow."),
    ("Hannah Vogt", "10:47", "We can add EUR 15,000 for JA localisation QA as Amendment 2."),
    ("Tobias Krämer", "10:52", "Could you send three GIFs of the wolf pack for the store page by Friday?"),
    ("Karin Fält", "10:55", "Sounds good, we'll sign the amendment this week."),
]
CALL_AT = ["10:30", "10:33", "10:36", "10:39", "10:42", "10:45", "10:48", "10:51", "10:54", "10:57"]


def call(i: int):
    t = CALL_AT[i]
    shown = [c for c in CALL_CHAT if c[1] <= t]
    return teams_call(
        "Frostvakt M4 pre-review | Microsoft Teams",
        f"{3 * i:02d}:40",
        ["Hannah Vogt", "Tobias Krämer", "Karin Fält", "Åsa Lindqvist (du)"],
        shown,
        "Skriv ett meddelande",
    )


# ----------------------------------------------------------------------------------------------------- Tidvis
# project, Monday, Tuesday (filled in the afternoon)
HOURS = [
    ("FRV-2026 Frostvakt – produktion", 5.0, 4.5),
    ("FRV-PUB Förlagskontakt (Brightfall)", 1.5, 2.0),
    ("NLJ-ADM Administration", 1.0, 0.5),
    ("NLJ-REK Rekrytering", 0.0, 1.0),
]
NORM = 7.5
FLEX_BEFORE = 6.5


def h(value: float) -> str:
    return sv(value, 1) if value else ""


def hour_rows(filled: bool) -> list[list[str]]:
    rows = []
    for proj, mon, tue in HOURS:
        t = tue if filled else 0.0
        rows.append([proj, h(mon), h(t), "", "", "", sv(mon + t, 1)])
    return rows


def timesheet(filled: bool):
    tue = sum(t for *_, t in HOURS) if filled else 0.0
    flex = FLEX_BEFORE + (tue - NORM if filled else 0.0)
    return tidvis(
        "Tidrapport v. 48 – Tidvis - Microsoft Edge",
        ["Tidrapport v. 48 – Tidvis", "SL – Reseplanerare", "Intranät – Nordljus"],
        "Tidrapport vecka 48 · 23–29 nov. 2026",
        ["Projekt / aktivitet", "mån 23/11", "tis 24/11", "ons 25/11", "tors 26/11", "fre 27/11", "Summa"],
        hour_rows(filled),
        [
            ("Normaltid per dag", f"{sv(NORM, 1)} h"),
            ("Flexsaldo", f"+{sv(flex, 1)} h"),
            ("Semesterdagar kvar", "14"),
            ("Attesteras av", "Karin Fält"),
        ],
        "Utkast · senast sparad 24 nov. 2026 15:21"
        if filled
        else "Utkast · senast sparad 23 nov. 2026 17:10",
    )


# ---------------------------------------------------------------------------------------------- Mälarbanken
BALANCE_AM = 1284530.75
TRANSACTIONS = [  # day, text, category, amount (newest first)
    ("24 nov. 2026", "Cinder CI Pro · faktura 88213", "Programvara", -3000.00),
    ("23 nov. 2026", "Nimbus Store · utbetalning oktober", "Försäljning", 412386.40),
    ("23 nov. 2026", "Perforce Software · licens Q4", "Programvara", -24120.00),
    ("20 nov. 2026", "Skatteverket · moms oktober", "Skatt", -38412.00),
    ("19 nov. 2026", "Fastighets AB Söderport · hyra december", "Lokal", -46875.00),
    ("18 nov. 2026", "Figma Inc · Professional, 12 platser", "Programvara", -1440.00),
]
SOUND_PAYMENT = ("24 nov. 2026", "Strand Ljud AB · faktura 2026-117", "Leverantör", -SOUND_GROSS)


def bank_items(paid: bool) -> tuple[list[tuple[str, str, str, float, float]], float]:
    """(day, text, category, amount, balance after) newest first, and the balance."""
    items = ([SOUND_PAYMENT] if paid else []) + TRANSACTIONS
    balance = round(BALANCE_AM + (SOUND_PAYMENT[3] if paid else 0), 2)
    out, b = [], balance
    for day, text, cat, amt in items:
        out.append((day, text, cat, amt, b))
        b = round(b - amt, 2)
    return out, balance


def banking(paid: bool):
    items, balance = bank_items(paid)
    days: list[tuple[str, list[tuple[str, str, str, str]]]] = []
    for day, text, cat, amt, bal in items:
        if not days or days[-1][0] != day:
            days.append((day, []))
        days[-1][1].append((text, cat, kr(amt, sign=True), kr(bal)))
    return bank(
        "Transaktioner – Mälarbanken Företag - Google Chrome",
        ["Transaktioner – Mälarbanken Företag", "Inkorg", "Tidvis"],
        [
            ("Konto", "Företagskonto"),
            ("Kontonummer", "9420-418 821 7"),
            ("Saldo", kr(balance)),
            ("Disponibelt belopp", kr(balance)),
        ],
        days,
        f"{STUDIO} · org.nr {STUDIO_ORG} · visar 18–24 nov. 2026",
    )


# ---------------------------------------------------------------------------------------------------- Weather
def forecast(phase: str):
    if phase == "am":
        now, details, warn = (
            ["−2°", "Mulet", "Känns som −6°"],
            ["Vind 4 m/s NO", "Luftfuktighet 86 %", "Sikt 10 km"],
            "",
        )
        hourly = [
            ("09:00", "−2°", "Mulet"),
            ("12:00", "−1°", "Mulet"),
            ("15:00", "0°", "Lätt snö"),
            ("18:00", "−1°", "Snö"),
        ]
        updated = "Uppdaterad 08:30"
    else:
        now, details = (
            ["0°", "Snöfall", "Känns som −4°"],
            ["Vind 6 m/s NO", "Luftfuktighet 93 %", "Sikt 2 km"],
        )
        warn = "Gul varning – Snöfall: 10–15 cm snö från tisdag 18:00 till onsdag 06:00 (SMHI)"
        hourly = [
            ("16:00", "0°", "Snöfall"),
            ("18:00", "−1°", "Snöfall"),
            ("21:00", "−1°", "Kraftig snö"),
            ("00:00", "−2°", "Snö"),
        ]
        updated = "Uppdaterad 15:00"
    return weather(
        "Väder",
        "Stockholm, Stockholms län",
        now,
        details,
        warn,
        hourly,
        [
            ("tis 24", "0°", "−4°"),
            ("ons 25", "−1°", "−6°"),
            ("tors 26", "−3°", "−8°"),
            ("fre 27", "−2°", "−7°"),
        ],
        updated,
    )


# ------------------------------------------------------------------------------------------------------ SJ, SL
DEPARTURES = [  # departure → arrival, duration, changes and train, price
    ("06:10 → 09:05", "2 tim 55 min", "0 byten", "SJ Snabbtåg", 695),
    ("07:21 → 10:19", "2 tim 58 min", "0 byten", "SJ Snabbtåg 421", 795),
    ("08:21 → 11:24", "3 tim 3 min", "0 byten", "SJ Snabbtåg", 1095),
    ("09:05 → 12:41", "3 tim 36 min", "1 byte", "SJ Regional", 745),
    ("10:21 → 13:19", "2 tim 58 min", "0 byten", "SJ Snabbtåg", 895),
]
TICKET = 795
TICKET_VAT = round(TICKET * 6 / 106, 2)  # 45,00 kr
BOOKING = "HKT4829Q"


def trains(confirmed: bool):
    if not confirmed:
        return sj(
            "Välj resa – SJ - Google Chrome",
            ["Välj resa – SJ", "Kalender", "Inkorg"],
            "https://www.sj.se/sok-resa/valj-resa/Stockholm%20C/G%C3%B6teborg%20C/2026-11-27",
            "Stockholm C → Göteborg C",
            "Fredag 27 nov. 2026 · 1 vuxen · Enkel resa",
            [
                [dep, dur, f"{ch} · {train}", "2 klass", f"från {price:,} kr".replace(",", " ")]
                for dep, dur, ch, train, price in DEPARTURES
            ],
            1,
            [
                "Din resa",
                "Fredag 27 nov. 2026",
                "07:21 Stockholm C",
                "10:19 Göteborg C",
                "2 klass Lugn",
                f"{TICKET} kr",
            ],
        )
    return sj(
        "Bokningsbekräftelse – SJ - Google Chrome",
        ["Bokningsbekräftelse – SJ", "Kalender", "Inkorg"],
        f"https://www.sj.se/bokning/bekraftelse/{BOOKING}",
        "Tack för din bokning!",
        f"Bokningsnummer: {BOOKING}",
        [
            [
                "07:21 → 10:19",
                "Stockholm C – Göteborg C",
                "SJ Snabbtåg 421 · Vagn 4 · Plats 27",
                "2 klass Lugn",
                f"{TICKET} kr",
            ]
        ],
        0,
        [
            "Resenär: Åsa Lindqvist",
            "Fredag 27 nov. 2026",
            f"Totalt: {TICKET} kr (varav moms 6 %: {sv(TICKET_VAT)} kr)",
            f"Biljetten skickas till {MY_MAIL}",
        ],
    )


def metro():
    return sl(
        "Reseplanerare – SL - Microsoft Edge",
        ["SL – Reseplanerare", "Tidrapport v. 48 – Tidvis", "Intranät – Nordljus"],
        [("Från", "Medborgarplatsen"), ("Till", "Kista"), ("När", "Avgå idag 12:55")],
        [
            (
                "12:58 – 13:29",
                "31 min",
                "Tunnelbana 19, 11",
                [
                    "12:58 Medborgarplatsen · Tunnelbana 19 mot Hässelby strand",
                    "13:02 T-Centralen · byte, 4 min",
                    "13:06 T-Centralen · Tunnelbana 11 mot Akalla",
                    "13:27 Kista · gå 2 min till Kistagången 16",
                ],
            ),
            ("13:08 – 13:39", "31 min", "Tunnelbana 19, 11", []),
            ("13:01 – 13:44", "43 min", "Buss 4, pendeltåg 41", []),
        ],
        "Pris: 43 kr för vuxen, enkelbiljett (75 min)",
    )


# -------------------------------------------------------------------------------------------------------- P4V
CHANGES = [  # change, date, user, workspace, description; from which phase on
    (
        "48241",
        "2026-11-24 15:58",
        "asa.lindqvist",
        "asa_docs",
        "M4: build notes and known issues for Brightfall",
        "late",
    ),
    ("48240", "2026-11-24 14:11", "jonas.ek", "jonas_build", "Branch release/0.9.4 from main @48233", "pm"),
    (
        "48238",
        "2026-11-24 13:40",
        "emil.strand",
        "emil_audio",
        "Ice footsteps: 24 variations (FROST-244)",
        "pm",
    ),
    (
        "48233",
        "2026-11-24 10:54",
        "bjorn.oberg",
        "bjorn_frost",
        "Fix FROST-247: SaveMigrator reads the campfire chunk of 0.9.2 saves",
        "noon",
    ),
    ("48226", "2026-11-24 09:48", "jonas.ek", "jonas_build", "CI: enable Win64 signing (FROST-245)", "noon"),
    (
        "48219",
        "2026-11-23 23:40",
        "linnea.sjoberg",
        "linnea_frost",
        "Inventory: merge stacks on drag (FROST-231)",
        "am",
    ),
    ("48214", "2026-11-23 18:02", "marta.hakansson", "marta_art", "Store capsule art v2 (FROST-250)", "am"),
    (
        "48207",
        "2026-11-23 16:31",
        "jonas.ek",
        "jonas_build",
        "CI: code-signing step, disabled for now (FROST-245)",
        "am",
    ),
    (
        "48199",
        "2026-11-23 14:10",
        "bjorn.oberg",
        "bjorn_frost",
        "Wolf AI: flanking prototype (FROST-242)",
        "am",
    ),
    ("48188", "2026-11-19 09:05", "jonas.ek", "jonas_build", "Release 0.9.3", "am"),
]
P4_PHASES = ["am", "noon", "pm", "late"]


def perforce(phase: str):
    at = P4_PHASES.index(phase)
    rows = [list(c[:5]) for c in CHANGES if P4_PHASES.index(c[5]) <= at]
    tree = [
        (0, "//depot"),
        (1, "Frostvakt"),
        (2, "main"),
        (2, "release/0.9.3"),
        *([(2, "release/0.9.4")] if at >= 2 else []),
        (2, "docs"),
        (1, "Tools"),
    ]
    log = [
        "p4 -c asa_docs changes -m 50 -s submitted //depot/Frostvakt/...",
        f"{len(rows)} changes listed",
    ]
    if phase == "late":
        log = ["p4 -c asa_docs submit -c 48241", "Change 48241 submitted.", *log]
    return p4v(
        "P4V - asa.lindqvist@asa_docs - p4.nordljus.se:1666",
        tree,
        "Submitted",
        ["Change", "Date Submitted", "Submitted By", "Workspace", "Description"],
        rows,
        log,
    )


# -------------------------------------------------------------------------------------------------------- day
def segments() -> list[tuple]:
    """(local start, frames, seconds between frames, screen for frame i)."""
    return [
        ("08:31:00", 1, 40, lambda i: mail("am")),
        ("08:31:40", 2, 45, lambda i: mail("am", M4_MAIL)),
        ("08:33:20", 2, 45, lambda i: chat("build-status", "am")),
        ("08:35:00", 3, 45, lambda i: ci("am")),
        ("08:37:30", 2, 50, lambda i: board("am")),
        ("08:39:20", 2, 45, lambda i: issue("am")),
        ("08:41:00", 2, 45, lambda i: chat("frostvakt-dev", "am")),
        ("08:42:40", 2, 45, lambda i: perforce("am")),
        ("08:44:20", 1, 40, lambda i: forecast("am")),
        ("08:45:10", 2, 45, lambda i: calendar("am")),
        ("08:46:50", 2, 45, lambda i: timesheet(False)),
        ("08:48:30", 3, 50, lambda i: store("am")),
        ("08:51:10", 3, 50, lambda i: budget(False)),
        ("08:53:40", 2, 45, lambda i: milestones("am")),
        ("08:55:15", 3, 50, lambda i: design("am")),
        ("08:57:45", 2, 45, lambda i: mail("am", PORT_MAIL)),
        ("08:59:20", 2, 45, lambda i: mail("am", LOC_MAIL)),
        ("09:00:55", 3, 50, lambda i: agreement(6)),
        ("09:03:25", 2, 45, lambda i: agreement(17)),
        ("09:05:00", 2, 45, lambda i: chat("allmänt", "am")),
        ("09:06:35", 2, 45, lambda i: mail("am", SOUND_MAIL)),
        # 09:08-09:32: the stand-up in the kitchen
        ("09:32:10", 2, 45, lambda i: board("mid")),
        ("09:33:50", 2, 50, lambda i: budget(True)),
        ("09:35:30", 2, 45, lambda i: banking(False)),
        ("09:37:10", 1, 40, lambda i: chat("frostvakt-dev", "mid")),
        # 09:38-10:26: interviewing a level designer in Vega
        ("10:26:20", 1, 40, lambda i: calendar("am")),
        ("10:30:40", 10, 180, call),
        ("10:58:20", 2, 45, lambda i: mail("noon", RECAP_MAIL)),
        ("10:59:55", 2, 45, lambda i: ci("noon")),
        ("11:01:30", 2, 45, lambda i: chat("frostvakt-dev", "noon")),
        ("11:03:05", 2, 45, lambda i: perforce("noon")),
        ("11:04:40", 2, 45, lambda i: issue("noon")),
        ("11:06:15", 2, 45, lambda i: trains(False)),
        ("11:07:50", 2, 45, lambda i: trains(True)),
        ("11:09:25", 2, 45, lambda i: calendar("noon")),
        ("11:11:00", 2, 45, lambda i: milestones("noon")),
        ("11:12:35", 1, 40, lambda i: board("noon")),
        # 11:13-12:25: lunch
        ("12:25:10", 1, 40, lambda i: mail("pm")),
        ("12:25:50", 3, 50, lambda i: store("pm")),
        ("12:28:20", 2, 50, lambda i: design("pm")),
        ("12:30:00", 2, 45, lambda i: chat("allmänt", "pm")),
        ("12:31:35", 2, 45, lambda i: metro()),
        # 12:33-15:08: to Kista by metro, the playtest at Kista Playtest Lab, back
        ("15:08:10", 2, 45, lambda i: chat("build-status", "pm")),
        ("15:09:45", 2, 45, lambda i: ci("pm")),
        ("15:11:20", 2, 45, lambda i: issue("pm")),
        ("15:12:55", 2, 50, lambda i: board("pm")),
        ("15:14:35", 2, 45, lambda i: perforce("pm")),
        ("15:16:10", 2, 40, lambda i: forecast("pm")),
        ("15:17:40", 1, 40, lambda i: mail("pm", SOUND_MAIL)),
        ("15:18:20", 2, 45, lambda i: banking(True)),
        ("15:19:55", 2, 50, lambda i: budget(True)),
        ("15:21:35", 3, 45, lambda i: timesheet(True)),
        ("15:23:55", 2, 45, lambda i: agreement(6)),
        ("15:25:30", 2, 45, lambda i: chat("frostvakt-dev", "late")),
        ("15:27:05", 1, 40, lambda i: mail("pm")),
        # 15:28-15:55: fika with lussekatter in the kitchen
        ("15:55:10", 2, 50, lambda i: design("pm")),
        ("15:56:50", 2, 50, lambda i: store("pm")),
        ("15:58:30", 2, 45, lambda i: perforce("late")),
        ("16:00:05", 1, 40, lambda i: calendar("noon")),
        # 16:01-16:30: 1:1 with Björn in Vega
        ("16:30:40", 2, 45, lambda i: timesheet(True)),
        ("16:32:15", 1, 40, lambda i: board("pm")),
        ("16:33:00", 1, 40, lambda i: mail("pm")),
    ]


DAY = {
    "name": "desk",
    "run": "5e7d20b4",
    "date": "2026-11-24",
    "tzid": "Europe/Stockholm",
    "offset_minutes": 60,
    "locale": "eu",  # 24-hour clock and 24.11.2026 (make_days.clock); the sv-SE taskbar writes it 2026-11-24
    "segments": segments,
}
