"""Day "buy" (Thu 2026-11-26, Munich, de-DE Windows: 24-hour taskbar clock, dd.mm.yyyy, amounts 1.234,50 €),
the second held-out day: a procurement coordinator at a drive-technology maker handles a short delivery from
a supplier (invoice and delivery note as a PDF, goods receipt posted for what was counted, a claim mailed),
follows a delayed inbound shipment on the carrier's site, compares offers for shaft blanks in Excel and
updates one price after a call, and checks overdue orders in PowerShell. New Outlook (dark), Teams (dark),
SAP Fiori in Edge, Baltrans track-and-trace and Trello in Chrome, Excel, Acrobat Reader, Windows Terminal and
Notepad. A meeting (09:00-10:30), lunch and afternoon meetings leave gaps without frames. Layouts:
bench/qa/screens_buy.py (none shared with the other days)."""

from __future__ import annotations

from screens_buy import (
    acrobat,
    excel,
    fiori_gr,
    fiori_po,
    notepad_light,
    outlook_dark,
    teams,
    terminal_ps,
    tracking,
    trello,
)

ME = "Lukas Brenner"
OUTLOOK = "Mail - Lukas Brenner - Outlook"
EDGE = " - Work - Microsoft\u200b Edge"
CHROME = " - Google Chrome"


# ------------------------------------------------------------------------------------------------- mail
def folders(unread: int) -> list[tuple[str, str]]:
    return [
        ("Inbox", str(unread) if unread else ""),
        ("Drafts", "1"),
        ("Sent Items", ""),
        ("Suppliers", ""),
        ("Claims", ""),
        ("Archive", ""),
        ("Deleted Items", ""),
    ]


SABINE_ROW = (
    "Sabine Krauter",
    "Invoice RE-2026-11873 and delivery note – PO 4500187342",
    "Dear Mr Brenner, please find attached our invoice for…",
    "07:42",
)
BALTRANS_ROW = (
    "Baltrans Logistics",
    "Shipment BTL-7730-1849-DE: delay notification",
    "Your shipment from Plzeň is delayed. Track it online…",
    "07:51",
)
MORNING = [
    (
        "Miriam Osterkamp",
        "Weekly supplier review – agenda",
        "Hi all, agenda for today 09:00 in room Zugspitze…",
        "07:05",
    ),
    (
        "Alpenwerk IT Service Desk",
        "Planned SAP downtime Saturday 28.11., 06:00–10:00",
        "Dear colleagues, SAP PRD will not be available…",
        "Wed 17:30",
    ),
    (
        "Felix Rottmann",
        "Sandoval sleeves – update",
        "Lukas, their logistics promised a new date by Friday…",
        "Wed 16:52",
    ),
    (
        "Hydrotec Dichtungen GmbH",
        "Order confirmation AB-55102 for PO 4500187260",
        "Thank you for your order. We confirm delivery…",
        "Wed 14:08",
    ),
    (
        "Kovářík Metal s.r.o. Sales",
        "Re: Q1 2027 offer shaft blanks C45",
        "Dear Mr Brenner, our price for 2027 is 7,65 € per piece…",
        "Tue 11:20",
    ),
]
MIRIAM_ROW = (
    "Miriam Osterkamp",
    "Shaft blanks Q1 – recommendation by 14:00 please",
    "Hi Lukas, please compare the offers for the C45 shaft…",
    "10:21",
)
MIRIAM_OK_ROW = (
    "Miriam Osterkamp",
    "RE: Shaft blanks Q1 – recommendation by 14:00 please",
    "Approved. Please place the call-off with Fagerlund…",
    "14:06",
)
SABINE_RE_ROW = (
    "Sabine Krauter",
    "RE: Claim – PO 4500187342 / LS-88412: 20 pcs AW-40 missing",
    "Dear Mr Brenner, sorry for the short delivery…",
    "16:58",
)


