"""Day "site" (Mon 2026-11-16, Melbourne, English (Australia) Windows: "2:30 pm" taskbar clock, 16/11/2026,
amounts in Australian dollars "$48,250.00", "A$1.2m", "AUD 310k", GST at 10%, ABNs, +61 4xx xxx xxx and
(03) 9xxx xxxx phone numbers, metric units), the seventh held-out day: the project coordinator of a mid-size
builder (the fictional Ironbark Build Group) on Kestrel Lane, a six-storey mixed-use building (retail and 42
apartments) in Brunswick. In the morning she reads the concrete supplier's pour confirmation in the new
Outlook, the foreman's WhatsApp messages (a crane breakdown, a short steel-fixing crew, a scaffold tag), the
site diary, the weather for Wednesday's Level 4 pour, the RFIs in SiteLink (an RFI answered by the engineer's
mail changes to Answered), Teams with her project manager, the Claim 14 progress claim in Excel, the drawing
register in Bluebeam, the pour schedule and the defects list. After a site walk (09:42-10:12) two defects
are added; before and after the weekly subcontractor meeting (10:24-11:29) she reads its Teams meeting chat.
Late morning the client approves variation VO-021 (Outlook, then the PDF in Bluebeam, then a row in the
claim), she opens the electrician's bill in the accounts app, checks the weather again. After lunch the
foreman reports rain, the QS's mail makes her approve the bill and re-check the claim, RFI-045 is closed, the
site diary is updated (more electricians, rain), she plans the drive to the architect (a maps page) and is at
the architect's office 14:58-16:05; back at her desk she raises RFI-049, edits the concrete cell of the claim,
chats on Teams and the foreman, updates the pour schedule for the forecast and ends with her notes. Apps: the
new Outlook, Teams, Edge (SiteLink, Bookwell), Chrome (Skywatch, Maps), Excel, Bluebeam Revu, WhatsApp
Desktop (light) and Notepad (dark). Layouts: bench/qa/screens_site.py."""

from __future__ import annotations

from screens_site import (
    bill,
    excel,
    maps,
    notepad_dark,
    outlook_new,
    revu,
    sitelink_diary,
    sitelink_table,
    teams,
    weather,
    whatsapp_light,
)

ME = "Leah Fitzgerald"
MY_MAIL = "leah.fitzgerald@ironbarkbuild.com.au"
PROJECT = "IBC-2417 · Kestrel Lane, Brunswick"


def aud(value: float, decimals: int = 2) -> str:
    """48250 -> "$48,250.00" (a minus before the dollar sign)."""
    return ("-" if value < 0 else "") + f"${abs(value):,.{decimals}f}"


# --------------------------------------------------------------------------------------------- the data
POUR_ORDER = "BRM-558213"
POUR_M3 = 86
POUR_RATE = 268.50
VO_ITEMS = [  # description, qty, unit, rate, amount
    ("Supply 1,200 mm aluminium palisade balustrade", "58", "lin m", 560.00),
    ("Install balustrade incl. core drilling and grouting", "58", "lin m", 185.00),
    ("Credit: 1,000 mm glass balustrade not supplied", "1", "item", -4020.00),
    ("Engineering certification (Felsen Partners)", "1", "item", 2450.00),
    ("Scaffold adjustment, Level 5 north and east", "1", "item", 2000.00),
    ("Builder's margin and supervision", "1", "item", 4610.00),
]
VO_TOTAL = sum((float(q) if u == "lin m" else 1.0) * r for _, q, u, r in VO_ITEMS)  # 48,250.00
VO_GST = round(VO_TOTAL * 0.1, 2)
BILL_LINES = [
    ("Level 1–3 cabling rough-in – October progress", 1, 18600.00),
    ("Switchboard DB-2 supply and install", 1, 6450.00),
    ("Temporary site power – November hire", 1, 3350.00),
]
BILL_SUB = sum(q * p for _, q, p in BILL_LINES)  # 28,400.00
BILL_GST = round(BILL_SUB * 0.1, 2)
VOLTLINE_ABN = "61 155 308 742"
SCAFFOLD_TAG = "SC-2209"
GATE_CODE = "4471#"

# the progress claim: code, package, subcontractor, contract value, previously claimed, this claim
CLAIM = [
    (
        "Preliminaries",
        [("1.01", "Site establishment & prelims", "Ironbark (direct)", 612000.00, 428400.00, 30600.00)],
    ),
    (
        "Structure",
        [
            ("2.01", "Formwork", "Southbank Formwork & Concrete", 1184500.00, 781770.00, 94760.00),
            ("2.02", "Reinforcement", "Tru-Fix Reo", 642800.00, 424248.00, 51424.00),
            ("2.03", "Concrete supply", "Basalt Ready Mix", 958300.00, 603729.00, 186400.00),
        ],
    ),
    (
        "Services",
        [
            ("3.01", "Electrical", "Voltline Electrical", 1236000.00, 308900.00, 61800.00),
            ("3.02", "Hydraulics", "Yarra Hydraulics", 874500.00, 262350.00, 43725.00),
            ("3.03", "Mechanical", "Coolform HVAC", 1012000.00, 151800.00, 50600.00),
        ],
    ),
]
CONCRETE_NEW = 192750.00
VO_ROW = ("4.01", "VO-021 L5 balcony balustrade", "Northside Metal Fab", VO_TOTAL, 0.00, 24125.00)

# RFIs: no., subject, discipline, assigned to, raised, due, status by phase
RFIS = [
    (
        "RFI-044",
        "Basement waterproofing membrane lap detail",
        "Waterproofing",
        "Studio Marlo",
        "27/10/2026",
        "03/11/2026",
    ),
    ("RFI-045", "Lift pit sump depth", "Structural", "Felsen Partners", "02/11/2026", "09/11/2026"),
    (
        "RFI-046",
        "Retail shopfront glazing head height",
        "Architectural",
        "Studio Marlo",
        "05/11/2026",
        "12/11/2026",
    ),
    (
        "RFI-047",
        "L3 slab penetration at grid C/4",
        "Structural",
        "Felsen Partners",
        "10/11/2026",
        "17/11/2026",
    ),
    (
        "RFI-048",
        "L5 balcony drainage outlet location",
        "Hydraulic",
        "Studio Marlo",
        "12/11/2026",
        "19/11/2026",
    ),
]
RFI_049 = (
    "RFI-049",
    "Apt 504 kitchen bulkhead clash with duct",
    "Mechanical",
    "Studio Marlo",
    "16/11/2026",
    "23/11/2026",
)


