"""Day "estate" (Fri 2026-11-27, Lyon, fr-FR Windows: 24-hour taskbar clock, dd/mm/yyyy, amounts 1 234,50 €),
the third held-out day: a property manager at a letting agency (Régie Fourvière Gestion) deals with a water
leak in a rented flat (the caretaker on WhatsApp, the plumber's quote as a PDF, the lease checked for who
pays, the owner on Zoom approving the quote without its call-out line, the cost sheet edited, the go-ahead
mailed), follows November's rents (the rent ledger, the bank's escrow account, two payments recorded), and
types up a move-out inspection. Thunderbird (light), Firefox (Gestimmo, WhatsApp Web in dark, the PDF
viewer, Google Calendar, Banque Confluence), LibreOffice Calc, Notepad++ (dark), File Explorer and Zoom
(dark). A site visit (09:00-10:15), lunch and viewings leave gaps without frames. Layouts:
bench/qa/screens_estate.py (none shared with the other days); the typing of mails and notes reuses
day_buy.typed."""

from __future__ import annotations

from day_buy import typed
from screens_estate import (
    bank,
    calc,
    calendar,
    explorer,
    ledger,
    notepadpp,
    pdf_viewer,
    tenant_card,
    thunderbird,
    thunderbird_write,
    whatsapp,
    zoom,
)

ME = "Camille Roux"
MY_MAIL = "camille.roux@fourviere-gestion.fr"
TB = f"Inbox - {MY_MAIL} - Mozilla Thunderbird"
FF = " — Mozilla Firefox"


# ----------------------------------------------------------------------------------------------- mail
def folders(unread: int) -> list[tuple[str, str]]:
    return [
        ("Inbox", str(unread) if unread else ""),
        ("Drafts", ""),
        ("Sent", ""),
        ("Owners", ""),
        ("Contractors", ""),
        ("Archives", ""),
        ("Trash", ""),
    ]


# (subject, correspondent, date as Thunderbird shows it, unread, attachment)
QUOTE_ROW = ("Devis DEV-2026-0417 – leak, 14 rue Mercière", "Plomberie Saône Services", "08:21", True, True)
SOFIA_ROW = ("November rent – partial payment", "Sofia Benali", "07:46", True, False)
OLDER = [
    (
        "AGM Résidence Les Canuts – convocation 15/12/2026",
        "Syndic Lumière & Associés",
        "26/11/2026 17:12",
        False,
        True,
    ),
    ("Parking space B-14 – remote not working", "Lucas Perrin", "26/11/2026 11:03", False, False),
    ("Owner statement October – 14 rue Mercière", "Hélène Vasseur", "25/11/2026 09:30", False, False),
    (
        "Your Banque Confluence e-statement is available",
        "Banque Confluence",
        "24/11/2026 06:02",
        False,
        False,
    ),
]
NADIA_ROW = ("Water leak in my flat (3B)", "Nadia Haddad", "09:40", True, False)
CLAIM_ROW = (
    "Claim SIN-26-0048817 registered – water damage",
    "MMA Entreprise Sinistres",
    "15:52",
    True,
    False,
)
PLUMBER_OK_ROW = ("Re: Devis DEV-2026-0417 – go-ahead", "Plomberie Saône Services", "16:05", True, False)

QUOTE_PDF = "DEV-2026-0417_Plomberie_Saone.pdf"
QUOTE_MAIL = dict(
    subject="Devis DEV-2026-0417 – leak, 14 rue Mercière",
    sender="Karim Belkacem",
    address="devis@plomberie-saone.fr",
    to=MY_MAIL,
    when="27/11/2026 08:21",
    attachment=(QUOTE_PDF, "184 KB"),
    body=[
        "Good morning Ms Roux,",
        "following Mehdi's call, please find our quote for the leaking riser at 14 rue Mercière (flat 3B and the "
        "ceiling of 2B).",
        "We can start on Monday 30/11 if we have your go-ahead by 17:00 today.",
        "Best regards,",
        "Karim Belkacem – Plomberie Saône Services – 04 78 42 19 60",
    ],
)
SOFIA_MAIL = dict(
    subject="November rent – partial payment",
    sender="Sofia Benali",
    address="sofia.benali@free.fr",
    to=MY_MAIL,
    when="27/11/2026 07:46",
    body=[
        "Hello Camille,",
        "I transferred 500 € yesterday for November. The remaining 455 € will follow on 4 December, when my "
        "salary comes in.",
        "Sorry for the delay, it won't happen again.",
        "Sofia Benali (lot A-102)",
    ],
)
NADIA_MAIL = dict(
    subject="Water leak in my flat (3B)",
    sender="Nadia Haddad",
    address="nadia.haddad@orange.fr",
    to=MY_MAIL,
    when="27/11/2026 09:40",
    body=[
        "Dear Camille,",
        "thank you for sending Mehdi so quickly this morning. The water is off in the kitchen and the bathroom.",
        "I am at work until 18:30; my neighbour in 2B, Mr Ferrand, has a spare key for the plumber.",
        "Will the repair be paid by the owner? My home insurance is with MAIF, contract 4471 0826 M.",
        "Nadia Haddad – 06 71 42 88 15",
    ],
)
CLAIM_MAIL = dict(
    subject="Claim SIN-26-0048817 registered – water damage",
    sender="MMA Entreprise Sinistres",
    address="sinistres.pro@mma.fr",
    to=MY_MAIL,
    when="27/11/2026 15:52",
    body=[
        "Dear Madam,",
        "we confirm the registration of your water damage claim under number SIN-26-0048817 "
        "(policy MRI-LY-220519, 14 rue Mercière, 69002 Lyon).",
        "Our expert, Cabinet Durand Expertises, will visit on Thursday 03/12/2026 at 11:00.",
        "Please keep the invoices and photos of the damage.",
        "MMA Entreprise – Service Sinistres",
    ],
)


