"""Day "shop" (Fri 2026-11-20, Warsaw, Polish (pl-PL) Windows: the taskbar clock "14:35" over "20.11.2026",
"20 lis 2026" in the store admin, "20.11.2026" in the bank, the invoicing app and the parcel manager, amounts
"1 086,99 zł", "PLN 1,476.00" in a supplier's English line and "€49.00" on an order from Germany, VAT 23% with
netto and brutto, NIP tax numbers, Polish postcodes and +48 phone numbers, names with diacritics), the ninth
held-out day: the owner-operator of the fictional online ceramics shop Glina & Ogień on Ząbkowska street. In
the morning she reads the clay supplier's pickup notice and a German buyer's mail in Gmail, the Storefly
orders (five unfulfilled), two order pages, the products' stock, the weather, WhatsApp (her assistant and the
kiln), the Bazaro marketplace's buyer messages (a cracked mug, an invoice request with a NIP), drafts the
invoice in Faktulo, types her to-do in Notepad, creates parcel labels in PaczkoPunkt, checks the materials
sheet and the bank; after a pause the October sales summary, the discount codes, a Black Week post in Canva,
the craft fair's and the accountant's mails, fixes the invoice, replies to the buyer and looks up the route
to the supplier. She packs orders with her assistant (09:13-10:55), sees the orders fulfilled and the DPD
pickup, creates the Black Week code, has a Google Meet call with a Berlin shop (11:30-11:52), reads its recap
and the bank, has lunch (12:00-13:05), sees a new order and the stock follow it, the weather warning, drives
to the supplier (13:16-15:05), then sees the payment in the bank, the materials restocked, the invoice
issued, the parcels dropped off, the buyer's answer, the kiln, the final post, a corrected sales sheet and
her notes. Apps: Chrome (Storefly, Bazaro, Gmail, Google Sheets, VistulaBank, Faktulo, Canva, Google Meet,
Google Maps, Pogodnik), Edge (PaczkoPunkt), WhatsApp Desktop and Notepad. Layouts: bench/qa/screens_shop.py."""

from __future__ import annotations

from screens_shop import (
    bank,
    bazaro,
    canva,
    faktulo,
    gmail,
    maps,
    meet,
    notepad,
    paczkopunkt,
    sf_discounts,
    sf_order,
    sf_orders,
    sf_products,
    sheets,
    storefly,
    weather,
    whatsapp,
)

ME = "Marta Kowalczyk"
MY_MAIL = "marta@glinaiogien.pl"
SHOP = "Glina & Ogień"


def pln(value: float) -> str:
    """1086.99 -> "1 086,99 zł" (pl-PL)."""
    whole, cents = f"{abs(value):,.2f}".split(".")
    return ("−" if value < 0 else "") + f"{whole.replace(',', ' ')},{cents} zł"


def pl(value: float) -> str:
    """1086.99 -> "1 086,99" (a sheet cell, no currency)."""
    whole, cents = f"{value:,.2f}".split(".")
    return f"{whole.replace(',', ' ')},{cents}"


def eur(value: float) -> str:
    return f"€{value:,.2f}"


def vat_in(gross: float) -> float:
    """The 23% VAT contained in a gross amount."""
    return round(gross * 23 / 123, 2)


# ------------------------------------------------------------------------------------------- the data
# Storefly orders: number, placed, customer, channel, total, payment, items, delivery
ORDERS = [
    ("#1052", "20 lis 2026, 07:41", "Łukasz Nowicki", "Online Store", 289.00, "2 items", "Paczkomat"),
    ("#1051", "20 lis 2026, 06:58", "Zofia Wąsik", "Online Store", 456.50, "3 items", "Paczkomat"),
    ("#1050", "19 lis 2026, 22:30", "Jonas Becker", "Online Store", None, "1 item", "DPD International"),
    ("#1049", "19 lis 2026, 21:14", "Małgorzata Zielińska", "Online Store", 1086.99, "10 items", "Paczkomat"),
    ("#1048", "19 lis 2026, 18:03", "Piotr Grabowski", "Online Store", 178.00, "2 items", "Kurier"),
    ("#1047", "19 lis 2026, 11:26", "Anna Dąbrowska", "Bazaro", 312.00, "3 items", "Paczkomat"),
    ("#1046", "18 lis 2026, 16:40", "Katarzyna Wójcik", "Online Store", 95.00, "1 item", "Paczkomat"),
    (
        "#1045",
        "18 lis 2026, 09:12",
        "Tomasz Lewandowski",
        "Online Store",
        640.00,
        "4 items",
        "Odbiór osobisty",
    ),
]
DE_ITEM, DE_SHIP = 39.00, 10.00
DE_TOTAL = DE_ITEM + DE_SHIP  # €49.00
NEW_ORDER = ("#1053", "20 lis 2026, 12:48", "Ewa Szymańska", "Online Store", 433.99, "3 items", "Paczkomat")


def order_status(number: str, phase: str) -> tuple[str, str]:
    """(payment, fulfillment) of an order at a phase of the day: am (before packing), mid (after packing),
    pm (after lunch: #1053 in, #1048 paid) and eve (#1053 packed)."""
    at = ["am", "mid", "pm", "eve"].index(phase)
    pay = "Paid"
    if number == "#1048" and at < 2:
        pay = "Payment pending"
    if number == "#1046":
        pay = "Refunded"
    ful = "Fulfilled"
    if number in ("#1049", "#1050", "#1051", "#1052") and at == 0:
        ful = "Unfulfilled"
    if number == "#1048" or (number == "#1053" and at < 3):
        ful = "Unfulfilled"
    return pay, ful


def order_rows(phase: str) -> list[list[str]]:
    orders = ([NEW_ORDER] if phase in ("pm", "eve") else []) + ORDERS
    rows = []
    for number, placed, who, channel, total, items, delivery in orders:
        pay, ful = order_status(number, phase)
        money = eur(DE_TOTAL) if total is None else pln(total)
        rows.append([number, placed, who, channel, money, pay, ful, items, delivery])
    return rows


ORDER_HEAD = [
    "Order",
    "Date",
    "Customer",
    "Channel",
    "Total",
    "Payment status",
    "Fulfillment status",
    "Items",
    "Delivery method",
]
SF_TABS = ["Orders · Glina & Ogień · Storefly", "Gmail", "Bazaro – Wiadomości"]