def rfi_status(no: str, phase: str) -> str:
    later = phase in ("answered", "pm", "eve")
    return {
        "RFI-044": "Closed",
        "RFI-045": "Closed" if phase in ("pm", "eve") else "Answered",
        "RFI-046": "Open",
        "RFI-047": "Answered" if later else "Open",
        "RFI-048": "Open",
        "RFI-049": "Open",
    }[no]


def days_open(raised: str, status: str) -> str:
    if status != "Open":
        return "–"
    d, m, _ = (int(x) for x in raised.split("/"))
    return str((16 - d) + (31 if m == 10 else 0))


# defects: id, location, description, trade, raised, due; status by phase
DEFECTS = [
    (
        "DEF-112",
        "Ground, retail T1",
        "Shopfront threshold chipped",
        "Southbank Formwork",
        "02/11/2026",
        "20/11/2026",
    ),
    (
        "DEF-113",
        "L1, Unit 104",
        "Ensuite floor waste set 12 mm high",
        "Yarra Hydraulics",
        "04/11/2026",
        "18/11/2026",
    ),
    (
        "DEF-114",
        "L1, corridor",
        "Fire door FD-1.03 closer missing",
        "Ironbark (direct)",
        "05/11/2026",
        "12/11/2026",
    ),
    (
        "DEF-115",
        "L2, Unit 203",
        "Switchboard cover plate missing",
        "Voltline Electrical",
        "09/11/2026",
        "23/11/2026",
    ),
    (
        "DEF-116",
        "Basement B1",
        "Honeycombing on wall W-B1-07",
        "Southbank Formwork",
        "11/11/2026",
        "25/11/2026",
    ),
]
DEFECTS_WALK = [
    (
        "DEF-117",
        "L2, Unit 206",
        "Balcony membrane upturn 70 mm (150 mm req.)",
        "Seal-Tite Waterproofing",
        "16/11/2026",
        "20/11/2026",
    ),
    (
        "DEF-118",
        "L3, east stair",
        "Handrail bracket loose at landing",
        "Northside Metal Fab",
        "16/11/2026",
        "23/11/2026",
    ),
]


def defect_status(did: str, phase: str) -> str:
    if did == "DEF-113":
        return "Closed" if phase == "pm" else "Ready for inspection"
    return "Closed" if did == "DEF-114" else "Open"


# labour by trade: trade, company, workers (am, pm), hours (am, pm)
LABOUR = [
    ("Formwork", "Southbank Formwork & Concrete", (14, 14)),
    ("Steel fixing", "Tru-Fix Reo", (9, 9)),
    ("Electrical", "Voltline Electrical", (6, 8)),
    ("Hydraulic", "Yarra Hydraulics", (4, 4)),
    ("Scaffolding", "Peak Scaffolding", (3, 3)),
    ("Crane crew", "Vertex Cranes", (2, 2)),
    ("Labourers", "Ironbark (direct)", (5, 5)),
]

# the seven-day forecast: day, summary, min, max, chance, amount, wind; Wednesday's changes by the afternoon
FORECAST = [
    ["Mon 16 Nov", "Showers developing this afternoon", "12°", "21°", "60%", "1–5 mm", "N 15–25 km/h"],
    ["Tue 17 Nov", "Partly cloudy", "11°", "19°", "20%", "0 mm", "SW 15–20 km/h"],
    ["Wed 18 Nov", "Possible shower", "13°", "24°", "40%", "0–2 mm", "NW 20–30 km/h"],
    ["Thu 19 Nov", "Sunny, hot and windy", "15°", "29°", "5%", "0 mm", "N 25–35 km/h"],
    ["Fri 20 Nov", "A shower or two", "14°", "22°", "50%", "1–4 mm", "SW 20–30 km/h"],
    ["Sat 21 Nov", "Cloudy", "10°", "18°", "30%", "0–1 mm", "S 15–20 km/h"],
    ["Sun 22 Nov", "Sunny", "11°", "23°", "0%", "0 mm", "E 10–15 km/h"],
]
WED_PM = ["Wed 18 Nov", "Showers, possible storm", "13°", "23°", "70%", "2–6 mm", "NW 30–45 km/h"]

# the pour schedule: id, element, volume, mix, date, start, pump, status by phase
POURS = [
    ("P-031", "L4 columns, grid A–D", "12.5", "50 MPa", "Tue 17/11/2026", "13:00", "Crane & kibble"),
    ("P-032", "L4 slab, Zone A", "86.0", "40 MPa", "Wed 18/11/2026", "06:30", "52 m boom"),
    ("P-033", "L4 slab, Zone B", "74.5", "40 MPa", "Fri 20/11/2026", "06:30", "52 m boom"),
    ("P-034", "L4 stair and landings", "6.8", "32 MPa", "Fri 20/11/2026", "11:00", "Line pump"),
]
DELIVERIES = [
    ("07:40", "Tru-Fix Reo", "18.4 t N16/N20 bar, L4 Zone A", "TF-90214", "Gate 2"),
    ("08:15", "Bunnings Trade", "120 sheets 17 mm formply", "3318870", "Gate 1"),
    ("10:50", "Peak Scaffolding", "64 standards, 40 ledgers", "PS-7731", "Gate 2"),
    ("13:35", "Voltline Electrical", "DB-3 and DB-4 switchboards", "VL-2210", "Gate 1"),
]