def inbox(phase: str, i: int = 0):
    """morning: the quote and Sofia's mail unread until opened; late morning: Nadia's mail on top; evening:
    the insurer's and the plumber's answers."""
    if phase == "morning":
        rows = [QUOTE_ROW, SOFIA_ROW, *OLDER]
        unread = 2
    elif phase == "midday":
        rows = [NADIA_ROW, _read(QUOTE_ROW), _read(SOFIA_ROW), *OLDER]
        unread = 1
    else:
        rows = [PLUMBER_OK_ROW, CLAIM_ROW, _read(NADIA_ROW), _read(QUOTE_ROW), _read(SOFIA_ROW), *OLDER[:3]]
        unread = 2 - (i >= 2)
        if i >= 2:
            rows[1] = _read(CLAIM_ROW)
    sel = 1 if phase == "evening" and i >= 2 else -1
    return thunderbird(TB, MY_MAIL, folders(unread), rows, sel, reading=CLAIM_MAIL if sel == 1 else None)


def _read(row: tuple) -> tuple:
    return (*row[:3], False, row[4])


def read(m: dict):
    if m is QUOTE_MAIL:
        rows, unread, sel = [_read(QUOTE_ROW), SOFIA_ROW, *OLDER], 1, 0
    elif m is SOFIA_MAIL:
        rows, unread, sel = [_read(QUOTE_ROW), _read(SOFIA_ROW), *OLDER], 0, 1
    else:
        rows, unread, sel = [_read(NADIA_ROW), _read(QUOTE_ROW), _read(SOFIA_ROW), *OLDER], 0, 0
    return thunderbird(TB, MY_MAIL, folders(unread), rows, sel, reading=m)


PLUMBER_OK = dict(
    subject="Re: Devis DEV-2026-0417 – go-ahead",
    sender="Karim Belkacem",
    address="devis@plomberie-saone.fr",
    to=MY_MAIL,
    when="27/11/2026 16:05",
    body=[
        "Dear Ms Roux,",
        "thank you, confirmed for Monday 30/11 at 08:30. Our technician Yanis will come with the materials.",
        "The revised quote DEV-2026-0417-B (1 230,00 € HT) follows by post.",
        "Karim Belkacem",
    ],
)


def read_evening(i: int):
    rows = [_read(PLUMBER_OK_ROW), _read(CLAIM_ROW), _read(NADIA_ROW), _read(QUOTE_ROW), _read(SOFIA_ROW)]
    return thunderbird(TB, MY_MAIL, folders(0), rows + OLDER[:3], 0, reading=PLUMBER_OK)


GO_AHEAD = [
    "Dear Mr Belkacem,",
    "",
    "the owner, Ms Vasseur, approves quote DEV-2026-0417 without the call-out line (45,00 € HT).",
    "Please go ahead: new total 1 230,00 € HT, i.e. 1 353,00 € incl. 10 % VAT.",
    "Work can start on Monday 30/11 at 08:30. Mehdi, our caretaker (06 58 21 77 04), will open the riser "
    "cupboard.",
    "",
    "Kind regards,",
    "Camille Roux – Régie Fourvière Gestion – 04 72 10 36 58",
]


def go_ahead(i: int):
    return thunderbird_write(
        "Write: Re: Devis DEV-2026-0417 – leak, 14 rue Mercière - Thunderbird",
        f"{ME} <{MY_MAIL}>",
        "Karim Belkacem <devis@plomberie-saone.fr>",
        "Re: Devis DEV-2026-0417 – leak, 14 rue Mercière",
        typed(GO_AHEAD, i + 1, 4),
        [
            "On 27/11/2026 08:21, Karim Belkacem wrote:",
            "> Good morning Ms Roux,",
            "> following Mehdi's call, …",
        ],
    )


