"""Day "hr" (Tue 2026-11-24, Madrid, Spanish Windows: 24-hour clock, dd/mm/yyyy, 1.234,50 €): a People Ops
lead onboarding a relocating engineer and filing a trip's expenses. New Outlook mail (light) and calendar
week view (dark), File Explorer Downloads (dark), a hotel invoice PDF in Foxit (German/English, dd.mm.yyyy),
LibreOffice Calc (dark) with a headcount sheet and a travel-cost sheet, a Jira board and issue pages (Edge),
Teams channel and chat (dark, 12-hour times in the app), and a long wiki policy page in Firefox. A 40-minute
interview leaves a gap without frames in the middle of the morning. Layouts: bench/qa/screens_more.py."""

from __future__ import annotations

from screens_more import (
    calc,
    explorer,
    jira_board,
    jira_issue,
    outlook_calendar,
    outlook_mail,
    pdf_reader,
    teams_chat,
    wiki_page,
)

ME = "Lucía Ferrer"

# ------------------------------------------------------------------------------------------------- mail
MAIL_TITLE = "Mail - Lucía Ferrer - Outlook"
TOMASZ_ITEM = (
    "Tomasz Wojcik",
    "Temporary housing options for Bastian Keller",
    "Hi Lucía, here are three apartments…",
    "10:14",
)
INBOX = [
    TOMASZ_ITEM,
    (
        "Hotel Am Stephansplatz",
        "Ihre Rechnung / Your invoice 2026/48817",
        "Dear Ms Ferrer, thank you for your…",
        "09:52",
    ),
    ("Noor Haddad", "Re: Interview today at 11:00", "I will be at reception at 10:50…", "09:31"),
    (
        "Gestoría Ruiz - Nóminas",
        "December payroll cut-off",
        "Please send all changes by 14.12.2026…",
        "08:47",
    ),
    ("Daniel Prats", "Headcount review on Friday", "Lucía, I booked a bigger room for the…", "Mon 23/11"),
]
MARTA_ITEM = ("Marta Gil", "Headcount file for Friday's review", "Hi Lucía, could you send me the…", "11:59")
TOMASZ = {
    "subject": "Temporary housing options for Bastian Keller",
    "sender": "Tomasz Wojcik",
    "address": "t.wojcik@relocare.eu",
    "to": ME,
    "cc": "Marta Gil",
    "when": "Tue 24/11/2026 10:14",
    "body": [
        "Hi Lucía,",
        "as discussed, here are three furnished apartments near your office for Bastian's first weeks in Madrid:",
        "1) Calle de Ponzano 41, 2B: 1.850,00 € per month, 58 m², available from 01.12.2026",
        "2) Paseo de la Castellana 112, 5A: 2.240,00 € per month, 72 m², available from 05.12.2026",
        "3) Calle de Ibiza 18, 1C: 1.690,00 € per month, 49 m², available from 28.11.2026",
        "Each landlord asks for a deposit of one month's rent. Viewings are possible on Thursday afternoon.",
        "Best regards,",
        "Tomasz Wojcik",
        "Relocation Consultant, ReloCare Europe",
    ],
}
HOTEL = {
    "subject": "Ihre Rechnung / Your invoice 2026/48817",
    "sender": "Hotel Am Stephansplatz",
    "address": "reservations@hotel-stephansplatz.at",
    "to": ME,
    "when": "Tue 24/11/2026 09:52",
    "attachment": ("Rechnung_2026-48817_Hotel_Am_Stephansplatz.pdf", "212 KB"),
    "body": [
        "Dear Ms Ferrer,",
        "thank you for staying with us from 03.11. to 06.11.2026.",
        "Please find attached the invoice for your stay. The amount has already been charged to your card.",
        "Kind regards,",
        "Front Office, Hotel Am Stephansplatz",
    ],
}
MARTA = {
    "subject": "Headcount file for Friday's review",
    "sender": "Marta Gil",
    "address": "marta.gil@quintana-robotics.es",
    "to": ME,
    "when": "Tue 24/11/2026 11:59",
    "body": [
        "Hi Lucía,",
        "could you send me the updated Headcount 2027 file by Thursday 12:00?",
        "Daniel wants to go through Support and Engineering first in Friday's review.",
        "Thanks,",
        "Marta",
    ],
}
REPLY = [
    "Hi Tomasz,",
    "please reserve Calle de Ibiza 18 from 05.12.2026 for one month.",
    "Could we do the viewing on Thursday at 16:00?",
    "Thanks, Lucía",
]