def inbox(phase: str, i: int = 0):
    """morning: both of the night's mails unread until Sabine's is opened; midday: Miriam's request on top;
    evening: Miriam's approval and Sabine's answer to the claim."""
    if phase == "morning":
        rows = [(*SABINE_ROW, True), (*BALTRANS_ROW, i < 3)] + [(*r, False) for r in MORNING]
        unread, sel = 2 - (i >= 3), -1
    elif phase == "midday":
        rows = [(*MIRIAM_ROW, True), (*SABINE_ROW, False), (*BALTRANS_ROW, False)]
        rows += [(*r, False) for r in MORNING[:4]]
        unread, sel = 1, -1
    else:
        rows = [(*SABINE_RE_ROW, True), (*MIRIAM_OK_ROW, i < 1), (*MIRIAM_ROW, False), (*SABINE_ROW, False)]
        rows += [(*BALTRANS_ROW, False)] + [(*r, False) for r in MORNING[:2]]
        unread, sel = 2 - (i >= 1), 1 if i >= 1 else -1
    reading = None
    if phase == "evening" and i >= 1:
        reading = MIRIAM_OK
    return outlook_dark(OUTLOOK, folders(unread), rows, sel, reading=reading)


INVOICE_PDF = "RE-2026-11873_Voss.pdf"
SABINE = dict(
    subject="Invoice RE-2026-11873 and delivery note – PO 4500187342",
    sender="Sabine Krauter",
    address="s.krauter@voss-praezision.de",
    to="To: Lukas Brenner; einkauf@alpenwerk.de",
    when="Thu 26.11.2026 07:42",
    attachment=(INVOICE_PDF, "212 KB"),
    body=[
        "Dear Mr Brenner,",
        "please find attached our invoice RE-2026-11873 for your order 4500187342, together with delivery note "
        "LS-88412.",
        "The goods left Stuttgart yesterday afternoon on our own truck and should be with you this morning.",
        "Kind regards",
        "Sabine Krauter",
        "Key Account Manager | Voss Präzisionsteile GmbH",
    ],
)
MIRIAM = dict(
    subject="Shaft blanks Q1 – recommendation by 14:00 please",
    sender="Miriam Osterkamp",
    address="m.osterkamp@alpenwerk.de",
    to="To: Lukas Brenner",
    when="Thu 26.11.2026 10:21",
    body=[
        "Hi Lukas,",
        "please compare the offers for the C45 shaft blanks and send me your recommendation by 14:00 today.",
        "Our ceiling for Q1 is 190.000,00 € for the annual volume of 24.000 pieces.",
        "Fagerlund hinted at the review that they could improve their price – worth a call before you decide.",
        "Thanks,",
        "Miriam",
        "Head of Procurement | Alpenwerk Antriebstechnik GmbH",
    ],
)
MIRIAM_OK = dict(
    subject="RE: Shaft blanks Q1 – recommendation by 14:00 please",
    sender="Miriam Osterkamp",
    address="m.osterkamp@alpenwerk.de",
    to="To: Lukas Brenner",
    when="Thu 26.11.2026 14:06",
    body=[
        "Approved. Please place the call-off with Fagerlund for January and keep Kovářík as second source.",
        "Miriam",
    ],
)
SABINE_RE = dict(
    subject="RE: Claim – PO 4500187342 / LS-88412: 20 pcs AW-40 missing",
    sender="Sabine Krauter",
    address="s.krauter@voss-praezision.de",
    to="To: Lukas Brenner; Cc: Miriam Osterkamp",
    when="Thu 26.11.2026 16:58",
    body=[
        "Dear Mr Brenner,",
        "sorry for the short delivery, our packing station miscounted one pallet.",
        "The missing 20 pieces of AW-40 will leave Stuttgart tomorrow morning with delivery note LS-88519, "
        "shipped by DPD at our cost.",
        "Please keep invoice RE-2026-11873 on hold until they have arrived.",
        "Kind regards",
        "Sabine Krauter",
    ],
)


def read(m: dict, phase: str):
    if m is SABINE:
        rows = [(*SABINE_ROW, False), (*BALTRANS_ROW, False)] + [(*r, False) for r in MORNING]
        unread = 1
    elif m is MIRIAM:
        rows = [(*MIRIAM_ROW, False), (*SABINE_ROW, False), (*BALTRANS_ROW, False)]
        rows += [(*r, False) for r in MORNING[:4]]
        unread = 0
    else:
        rows = [(*SABINE_RE_ROW, False), (*MIRIAM_OK_ROW, False), (*MIRIAM_ROW, False), (*SABINE_ROW, False)]
        rows += [(*BALTRANS_ROW, False)] + [(*r, False) for r in MORNING[:2]]
        unread = 0
    return outlook_dark(OUTLOOK, folders(unread), rows, 0, reading=m)