# --------------------------------------------------------------------------------------- quote (PDF)
QUOTE_LINES = [
    ["1", "Leak detection (thermal camera)", "1", "180,00 €", "180,00 €"],
    ["2", "Replace copper riser Ø22, 2,5 m", "1", "640,00 €", "640,00 €"],
    ["3", "Ceiling repair flat 2B (plasterboard + paint)", "1", "410,00 €", "410,00 €"],
    ["4", "Call-out fee", "1", "45,00 €", "45,00 €"],
]
QUOTE_TOTALS = [("Total HT", "1 275,00 €"), ("TVA 10 %", "127,50 €"), ("Total TTC", "1 402,50 €")]
QUOTE_DOC = [
    ("title", "PLOMBERIE SAÔNE SERVICES – DEVIS DEV-2026-0417"),
    (
        "kv",
        [
            ("Company", "Plomberie Saône Services SARL, 31 quai Arloing, 69009 Lyon"),
            ("SIRET", "812 345 678 00021"),
            ("Date", "27/11/2026"),
            ("Client", "Régie Fourvière Gestion, for Ms H. Vasseur"),
            ("Site", "14 rue Mercière, 69002 Lyon – flat 3B, 3rd floor"),
            ("Valid for", "30 days"),
        ],
    ),
    ("items", ["#", "Description", "Qty", "Unit price HT", "Amount HT"], QUOTE_LINES, {2, 3, 4}),
    ("kv", QUOTE_TOTALS),
    ("p", "Estimated duration of the works: 2 days. Deposit: none. Payment on invoice within 30 days."),
    ("foot", "Page 1 / 1"),
]
QUOTE_TITLE = f"{QUOTE_PDF}{FF}"


def quote(i: int):
    tabs = [QUOTE_PDF, "Gestimmo – Rent ledger"]
    return pdf_viewer(
        QUOTE_TITLE, tabs, f"file:///C:/Users/croux/Downloads/{QUOTE_PDF}", 1, 1, "Page Fit", QUOTE_DOC
    )


# ------------------------------------------------------------------------------------------ Gestimmo
LEDGER_TITLE = "Gestimmo – Rent ledger"
LEDGER_COLUMNS = ["Lot", "Tenant", "Ref.", "Loyer HC", "Charges", "Total due", "Paid", "Solde", "Status"]
# lot, tenant, ref, rent, charges, paid in the morning
LEDGER = [
    ("A-101", "Julien Mercier", "LOC-2211", 780, 95, 875),
    ("A-102", "Sofia Benali", "LOC-2214", 845, 110, 500),
    ("A-201", "Thomas Girard", "LOC-2190", 1120, 140, 0),
    ("A-202", "Élodie Fabre", "LOC-2236", 690, 85, 775),
    ("B-001", "Boulangerie Lacroix SARL", "LOC-1987", 1450, 180, 1630),
    ("B-301", "Antoine Dupuis", "LOC-2248", 935, 120, 1055),
    ("M-3B", "Nadia Haddad", "LOC-2302", 1015, 130, 0),
    ("M-4A", "Lucas Perrin", "LOC-2279", 760, 90, 850),
]


def euro(value: float) -> str:
    """1234.5 -> '1 234,50 €': the fr-FR way (a space between thousands, a decimal comma)."""
    whole, cents = f"{value:.2f}".split(".")
    return f"{int(whole):,}".replace(",", " ") + f",{cents} €"


def ledger_rows(paid_now: dict[str, int]) -> list[list[str]]:
    rows = []
    for lot, who, ref, rent, charges, paid in LEDGER:
        paid = paid_now.get(ref, paid)
        due = rent + charges
        status = "Payé" if paid >= due else ("Partiel" if paid else "Impayé")
        rows.append(
            [lot, who, ref, euro(rent), euro(charges), euro(due), euro(paid), euro(due - paid), status]
        )
    return rows


GIRARD_PAID = {"LOC-2190": 1260}
HADDAD_PAID = {"LOC-2190": 1260, "LOC-2302": 1145}


def rent_ledger(i: int, phase: str = "morning"):
    """morning: as the month stood; late morning: Girard's transfer recorded (toast on the second frame);
    afternoon: Haddad's too."""
    paid, toast = {}, ""
    if phase == "late":
        paid = GIRARD_PAID if i >= 1 else {}
        toast = "Payment of 1 260,00 € recorded for LOC-2190" if i == 1 else ""
    elif phase == "afternoon":
        paid = HADDAD_PAID if i >= 1 else GIRARD_PAID
        toast = "Payment of 1 145,00 € recorded for LOC-2302" if i == 1 else ""
    return ledger(
        LEDGER_TITLE + FF,
        [LEDGER_TITLE, "WhatsApp", "Banque Confluence – Espace Pro"],
        "https://app.gestimmo.fr/fourviere/ledger?month=2026-11",
        "Rent ledger – November 2026",
        "8 lots · Résidence Les Canuts (Lyon 4e) and 14 rue Mercière (Lyon 2e) · rent due on the 5th",
        LEDGER_COLUMNS,
        ledger_rows(paid),
        {3, 4, 5, 6, 7},
        toast,
    )