def mail(folders_unread: int, items, selected: int, reading: dict):
    folders = [f"Inbox {folders_unread}", "Drafts", "Sent Items", "Archive", "Relocation", "Travel receipts"]
    return outlook_mail(MAIL_TITLE, folders, items, selected, reading)


def compose(i: int):
    body = REPLY[:1] + ["please reserve Calle de Ibiza 18 from"] if i == 0 else REPLY
    return {
        "compose": {
            "to": "Tomasz Wojcik <t.wojcik@relocare.eu>",
            "subject": "RE: Temporary housing options for Bastian Keller",
            "body": body,
        }
    }


# --------------------------------------------------------------------------------------------- calendar
CAL_TITLE = "Calendar - Lucía Ferrer - Outlook"
DAYS = ["Mon 23", "Tue 24", "Wed 25", "Thu 26", "Fri 27"]
EVENTS = [
    (0, "09:30", "10:30", "People Ops weekly", "Sala Retiro"),
    (0, "15:00", "15:30", "1:1 Marta / Lucía", ""),
    (1, "11:00", "11:45", "Interview: Noor Haddad", "Sala Prado"),
    (1, "13:00", "14:00", "Lunch & learn: pension plan", "Auditorio"),
    (1, "16:30", "17:00", "Payroll sync – Gestoría Ruiz", "Microsoft Teams Meeting"),
    (2, "10:00", "10:45", "Onboarding prep: Bastian Keller", "Sala Retiro"),
    (2, "14:30", "15:30", "Benefits vendor demo – Cobee", ""),
    (3, "09:00", "10:00", "Offsite planning Valencia", "Sala Prado"),
    (3, "12:00", "13:00", "Works council monthly", "Sala Alcalá"),
    (4, "11:30", "12:30", "Headcount review 2027", "Sala Alcalá"),
    (4, "17:00", "18:00", "Team drinks", ""),
]
VIEWING = (3, "16:00", "17:00", "Viewing: Calle de Ibiza 18", "")
PEEK = [
    "Interview: Noor Haddad",
    "Tue 24/11/2026 11:00 – 11:45",
    "Sala Prado",
    "Position: Support Lead",
    "Organizer: Lucía Ferrer",
    "Attendees:",
    "Noor Haddad",
    "Javier Ortega",
    "Elena Soto",
]


def calendar(events, peek=None):
    return outlook_calendar(CAL_TITLE, "23–27 November 2026", DAYS, events, peek)


# --------------------------------------------------------------------------------------------- explorer
RECEIPT_FILE = (
    "Rechnung_2026-48817_Hotel_Am_Stephansplatz.pdf",
    "24/11/2026 10:37",
    "Foxit PDF Reader Document",
    "212 KB",
)
TODAY = [("Headcount 2027.ods", "24/11/2026 09:12", "OpenDocument Spreadsheet", "38 KB")]
YESTERDAY = [
    ("Bastian_Keller_Contrato_firmado.pdf", "23/11/2026 17:05", "Foxit PDF Reader Document", "1.402 KB"),
    ("Onboarding_checklist_v3.xlsx", "23/11/2026 12:48", "Microsoft Excel Worksheet", "27 KB"),
]
LAST_WEEK = [
    ("Offsite_Valencia_quotes.zip", "19/11/2026 16:22", "Compressed (zipped) Folder", "18.604 KB"),
    ("NIE_cita_previa_Bastian_Keller.pdf", "18/11/2026 09:41", "Foxit PDF Reader Document", "96 KB"),
    ("payroll_calendar_2027.pdf", "17/11/2026 11:03", "Foxit PDF Reader Document", "341 KB"),
    ("IMG_4471.HEIC", "16/11/2026 19:58", "HEIC File", "2.318 KB"),
]
NAV = ["Home", "Gallery", "Desktop", "Downloads", "Documents", "Pictures", "This PC", "Network"]


