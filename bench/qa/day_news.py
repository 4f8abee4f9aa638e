"""Day "news" (Wed 2026-11-18, Bengaluru, English (India) Windows: 24-hour taskbar clock, dd-mm-yyyy, amounts in
rupees with lakh/crore grouping, ₹1,23,45,678.50, beside a few USD figures), the sixth held-out day: the deputy
business editor of a digital news outlet (the fictional The Ledger Line) runs the business desk. In the
morning she reads a PR agency's release on Orion Infratech's expressway order in Outlook, catches up on Slack,
checks the story budget board in Firefox, the Inkpress CMS's story list, the Q2 results tracker in Google
Sheets and Kaveri Finserv's quote on a market site in Edge, types desk notes in Notepad, gets a tip on
WhatsApp that Orion's CFO has resigned (her editor says to hold it), reads a market regulator's order on
Trishul Agro in Acrobat and edits her story on it in the CMS. After the edit meeting (10:00-11:30) she opens
the Kaveri holding copy in Google Docs; at 12:41 Kaveri's results release arrives, she reads it, fills the
tracker's Kaveri row and the draft is updated. After lunch the source confirms the timing on WhatsApp, she
sits in on the CFO's call (14:05-14:29) and reads its transcript in Scribely, the draft gains comments, the
Kaveri story's word count grows and it is scheduled for 16:30; legal clears the Trishul Agro copy. After the
afternoon news meeting the stock closes higher, the Kaveri story goes live at 16:30, and the day ends with
Slack, WhatsApp, the board, the CMS, Outlook, Notepad and the tracker. Apps: Chrome (Inkpress, Docs, Sheets,
Scribely), Edge (MarketDesk, dark), Firefox (the budget board), Slack (dark), Outlook (classic), Adobe
Acrobat Reader, WhatsApp Desktop (dark) and Notepad. Layouts: bench/qa/screens_news.py."""

from __future__ import annotations

from screens_news import (
    acrobat,
    board,
    cms_editor,
    cms_list,
    gdocs,
    gsheets,
    notepad,
    outlook,
    quote,
    slack,
    transcript,
    whatsapp_dark,
)

ME = "Ananya Iyer"
MY_MAIL = "ananya.iyer@ledgerline.in"