TENANT_TITLE = "Nadia Haddad (LOC-2302) – Gestimmo"
TENANT = [
    (
        "Tenant",
        [
            ("Mobile", "06 71 42 88 15"),
            ("E-mail", "nadia.haddad@orange.fr"),
            ("Date of birth", "14/03/1991"),
            ("Employer", "Hospices Civils de Lyon"),
        ],
    ),
    (
        "Lease",
        [
            ("Lot", "M-3B – 14 rue Mercière, 3rd floor, T3"),
            ("Lease type", "Unfurnished, 3 years"),
            ("Start date", "01/09/2024"),
            ("Deposit held", "1 015,00 €"),
            ("Direct debit mandate (RUM)", "FGS-2302-0917"),
        ],
    ),
    (
        "Insurance",
        [
            ("Insurer", "MAIF"),
            ("Certificate valid until", "30/11/2026"),
            ("Guarantor", "Karim Haddad (father)"),
        ],
    ),
]
TENANT_HISTORY = (
    ["Month", "Due", "Paid on", "Amount", "Method"],
    [
        ["October 2026", "1 145,00 €", "06/10/2026", "1 145,00 €", "SEPA transfer"],
        ["September 2026", "1 145,00 €", "04/09/2026", "1 145,00 €", "SEPA transfer"],
        ["August 2026", "1 145,00 €", "05/08/2026", "1 145,00 €", "SEPA transfer"],
    ],
)


def tenant(i: int):
    return tenant_card(
        TENANT_TITLE + FF,
        [TENANT_TITLE, "WhatsApp"],
        "https://app.gestimmo.fr/fourviere/tenants/LOC-2302",
        "Nadia Haddad",
        "LOC-2302",
        TENANT,
        TENANT_HISTORY,
    )


# -------------------------------------------------------------------------------------------- WhatsApp
MEHDI = "Mehdi Gardien Canuts"
MEHDI_MORNING = [
    (
        MEHDI,
        "07:58",
        "Bonjour Camille, water leak at 14 rue Mercière: it comes from flat 3B and drips into 2B.",
    ),
    (
        MEHDI,
        "08:03",
        "I shut off the riser valve at 08:01. The plumber from Plomberie Saône can come at 10:30.",
    ),
    (MEHDI, "08:05", "Ms Haddad leaves for work at 08:15, Mr Ferrand in 2B has a spare key."),
]
MINE_MORNING = "Thanks Mehdi! 10:30 is fine, I'm asking for a quote now. Can you send photos?"
MEHDI_PHOTOS = (MEHDI, "08:51", "Sure. Gate code for the plumber: 4721B. Photos in 5 min.")
MEHDI_LATE = [
    (MEHDI, "10:31", "Plumber is here. 2,5 m of riser pipe to replace, ceiling in 2B is soaked."),
    (MEHDI, "10:34", "Water back on for the other flats at 10:33, only 3B stays closed."),
]
MINE_LATE = "Perfect, thank you. I'm seeing the owner on Zoom at 13:30."
MEHDI_AFTER = (MEHDI, "16:20", "Dehumidifier installed in 2B, 48 hours. Keys back with Mr Ferrand.")
CHATS_MORNING = [
    ("Famille", "07:31", "Maman: Bon courage !", ""),
    ("Agence – équipe", "Yesterday", "Julie: Team lunch Friday?", ""),
    ("Lucas Perrin B-14", "Wed", "The remote still blinks red", ""),
]


def whatsapp_chat(i: int, phase: str = "morning"):
    """morning: Mehdi's three messages, my answer typed then sent, his reply; late: the plumber's findings;
    evening: the dehumidifier."""
    msgs = list(MEHDI_MORNING)
    composer = ""
    if phase == "morning":
        if i == 0:
            composer = MINE_MORNING[:38]
        elif i >= 1:
            msgs.append(("me", "08:50", MINE_MORNING))
        if i >= 3:
            msgs.append(MEHDI_PHOTOS)
    else:
        msgs += [("me", "08:50", MINE_MORNING), MEHDI_PHOTOS, *MEHDI_LATE]
        if phase == "late" and i >= 1:
            msgs.append(("me", "10:38", MINE_LATE))
        if phase == "evening":
            msgs += [("me", "10:38", MINE_LATE), MEHDI_AFTER]
    last = msgs[-1]
    preview = "You: " + last[2] if last[0] == "me" else last[2]
    chats = [(MEHDI, last[1], preview[:34] + "…", "")] + CHATS_MORNING
    status = "online" if i % 2 == 0 else "typing…"
    return whatsapp(
        "WhatsApp" + FF,
        ["WhatsApp", LEDGER_TITLE],
        chats,
        MEHDI,
        status,
        "TODAY",
        msgs[-9:],
        composer,
    )