# the drawing register: drawing no., title, rev, date, status
REGISTER = [
    ("A-100", "Site plan", "D", "02/09/2026", "For construction"),
    ("A-201", "Level 1–2 floor plans", "F", "14/10/2026", "For construction"),
    ("A-205", "Level 5 floor plan", "G", "06/11/2026", "For construction"),
    ("A-310", "Balcony details", "C", "06/11/2026", "For construction"),
    ("S-101", "Footings and basement slab", "E", "21/08/2026", "For construction"),
    ("S-201", "Level 3 slab plan", "H", "28/10/2026", "For construction"),
    ("S-204", "Level 4 slab plan", "E", "09/11/2026", "For construction"),
    ("H-301", "Hydraulic services L1–L6", "B", "30/09/2026", "For information"),
    ("E-401", "Electrical layout L1–L3", "C", "19/10/2026", "Preliminary"),
    ("M-501", "Mechanical ductwork L4–L6", "A", "23/10/2026", "Preliminary"),
]


# --------------------------------------------------------------------------------------- Outlook (new)
OUTLOOK_TITLE = f"Mail - {ME} - Outlook"
POUR_MAIL = dict(
    subject="Pour confirmation: Kestrel Lane L4 slab Zone A – Wed 18/11",
    sender="Nikos Pappas <dispatch@basaltreadymix.com.au>",
    sent="Mon 16/11/2026 7:48 am",
    to=f"{ME}",
    cc="Darren Kowalski",
    attachments=[f"{POUR_ORDER}_confirmation.pdf"],
    body=[
        "Hi Leah,",
        f"Confirming order no. {POUR_ORDER} for Wednesday 18/11/2026.",
        f"Mix: {POUR_M3} m³ N40 (40 MPa), 20 mm aggregate, placed by pump.",
        "First truck on site 6:30 am, 8 m³ agitators at 12-minute intervals.",
        f"Rate ${POUR_RATE:,.2f}/m³ + GST; Saturday surcharge not applicable.",
        "Pump is by others (booked by site).",
        "Nikos Pappas | Dispatch | Basalt Ready Mix | (03) 9314 7720",
    ],
)
RFI_MAIL = dict(
    subject="RE: RFI-047 L3 slab penetration at grid C/4",
    sender="Mei Tanaka <mei.tanaka@felsenpartners.com.au>",
    sent="Mon 16/11/2026 9:12 am",
    to=f"{ME}",
    cc="Darren Kowalski; Craig McAllister",
    attachments=["SK-047_penetration_C4.pdf"],
    body=[
        "Hi Leah,",
        "A core of max. 150 mm diameter is permitted at grid C/4.",
        "It must be at least 300 mm clear of the column face and miss the post-tensioning band: scan before coring.",
        "Any larger opening needs a trimmer detail from us.",
        "Regards, Mei Tanaka | Senior Structural Engineer | Felsen Partners",
    ],
)
SITE_MAIL = dict(
    subject="Crane downtime this morning + scaffold",
    sender="Darren Kowalski <darren.kowalski@ironbarkbuild.com.au>",
    sent="Mon 16/11/2026 8:21 am",
    to=f"{ME}",
    cc="Hannah Okafor",
    attachments=[],
    body=[
        "Leah, please put the TC1 breakdown in today's diary: out of service 7:55 am to 8:35 am, hydraulic hose.",
        "Vertex Cranes are sending the invoice for the hose to us, not to be back-charged.",
        "North scaffold re-inspected this morning, Macca has the tag number.",
        "Darren Kowalski | Site Manager | M +61 412 558 207 | (03) 9386 4410",
    ],
)
VO_MAIL = dict(
    subject="VO-021 approved – L5 balcony balustrade",
    sender="Olivia Grant <olivia.grant@merricreekliving.com.au>",
    sent="Mon 16/11/2026 11:05 am",
    to=f"{ME}",
    cc="Hannah Okafor",
    attachments=["VO-021_signed.pdf"],
    body=[
        "Hi Leah,",
        f"Merri Creek Living approves VO-021 for {aud(VO_TOTAL)} + GST ({aud(VO_TOTAL + VO_GST)} incl. GST).",
        "Please proceed and include half of it in Claim 14, the rest on completion.",
        "Our revised budget for the balconies is now A$1.2m all up.",
        "Kind regards, Olivia Grant | Development Manager | Merri Creek Living | 0418 207 935",
    ],
)
QS_MAIL = dict(
    subject="Claim 14 – concrete and reo figures",
    sender="Carla Benedetti <carla.benedetti@ironbarkbuild.com.au>",
    sent="Mon 16/11/2026 1:52 pm",
    to=f"{ME}",
    cc="Hannah Okafor",
    attachments=["Basalt_dockets_Oct-Nov.xlsx"],
    body=[
        "Leah,",
        "Reo this claim is confirmed at $51,424.00.",
        f"Concrete: the {aud(186400)} in the claim is pre-dockets. Basalt's dockets reconcile to {aud(CONCRETE_NEW)}, "
        "please update cell F8.",
        "Also OK to approve the Voltline bill INV-3307, it matches their October progress.",
        "Our cash flow for Dec shows AUD 310k headroom after this claim.",
        "Carla",
    ],
)
ARCH_MAIL = dict(
    subject="Meeting today 3:00 pm – Kestrel Lane design coordination",
    sender="Ben Aldridge <ben@studiomarlo.com.au>",
    sent="Fri 13/11/2026 4:40 pm",
    to=f"{ME}",
    cc="",
    attachments=[],
    body=[
        "Hi Leah, see you Monday at 3:00 pm at our studio, 45 Gertrude Street, Fitzroy.",
        "Agenda: Apt 504 bulkhead, L5 balcony drainage (RFI-048), shopfront heads (RFI-046).",
        "Visitor parking is in Little Gore Street. Ben",
    ],
)