def downloads(i: int):
    today = ([RECEIPT_FILE] if i >= 1 else []) + TODAY
    n = len(today) + len(YESTERDAY) + len(LAST_WEEK)
    status = f"{n} items" + ("   1 item selected   212 KB" if i >= 2 else "")
    return explorer(
        "Downloads - File Explorer",
        "This PC > Downloads",
        NAV,
        [("Today", today), ("Yesterday", YESTERDAY), ("Last week", LAST_WEEK)],
        status,
    )


# -------------------------------------------------------------------------------------------------- PDF
INVOICE_HEAD = [
    "Hotel Am Stephansplatz GmbH",
    "Stephansplatz 9, 1010 Wien, Österreich",
    "Rechnung / Invoice",
    "Rechnungsnr. / Invoice no.: 2026/48817",
    "Rechnungsdatum / Invoice date: 06.11.2026",
    "Gast / Guest: Lucía Ferrer, Quintana Robotics S.L.",
    "Anreise / Arrival: 03.11.2026",
    "Abreise / Departure: 06.11.2026",
]
INVOICE_TABLE = [
    ["Datum / Date", "Leistung / Service", "Menge / Qty", "Einzelpreis / Unit price", "Betrag / Amount"],
    ["03.11.–05.11.", "Übernachtung Superior Doppelzimmer", "3", "189,00 €", "567,00 €"],
    ["04.11.–06.11.", "Frühstücksbuffet / Breakfast", "3", "24,50 €", "73,50 €"],
    ["05.11.", "Minibar", "1", "12,80 €", "12,80 €"],
    ["03.11.–05.11.", "Ortstaxe / City tax", "3", "3,20 €", "9,60 €"],
    ["Gesamtbetrag / Total", "", "", "", "662,90 €"],
    ["", "enthaltene MwSt. 10 % / VAT 10 % included", "", "", "58,23 €"],
    ["", "enthaltene MwSt. 20 % / VAT 20 % included", "", "", "2,13 €"],
]
INVOICE_FOOT = [
    "Bezahlt / Paid: Visa ending 4417 on 06.11.2026",
    "Vielen Dank für Ihren Aufenthalt! / Thank you for your stay!",
    "UID-Nr. ATU61234507, Firmenbuch FN 187734 d, Handelsgericht Wien",
]


def invoice(i: int):
    foot = INVOICE_FOOT + (["Note (Lucía Ferrer): claim on PEOPLE-231"] if i >= 3 else [])
    return pdf_reader(
        "Rechnung_2026-48817_Hotel_Am_Stephansplatz.pdf - Foxit PDF Reader",
        "125%" if i >= 1 else "100%",
        "1 / 1",
        INVOICE_HEAD,
        INVOICE_TABLE,
        foot,
    )


# ------------------------------------------------------------------------------------------------- Calc
CALC_TITLE = "Headcount 2027.ods - LibreOffice Calc"
TABS = ["Headcount", "Travel Q4", "Notes"]
HC_COLUMNS = ["Team", "Jan 2027", "Feb 2027", "Mar 2027", "Apr 2027", "May 2027", "Jun 2027", "Open reqs"]
HEADCOUNT = {
    "Engineering": [54, 56, 58, 62, 63, 65, 9],
    "Support": [21, 21, 24, 24, 25, 26, 5],
    "Sales": [17, 18, 18, 19, 20, 20, 3],
    "Marketing": [9, 9, 10, 10, 11, 12, 2],
    "Finance": [7, 7, 7, 8, 8, 8, 1],
    "People": [5, 5, 6, 6, 6, 7, 2],
}
TRAVEL_COLUMNS = ["Department", "Sep 2026", "Oct 2026", "Nov 2026"]
TRAVEL = {  # cents
    "Engineering": [482000, 613550, 394020],
    "Sales": [731000, 948075, 822540],
    "Support": [124500, 98000, 156030],
    "Marketing": [340000, 276000, 411500],
    "People": [89000, 214560, None],
}
PEOPLE_NOV = 66290