RECOMMEND = [
    "Hi Miriam,",
    "Fagerlund came down to 7,42 € per piece on the phone today (valid until 31.01.2027).",
    "That puts them at 178.080,00 € for the 24.000 pieces, below your ceiling and cheaper than Kovářík.",
    "My recommendation: Fagerlund as main supplier (70 %), Kovářík as second source (30 %).",
    "The comparison sheet is on the team drive (Einkauf > Sourcing > 2027).",
    "Best,",
    "Lukas",
]
CLAIM_SUBJECT = "Claim – PO 4500187342 / LS-88412: 20 pcs AW-40 missing"
CLAIM = [
    "Dear Ms Krauter,",
    "our goods receipt this morning counted 380 pieces of AW-40 instead of the 400 on delivery note LS-88412 "
    "and invoice RE-2026-11873.",
    "Please ship the missing 20 pieces by 01.12.2026 or send us a credit note for the missing quantity.",
    "We have posted the receipt for 380 pieces (material document 5000093817).",
    "Kind regards",
    "Lukas Brenner",
    "Procurement Coordinator | Alpenwerk Antriebstechnik GmbH",
]


def typed(lines: list[str], step: int, steps: int) -> list[str]:
    """The body after `step` of `steps` typing bursts: whole lines, the last one partly typed."""
    total = sum(len(x) for x in lines)
    upto = total * step // steps
    out, used = [], 0
    for line in lines:
        if used >= upto:
            break
        out.append(line[: upto - used])
        used += len(line)
    return out or [""]


def recommend(i: int):
    rows = [(*MIRIAM_ROW, False), (*SABINE_ROW, False), (*BALTRANS_ROW, False)]
    rows += [(*r, False) for r in MORNING[:4]]
    compose = dict(
        to="Miriam Osterkamp <m.osterkamp@alpenwerk.de>",
        cc="",
        subject="RE: Shaft blanks Q1 – recommendation by 14:00 please",
        body=typed(RECOMMEND, i + 1, 5),
        quoted=["From: Miriam Osterkamp", "Sent: Thursday, 26 November 2026 10:21"],
    )
    return outlook_dark(OUTLOOK, folders(0), rows, 0, compose=compose)


def claim(i: int):
    rows = [(*MIRIAM_ROW, False), (*SABINE_ROW, False), (*BALTRANS_ROW, False)]
    rows += [(*r, False) for r in MORNING[:4]]
    compose = dict(
        to="Sabine Krauter <s.krauter@voss-praezision.de>",
        cc="Miriam Osterkamp <m.osterkamp@alpenwerk.de>" if i >= 1 else "",
        subject=CLAIM_SUBJECT if i >= 1 else "Claim – PO 4500187342",
        body=typed(CLAIM, i, 4) if i else [""],
        quoted=["From: Sabine Krauter", "Sent: Thursday, 26 November 2026 07:42"],
    )
    return outlook_dark(OUTLOOK, folders(0), rows, 1, compose=compose)


