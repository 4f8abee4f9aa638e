"""Day "sales" (Wed 2026-11-25, London, en-GB Windows: 24-hour taskbar clock, dd/mm/yyyy, £1,234.50), the
held-out day: an account executive gets a quote approved for an expansion deal and runs a discovery call
with a German prospect (amounts the continental way, 1.234,50 €). Gmail in Chrome (inbox, opened mail, a
reply), a HubSpot-like deal record, a Google Sheets pipeline, Zoom team chat (dark, 12-hour times), the quote
PDF in Edge, a long Notion account plan and call notes typed in Notepad (dark). The call leaves a gap of 45
minutes without frames. Layouts: bench/qa/screens_sales.py."""

from __future__ import annotations

from screens_sales import (
    edge_pdf,
    gmail_inbox,
    gmail_message,
    hubspot_deal,
    notepad,
    notion_page,
    sheets,
    zoom_chat,
)

ME = "Hannah Okafor"
CHROME = " - Google Chrome"
MAIL = "hannah.okafor@brightwell.io - Brightwell Analytics Mail"
DEAL_H = "Harrowgate Logistics – Platform expansion 2027 | Deal | HubSpot"
DEAL_N = "Nordhafen Logistik GmbH – Analytics Cloud pilot | Deal | HubSpot"
SHEET = "Q4 Pipeline – EMEA Mid-Market - Google Sheets"


def tabs(first: str, second: str = DEAL_H) -> list[str]:
    return [first, second, SHEET]


def nav(unread: int) -> list[tuple[str, str]]:
    return [
        ("Inbox", str(unread)),
        ("Starred", ""),
        ("Snoozed", ""),
        ("Sent", ""),
        ("Drafts", "2"),
        ("Clients/Harrowgate", ""),
        ("Clients/Nordhafen", ""),
        ("Deal desk", ""),
    ]


# ------------------------------------------------------------------------------------------------- mail
PRIYA_ROW = (
    "Priya Raman",
    "Quote Q-2026-0418 – Harrowgate Logistics",
    "Hi Hannah, deal desk has approved the Harrowgate quote…",
    "08:41",
)
LENA_ROW = (
    "Lena Vogt",
    "Nordhafen: budget and agenda for today's call",
    "Hello Hannah, ahead of our call at 09:30 (10:30 our time)…",
    "08:17",
)
OLDER = [
    (
        "Tom Fletcher",
        "Forecast call moved to Thursday",
        "Team, Thursday 14:00 instead of Wednesday…",
        "07:58",
    ),
    (
        "Gareth Lindqvist",
        "Re: Security questionnaire",
        "Thanks Hannah, our IT team has signed it off…",
        "24 Nov",
    ),
    (
        "HubSpot",
        "Calder Foods – Renewal FY27 has had no activity for 14 days",
        "Log a call or schedule a task…",
        "24 Nov",
    ),
    (
        "Marcus Hale",
        "Redlines on the Pennine Water MSA",
        "Hi Hannah, legal have two comments on clause 9…",
        "23 Nov",
    ),
    ("Sales Navigator", "3 new leads match your saved search", "UK logistics, 500+ employees…", "23 Nov"),
    (
        "Expensify",
        'Report "Leeds client visit" approved',
        "£212.40 will be reimbursed on 28/11/2026…",
        "22 Nov",
    ),
]


def inbox(read_priya: bool, read_lena: bool) -> object:
    unread = 14 - read_priya - read_lena
    rows = [(*PRIYA_ROW, not read_priya), (*LENA_ROW, not read_lena)] + [(*r, False) for r in OLDER]
    page = f"Inbox ({unread}) - {MAIL}"
    return gmail_inbox(page + CHROME, tabs(page), nav(unread), "1–50 of 2,318", rows)