def euro(cents: int) -> str:
    whole, rest = divmod(cents, 100)
    return f"{whole:,}".replace(",", ".") + f",{rest:02d} €"


def headcount_rows(fixed: bool) -> list[list[str]]:
    table = {k: list(v) for k, v in HEADCOUNT.items()}
    if fixed:
        table["Engineering"][2] = 61
    rows = [[team, *map(str, values)] for team, values in table.items()]
    totals = [sum(v[j] for v in table.values()) for j in range(7)]
    return rows + [["Total", *map(str, totals)]]


def travel_rows(people_nov: str | None) -> list[list[str]]:
    rows, totals = [], [0, 0, 0]
    for dept, values in TRAVEL.items():
        cells = []
        for j, v in enumerate(values):
            if v is None:
                cells.append(people_nov or "")
                v = PEOPLE_NOV if people_nov and people_nov.endswith("€") else 0
            else:
                cells.append(euro(v))
            totals[j] += v
        rows.append([dept, *cells])
    return rows + [["Total", *map(euro, totals)]]


def headcount(i: int, visit: int):
    if visit == 1:  # Javier's correction: Engineering, March 58 -> 61, typed on the third frame
        fixed = i >= 2
        cell, formula, sel = ("D2", "61" if fixed else "58", (0, 3)) if i < 3 else ("D3", "24", (1, 3))
    else:
        fixed, cell, formula, sel = True, "H8", "=SUM(H2:H7)", (6, 7)
    return calc(
        CALC_TITLE, cell, formula, HC_COLUMNS, headcount_rows(fixed), TABS, "Headcount", "Sheet 1 of 3", sel
    )


def travel(i: int):
    if i == 0:
        value, cell, formula, sel = None, "D6", "", (4, 3)
    elif i == 1:
        value, cell, formula, sel = "662,9", "D6", "662,9", (4, 3)
    else:
        value, cell, formula, sel = euro(PEOPLE_NOV), "D7", "=SUM(D2:D6)", (5, 3)
    return calc(
        CALC_TITLE, cell, formula, TRAVEL_COLUMNS, travel_rows(value), TABS, "Travel Q4", "Sheet 2 of 3", sel
    )


# ------------------------------------------------------------------------------------------------- Jira
def jira_title(key: str, summary: str) -> str:
    return f"[{key}] {summary} - Jira - Work - Microsoft Edge"


BOARD = [
    (
        "TO DO",
        [
            ("Q1 2027 hiring plan: Support team", "PEOPLE-219", "8", "JO"),
            ("Book offsite venue in Valencia", "PEOPLE-222", "3", "MG"),
            ("Expense claim: Vienna trip (Hotel Am Stephansplatz)", "PEOPLE-231", "2", "LF"),
        ],
    ),
    (
        "IN PROGRESS",
        [
            ("Onboarding: Bastian Keller (Senior Robotics Engineer)", "PEOPLE-214", "5", "LF"),
            ("Update parental leave page on the wiki", "PEOPLE-226", "2", "MG"),
        ],
    ),
    (
        "IN REVIEW",
        [
            ("December payroll changes for Gestoría Ruiz", "PEOPLE-211", "3", "LF"),
            ("Renew InfoJobs job-posting contract", "PEOPLE-217", "1", "JO"),
        ],
    ),
    (
        "DONE",
        [
            ("Employee survey Q4: send reminders", "PEOPLE-205", "1", "LF"),
            ("Works council minutes November", "PEOPLE-208", "2", "MG"),
        ],
    ),
]


def board(i: int):
    columns = [(name, list(cards)) for name, cards in BOARD]
    if i >= 2:  # PEOPLE-231 dragged to In Progress
        columns[1][1].append(columns[0][1].pop())
    return jira_board(
        "People Ops board - Jira - Work - Microsoft Edge",
        "quintana.atlassian.net/jira/software/projects/PEOPLE/boards/12",
        "PEOPLE Sprint 23",
        "Sprint ends 08 Dec 2026",
        columns,
    )


SUMMARY_231 = "Expense claim: Vienna trip (Hotel Am Stephansplatz)"
SUMMARY_214 = "Onboarding: Bastian Keller (Senior Robotics Engineer)"
SUMMARY_219 = "Q1 2027 hiring plan: Support team"