# ----------------------------------------------------------------------------------------------- invoice
INVOICE = [
    (
        "letter",
        [
            "Voss Präzisionsteile GmbH",
            "Heilbronner Straße 212 · 70191 Stuttgart",
            "USt-IdNr. DE 147 882 305",
            "buchhaltung@voss-praezision.de",
        ],
    ),
    (
        "addr",
        [
            "Alpenwerk Antriebstechnik GmbH",
            "Einkauf / Accounts Payable",
            "Frankfurter Ring 84",
            "80807 München",
        ],
    ),
    ("h", "Invoice / Rechnung RE-2026-11873"),
    (
        "kv",
        [
            ("Invoice date", "25.11.2026"),
            ("Customer no.", "K-30571"),
            ("Your order", "4500187342 of 02.11.2026"),
            ("Delivery note", "LS-88412"),
            ("Delivery date", "26.11.2026"),
            ("Your contact", "Sabine Krauter"),
        ],
    ),
    (
        "items",
        ["Pos.", "Article", "Description", "Qty", "Unit price", "Amount"],
        [
            ["1", "AW-40", "Drive shaft AW-40, C45, Ø40 × 312 mm", "400 pcs", "18,45 €", "7.380,00 €"],
            ["2", "AW-55", "Drive shaft AW-55, 42CrMo4, Ø55 × 410 mm", "150 pcs", "26,80 €", "4.020,00 €"],
            ["3", "BS-12", "Bearing seat sleeve BS-12", "600 pcs", "1,35 €", "810,00 €"],
            ["4", "FR", "Freight flat rate Stuttgart – München", "1", "270,00 €", "270,00 €"],
        ],
        [("Net amount", "12.480,00 €"), ("VAT 19 %", "2.371,20 €"), ("Total amount", "14.851,20 €")],
        {3, 4, 5},
    ),
    (
        "p",
        "Payment terms: 2 % cash discount (297,02 €) if paid by 09.12.2026, otherwise net by 25.12.2026.",
    ),
    ("p", "Kreissparkasse Stuttgart · IBAN DE41 6005 0101 0002 4471 88 · BIC SOLADEST600"),
    ("foot", "Page 1 of 2"),
    ("break",),
    ("h", "Delivery note / Lieferschein LS-88412"),
    (
        "kv",
        [
            ("Shipped", "25.11.2026, Stuttgart"),
            ("Transport", "Voss own truck"),
            ("Packages", "19 pallets"),
            ("Gross weight", "4.860 kg"),
        ],
    ),
    (
        "items",
        ["Pos.", "Article", "Description", "Qty shipped", "Pallets"],
        [
            ["1", "AW-40", "Drive shaft AW-40", "400 pcs", "10"],
            ["2", "AW-55", "Drive shaft AW-55", "150 pcs", "7"],
            ["3", "BS-12", "Bearing seat sleeve BS-12", "600 pcs", "2"],
        ],
        [],
        {3, 4},
    ),
    ("p", "Goods received in good condition: ______________________  Date / signature: ______________"),
    ("foot", "Page 2 of 2"),
]
# the blocks in view, frame by frame: the first visit reads page 1 and scrolls to the delivery note, the
# second (afternoon) opens on the delivery note
SCROLL = [(0, 8), (0, 8), (2, 9), (3, 10), (4, 11), (7, 14), (9, 15)]
AR_TITLE = f"{INVOICE_PDF} - Adobe Acrobat Reader (64-bit)"


def invoice(i: int, again: bool = False):
    start, end = (9, 15) if again else SCROLL[i]
    page = "2 / 2" if start >= 7 else "1 / 2"
    return acrobat(AR_TITLE, INVOICE_PDF, page, "100%", INVOICE[start:end])


# --------------------------------------------------------------------------------------------- SAP Fiori
PO = "4500187342"
FIORI_TABS = ["Manage Purchase Orders", "Post Goods Receipt", "Home – SAP Fiori launchpad"]
PO_ITEMS = [
    [
        "10",
        "100-4471",
        "Drive shaft AW-40",
        "400 PC",
        "18,45 EUR",
        "7.380,00 EUR",
        "26.11.2026",
        "M100",
        "400 PC",
    ],
    [
        "20",
        "100-4472",
        "Drive shaft AW-55",
        "150 PC",
        "26,80 EUR",
        "4.020,00 EUR",
        "26.11.2026",
        "M100",
        "150 PC",
    ],
    [
        "30",
        "100-5108",
        "Bearing seat sleeve BS-12",
        "600 PC",
        "1,35 EUR",
        "810,00 EUR",
        "26.11.2026",
        "M100",
        "600 PC",
    ],
]
PO_COLUMNS = [
    "Item",
    "Material",
    "Short Text",
    "Order Quantity",
    "Net Price",
    "Net Order Value",
    "Delivery Date",
    "Plant",
    "Still to be Delivered",
]


def purchase_order(i: int):
    return fiori_po(
        f"Purchase Order {PO} – Manage Purchase Orders{EDGE}",
        FIORI_TABS,
        f"https://s4prd.alpenwerk.de/sap/bc/ui2/flp#PurchaseOrder-manage&/C_PurchaseOrderTP('{PO}')",
        PO,
        "Standard Purchase Order",
        [
            ("Supplier", "Voss Präzisionsteile GmbH (200317)"),
            ("Purchasing Group", "M12 (Drive components)"),
            ("Order Date", "02.11.2026"),
            ("Net Order Value", "12.210,00 EUR"),
            ("Payment Terms", "ZB14 (14 days 2 %, 30 days net)"),
        ],
        "Sent to Supplier",
        PO_COLUMNS,
        PO_ITEMS,
        {3, 4, 5, 8},
    )


