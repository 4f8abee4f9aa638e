"""Day "vet" (Thu 2026-11-19, Toronto, English (Canada) Windows: "2:45 p.m." taskbar clock over 2026-11-19,
"Nov. 19, 2026" on the supplier portal and the lab report, 19/11-style dates on a French-Canadian supplier's
invoice, 24-hour slots in the practice-management app and the time clock, amounts "$1,284.50" and
"CA$12.4K", "1 284,50 $" on the French invoice, HST at 13%, GST/HST registration numbers, M4K 1N2 postal
codes, (416) 555-0142 phone numbers, kg, °C, mg/kg and mL), the eighth held-out day: the practice manager of
the fictional Maplewood Animal Hospital on Pape Ave. In the morning she reads the medical director's
approval of a dental X-ray sensor and the supplier's shipping notice in classic Outlook, the front desk's
Slack channel, the appointment book, the time clock, the pharmacy stock (five items under their reorder
level), the Northland order (out for delivery), the weather, her Notepad++ notes, the softphone's call log,
a cat's bloodwork in Acrobat (after the lab's mail), Slack with a vet, the October P&L in Excel and a dog's
chart. After morning rounds (08:38-09:08) she reads the surgery board, the book and time clock again (a late
arrival), the French-Canadian supplier's invoice, the inventory channel's thread about a backordered
opioid; she assists in surgery (09:30-10:26; a missed call from the insurer), rebooks a cancelled slot for
a walk-in from a Slack thread (the book changes), sits in a Zoom managers' sync (11:00-11:24) with its chat,
reads the insurer's decision, calls it back (11:41-11:54). After lunch the order shows Delivered, the stock
is received (new lots, levels up), the accountant's mail makes her edit the P&L's lab fees, the time clock
has an approved missed-punch edit, the dog's chart has today's weight and vaccines, the landlord's mail
announces an HVAC visit, the lab calls (14:31), the weather now carries a snowfall warning, the owner
meets her in his office (14:43-15:50), she calls the landlord (16:04) and ends with her notes. Apps:
classic Outlook, Slack (dark), Chrome (ClinicFlow, NorthSky Weather, Google Maps), Edge (Northland's portal),
Excel (dark), Adobe Acrobat, Shiftwise TimeClock, Zoom, Notepad++ and Zoiper. Layouts:
bench/qa/screens_vet.py."""

from __future__ import annotations

from screens_vet import (
    acrobat,
    cf_book,
    cf_chart,
    cf_inventory,
    excel_dark,
    maps,
    notepadpp,
    outlook_classic,
    slack,
    softphone,
    supplier_order,
    timeclock,
    weather,
    zoom,
)

ME = "Priya Raman"
MY_MAIL = "priya.raman@maplewoodvet.ca"
CLINIC_ADDR = "688 Pape Ave, Toronto, ON M4K 1N2"


def cad(value: float) -> str:
    """1284.5 -> "$1,284.50"."""
    return ("-" if value < 0 else "") + f"${abs(value):,.2f}"


def fr(value: float) -> str:
    """1284.5 -> "1 284,50 $" (fr-CA)."""
    whole, cents = f"{value:,.2f}".split(".")
    return f"{whole.replace(',', ' ')},{cents} $"


# ------------------------------------------------------------------------------------------- the data
ORDER = "NVS-448213"
ORDER_PO = "MAH-2026-1187"
TRACKING = "3349 7712 0458"
ORDER_LINES = [  # item, SKU, qty, unit price (a 0 qty shipped: backordered)
    ("Cerenia 16 mg tablets", "NV-10233", 100, 3.12),
    ("Convenia 80 mg/mL, 10 mL vial", "NV-20871", 6, 142.75),
    ("Imrab 3 TF rabies vaccine, 1 mL", "NV-40067", 50, 4.85),
    ("Nitrile exam gloves, M (box of 100)", "NV-90012", 12, 11.90),
    ("Buprenorphine 0.3 mg/mL, 1 mL", "NV-29043", 10, 6.40),
]
BACKORDERED = "Buprenorphine 0.3 mg/mL, 1 mL"
ORDER_SUB = round(sum(q * p for n, _, q, p in ORDER_LINES if n != BACKORDERED), 2)  # 1,553.80
ORDER_HST = round(ORDER_SUB * 0.13, 2)  # 201.99
ORDER_TOTAL = round(ORDER_SUB + ORDER_HST, 2)  # 1,755.79

FA_LINES = [  # Laurentide's invoice: description, qty, unit price
    ("Seringues 3 mL Luer-Lock (boîte de 100)", 8, 18.75),
    ("Bandages cohésifs 10 cm (paquet de 18)", 10, 42.30),
    ("Compresses de gaze stériles 10 x 10 cm (200)", 6, 56.00),
    ("Sutures Monocryl 3-0 (boîte de 12)", 3, 75.91),
]
FA_SUB = round(sum(q * p for _, q, p in FA_LINES), 2)  # 1,136.73
FA_TVH = round(FA_SUB * 0.13, 2)  # 147.77
FA_TOTAL = round(FA_SUB + FA_TVH, 2)  # 1,284.50
FA_GST_NO = "74815 2093 RT0001"

CLAIM_NO = "TPI-2026-55817"
CLAIM_ELIGIBLE = 1303.25
CLAIM_PAID = round(CLAIM_ELIGIBLE * 0.8, 2)  # 1,042.60
SENSOR_QUOTE = 11890.00

# inventory: item, SKU, lot, expiry, on hand, reorder level (morning); the delivery's new lots and levels
STOCK = [
    ["Cerenia 16 mg tablets", "NV-10233", "CR4471", "2027-06-30", 38, 50],
    ["Convenia 80 mg/mL, 10 mL vial", "NV-20871", "CV2290B", "2027-02-28", 3, 4],
    ["Metacam 1.5 mg/mL oral susp., 100 mL", "NV-11402", "MT88120", "2027-09-30", 6, 5],
    ["Apoquel 16 mg tablets", "NV-30915", "AQ5521", "2026-12-31", 120, 100],
    ["Imrab 3 TF rabies vaccine, 1 mL", "NV-40067", "4A017R", "2027-04-15", 22, 25],
    ["Dexmedetomidine 0.5 mg/mL, 10 mL", "NV-21990", "DX0931", "2026-11-30", 4, 3],
    ["Propofol 10 mg/mL, 20 mL", "NV-22104", "PF77410", "2027-08-31", 18, 10],
    ["Gabapentin 100 mg capsules", "NV-31877", "GB20615", "2028-03-31", 240, 200],
    ["Buprenorphine 0.3 mg/mL, 1 mL (CD)", "NV-29043", "BP1187", "2027-05-31", 9, 10],
    ["Nitrile exam gloves, M (box of 100)", "NV-90012", "GL2409", "2029-09-30", 7, 10],
]
RECEIVED = {  # SKU -> new lot, expiry, quantity received
    "NV-10233": ("CR5102", "2028-01-31", 100),
    "NV-20871": ("CV2417A", "2027-05-31", 6),
    "NV-40067": ("4B233R", "2027-10-31", 50),
    "NV-90012": ("GL2511", "2030-10-31", 12),
}


def stock_rows(received: bool) -> list[list[str]]:
    rows = []
    for name, sku, lot, exp, qty, reorder in STOCK:
        if received and sku in RECEIVED:
            lot, exp, add = RECEIVED[sku]
            qty += add
        status = "Low" if qty < reorder else "Expiring" if exp < "2027-01-19" else "OK"
        rows.append([name, sku, lot, exp, str(qty), str(reorder), status])
    return rows