def orders(phase: str):
    rows = order_rows(phase)
    return storefly(
        "Orders · Glina & Ogień · Storefly - Google Chrome",
        SF_TABS,
        "admin.storefly.com/store/glina-i-ogien/orders",
        "Orders",
        lambda s: sf_orders(
            s,
            "Orders",
            ["All", "Unfulfilled", "Unpaid", "Open", "Archived"],
            ORDER_HEAD,
            rows,
            f"Showing {len(rows)} orders · 18–20 lis 2026",
        ),
    )


# order #1049 (Gdańsk) and #1050 (Berlin)
O1049_ITEMS = [  # product, SKU, unit, qty
    ('Kubek "Mech" 350 ml', "GO-KUB-01", 89.00, 4),
    ('Talerz deserowy "Len" Ø21 cm', "GO-TAL-03", 119.00, 6),
]
O1049_SUB = round(sum(p * q for _, _, p, q in O1049_ITEMS), 2)  # 1 070,00
O1049_SHIP = 16.99
O1049_TOTAL = round(O1049_SUB + O1049_SHIP, 2)  # 1 086,99
O1049_VAT = vat_in(O1049_TOTAL)  # 203,26
ZIELINSKA_MAIL = "gosia.zielinska@interia.pl"
ZIELINSKA_PHONE = "+48 601 234 567"


def order_page(number: str):
    if number == "#1049":
        items = [(n, sku, f"{pln(p)} × {q}", pln(p * q)) for n, sku, p, q in O1049_ITEMS]
        summary = [
            ("Subtotal · 10 items", pln(O1049_SUB)),
            ("Shipping · Paczkomat PaczkoPunkt (gabaryt C)", pln(O1049_SHIP)),
            ("Taxes · VAT 23% (included)", pln(O1049_VAT)),
            ("Total", pln(O1049_TOTAL)),
            ("Paid by customer · Przelewy24", pln(O1049_TOTAL)),
        ]
        cards = [
            ("Notes", ["Proszę o staranne zapakowanie – to prezent ślubny."]),
            ("Customer", ["Małgorzata Zielińska", "4 orders"]),
            ("Contact information", [ZIELINSKA_MAIL, ZIELINSKA_PHONE]),
            ("Shipping address", ["Paczkomat GDA08M", "ul. Grunwaldzka 141", "80-264 Gdańsk", "Polska"]),
        ]
        timeline = [
            "19 lis 2026, 21:15 · Order confirmation email was sent to Małgorzata Zielińska.",
            "19 lis 2026, 21:14 · A 1 086,99 zł payment was processed on Przelewy24.",
            "19 lis 2026, 21:14 · Małgorzata Zielińska placed this order on Online Store.",
        ]
        when = "19 lis 2026, 21:14 from Online Store"
        title = "#1049 · Orders · Glina & Ogień · Storefly - Google Chrome"
    else:
        items = [('Wazon "Bursztyn" 18 cm', "GO-WAZ-02", f"{eur(DE_ITEM)} × 1", eur(DE_ITEM))]
        summary = [
            ("Subtotal · 1 item", eur(DE_ITEM)),
            ("Shipping · DPD Classic International", eur(DE_SHIP)),
            ("Taxes · VAT 23% (included)", eur(vat_in(DE_TOTAL))),
            ("Total", eur(DE_TOTAL)),
            ("Paid by customer · PayPal", eur(DE_TOTAL)),
        ]
        cards = [
            ("Notes", ["Bitte als Geschenk verpacken. Danke!"]),
            ("Customer", ["Jonas Becker", "1 order"]),
            ("Contact information", ["jonas.becker@web.de"]),
            ("Shipping address", ["Schönhauser Allee 112", "10439 Berlin", "Germany"]),
        ]
        timeline = [
            "19 lis 2026, 22:31 · Order confirmation email was sent to Jonas Becker.",
            "19 lis 2026, 22:30 · A €49.00 payment was processed on PayPal.",
            "19 lis 2026, 22:30 · Jonas Becker placed this order on Online Store (market: Germany, EUR).",
        ]
        when = "19 lis 2026, 22:30 from Online Store"
        title = "#1050 · Orders · Glina & Ogień · Storefly - Google Chrome"
    pay, ful = order_status(number, "am")
    return storefly(
        title,
        [title.replace(" - Google Chrome", ""), "Gmail", "Bazaro – Wiadomości"],
        f"admin.storefly.com/store/glina-i-ogien/orders/{number[1:]}",
        "Orders",
        lambda s: sf_order(s, number, [pay, ful], when, items, summary, cards, timeline),
    )


# products: name, category, price, SKU, stock in the morning; the afternoon's sale of #1053
PRODUCTS = [
    ('Kubek "Mech" 350 ml', "Kubki", 89.00, "GO-KUB-01", 14),
    ('Talerz deserowy "Len" Ø21 cm', "Talerze", 119.00, "GO-TAL-03", 9),
    ('Misa "Wrzos" Ø24 cm', "Misy", 164.00, "GO-MIS-05", 5),
    ('Wazon "Bursztyn" 18 cm', "Wazony", 159.00, "GO-WAZ-02", 2),
    ('Dzbanek "Szron" 1 l', "Dzbanki", 210.00, "GO-DZB-01", 0),
    ('Miska "Piasek" 500 ml', "Miski", 69.00, "GO-MSK-04", 11),
    ('Zestaw "Poranek" (2 kubki + talerz)', "Zestawy", 279.00, "GO-ZES-01", 4),
    ('Podstawka "Len" pod kubek', "Akcesoria", 29.00, "GO-POD-02", 23),
]
SOLD_1053 = {"GO-MIS-05": 2, "GO-KUB-01": 1}  # 2 × 164,00 + 89,00 + 16,99 = 433,99


def product_rows(after_sale: bool) -> list[list[str]]:
    rows = []
    for name, cat, price, sku, qty in PRODUCTS:
        if after_sale:
            qty -= SOLD_1053.get(sku, 0)
        rows.append([name, "Sold out" if qty == 0 else "Active", f"{qty} in stock", cat, pln(price), sku])
    return rows


def products(after_sale: bool):
    return storefly(
        "Products · Glina & Ogień · Storefly - Google Chrome",
        ["Products · Glina & Ogień · Storefly", "Gmail", "Bazaro – Wiadomości"],
        "admin.storefly.com/store/glina-i-ogien/products",
        "Products",
        lambda s: sf_products(
            s,
            ["Product", "Status", "Inventory", "Category", "Price", "SKU"],
            product_rows(after_sale),
            "8 products · Inventory tracked by Storefly · Vendor: Glina & Ogień",
        ),
    )


