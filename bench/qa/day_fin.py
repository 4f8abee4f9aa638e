"""Day "fin" (Thu 2026-11-19, Berlin, European formats: 1.234,50 €, 24-hour times, dd.mm.yyyy): a finance
controller. Outlook (dark) mail, an invoice PDF (Acrobat, dark), an Excel budget by quarter, Teams (light)
chats, a web-shop order, a long travel-policy document, an expense form and an online-banking transfer."""

from __future__ import annotations

from screens import chat, document, mail, sheet, web

OL_TITLE = "Inbox - jonas.weber@nordlicht-moebel.de - Outlook"
FOLDERS = ["Inbox 3", "Drafts", "Sent Items", "Invoices", "Archive"]
INBOX = [
    ("Lena Vogt", "Invoice RE-2026-1187 for October", "12:47"),
    ("technikwelt.de", "Your order 302-5518827-4410 has shipped", "11:20"),
    ("Felix Brandt", "Budget 2027: Q3 travel figures missing", "10:05"),
    ("Miriam Hoffmann", "Month-end close checklist", "Wed 18.11."),
]
LENA = [
    ("From", "Lena Vogt <lena.vogt@brauhaus-kessler.de>"),
    ("Sent", "Thu 19.11.2026 12:47"),
    ("To", "Jonas Weber <jonas.weber@nordlicht-moebel.de>"),
    ("Subject", "Invoice RE-2026-1187 for October"),
]
LENA_BODY = [
    "Hello Jonas,",
    "please find attached our invoice RE-2026-1187 for the October deliveries.",
    "Amount due: 1.237,60 € (incl. 19 % VAT)",
    "Payment terms: 14 days net, due 03.12.2026",
    "Kind regards, Lena Vogt, Accounts Receivable, Brauhaus Kessler GmbH",
]
REVIEW = ("Felix Brandt", "Final budget review on 25.11.2026 at 10:00", "13:31")
FELIX = [
    ("From", "Felix Brandt <felix.brandt@nordlicht-moebel.de>"),
    ("Sent", "Thu 19.11.2026 13:31"),
    ("To", "Jonas Weber <jonas.weber@nordlicht-moebel.de>"),
    ("Subject", "Final budget review on 25.11.2026 at 10:00"),
]
FELIX_BODY = [
    "Hi Jonas,",
    "the final review of Budget 2027 is on 25.11.2026 at 10:00 in room Fjord.",
    "Please bring the updated Marketing and Travel figures.",
    "Thanks, Felix",
]

INVOICE = [
    "Brauhaus Kessler GmbH - Hopfenweg 12 - 50667 Koeln",
    "Invoice RE-2026-1187",
    "Invoice date: 17.11.2026    Customer no.: KD-20931",
    "Pils 50 l keg    4 x 129,00 €    516,00 €",
    "Weissbier 30 l keg    3 x 98,50 €    295,50 €",
    "Delivery and cooling service    228,50 €",
    "Net amount    1.040,00 €",
    "VAT 19 %    197,60 €",
    "Total due    1.237,60 €",
    "Payable by 03.12.2026 without deduction.",
]

COLUMNS = ["Department", "Q1", "Q2", "Q3", "Q4", "Total"]


def budget(travel_q3: bool, marketing_cut: bool) -> list[list[str]]:
    mq4, mtot = ("48.000,00 €", "174.250,00 €") if marketing_cut else ("51.200,00 €", "177.450,00 €")
    q3t, q4t = (
        ("273.500,00 €" if travel_q3 else "264.350,00 €"),
        ("294.750,00 €" if marketing_cut else "297.950,00 €"),
    )
    grand = {
        (False, False): "1.090.750,00 €",
        (True, False): "1.099.900,00 €",
        (True, True): "1.096.700,00 €",
    }
    return [
        ["Marketing", "42.500,00 €", "38.000,00 €", "45.750,00 €", mq4, mtot],
        ["Engineering", "120.000,00 €", "118.500,00 €", "124.300,00 €", "131.000,00 €", "493.800,00 €"],
        ["Sales", "64.200,00 €", "66.800,00 €", "61.900,00 €", "72.400,00 €", "265.300,00 €"],
        ["Operations", "31.750,00 €", "30.900,00 €", "32.400,00 €", "33.050,00 €", "128.100,00 €"],
        [
            "Travel",
            "8.200,00 €",
            "7.600,00 €",
            "9.150,00 €" if travel_q3 else "",
            "10.300,00 €",
            "35.250,00 €" if travel_q3 else "26.100,00 €",
        ],
        ["Total", "266.650,00 €", "261.800,00 €", q3t, q4t, grand[(travel_q3, marketing_cut)]],
    ]