# --------------------------------------------------------------------------------------- lease (PDF)
LEASE_PDF = "Bail_Haddad_Merciere_3B.pdf"
LEASE_TITLE = f"{LEASE_PDF}{FF}"
LEASE_PAGES = [
    [
        ("title", "LEASE AGREEMENT / CONTRAT DE LOCATION"),
        ("p", "Unfurnished residential lease under French law no. 89-462 of 6 July 1989."),
        (
            "kv",
            [
                ("Landlord", "Ms Hélène Vasseur, represented by Régie Fourvière Gestion"),
                ("Tenant", "Ms Nadia Haddad"),
                ("Premises", "14 rue Mercière, 69002 Lyon – flat 3B"),
            ],
        ),
        ("h", "Article 1 – Description of the premises"),
        (
            "p",
            "A three-room flat (T3) of 64 m² on the 3rd floor with lift, with cellar no. 7 in the basement.",
        ),
        ("p", "Heating and hot water are individual (electric). The flat has a balcony onto the courtyard."),
        ("h", "Article 2 – Use"),
        ("p", "The premises are let exclusively as the tenant's main residence. Subletting is not allowed."),
        ("foot", "Page 1 / 5"),
    ],
    [
        ("h", "Article 3 – Term"),
        ("p", "The lease starts on 01/09/2024 for three years and renews tacitly for three years at a time."),
        ("h", "Article 4 – Rent"),
        (
            "p",
            "The monthly rent is 1 015,00 € excluding charges, payable in advance on the 5th of each month.",
        ),
        ("h", "Article 5 – Rent review"),
        (
            "p",
            "The rent is reviewed every year on 1 September according to the rent reference index (IRL). "
            "Reference index: IRL 2nd quarter 2024, value 145,17.",
        ),
        ("foot", "Page 2 / 5"),
    ],
    [
        ("h", "Article 6 – Charges"),
        ("p", "A monthly advance on charges of 130,00 € is paid with the rent and adjusted once a year."),
        ("h", "Article 7 – Security deposit"),
        (
            "p",
            "The tenant pays a security deposit of 1 015,00 €, one month's rent excluding charges. It is "
            "returned within one month of the keys being handed back if the move-out inspection matches the "
            "move-in one, within two months otherwise.",
        ),
        ("h", "Article 8 – Notice"),
        (
            "p",
            "The tenant may end the lease at any time with one month's notice, the flat being in a high-demand "
            "area (zone tendue). The landlord must give six months' notice before the end of the term.",
        ),
        ("foot", "Page 3 / 5"),
    ],
    [
        ("h", "Article 9 – Repairs"),
        (
            "p",
            "Routine maintenance and minor repairs listed in decree no. 87-712 are at the tenant's expense. "
            "Major repairs, including the building's water risers, are at the landlord's expense.",
        ),
        ("h", "Article 10 – Insurance"),
        ("p", "The tenant must insure the premises against rental risks and send a certificate every year."),
        ("h", "Article 11 – Pets and smoking"),
        ("p", "One pet is allowed. Smoking is not allowed in the common areas of the building."),
        ("foot", "Page 4 / 5"),
    ],
    [
        ("h", "Article 12 – Appendices"),
        (
            "p",
            "Energy performance certificate (class D, 212 kWh/m² per year), move-in inspection report, "
            "building rules, lead and asbestos reports.",
        ),
        ("p", "Done in Lyon on 28/08/2024, in two copies."),
        ("kv", [("The landlord", "p.p. Régie Fourvière Gestion"), ("The tenant", "Nadia Haddad")]),
        ("foot", "Page 5 / 5"),
    ],
]
# the page in view, frame by frame: from the cover page to the signatures, longest on the deposit and repairs
LEASE_VIEW = [1, 2, 3, 3, 4, 4, 5]


def lease(i: int):
    page = LEASE_VIEW[i]
    return pdf_viewer(
        LEASE_TITLE,
        [LEASE_PDF, "WhatsApp", LEDGER_TITLE],
        f"file:///C:/Users/croux/Documents/Gestion/Merciere%2014/Lot%203B/{LEASE_PDF}",
        page,
        len(LEASE_PAGES),
        "Page Fit",
        LEASE_PAGES[page - 1],
    )


# ---------------------------------------------------------------------------------------- Notepad++
NOTES_FILE = "EDL_sortie_A-202_27-11.txt"
NOTES_PATH = f"C:\\Users\\croux\\Documents\\Gestion\\Canuts\\{NOTES_FILE}"
NOTES = [
    "Move-out inspection A-202 (Élodie Fabre) – 27/11/2026 09:05",
    "",
    "- keys returned: 3 keys + 1 badge (1 badge missing, 35,00 €)",
    "- bedroom wall: 2 holes, repaint estimated 240,00 €",
    "- meters: electricity 18 442 kWh, water 312,6 m3",
    "- deposit held: 690,00 €",
    "- new address: 5 allée des Tilleuls, 38000 Grenoble (106 km)",
    "- moves out 30/11, keys handed back today",
]
TODO = [
    "Monday 30/11",
    "- 08:30 plumber at Mercière 3B (Yanis)",
    "- call Stores Croix-Rousse about the bakery awning",
    "- send Sofia Benali a payment plan letter",
]