DISCOUNTS = [
    (
        "JESIEN15",
        "Active",
        "15% off entire order · Minimum purchase of 150,00 zł",
        "Amount off order",
        "37 / 100",
    ),
    ("WITAJ10", "Active", "10% off first order · Newsletter", "Amount off order", "112"),
    ("LATO2026", "Expired", "20,00 zł off · Minimum purchase of 120,00 zł", "Amount off order", "58"),
]
BLACKWEEK = (
    "BLACKWEEK20",
    "Scheduled",
    "20% off entire order · Minimum purchase of 200,00 zł",
    "Amount off order",
    "0",
)


def discounts(created: bool):
    rows = ([BLACKWEEK] if created else []) + DISCOUNTS
    if created:
        detail = [
            ("Code", "BLACKWEEK20"),
            ("Value", "20%"),
            ("Minimum purchase", "200,00 zł"),
            ("Usage limits", "One use per customer"),
            ("Active dates", "27.11.2026 00:00 – 30.11.2026 23:59"),
            ("Combinations", "Can't combine with other discounts"),
        ]
    else:
        detail = [
            ("Code", "JESIEN15"),
            ("Value", "15%"),
            ("Minimum purchase", "150,00 zł"),
            ("Usage limits", "100 uses in total"),
            ("Active dates", "01.11.2026 – 30.11.2026"),
            ("Combinations", "Can't combine with other discounts"),
        ]
    return storefly(
        "Discounts · Glina & Ogień · Storefly - Google Chrome",
        ["Discounts · Glina & Ogień · Storefly", "Gmail", "Canva"],
        "admin.storefly.com/store/glina-i-ogien/discounts",
        "Discounts",
        lambda s: sf_discounts(s, rows, detail),
    )


# ------------------------------------------------------------------------------------------- Gmail
KAOLIN_MAIL = {
    "subject": "Zamówienie ZS/2026/0412 gotowe do odbioru",
    "from": "Kaolin-Pol sp. z o.o.",
    "addr": "<zamowienia@kaolinpol.pl>",
    "when": "07:30 (1 godzinę temu)",
    "to": f"do: {MY_MAIL}",
    "body": [
        "Dzień dobry Pani Marto,",
        "zamówienie ZS/2026/0412 jest gotowe do odbioru w naszym magazynie w Łomiankach:",
        "Glina kamionkowa biała WK-12, worek 10 kg – 10 szt.",
        "Szkliwo transparentne S-101, 5 kg – 2 szt.",
        "Razem netto: 1 200,00 zł · VAT 23%: 276,00 zł · Razem brutto: 1 476,00 zł",
        "Odbiór: pon.–pt. 8:00–16:00, ul. Fabryczna 5, 05-092 Łomianki.",
        "Płatność przelewem przy odbiorze (PLN 1,476.00, ref. ZS/2026/0412).",
        "",
        "Pozdrawiamy,",
        "Dariusz Wrona",
        "Kaolin-Pol sp. z o.o. · NIP 118-204-77-31 · tel. +48 22 751 30 18",
    ],
}
JONAS_MAIL = {
    "subject": "Order #1050 – small request",
    "from": "Jonas Becker",
    "addr": "<jonas.becker@web.de>",
    "when": "19 lis 2026, 23:05",
    "to": f"do: {MY_MAIL}",
    "body": [
        "Hi Marta,",
        "I just ordered the amber vase (#1050). It is a birthday present for my mother on 28 November,",
        "so it would be great if it arrives in Berlin before then.",
        'Could you add a small handwritten card saying "Alles Gute, Mama!"? Happy to pay extra.',
        "",
        "Best wishes,",
        "Jonas",
    ],
}
FAIR_MAIL = {
    "subject": "Potwierdzenie stoiska – Jarmark Bożonarodzeniowy 2026",
    "from": "Targi Rękodzieła Warszawa",
    "addr": "<wystawcy@targirekodziela.pl>",
    "when": "19 lis 2026, 16:12",
    "to": f"do: {MY_MAIL}",
    "body": [
        "Szanowna Pani,",
        "potwierdzamy rezerwację stoiska nr B14 (hala Koneser, ul. Ząbkowska 27/31) na Jarmark",
        "Bożonarodzeniowy 2026: 5–6 grudnia 2026 (sobota–niedziela), 10:00–18:00.",
        "Opłata za stoisko: 350,00 zł brutto, płatna do 27.11.2026.",
        "Rozstawienie stoisk: piątek 4.12.2026 od 17:00.",
        "",
        "Kontakt w sprawie stoiska: Paweł Zając, +48 22 318 44 90",
    ],
}
ACCOUNTANT_MAIL = {
    "subject": "VAT za październik i dokumenty za listopad",
    "from": "Irena Kwiatkowska",
    "addr": "<irena@biuro-saldo.pl>",
    "when": "19 lis 2026, 14:47",
    "to": f"do: {MY_MAIL}",
    "body": [
        "Pani Marto,",
        "VAT za październik do zapłaty: 1 184,00 zł, termin 25.11.2026 (mikrorachunek podatkowy).",
        "Proszę też o przesłanie faktur sprzedaży i kosztowych za listopad do 3.12.2026.",
        "Faktury dla firm z Bazaro proszę wystawiać z NIP nabywcy.",
        "",
        "Pozdrawiam,",
        "Irena Kwiatkowska",
        "Biuro Rachunkowe Saldo, ul. Targowa 15, 03-728 Warszawa",
    ],
}
LENA_MAIL = {
    "subject": "Haus & Ton – order recap (40 mugs)",
    "from": "Lena Hoffmann",
    "addr": "<lena@hausundton.de>",
    "when": "11:53 (1 minutę temu)",
    "to": f"do: {MY_MAIL}",
    "body": [
        "Hi Marta,",
        "thanks for the call! To recap what we agreed:",
        '40 mugs "Mech" 350 ml at €22.00 each, €880.00 net (reverse charge, our VAT ID DE312456789).',
        "Delivery to Kastanienallee 58, 10119 Berlin by 15 December 2026.",
        "50% upfront after your pro forma invoice, the rest on delivery.",
        "",
        "Liebe Grüße,",
        "Lena Hoffmann · Haus & Ton GmbH",
    ],
}
ORDER_MAIL_1053 = {
    "subject": "[Glina & Ogień] Order #1053 placed by Ewa Szymańska",
    "from": "Storefly",
    "addr": "<store+glina-i-ogien@storefly.com>",
    "when": "12:48 (17 minut temu)",
    "to": f"do: {MY_MAIL}",
    "body": [
        "Order summary",
        'Misa "Wrzos" Ø24 cm × 2 – 328,00 zł',
        'Kubek "Mech" 350 ml × 1 – 89,00 zł',
        "Shipping (Paczkomat WRO07B) – 16,99 zł",
        "Total – 433,99 zł (VAT 23% included: 81,15 zł)",
        "",
        "Customer: Ewa Szymańska, ewa.szymanska@gmail.com, Wrocław",
    ],
}