def goods_receipt(i: int):
    """Delivery note typed, then 380 put over the 400 proposed for AW-40, posted, the document shown."""
    fields = [
        ("Purchasing Document", PO),
        ("Supplier", "Voss Präzisionsteile GmbH"),
        ("Delivery Note", "LS-88412" if i >= 1 else ""),
        ("Document Date", "26.11.2026"),
        ("Posting Date", "26.11.2026"),
    ]
    first = "380" if i >= 2 else "400"
    items = [
        ("10", "100-4471", "Drive shaft AW-40", "400 PC", first, "0001 Main warehouse"),
        ("20", "100-4472", "Drive shaft AW-55", "150 PC", "150", "0001 Main warehouse"),
        ("30", "100-5108", "Bearing seat sleeve BS-12", "600 PC", "600", "0001 Main warehouse"),
    ]
    toast = "Material document 5000093817 posted" if i == 3 else ""
    footer = "Material Document 5000093817 / 2026" if i >= 3 else ""
    return fiori_gr(
        f"Post Goods Receipt for Purchasing Document{EDGE}",
        [FIORI_TABS[1], FIORI_TABS[0], FIORI_TABS[2]],
        "https://s4prd.alpenwerk.de/sap/bc/ui2/flp#PurchaseOrder-postGoodsReceipt",
        fields,
        items,
        toast,
        footer,
    )


# ----------------------------------------------------------------------------------------------- Teams
TEAMS = "Microsoft Teams"
DENIZ = [
    ("Deniz Aydin", "08:12", "Morning Lukas, the Voss truck was at gate 3 at 07:50. 19 pallets unloaded."),
    (
        "Deniz Aydin",
        "08:14",
        "I counted the AW-40 shafts twice: 380 pieces, the delivery note says 400. Photos are in the GR folder.",
    ),
]
DENIZ_LAST = ("Deniz Aydin", "08:49", "AW-55 and the sleeves are complete, no damage.")
MINE_DENIZ = "Thanks Deniz! I'll post 380 in SAP and raise a claim with Voss."
CHANNEL = "Procurement Munich > General"


def chat_list(deniz_last: str, deniz_when: str, channel_when: str, channel_last: str) -> list[tuple]:
    return [
        ("Deniz Aydin", deniz_when, deniz_last),
        (CHANNEL, channel_when, channel_last),
        ("Felix Rottmann", "Wed", "Sure, I'll take the Hydrotec call."),
        ("Miriam Osterkamp", "Tue", "See you at the review."),
    ]


def deniz(i: int):
    posts = list(DENIZ)
    composer = ""
    if i == 0:
        composer = MINE_DENIZ[:22]
    elif i == 1:
        composer = MINE_DENIZ[:47]
    else:
        posts.append((ME, "08:48", MINE_DENIZ, [("&#10004;", 1)] if i >= 3 else []))
    if i >= 3:
        posts.append(DENIZ_LAST)
    last = posts[-1][2]
    side = chat_list(last, posts[-1][1], "08:05", "Miriam: Reminder: Q1 steel surcharge letters…")
    return teams(
        f"Chat | Deniz Aydin | {TEAMS}", side, "Deniz Aydin", "Deniz Aydin", "Chat", posts, composer, ME
    )


MIRIAM_POST = (
    "Miriam Osterkamp",
    "08:05",
    "Reminder: Q1 steel surcharge letters go out on Friday, please check your suppliers' indices.",
    [("&#10004;", 3)],
)
FELIX_POST = (
    "Felix Rottmann",
    "10:38",
    "Sandoval confirmed the overdue sleeves ship on 30.11., I'll update the board.",
)
MINE_CHANNEL = (
    "Heads-up: Kovářík castings (PO 4500186921) are stuck in Regensburg, new ETA tomorrow 08:00–10:00. "
    "Line 2 has stock until Friday noon."
)
MIRIAM_REPLY = (
    "Miriam Osterkamp",
    "11:02",
    "Thanks. If it slips beyond tomorrow, call Baltrans dispatch directly.",
)


def channel(i: int, afternoon: bool = False):
    posts = [MIRIAM_POST, FELIX_POST]
    composer = ""
    if afternoon:
        posts += [(ME, "10:45", MINE_CHANNEL, [("&#9829;", 1), ("&#10004;", 2)]), MIRIAM_REPLY]
    elif i < 2:
        composer = MINE_CHANNEL[: 60 * (i + 1)]
    else:
        posts.append((ME, "10:45", MINE_CHANNEL, [("&#10004;", 1)] if i >= 3 else []))
    last = posts[-1]
    side = chat_list(DENIZ_LAST[2], DENIZ_LAST[1], last[1], f"{last[0].split()[0]}: {last[2][:40]}…")
    return teams(
        "General (Procurement Munich) | Microsoft Teams", side, CHANNEL, CHANNEL, "Posts", posts, composer, ME
    )