def notes(i: int, todo: bool = False):
    text = typed(TODO, i + 2, 3) if todo else typed(NOTES, i + 1, 5)
    chars = sum(len(x) for x in text) + 2 * (len(text) - 1)
    status = [
        "Normal text file",
        f"length : {chars}    lines : {len(text)}",
        f"Ln : {len(text)}    Col : {len(text[-1]) + 1}",
        "Windows (CR LF)",
        "UTF-8",
    ]
    path = "C:\\Users\\croux\\Documents\\todo.txt" if todo else NOTES_PATH
    return notepadpp(
        f"{'*' if i < 4 and not todo else ''}{path} - Notepad++",
        [NOTES_FILE, "todo.txt"],
        int(todo),
        text,
        status,
    )


# ----------------------------------------------------------------------------------------------- bank
BANK_TITLE = "Banque Confluence – Espace Pro"
BANK_ACCOUNT = [
    ("Account", "Compte séquestre loyers – Régie Fourvière Gestion"),
    ("IBAN", "FR76 1027 8073 4100 0205 3380 172"),
    ("BIC", "CMCIFR2A"),
]
MORNING_TX = [
    ["27/11/2026", "VIR SEPA GIRARD THOMAS LOYER NOV", "LOC-2190", "", "1 260,00 €"],
    ["26/11/2026", "VIR SEPA BENALI SOFIA ACOMPTE NOV", "LOC-2214", "", "500,00 €"],
    ["25/11/2026", "CB LEROY MERLIN VENISSIEUX", "CARTE 4417", "86,40 €", ""],
    ["25/11/2026", "VIR SEPA BOULANGERIE LACROIX SARL", "LOC-1987", "", "1 630,00 €"],
    ["24/11/2026", "PRLV SEPA EDF PARTIES COMMUNES", "FAC 10928374", "214,37 €", ""],
    ["24/11/2026", "VIR ELEC'LYON FACTURE F-2026-1183", "TK-0527", "682,00 €", ""],
    ["23/11/2026", "VIR SEPA DUPUIS ANTOINE LOYER NOV", "LOC-2248", "", "1 055,00 €"],
]
HADDAD_TX = ["27/11/2026", "VIR SEPA HADDAD NADIA LOYER NOVEMBRE", "LOC-2302", "", "1 145,00 €"]
BALANCE_MORNING = "48 215,63 €"
BALANCE_AFTERNOON = "49 360,63 €"


def banking(i: int, afternoon: bool = False):
    rows = [HADDAD_TX, *MORNING_TX] if afternoon else MORNING_TX
    when = "16:32" if afternoon else "10:33"
    return bank(
        BANK_TITLE + FF,
        [BANK_TITLE, LEDGER_TITLE, "WhatsApp"],
        "https://pro.banque-confluence.fr/comptes/sequestre/operations",
        BANK_ACCOUNT,
        (f"Balance on 27/11/2026 at {when}", BALANCE_AFTERNOON if afternoon else BALANCE_MORNING),
        ["Date", "Label", "Reference", "Debit", "Credit"],
        rows,
    )


# --------------------------------------------------------------------------------------------- Calc
ODS = "Suivi_travaux_2026.ods"
CALC_COLUMNS = [
    ("Ticket", 90),
    ("Building", 110),
    ("Lot", 130),
    ("Work", 230),
    ("Contractor", 210),
    ("Quote HT", 110),
    ("Invoice TTC", 110),
    ("Status", 110),
    ("Done on", 100),
]
WORKS = [
    [
        "TK-0512",
        "Canuts",
        "A-201",
        "Boiler replacement",
        "Chauffage Rhône SARL",
        "3 850,00 €",
        "4 235,00 €",
        "Done",
        "14/10/2026",
    ],
    [
        "TK-0527",
        "Canuts",
        "Common areas",
        "Intercom hall B",
        "Elec'Lyon",
        "620,00 €",
        "682,00 €",
        "Done",
        "03/11/2026",
    ],
    ["TK-0539", "Canuts", "B-001", "Bakery awning", "Stores Croix-Rousse", "1 140,00 €", "", "Waiting", ""],
    [
        "TK-0544",
        "Mercière",
        "Roof",
        "Gutter cleaning",
        "Hauteur Services",
        "380,00 €",
        "418,00 €",
        "Done",
        "12/11/2026",
    ],
    [
        "TK-0561",
        "Canuts",
        "A-102",
        "Living-room window seal",
        "Menuiserie Vaise",
        "210,00 €",
        "",
        "Planned",
        "",
    ],
    [
        "TK-0588",
        "Mercière",
        "M-3B",
        "Riser leak",
        "Plomberie Saône Services",
        "1 275,00 €",
        "",
        "Quote in",
        "",
    ],
    ["TK-0590", "Canuts", "Parking", "LED lighting car park", "Elec'Lyon", "960,00 €", "", "Quote in", ""],
]
NEW_QUOTE = "1 230,00 €"