# the P&L: account, Oct 2026, Sep 2026, budget Oct
PL = [
    (
        "Revenue",
        [
            ("Professional services", 148320.00, 139870.00, 145000.00),
            ("Pharmacy & dispensing", 61455.25, 58910.40, 60000.00),
            ("Diagnostics & lab", 38940.00, 36215.00, 37500.00),
            ("Surgery & dental", 52780.00, 55140.00, 50000.00),
            ("Boarding & grooming", 9615.00, 8920.00, 10000.00),
        ],
    ),
    (
        "Cost of goods sold",
        [
            ("Drugs & medical supplies", 58402.10, 55876.35, 57000.00),
            ("Outside lab fees", 14285.00, 13610.00, 14000.00),
        ],
    ),
    (
        "Operating expenses",
        [
            ("Wages & benefits", 131650.00, 129420.00, 130000.00),
            ("Rent & occupancy", 18500.00, 18500.00, 18500.00),
            ("Utilities", 3284.60, 2961.75, 3000.00),
            ("Equipment leases", 4950.00, 4950.00, 4950.00),
            ("Marketing", 2180.00, 2640.00, 2500.00),
            ("Card processing fees", 5912.35, 5688.10, 5800.00),
        ],
    ),
]
LAB_FEES_NEW = 15127.40


def pl_groups(edited: bool) -> list[tuple[str, list[tuple[str, float, float, float]]]]:
    out = []
    for g, items in PL:
        out.append(
            (
                g,
                [
                    (n, LAB_FEES_NEW if edited and n == "Outside lab fees" else a, b, c)
                    for n, a, b, c in items
                ],
            )
        )
    return out


def pl_totals(edited: bool) -> dict[str, tuple[float, float, float]]:
    g = {name: [round(sum(r[k] for r in items), 2) for k in (1, 2, 3)] for name, items in pl_groups(edited)}
    rev, cogs, opex = g["Revenue"], g["Cost of goods sold"], g["Operating expenses"]
    gross = [round(rev[k] - cogs[k], 2) for k in range(3)]
    net = [round(gross[k] - opex[k], 2) for k in range(3)]
    return {"rev": rev, "cogs": cogs, "opex": opex, "gross": gross, "net": net}


# the appointment book: 24-hour slot, then Dr. Marchetti (Exam 1), Dr. Mensah (Exam 2), Dr. Lindqvist
# (Exam 3) and the surgery suite
VETS = [
    "Dr. Sofia Marchetti · Exam 1",
    "Dr. Kwame Mensah · Exam 2",
    "Dr. Hannah Lindqvist · Exam 3",
    "Surgery suite",
]
BOOK = [
    (
        "08:30",
        "Luna (Park) – Vaccines",
        "Oscar (Fraser) – Recheck ears",
        "",
        "Rex (Bouchard) – Surgery: dental",
    ),
    ("09:00", "Biscuit (Clarke) – Vaccines + weight", "", "", ""),
    ("09:30", "", "Milo (Tran) – Limping, left hind", "", "Nala (Ahmed) – Surgery: spay"),
    ("10:00", "Coco (Bélanger) – Puppy vaccines", "", "", ""),
    ("10:30", "Tucker (O'Neil) – Skin recheck", "Ziggy (Kaur) – Dental consult", "", ""),
    ("11:00", "", "Shadow (Lam) – Senior wellness", "", "Bruno (Costa) – Surgery: mass removal"),
    ("11:30", "Bella (Russo) – Vaccines", "", "", ""),
    ("12:00", "", "", "Maple (Gagnon) – Recheck", ""),
    ("13:00", "Ollie (Whitman) – Ear infection", "", "Kiwi (Santos) – Nail trim + vaccines", ""),
    ("13:30", "", "Winston (Hughes) – Post-op recheck", "", ""),
    ("14:00", "Daisy (Morin) – Vaccines", "Pepper (Alvarez) – Recheck", "Simba (Patel) – Lump check", ""),
    ("14:30", "", "Teddy (Nguyen) – Allergy recheck", "", ""),
    ("15:00", "Finn (MacLeod) – Wellness", "", "Cleo (Rossi) – Recheck", ""),
    ("15:30", "", "Bear (Wilson) – Vaccines", "Gus (Lefebvre) – Recheck", ""),
    ("16:00", "", "", "Olive (Chan) – Senior wellness", ""),
    ("16:30", "Rosie (Kowalski) – Vaccines", "", "", ""),
    ("17:00", "", "", "Pickles (Moreau) – Vaccines", ""),
]
JUNIPER = "Juniper (Haddad) – Urgent: vomiting"
HAZEL = "Hazel (Dubois) – Recheck"


def book_rows(phase: str) -> list[tuple]:
    rows = []
    for time, *cells in BOOK:
        if time == "14:00" and phase != "am":
            cells[1] = JUNIPER
        if time == "16:00" and phase == "eve":
            cells[0] = HAZEL
        rows.append((time, *cells))
    return rows


def book(phase: str):
    return cf_book(
        "Appointments – Thu 2026-11-19 – ClinicFlow - Google Chrome",
        ["Appointments – ClinicFlow", "Pharmacy stock – ClinicFlow", "Toronto, ON – NorthSky Weather"],
        "maplewood.clinicflow.ca/appointments?date=2026-11-19&view=day",
        "Thu 2026-11-19",
        VETS,
        book_rows(phase),
    )