def _inbox(phase: str) -> list:
    at = ["am", "noon", "pm"].index(phase)
    items = []
    if at >= 2:
        items.append(("Storefly", ORDER_MAIL_1053["subject"], "12:48", True))
    if at >= 1:
        items.append(("Lena Hoffmann", LENA_MAIL["subject"], "11:53", True))
    items += [
        ("Storefly", "[Glina & Ogień] Order #1052 placed by Łukasz Nowicki", "07:41", at == 0),
        ("Kaolin-Pol sp. z o.o.", KAOLIN_MAIL["subject"], "07:30", at == 0),
        ("Storefly", "[Glina & Ogień] Order #1051 placed by Zofia Wąsik", "06:58", False),
        ("Jonas Becker", JONAS_MAIL["subject"], "19 lis", at == 0),
        ("Targi Rękodzieła Warszawa", FAIR_MAIL["subject"], "19 lis", at == 0),
        ("Irena Kwiatkowska", ACCOUNTANT_MAIL["subject"], "19 lis", at == 0),
        ("VistulaBank", "Wyciąg z rachunku firmowego za październik 2026", "18 lis", False),
        ("Storefly", "Your payout of 2 845,30 zł is on its way", "18 lis", False),
    ]
    return items


def mail(phase: str, reading: dict | None = None):
    items = _inbox(phase)
    unread = sum(1 for it in items if it[3])
    counts = [
        ("Odebrane", str(unread) if unread else ""),
        ("Oznaczone gwiazdką", ""),
        ("Odłożone", ""),
        ("Wysłane", ""),
        ("Wersje robocze", "1"),
        ("Sklep", ""),
        ("Dostawcy", ""),
    ]
    if reading is None:
        title = (
            f"Odebrane ({unread}) - {MY_MAIL} - Gmail - Google Chrome"
            if unread
            else (f"Odebrane - {MY_MAIL} - Gmail - Google Chrome")
        )
    else:
        title = f"{reading['subject']} - {MY_MAIL} - Gmail - Google Chrome"
    return gmail(title, [title.split(" - ")[0], "Storefly", "Bazaro"], counts, items, reading)


# --------------------------------------------------------------------------------------------- Bazaro
OFFER_MUG = [
    'Kubek "Mech" 350 ml – ręcznie robiony, kamionka',
    "Oferta nr 13877261902 · 89,00 zł / szt.",
]
KRZYSZTOF = [
    (
        "Krzysztof Mazur",
        "20.11.2026, 07:12",
        "Dzień dobry, paczka doszła wczoraj, ale jeden z dwóch kubków ma pęknięcie przy uchu. Zdjęcie w "
        "załączniku. Co możemy z tym zrobić?",
    ),
]
KRZYSZTOF_REPLY = [
    (
        "Ty",
        "20.11.2026, 09:16",
        "Bardzo przepraszam! Mogę wysłać nowy kubek albo zwrócić 89,00 zł – co Pan woli?",
    ),
]
KRZYSZTOF_PM = [
    ("Krzysztof Mazur", "20.11.2026, 13:58", "Poproszę o nowy kubek, dziękuję za szybką odpowiedź."),
    ("Ty", "20.11.2026, 15:15", "Nowy kubek wysłany dziś do paczkomatu LDZ02M."),
]
JOANNA = [
    (
        "Joanna Pawlak",
        "19.11.2026, 19:40",
        "Dzień dobry, kupiłam 12 kubków Mech do naszej kawiarni. Proszę o fakturę VAT na firmę: Kawiarnia "
        "Pod Lipą s.c., ul. Lipowa 7, 20-020 Lublin, NIP 525-123-45-67.",
    ),
]


def _threads(phase: str) -> list:
    first_k = {
        "am": KRZYSZTOF[0][2],
        "reply": KRZYSZTOF_REPLY[0][2],
        "pm": KRZYSZTOF_PM[-1][2],
    }[phase]
    when_k = {"am": "07:12", "reply": "09:16", "pm": "15:15"}[phase]
    return [
        ("krzys_maz88", "Krzysztof Mazur", first_k, when_k, phase == "am"),
        (
            "kawiarnia_podlipa",
            "Joanna Pawlak",
            "Proszę o fakturę VAT na firmę, NIP w wiadomości",
            "wczoraj",
            False,
        ),
        (
            "aga.kaminska",
            "Agnieszka Kamińska",
            "Czy misa Wrzos będzie też w kolorze niebieskim?",
            "wczoraj",
            False,
        ),
        ("rafal_ceram", "Rafał Sikora", "Dziękuję, wszystko dotarło całe :)", "17.11.2026", False),
    ]


def market(phase: str, thread: str = "krzysztof"):
    if thread == "joanna":
        msgs, offer, sel = JOANNA, [*OFFER_MUG, "Zakup z 19.11.2026 · 12 szt. × 89,00 zł"], 1
    else:
        msgs = (
            KRZYSZTOF
            + (KRZYSZTOF_REPLY if phase in ("reply", "pm") else [])
            + (KRZYSZTOF_PM if phase == "pm" else [])
        )
        offer, sel = [*OFFER_MUG, "Zakup z 14.11.2026 · 2 szt. × 89,00 zł"], 0
    return bazaro(
        "Wiadomości – Bazaro Sprzedawca - Google Chrome",
        ["Wiadomości – Bazaro Sprzedawca", "Storefly", "Gmail"],
        _threads(phase),
        sel,
        offer,
        msgs,
        "Napisz wiadomość…",
    )