QUOTE_PDF = "Brightwell_Quote_Q-2026-0418_Harrowgate.pdf"
PRIYA = dict(
    subject="Quote Q-2026-0418 – Harrowgate Logistics",
    sender="Priya Raman",
    address="<priya.raman@brightwell.io>",
    when="Wed 25 Nov, 08:41",
    to="to me, Tom",
    body=[
        "Hi Hannah,",
        "Deal desk has approved the Harrowgate quote, PDF attached: 120 Analytics Cloud seats on a 36-month "
        "term, with the 12% multi-year discount Tom signed off yesterday.",
        "Please get the customer's countersignature by 12/12/2026 so we can book it in December.",
        "The onboarding package is billed once, with the first invoice.",
        "Thanks,",
        "Priya Raman",
        "Deal Desk Lead, Brightwell Analytics",
    ],
    attachment=(QUOTE_PDF, "184 KB"),
)
LENA = dict(
    subject="Nordhafen: budget and agenda for today's call",
    sender="Lena Vogt",
    address="<l.vogt@nordhafen-logistik.de>",
    when="Wed 25 Nov, 08:17",
    to="to me, Jonas",
    body=[
        "Hello Hannah,",
        "ahead of our call at 09:30 (10:30 our time), a few points from our side:",
        "1. Our budget for the first year is 38.400,00 € excl. VAT, approved by Jonas last week.",
        "2. We would like to start with the Hamburg warehouse only, about 60 users.",
        "3. Our SAP team wants to see how your connector copes with 1,2 million stock movements a month.",
        "Agenda: introductions, our reporting today, your demo, pricing and next steps.",
        "Best regards,",
        "Lena Vogt",
        "Leiterin Logistik-IT | Nordhafen Logistik GmbH",
    ],
)
REPLY = [
    "Hi Priya,",
    "thanks for the quick turnaround. Quote sent to Gareth at 10:33, he expects to countersign next week.",
    "I've updated the amount in HubSpot and the pipeline sheet.",
    "Hannah",
]


def message(m: dict, unread: int, reply: list[str] | None = None):
    page = f"{m['subject']} - {MAIL}"
    fields = {k: v for k, v in m.items()}
    return gmail_message(page + CHROME, tabs(page), nav(unread), reply=reply, **fields)


# ------------------------------------------------------------------------------------------------- quote
LETTERHEAD = [
    "Brightwell Analytics Ltd",
    "14 Clerkenwell Close, London EC1R 0AA",
    "VAT No. GB 318 4471 92",
    "sales@brightwell.io",
]
QUOTE = [
    ("h", "Quote Q-2026-0418"),
    (
        "kv",
        [
            ("Prepared for", "Harrowgate Logistics plc"),
            ("Contact", "Gareth Lindqvist, Head of Operations"),
            ("Quote date", "24/11/2026"),
            ("Prepared by", "Hannah Okafor"),
            ("Term", "36 months from 01/01/2027"),
        ],
    ),
    (
        "items",
        ["Item", "Qty", "Unit price", "Discount", "Amount"],
        [
            ["Analytics Cloud – Professional seat (annual)", "120", "£720.00", "12%", "£76,032.00"],
            ["Premium Support (annual)", "1", "£9,600.00", "0%", "£9,600.00"],
            ["Onboarding package (one-off)", "1", "£6,500.00", "0%", "£6,500.00"],
            ["Data connector – SAP S/4HANA (annual)", "2", "£1,850.00", "0%", "£3,700.00"],
        ],
        [("Subtotal", "£95,832.00"), ("VAT (20%)", "£19,166.40"), ("Total due, year one", "£114,998.40")],
    ),
    ("p", "Payment terms: 30 days from invoice date. Annual fees are invoiced yearly in advance."),
    (
        "p",
        "Prices exclude VAT unless stated. This quote is subject to the Brightwell Master Subscription Agreement.",
    ),
    ("p", "Accepted for Harrowgate Logistics plc: ______________________   Date: ____________"),
]
PDF_TITLE = f"{QUOTE_PDF} - Personal - Microsoft\u200b Edge"


def quote(i: int):
    return edge_pdf(
        PDF_TITLE,
        f"file:///C:/Users/hokafor/Downloads/{QUOTE_PDF}",
        "1 of 2",
        "125%" if i < 3 else "150%",
        LETTERHEAD,
        QUOTE,
    )