def issue_231(i: int):
    activity = [
        (
            "Irene Molina",
            "17 Nov 2026, 16:20",
            "Please attach the hotel invoice so I can book it on the People cost centre.",
        )
    ]
    if i >= 2:
        activity.append((ME, "24 Nov 2026, 10:51", "Hotel invoice 2026/48817 attached, 662,90 € in total."))
    return jira_issue(
        jira_title("PEOPLE-231", SUMMARY_231),
        "quintana.atlassian.net/browse/PEOPLE-231",
        "PEOPLE-231",
        SUMMARY_231,
        "In Progress" if i >= 1 else "To Do",
        [
            "Submit the hotel and travel receipts for the HR Tech Summit in Vienna, 03.11.–06.11.2026.",
            "Flights were booked via TravelPerk and are already paid by the company.",
        ],
        [],
        [
            ("Assignee", ME),
            ("Reporter", "Irene Molina"),
            ("Priority", "Low"),
            ("Due date", "30 Nov 2026"),
            ("Story points", "2"),
            ("Labels", "expenses, travel"),
            ("Sprint", "PEOPLE Sprint 23"),
        ],
        [
            "Created 17 Nov 2026, 16:05",
            "Updated 24 Nov 2026, 10:51" if i >= 2 else "Updated 17 Nov 2026, 16:20",
        ],
        activity,
    )


def issue_214(i: int, visit: int):
    activity = [
        ("Sergio Prieto", "23 Nov 2026, 18:02", "Laptop QR-LT-0931 is imaged and ready for pickup at IT."),
        (
            "Marta Gil",
            "24 Nov 2026, 09:40",
            "NIE appointment confirmed for 09.12.2026 at 10:15, Policía Nacional Aluche.",
        ),
    ]
    if visit == 2 or i >= 3:
        activity.append(
            (ME, "24 Nov 2026, 11:59", "Flight LH1804 lands 06.12. at 18:40, airport pickup booked.")
        )
    housing = "In Progress"
    updated = "Updated 24 Nov 2026, 11:59" if visit == 2 or i >= 3 else "Updated 24 Nov 2026, 09:40"
    if visit == 2 and i >= 1:
        activity.append((ME, "24 Nov 2026, 12:12", "Calle de Ibiza 18 reserved from 05.12.2026."))
        housing, updated = "Done", "Updated 24 Nov 2026, 12:12"
    return jira_issue(
        jira_title("PEOPLE-214", SUMMARY_214),
        "quintana.atlassian.net/browse/PEOPLE-214",
        "PEOPLE-214",
        SUMMARY_214,
        "In Progress",
        [
            "Bastian Keller joins Robotics Engineering on 07.12.2026 and relocates from Munich.",
            "Needs laptop, badge, NIE appointment and temporary housing for the first month.",
        ],
        [
            ("PEOPLE-215", "Order laptop and accounts", "Done"),
            ("PEOPLE-216", "Book NIE appointment", "Done"),
            ("PEOPLE-218", "Temporary housing", housing),
            ("PEOPLE-220", "Welcome lunch with the team", "To Do"),
        ],
        [
            ("Assignee", ME),
            ("Reporter", "Marta Gil"),
            ("Priority", "High"),
            ("Due date", "04 Dec 2026"),
            ("Story points", "5"),
            ("Labels", "onboarding, relocation"),
            ("Sprint", "PEOPLE Sprint 23"),
        ],
        ["Created 16 Nov 2026, 09:12", updated],
        activity,
    )