# ---------------------------------------------------------------------------------------- WhatsApp
OLA = [
    (False, "08:14", "Dzień dobry! Będę o 9:30, pakujemy dziś zamówienia?"),
    (True, "08:19", "Tak! 4 paczki do paczkomatów i jedna do Niemiec kurierem DPD."),
]
OLA_MID = [
    (False, "10:58", "Kurier DPD zabrał paczkę do Niemiec o 10:52. Numer DPD: 09812345670123"),
    (True, "10:59", "Super, dzięki Ola! Do poniedziałku."),
]
BARTEK = [
    (False, "07:55", "Piec wyłączony o 6:00, w środku 38 sztuk. Otwieramy ok. 15:00."),
    (True, "08:20", "OK, po południu jadę po glinę do Łomianek."),
]
BARTEK_PM = [
    (False, "13:14", "Piec ma jeszcze 210°C, otwórz dopiero po 16:00, bo popęka."),
]
BARTEK_EVE = [
    (True, "16:19", "Otworzyłam – 37 całych, jeden talerz pęknięty."),
    (False, "16:20", "Nieźle! Który talerz?"),
]


def chat(phase: str, who: str):
    ola = OLA + (OLA_MID if phase != "am" else [])
    bartek = BARTEK + (BARTEK_PM if phase in ("pm", "eve") else []) + (BARTEK_EVE if phase == "eve" else [])
    chats = [
        ("Ola (pracownia)", ola[-1][2], ola[-1][1], ""),
        ("Bartek", bartek[-1][2], bartek[-1][1], ""),
        ("Mama", "Pamiętasz o niedzielnym obiedzie?", "wczoraj", ""),
        ("Koło Ceramiczne Praga", "Ania: Kto bierze glinę na przyszły tydzień?", "wczoraj", "3"),
    ]
    if who == "Ola":
        chats.sort(key=lambda c: c[0] != "Ola (pracownia)")
        return whatsapp(chats, 0, "Ola (pracownia)", "Ola Jabłońska · +48 512 408 337", ola)
    chats.sort(key=lambda c: c[0] != "Bartek")
    return whatsapp(chats, 0, "Bartek", "online", bartek)


# ---------------------------------------------------------------------------------------- Faktulo
INVOICE_NO = "FV 112/11/2026"
UNIT_NET = 72.36


def invoice_totals(qty: int) -> tuple[float, float, float]:
    net = round(qty * UNIT_NET, 2)
    vat = round(net * 0.23, 2)
    return net, vat, round(net + vat, 2)


def invoice(qty: int, status: str):
    net, vat, gross = invoice_totals(qty)
    return faktulo(
        f"{INVOICE_NO} – edycja · Faktulo - Google Chrome",
        [f"{INVOICE_NO} – edycja · Faktulo", "Bazaro – Wiadomości", "Gmail"],
        f"Faktura VAT {INVOICE_NO}",
        status,
        [
            ("Numer", INVOICE_NO),
            ("Data wystawienia", "20.11.2026"),
            ("Data sprzedaży", "19.11.2026"),
            ("Termin płatności", "26.11.2026"),
            ("Sposób płatności", "Przelew"),
        ],
        [
            (
                "Sprzedawca",
                [
                    "Glina & Ogień Marta Kowalczyk",
                    "ul. Ząbkowska 27/31, 03-736 Warszawa",
                    "NIP 113-284-19-57",
                ],
            ),
            (
                "Nabywca",
                [
                    "Kawiarnia Pod Lipą s.c.",
                    "ul. Lipowa 7, 20-020 Lublin",
                    "NIP 525-123-45-67",
                ],
            ),
        ],
        [
            "Lp.",
            "Nazwa",
            "Ilość",
            "j.m.",
            "Cena netto",
            "VAT",
            "Wartość netto",
            "Wartość VAT",
            "Wartość brutto",
        ],
        [["1", 'Kubek "Mech" 350 ml', str(qty), "szt.", pl(UNIT_NET), "23%", pl(net), pl(vat), pl(gross)]],
        [("Razem netto", pln(net)), ("VAT 23%", pln(vat)), ("Razem brutto", pln(gross))],
        "Uwagi: zamówienie Bazaro z 19.11.2026, konto do wpłaty PL61 1020 1097 0000 7402 0215 8821",
    )


# ------------------------------------------------------------------------------------- PaczkoPunkt
PP_OLD = [
    ["620394857361029485736102", "Anna Dąbrowska", "KRA12M", "B", "#1047", "W drodze", "19.11.2026 15:40"],
    [
        "620394857361029485731177",
        "Katarzyna Wójcik",
        "WAW221",
        "A",
        "#1046",
        "Dostarczona",
        "18.11.2026 17:05",
    ],
]
PP_NEW = [
    [
        "620394857361029485742519",
        "Małgorzata Zielińska",
        "GDA08M",
        "C",
        "#1049",
        "Utworzona",
        "20.11.2026 09:07",
    ],
    ["620394857361029485742526", "Zofia Wąsik", "POZ35A", "B", "#1051", "Utworzona", "20.11.2026 09:07"],
    ["620394857361029485742533", "Łukasz Nowicki", "WAW14N", "A", "#1052", "Utworzona", "20.11.2026 09:08"],
]
PP_PM = [
    ["620394857361029485748850", "Ewa Szymańska", "WRO07B", "B", "#1053", "Utworzona", "20.11.2026 15:12"],
    [
        "620394857361029485748867",
        "Krzysztof Mazur",
        "LDZ02M",
        "A",
        "Bazaro – wymiana",
        "Utworzona",
        "20.11.2026 15:13",
    ],
]


def parcels(phase: str):
    at = ["am", "labels", "pm", "eve"].index(phase)
    rows = []
    if at >= 2:
        rows += [list(r) for r in PP_PM]
    if at >= 1:
        for r in PP_NEW:
            r = list(r)
            r[5] = {1: "Utworzona", 2: "Nadana", 3: "W drodze"}[at]
            rows.append(r)
    for r in PP_OLD:
        r = list(r)
        if r[4] == "#1047" and at >= 2:
            r[5] = "Dostarczona"
        rows.append(r)
    counts = {k: sum(r[5] == k for r in rows) for k in ("Utworzona", "Nadana", "W drodze", "Dostarczona")}
    return paczkopunkt(
        "Przesyłki – PaczkoPunkt Manager - Microsoft Edge",
        ["Przesyłki – PaczkoPunkt Manager", "Storefly"],
        [
            ("Utworzone", str(counts["Utworzona"])),
            ("Nadane", str(counts["Nadana"])),
            ("W drodze", str(counts["W drodze"])),
            ("Dostarczone", str(counts["Dostarczona"])),
        ],
        ["Numer przesyłki", "Odbiorca", "Paczkomat", "Gabaryt", "Zamówienie", "Status", "Utworzono"],
        rows,
        f"{len(rows)} przesyłek · ostatnie 7 dni",
    )