def excel(i: int, travel_q3: bool, marketing_cut: bool, formula: str):
    return sheet(
        "excel",
        "Budget 2027.xlsx - Excel",
        formula,
        COLUMNS,
        budget(travel_q3, marketing_cut),
        ["Budget", "Headcount", "Notes"],
    )


TEAMS_SIDE = ["Chat", "Felix Brandt", "Finance team", "Miriam Hoffmann", "Controlling weekly"]
FELIX_CHAT = [
    ("Felix Brandt", "13:10", "Can you fill in the Q3 travel figures today?"),
    ("Jonas Weber", "13:13", "Done, Travel Q3 is 9.150,00 € now."),
    (
        "Felix Brandt",
        "13:14",
        "Thanks! Marketing Q4 looks high at 51.200,00 €, can we cut it to 48.000,00 €?",
    ),
]
FIN_CHAT = [
    ("Miriam Hoffmann", "13:25", "Reminder: month-end close is on 28.11.2026"),
    ("Jonas Weber", "13:27", "The Brauhaus Kessler invoice RE-2026-1187 is approved, 1.237,60 €"),
    ("Miriam Hoffmann", "13:28", "Please book it on cost centre KST-3120"),
]

SHOP_TITLE = "Order 302-5518827-4410 - technikwelt.de - Microsoft Edge"
ITEMS = [
    ["USB-C docking station DS-900", "1", "149,99 €"],
    ["Monitor arm Flex Duo", "1", "49,99 €"],
    ["HDMI cable 2 m", "2", "14,98 €"],
    ["Shipping", "", "4,99 €"],
    ["Order total", "", "219,95 €"],
]

POLICY = [
    "Travel policy 2027",
    "1. Scope",
    "This policy applies to all employees of Nordlicht Moebel GmbH travelling on company business.",
    "2. Per diem",
    "Domestic trips longer than 8 hours: 14,00 € per day.",
    "Trips of 24 hours or more: 28,00 € per day.",
    "3. Hotels",
    "The nightly hotel limit is 120,00 € in Germany and 160,00 € abroad.",
    "Breakfast included in the room rate is deducted at 5,60 € per night.",
    "4. Mileage",
    "Private cars are reimbursed at 0,30 € per kilometre, up to 600 km per trip.",
    "5. Rail and air",
    "Rail travel is second class; first class is allowed for trips over 4 hours.",
    "Flights need a quote comparison when the fare exceeds 450,00 €.",
    "6. Approval",
    "Trips costing more than 1.500,00 € need approval by the head of department.",
    "Claims must be submitted within 30 days after the trip.",
]

CLAIM = [
    ("Employee no.", "4711-JW"),
    ("Trip", "Trade fair Cologne"),
    ("Travel dates", "12.11.2026 - 14.11.2026"),
    ("Nights", "2"),
    ("Hotel", "238,00 €"),
    ("Per diem", "56,00 €"),
    ("Mileage (412 km)", "123,60 €"),
    ("Total claim", "417,60 €"),
]