def works(visit: int, i: int):
    """First visit: read, the cursor going down the quotes (F4 onwards). Second visit (after the owner's
    approval): TK-0588's quote typed over with the amount without the call-out fee, its status set."""
    rows = [list(r) for r in WORKS]
    r = min(i, 6)
    sel, cell, formula = (3 + r, 5), f"F{4 + r}", rows[r][5].replace(" €", "").replace(" ", "")[:-3]
    status = "Feuille 1 sur 2"
    if visit == 2:
        sel, cell, formula = (8, 5), "F9", "1275"
        if i == 1:
            formula = "1230"
        if i >= 2:
            formula = "1230"
            rows[5][5] = NEW_QUOTE
        if i >= 3:
            sel, cell, formula = (8, 7), "H9", "Approved"
            rows[5][7] = "Approved"
    table = [
        ["Maintenance & works 2026 – Régie Fourvière Gestion"] + [""] * 8,
        [""] * 9,
        [c for c, _ in CALC_COLUMNS],
        *rows,
        [""] * 9,
        ["Amounts in euros; quotes excl. VAT (HT), invoices incl. VAT (TTC)."] + [""] * 8,
    ]
    return calc(
        f"{ODS} - LibreOffice Calc",
        cell,
        formula,
        CALC_COLUMNS,
        table,
        {5, 6},
        sel,
        ["Works 2026", "Contractors"],
        status,
    )


# ------------------------------------------------------------------------------------------- calendar
CAL_TITLE = "Google Calendar - Friday, 27 November 2026"
EVENTS = [
    ("Move-out inspection A-202 (É. Fabre)", "09:00", "10:15", "18 rue d'Austerlitz, Lyon 4e"),
    ("Plumber – leak Mercière 3B", "10:30", "11:30", "14 rue Mercière"),
    ("Zoom – H. Vasseur (owner, Mercière)", "13:30", "14:00", ""),
    ("Viewings T2 Croix-Rousse (3 applicants)", "14:15", "16:15", "22 rue Dumenge, Lyon 4e"),
    ("Call MMA – water damage claim", "17:00", "17:20", ""),
]
FOLLOW_UP = ("Check riser repair – Mercière 3B", "09:30", "10:00", "14 rue Mercière")


def agenda(i: int, later: bool = False):
    """morning: today's day view, the plumber's event opened on the last frame; afternoon: Tuesday 1 December
    with the check of the repair just created (its card open)."""
    if later:
        events = [
            ("Team meeting", "08:30", "09:15", "Agence"),
            FOLLOW_UP,
            ("Bank – Mr Garnier", "11:00", "11:45", ""),
        ]
        detail = (
            [
                FOLLOW_UP[0],
                "Tuesday, 1 December · 09:30 – 10:00",
                FOLLOW_UP[3],
                "Guests: Karim Belkacem, Mehdi",
            ]
            if i >= 1
            else None
        )
        return calendar(
            "Google Calendar - Tuesday, 1 December 2026" + FF,
            ["Google Calendar - Tuesday, 1 December 2026", LEDGER_TITLE],
            "https://calendar.google.com/calendar/u/0/r/day/2026/12/1",
            "Tuesday, 1 December 2026",
            range(8, 19),
            events,
            "December 2026",
            detail,
        )
    detail = (
        [
            "Plumber – leak Mercière 3B",
            "Friday, 27 November · 10:30 – 11:30",
            "14 rue Mercière",
            "Plomberie Saône Services, Mehdi lets them in",
        ]
        if i >= 2
        else None
    )
    return calendar(
        CAL_TITLE + FF,
        [CAL_TITLE, LEDGER_TITLE],
        "https://calendar.google.com/calendar/u/0/r/day/2026/11/27",
        "Friday, 27 November 2026",
        range(8, 19),
        EVENTS,
        "November 2026",
        detail,
    )


# ------------------------------------------------------------------------------------------ Explorer
FOLDER = "Lot 3B"
FILES = [
    ("Photos_EDL_entree", "01/09/2024 18:40", "File folder", ""),
    ("Attestation_assurance_2025-2026.pdf", "28/11/2025 14:22", "PDF Document", "214 KB"),
    (LEASE_PDF, "02/09/2024 10:14", "PDF Document", "1 284 KB"),
    (QUOTE_PDF, "27/11/2026 08:39", "PDF Document", "184 KB"),
    ("EDL_entree_Haddad_2024-09-01.pdf", "01/09/2024 18:47", "PDF Document", "3 912 KB"),
    ("Quittance_octobre_2026.pdf", "06/10/2026 09:05", "PDF Document", "96 KB"),
    ("Relevé_compteurs_3B.xlsx", "01/09/2024 18:52", "Microsoft Excel Worksheet", "18 KB"),
]