# ------------------------------------------------------------------------------------------ Sheets
MATERIALS = [  # material, supplier, unit, stock (morning), minimum; the supplier pickup adds
    ["Glina kamionkowa biała WK-12", "Kaolin-Pol", "worek 10 kg", 3, 5],
    ["Glina czerwona C-4", "Kaolin-Pol", "worek 10 kg", 6, 4],
    ["Szkliwo transparentne S-101", "Kaolin-Pol", "kg", 2, 4],
    ['Szkliwo "Mech" (zielone)', "Ceramika Art", "kg", 3.5, 2],
    ['Szkliwo "Bursztyn"', "Ceramika Art", "kg", 1.2, 2],
    ["Kartony 20×20×20", "Pakujemy.pl", "szt.", 42, 20],
    ["Wypełniacz papierowy", "Pakujemy.pl", "rolka", 5, 2],
]
PICKUP = {"Glina kamionkowa biała WK-12": 10, "Szkliwo transparentne S-101": 10}
PACKED_BOXES = 5


def _q(v) -> str:
    return f"{v}".replace(".", ",")


def material_rows(phase: str) -> list[tuple[str, int, list[str]]]:
    rows = []
    for i, (name, sup, unit, qty, minimum) in enumerate(MATERIALS):
        if phase != "am" and name.startswith("Kartony"):
            qty -= PACKED_BOXES
        if phase == "pm":
            qty += PICKUP.get(name, 0)
        rows.append(("", i + 2, [name, sup, unit, _q(qty), _q(minimum), "TAK" if qty < minimum else "—"]))
    return rows


def materials(phase: str):
    rows = material_rows(phase)
    return sheets(
        "Magazyn 2026 - Arkusze Google - Google Chrome",
        ["Magazyn 2026 - Arkusze Google", "Gmail", "Storefly"],
        "Magazyn 2026",
        "F2",
        '=JEŻELI(D2<E2;"TAK";"—")',
        ["Materiał", "Dostawca", "Jedn.", "Stan", "Minimum", "Do zamówienia"],
        rows,
        ["Materiały", "Wyroby", "Wypał"],
        0,
        (0, 5),
        numeric_from=3,
    )


SALES = [  # group, [(category, orders, gross PLN)]
    (
        "Sklep (Storefly)",
        [
            ("Kubki", 41, 3649.00),
            ("Talerze", 18, 2142.00),
            ("Misy i miski", 22, 2806.00),
            ("Wazony", 7, 1113.00),
        ],
    ),
    ("Bazaro", [("Kubki", 15, 1335.00), ("Zestawy", 4, 1116.00)]),
    ("Zagranica (EUR → PLN)", [("Niemcy", 6, 1270.80), ("Czechy", 2, 398.40)]),
]
GERMANY_FIXED = (7, 1479.20)  # the afternoon's correction: a German order left out


def sales_groups(fixed: bool):
    return [
        (g, [(c, *GERMANY_FIXED) if fixed and c == "Niemcy" else (c, n, v) for c, n, v in items])
        for g, items in SALES
    ]


def sales_totals(fixed: bool) -> dict[str, tuple[int, float]]:
    out = {}
    for g, items in sales_groups(fixed):
        out[g] = (sum(n for _, n, _ in items), round(sum(v for _, _, v in items), 2))
    out["total"] = (sum(v[0] for v in out.values()), round(sum(v[1] for v in out.values()), 2))
    return out


def sales_rows(fixed: bool) -> list[tuple[str, int, list[str]]]:
    rows, n = [], 2
    tot = sales_totals(fixed)
    for g, items in sales_groups(fixed):
        rows.append(("h", n, [g, "", "", "", ""]))
        n += 1
        for c, k, v in items:
            rows.append(("g", n, [f"   {c}", str(k), pl(v), pl(vat_in(v)), pl(round(v - vat_in(v), 2))]))
            n += 1
        k, v = tot[g]
        label = "Suma " + g.split(" (")[0]
        rows.append(("s", n, [label, str(k), pl(v), pl(vat_in(v)), pl(round(v - vat_in(v), 2))]))
        n += 1
    k, v = tot["total"]
    rows.append(
        ("s", n, ["RAZEM październik 2026", str(k), pl(v), pl(vat_in(v)), pl(round(v - vat_in(v), 2))])
    )
    return rows


def sales(fixed: bool):
    rows = sales_rows(fixed)
    at = next(i for i, r in enumerate(rows) if r[2][0].strip() == "Niemcy")
    return sheets(
        "Sprzedaż 2026 - Arkusze Google - Google Chrome",
        ["Sprzedaż 2026 - Arkusze Google", "Gmail", "Storefly"],
        "Sprzedaż 2026",
        f"C{rows[at][1]}",
        rows[at][2][2],
        ["Kanał / kategoria", "Zamówienia", "Przychód brutto", "VAT 23%", "Przychód netto"],
        rows,
        ["Wrzesień", "Październik", "Listopad"],
        1,
        (at, 2),
    )


# -------------------------------------------------------------------------------------------- bank
TRANSFERS = [  # date, party, title, amount (newest first, the morning's)
    ("20.11.2026", "Storefly Payments Europe Ltd", "Wypłata środków 19.11.2026", 2845.30),
    ("19.11.2026", "Bazaro Pay sp. z o.o.", "Rozliczenie sprzedaży 2026/11/19", 612.40),
    ("19.11.2026", "PGE Obrót S.A.", "Energia elektryczna 10/2026 – pracownia", -486.27),
    ("18.11.2026", "PaczkoPunkt sp. z o.o.", "Faktura FV/PP/2026/10/88412", -214.83),
    ("17.11.2026", "Pakujemy.pl", "Kartony i wypełniacz, zam. 55120", -268.90),
    ("17.11.2026", "Targi Rękodzieła Warszawa", "Zwrot kaucji – Jarmark Wiosenny", 300.00),
]
KAOLIN_PAY = ("20.11.2026", "Kaolin-Pol sp. z o.o.", "ZS/2026/0412 glina i szkliwo", -1476.00)
BALANCE_AM = 18402.16