# ------------------------------------------------------------------------------------------- Outlook
OUTLOOK_TITLE = "Inbox - priya.raman@maplewoodvet.ca - Outlook"
SENSOR_MAIL = {
    "subject": "Q4 equipment – dental X-ray sensor",
    "sender": "Dr. Aaron Whitfield <aaron.whitfield@maplewoodvet.ca>",
    "sent": "Thu 2026-11-19 7:36 a.m.",
    "to": "Priya Raman",
    "body": [
        "Priya,",
        "Go ahead with the dental X-ray sensor replacement. Approve up to CA$12.4K before tax.",
        f"Cobalt Imaging quoted {cad(SENSOR_QUOTE)} + HST (quote CQ-7781), two-week lead time.",
        "Let's go through the rest of the Q4 capital list when we meet this afternoon.",
        "Aaron",
        "Dr. Aaron Whitfield, DVM | Medical Director | Maplewood Animal Hospital | (416) 555-0142 ext. 201",
    ],
}
SHIP_MAIL = {
    "subject": f"Order {ORDER} shipped – out for delivery today",
    "sender": "Kevin Doyle <kdoyle@northlandvet.ca>",
    "sent": "Thu 2026-11-19 7:52 a.m.",
    "to": "Priya Raman",
    "body": [
        "Hi Priya,",
        f"Order {ORDER} (your PO {ORDER_PO}) left our Mississauga DC yesterday and is out for delivery with "
        f"Purolator today, tracking {TRACKING}.",
        "Buprenorphine 0.3 mg/mL is on backorder from the manufacturer, expected Dec. 2. It stays on the order "
        "at no charge until it ships.",
        "Kevin Doyle | Account Manager, GTA East | Northland Veterinary Supply | 1-800-555-0199 ext. 344",
    ],
}
LAB_MAIL = {
    "subject": "Results ready: Mochi (Ng) – LVD-26-884172",
    "sender": "Lakeshore Veterinary Diagnostics <results@lakeshoredx.ca>",
    "sent": "Thu 2026-11-19 8:01 a.m.",
    "to": "Maplewood Animal Hospital",
    "attachments": ["LVD-26-884172_Mochi_Ng.pdf (184 KB)"],
    "body": [
        "Final results are available for accession LVD-26-884172 (Mochi, feline, owner Daniel Ng), requested "
        "by Dr. Sofia Marchetti.",
        "Three values are flagged high and one low. The PDF report is attached.",
        "Lakeshore Veterinary Diagnostics | Client Services (905) 555-0128 | Open 24/7",
    ],
}
FA_MAIL = {
    "subject": "Facture FA-20931 – Hôpital vétérinaire Maplewood",
    "sender": "Distributions Vétérinaires Laurentide <comptes@dvlaurentide.ca>",
    "sent": "Wed 2026-11-18 4:47 p.m.",
    "to": "Priya Raman",
    "attachments": ["FA-20931_Maplewood.pdf (96 KB)"],
    "body": [
        "Bonjour,",
        f"Veuillez trouver ci-joint la facture FA-20931 au montant de {fr(FA_TOTAL)} (TVH incluse), payable "
        "d'ici le 12/12/2026.",
        "Merci de votre confiance,",
        "Service à la clientèle | Distributions Vétérinaires Laurentide inc. | 1-877-555-0116",
    ],
}
CLAIM_MAIL = {
    "subject": f"Claim {CLAIM_NO} – decision",
    "sender": "Trillium Pet Insurance <claims@trilliumpet.ca>",
    "sent": "Thu 2026-11-19 10:58 a.m.",
    "to": "Maplewood Animal Hospital",
    "body": [
        f"Claim {CLAIM_NO} for Biscuit (policyholder Meredith Clarke) has been approved.",
        f"Eligible amount: {cad(CLAIM_ELIGIBLE)}. Reimbursement at 80%: {cad(CLAIM_PAID)}, paid by direct "
        "deposit to the policyholder within 5 business days.",
        "Invoice INV-2026-30418 from Maplewood Animal Hospital, date of service 2026-10-27.",
        "Questions? Call 1-888-555-0163, Mon.–Fri. 8 a.m.–8 p.m. ET.",
    ],
}
CPA_MAIL = {
    "subject": "October P&L – lab fees accrual",
    "sender": "Lauren Poirier <lpoirier@gpcpa.ca>",
    "sent": "Thu 2026-11-19 12:31 p.m.",
    "to": "Priya Raman",
    "cc": "Dr. Aaron Whitfield",
    "body": [
        "Hi Priya,",
        f"Lakeshore's October statement came in at {cad(LAB_FEES_NEW)}; we had accrued $14,285.00 for outside "
        "lab fees.",
        "Please update the October P&L so it matches before I close the month on Monday.",
        "Lauren Poirier, CPA | Gallagher & Poirier CPA LLP | (416) 555-0193",
    ],
}
HVAC_MAIL = {
    "subject": "HVAC service visit – Mon. Nov. 23",
    "sender": "Gord Fenwick <gfenwick@beachespg.ca>",
    "sent": "Thu 2026-11-19 1:40 p.m.",
    "to": "Priya Raman",
    "body": [
        "Hello Priya,",
        "Our HVAC contractor, Polar Mechanical, will service the rooftop units at 688 Pape Ave on Monday, "
        "Nov. 23 at 7:30 a.m.",
        "They need access to the roof hatch through the kennel ward, so please have someone on site.",
        "Gord Fenwick | Property Manager | Beaches Property Group | (416) 555-0171",
    ],
}


def _inbox(phase: str) -> list:
    order = ["am", "late", "pm", "hvac"]
    at = order.index(phase)
    items = []
    if at >= 3:
        items.append(("Gord Fenwick", HVAC_MAIL["subject"], "1:40 p.m.", "Today", phase == "hvac"))
    if at >= 2:
        items.append(("Lauren Poirier", CPA_MAIL["subject"], "12:31 p.m.", "Today", phase == "pm"))
    if at >= 1:
        items.append(
            ("Trillium Pet Insurance", CLAIM_MAIL["subject"], "10:58 a.m.", "Today", phase == "late")
        )
    items += [
        ("Lakeshore Veterinary Diagnostics", LAB_MAIL["subject"], "8:01 a.m.", "Today", phase == "am"),
        ("Kevin Doyle", SHIP_MAIL["subject"], "7:52 a.m.", "Today", phase == "am"),
        ("Dr. Aaron Whitfield", SENSOR_MAIL["subject"], "7:36 a.m.", "Today", phase == "am"),
        (
            "Distributions Vétérinaires Laurentide",
            FA_MAIL["subject"],
            "Wed 2026-11-18",
            "Yesterday",
            phase == "am",
        ),
        ("Dana Kowal", "Holiday hours poster – draft", "Wed 2026-11-18", "Yesterday", False),
        ("OVMA", "CE webinar: practice finances for managers", "2026-11-12", "Last Week", False),
    ]
    return items


def mail(phase: str, reading: dict | None):
    items = _inbox(phase)
    if reading is not None:
        items = [(w, s, t, h, False if s == reading["subject"] else u) for w, s, t, h, u in items]
    sel = next((i for i, it in enumerate(items) if reading and it[1] == reading["subject"]), None)
    unread = sum(1 for it in items if it[4])
    folders = [
        ("Inbox", str(unread) if unread else ""),
        ("Drafts", ""),
        ("Sent Items", ""),
        ("Deleted Items", ""),
        ("Suppliers", ""),
        ("Insurance", ""),
        ("Archive", ""),
    ]
    return outlook_classic(OUTLOOK_TITLE, folders, items, sel, reading)