def issue_219(i: int):
    activity = [
        (
            "Javier Ortega",
            "24 Nov 2026, 10:39",
            "Added the 3 agents to Headcount 2027 (Support, from March).",
        ),
    ]
    if i >= 2:
        activity.append((ME, "24 Nov 2026, 12:08", "Job ads go live on InfoJobs and LinkedIn on 01.12.2026."))
    return jira_issue(
        jira_title("PEOPLE-219", SUMMARY_219),
        "quintana.atlassian.net/browse/PEOPLE-219",
        "PEOPLE-219",
        SUMMARY_219,
        "To Do",
        [
            "Support needs 3 additional agents from March 2027: 2 Spanish/English, 1 German/English.",
            "Budget approved by Daniel Prats (CFO) on 20.11.2026.",
        ],
        [],
        [
            ("Assignee", "Javier Ortega"),
            ("Reporter", "Marta Gil"),
            ("Priority", "Medium"),
            ("Due date", "15 Dec 2026"),
            ("Story points", "8"),
            ("Labels", "hiring, support"),
            ("Sprint", "PEOPLE Sprint 23"),
        ],
        [
            "Created 19 Nov 2026, 11:30",
            "Updated 24 Nov 2026, 12:08" if i >= 2 else "Updated 24 Nov 2026, 10:39",
        ],
        activity,
    )


# ------------------------------------------------------------------------------------------------ Teams
CHANNEL_TITLE = "People Ops (Quintana HQ) | Microsoft Teams"
CHANNELS = ["Quintana HQ", "General", "People Ops", "Payroll", "Robotics Engineering", "Social Madrid"]
POSTS = [
    ("Javier Ortega", "10:41 AM", "Support asked for 3 extra agents in Q1, I added them to PEOPLE-219."),
    ("Marta Gil", "10:47 AM", "Bastian Keller lands on Sunday 06.12. at 18:40, flight LH1804 from Munich."),
    ("Sergio Prieto", "10:50 AM", "His laptop is ready: ThinkPad X1 Carbon, asset tag QR-LT-0931."),
    (ME, "10:53 AM", "Great, I'll book the airport pickup for him."),
    ("Marta Gil", "10:55 AM", "Thanks! Please also send the Vienna hotel receipt to Irene by Friday."),
    (
        "Irene Molina",
        "12:02 PM",
        "Got the Vienna receipt via PEOPLE-231, booked on cost centre CC-PEO-04. Thanks!",
    ),
    (ME, "12:05 PM", "Perfect, thank you Irene!"),
]
DM_TITLE = "Chat | Javier Ortega | Microsoft Teams"
CHATS = ["Javier Ortega", "Marta Gil", "Sergio Prieto", "Irene Molina", "People Ops leads"]
DM = [
    (
        "Javier Ortega",
        "11:38 AM",
        "Hey Lucía, Engineering March in the headcount file says 58 but it should be 61.",
    ),
    ("Javier Ortega", "11:38 AM", "The three firmware hires were pulled forward from April."),
    (ME, "11:42 AM", "On it, fixing it now."),
    ("Javier Ortega", "11:43 AM", "Thanks! Sales numbers are final, Marketing may still change."),
]


def channel(posts, composer=""):
    return teams_chat(
        CHANNEL_TITLE,
        "Teams",
        "Teams",
        CHANNELS,
        "People Ops",
        ["Posts", "Files", "Notes"],
        posts,
        composer,
        ME,
    )


def channel_first(i: int):
    if i < 2:
        return channel(POSTS[:3], "Great, I'll book the" + (" airport pickup" if i else ""))
    return channel(POSTS[:4] if i < 4 else POSTS[:5])


def channel_second(i: int):
    return channel(POSTS[:6] if i == 0 else POSTS, "" if i else "Perfect, thank")


def dm(i: int):
    posts = DM[:2] if i == 0 else DM[:3] if i < 3 else DM
    return teams_chat(
        DM_TITLE,
        "Chat",
        "Chat",
        CHATS,
        "Javier Ortega",
        ["Chat", "Files", "Photos"],
        posts,
        "On it, fix" if i == 0 else "",
        ME,
    )