# ---------------------------------------------------------------------------------------------- tracking
TRACK_NO = "BTL-7730-1849-DE"
TRACK_TITLE = f"Track & Trace {TRACK_NO} | Baltrans Logistics"
TRACK_FACTS = [
    ("Shipper", "Kovářík Metal s.r.o., Plzeň (CZ)"),
    ("Consignee", "Alpenwerk Antriebstechnik GmbH, München (DE)"),
    ("Your reference", "PO 4500186921"),
    ("Service", "Baltrans Groupage Standard"),
    ("Packages", "6 pallets"),
]
EVENTS = [
    (
        "26.11.2026",
        "07:45",
        "Regensburg (DE)",
        "Delayed – driver's rest period exceeded, vehicle held at hub",
    ),
    ("25.11.2026", "21:10", "Regensburg (DE)", "Arrived at hub"),
    ("25.11.2026", "16:30", "Plzeň (CZ)", "Departed origin terminal"),
    ("25.11.2026", "11:05", "Plzeň (CZ)", "Picked up from shipper"),
    ("24.11.2026", "09:12", "–", "Shipment data received"),
]
LATER = [
    ("26.11.2026", "15:02", "Regensburg (DE)", "Departed hub"),
    ("26.11.2026", "14:48", "Regensburg (DE)", "Loaded onto linehaul to München"),
]


def shipment(i: int, later: bool = False):
    tabs = [TRACK_TITLE, "Procurement Munich – Claims & Sourcing | Trello"]
    if later:
        return tracking(
            TRACK_TITLE + CHROME,
            tabs,
            f"https://www.baltrans.eu/en/track?no={TRACK_NO}",
            TRACK_NO,
            "In transit",
            "27.11.2026, 07:00–09:00",
            TRACK_FACTS,
            LATER + EVENTS,
        )
    return tracking(
        TRACK_TITLE + CHROME,
        tabs,
        f"https://www.baltrans.eu/en/track?no={TRACK_NO}",
        TRACK_NO,
        "Delayed",
        "27.11.2026, 08:00–10:00",
        TRACK_FACTS,
        EVENTS,
    )


# ------------------------------------------------------------------------------------------------ Trello
BOARD = "Procurement Munich – Claims & Sourcing"
TRELLO_TITLE = f"{BOARD} | Trello"
CLAIM_CARD = ("Claim: 20 × AW-40 missing – Voss LS-88412", ["Claim"], "01 Dec", "0/3", "LB")
SOURCING_CARD = ("Shaft blanks Q1 2027 – price comparison", ["Sourcing"], "26 Nov", "3/4", "LB MO")
KOVARIK_CARD = ("Kovářík castings – delayed shipment BTL-7730-1849-DE", ["Logistics"], "27 Nov", "", "LB")
SANDOVAL_CARD = ("Sandoval – 2.500 sleeves overdue since 18.11.", ["Logistics"], "30 Nov", "", "FR")
BACKLOG = [
    ("Renew framework agreement Hydrotec (expires 31.12.2026)", ["Contract"], "15 Dec", "1/5", "FR"),
    ("Collect REACH declarations Q4", ["Contract"], "18 Dec", "4/11", "LB"),
]
DONE = [("Brandl Drehteile – supplier audit report filed", ["Sourcing"], "", "6/6", "MO")]


def board(i: int, later: bool = False):
    """First visit: the claim card appears in In progress (from the second frame). Afternoon: the claim
    waits on the supplier and the price comparison is done."""
    if later:
        lists = [
            ("Backlog", BACKLOG),
            ("In progress", [KOVARIK_CARD]),
            ("Waiting on supplier", [CLAIM_CARD, SANDOVAL_CARD]),
            ("Done", [SOURCING_CARD, *DONE]),
        ]
    else:
        progress = [SOURCING_CARD, KOVARIK_CARD] + ([CLAIM_CARD] if i >= 1 else [])
        lists = [
            ("Backlog", BACKLOG),
            ("In progress", progress),
            ("Waiting on supplier", [SANDOVAL_CARD]),
            ("Done", DONE),
        ]
    return trello(
        TRELLO_TITLE + CHROME,
        [TRACK_TITLE, TRELLO_TITLE],
        "https://trello.com/b/Qm7rE2aL/procurement-munich-claims-sourcing",
        BOARD,
        lists,
    )