# ------------------------------------------------------------------------------------------------- deals
STAGES = ["Discovery", "Demo", "Proposal", "Contract sent", "Closed won", "Closed lost"]
H_ACTIVITY = [
    ("Email", "24/11/2026 16:05", "Sent the completed security questionnaire to Gareth Lindqvist"),
    ("Meeting", "20/11/2026 11:00", "Commercial review with Gareth Lindqvist and Aisha Mensah"),
    (
        "Note",
        "18/11/2026 09:12",
        "Gareth wants the SAP connector live before their Q1 peak; two connectors needed (UK and Ireland sites).",
    ),
]


def harrowgate(updated: bool):
    amount = "£95,832.00" if updated else "£86,400.00"
    activity = H_ACTIVITY
    if updated:
        activity = [
            (
                "Note",
                "25/11/2026 10:32",
                "Amount updated to match quote Q-2026-0418 (seats, support, onboarding, connectors).",
            ),
            *H_ACTIVITY,
        ]
    return hubspot_deal(
        DEAL_H + CHROME,
        tabs(f"Inbox (12) - {MAIL}" if updated else f"Inbox (13) - {MAIL}"),
        "app-eu1.hubspot.com/contacts/26041187/record/0-3/19874462031",
        "Harrowgate Logistics – Platform expansion 2027",
        [
            ("Amount", amount),
            ("Close date", "18/12/2026"),
            ("Deal stage", "Contract sent"),
            ("Pipeline", "EMEA Mid-Market"),
        ],
        [
            ("Deal owner", ME),
            ("Deal type", "Existing business – expansion"),
            ("Contract term", "36 months"),
            ("Number of seats", "120"),
            ("Forecast category", "Commit"),
            ("Primary competitor", "Tableau"),
            ("Create date", "02/09/2026"),
            ("Last activity date", "25/11/2026" if updated else "24/11/2026"),
            ("Record ID", "19874462031"),
        ],
        STAGES,
        "Contract sent",
        activity,
        [
            (
                "Contacts (3)",
                [
                    "Gareth Lindqvist · Head of Operations",
                    "Aisha Mensah · Finance Director",
                    "Owen Pritchard · IT Manager",
                ],
            ),
            ("Companies (1)", ["Harrowgate Logistics plc · harrowgate-logistics.co.uk"]),
            ("Quotes (1)", ["Q-2026-0418 · Approved"]),
        ],
    )


def nordhafen(i: int):
    activity = [
        ("Meeting", "25/11/2026 09:30", "Discovery call with Lena Vogt and Jonas Brandt (Zoom, 45 min)"),
        ("Email", "25/11/2026 08:17", "Lena Vogt: Nordhafen: budget and agenda for today's call"),
    ]
    if i >= 2:
        activity.insert(
            0,
            (
                "Note",
                "25/11/2026 10:21",
                "Pilot in Hamburg first; decision meeting on 21/01/2027. Security pack and DPA to follow.",
            ),
        )
    return hubspot_deal(
        DEAL_N + CHROME,
        [f"Inbox (12) - {MAIL}", DEAL_N, SHEET],
        "app-eu1.hubspot.com/contacts/26041187/record/0-3/20113578440",
        "Nordhafen Logistik GmbH – Analytics Cloud pilot",
        [
            ("Amount", "€41,250.00"),
            ("Close date", "26/02/2027"),
            ("Deal stage", "Demo"),
            ("Pipeline", "EMEA Mid-Market"),
        ],
        [
            ("Deal owner", ME),
            ("Deal type", "New business"),
            ("Contract term", "12 months"),
            ("Number of seats", "75"),
            ("Forecast category", "Pipeline"),
            ("Primary competitor", "Qlik"),
            ("Create date", "18/11/2026"),
            ("Last activity date", "25/11/2026"),
            ("Record ID", "20113578440"),
        ],
        STAGES,
        "Demo",
        activity,
        [
            ("Contacts (2)", ["Lena Vogt · Leiterin Logistik-IT", "Jonas Brandt · CFO"]),
            ("Companies (1)", ["Nordhafen Logistik GmbH · nordhafen-logistik.de"]),
            ("Quotes (0)", ["No quotes yet"]),
        ],
    )