# --------------------------------------------------------------------------------------------- Slack
CHANNELS = ["front-desk", "general", "inventory", "surgery-board"]
DMS = ["Dr. Sofia Marchetti", "Jenna Okafor", "Dr. Aaron Whitfield"]
FRONT_AM = [
    ("Dana Kowal", "7:31 AM", "Morning! 3 surgery drop-offs are in: Rex, Nala and Bruno.", ""),
    (
        "Dana Kowal",
        "7:48 AM",
        "Mrs. Clarke called, she asked whether Trillium has decided on Biscuit's October claim yet.",
        "",
    ),
    ("Priya Raman", "8:06 AM", "Thanks Dana, I'll chase Trillium this morning.", ""),
]
FRONT_LATE = [
    (
        "Dana Kowal",
        "10:05 AM",
        "Alvarez cancelled Pepper's 14:00 recheck. Mrs. Haddad called, Juniper has been vomiting since last "
        "night. Can we squeeze her in today?",
        "3 replies",
    ),
]
JUNIPER_THREAD = [
    ("Priya Raman", "10:27 AM", "Put Juniper in Dr. Mensah's 14:00 and flag it urgent."),
    ("Dana Kowal", "10:27 AM", "Done, booked at 14:00 with Dr. Mensah."),
    ("Dr. Kwame Mensah", "10:28 AM", "Fine by me, I'll see her."),
]
FRONT_EVE = [
    ("Ruby Singh", "4:02 PM", "Haddad paid, Juniper went home on Cerenia. Invoice $412.36 incl. HST.", ""),
]
SURGERY = [
    (
        "Jenna Okafor",
        "8:52 AM",
        "Rex (Bouchard) dental: 4 extractions planned, pre-anaesthetic bloods normal.",
        "",
    ),
    (
        "Jenna Okafor",
        "8:55 AM",
        "Nala spay: 24.3 kg, dexmedetomidine 5 mcg/kg IM premed. I need an extra pair of hands at 9:30. Priya, "
        "can you assist?",
        "",
    ),
    ("Priya Raman", "9:08 AM", "Yes, I'll be in surgery from 9:30.", ""),
]
SURGERY_NOON = [
    (
        "Jenna Okafor",
        "11:20 AM",
        "All 3 surgeries done. Rex is recovering, Nala goes home at 4, Bruno's mass went to Lakeshore for "
        "histopath.",
        "",
    ),
]
INVENTORY = [
    (
        "Jenna Okafor",
        "9:02 AM",
        "We're down to 9 buprenorphine amps, under the reorder level of 10.",
        "2 replies",
    ),
]
BUP_THREAD = [
    (
        "Priya Raman",
        "9:21 AM",
        "Northland has it backordered until Dec. 2. Can we borrow some from Riverdale?",
    ),
    ("Jenna Okafor", "9:22 AM", "Riverdale Animal Clinic can lend us 5 amps, Marc will pick them up."),
]
INVENTORY_PM = [
    (
        "Priya Raman",
        "1:13 PM",
        f"Northland delivery {ORDER} received and put away: Cerenia, Convenia, rabies vaccine and gloves. Bup "
        "still backordered.",
        "",
    ),
]
GENERAL = [
    (
        "Dr. Aaron Whitfield",
        "2:20 PM",
        "Reminder: Dr. Hannah Lindqvist is on call tonight, Dr. Kwame Mensah takes Friday night.",
        "",
    ),
    (
        "Lily Chen",
        "2:31 PM",
        "Holiday party: Fri. Dec. 11 at Mezze on the Danforth, RSVP to Priya by Nov. 27.",
        "",
    ),
    ("Marc Tremblay", "2:34 PM", "Picked up the 5 bup amps from Riverdale.", ""),
]
MARCHETTI = [
    (
        "Dr. Sofia Marchetti",
        "8:24 AM",
        "Mochi's results are in: creatinine 212 and SDMA 19, so IRIS stage 2.",
        "",
    ),
    (
        "Dr. Sofia Marchetti",
        "8:25 AM",
        "Can you book Daniel Ng a 20-minute consult tomorrow? I'll start benazepril 0.5 mg/kg PO q24h and SC "
        "fluids 100 mL every other day.",
        "",
    ),
    ("Priya Raman", "8:31 AM", "Will do, I'll offer him 10:30 or 15:40.", ""),
]
MARCHETTI_PM = [
    ("Dr. Sofia Marchetti", "1:44 PM", "Biscuit is down to 32.6 kg, good progress on the z/d diet.", ""),
    ("Priya Raman", "1:52 PM", "Great. Trillium approved the claim too, I'll let Mrs. Clarke know.", ""),
]
TOPICS = {
    "front-desk": "Reception, bookings, client calls",
    "surgery-board": "Today's surgeries and dentals",
    "inventory": "Stock, orders, controlled drugs",
    "general": "Everyone at Maplewood",
    "Dr. Sofia Marchetti": "Veterinarian",
}


def replied(messages: list, n: int) -> list:
    """The channel's messages with the last one's reply count as it stands (n replies so far)."""
    who, when, text, _ = messages[-1]
    return [*messages[:-1], (who, when, text, f"{n} repl{'y' if n == 1 else 'ies'}")]


def sl(active: str, messages: list, unread: tuple[str, ...] = (), thread=None):
    kind = "Channel" if active in CHANNELS else "DM"
    return slack(
        f"{active} ({kind}) - Maplewood Animal Hospital - Slack",
        [(c, c in unread) for c in CHANNELS],
        [(d, d in unread) for d in DMS],
        active,
        TOPICS[active],
        messages,
        thread,
    )


# ------------------------------------------------------------------------------------------- ClinicFlow
CHART_TITLE = "Biscuit (Clarke) – Patient chart – ClinicFlow - Google Chrome"
WEIGHTS = [
    ("2025-11-10", "35.4 kg", "Dr. S. Marchetti"),
    ("2026-05-12", "34.8 kg", "J. Okafor, RVT"),
    ("2026-08-20", "33.9 kg", "M. Tremblay, RVT"),
]
WEIGHT_TODAY = ("2026-11-19", "32.6 kg", "L. Chen, RVT")


def chart(phase: str):
    done = phase == "pm"
    weights = ([WEIGHT_TODAY] if done else []) + WEIGHTS[::-1]
    vaccines = [
        ("Rabies (3-year)", "2024-11-05", "3K882R", "2027-11-05", "Current"),
        (
            ("DA2PP", "2026-11-19", "DP7425", "2027-11-19", "Current")
            if done
            else ("DA2PP", "2025-11-10", "DP6610", "2026-11-10", "Overdue")
        ),
        (
            ("Leptospirosis (4-way)", "2026-11-19", "LP3097", "2027-11-19", "Current")
            if done
            else ("Leptospirosis (4-way)", "2025-11-10", "LP2218", "2026-11-10", "Overdue")
        ),
        ("Bordetella (intranasal)", "2026-03-02", "BB1150", "2027-03-02", "Current"),
        ("Lyme", "2025-12-01", "LY0442", "2026-12-01", "Due soon"),
    ]
    notes = [
        "2026-08-20 Dr. S. Marchetti: weight down 0.9 kg. Diet changed to Hill's z/d. Recheck in 3 months.",
        "2026-05-12 J. Okafor, RVT: nail trim, ears clean. Owner reports itchy paws in spring.",
    ]
    if done:
        notes.insert(
            0,
            "2026-11-19 Dr. S. Marchetti: weight 32.6 kg, BCS 5/9. DA2PP and Lepto given. Start fish oil "
            "1,000 mg PO q24h.",
        )
    return cf_chart(
        CHART_TITLE,
        ["Biscuit (Clarke) – ClinicFlow", "Appointments – ClinicFlow", "Pharmacy stock – ClinicFlow"],
        "maplewood.clinicflow.ca/patients/P-10482/chart",
        [
            ("Patient", "Biscuit"),
            ("Species / breed", "Canine · Golden Retriever"),
            ("Sex / age", "MN · 7 y 2 m"),
            ("Client", "Meredith Clarke"),
            ("Phone", "(416) 555-0187"),
            ("Patient ID", "P-10482"),
            ("Insurance", "Trillium Pet Insurance"),
        ],
        ["Food allergy: chicken", "Anxious: gabapentin 300 mg 2 h before visits"],
        weights,
        vaccines,
        notes,
    )


def inventory(received: bool):
    rows = stock_rows(received)
    low = sum(r[-1] == "Low" for r in rows)
    exp = sum(r[-1] == "Expiring" for r in rows)
    footer = f"{len(rows)} items · {low} below reorder level · {exp} expiring within 60 days"
    if received:
        footer += f" · Last received: {ORDER}, 2026-11-19 13:06 by P. Raman"
    return cf_inventory(
        "Pharmacy stock – ClinicFlow - Google Chrome",
        ["Pharmacy stock – ClinicFlow", "Appointments – ClinicFlow", f"Order {ORDER} – Northland"],
        "maplewood.clinicflow.ca/inventory/pharmacy",
        ["All items", "Below reorder level", "Controlled drugs", "Expiring ≤ 60 days"],
        ["Item", "SKU", "Lot", "Expiry", "On hand", "Reorder at", "Status"],
        rows,
        footer,
    )