# ------------------------------------------------------------------------------------------------- Excel
XLSX = "Price_comparison_shaft_blanks_Q1-2027.xlsx"
XL_COLUMNS = [
    ("Supplier", 250),
    ("Country", 80),
    ("Unit price", 110),
    ("MOQ (pcs)", 100),
    ("Lead time (weeks)", 150),
    ("Freight per pallet", 150),
    ("Payment terms", 150),
    ("Annual cost (24.000 pcs)", 210),
    ("Comment", 330),
]
OFFERS = [
    ["Voss Präzisionsteile GmbH", "DE", "8,10 €", "2.000", "4", "95,00 €", "30 days net", "194.400,00 €", ""],
    ["Kovářík Metal s.r.o.", "CZ", "7,65 €", "5.000", "7", "140,00 €", "60 days net", "183.600,00 €", ""],
    ["Fagerlund Stål AB", "SE", "7,85 €", "5.000", "6", "210,00 €", "30 days net", "188.400,00 €", ""],
    [
        "Sandoval Componentes S.L.",
        "ES",
        "7,98 €",
        "3.000",
        "8",
        "185,00 €",
        "45 days net",
        "191.520,00 €",
        "",
    ],
    ["Brandl Drehteile GmbH", "AT", "8,35 €", "1.000", "3", "80,00 €", "14 days 2 %", "200.400,00 €", ""],
]
NEW_PRICE = ("7,42 €", "178.080,00 €", "revised offer 26.11. (call H. Sjöberg)")


def offers(visit: int, i: int):
    """First visit: read only, the cell cursor going down the annual cost column (its formula in the bar).
    Second visit: Fagerlund's unit price typed over (C6), the annual cost follows, a comment added."""
    rows = [list(r) for r in OFFERS]
    r = min(i, 4)  # the cursor stops on the last offer
    sel, cell, formula, status = (3 + r, 7), f"H{4 + r}", f"=C{4 + r}*24000", "Ready"
    if visit == 2:
        sel, cell, formula = (5, 2), "C6", "7,85"
        if i == 1:
            formula, status = "7,42", "Enter"
            rows[2][2] = "7,42"
        if i >= 2:
            formula = "7,42"
            rows[2][2], rows[2][7] = NEW_PRICE[0], NEW_PRICE[1]
        if i >= 3:
            sel, cell, formula = (5, 8), "I6", NEW_PRICE[2]
            rows[2][8] = NEW_PRICE[2]
    table = [
        ["Shaft blanks C45 Ø40 – offers for Q1 2027 (annual volume 24.000 pcs)"] + [""] * 8,
        [""] * 9,
        [c for c, _ in XL_COLUMNS],
        *rows,
        [""] * 9,
        ["Prices DAP München, excl. VAT. Updated 26.11.2026 by L. Brenner"] + [""] * 8,
    ]
    return excel(
        f"{XLSX} - Excel",
        cell,
        formula,
        XL_COLUMNS,
        table,
        {2, 3, 4, 5, 7},
        sel,
        ["Offers", "Volumes", "History"],
        status,
    )


# ---------------------------------------------------------------------------------------------- terminal
PS = "PS C:\\Users\\lbrenner\\Documents\\Einkauf> "
SESSION = [
    (PS + "$po = Import-Csv .\\open_po_2026-11-26.csv -Delimiter ';'", []),
    (PS + "$po.Count", ["42"]),
    (
        PS + "$late = $po | Where-Object { [datetime]::ParseExact($_.DeliveryDate,'dd.MM.yyyy',$null) "
        "-lt (Get-Date).Date }",
        [],
    ),
    (
        PS + "$late | Sort-Object DeliveryDate | Format-Table PO, Supplier, DeliveryDate, OpenQty",
        [
            "",
            "PO         Supplier                  DeliveryDate OpenQty",
            "--         --------                  ------------ -------",
            "4500187102 Sandoval Componentes S.L. 18.11.2026   2500",
            "4500186921 Kovářík Metal s.r.o.      20.11.2026   1200",
            "4500187015 Brandl Drehteile GmbH     23.11.2026   300",
            "4500187260 Hydrotec Dichtungen GmbH  24.11.2026   800",
            "4500187288 Kovářík Metal s.r.o.      25.11.2026   450",
            "",
        ],
    ),
    (
        PS + "$late | Export-Csv \\\\fs01\\einkauf\\reports\\overdue_po_2026-11-26.csv -Delimiter ';' "
        "-NoTypeInformation",
        [],
    ),
    (
        PS + "Get-Item \\\\fs01\\einkauf\\reports\\overdue_po_2026-11-26.csv | Select-Object Name, Length, "
        "LastWriteTime",
        [
            "",
            "Name                      Length LastWriteTime",
            "----                      ------ -------------",
            "overdue_po_2026-11-26.csv    412 26.11.2026 10:49:41",
            "",
        ],
    ),
]
BANNER = ["PowerShell 7.4.6", ""]