# ------------------------------------------------------------------------------------------------ sheet
COLUMNS = ["Account", "Stage", "Owner", "Amount", "Probability", "Weighted", "Close date"]
PIPELINE = [
    ["Harrowgate Logistics", "Contract sent", ME, "£86,400.00", "80%", "£69,120.00", "18/12/2026"],
    ["Calder Foods", "Negotiation", ME, "£24,750.00", "60%", "£14,850.00", "11/12/2026"],
    ["Pennine Water", "Proposal", "Ravi Desai", "£132,000.00", "40%", "£52,800.00", "29/01/2027"],
    ["Marlow & Finch", "Demo", ME, "£18,900.00", "25%", "£4,725.00", "30/01/2027"],
    ["Sefton Health Trust", "Negotiation", "Ravi Desai", "£57,300.00", "60%", "£34,380.00", "19/12/2026"],
    ["Brackley Motorsport", "Proposal", "Chloe Martin", "£41,600.00", "40%", "£16,640.00", "15/01/2027"],
    ["Tyne Freight", "Discovery", "Chloe Martin", "£9,800.00", "10%", "£980.00", "26/03/2027"],
    ["Wexford Dairies", "Closed won", ME, "£33,150.00", "100%", "£33,150.00", "20/11/2026"],
]
NORDHAFEN_ROW = ["Nordhafen Logistik", "Demo", ME, "£35,900.00", "25%", "£8,975.00", "26/02/2027"]


def pipeline(visit: int, i: int):
    """First visit: read only, the cursor moving down the Close date column. Second visit: Harrowgate's
    amount typed over (D2) and a row added for Nordhafen."""
    rows = [list(r) for r in PIPELINE]
    cell, formula = f"G{2 + i}", rows[i][6]
    if visit == 2:
        cell, formula = "D2", "86400"
        if i >= 1:
            formula = "95832"
            rows[0][3], rows[0][5] = "£95,832.00", "£76,665.60"
        if i >= 2:
            rows.append(list(NORDHAFEN_ROW))
            cell, formula = "A10", "Nordhafen Logistik"
        if i >= 4:
            cell, formula = "G10", "26/02/2027"
    return sheets(
        SHEET + CHROME,
        [f"Inbox (13) - {MAIL}" if visit == 1 else f"Inbox (12) - {MAIL}", DEAL_H, SHEET],
        "docs.google.com/spreadsheets/d/1qV7xKp2Lr0EMEAmidmkt/edit#gid=0",
        "Q4 Pipeline – EMEA Mid-Market",
        cell,
        formula,
        COLUMNS,
        rows,
        ["Pipeline", "Closed Q3", "Targets", "FX rates"],
        {3, 4, 5},
    )


# ------------------------------------------------------------------------------------------------- zoom
SECTIONS = [
    ("Starred", ["#emea-deals"]),
    ("Channels", ["#deal-desk", "#sales-uk-all", "#wins"]),
    ("Chats", ["Tom Fletcher", "Priya Raman", "Ravi Desai", "Chloe Martin"]),
]
CHANNEL = [
    (
        "Tom Fletcher",
        "8:52 AM",
        "Morning all. Forecast call is moved to Thursday 2 PM, please have your commits updated in HubSpot by tonight.",
    ),
    (
        "Ravi Desai",
        "8:57 AM",
        "Pennine Water legal came back with redlines on the MSA, Marcus is on it. Still aiming for January.",
    ),
    (
        "Chloe Martin",
        "9:01 AM",
        "Brackley Motorsport asked for a second demo with their data team, booked for 3 Dec.",
    ),
]
MINE = "Harrowgate quote approved by deal desk (Q-2026-0418). Sending it to Gareth today, they want to sign before the Christmas freeze."