def _inbox(phase: str) -> list:
    items = []
    if phase == "eve":
        items.append(
            (
                "Ben Aldridge",
                "Minutes – design coordination 16/11",
                "Thanks for coming over. Actions: A-310 rev D",
                "4:07 pm",
                True,
            )
        )
    if phase in ("pm", "eve"):
        items.append(
            (
                "Carla Benedetti",
                QS_MAIL["subject"],
                "Leah, Reo this claim is confirmed",
                "1:52 pm",
                phase == "pm",
            )
        )
    if phase in ("late", "pm", "eve"):
        items.append(
            (
                "Olivia Grant",
                VO_MAIL["subject"],
                "Hi Leah, Merri Creek Living approves VO-021",
                "11:05 am",
                phase == "late",
            )
        )
    items += [
        (
            "Mei Tanaka",
            RFI_MAIL["subject"],
            "Hi Leah, A core of max. 150 mm diameter",
            "9:12 am",
            phase == "am",
        ),
        (
            "Darren Kowalski",
            SITE_MAIL["subject"],
            "Leah, please put the TC1 breakdown in",
            "8:21 am",
            phase == "am",
        ),
        (
            "Nikos Pappas",
            POUR_MAIL["subject"],
            f"Hi Leah, Confirming order no. {POUR_ORDER}",
            "7:48 am",
            phase == "am",
        ),
        ("Ben Aldridge", ARCH_MAIL["subject"], "Hi Leah, see you Monday at 3:00 pm", "Fri 13/11", False),
        (
            "Peak Scaffolding",
            "Scaffold handover certificate – north",
            "Attached is the handover certificate",
            "Fri 13/11",
            False,
        ),
    ]
    return items


def mail(phase: str, reading: dict | None):
    items = _inbox(phase)
    if reading is not None:
        items = [(w, s, p, t, False if s == reading["subject"] else u) for w, s, p, t, u in items]
    sel = next((i for i, it in enumerate(items) if reading and it[1] == reading["subject"]), None)
    unread = sum(1 for it in items if it[4])
    folders = [
        ("Inbox", str(unread) if unread else ""),
        ("Drafts", "1"),
        ("Sent items", ""),
        ("Kestrel Lane", ""),
        ("Subcontractors", ""),
        ("Archive", ""),
    ]
    return outlook_new(OUTLOOK_TITLE, MY_MAIL, folders, items, sel, reading)


# ---------------------------------------------------------------------------------------------- Teams
HANNAH = [
    ("Hannah Okafor", "8:58 am", "Morning! Claim 14 has to be with Merri Creek by 5 pm Wednesday.", False),
    ("Hannah Okafor", "8:59 am", "Can you get the concrete and reo numbers off Carla today?", False),
    ("", "9:20 am", "On it. Basalt's pour dockets still need reconciling, Carla is on it.", True),
    (
        "Hannah Okafor",
        "9:21 am",
        "Also please chase Studio Marlo on RFI-046, it's been open since 5 Nov.",
        False,
    ),
    ("", "9:31 am", "Will raise it with Ben at 3 pm today, I'm going over to Fitzroy.", True),
]
HANNAH_PM = [
    ("Hannah Okafor", "4:12 pm", "How did it go with Ben?", False),
    ("", "4:13 pm", "Good. RFI-049 raised for the 504 bulkhead clash, A-310 rev D by Thursday.", True),
    ("Hannah Okafor", "4:13 pm", "Great. Is the concrete figure in the claim updated?", False),
    ("", "4:19 pm", f"Yes, {aud(CONCRETE_NEW)} after the dockets. Claim total is now final.", True),
]
MEETING = "Kestrel Lane – weekly subbie coordination"
MEET_PRE = [
    (
        "Hannah Okafor",
        "10:16 am",
        "Agenda: 1. L4 pour Wed, 2. Balcony membranes, 3. Three-week lookahead",
        False,
    ),
    ("Joel Barker", "10:18 am", "Running 5 min late, stuck on the Tullamarine Fwy.", False),
]
MEET_POST = [
    ("Hannah Okafor", "11:29 am", "Actions from today:", False),
    (
        "Hannah Okafor",
        "11:29 am",
        "1. Seal-Tite to fix the L2 balcony upturns by Fri 20/11 (Renee Sato)",
        False,
    ),
    ("Hannah Okafor", "11:30 am", "2. Voltline to add 2 electricians from 1 pm today (Joel Barker)", False),
    ("Hannah Okafor", "11:30 am", "3. Tru-Fix to confirm L4 Zone A reo by Tue 3 pm (Gary Lim)", False),
    ("Hannah Okafor", "11:31 am", "4. Leah to issue the three-week lookahead by Wed", False),
    ("Renee Sato", "11:33 am", "Confirmed, crew on L2 Thursday morning.", False),
]


def _chats(last_h: str, when_h: str, last_m: str, when_m: str, unread: str = ""):
    return [
        ("Hannah Okafor", last_h, when_h, unread == "h"),
        (MEETING, last_m, when_m, unread == "m"),
        ("Carla Benedetti", "Dockets are with me", "Fri", False),
        ("Site team – Kestrel Lane", "Darren: crane back up", "8:36 am", False),
    ]


def teams_hannah(phase: str, i: int):
    if phase == "am":
        msgs = HANNAH[: 2 + i]
    else:
        msgs = HANNAH[2:] + HANNAH_PM[: 1 + i]
    last = msgs[-1]
    m_last, m_when = (
        ("Renee Sato: Confirmed, crew on L2", "11:33 am")
        if phase == "pm"
        else ("Joel Barker: Running 5 min late", "10:18 am")
    )
    if phase == "am":
        m_last, m_when = ("Meeting scheduled for 10:30 am", "Fri")
    return teams(
        "Chat | Hannah Okafor | Microsoft Teams",
        _chats(last[2], last[1], m_last, m_when),
        0,
        "Hannah Okafor",
        ["Chat", "Shared", "Recap"],
        [(w or ME, t, x, mine) for w, t, x, mine in msgs],
    )


def teams_meeting(phase: str, i: int):
    if phase == "pre":
        msgs = MEET_PRE[: 1 + i]
        banner = "Meeting starts 10:30 am · Mon 16/11 · Kestrel Lane site office and online"
    else:
        msgs = MEET_PRE[1:] + MEET_POST[: 3 + 2 * i]
        banner = "Meeting ended: 10:30 am – 11:28 am (58 min) · 9 participants · Recording and transcript available"
    last = msgs[-1]
    return teams(
        f"Chat | {MEETING} | Microsoft Teams",
        _chats(
            "Will raise it with Ben at 3 pm today", "9:31 am", f"{last[0].split()[0]}: {last[2]}", last[1]
        ),
        1,
        MEETING,
        ["Chat", "Files", "Recap", "Attendance"],
        msgs,
        banner,
    )


# ------------------------------------------------------------------------------------------- SiteLink
TABS = ["SiteLink – Kestrel Lane", "Bookwell", "Skywatch"]