def shell(i: int):
    """Frame i shows the commands up to SESSION[i + 1] (two at first), the last one's output included, and a
    fresh prompt."""
    lines = list(BANNER)
    for cmd, out in SESSION[: min(len(SESSION), i + 2)]:
        lines += [cmd, *out]
    lines.append(PS.rstrip())
    return terminal_ps("PowerShell", ["PowerShell", "Ubuntu-22.04"], lines)


# ----------------------------------------------------------------------------------------------- notepad
NOTES_FILE = "Fagerlund_call_26-11.txt"
NOTES = [
    "Call with Henrik Sjöberg (Fagerlund Stål AB) – 26.11.2026 12:40",
    "",
    "- new price shaft blank C45 Ø40: 7,42 € / pc (was 7,85 €)",
    "- condition: MOQ 5.000 pcs per call-off",
    "- lead time 6 weeks from order, DAP München",
    "- price valid until 31.01.2027",
    "- freight unchanged, 210,00 € per pallet",
    "- written offer follows by mail: henrik.sjoberg@fagerlund-stal.se",
]


def notes(i: int):
    text = typed(NOTES, i + 1, 6)
    chars = sum(len(x) for x in text) + 2 * (len(text) - 1)
    status = [
        f"Ln {len(text)}, Col {len(text[-1]) + 1}",
        f"{chars} characters",
        "100%",
        "Windows (CRLF)",
        "UTF-8",
    ]
    return notepad_light(
        f"{NOTES_FILE} - Notepad",
        [NOTES_FILE, "todo_november.txt", "Untitled"],
        0,
        text,
        status,
    )


# ------------------------------------------------------------------------------------------------- day
def segments() -> list[tuple]:
    """(local start, frames, seconds between frames, screen for frame i)."""
    return [
        ("08:31:10", 5, 40, lambda i: inbox("morning", i)),
        ("08:34:30", 4, 45, lambda i: read(SABINE, "morning")),
        ("08:37:30", 7, 40, invoice),
        ("08:42:30", 5, 45, purchase_order),
        ("08:47:00", 5, 40, deniz),
        ("08:50:30", 5, 45, goods_receipt),
        ("08:54:40", 4, 45, board),
        # 09:00-10:30: weekly supplier review in room Zugspitze; nothing is captured
        ("10:31:40", 2, 40, lambda i: inbox("midday")),
        ("10:33:00", 3, 45, lambda i: read(MIRIAM, "midday")),
        ("10:35:20", 6, 50, lambda i: offers(1, i)),
        ("10:40:30", 5, 40, shipment),
        ("10:44:00", 4, 40, channel),
        ("10:47:30", 5, 45, shell),
        # 10:52-12:58: lunch, then the call with Fagerlund on the desk phone
        ("12:58:00", 6, 35, notes),
        ("13:01:40", 5, 45, lambda i: offers(2, i)),
        ("13:05:30", 5, 40, recommend),
        ("13:09:10", 3, 40, lambda i: channel(i, afternoon=True)),
        # 13:11-15:38: meetings
        ("15:38:30", 3, 40, lambda i: shipment(i, later=True)),
        ("15:40:40", 5, 40, claim),
        ("15:44:20", 3, 45, lambda i: board(i, later=True)),
        ("15:46:50", 2, 40, lambda i: invoice(i, again=True)),
        # 15:48-17:18: afternoon meetings
        ("17:18:00", 2, 40, lambda i: inbox("evening", i)),
        ("17:19:30", 3, 45, lambda i: read(SABINE_RE, "evening")),
    ]


DAY = {
    "name": "buy",
    "run": "b7c4e913",
    "date": "2026-11-26",
    "tzid": "Europe/Berlin",
    "offset_minutes": 60,
    "locale": "eu",  # the taskbar as de-DE Windows draws it: 24-hour clock, dd.mm.yyyy
    "segments": segments,
}