def channel(i: int):
    posts = list(CHANNEL)
    composer = ""
    if i == 0:
        composer = MINE[:48]
    elif i == 1:
        composer = MINE[:101]
    else:
        posts.append((ME, "9:09 AM", MINE))
    if i >= 4:
        posts.append(("Tom Fletcher", "9:10 AM", "Nice one. Ping me as soon as Gareth countersigns."))
    return zoom_chat("Zoom Workplace", SECTIONS, "#emea-deals", "#emea-deals", "14 members", posts, composer)


DM = [
    (
        ME,
        "10:21 AM",
        "Nordhafen call went well. Lena has 38.400,00 € for year one, we're at 41.250,00 € for 75 seats.",
    ),
    (
        "Tom Fletcher",
        "10:23 AM",
        "Can you get them to 60 seats for the pilot and hold the list price? Don't go below €500 per seat without checking with me.",
    ),
    (ME, "10:24 AM", "Will do. Revised proposal goes out by Friday."),
    (
        "Tom Fletcher",
        "10:25 AM",
        "Great. And well done on Harrowgate: if they sign by 12/12 it counts for December.",
    ),
]


def direct(i: int):
    shown = DM[: min(len(DM), 1 + i)]
    return zoom_chat("Zoom Workplace", SECTIONS, "Tom Fletcher", "Tom Fletcher", "Direct message", shown, "")


# ----------------------------------------------------------------------------------------------- notion
TREE = [
    "Sales playbook",
    "Account plans",
    "Account plan – Nordhafen Logistik",
    "Account plan – Harrowgate Logistics",
    "Pricing & discounting",
    "Competitor battlecards",
    "Meeting notes",
]
PLAN = [
    ("title", "Account plan – Nordhafen Logistik"),
    (
        "props",
        [("Owner", ME), ("Status", "Discovery"), ("Region", "DACH"), ("Last edited", "24/11/2026 17:48")],
    ),
    (
        "callout",
        "Goal: land a 75-seat Analytics Cloud pilot in Hamburg before the end of Q1 2027, then expand to the Bremen "
        "and Rotterdam hubs.",
    ),
    ("h2", "Company snapshot"),
    (
        "p",
        "Nordhafen Logistik GmbH is a contract logistics provider headquartered in Hamburg, with 2,400 employees and "
        "11 warehouses in Germany and the Netherlands.",
    ),
    (
        "p",
        "Warehouse management runs on SAP EWM; stock reports are built in spreadsheets exported every night.",
    ),
    ("h2", "Stakeholders"),
    (
        "table",
        ["Name", "Role", "Stance"],
        [
            ["Lena Vogt", "Head of Logistics IT", "Champion"],
            ["Jonas Brandt", "CFO", "Economic buyer"],
            ["Maarten de Vries", "Warehouse Director Rotterdam", "Sceptical"],
        ],
    ),
    ("h2", "Pains we heard"),
    ("li", "Month-end stock reports take four days to build by hand."),
    ("li", "No single view of dock utilisation across sites."),
    ("li", "Carrier invoices are checked manually against shipments."),
    ("h2", "Commercial proposal"),
    ("p", "Pilot: 75 Analytics Cloud seats at 550,00 € per seat per year, 41.250,00 € in total, excl. VAT."),
    ("p", "Onboarding in German by our Munich partner DataWerk: fixed fee of 4.800,00 €, billed once."),
    ("h2", "Competition"),
    ("p", "They are also talking to Qlik through a Hamburg reseller; Power BI is licensed but barely used."),
    ("h2", "Next steps"),
    ("li", "Discovery call with Lena and Jonas on 25/11 (Zoom)."),
    ("li", "Send the revised pilot proposal by 27/11."),
    ("li", "Security review with their IT team by mid-December."),
    ("h2", "Risks"),
    ("p", "A budget freeze in January if the Rotterdam site merger slips."),
]
SCROLL = [0, 0, 3, 6, 6, 8, 12, 15]  # first block in view, frame by frame