def rfis(phase: str):
    rows = []
    src = RFIS + ([RFI_049] if phase == "eve" else [])
    for no, subj, disc, who, raised, due in src:
        st = rfi_status(no, phase)
        rows.append([no, subj, disc, who, raised, due, st, days_open(raised, st)])
    n_open = sum(r[6] == "Open" for r in rows)
    return sitelink_table(
        "RFIs · SiteLink - Microsoft Edge",
        TABS,
        "app.sitelink.com.au/p/IBC-2417/rfis",
        PROJECT,
        "RFIs",
        "Requests for information",
        ["All", "Open", "Answered", "Closed", "Overdue"],
        ["No.", "Subject", "Discipline", "Assigned to", "Raised", "Due", "Status", "Days open"],
        rows,
        6,
        f"{len(rows)} RFIs · {n_open} open",
    )


def defects(phase: str):
    src = DEFECTS + (DEFECTS_WALK if phase != "am" else [])
    rows = [
        [d, loc, desc, trade, raised, due, defect_status(d, phase)]
        for d, loc, desc, trade, raised, due in src
    ]
    n_open = sum(r[6] == "Open" for r in rows)
    return sitelink_table(
        "Defects · SiteLink - Microsoft Edge",
        TABS,
        "app.sitelink.com.au/p/IBC-2417/defects",
        PROJECT,
        "Defects",
        "Defects and snags",
        ["All", "Open", "Ready for inspection", "Closed"],
        ["ID", "Location", "Description", "Trade", "Raised", "Due", "Status"],
        rows,
        6,
        f"{len(rows)} defects · {n_open} open",
    )


def pours(phase: str):
    rows = []
    for pid, el, vol, mix, date, start, pump in POURS:
        st = "Confirmed" if pid in ("P-031", "P-032") else "Booked"
        if pid == "P-032" and phase == "eve":
            st = "Weather watch"
        rows.append([pid, el, vol, mix, date, start, pump, st])
    dels = [list(d) for d in DELIVERIES if d[0] < {"am": "09:30", "noon": "11:00"}.get(phase, "24:00")]
    return sitelink_table(
        "Deliveries & pours · SiteLink - Microsoft Edge",
        TABS,
        "app.sitelink.com.au/p/IBC-2417/pours",
        PROJECT,
        "Deliveries & pours",
        "Concrete pour schedule",
        ["This week", "Next week", "All pours"],
        ["Pour", "Element", "Volume (m³)", "Mix", "Date", "Start", "Pump", "Status"],
        rows,
        7,
        f"{len(rows)} pours this week",
        [("Deliveries today · Mon 16/11/2026", ["Time", "Supplier", "Item", "Docket no.", "Gate"], dels)],
    )


def diary(phase: str):
    k = 0 if phase == "am" else 1
    wet = phase == "final"
    weather_card = [
        ("Morning", "Fine, 13 °C, wind N 15 km/h"),
        ("Afternoon", "Showers from 2:25 pm, 21 °C" if wet else "Not yet recorded"),
        ("Rainfall", "4.2 mm (site gauge)" if wet else "0 mm"),
        ("Lost time", "Formwork on L4 deck: 45 min (moved to L3)" if wet else "Nil"),
    ]
    rows = [[t, c, str(w[k]), str(w[k] * 8)] for t, c, w in LABOUR]
    total = sum(w[k] for _, _, w in LABOUR)
    notes = [
        "TC1 tower crane out of service 7:55 am – 8:35 am (hydraulic hose), 40 min lost on crane lifts",
        "Tru-Fix Reo 2 workers short of the 11 booked",
        f"North elevation scaffold inspected, tag {SCAFFOLD_TAG}, valid to 14/12/2026",
    ]
    if k:
        notes += [
            "Voltline +2 electricians from 1:00 pm (coordination meeting action 2)",
            "Site walk 9:45 am: DEF-117 and DEF-118 raised",
        ]
    return sitelink_diary(
        "Site diary · SiteLink - Microsoft Edge",
        TABS,
        "app.sitelink.com.au/p/IBC-2417/diary/2026-11-16",
        PROJECT,
        "Site diary · Mon 16/11/2026",
        "Submitted 4:47 pm" if phase == "final" else "Draft",
        weather_card,
        ["Trade", "Company", "Workers", "Hours"],
        rows,
        f"Total on site: {total} workers · {total * 8} hours",
        notes,
    )


# -------------------------------------------------------------------------------------------- Excel
XL_TITLE = "KL_Progress_Claim_14_Nov26.xlsx - Excel"
XL_HEAD = [
    "Code",
    "Trade package",
    "Subcontractor",
    "Contract value",
    "Previously claimed",
    "This claim",
    "% complete",
    "Balance to complete",
]


def claim_rows(vo: bool, concrete: float) -> list[tuple[str, list[str]]]:
    rows: list[tuple[str, list[str]]] = []
    tot_this = 0.0
    groups = [(g, list(items)) for g, items in CLAIM]
    if vo:
        groups.append(("Variations", [VO_ROW]))
    for group, items in groups:
        rows.append(("g", ["", group, "", "", "", "", "", ""]))
        sub = [0.0, 0.0, 0.0, 0.0]
        for code, pkg, sc, cv, prev, this in items:
            if code == "2.03":
                this = concrete
            done = prev + this
            rows.append(
                (
                    "",
                    [
                        code,
                        pkg,
                        sc,
                        f"{cv:,.2f}",
                        f"{prev:,.2f}",
                        f"{this:,.2f}",
                        f"{done / cv * 100:.1f}%",
                        f"{cv - done:,.2f}",
                    ],
                )
            )
            sub = [sub[0] + cv, sub[1] + prev, sub[2] + this, sub[3] + cv - done]
        tot_this += sub[2]
        rows.append(
            (
                "b",
                [
                    "",
                    f"{group} subtotal",
                    "",
                    f"{sub[0]:,.2f}",
                    f"{sub[1]:,.2f}",
                    f"{sub[2]:,.2f}",
                    "",
                    f"{sub[3]:,.2f}",
                ],
            )
        )
    gst = round(tot_this * 0.1, 2)
    rows += [
        ("b", ["", "Total this claim (excl. GST)", "", "", "", f"{tot_this:,.2f}", "", ""]),
        ("", ["", "GST 10%", "", "", "", f"{gst:,.2f}", "", ""]),
        ("b", ["", "Total this claim (incl. GST)", "", "", "", f"{tot_this + gst:,.2f}", "", ""]),
    ]
    return rows