# ---------------------------------------------------------------------------------------------- Excel
XL_TITLE = "Maplewood_P&L_2026.xlsx - Excel"


def pl_rows(edited: bool) -> list[tuple[str, int, list[str]]]:
    f = lambda v: f"{v:,.2f}"  # noqa: E731
    rows = [
        ("x", 0, ["Maplewood Animal Hospital – Profit & Loss, October 2026 (CAD)", "", "", "", ""]),
        ("x", 0, ["Account", "Oct 2026", "Sep 2026", "Budget Oct", "Var. vs budget"]),
    ]
    t = pl_totals(edited)
    keys = {"Revenue": "rev", "Cost of goods sold": "cogs", "Operating expenses": "opex"}
    labels = {
        "Revenue": "Total revenue",
        "Cost of goods sold": "Total COGS",
        "Operating expenses": "Total opex",
    }
    for g, items in pl_groups(edited):
        rows.append(("h", 0, [g, "", "", "", ""]))
        for n, a, b, c in items:
            rows.append(("", 1, [n, f(a), f(b), f(c), f(a - c)]))
        v = t[keys[g]]
        rows.append(("s", 0, [labels[g], f(v[0]), f(v[1]), f(v[2]), f(v[0] - v[2])]))
        if g == "Cost of goods sold":
            v = t["gross"]
            rows.append(("s", 0, ["Gross profit", f(v[0]), f(v[1]), f(v[2]), f(v[0] - v[2])]))
    v = t["net"]
    rows.append(("s", 0, ["Net operating income", f(v[0]), f(v[1]), f(v[2]), f(v[0] - v[2])]))
    return rows


LAB_ROW = 12  # the 'Outside lab fees' row's number on the sheet


def xl(phase: str, i: int = 0):
    edited = phase in ("edit", "final") and not (phase == "edit" and i == 0)
    rows = pl_rows(edited)
    assert rows[LAB_ROW - 1][2][0] == "Outside lab fees"
    if phase == "edit":
        cell, formula, sel = f"B{LAB_ROW}", "15127.4" if edited else "14285", (LAB_ROW, 1)
    else:
        cell, formula, sel = "A1", rows[0][2][0], None
    return excel_dark(
        XL_TITLE, cell, formula, ["A", "B", "C", "D", "E"], rows, ["Oct 2026", "Sep 2026", "YTD"], sel
    )


# ---------------------------------------------------------------------------------------- the supplier
def order(phase: str):
    delivered = phase == "pm"
    lines = []
    for name, sku, q, p in ORDER_LINES:
        bo = name == BACKORDERED
        lines.append(
            [name, sku, f"{q}", f"{cad(p)}", "Backordered" if bo else f"{q}", cad(0 if bo else q * p)]
        )
    steps = [
        ("Nov. 17, 2026, 4:12 p.m.", "Order placed by Priya Raman"),
        ("Nov. 18, 2026, 9:40 a.m.", "Shipped from Mississauga DC"),
        ("Nov. 19, 2026, 7:05 a.m.", "Out for delivery"),
    ]
    if delivered:
        steps.append(("Nov. 19, 2026, 12:48 p.m.", "Delivered, signed by T. Brooks"))
    return supplier_order(
        f"Order {ORDER} – Northland Veterinary Supply and 2 more pages - Work - Microsoft Edge",
        [f"Order {ORDER} – Northland", "Backorders – Northland", "Invoices – Northland"],
        f"portal.northlandvet.ca/orders/{ORDER}",
        ORDER,
        "Delivered · Nov. 19, 2026" if delivered else "Out for delivery",
        [
            ("Placed", "Nov. 17, 2026"),
            ("Your PO", ORDER_PO),
            ("Ship to", f"Maplewood Animal Hospital, {CLINIC_ADDR}"),
            ("Carrier", "Purolator"),
            ("Tracking", TRACKING),
        ],
        ["Item", "SKU", "Ordered", "Unit price", "Shipped", "Amount"],
        lines,
        [
            ("Subtotal", cad(ORDER_SUB)),
            ("HST 13% (ON)", cad(ORDER_HST)),
            ("Shipping", "$0.00"),
            ("Order total (CAD)", cad(ORDER_TOTAL)),
            ("GST/HST Reg. No.", "86421 7730 RT0001"),
        ],
        steps,
    )


# ---------------------------------------------------------------------------------------------- Acrobat
LAB_PDF = "LVD-26-884172_Mochi_Ng.pdf"
FA_PDF = "FA-20931_Maplewood.pdf"
LAB_VALUES = [  # section, test, result, unit, reference, flag
    ("Chemistry", "Creatinine", "212", "µmol/L", "71–159", "H"),
    ("Chemistry", "Urea (BUN)", "14.8", "mmol/L", "5.7–12.9", "H"),
    ("Chemistry", "SDMA", "19", "µg/dL", "0–14", "H"),
    ("Chemistry", "ALT", "48", "U/L", "12–115", ""),
    ("Chemistry", "Glucose", "6.1", "mmol/L", "3.9–8.8", ""),
    ("Chemistry", "Phosphorus", "1.92", "mmol/L", "1.00–2.42", ""),
    ("Chemistry", "Potassium", "3.6", "mmol/L", "3.5–5.8", ""),
    ("Chemistry", "Total T4", "38", "nmol/L", "10–55", ""),
    ("Hematology", "Hematocrit (HCT)", "0.29", "L/L", "0.30–0.45", "L"),
    ("Hematology", "WBC", "8.4", "×10⁹/L", "5.5–19.5", ""),
    ("Hematology", "Platelets", "312", "×10⁹/L", "151–600", ""),
]


def _lab_page(s) -> str:
    head = "".join(
        f"<div><span style='color:#555;display:inline-block;width:130px'>{s.t(k)}</span>{s.t(v)}</div>"
        for k, v in [
            ("Accession", "LVD-26-884172"),
            ("Patient", "Mochi"),
            ("Species", "Feline · DSH · 14 y · FS"),
            ("Owner", "Daniel Ng"),
            ("Clinic", "Maplewood Animal Hospital"),
            ("Veterinarian", "Dr. Sofia Marchetti"),
            ("Collected", "Nov. 18, 2026 16:40"),
            ("Reported", "Nov. 19, 2026 07:58"),
        ]
    )
    out = (
        f"<div style='display:flex;align-items:flex-end;border-bottom:3px solid #0b5394;padding-bottom:8px'><div>"
        f"<div style='font-size:24px;font-weight:bold;color:#0b5394'>{s.t('Lakeshore Veterinary Diagnostics')}"
        f"</div><div style='font-size:12.5px;color:#444'>{s.t('145 Lakeshore Rd E, Mississauga, ON L5G 1E7 · (905) 555-0128')}"
        f"</div></div><div style='margin-left:auto;font-size:18px;font-weight:bold'>{s.t('FINAL REPORT')}</div>"
        f"</div><div style='font-size:13.5px;line-height:21px;margin:12px 0;columns:2'>{head}</div>"
    )
    section = None
    for sec, test, res, unit, ref, flag in LAB_VALUES:
        if sec != section:
            if section:
                out += "</table>"
            out += (
                f"<div style='font-size:15px;font-weight:bold;margin:12px 0 4px'>{s.t(sec)}</div><table "
                f"class='lr' style='width:100%;border-collapse:collapse'><tr><th>{s.t('Test')}</th><th>"
                f"{s.t('Result')}</th><th>{s.t('Units')}</th><th>{s.t('Reference range')}</th><th>{s.t('Flag')}"
                f"</th></tr>"
            )
            section = sec
        bold = "font-weight:bold;" if flag else ""
        out += (
            f"<tr><td>{s.t(test)}</td><td style='{bold}'>{s.t(res)}</td><td>{s.t(unit)}</td><td>{s.t(ref)}</td>"
            f"<td style='{bold}color:#b00'>{s.t(flag) if flag else ''}</td></tr>"
        )
    out += (
        f"</table><div style='margin-top:14px;font-size:13.5px;line-height:20px'>"
        f"{s.t('Comment: azotemia with elevated SDMA, consistent with IRIS stage 2 CKD. Recheck in 4–6 weeks.')}"
        f"</div><div style='font-size:13.5px;margin-top:6px'>"
        f"{s.t('Reviewed by Dr. Eliza Grant, DVM, DACVP (clinical pathologist)')}</div>"
    )
    return out