def bank_rows(paid: bool) -> tuple[list[list[str]], float]:
    items = ([KAOLIN_PAY] if paid else []) + TRANSFERS
    bal = round(BALANCE_AM + (KAOLIN_PAY[3] if paid else 0), 2)
    rows, b = [], bal
    for date, party, title, amt in items:
        rows.append([date, party, title, ("+" if amt > 0 else "") + pln(amt), pln(b)])
        b = round(b - amt, 2)
    return rows, bal


def banking(paid: bool):
    rows, bal = bank_rows(paid)
    return bank(
        "Historia – VistulaBank Biznes - Google Chrome",
        ["Historia – VistulaBank Biznes", "Gmail", "Faktulo"],
        [
            ("Rachunek", "Biznes Konto Plus"),
            ("Numer rachunku", "PL61 1020 1097 0000 7402 0215 8821"),
            ("Saldo dostępne", pln(bal)),
        ],
        ["Data", "Kontrahent", "Tytuł", "Kwota", "Saldo po operacji"],
        rows,
        f"{len(rows)} operacji · 17.11.2026 – 20.11.2026",
    )


# ------------------------------------------------------------------------------------------ Canva
def promo(phase: str):
    code = "kod: BLACK20" if phase == "draft" else "kod: BLACKWEEK20"
    poster = [
        ("GLINA & OGIEŃ", 26, "#e8c39e"),
        ("BLACK WEEK", 64, "#ffffff"),
        ("−20% na całą ceramikę", 34, "#f2a65a"),
        (code, 30, "#ffffff"),
        ("27–30.11.2026", 26, "#e8c39e"),
    ]
    if phase == "final":
        poster.append(("Darmowa dostawa od 300 zł", 22, "#ffffff"))
    return canva(
        "Black Week – post IG – Projekt Canva - Google Chrome",
        ["Black Week – post IG – Projekt Canva", "Storefly", "Gmail"],
        "Black Week – post IG",
        "Post na Instagram (1080 × 1080 px)",
        [
            "Szablony",
            "Czcionki marki: Playfair Display",
            "Kolory: #2B1D16 #F2A65A",
            "Zdjęcia: misa_wrzos.jpg",
        ],
        poster,
    )


# ------------------------------------------------------------------------------------------- Meet
MEET_CODE = "kfp-rdzq-wxa"
MEET_CHAT = [
    ("Lena Hoffmann", "11:33", 'Hi both! As mentioned, we\'d like to start with 36 mugs "Mech" at €23.00.'),
    ("Felix Braun", "11:36", "Our shop is at Kastanienallee 58, 10119 Berlin."),
    ("Marta Kowalczyk", "11:41", "For 40 pieces I can do €22.00 each, delivery by 15 December."),
    ("Lena Hoffmann", "11:44", "Deal: 40 mugs at €22.00. I'll send a recap by mail."),
    ("Felix Braun", "11:47", "Can you send the pro forma to buchhaltung@hausundton.de?"),
]
MEET_AT = ["11:30", "11:33", "11:36", "11:39", "11:42", "11:45", "11:48", "11:51"]


def call(i: int):
    t = MEET_AT[i]
    shown = [c for c in MEET_CHAT if c[1] <= t]
    return meet(
        "Meet – Haus & Ton × Glina & Ogień - Google Chrome",
        ["Meet – Haus & Ton × Glina & Ogień", "Gmail"],
        MEET_CODE,
        ["Marta Kowalczyk (Ty)", "Lena Hoffmann", "Felix Braun"],
        shown,
        t,
    )


# ---------------------------------------------------------------------------------------- Notepad
TODO = [
    "PIĄTEK 20.11",
    "- spakować 5 zamówień (Ola od 9:30)",
    "- faktura Kawiarnia Pod Lipą – 12 kubków!",
    "- odebrać glinę z Kaolin-Pol (do 16:00)",
    "- założyć kod BLACKWEEK20 w sklepie",
    "- Lena / Haus & Ton: pro forma na 40 kubków",
    "- nowy kubek dla Krzysztofa Mazura (LDZ02M)",
    "- piec otworzyć dopiero po 16:00",
    "- zapłacić stoisko B14 do 27.11 (350 zł)",
    "ZROBIONE: glina, faktura, paczki, kod",
]


def notes(n: int):
    text = TODO[:n]
    return notepad(
        "do zrobienia.txt - Notatnik",
        text,
        f"Wiersz {len(text)}, kolumna {len(text[-1]) + 1}  |  100%  |  Windows (CRLF)  |  UTF-8",
    )


# ------------------------------------------------------------------------------------------ Maps
def route(phase: str):
    routes = (
        [("27 min", "16,8 km", "przez S8 i Wisłostradę"), ("31 min", "15,2 km", "przez Marymoncką")]
        if phase == "am"
        else [("38 min", "16,8 km", "przez S8 i Wisłostradę"), ("35 min", "15,2 km", "przez Marymoncką")]
    )
    note = "Ruch umiarkowany" if phase == "am" else "Duży ruch na S8 · korek przy Moście Grota"
    return maps(
        "Ząbkowska 27/31 do Kaolin-Pol, Fabryczna 5, Łomianki – Mapy Google - Google Chrome",
        ["Ząbkowska 27/31 do Kaolin-Pol – Mapy Google", "Gmail"],
        "https://www.google.pl/maps/dir/Ząbkowska+27,+Warszawa/Kaolin-Pol,+Fabryczna+5,+Łomianki",
        "ul. Ząbkowska 27/31, 03-736 Warszawa",
        "Kaolin-Pol, ul. Fabryczna 5, 05-092 Łomianki",
        routes,
        note,
    )