def claim_total(vo: bool, concrete: float) -> tuple[float, float]:
    rows = claim_rows(vo, concrete)
    ex = next(r[1][5] for r in rows if r[1][1] == "Total this claim (excl. GST)")
    inc = next(r[1][5] for r in rows if r[1][1] == "Total this claim (incl. GST)")
    return float(ex.replace(",", "")), float(inc.replace(",", ""))


def xl(phase: str, i: int = 0):
    vo = phase in ("vo", "pm", "edit", "final")
    concrete = CONCRETE_NEW if (phase == "final" or (phase == "edit" and i >= 1)) else 186400.00
    rows = claim_rows(vo, concrete)
    if phase == "am":
        cell, f, sel = "F8", "186400", (8, 5)
    elif phase == "vo":
        r = len(rows) - 3  # the VO row's number (its subtotal and the three total lines follow)
        cell, f, sel = [
            (f"B{r}", VO_ROW[1], (r, 1)),
            (f"D{r}", f"{VO_TOTAL:.0f}", (r, 3)),
            (f"F{r}", f"=D{r}*0.5", (r, 5)),
        ][min(i, 2)]
    elif phase == "pm":
        cell, f, sel = "F7", "51424", (7, 5)
    elif phase == "edit":
        cell, f, sel = ("F8", "186400" if i == 0 else "192750", (8, 5))
    else:
        r = len(rows) + 1
        cell, f, sel = (f"F{r}", f"=F{r - 2}+F{r - 1}", (r, 5))
    ex, _ = claim_total(vo, concrete)
    return excel(
        XL_TITLE,
        cell,
        f,
        XL_HEAD,
        rows,
        sel,
        ["Claim 14", "Variations", "Retention", "Cash flow"],
        f"Ready · Claim 14 · Period to 15/11/2026 · Sum: {ex:,.2f}" if phase == "final" else "Ready",
    )


# ------------------------------------------------------------------------------------------ Bluebeam
def register(i: int):
    blocks = [
        ("t", "Drawing register – Kestrel Lane (IBC-2417)"),
        ("k", [("Issue", "Rev 14"), ("Date", "13/11/2026"), ("Issued by", "Studio Marlo Architects")]),
        ("g", [["Drawing no.", "Title", "Rev", "Date", "Status"], *[list(r) for r in REGISTER]]),
        ("p", "Drawings marked Preliminary are not to be used for construction."),
    ]
    marks = [["Cloud", "1", ME, "16/11/2026 9:31 am", "Open", "S-204 grid C/4 penetration, see RFI-047"]]
    if i >= 1:
        marks.append(["Text box", "1", ME, "16/11/2026 9:32 am", "Open", "A-310 rev D due after VO-021"])
    return revu(
        "KL_Drawing_Register_Rev14.pdf - Bluebeam Revu x64",
        ["KL_Drawing_Register_Rev14.pdf", "S-204_L4_slab_E.pdf"],
        0,
        "1 of 2 · 100% · A4 (210 x 297 mm)",
        blocks,
        marks,
    )


def vo_pdf(i: int):
    items = [[d, q, u, aud(r), aud((float(q) if u == "lin m" else 1.0) * r)] for d, q, u, r in VO_ITEMS]
    blocks = [
        ("t", "Variation Order VO-021"),
        (
            "k",
            [
                ("Project", "Kestrel Lane, 118–124 Sydney Road, Brunswick VIC 3056"),
                ("Contractor", "Ironbark Build Group Pty Ltd · ABN 38 614 207 955"),
                ("Client", "Merri Creek Living Pty Ltd"),
                ("Instruction", "Architect's instruction AI-019 (Studio Marlo)"),
                ("Submitted", "12/11/2026"),
            ],
        ),
        ("h", "Description"),
        (
            "p",
            "Replace the 1,000 mm frameless glass balustrade to the Level 5 balconies with a 1,200 mm "
            "powder-coated aluminium palisade balustrade (client request).",
        ),
        ("g", [["Item", "Qty", "Unit", "Rate", "Amount"], *items]),
        (
            "k",
            [
                ("Total (excl. GST)", aud(VO_TOTAL)),
                ("GST 10%", aud(VO_GST)),
                ("Total (incl. GST)", aud(VO_TOTAL + VO_GST)),
                ("Extension of time", "3 working days"),
            ],
        ),
    ]
    marks = [
        ["Stamp", "1", "Olivia Grant", "16/11/2026 11:02 am", "Approved", "Approved – Merri Creek Living"]
    ]
    return revu(
        "VO-021_L5_Balcony_Balustrade.pdf - Bluebeam Revu x64",
        ["VO-021_L5_Balcony_Balustrade.pdf", "KL_Drawing_Register_Rev14.pdf"],
        0,
        f"{1 + min(i, 1)} of 2 · 100% · A4 (210 x 297 mm)",
        blocks,
        marks,
    )