def segments() -> list[tuple]:
    return [
        (
            "13:02:00",
            6,
            25,
            lambda i: mail("outlook", OL_TITLE, "dark", FOLDERS, INBOX, 0, LENA, LENA_BODY, False),
        ),
        (
            "13:04:40",
            5,
            30,
            lambda i: document(
                "acrobat",
                "RE-2026-1187.pdf - Adobe Acrobat Reader",
                ["Home", "Tools", "RE-2026-1187.pdf", "Page 1 / 1"],
                INVOICE,
                theme="dark",
            ),
        ),
        ("13:07:20", 10, 30, lambda i: excel(i, i >= 5, False, "=SUM(B7:E7)" if i != 4 else "9150")),
        (
            "13:12:30",
            6,
            30,
            lambda i: chat(
                "teams",
                "Chat | Felix Brandt | Microsoft Teams",
                "light",
                TEAMS_SIDE,
                "Felix Brandt",
                FELIX_CHAT[: 1 + (i >= 1) + (i >= 3)],
                "",
            ),
        ),
        (
            "13:15:40",
            5,
            30,
            lambda i: web(
                "edge",
                SHOP_TITLE,
                "www.technikwelt.de/account/orders/302-5518827-4410",
                [
                    ("h1", "Order 302-5518827-4410"),
                    ("p", "Order placed: 18.11.2026"),
                    ("table", ["Item", "Qty", "Price"], ITEMS),
                    ("p", "Payment: PayPal"),
                    ("p", "Estimated delivery: 21.11.2026"),
                    ("buttons", ["Track package", "Return items"]),
                ],
            ),
        ),
        (
            "13:18:20",
            8,
            35,
            lambda i: document(
                "winword",
                "Travel policy 2027.docx - Word",
                ["File", "Home", "Insert", "Layout", "Review", "View"],
                POLICY[min(i, 3) * 3 : min(i, 3) * 3 + 9],
            ),
        ),
        (
            "13:23:00",
            7,
            30,
            lambda i: web(
                "edge",
                "Travel expense claim - Nordlicht HR - Microsoft Edge",
                "hr.nordlicht-moebel.de/expenses/claims/new",
                [
                    ("h1", "Travel expense claim"),
                    ("fields", [(k, v if n < 2 + i else "") for n, (k, v) in enumerate(CLAIM)]),
                    ("buttons", ["Submit", "Save draft"]),
                ],
            ),
        ),
        (
            "13:26:40",
            5,
            30,
            lambda i: chat(
                "teams",
                "Finance team | Microsoft Teams",
                "light",
                TEAMS_SIDE,
                "Finance team",
                FIN_CHAT[: 1 + (i >= 1) + (i >= 3)],
                "",
            ),
        ),
        ("13:29:20", 6, 30, lambda i: excel(i, True, i >= 2, "48000" if i == 1 else "=SUM(B2:E2)")),
        (
            "13:32:30",
            5,
            25,
            lambda i: mail(
                "outlook", OL_TITLE, "dark", FOLDERS, [REVIEW] + INBOX, 0, FELIX, FELIX_BODY, False
            ),
        ),
        (
            "13:34:50",
            6,
            30,
            lambda i: web(
                "edge",
                "Transfer - Nordbank Online Banking - Microsoft Edge",
                "banking.nordbank.de/transfers/new",
                [
                    ("h1", "New transfer" if i < 4 else "Transfer scheduled"),
                    ("p", "Account balance: 24.518,12 €"),
                    (
                        "fields",
                        [
                            ("Payee", "Brauhaus Kessler GmbH"),
                            ("Amount", "1.237,60 €"),
                            ("Reference", "RE-2026-1187 KD-20931"),
                            ("Execution date", "20.11.2026"),
                        ],
                    ),
                    ("p", "Available after transfer: 23.280,52 €"),
                    (
                        "p",
                        "Confirm with TAN"
                        if i < 4
                        else "Transfer reference no. TX-77104 scheduled for 20.11.2026",
                    ),
                ],
                theme="dark",
            ),
        ),
        (
            "13:38:00",
            4,
            30,
            lambda i: web(
                "edge",
                SHOP_TITLE,
                "www.technikwelt.de/account/orders/302-5518827-4410",
                [
                    ("h1", "Order 302-5518827-4410"),
                    ("p", "Shipped 19.11.2026 11:20 with DHL"),
                    ("p", "Tracking number 00340434161094015902"),
                    ("p", "Estimated delivery: 21.11.2026"),
                    ("table", ["Item", "Qty", "Price"], ITEMS),
                ],
            ),
        ),
    ]


DAY = {
    "name": "fin",
    "run": "c2e81b57",
    "date": "2026-11-19",
    "tzid": "Europe/Berlin",
    "offset_minutes": 60,
    "locale": "eu",
    "segments": segments,
}