def _fa_page(s) -> str:
    rows = "".join(
        f"<tr><td>{s.t(d)}</td><td style='text-align:right'>{s.t(str(q))}</td><td style='text-align:right'>"
        f"{s.t(fr(p))}</td><td style='text-align:right'>{s.t(fr(q * p))}</td></tr>"
        for d, q, p in FA_LINES
    )
    tot = "".join(
        f"<div style='display:flex;padding:4px 0;{'font-weight:bold;border-top:2px solid #333;' if k == 'Total' else ''}'>"
        f"<span>{s.t(k)}</span><span style='margin-left:auto'>{s.t(v)}</span></div>"
        for k, v in (
            ("Sous-total", fr(FA_SUB)),
            ("TVH (13 %) – Ontario", fr(FA_TVH)),
            ("Total", fr(FA_TOTAL)),
        )
    )
    return (
        f"<div style='display:flex'><div><div style='font-size:22px;font-weight:bold;color:#7a1f1f'>"
        f"{s.t('Distributions Vétérinaires Laurentide inc.')}</div><div style='font-size:13px;line-height:19px;"
        f"color:#333'>{s.t('4120, boul. Industriel, Laval (Québec) H7L 4R9')}<br>{s.t('No TPS/TVH : ' + FA_GST_NO)}"
        f"<br>{s.t('No TVQ : 1228473391 TQ0001')}</div></div><div style='margin-left:auto;text-align:right'><div "
        f"style='font-size:26px;font-weight:bold'>{s.t('FACTURE')}</div><div style='font-size:13.5px;line-height:"
        f"20px'>{s.t('No de facture : FA-20931')}<br>{s.t('Date : 12/11/2026')}<br>{s.t('Échéance : 12/12/2026')}"
        f"<br>{s.t('Conditions : Net 30 jours')}</div></div></div><div style='margin:24px 0 16px;font-size:13.5px;"
        f"line-height:20px'><b>{s.t('Facturé à :')}</b><br>{s.t('Hôpital vétérinaire Maplewood')}<br>"
        f"{s.t('688 Pape Ave, Toronto (Ontario) M4K 1N2')}<br>{s.t('No de client : C-30577')}</div><table class='lr'"
        f" style='width:100%;border-collapse:collapse'><tr><th>{s.t('Description')}</th><th style='text-align:right'>"
        f"{s.t('Qté')}</th><th style='text-align:right'>{s.t('Prix unitaire')}</th><th style='text-align:right'>"
        f"{s.t('Montant')}</th></tr>{rows}</table><div style='width:380px;margin:18px 0 0 auto;font-size:14px'>"
        f"{tot}</div><div style='margin-top:30px;font-size:12.5px;color:#444'>"
        f"{s.t('Paiement par virement ou chèque à l’ordre de Distributions Vétérinaires Laurentide inc. Merci !')}"
        f"</div>"
    )


def pdf(which: str):
    tabs = [LAB_PDF, FA_PDF] if which == "lab" else [FA_PDF, LAB_PDF]
    build = _lab_page if which == "lab" else _fa_page
    return acrobat(f"{tabs[0]} - Adobe Acrobat Pro (64-bit)", tabs, 0, "1", "/ 1", build)


# -------------------------------------------------------------------------------------- the time clock
STAFF = [  # name, role, scheduled, clock-in (by phase: am, mid, pm, eve), out at eve
    ("Tyler Brooks", "Kennel attendant", "07:00–15:30", "06:59"),
    ("Jenna Okafor", "Head RVT", "07:30–16:00", "07:28"),
    ("Dana Kowal", "Client service rep", "07:45–16:15", "07:45"),
    ("Dr. Sofia Marchetti", "Veterinarian", "08:00–17:00", "07:50"),
    ("Marc Tremblay", "RVT", "08:00–16:30", "07:55"),
    ("Priya Raman", "Practice manager", "08:00–16:30", "07:58"),
    ("Dr. Kwame Mensah", "Veterinarian", "08:00–17:00", "07:59"),
    ("Lily Chen", "RVT", "08:30–17:00", "09:02"),
    ("Ruby Singh", "Client service rep", "12:00–20:00", "11:56"),
    ("Dr. Hannah Lindqvist", "Veterinarian", "12:00–20:00", "11:52"),
]


def clock(phase: str):
    now = {"am": "08:10", "mid": "09:12", "pm": "13:15", "eve": "15:54"}[phase]
    rows = []
    for name, role, sched, cin in STAFF:
        start = sched.split("–")[0]
        out = "15:34" if name == "Tyler Brooks" and phase == "eve" else ""
        if cin > now:
            status = "Scheduled" if start > now else "Not in"
            cin = ""
        elif out:
            status = "Clocked out"
        else:
            status = "Late" if cin > start else "On shift"
        rows.append([name, role, sched, cin or "—", out or "—", status])
    fixed = phase in ("pm", "eve")
    side = [
        (
            "Approved edit" if fixed else "Missed punch",
            "Marc Tremblay · Wed 2026-11-18 · out 18:06 (edited by P. Raman)"
            if fixed
            else "Marc Tremblay · Wed 2026-11-18 · no clock-out",
        ),
        ("Late arrivals this period", "2" if phase == "am" else "3"),
        ("Overtime this period", "Jenna Okafor 6.5 h"),
        (
            "Hours this period (all staff)",
            "612.5 h" if phase == "am" else "638.0 h" if phase == "mid" else "671.5 h",
        ),
        ("Payroll export", "Due Mon. 2026-11-23 10:00"),
    ]
    return timeclock(
        "Shiftwise TimeClock – Maplewood Animal Hospital",
        "Today · Thu 2026-11-19",
        "Pay period Nov. 8 – Nov. 21, 2026 · closes Sat. 23:59",
        ["Employee", "Role", "Scheduled", "In", "Out", "Status"],
        rows,
        side,
        f"{sum(r[5] in ('On shift', 'Late') for r in rows)} on shift now · times in 24-hour format",
    )