def plan(i: int):
    start = SCROLL[i]
    return notion_page(
        "Account plan – Nordhafen Logistik",
        "Brightwell Sales",
        TREE,
        "Account plan – Nordhafen Logistik",
        "Account plans / Account plan – Nordhafen Logistik",
        PLAN[start : start + 12],
    )


# ---------------------------------------------------------------------------------------------- notepad
NOTES_FILE = "Nordhafen_discovery_25-11.txt"
PREP = [
    "Nordhafen discovery call – 25/11/2026 09:30",
    "Attendees: Lena Vogt, Jonas Brandt",
    "",
    "Questions:",
    "- who signs off above 40k?",
    "- timeline for the Hamburg pilot",
    "- which SAP EWM release?",
]
AFTER = [
    "",
    "Notes (after the call):",
    "- Jonas can approve up to 50.000 € without the board",
    "- SAP EWM 9.5, moving to S/4HANA in 2028",
    "- pilot start 01/02/2027, 60 users, Hamburg only",
    "- decision meeting 21/01/2027",
    "- send security pack + DPA to Lena",
]


def notes(lines: list[str]):
    text = list(lines)
    chars = sum(len(x) for x in text) + 2 * (len(text) - 1)
    status = [
        f"Ln {len(text)}, Col {len(text[-1]) + 1}",
        f"{chars} characters",
        "100%",
        "Windows (CRLF)",
        "UTF-8",
    ]
    return notepad(f"{NOTES_FILE} - Notepad", NOTES_FILE, text, status)


def typing(base: list[str], new: list[str], step: int, steps: int) -> list[str]:
    """The notes after `step` of `steps` typing bursts: the new lines appear a bit at a time, the last one
    partly typed."""
    total = sum(len(x) for x in new)
    upto = total * step // steps
    out, used = list(base), 0
    for line in new:
        if used >= upto:
            break
        out.append(line[: upto - used])
        used += len(line)
    return out or [""]


# ------------------------------------------------------------------------------------------------- day
def segments() -> list[tuple]:
    """(local start, frames, seconds between frames, screen for frame i)."""
    return [
        ("08:53:10", 4, 40, lambda i: inbox(False, False)),
        ("08:55:50", 4, 45, lambda i: message(PRIYA, 13)),
        ("08:58:50", 6, 50, quote),
        ("09:04:00", 5, 45, lambda i: harrowgate(False)),
        ("09:08:00", 5, 40, channel),
        ("09:11:40", 6, 55, lambda i: pipeline(1, i)),
        ("09:17:30", 8, 50, plan),
        ("09:24:30", 1, 40, lambda i: inbox(True, False)),
        ("09:25:10", 3, 45, lambda i: message(LENA, 12)),
        ("09:27:20", 5, 25, lambda i: notes(typing([], PREP, i + 1, 5))),
        ("09:29:30", 1, 30, lambda i: message(LENA, 12)),  # the call's time once more, then into the meeting
        # 09:30-10:15: the discovery call in a Zoom meeting; nothing is captured
        ("10:15:20", 7, 35, lambda i: notes(typing(PREP, AFTER, i + 1, 7))),
        ("10:19:40", 4, 45, nordhafen),
        ("10:23:00", 5, 45, direct),
        ("10:27:00", 5, 50, lambda i: pipeline(2, i)),
        ("10:31:20", 4, 45, lambda i: harrowgate(True)),
        ("10:34:30", 4, 40, lambda i: message(PRIYA, 12, REPLY[: i + 1] if i < 3 else REPLY)),
        ("10:37:30", 3, 45, quote),
    ]


DAY = {
    "name": "sales",
    "run": "5a1e7b02",
    "date": "2026-11-25",
    "tzid": "Europe/London",
    "offset_minutes": 0,
    "locale": "es",  # the taskbar as en-GB Windows draws it: 24-hour clock, dd/mm/yyyy (as the "es" day)
    "segments": segments,
}