def files(i: int):
    return explorer(
        f"{FOLDER} - File Explorer",
        ["This PC", "Documents", "Gestion", "Mercière 14", FOLDER],
        [
            "Home",
            "Gallery",
            "OneDrive - Personal",
            "Desktop",
            "Downloads",
            "Documents",
            "Pictures",
            "This PC",
            "Network",
        ],
        ["Name", "Date modified", "Type", "Size"],
        FILES,
        f"{len(FILES)} items" + ("   1 item selected   184 KB" if i >= 1 else ""),
        3 if i >= 1 else -1,
    )


# -------------------------------------------------------------------------------------------- Zoom
ZOOM_TITLE = "Zoom Meeting"
ZOOM_CHAT = [
    (
        "Hélène Vasseur",
        "13:31",
        "Hello Camille, I read the quote. Go ahead with Plomberie Saône, but without the call-out fee.",
    ),
    ("Me", "13:32", "Noted: I'll ask them to remove the 45,00 € line, so 1 230,00 € HT."),
    ("Hélène Vasseur", "13:32", "Perfect. Please send me the insurance claim number when you have it."),
    ("Hélène Vasseur", "13:33", "New mobile number, by the way: 06 12 87 40 93"),
]


def meeting(i: int):
    chat = ZOOM_CHAT[: min(i, len(ZOOM_CHAT))]
    draft = "Noted: I'll ask them" if i == 1 else ""
    elapsed = 65 + 40 * i
    return zoom(
        ZOOM_TITLE,
        f"{elapsed // 3600:02d}:{elapsed % 3600 // 60:02d}:{elapsed % 60:02d}",
        [("Hélène Vasseur", "#8e5ea2"), (ME, "#2d8cff")],
        chat,
        draft,
        ["Meeting ID: 842 3319 0675", "Host: Camille Roux", "Topic: Mercière 3B – leak and quote"],
    )


# ------------------------------------------------------------------------------------------------- day
def segments() -> list[tuple]:
    """(local start, frames, seconds between frames, screen for frame i)."""
    return [
        ("08:32:10", 3, 40, lambda i: inbox("morning")),
        ("08:34:20", 3, 45, lambda i: read(QUOTE_MAIL)),
        ("08:36:50", 3, 50, quote),
        ("08:39:40", 2, 40, files),
        ("08:41:10", 2, 45, lambda i: read(SOFIA_MAIL)),
        ("08:43:00", 5, 40, rent_ledger),
        ("08:46:40", 3, 45, tenant),
        ("08:49:30", 5, 40, whatsapp_chat),
        ("08:53:10", 4, 45, lambda i: works(1, i)),
        ("08:56:30", 3, 40, agenda),
        # 09:00-10:15: move-out inspection at Résidence Les Canuts, then back to the office
        ("10:19:00", 2, 40, lambda i: inbox("midday")),
        ("10:20:30", 3, 45, lambda i: read(NADIA_MAIL)),
        ("10:23:10", 7, 45, lease),
        ("10:28:50", 5, 50, notes),
        ("10:33:20", 3, 45, banking),
        ("10:35:40", 3, 40, lambda i: rent_ledger(i, "late")),
        ("10:37:50", 4, 45, lambda i: whatsapp_chat(i, "late")),
        # 10:41-13:29: lunch
        ("13:30:40", 6, 40, meeting),
        ("13:35:00", 5, 45, lambda i: works(2, i)),
        ("13:39:10", 4, 50, go_ahead),
        ("13:42:40", 3, 40, lambda i: agenda(i, later=True)),
        # 13:45-16:27: viewings at Croix-Rousse
        ("16:28:30", 3, 40, lambda i: inbox("evening", i)),
        ("16:30:40", 2, 45, read_evening),
        ("16:32:20", 2, 40, lambda i: banking(i, afternoon=True)),
        ("16:34:00", 3, 40, lambda i: rent_ledger(i, "afternoon")),
        ("16:36:30", 2, 40, lambda i: whatsapp_chat(i, "evening")),
        ("16:38:10", 2, 45, lambda i: notes(i, todo=True)),
    ]


DAY = {
    "name": "estate",
    "run": "e5a2d071",
    "date": "2026-11-27",
    "tzid": "Europe/Paris",
    "offset_minutes": 60,
    "locale": "es",  # the taskbar as fr-FR Windows draws it: 24-hour clock, dd/mm/yyyy (make_days.clock)
    "segments": segments,
}