# ------------------------------------------------------------------------------------------------ Zoom
ZOOM_CHAT = [
    ("Colleen Murray", "11:02 AM", "Agenda: 1) holiday hours 2) dental month 3) 2027 price list"),
    ("Jordan Blake", "11:06 AM", "Riverdale is closed Dec. 25–26 and Jan. 1, open Dec. 24 until 2 p.m."),
    ("Colleen Murray", "11:09 AM", "Dental month is February again: 15% off COHATs booked by Jan. 31."),
    ("Anika Sharma", "11:13 AM", "The 2027 price list goes live Jan. 4, fees up 4.5% on average."),
    ("Tom Beaulieu", "11:16 AM", "Anyone else seeing Convenia backorders? Northland told us 2–3 weeks."),
    ("Priya Raman", "11:18 AM", "Ours is out for delivery today, only buprenorphine is backordered."),
    ("Colleen Murray", "11:21 AM", "Next sync: Thu. Dec. 17 at 11:00. Thanks everyone!"),
]
ZOOM_PEOPLE = [
    "Colleen Murray (Host)",
    "Priya Raman",
    "Jordan Blake – Riverdale",
    "Anika Sharma – Leslieville",
    "Tom Beaulieu – Scarborough",
    "Grace Oduya – Beaches",
]


def meeting(i: int):
    minute = 0.5 + 3 * i  # frames at 11:00:30 + 3 min
    shown = [c for c in ZOOM_CHAT if int(c[1].split(":")[1][:2]) <= minute]
    speakers = ["Colleen Murray (Host)", "Jordan Blake – Riverdale", "Colleen Murray (Host)"]
    speakers += ["Anika Sharma – Leslieville", "Tom Beaulieu – Scarborough", "Priya Raman"]
    speakers += ["Colleen Murray (Host)", "Grace Oduya – Beaches"]
    secs = int(minute * 60) + 60
    return zoom(
        "Zoom Meeting",
        "East GTA practice managers – monthly sync · Meeting ID: 842 1193 5520",
        f"{secs // 3600:02d}:{secs // 60 % 60:02d}:{secs % 60:02d}",
        ZOOM_PEOPLE,
        speakers[i],
        shown,
    )


# ------------------------------------------------------------------------------------------ Notepad++
NOTES = [
    "Thu 2026-11-19",
    "- Drug fridge 08:15: 4.1 °C (log OK, range 2–8 °C)",
    f"- Northland {ORDER} out for delivery, bup backordered to Dec. 2",
    "- Mochi: book Daniel Ng consult Fri (10:30 or 15:40)",
    f"- Laurentide FA-20931 {fr(FA_TOTAL)} -> AP batch Monday",
    "- Juniper (Haddad) 14:00 Mensah, Pepper cancelled",
    f"- Trillium {CLAIM_NO} approved {cad(CLAIM_PAID)} -> call Mrs. Clarke",
    f"- Received {ORDER} 13:06, 4 lines put away",
    f"- Lakeshore Oct statement {cad(LAB_FEES_NEW)}, P&L updated",
    "- HVAC Mon 7:30 a.m., roof hatch via kennel ward -> Tyler to open",
    f"- Dental sensor PO to Cobalt Imaging, {cad(SENSOR_QUOTE)} + HST",
]


def notes(n: int):
    text = NOTES[:n]
    return notepadpp(
        "C:\\Users\\priya\\Documents\\notes\\2026-11-19.txt - Notepad++",
        ["2026-11-19.txt", "suppliers.txt", "new 1"],
        text,
        [
            "Normal text file",
            f"length : {sum(len(t) + 2 for t in text)}    lines : {len(text)}",
            f"Ln : {len(text)}    Col : {len(text[-1]) + 1}",
            "Windows (CR LF)",
            "UTF-8",
            "INS",
        ],
    )


# -------------------------------------------------------------------------------------------- weather
FORECAST = [
    ["Thu Nov. 19", "Flurries", "1°C", "-4°C", "40%", "< 1 cm", "NW 20 km/h"],
    ["Fri Nov. 20", "Snow", "-1°C", "-6°C", "90%", "5–10 cm", "NE 30 km/h"],
    ["Sat Nov. 21", "Flurries", "-2°C", "-8°C", "60%", "2 cm", "N 25 km/h"],
    ["Sun Nov. 22", "Sunny", "0°C", "-7°C", "10%", "0 cm", "W 15 km/h"],
    ["Mon Nov. 23", "Cloudy", "3°C", "-2°C", "20%", "0 cm", "SW 15 km/h"],
    ["Tue Nov. 24", "Rain", "6°C", "1°C", "70%", "0 cm", "S 25 km/h"],
    ["Wed Nov. 25", "Cloudy", "4°C", "-1°C", "30%", "0 cm", "W 20 km/h"],
]
FRI_PM = ["Fri Nov. 20", "Heavy snow", "-1°C", "-6°C", "100%", "10–15 cm", "NE 40 km/h"]


def forecast(phase: str):
    pm = phase == "pm"
    days = [FORECAST[0], FRI_PM, *FORECAST[2:]] if pm else FORECAST
    now = (
        ["1°C", "Feels like -4", "Cloudy", "Wind W 15 km/h", "Updated 2:36 p.m."]
        if pm
        else ["-3°C", "Feels like -8", "Light flurries", "Wind NW 20 km/h", "Updated 8:15 a.m."]
    )
    hourly = (
        [("3 p.m.", "1°C", "Cloudy"), ("4 p.m.", "1°C", "Cloudy"), ("5 p.m.", "0°C", "Cloudy")]
        + [("6 p.m.", "-1°C", "Cloudy"), ("9 p.m.", "-3°C", "Flurries")]
        if pm
        else [("9 a.m.", "-3°C", "Flurries"), ("12 p.m.", "-1°C", "Cloudy"), ("3 p.m.", "1°C", "Cloudy")]
        + [("6 p.m.", "-1°C", "Cloudy"), ("9 p.m.", "-3°C", "Cloudy")]
    )
    return weather(
        "Toronto, ON – 7-day forecast – NorthSky Weather - Google Chrome",
        ["Toronto, ON – NorthSky Weather", "Appointments – ClinicFlow"],
        "northskyweather.ca/en/on/toronto/7-day",
        "Toronto, ON",
        now,
        "Snowfall warning in effect for Toronto: 10 to 15 cm of snow Friday into Saturday morning."
        if pm
        else "",
        hourly,
        days,
    )


# ------------------------------------------------------------------------------------------------ maps
def route():
    return maps(
        "Maplewood Animal Hospital to Don Valley Emergency & Referral – Google Maps - Google Chrome",
        ["Maplewood to Don Valley Emergency", "Appointments – ClinicFlow"],
        "google.ca/maps/dir/688+Pape+Ave,+Toronto/920+Eglinton+Ave+E,+Toronto",
        f"Maplewood Animal Hospital, {CLINIC_ADDR}",
        "Don Valley Emergency & Referral Vets, 920 Eglinton Ave E, Toronto, ON M4G 2L1",
        [
            ("14 min", "7.9 km", "via Don Valley Pkwy N"),
            ("18 min", "8.6 km", "via Bayview Ave"),
            ("21 min", "7.4 km", "via Pape Ave and Laird Dr"),
        ],
        "Leave now · light traffic · no tolls",
    )


# -------------------------------------------------------------------------------------------- softphone
CALLS = [  # newest last: direction, name, number, time, duration
    ("Incoming", "Meredith Clarke", "(416) 555-0187", "7:41 a.m.", "1:52"),
    ("Outgoing", "Northland Veterinary Supply", "1-800-555-0199", "8:21 a.m.", "4:12"),
    ("Missed", "Trillium Pet Insurance", "1-888-555-0163", "10:12 a.m.", ""),
    ("Outgoing", "Trillium Pet Insurance", "1-888-555-0163", "11:41 a.m.", "12:37"),
    ("Incoming", "Lakeshore Veterinary Diagnostics", "(905) 555-0128", "2:31 p.m.", "3:48"),
    ("Outgoing", "Beaches Property Group", "(416) 555-0171", "4:04 p.m.", "6:20"),
]