# ------------------------------------------------------------------------------------------- weather
def forecast(phase: str):
    rows = [list(r) for r in FORECAST]
    if phase == "pm":
        rows[2] = list(WED_PM)
    issued = {
        "am": "Forecast issued at 8:40 am EDT on Monday 16 November 2026",
        "noon": "Forecast issued at 11:20 am EDT on Monday 16 November 2026",
        "pm": "Forecast issued at 4:20 pm EDT on Monday 16 November 2026",
    }[phase]
    if phase == "noon":
        rows[0][1], rows[0][4] = "Showers developing from 2 pm", "70%"
    now = {
        "am": [
            ("Temperature", "13.8 °C"),
            ("Feels like", "12.1 °C"),
            ("Wind", "N 13 km/h"),
            ("Rain since 9 am", "0.0 mm"),
        ],
        "noon": [
            ("Temperature", "18.6 °C"),
            ("Feels like", "17.0 °C"),
            ("Wind", "N 20 km/h"),
            ("Rain since 9 am", "0.0 mm"),
        ],
        "pm": [
            ("Temperature", "16.2 °C"),
            ("Feels like", "15.4 °C"),
            ("Wind", "SW 24 km/h"),
            ("Rain since 9 am", "4.6 mm"),
        ],
    }[phase]
    warn = (
        "Severe thunderstorm watch for Wednesday: damaging winds possible in Melbourne"
        if phase == "pm"
        else ""
    )
    return weather(
        "Brunswick 7-day forecast – Skywatch - Google Chrome",
        ["Brunswick 7-day forecast", "Kestrel Lane to Studio Marlo"]
        if phase == "pm"
        else ["Brunswick 7-day forecast"],
        "skywatch.com.au/vic/forecasts/brunswick",
        "Brunswick, VIC 3056",
        issued,
        now,
        ["Day", "Forecast", "Min", "Max", "Chance of rain", "Rain amount", "Wind"],
        rows,
        warn,
    )


# -------------------------------------------------------------------------------------------- Bookwell
def voltline_bill(phase: str):
    lines = [[d, str(q), f"{p:,.2f}", "GST on Expenses", f"{q * p:,.2f}"] for d, q, p in BILL_LINES]
    status = "Awaiting approval" if phase == "am" else "Awaiting payment"
    return bill(
        "Bill INV-3307 – Bookwell - Microsoft Edge",
        ["Bookwell", "SiteLink – Kestrel Lane"],
        "go.bookwell.com.au/bills/INV-3307",
        "Ironbark Build Group Pty Ltd",
        "Purchases overview › Bills › INV-3307",
        "Bill from Voltline Electrical Pty Ltd",
        status,
        [
            ("From", "Voltline Electrical Pty Ltd"),
            ("ABN", VOLTLINE_ABN),
            ("Date", "13/11/2026"),
            ("Due date", "30/11/2026"),
            ("Reference", "INV-3307"),
            ("Project", "IBC-2417 Kestrel Lane"),
        ],
        ["Description", "Qty", "Unit price", "Tax rate", "Amount AUD"],
        lines,
        [
            ("Subtotal", f"{BILL_SUB:,.2f}"),
            ("Total GST 10%", f"{BILL_GST:,.2f}"),
            ("Total", f"{BILL_SUB + BILL_GST:,.2f}"),
        ],
        ["Approve", "Save", "Edit"] if phase == "am" else ["Add to batch payment", "Edit"],
    )


# ------------------------------------------------------------------------------------------- WhatsApp
WA_AM = [
    ("Morning Leah. TC1 was down 7:55 to 8:35, hydraulic hose. Back up now", "8:41 am", False),
    ("Tru-Fix only sent 9 blokes today, 2 short. L4 Zone A reo might slip half a day", "8:47 am", False),
    ("Thanks Macca, I'll chase them. Can you send me the scaffold tag?", "9:05 am", True),
    (f"North scaffold passed inspection, tag {SCAFFOLD_TAG}, good till 14/12", "9:06 am", False),
]
WA_MID = [
    (f"Gate 2 keypad is {GATE_CODE} from today, security changed it", "9:52 am", False),
    ("Peak dropping more standards at 10:50, I'll meet the truck", "9:58 am", False),
    (
        "Can you book the pump for Wed? Boom Pumping Vic, 52 m boom, operator on site 5:45 am",
        "11:20 am",
        False,
    ),
    ("Booked. Basalt confirmed 6:30 am first truck", "11:52 am", True),
]
WA_PM = [
    ("Rain at 2:25, sent the formies inside to L3", "2:26 pm", False),
    ("4.2 mm in the gauge. Deck's too wet to strip today", "3:58 pm", False),
    ("Ok. Pour still on for Wed unless the storm comes through, I'll call Nikos at 5", "4:26 pm", True),
]


def wa(phase: str, i: int):
    if phase == "am":
        bub = WA_AM[: 2 + i]
    elif phase == "mid":
        bub = WA_AM + WA_MID[: 1 + i]
    elif phase == "noon":
        bub = WA_AM[2:] + WA_MID[: 3 + i]
    else:
        bub = WA_MID + WA_PM[: 1 + i]
    last, when, _ = bub[-1]
    chats = [
        ("Macca (foreman)", last, when, ""),
        ("Kestrel Lane site crew", "Darren: toolbox talk 7 am tomorrow", "7:02 am", ""),
        ("Gary Lim (Tru-Fix)", "Will have 11 on tomorrow", "Yesterday", ""),
        ("Mum", "Dinner Sunday?", "Yesterday", ""),
    ]
    return whatsapp_light("WhatsApp", chats, 0, ("Macca (foreman)", "online"), "TODAY", bub)


# -------------------------------------------------------------------------------------------- Notepad
NOTES = [
    "Mon 16/11 - Kestrel Lane",
    "- TC1 down 7:55-8:35 (hyd hose) -> diary, Vertex pays",
    "- Tru-Fix 2 short, chase Gary re L4 Zone A reo",
    f"- Gate 2 code {GATE_CODE}",
    "- DEF-117 L2 U206 membrane upturn 70mm (150 req) - Seal-Tite",
    "- Pump Wed: Boom Pumping Vic 52m, operator on site 5:45am",
    f"- Claim 14 due Wed 5pm; concrete {aud(CONCRETE_NEW)} after dockets",
    "- Ben: RFI-049 Apt 504 bulkhead vs duct; A-310 rev D by Thu",
]


def notes(n: int):
    text = NOTES[:n]
    return notepad_dark(
        "site-notes.txt - Notepad",
        text,
        [f"Ln {len(text)}, Col {len(text[-1]) + 1}", "100%", "Windows (CRLF)", "UTF-8"],
    )