# ------------------------------------------------------------------------------------------------- wiki
WIKI_TITLE = "Travel & Relocation Policy - People & Culture - Quintana Wiki — Mozilla Firefox"
TREE = [
    "Onboarding handbook",
    "Travel & Relocation Policy",
    "Parental leave",
    "Works council",
    "Payroll calendar 2027",
]
CAPS = [
    ["Madrid", "160 €", "55 €"],
    ["Barcelona", "150 €", "55 €"],
    ["Vienna", "170 €", "60 €"],
    ["Munich", "175 €", "64 €"],
    ["Paris", "195 €", "68 €"],
    ["London", "230 €", "75 €"],
]
POLICY = [
    ("h1", "Travel & Relocation Policy"),
    ("meta", "Owned by Marta Gil · Last updated 12.10.2026 · 6 min read"),
    ("h2", "1. Scope"),
    (
        "p",
        "This policy applies to all employees of Quintana Robotics S.L. who travel on business or relocate to "
        "Madrid at the company's request.",
    ),
    ("h2", "2. Booking"),
    ("p", "Book flights, trains and hotels through TravelPerk. Economy class for flights under 6 hours."),
    ("p", "Trips with an estimated cost over 2.500 € need approval from the department head and Finance."),
    ("h2", "3. Hotel caps and per diems"),
    ("table", ["City", "Hotel cap per night", "Per diem"], CAPS),
    (
        "p",
        "Rooms above the cap need a short justification in the expense claim (for example a trade fair week).",
    ),
    ("h2", "4. Expense claims"),
    ("p", "Submit receipts within 45 days after the end of the trip as a ticket in the PEOPLE Jira project."),
    ("p", "Receipts must show the VAT amount; card slips alone are not accepted."),
    ("h2", "5. Relocation package"),
    (
        "p",
        "Relocation allowance: 4.500 € gross for moves from within the EU, 7.000 € gross from outside the EU.",
    ),
    ("p", "Temporary housing: up to 30 nights, at most 2.000 € per month, booked through ReloCare Europe."),
    ("p", "Flights for the employee and their family on the moving day are covered in economy class."),
    ("h2", "6. Contacts"),
    ("p", "Questions about this policy: Marta Gil (People Ops). Expense bookings: Irene Molina (Finance)."),
]
SCROLL = [0, 0, 2, 7, 7, 10, 13, 13]  # first block in view, frame by frame


def wiki(i: int):
    start = SCROLL[i]
    return wiki_page(
        WIKI_TITLE,
        "wiki.quintana-robotics.es/spaces/PEOPLE/pages/48213/Travel+Relocation+Policy",
        "People & Culture",
        TREE,
        "Travel & Relocation Policy",
        POLICY[start : start + 10],
    )


# ------------------------------------------------------------------------------------------------- day
def segments() -> list[tuple]:
    """(local start, frames, seconds between frames, screen for frame i)."""
    viewing = sorted(EVENTS + [VIEWING])
    return [
        ("10:32:10", 4, 50, lambda i: mail(4 if i < 2 else 3, INBOX, 0, TOMASZ)),
        ("10:35:20", 2, 40, lambda i: mail(2, INBOX, 1, HOTEL)),
        ("10:36:40", 3, 45, downloads),
        ("10:38:50", 5, 55, invoice),
        ("10:43:10", 5, 60, travel),
        ("10:47:50", 3, 50, board),
        ("10:50:10", 3, 50, issue_231),
        ("10:52:30", 5, 45, channel_first),
        ("10:56:10", 4, 50, lambda i: calendar(EVENTS, PEEK if i >= 2 else None)),
        ("11:41:20", 4, 45, dm),
        ("11:44:15", 6, 55, lambda i: headcount(i, 1)),
        ("11:49:30", 8, 60, wiki),
        ("11:57:10", 5, 55, lambda i: issue_214(i, 1)),
        (
            "12:01:30",
            4,
            50,
            lambda i: mail(3, [MARTA_ITEM] + INBOX, 0 if i < 2 else 1, MARTA if i < 2 else compose(i - 2)),
        ),
        ("12:04:40", 3, 45, channel_second),
        ("12:06:50", 3, 50, issue_219),
        ("12:09:10", 3, 50, lambda i: calendar(viewing)),
        ("12:11:30", 3, 50, lambda i: issue_214(i, 2)),
        ("12:13:50", 3, 50, lambda i: headcount(i, 2)),
    ]


DAY = {
    "name": "hr",
    "run": "c3e85a19",
    "date": "2026-11-24",
    "tzid": "Europe/Madrid",
    "offset_minutes": 60,
    "locale": "es",
    "segments": segments,
}