# ---------------------------------------------------------------------------------------- weather
def forecast(phase: str):
    if phase == "am":
        now = ["1°C", "Zachmurzenie duże", "Odczuwalna −3°C · Wiatr 14 km/h"]
        alert, upd = "", "Aktualizacja 07:50"
        hours = [
            ["09:00", "1°C", "0%", "14 km/h"],
            ["12:00", "3°C", "10%", "16 km/h"],
            ["15:00", "4°C", "30%", "18 km/h"],
            ["18:00", "2°C", "70%", "22 km/h"],
        ]
    else:
        now = ["4°C", "Pochmurno, wietrznie", "Odczuwalna 0°C · Wiatr 21 km/h"]
        alert = "Ostrzeżenie 1. stopnia: marznące opady deszczu ze śniegiem, 16:00–22:00"
        upd = "Aktualizacja 13:05"
        hours = [
            ["15:00", "4°C", "40%", "20 km/h"],
            ["16:00", "3°C", "80%", "23 km/h"],
            ["18:00", "1°C", "90%", "25 km/h"],
            ["21:00", "−1°C", "90%", "24 km/h"],
        ]
    return weather(
        "Pogoda Warszawa – prognoza godzinowa | Pogodnik - Google Chrome",
        ["Pogoda Warszawa | Pogodnik", "Gmail"],
        "Warszawa, piątek 20 lis 2026",
        now,
        alert,
        ["Godzina", "Temp.", "Opady", "Wiatr"],
        hours,
        upd,
    )


# ------------------------------------------------------------------------------------------------ day
def segments() -> list[tuple]:
    """(local start, frames, seconds between frames, screen for frame i)."""
    return [
        ("08:02:00", 1, 40, lambda i: mail("am")),
        ("08:02:40", 2, 45, lambda i: mail("am", KAOLIN_MAIL)),
        ("08:04:20", 2, 45, lambda i: mail("am", JONAS_MAIL)),
        ("08:06:00", 2, 50, lambda i: orders("am")),
        ("08:08:00", 2, 45, lambda i: order_page("#1049")),
        ("08:09:40", 2, 45, lambda i: order_page("#1050")),
        ("08:11:20", 2, 45, lambda i: products(False)),
        ("08:13:00", 2, 40, lambda i: forecast("am")),
        ("08:14:30", 2, 45, lambda i: chat("am", "Ola")),
        ("08:16:10", 1, 45, lambda i: chat("am", "Bartek")),
        ("08:17:00", 2, 45, lambda i: market("am")),
        ("08:18:40", 2, 45, lambda i: market("am", "joanna")),
        ("08:20:20", 3, 45, lambda i: invoice(10, "Szkic")),
        ("08:22:50", 2, 45, lambda i: parcels("am")),
        ("08:24:30", 2, 45, lambda i: materials("am")),
        ("08:26:10", 2, 45, lambda i: banking(False)),
        ("08:27:50", 2, 40, lambda i: notes(3 + i)),
        # 08:29-08:48: photographing the new bowls on the balcony
        ("08:48:30", 3, 50, lambda i: sales(False)),
        ("08:51:20", 2, 45, lambda i: discounts(False)),
        ("08:53:00", 3, 50, lambda i: promo("draft")),
        ("08:55:50", 2, 45, lambda i: mail("am", FAIR_MAIL)),
        ("08:57:30", 2, 45, lambda i: mail("am", ACCOUNTANT_MAIL)),
        ("08:59:10", 2, 45, lambda i: market("am", "joanna")),
        ("09:00:50", 2, 45, lambda i: invoice(12, "Szkic")),
        ("09:03:20", 2, 45, lambda i: chat("am", "Ola")),
        ("09:05:00", 2, 45, lambda i: parcels("labels")),
        ("09:06:40", 2, 45, lambda i: route("am")),
        ("09:08:20", 2, 45, lambda i: orders("am")),
        ("09:10:00", 2, 45, lambda i: market("reply")),
        ("09:11:40", 2, 40, lambda i: notes(5 + i)),
        # 09:13-10:55: packing the five orders with Ola
        ("10:55:10", 2, 45, lambda i: orders("mid")),
        ("10:56:50", 2, 45, lambda i: parcels("labels")),
        ("10:58:30", 2, 45, lambda i: materials("mid")),
        ("11:00:10", 2, 45, lambda i: discounts(True)),
        ("11:01:50", 2, 50, lambda i: promo("draft")),
        ("11:03:30", 2, 45, lambda i: chat("mid", "Ola")),
        # 11:05-11:30: a phone call with the framer, then setting up for the call
        ("11:30:10", 8, 180, call),
        ("11:54:10", 2, 45, lambda i: mail("noon", LENA_MAIL)),
        ("11:55:50", 2, 45, lambda i: banking(False)),
        ("11:57:30", 1, 40, lambda i: notes(7)),
        # 11:58-13:05: lunch
        ("13:05:10", 2, 45, lambda i: mail("pm", ORDER_MAIL_1053)),
        ("13:06:50", 2, 45, lambda i: orders("pm")),
        ("13:08:30", 2, 45, lambda i: products(True)),
        ("13:10:10", 2, 45, lambda i: forecast("pm")),
        ("13:11:50", 2, 45, lambda i: route("pm")),
        ("13:13:30", 2, 45, lambda i: chat("pm", "Bartek")),
        # 13:15-15:05: the drive to Kaolin-Pol in Łomianki (parcels dropped at a locker on the way)
        ("15:05:10", 2, 45, lambda i: banking(True)),
        ("15:06:50", 3, 45, lambda i: materials("pm")),
        ("15:09:20", 2, 45, lambda i: invoice(12, "Wystawiona")),
        ("15:11:00", 2, 45, lambda i: parcels("pm")),
        ("15:12:40", 2, 45, lambda i: market("pm")),
        ("15:14:20", 1, 40, lambda i: notes(8)),
        # 15:15-16:18: unloading the van, then the kiln
        ("16:18:30", 2, 45, lambda i: chat("eve", "Bartek")),
        ("16:20:10", 2, 45, lambda i: orders("eve")),
        ("16:21:50", 2, 50, lambda i: promo("final")),
        ("16:23:40", 3, 50, lambda i: sales(True)),
        ("16:26:30", 2, 40, lambda i: notes(9)),
        # 16:28-17:08: to the post office and back
        ("17:08:20", 2, 45, lambda i: parcels("eve")),
        ("17:10:00", 2, 45, lambda i: forecast("pm")),
        ("17:11:40", 2, 45, lambda i: mail("pm")),
        ("17:13:20", 2, 40, lambda i: notes(10)),
        ("17:14:50", 1, 45, lambda i: orders("eve")),
    ]


DAY = {
    "name": "shop",
    "run": "3c9a51e7",
    "date": "2026-11-20",
    "tzid": "Europe/Warsaw",
    "offset_minutes": 60,
    "locale": "eu",  # 24-hour clock and 20.11.2026 (make_days.clock), as pl-PL Windows writes them
    "segments": segments,
}