def phone(n: int):
    return softphone("Zoiper", ["Contacts", "History", "Dialpad"], CALLS[:n][::-1], "Enter a name or number")


# ------------------------------------------------------------------------------------------------ day
def segments() -> list[tuple]:
    """(local start, frames, seconds between frames, screen for frame i)."""
    return [
        ("08:02:00", 1, 40, lambda i: mail("am", None)),
        ("08:02:40", 2, 45, lambda i: mail("am", SENSOR_MAIL)),
        ("08:04:10", 2, 45, lambda i: mail("am", SHIP_MAIL)),
        ("08:05:40", 2, 50, lambda i: sl("front-desk", FRONT_AM, ("surgery-board",))),
        ("08:07:30", 2, 45, lambda i: book("am")),
        ("08:10:00", 2, 50, lambda i: clock("am")),
        ("08:12:00", 2, 45, lambda i: inventory(False)),
        ("08:14:30", 2, 45, lambda i: order("am")),
        ("08:16:10", 2, 45, lambda i: forecast("am")),
        ("08:17:50", 2, 40, lambda i: notes(2 + i)),
        # 08:19-08:26: the call to Northland (8:21) and the printer
        ("08:26:00", 1, 45, lambda i: phone(2)),
        ("08:26:50", 2, 45, lambda i: mail("am", LAB_MAIL)),
        ("08:28:30", 2, 50, lambda i: pdf("lab")),
        ("08:31:10", 2, 45, lambda i: sl("Dr. Sofia Marchetti", MARCHETTI)),
        ("08:32:50", 2, 45, lambda i: xl("am")),
        ("08:35:20", 2, 45, lambda i: chart("am")),
        ("08:37:00", 1, 40, lambda i: notes(4)),
        # 08:38-09:08: morning rounds in the treatment room
        ("09:08:30", 2, 45, lambda i: sl("surgery-board", SURGERY, ("inventory",))),
        ("09:10:10", 2, 45, lambda i: book("am")),
        ("09:12:00", 2, 50, lambda i: clock("mid")),
        ("09:14:00", 2, 45, lambda i: mail("am", FA_MAIL)),
        ("09:15:40", 2, 50, lambda i: pdf("fa")),
        ("09:18:20", 1, 40, lambda i: notes(5)),
        ("09:19:10", 1, 45, lambda i: xl("am")),
        ("09:20:10", 1, 45, lambda i: sl("inventory", [(*INVENTORY[0][:3], "")])),
        (
            "09:21:00",
            3,
            45,
            lambda i: sl(
                "inventory",
                replied(INVENTORY, 1 + min(i, 1)),
                (),
                (
                    "We're down to 9 buprenorphine amps, under the reorder level of 10.",
                    BUP_THREAD[: 1 + min(i, 1)],
                ),
            ),
        ),
        ("09:23:30", 2, 45, lambda i: inventory(False)),
        # 09:25-10:26: assisting in surgery (Nala's spay); Trillium calls at 10:12
        ("10:26:10", 1, 45, lambda i: phone(3)),
        (
            "10:27:00",
            3,
            45,
            lambda i: sl(
                "front-desk",
                replied(FRONT_AM + FRONT_LATE, 1 + i),
                (),
                (FRONT_LATE[0][2], JUNIPER_THREAD[: 1 + i]),
            ),
        ),
        ("10:29:30", 2, 45, lambda i: book("late")),
        ("10:32:00", 1, 45, lambda i: order("am")),
        ("10:33:00", 1, 40, lambda i: notes(6)),
        ("10:33:50", 2, 45, lambda i: xl("am")),
        # 10:35-11:00: at the front desk with a client
        ("11:00:30", 8, 180, meeting),
        ("11:25:00", 2, 45, lambda i: mail("late", CLAIM_MAIL)),
        ("11:26:40", 2, 45, lambda i: chart("am")),
        ("11:28:20", 2, 45, lambda i: sl("surgery-board", SURGERY + SURGERY_NOON)),
        # 11:30-11:54: the call back to Trillium (11:41, 12 min 37 s) and the front desk
        ("11:54:30", 1, 45, lambda i: phone(4)),
        ("11:55:20", 1, 40, lambda i: notes(7)),
        # 11:56-13:05: lunch
        ("13:05:20", 2, 45, lambda i: order("pm")),
        ("13:07:00", 2, 45, lambda i: inventory(True)),
        ("13:09:30", 2, 45, lambda i: mail("pm", CPA_MAIL)),
        ("13:11:10", 1, 50, lambda i: xl("edit", 0)),
        ("13:12:00", 2, 45, lambda i: xl("edit", 1)),
        ("13:13:40", 2, 45, lambda i: sl("inventory", INVENTORY + INVENTORY_PM)),
        ("13:15:20", 2, 45, lambda i: clock("pm")),
        ("13:17:50", 2, 45, lambda i: book("late")),
        ("13:19:30", 1, 40, lambda i: notes(8)),
        # 13:20-13:50: the monthly controlled-drug count in the pharmacy
        ("13:50:10", 2, 45, lambda i: chart("pm")),
        ("13:52:40", 2, 45, lambda i: sl("Dr. Sofia Marchetti", MARCHETTI + MARCHETTI_PM)),
        ("13:54:20", 2, 45, lambda i: pdf("lab")),
        ("13:56:00", 2, 45, lambda i: route()),
        ("13:57:40", 2, 45, lambda i: mail("hvac", HVAC_MAIL)),
        # 13:59-14:35: a client at the front desk, then Lakeshore's call (2:31 p.m.)
        ("14:35:30", 1, 45, lambda i: phone(5)),
        ("14:36:20", 2, 45, lambda i: forecast("pm")),
        ("14:38:00", 2, 45, lambda i: xl("final")),
        ("14:39:40", 2, 45, lambda i: sl("general", GENERAL)),
        ("14:41:20", 1, 40, lambda i: notes(9)),
        # 14:42-15:50: meeting with Dr. Whitfield in his office (Q4 capital list)
        ("15:50:30", 2, 45, lambda i: mail("hvac", None)),
        ("15:52:10", 2, 45, lambda i: clock("eve")),
        # 15:54-16:11: the call to Beaches Property Group (4:04 p.m.)
        ("16:11:00", 2, 45, lambda i: phone(6)),
        ("16:12:40", 2, 45, lambda i: inventory(True)),
        ("16:14:20", 2, 45, lambda i: book("eve")),
        ("16:16:00", 2, 45, lambda i: sl("front-desk", FRONT_AM + FRONT_LATE + FRONT_EVE)),
        ("16:17:40", 2, 45, lambda i: xl("final")),
        # 16:19-17:20: the kennel ward walk-through for Monday's HVAC visit
        ("17:20:30", 2, 45, lambda i: mail("hvac", None)),
        ("17:22:10", 2, 40, lambda i: notes(10 + i)),
        ("17:23:40", 1, 45, lambda i: book("eve")),
    ]


DAY = {
    "name": "vet",
    "run": "5b7e19d3",
    "date": "2026-11-19",
    "tzid": "America/Toronto",
    "offset_minutes": -300,
    "locale": "es",  # 24-hour clock and a day-first date (make_days.clock); the taskbar writes '2:45 p.m.', ISO
    "segments": segments,
}