# ----------------------------------------------------------------------------------------------- Maps
def route():
    return maps(
        "Kestrel Lane to Studio Marlo – Google Maps - Google Chrome",
        ["Kestrel Lane to Studio Marlo", "Brunswick 7-day forecast"],
        "google.com/maps/dir/118+Sydney+Rd,+Brunswick/45+Gertrude+St,+Fitzroy",
        "118 Sydney Rd, Brunswick VIC 3056",
        "Studio Marlo Architects, 45 Gertrude St, Fitzroy VIC 3065",
        ["Best", "Driving", "Transit", "Walking", "Cycling"],
        [
            ("19 min", "6.4 km", "via Sydney Rd and Nicholson St", "Fastest route, the usual traffic"),
            ("23 min", "7.8 km", "via CityLink/M2 and Alexandra Pde", "Toll road"),
            ("25 min", "6.9 km", "via Lygon St", "Slower because of roadworks"),
        ],
        "Leave at 2:35 pm · arrive around 2:54 pm",
        [
            ("Sydney Rd", 326, 300),
            ("Brunswick Rd", 420, 500),
            ("Nicholson St", 660, 640),
            ("Gertrude St", 700, 760),
        ],
    )


# ------------------------------------------------------------------------------------------------ day
def segments() -> list[tuple]:
    """(local start, frames, seconds between frames, screen for frame i)."""
    return [
        ("09:01:00", 1, 40, lambda i: mail("am", None)),
        ("09:01:40", 2, 45, lambda i: mail("am", POUR_MAIL)),
        ("09:03:20", 2, 45, lambda i: mail("am", SITE_MAIL)),
        ("09:05:00", 3, 40, lambda i: wa("am", i)),
        ("09:07:20", 3, 45, lambda i: diary("am")),
        ("09:10:00", 2, 50, lambda i: forecast("am")),
        ("09:12:00", 2, 45, lambda i: rfis("am")),
        ("09:13:40", 2, 50, lambda i: mail("am", RFI_MAIL)),
        ("09:15:30", 2, 45, lambda i: rfis("answered")),
        ("09:17:20", 3, 45, lambda i: xl("am")),
        ("09:20:00", 4, 45, lambda i: teams_hannah("am", min(i, 2))),
        ("09:23:10", 3, 40, lambda i: notes(2 + min(i, 1))),
        ("09:25:20", 3, 50, lambda i: register(min(i, 1))),
        ("09:28:00", 2, 45, lambda i: pours("am")),
        ("09:29:40", 2, 45, lambda i: defects("am")),
        ("09:31:30", 1, 45, lambda i: teams_hannah("am", 3)),
        ("09:32:30", 2, 45, lambda i: mail("am", ARCH_MAIL)),
        # 09:34-10:12: site walk with Darren (L1-L3, balconies)
        ("10:12:30", 2, 45, lambda i: wa("mid", i)),
        ("10:14:20", 3, 45, lambda i: defects("walk")),
        ("10:16:40", 2, 40, lambda i: notes(4 + i)),
        ("10:18:10", 2, 45, lambda i: teams_meeting("pre", i)),
        ("10:19:40", 1, 40, lambda i: notes(5)),
        # 10:20-11:31: the weekly subcontractor coordination meeting (10:30-11:28) in the site office
        ("11:31:40", 3, 45, lambda i: teams_meeting("post", i)),
        ("11:34:10", 3, 45, lambda i: mail("late", VO_MAIL)),
        ("11:36:40", 3, 50, vo_pdf),
        ("11:39:30", 3, 45, lambda i: xl("vo", i)),
        ("11:42:00", 3, 45, lambda i: voltline_bill("am")),
        ("11:44:30", 2, 45, lambda i: forecast("noon")),
        ("11:46:20", 2, 45, lambda i: pours("noon")),
        ("11:51:30", 2, 40, lambda i: wa("noon", i)),
        ("11:53:00", 1, 40, lambda i: notes(6)),
        # 11:54-13:05: lunch and the crane inspection
        ("13:05:00", 2, 45, lambda i: rfis("answered")),
        ("13:06:50", 2, 45, lambda i: teams_meeting("post", 1)),
        # 13:08-13:54: a walk-through of L1 with the hydraulic subcontractor
        ("13:54:30", 3, 45, lambda i: mail("pm", QS_MAIL)),
        ("13:57:00", 3, 45, lambda i: voltline_bill("am" if i == 0 else "pm")),
        ("13:59:30", 2, 45, lambda i: xl("pm")),
        ("14:01:20", 3, 45, lambda i: rfis("pm")),
        ("14:03:50", 3, 45, lambda i: defects("pm")),
        ("14:06:20", 3, 50, lambda i: diary("pm")),
        # 14:09-14:31: a phone call with Tru-Fix about the L4 reo
        ("14:31:00", 2, 45, lambda i: route()),
        ("14:32:50", 2, 40, lambda i: wa("pm", 0)),
        # 14:34-16:08: the drive to Fitzroy and the design coordination meeting at Studio Marlo (15:00-16:05)
        ("16:08:30", 2, 45, lambda i: mail("eve", None)),
        ("16:10:20", 3, 45, lambda i: rfis("eve")),
        ("16:12:50", 4, 45, lambda i: teams_hannah("pm", min(i, 2))),
        ("16:16:10", 2, 50, lambda i: xl("edit", 0)),
        ("16:18:00", 3, 45, lambda i: xl("edit", 1)),
        ("16:20:30", 2, 45, lambda i: teams_hannah("pm", 3)),
        ("16:22:20", 2, 50, lambda i: forecast("pm")),
        ("16:24:20", 2, 45, lambda i: pours("eve")),
        ("16:26:10", 2, 45, lambda i: wa("pm", 1 + i)),
        # 16:28-17:05: the Tuesday column pour walk-through with Macca and the pump contractor
        ("17:05:30", 2, 45, lambda i: diary("final")),
        ("17:07:20", 2, 45, lambda i: xl("final")),
        ("17:09:10", 3, 40, lambda i: notes(6 + min(i, 2))),
        ("17:11:20", 2, 45, lambda i: defects("pm")),
        ("17:13:10", 1, 45, lambda i: mail("eve", None)),
    ]


DAY = {
    "name": "site",
    "run": "c41e8a27",
    "date": "2026-11-16",
    "tzid": "Australia/Melbourne",
    "offset_minutes": 660,
    "locale": "es",  # 24-hour clock and a day-first date (make_days.clock); the taskbar writes it '2:30 pm'
    "segments": segments,
}