def inr(value: float, decimals: int = 2) -> str:
    """12345678.5 -> "1,23,45,678.50": the Indian grouping (thousands, then lakhs and crores in twos)."""
    neg = value < 0
    text = f"{abs(value):.{decimals}f}"
    whole, _, frac = text.partition(".")
    head, tail = whole[:-3], whole[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    if head:
        groups.insert(0, head)
    out = ",".join([*groups, tail]) if groups else tail
    return ("-" if neg else "") + out + (f".{frac}" if frac else "")


def pct(new: float, old: float) -> float:
    return round((new - old) / old * 100 + 1e-9, 1)


# --------------------------------------------------------------------------------------------- the data
KAV = dict(
    income=2184.60,
    income_ly=1799.50,
    pat=412.35,
    pat_ly=347.20,
    aum="38,950",
    gnpa="2.14%",
    gnpa_ly="2.41%",
    dividend="₹4.50",
    record="28-11-2026",
)
KAV_PAT_YOY = pct(KAV["pat"], KAV["pat_ly"])  # 18.8
KAV_INC_YOY = pct(KAV["income"], KAV["income_ly"])  # 21.4
PREV_CLOSE = 1243.10
SHARES_CR = 38.62
PRICES = {"am": 1248.35, "noon": 1276.80, "close": 1306.45}
HIGH52, LOW52 = "₹1,336.00", "₹884.10"
VOLUMES = {"am": "3,42,615", "noon": "21,08,940", "close": "64,18,230"}
KAV_ID, CMAI_ID, ORION_ID, CFO_ID = "LL-2026-11-4471", "LL-2026-11-4473", "LL-2026-11-4468", "LL-2026-11-4475"
KAV_SLUG = "kaveri-finserv-q2-fy27-profit-rises-18-8-percent"
CMAI_SLUG = "cmai-fines-trishul-agro-12-5-crore-disclosure-lapses"
KAV_HEAD = "Kaveri Finserv Q2 profit rises 18.8% to ₹412 crore as loan book grows"
CMAI_HEAD = "CMAI fines Trishul Agro ₹12.5 crore over disclosure lapses"
ORDER_NO = "CMAI/WTM/RKS/ORD/2026/1147"
PDF = "CMAI_Order_Trishul_Agro_17112026.pdf"
DISGORGE = 48625400.00  # ₹4,86,25,400.00
FREELANCE_BUDGET, FREELANCE_USED = 450000, 285500
WORDS_KAV = (587, 648)
WORDS_CMAI = (468, 502)

# the results tracker: company, revenue Q2 FY27, revenue Q2 FY26, PAT Q2 FY27, PAT Q2 FY26, results date
TRACKER = [
    ("Kaveri Finserv", KAV["income"], KAV["income_ly"], KAV["pat"], KAV["pat_ly"], "18-11-2026"),
    ("Deccan Polymers", 3412.80, 3150.25, 186.40, 201.75, "06-11-2026"),
    ("Brightwater Hotels", 942.15, 811.60, 128.90, 96.30, "17-11-2026"),
    ("Nilgiri Tea Estates", 612.40, 655.10, 41.25, 58.80, "19-11-2026"),
    ("Orion Infratech", 5286.30, 4702.90, 298.70, 254.10, "12-11-2026"),
    ("Meghna Pharma", 1874.95, 1702.35, 265.10, 233.45, "10-11-2026"),
    ("Tarang Logistics", 1128.70, 1066.20, 72.35, 69.90, "14-11-2026"),
]
NILGIRI_DATE_NEW = "20-11-2026"

PEERS = [  # company, LTP, change %, mcap (₹ cr), P/E
    ("Godavari Capital", 842.15, "+1.12%", "21,406", "18.9"),
    ("Tapti Housing Finance", 412.60, "-0.85%", "9,874", "12.4"),
    ("Narmada Credit", 2115.40, "+0.36%", "61,220", "27.3"),
    ("Sahyadri Finance", 96.75, "-2.40%", "3,118", "9.6"),
]

# CMAI order's directions: noticee, direction, amount
DIRECTIONS = [
    ("Trishul Agro Exports Ltd", "Monetary penalty", "₹12.5 crore"),
    ("Ravindra Sethi", "Restrained for two years; disgorgement", f"₹{inr(DISGORGE)}"),
    ("Manoj Tiwari", "Monetary penalty", "₹3.2 lakh"),
    ("Kavita Sethi", "Monetary penalty", "₹25,00,000"),
]


# ------------------------------------------------------------------------------------------ Outlook
OUTLOOK_TITLE = f"Inbox - {MY_MAIL} - Outlook"
ORION_MAIL = dict(
    subject="Press release: Orion Infratech bags ₹1,240 crore order from DEDC",
    sender="Tanvi Kapoor <tanvi.kapoor@brandwave.in>",
    sent="Wed 18-11-2026 08:52",
    to=f"{ME} <{MY_MAIL}>",
    attachments=["Orion_Infratech_PR_18Nov.pdf"],
    body=[
        "Dear Ananya,",
        "Please find below a press release from our client Orion Infratech Ltd for your kind consideration.",
        "Hyderabad, 18 November 2026: Orion Infratech Ltd (NSE: ORIONINF) has received a letter of award worth "
        "₹1,240 crore from the Deccan Expressway Development Corporation (DEDC) for six-laning the "
        "Hosur–Krishnagiri section (Package 3).",
        "The project is to be completed in 30 months. With this order, the company's order book stands at "
        "₹28,460 crore.",
        "Regards,",
        "Tanvi Kapoor | Brandwave Communications | +91 98450 31277",
    ],
)
CMAI_MAIL = dict(
    subject="CMAI order in the matter of Trishul Agro Exports Ltd",
    sender="CMAI Press Office <press@cmai.gov.in>",
    sent="Tue 17-11-2026 19:20",
    to="Media list",
    attachments=[PDF],
    body=[
        "The Capital Markets Authority of India has today passed a final order in the matter of Trishul Agro "
        "Exports Ltd.",
        f"Order No. {ORDER_NO} is attached and is also available on the Authority's website.",
        "Press Office, Capital Markets Authority of India, Mumbai",
    ],
)
FIN_MAIL = dict(
    subject="Freelance budget: Business desk, Q3 FY27",
    sender="Finance – Ledger Line <finance@ledgerline.in>",
    sent="Wed 18-11-2026 07:58",
    to=f"{ME} <{MY_MAIL}>",
    cc="Rohan Mehta <rohan.mehta@ledgerline.in>",
    body=[
        "Hi Ananya,",
        f"The business desk's freelance budget for Q3 FY27 is Rs. {inr(FREELANCE_BUDGET, 0)}.",
        f"Invoices booked so far this quarter: Rs. {inr(FREELANCE_USED, 0)}.",
        "Please send new invoices by the 25th so they are paid this month.",
        "Thanks, Accounts team",
    ],
)
KAV_MAIL = dict(
    subject="Kaveri Finserv Q2 FY27 results: PAT up 18.8% YoY",
    sender="Kaveri Finserv Investor Relations <investors@kaverifinserv.co.in>",
    sent="Wed 18-11-2026 12:41",
    to="Media; Analysts",
    attachments=["KFL_Q2FY27_Results.pdf", "KFL_Investor_Presentation_Q2FY27.pdf"],
    body=[
        f"Bengaluru, 18 November 2026: Kaveri Finserv Ltd (NSE: KAVFIN) today reported a net profit of "
        f"₹{KAV['pat']:,.2f} crore for the quarter ended 30 September 2026, up {KAV_PAT_YOY}% from "
        f"₹{KAV['pat_ly']:,.2f} crore a year ago.",
        f"Total income rose {KAV_INC_YOY}% to ₹{KAV['income']:,.2f} crore (Q2 FY26: ₹{KAV['income_ly']:,.2f} crore).",
        f"Assets under management stood at ₹{KAV['aum']} crore, up 24.2% year on year. Gross NPA improved to "
        f"{KAV['gnpa']} from {KAV['gnpa_ly']}.",
        f"The board declared an interim dividend of {KAV['dividend']} per share; the record date is {KAV['record']}.",
        "Media contact: Nandini Rao, Head – Investor Relations, +91 80 4719 2260, nandini.rao@kaverifinserv.co.in",
    ],
)
LEGAL_MAIL = dict(
    subject="RE: Trishul Agro copy – legal notes",
    sender="Priya Venkataraman <priya.v@ledgerline.in>",
    sent="Wed 18-11-2026 14:21",
    to=f"{ME} <{MY_MAIL}>",
    cc="Rohan Mehta <rohan.mehta@ledgerline.in>",
    body=[
        "Ananya, cleared with two changes:",
        "1. Para 3: drop 'siphoned'; say the order 'found' the transactions were not disclosed.",
        "2. Attribute the ₹86.40 crore figure to the order, not to our own reporting.",
        "OK to publish after 5 pm once the company's response is in. Priya",
    ],
)


def _inbox(phase: str) -> list:
    items = []
    if phase in ("noon", "pm", "eve"):
        items.append(
            (
                "Kaveri Finserv Investor Relations",
                KAV_MAIL["subject"],
                "Bengaluru, 18 November 2026: Kaveri",
                "12:41",
                phase == "noon",
            )
        )
    if phase in ("pm", "eve"):
        items.insert(
            0,
            (
                "Priya Venkataraman",
                LEGAL_MAIL["subject"],
                "Ananya, cleared with two changes:",
                "14:21",
                phase == "pm",
            ),
        )
    if phase == "eve":
        items.insert(
            0,
            (
                "Rohan Mehta",
                "Tomorrow: Orion board meet, Nilgiri Tea Q2",
                "Let's plan the Orion CFO story for after the filing",
                "17:32",
                True,
            ),
        )
    items += [
        (
            "Tanvi Kapoor",
            ORION_MAIL["subject"],
            "Dear Ananya, Please find below a press release",
            "08:52",
            phase == "am",
        ),
        (
            "Finance – Ledger Line",
            FIN_MAIL["subject"],
            "Hi Ananya, The business desk's freelance budget",
            "07:58",
            phase in ("am", "late-am"),
        ),
        ("Rohan Mehta", "Budget for Wed 18 Nov", "Kaveri is the lead; CMAI order second", "07:41", False),
        (
            "CMAI Press Office",
            CMAI_MAIL["subject"],
            "The Capital Markets Authority of India has today",
            "Tue 17-11",
            phase == "am",
        ),
        (
            "Shreya Pillai",
            "Invoice: October features",
            "Please find my invoice for two features",
            "Tue 17-11",
            False,
        ),
    ]
    return items


def mail(phase: str, reading: dict | None):
    items = _inbox(phase)
    if reading is not None:
        items = [(w, s, p, t, False if s == reading["subject"] else u) for w, s, p, t, u in items]
    sel = next((i for i, it in enumerate(items) if reading and it[1] == reading["subject"]), 0)
    unread = sum(1 for it in items if it[4])
    folders = [
        ("Favourites", ""),
        ("Inbox", str(unread) if unread else ""),
        ("Drafts", "2"),
        ("Sent Items", ""),
        ("Press releases", ""),
        ("Archive", ""),
    ]
    return outlook(OUTLOOK_TITLE, folders, items, sel, reading)


# -------------------------------------------------------------------------------------------- Slack
SLACK_SECTIONS = lambda unread: [  # noqa: E731
    (
        "Channels",
        [
            ("# biz-desk", "biz" in unread),
            ("# markets-live", "mkt" in unread),
            ("# legal-queries", False),
            ("# photo-desk", False),
        ],
    ),
    (
        "Direct messages",
        [
            ("Rohan Mehta", "rohan" in unread),
            ("Fatima Sheikh", "fatima" in unread),
            ("Karan Malhotra", False),
        ],
    ),
]
BIZ_TOPIC = "Business desk · Wed 18 Nov: Kaveri Q2 (lead), CMAI order, Orion order win"
BIZ_AM = [
    (
        "Rohan Mehta",
        "9:02 AM",
        [
            "Morning all. Big one today: Kaveri Finserv Q2 after the board meet, release "
            "expected around 12:30 pm."
        ],
    ),
    ("Divya Nair", "9:05 AM", [f"On it. Holding copy is in Inkpress ({KAV_ID})."]),
    ("Karan Malhotra", "9:08 AM", ["Orion Infratech order win copy filed, 344 words. Needs a top."]),
    (
        "Rohan Mehta",
        "9:11 AM",
        [
            "@Ananya can you take the CMAI order on Trishul Agro? Legal wants to see it before it goes.",
            "↳ 2 replies",
        ],
    ),
    ("Ananya Iyer", "9:13 AM", ["Yes, taking it. Will send to Priya by 10."]),
]
BIZ_AM2 = [("Karan Malhotra", "9:52 AM", ["Orion order story is live: 10:15 am slot moved up to 9:50 am."])]
BIZ_MID = [
    (
        "Rohan Mehta",
        "11:31 AM",
        ["From the edit meeting: Kaveri story to go at 4:30 pm, 600-650 words, with a chart from Arjun."],
    ),
    ("Arjun Bose", "11:33 AM", ["Chart will be ready by 3:45 pm. Need the segment-wise AUM split."]),
]
BIZ_NOON = [
    (
        "Divya Nair",
        "12:50 PM",
        [f"Kaveri release is out: PAT ₹{KAV['pat']} cr, up {KAV_PAT_YOY}%. Updating the draft now."],
    )
]
BIZ_LATE = [
    ("Rohan Mehta", "3:49 PM", ["Stock closed at the day's high. Put the closing price in para 4."]),
]
BIZ_EVE = [
    ("Rohan Mehta", "5:34 PM", ["Kaveri story did 41,260 pageviews in its first hour. Well done, team."]),
    ("Fatima Sheikh", "5:36 PM", ["Trishul Agro piece is live too, at 5:00 pm."]),
]


def slack_biz(phase: str, i: int = 0):
    msgs = {
        "am": BIZ_AM[: 3 + i],
        "am2": BIZ_AM[1:] + BIZ_AM2,
        "mid": BIZ_AM[3:] + BIZ_AM2 + BIZ_MID[: 1 + min(i, 1)],
        "noon": BIZ_AM2 + BIZ_MID + BIZ_NOON,
        "late": BIZ_MID + BIZ_NOON + BIZ_LATE,
        "eve": BIZ_NOON + BIZ_LATE + BIZ_EVE,
    }[phase]
    return slack(
        "biz-desk (Channel) - Ledger Line - Slack",
        "Ledger Line",
        SLACK_SECTIONS("rohan" if phase == "am" else ""),
        "# biz-desk",
        "# biz-desk",
        BIZ_TOPIC,
        msgs,
    )


def slack_rohan(i: int):
    msgs = [
        (
            "Ananya Iyer",
            "9:38 AM",
            [
                "Tip from a source: Orion Infratech CFO Harish Kulkarni has resigned. "
                "Board to take note tomorrow at 11 am."
            ],
        ),
        (
            "Rohan Mehta",
            "9:39 AM",
            [
                "Good get. Don't run it till we have a second source or the exchange "
                "filing. Park it in Inkpress as On hold."
            ],
        ),
        ("Ananya Iyer", "9:40 AM", [f"Done, it's {CFO_ID}."]),
    ][: i + 1]
    return slack(
        "Rohan Mehta (DM) - Ledger Line - Slack",
        "Ledger Line",
        SLACK_SECTIONS("biz"),
        "Rohan Mehta",
        "Rohan Mehta",
        "Business Editor · Bengaluru",
        msgs,
    )


def slack_markets(i: int):
    msgs = [
        ("Karan Malhotra", "12:58 PM", ["KAVFIN up 2.7% after the results, at 1,276.80."]),
        (
            "Karan Malhotra",
            "1:52 PM",
            ["Brokerages: Alder & Co raises target to ₹1,450 (Buy); Meridian Securities at ₹1,380 (Add)."],
        ),
        ("Ananya Iyer", "1:53 PM", ["Thanks Karan, will use both in the Kaveri copy."]),
    ][: 2 + i]
    return slack(
        "markets-live (Channel) - Ledger Line - Slack",
        "Ledger Line",
        SLACK_SECTIONS("biz"),
        "# markets-live",
        "# markets-live",
        "Intraday moves, brokerage calls, F&O",
        msgs,
    )


def slack_fatima(i: int):
    msgs = [
        (
            "Fatima Sheikh",
            "2:42 PM",
            [
                f"Kaveri copy: {WORDS_KAV[1]} words, subbed and cleared. Headline is 68 "
                "characters, fine for the homepage."
            ],
        ),
        ("Ananya Iyer", "2:43 PM", ["Thanks Fatima. Scheduling it for 4:30 pm."]),
    ][: 1 + i]
    return slack(
        "Fatima Sheikh (DM) - Ledger Line - Slack",
        "Ledger Line",
        SLACK_SECTIONS(""),
        "Fatima Sheikh",
        "Fatima Sheikh",
        "Chief Copy Editor",
        msgs,
    )


# ---------------------------------------------------------------------------------------------- CMS
CMS_TITLE = "Stories · Inkpress – The Ledger Line - Google Chrome"
CMS_TABS = ["Stories · Inkpress", "Gmail", "MarketDesk"]


def cms_rows(phase: str) -> list[list[str]]:
    kav = {
        "am": ["Draft", "120", "08:55", "—"],
        "pm": ["Scheduled", str(WORDS_KAV[1]), "14:42", "18-11-2026 16:30"],
        "live": ["Published", str(WORDS_KAV[1]), "16:30", "18-11-2026 16:30"],
    }
    cmai = {
        "am": ["Legal review", str(WORDS_CMAI[1]), "09:51", "—"],
        "pm": ["Scheduled", str(WORDS_CMAI[1]), "14:51", "18-11-2026 17:00"],
        "live": ["Published", str(WORDS_CMAI[1]), "17:00", "18-11-2026 17:00"],
    }
    k = "live" if phase in ("live", "eve") else ("pm" if phase in ("pm", "sched") else "am")
    c = "live" if phase == "eve" else ("pm" if phase in ("pm", "sched", "live") else "am")
    if phase == "am0":
        cmai_row = ["Legal review", str(WORDS_CMAI[0]), "09:05", "—"]
    else:
        cmai_row = cmai[c]
    rows = [
        [
            KAV_ID,
            "Kaveri Finserv Q2 results (holding copy)" if k == "am" else KAV_HEAD,
            "Business",
            "Divya Nair",
            *kav[k],
        ],
        [CMAI_ID, CMAI_HEAD, "Policy", ME, *cmai_row],
        [
            ORION_ID,
            "Orion Infratech wins ₹1,240-crore expressway order",
            "Business",
            "Divya Nair",
            *(
                ["In edit", "344", "09:20", "—"]
                if phase == "am0"
                else ["Published", "398", "09:50", "18-11-2026 09:50"]
            ),
        ],
        [
            "LL-2026-11-4466",
            "Rupee opens 6 paise weaker at 84.68 against dollar",
            "Markets",
            "Karan Malhotra",
            "Published",
            "286",
            "09:12",
            "18-11-2026 09:15",
        ],
        [
            "LL-2026-11-4459",
            "Brightwater Hotels Q2 profit jumps 33.9% on wedding demand",
            "Business",
            "Karan Malhotra",
            "Published",
            "512",
            "08:40",
            "18-11-2026 08:45",
        ],
    ]
    if phase != "am0":
        rows.insert(
            3,
            [
                CFO_ID,
                "Orion Infratech CFO Harish Kulkarni resigns",
                "Business",
                ME,
                "On hold",
                "96",
                "09:41",
                "—",
            ],
        )
    if phase == "eve":
        rows.insert(
            0,
            [
                "LL-2026-11-4482",
                "Rupee closes at 84.62, up 6 paise",
                "Markets",
                "Karan Malhotra",
                "Published",
                "240",
                "16:05",
                "18-11-2026 16:05",
            ],
        )
    return rows


def cms_stories(phase: str):
    rows = cms_rows(phase)
    live = sum(r[4] == "Published" for r in rows)
    return cms_list(
        CMS_TITLE,
        CMS_TABS,
        ["Business desk", "All desks", "Mine", "Scheduled", "Published"],
        rows,
        0 if phase != "am" else 1,
        f"{len(rows)} stories · {live} published today",
    )


CMAI_PARAS = [
    "The Capital Markets Authority of India (CMAI) has imposed a penalty of ₹12.5 crore on Trishul Agro Exports "
    "Ltd and barred its promoter and managing director Ravindra Sethi from the securities market for two years, "
    "in an order dated 17 November.",
    f"The order, No. {ORDER_NO}, found that the company did not disclose related-party transactions worth "
    f"₹86.40 crore in FY25 and FY26.",
    f"Sethi has been directed to disgorge ₹{inr(DISGORGE)}. Compliance officer Manoj Tiwari was fined ₹3.2 lakh.",
]
CMAI_EXTRA = (
    "Trishul Agro did not respond to an e-mail seeking comment. Its shares fell 4.6% to ₹211.30 on Wednesday."
)


def cms_cmai(phase: str, i: int):
    words = WORDS_CMAI[0] if (phase == "am" and i < 2) else WORDS_CMAI[1]
    paras = CMAI_PARAS + ([CMAI_EXTRA] if words == WORDS_CMAI[1] else [])
    status = "Legal review" if phase == "am" or i < 2 else "Scheduled"
    sched = "18-11-2026 17:00" if status == "Scheduled" else "Not scheduled"
    meta = [
        ("Slug", CMAI_SLUG),
        ("Byline", ME),
        ("Section", "Policy"),
        ("Tags", "CMAI, Trishul Agro, regulation"),
        ("Word count", f"{words} words"),
        ("Scheduled publish", sched),
        ("Legal sign-off", "Priya Venkataraman" if status == "Scheduled" else "Pending"),
    ]
    return cms_editor(
        f"Edit: {CMAI_ID} · Inkpress - Google Chrome",
        CMS_TABS,
        CMAI_ID,
        meta,
        CMAI_HEAD,
        "The regulator's order also bars promoter Ravindra Sethi for two years",
        paras,
        status,
        f"{words} words",
        f"Autosaved {['09:48', '09:49', '09:50', '09:51'][i] if phase == 'am' else f'14:{48 + i}'}",
    )


KAV_PARAS = [
    f"Kaveri Finserv Ltd on Wednesday reported an {KAV_PAT_YOY} per cent rise in net profit to ₹{KAV['pat']} crore "
    f"for the July-September quarter, helped by strong growth in its loan book.",
    f"Total income rose {KAV_INC_YOY} per cent to ₹{KAV['income']:,.2f} crore. Gross NPA improved to {KAV['gnpa']} "
    f"from {KAV['gnpa_ly']} a year ago.",
    "CFO Sunita Raghavan said the lender plans to raise USD 250 million through an external commercial "
    "borrowing and up to ₹1,500 crore via NCDs in the fourth quarter.",
]
KAV_PARA4 = f"Shares of Kaveri Finserv closed 5.1 per cent higher at ₹{PRICES['close']:,.2f} on the NSE."


def cms_kaveri(i: int):
    words = WORDS_KAV[0] if i < 2 else WORDS_KAV[1]
    status = "Scheduled" if i == 3 else "In edit"
    meta = [
        ("Slug", KAV_SLUG),
        ("Byline", "Divya Nair"),
        ("Section", "Companies"),
        ("Tags", "Kaveri Finserv, NBFC, Q2 results"),
        ("Word count", f"{words} words"),
        ("Scheduled publish", "18-11-2026 16:30" if status == "Scheduled" else "Not scheduled"),
        ("Chart", "kaveri-q2-aum-split.png (Arjun Bose)"),
    ]
    paras = KAV_PARAS + (["Brokerage Alder & Co raised its target price to ₹1,450."] if i >= 2 else [])
    return cms_editor(
        f"Edit: {KAV_ID} · Inkpress - Google Chrome",
        CMS_TABS,
        KAV_ID,
        meta,
        KAV_HEAD,
        "Assets under management up 24.2%; interim dividend of ₹4.50 a share",
        paras,
        status,
        f"{words} words",
        f"Autosaved 14:{38 + i}",
    )


# --------------------------------------------------------------------------------------------- Docs
DOC_TITLE = "Kaveri Finserv Q2 FY27 – draft - Google Docs - Google Chrome"
DOC_TABS = ["Kaveri Finserv Q2 FY27 – draft", "Stories · Inkpress", "Slack"]
DOC_HOLD = [
    "Kaveri Finserv Ltd on Wednesday reported a [TK] per cent rise/fall in net profit to ₹[TK] crore for the "
    "July-September quarter.",
    "Total income rose/fell [TK] per cent to ₹[TK] crore (Q2 FY26: ₹1,799.50 crore; net profit ₹347.20 crore).",
    "Background: Bengaluru-based NBFC, AUM ₹31,360 crore a year ago; stock up 38% in 2026 so far.",
]


def docs(stage: str, i: int = 0):
    if stage == "hold":
        paras, comments, heading = DOC_HOLD, [], "Kaveri Finserv Q2 – holding copy"
    else:
        paras, heading = KAV_PARAS[:2] + DOC_HOLD[2:], KAV_HEAD
        comments = []
        if stage == "notes":
            paras = KAV_PARAS + ["[Add brokerage reactions from #markets-live]"]
            comments = [
                (
                    "Rohan Mehta",
                    "2:31 pm Today",
                    "Add the GNPA comparison in para 2 and the dividend record date.",
                ),
                (
                    "Fatima Sheikh",
                    "2:34 pm Today",
                    "Style: '18.8 per cent' in body copy; % only in headlines.",
                ),
                ("Divya Nair", "2:36 pm Today", "CFO quote on the ECB added from the Scribely transcript."),
            ][: 1 + i]
    s = gdocs(
        DOC_TITLE,
        DOC_TABS,
        "Kaveri Finserv Q2 FY27 – draft",
        paras,
        comments,
        f"{WORDS_KAV[0]} words" if stage == "notes" and i == 3 else "",
        heading,
    )
    if stage == "hold" and i == 3:
        s.notify("Outlook", "Kaveri Finserv Investor Relations", KAV_MAIL["subject"])
    return s


# ------------------------------------------------------------------------------------------- Sheets
SHEET_TITLE = "Q2 FY27 results tracker - Google Sheets - Google Chrome"
SHEET_HEAD = [
    "Company",
    "Revenue Q2 FY27 (₹ cr)",
    "Revenue Q2 FY26 (₹ cr)",
    "Net profit Q2 FY27 (₹ cr)",
    "Net profit Q2 FY26 (₹ cr)",
    "PAT YoY %",
    "Results date",
]


def tracker(kav_filled: int, nilgiri: str = "19-11-2026") -> list[list[str]]:
    """The grid; kav_filled says how many of Kaveri's Q2 FY27 cells (revenue, profit, YoY) are typed in."""
    rows = [SHEET_HEAD]
    for name, rev, rev_ly, pat, pat_ly, date in TRACKER:
        row = [
            name,
            f"{rev:,.2f}",
            f"{rev_ly:,.2f}",
            f"{pat:,.2f}",
            f"{pat_ly:,.2f}",
            f"{pct(pat, pat_ly)}%",
            date,
        ]
        if name == "Kaveri Finserv":
            row[1] = row[1] if kav_filled >= 1 else "Awaited"
            row[3] = row[3] if kav_filled >= 2 else "Awaited"
            row[5] = row[5] if kav_filled >= 3 else ""
        if name == "Nilgiri Tea Estates":
            row[6] = nilgiri
        rows.append(row)
    return rows


def sheet(phase: str, i: int = 0):
    tabs = ["Q2 FY27 results tracker", "Stories · Inkpress", "Slack"]
    if phase == "am":
        rows, sel, cell, f = tracker(0), (2, 0), "A3", "Deccan Polymers"
    elif phase == "edit":
        rows = tracker(min(i + 1, 3))
        sel = [(1, 1), (1, 3), (1, 5), (1, 5)][i]
        cell = ["B2", "D2", "F2", "F2"][i]
        f = ["2184.6", "412.35", "=ROUND((D2-E2)/E2*100,1)", "=ROUND((D2-E2)/E2*100,1)"][i]
    elif phase == "late":
        rows = tracker(3, NILGIRI_DATE_NEW if i else "19-11-2026")
        sel, cell, f = (4, 6), "G5", NILGIRI_DATE_NEW if i else "19-11-2026"
    else:
        rows, sel, cell, f = tracker(3, NILGIRI_DATE_NEW), (3, 5), "F4", "=ROUND((D4-E4)/E4*100,1)"
    return gsheets(
        SHEET_TITLE,
        tabs,
        "Q2 FY27 results tracker",
        cell,
        f,
        rows,
        sel,
        ["Q2 FY27", "Q1 FY27", "Results calendar"],
    )


# ------------------------------------------------------------------------------------------- quote
QUOTE_TITLE = "Kaveri Finserv share price – KAVFIN | MarketDesk - Microsoft Edge"


def stock(phase: str):
    p = PRICES[phase]
    ch = p - PREV_CLOSE
    asof = {
        "am": "As on 18 Nov 2026, 09:23 IST · NSE",
        "noon": "As on 18 Nov 2026, 12:53 IST · NSE",
        "close": "Close · 18 Nov 2026, 15:30 IST · NSE",
    }[phase]
    day_hi = {"am": "₹1,251.90", "noon": "₹1,284.25", "close": "₹1,309.80"}[phase]
    stats = [
        ("Previous close", f"₹{inr(PREV_CLOSE)}"),
        ("Open", "₹1,245.00"),
        ("Day's high", day_hi),
        ("Day's low", "₹1,240.15"),
        ("52-week high", HIGH52),
        ("52-week low", LOW52),
        ("Market cap", f"₹{inr(round(p * SHARES_CR), 0)} Cr"),
        ("Volume", VOLUMES[phase]),
        ("P/E (TTM)", {"am": "24.6", "noon": "25.2", "close": "25.7"}[phase]),
        ("Dividend yield", "0.72%"),
    ]
    peers = [[n, f"{ltp:,.2f}", c, m, pe] for n, ltp, c, m, pe in PEERS]
    news = (
        [("Kaveri Finserv Q2 net profit rises 18.8% YoY", "MarketDesk · 12:46 IST")] if phase != "am" else []
    )
    news += [
        ("NBFC stocks in focus ahead of Q2 numbers", "MarketDesk · 08:10 IST"),
        ("Rupee opens 6 paise weaker at 84.68", "MarketDesk · 09:16 IST"),
    ]
    return quote(
        QUOTE_TITLE,
        ["Kaveri Finserv share price", "Outlook"],
        "NSE: KAVFIN · BSE: 543871",
        "Kaveri Finserv Ltd",
        f"₹{inr(p)}",
        f"{'+' if ch >= 0 else ''}{ch:,.2f} ({ch / PREV_CLOSE * 100:+.2f}%)",
        ch >= 0,
        asof,
        stats,
        ["Company", "LTP (₹)", "Change %", "Mcap (₹ cr)", "P/E"],
        peers,
        news,
    )


# ------------------------------------------------------------------------------------------ Acrobat
def order_pdf(page: int):
    title = f"{PDF} - Adobe Acrobat Reader (64-bit)"
    if page == 1:
        blocks = [
            ("c", "CAPITAL MARKETS AUTHORITY OF INDIA"),
            ("c", "FINAL ORDER"),
            ("c", "Under Sections 11 and 11B of the CMAI Act, 1994"),
            ("p", f"Order No.: {ORDER_NO}"),
            ("p", "Date: 17-11-2026"),
            ("h", "In the matter of Trishul Agro Exports Ltd"),
            (
                "t",
                [
                    ["Noticee No.", "Name", "Role"],
                    ["1", "Trishul Agro Exports Ltd", "Company"],
                    ["2", "Ravindra Sethi", "Promoter and Managing Director"],
                    ["3", "Manoj Tiwari", "Compliance Officer"],
                    ["4", "Kavita Sethi", "Promoter and Director"],
                ],
            ),
            ("h", "Background"),
            (
                "p",
                "1. Trishul Agro Exports Ltd, listed on the exchanges since 2014, exports basmati rice and "
                "spices from its plant at Karnal, Haryana.",
            ),
            (
                "p",
                "2. An examination of the company's filings for FY25 and FY26 found related-party transactions "
                "worth ₹86.40 crore with entities controlled by Noticee No. 2 that were not disclosed to the "
                "exchanges or approved by the audit committee.",
            ),
        ]
        pg = "1 / 14"
    else:
        blocks = [
            ("h", "Directions"),
            (
                "p",
                "48. In view of the foregoing, I, in exercise of the powers conferred under Sections 11 and 11B "
                "of the CMAI Act, 1994, hereby issue the following directions:",
            ),
            ("t", [["Noticee", "Direction", "Amount"], *[list(r) for r in DIRECTIONS]]),
            ("p", "49. The penalties shall be paid within 45 days of the receipt of this order."),
            (
                "p",
                "50. Noticee No. 2 shall not hold any position of director or key managerial personnel in a "
                "listed company for two years from the date of this order.",
            ),
            ("p", "Sd/-"),
            ("p", "R. K. Srinivasan, Whole-Time Member"),
            ("p", "Place: Mumbai"),
        ]
        pg = "12 / 14"
    return acrobat(title, PDF, pg, "100%", blocks)


# ----------------------------------------------------------------------------------------- WhatsApp
WA_CHATS = lambda last, when, badge: [  # noqa: E731
    ("Vikram D", last, when, badge),
    ("Biz Desk (Ledger Line)", "Karan: Rupee closes at 84.62", "Yesterday", ""),
    ("Amma", "Call me when you're free", "Yesterday", ""),
    ("Tanvi Kapoor (Brandwave)", "Sent the Orion PR to your mail", "Yesterday", ""),
]
WA_AM = [
    ("Hi Ananya, heads up. Harish Kulkarni has put in his papers at Orion Infratech.", "9:31 am", False),
    ("Board meeting tomorrow at 11 to take note. Not public yet.", "9:32 am", False),
    ("Thanks Vikram. Any idea who takes over as CFO?", "9:35 am", True),
    ("Deputy CFO Meenal Joshi is likely to be interim CFO.", "9:36 am", False),
]
WA_PM = [
    ("Orion will file with the exchanges after the board meet, around 1 pm tomorrow.", "1:40 pm", False),
    ("Will hold till the filing. Do you know the effective date?", "1:50 pm", True),
    ("Effective 31 December. His letter is dated 16 Nov.", "1:51 pm", False),
]
WA_EVE = [
    ("Btw Kaveri's ECB is being arranged by Meridian Bank and Sakura Trust.", "5:31 pm", False),
    ("Noted, thanks!", "5:38 pm", True),
]


def wa(phase: str, i: int):
    if phase == "am":
        bub = WA_AM[: 2 + i]
    elif phase == "pm":
        bub = WA_AM + WA_PM[: 1 + i]
    else:
        bub = WA_AM[2:] + WA_PM + WA_EVE[: 1 + i]
    last, when, _ = bub[-1]
    return whatsapp_dark(
        "WhatsApp", WA_CHATS(last, when, ""), 0, ("Vikram D", "last seen today at " + when), "TODAY", bub
    )


# -------------------------------------------------------------------------------------------- board
BOARD_TITLE = "Business desk budget · Wed 18 Nov — Mozilla Firefox"


def budget(phase: str):
    cfo = ("Orion Infratech CFO exit (tip, needs 2nd source)", ME, "TBC")
    tea = ("Tea prices slump at Coonoor auction", "Divya Nair", "Thu")
    kav = ("Kaveri Finserv Q2 results", "Divya Nair", "4:30 pm")
    nil = ("Nilgiri Tea Estates Q2 preview", "Karan Malhotra", "6:00 pm")
    orion = ("Orion Infratech ₹1,240-cr order", "Divya Nair", "9:50 am" if phase != "am" else "10:15 am")
    cmai = ("CMAI order on Trishul Agro", ME, "5:00 pm")
    live = [
        ("Brightwater Hotels Q2", "Karan Malhotra", "8:45 am"),
        ("Rupee opens at 84.68", "Karan Malhotra", "9:15 am"),
    ]
    if phase == "am":
        cols = [
            ("Pitched", [cfo, tea]),
            ("Reporting", [kav, nil]),
            ("On the desk", [orion, cmai]),
            ("Scheduled", []),
            ("Live", live),
        ]
    elif phase == "pm":
        cols = [
            ("Pitched", [tea]),
            ("Reporting", [nil, ("Orion CFO exit (hold till filing)", ME, "Thu")]),
            ("On the desk", [cmai]),
            ("Scheduled", [kav]),
            ("Live", [orion, *live]),
        ]
    else:
        cols = [
            ("Pitched", [tea]),
            ("Reporting", [("Orion CFO exit (hold till filing)", ME, "Thu")]),
            ("On the desk", [nil]),
            ("Scheduled", []),
            ("Live", [kav, cmai, orion, *live]),
        ]
    return board(
        BOARD_TITLE, ["Business desk budget", "Inkpress"], "Business desk budget · Wed 18 Nov 2026", cols
    )


# ------------------------------------------------------------------------------------------ Scribely
TURNS = [
    (ME, "00:00:04", "Thanks for making time, Sunita. Let's start with loan growth."),
    (
        "Sunita Raghavan",
        "00:00:41",
        f"AUM grew 24.2% to ₹{KAV['aum']} crore. We are guiding for 22 to 24 per cent "
        "growth for the full year.",
    ),
    ("Divya Nair", "00:03:18", "What about credit costs?"),
    (
        "Sunita Raghavan",
        "00:03:30",
        "Credit cost was 1.62% annualised, down from 1.85% in the first quarter.",
    ),
    (ME, "00:07:55", "And funding for the second half?"),
    (
        "Sunita Raghavan",
        "00:08:06",
        "We have board approval to raise USD 250 million through an ECB and up to "
        "₹1,500 crore via NCDs in Q4.",
    ),
    ("Sunita Raghavan", "00:12:40", "Gold loans are now 11% of the book; we will cap them at 15%."),
    (ME, "00:15:02", "Any plans for new branches?"),
    (
        "Sunita Raghavan",
        "00:15:20",
        "We will open 120 branches in FY27, mostly in Karnataka, Telangana and "
        "Maharashtra, taking the total to 1,480.",
    ),
    ("Divya Nair", "00:21:47", "Last one: any change at the top?"),
    ("Sunita Raghavan", "00:21:58", "No. Our MD Venkat Subramanian's term runs to March 2029."),
]


def scribe(i: int):
    turns = TURNS[:7] if i < 3 else TURNS[4:]
    return transcript(
        "Kaveri Finserv – CFO call (Q2 FY27) | Scribely - Google Chrome",
        ["Kaveri Finserv – CFO call", "Kaveri Finserv Q2 FY27 – draft"],
        "Kaveri Finserv – CFO call (Q2 FY27)",
        "Recorded 18 Nov 2026, 14:05 · 24 min · 3 speakers",
        [("Sunita Raghavan", "14 min 10 s"), (ME, "6 min 35 s"), ("Divya Nair", "3 min 15 s")],
        turns,
        ["00:00 / 24:12", "03:30 / 24:12", "08:06 / 24:12", "15:20 / 24:12", "21:58 / 24:12"][i],
    )


# ------------------------------------------------------------------------------------------ Notepad
NOTES = [
    "18-11 desk",
    "- Kaveri Q2: release ~12:30, CFO call 2:05 pm (dial-in 1800 209 4418, PIN 552781)",
    f"- Trishul Agro: order {ORDER_NO}, Priya to vet before publishing",
    "- Freelancers: Shreya Pillai Rs. 18,500 (Oct features); Anand Kamath Rs. 12,000",
    "- Orion CFO: 2nd source? Vikram says board meet tomorrow 11 am",
    "- Kaveri story live 4:30 pm, 648 words; 41,260 views in first hour",
    "- Tomorrow: Orion filing ~1 pm; Nilgiri Tea Q2 now on 20-11-2026",
]


def notes(n: int):
    text = NOTES[:n]
    return notepad(
        "desk-notes.txt - Notepad",
        ["desk-notes.txt", "pitches.txt"],
        0,
        text,
        f"Ln {len(text)}, Col {len(text[-1]) + 1}  |  100%  |  Windows (CRLF)  |  UTF-8",
    )


# ------------------------------------------------------------------------------------------------- day
def segments() -> list[tuple]:
    """(local start, frames, seconds between frames, screen for frame i)."""
    return [
        ("09:10:00", 1, 40, lambda i: mail("am", None)),
        ("09:10:40", 2, 45, lambda i: mail("am", ORION_MAIL)),
        ("09:14:00", 3, 45, lambda i: slack_biz("am", i)),
        ("09:16:30", 2, 50, lambda i: budget("am")),
        ("09:18:30", 3, 45, lambda i: cms_stories("am0")),
        ("09:21:00", 2, 50, lambda i: sheet("am")),
        ("09:23:00", 2, 50, lambda i: stock("am")),
        ("09:25:30", 3, 40, lambda i: notes(2 + i)),
        # 09:27-09:36: a call with the Kaveri Finserv IR team
        ("09:36:00", 3, 40, lambda i: wa("am", i)),
        ("09:38:10", 3, 45, slack_rohan),
        ("09:40:30", 2, 40, lambda i: mail("am", CMAI_MAIL)),
        ("09:42:00", 2, 60, lambda i: order_pdf(1)),
        ("09:44:00", 3, 50, lambda i: order_pdf(12)),
        ("09:47:30", 4, 45, lambda i: cms_cmai("am", i)),
        ("09:50:40", 1, 40, lambda i: notes(5)),
        ("09:51:30", 2, 45, lambda i: cms_stories("am")),
        ("09:53:20", 2, 45, lambda i: slack_biz("am2")),
        # 10:00-11:30: the edit meeting
        ("11:32:00", 3, 50, lambda i: docs("hold", i)),
        ("11:34:40", 3, 45, lambda i: slack_biz("mid", i)),
        ("11:37:20", 2, 45, lambda i: mail("late-am", FIN_MAIL)),
        ("11:39:10", 1, 45, lambda i: budget("am")),
        # 11:41-12:38: a call with Tanvi Kapoor and the homepage rota
        ("12:38:00", 4, 60, lambda i: docs("hold", i)),
        ("12:42:00", 4, 45, lambda i: mail("noon", KAV_MAIL)),
        ("12:45:10", 4, 45, lambda i: sheet("edit", i)),
        ("12:48:20", 3, 50, lambda i: docs("filled", i)),
        ("12:51:10", 2, 45, lambda i: slack_biz("noon")),
        ("12:53:00", 2, 45, lambda i: stock("noon")),
        # 12:55-13:49: lunch
        ("13:49:30", 3, 40, lambda i: wa("pm", i)),
        ("13:52:00", 2, 45, slack_markets),
        # 13:55-14:30: the CFO call (14:05-14:29)
        ("14:31:00", 5, 50, scribe),
        ("14:35:20", 4, 50, lambda i: docs("notes", i)),
        ("14:38:50", 4, 45, cms_kaveri),
        ("14:42:10", 2, 45, slack_fatima),
        ("14:44:00", 2, 45, lambda i: budget("pm")),
        ("14:45:50", 3, 45, lambda i: mail("pm", LEGAL_MAIL)),
        ("14:48:20", 3, 45, lambda i: cms_cmai("pm", i)),
        ("14:50:50", 2, 45, lambda i: cms_stories("pm")),
        # 14:53-15:50: the afternoon news meeting
        ("15:51:10", 2, 45, lambda i: stock("close")),
        ("15:53:00", 2, 45, lambda i: sheet("late", i)),
        ("15:54:50", 2, 45, lambda i: slack_biz("late")),
        # 15:57-16:29: homepage and newsletter planning away from the desk
        ("16:29:00", 3, 50, lambda i: cms_stories("sched" if i < 2 else "live")),
        # 16:31-17:35: the evening conference
        ("17:35:30", 2, 45, lambda i: slack_biz("eve")),
        ("17:37:20", 2, 45, lambda i: wa("eve", i)),
        ("17:39:10", 2, 45, lambda i: budget("eve")),
        ("17:41:00", 2, 45, lambda i: cms_stories("eve")),
        ("17:42:50", 1, 45, lambda i: mail("eve", None)),
        # 17:45-18:10: the night editor's handover
        ("18:10:00", 3, 40, lambda i: notes(5 + min(i, 2))),
        ("18:12:20", 2, 45, lambda i: sheet("final")),
        ("18:14:10", 1, 40, lambda i: notes(7)),
    ]


DAY = {
    "name": "news",
    "run": "b7c3e915",
    "date": "2026-11-18",
    "tzid": "Asia/Kolkata",
    "offset_minutes": 330,
    "locale": "es",  # 24-hour clock and a day-first date (make_days.clock); the taskbar writes it dd-mm-yyyy
    "segments": segments,
}
