"""Facts and phrasings for day "shop" (see day_shop.py), the ninth held-out day: lookups of every answer type
(the clay supplier's pickup notice, a German buyer's mail, the craft fair's and the accountant's mails, a Berlin
shop's recap, WhatsApp messages, Bazaro buyers' messages, a Google Meet chat, order pages, the invoice, the
bank's history, the parcel manager, the route and the forecast), cells and comparisons from the orders, the
products, the discount codes, the materials and sales sheets, differences (of two values on screen, or one
value at two moments) and aggregates worked out from values on screen (make_questions_shop.py checks the
arithmetic against the strings the day draws), a list, and unanswerable questions (traps naming a courier,
marketplace, code, supplier, bank, city or product never on screen, and attributes that no frame shows of
people and things that are). Phrasings are how the owner of a small shop in Warsaw would ask later: a plain
one, one in other words than the screen's (a description instead of the name, English for the Polish
screen), and a terse one or one with a relative time ('this morning', 'after lunch', 'before the trip').
Amounts accept the pl-PL form the screen writes (1 476,00 zł) and 1,476.00 / 1476.00 / 1476,00 / PLN 1476;
names with diacritics are also accepted without them (the OCR reads an English model)."""

from __future__ import annotations

import unicodedata

D = "shop"


def plain(text: str) -> str:
    """'Małgorzata Zielińska' -> 'Malgorzata Zielinska' (ł and the combining marks dropped)."""
    t = text.replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c))


def names(*forms: str) -> list[str]:
    return sorted(set(forms) | {plain(f) for f in forms})


def zloty(value: float, amount, words: tuple[str, ...] = ()) -> list[str]:
    """make_questions.amount's forms, the pl-PL '1 476,00' (with and without 'zł'), 'PLN 1476.00' and words."""
    forms = set(amount(f"{value:,.2f}"))
    whole, cents = f"{value:,.2f}".split(".")
    pl = f"{whole.replace(',', ' ')},{cents}"
    forms |= {pl, f"{pl} zł", f"{value:.2f} zł", f"PLN {value:,.2f}", f"{value:,.2f} PLN"}
    forms.update(words)
    return sorted(forms)


def euro(value: float, amount) -> list[str]:
    forms = set(amount(f"{value:,.2f}"))
    forms |= {f"€{value:,.2f}", f"€{value:.0f}", f"{value:.2f} EUR", f"EUR {value:.2f}", f"{value:.0f} euro"}
    return sorted(forms)


def register(fact, none, amount):
    d = D
    zl = lambda value, *words: zloty(value, amount, words)  # noqa: E731
    # ------------------------------------------------------------------------------------------ lookups
    fact(
        d,
        "shop-supplier",
        "lookup",
        "name",
        [
            "Which supplier emailed that my clay order was ready to pick up?",
            "Who's the company in Łomianki that I buy stoneware clay from?",
            "clay supplier?",
        ],
        ["Kaolin-Pol", "Kaolin-Pol sp. z o.o.", "Kaolin Pol", "KaolinPol"],
        ["jest gotowe do odbioru"],
    )
    fact(
        d,
        "shop-kaolin-gross",
        "lookup",
        "amount",
        [
            "What's the gross total of Kaolin-Pol order ZS/2026/0412?",
            "How much does the clay and glaze pickup come to including VAT?",
            "ZS/2026/0412 brutto?",
        ],
        zl(1476.00),
        ["Razem brutto: 1 476,00 zł"],
    )
    fact(
        d,
        "shop-kaolin-hours",
        "lookup",
        "datetime",
        [
            "Until what time can I collect from the Kaolin-Pol warehouse?",
            "When does the clay supplier's pickup close on weekdays?",
            "kaolin-pol closes at?",
        ],
        ["16:00", "4 pm", "4:00 PM", "4 PM", "8:00–16:00", "8:00-16:00"],
        ["Odbiór: pon.–pt."],
    )
    fact(
        d,
        "shop-jonas-birthday",
        "lookup",
        "datetime",
        [
            "When is the birthday that Jonas Becker's vase is for?",
            "By what date does the German customer need the present for his mum?",
            "jonas's mother's birthday?",
        ],
        ["28 November", "November 28", "28.11", "28.11.2026", "28 lis", "28 listopada", "Nov 28"],
        ["birthday present for my mother"],
    )
    fact(
        d,
        "shop-de-courier",
        "lookup",
        "name",
        [
            "Which courier is shipping order #1050 to Germany?",
            "What delivery service did the Berlin customer's vase go with?",
            "#1050 carrier?",
        ],
        ["DPD", "DPD Classic International", "DPD International"],
        ["DPD Classic International"],
    )
    fact(
        d,
        "shop-de-total",
        "lookup",
        "amount",
        [
            "What's the total of Jonas Becker's order?",
            "How much did the customer from Berlin pay for the amber vase, shipping included?",
            "#1050 total?",
        ],
        euro(49.00, amount),
        ["Jonas Becker placed this order"],
    )
    fact(
        d,
        "shop-zielinska-phone",
        "lookup",
        "identifier",
        [
            "What's Małgorzata Zielińska's phone number?",
            "Which number can I call the Gdańsk customer with the ten-item order on?",
            "#1049 phone?",
        ],
        ["+48 601 234 567", "601 234 567", "601234567", "+48601234567"],
        ["gosia.zielinska@interia.pl"],
    )
    fact(
        d,
        "shop-dpd-tracking",
        "lookup",
        "identifier",
        [
            "What's the DPD number for the parcel to Germany?",
            "Which tracking code did Ola send after the courier collected the Berlin package?",
            "DPD no.?",
        ],
        ["09812345670123", "0981 2345 6701 23"],
        ["Numer DPD"],
    )
    fact(
        d,
        "shop-kiln-pieces",
        "lookup",
        "number",
        [
            "How many pieces were in the kiln this morning according to Bartek?",
            "How many items did the overnight firing hold?",
            "kiln load count?",
        ],
        ["38", "38 sztuk", "38 pieces"],
        ["w środku 38 sztuk"],
    )
    fact(
        d,
        "shop-fair-stand",
        "lookup",
        "identifier",
        [
            "What stand number did I get at the Christmas craft fair?",
            "Which booth is mine at the Koneser market in December?",
            "jarmark stand no.?",
        ],
        ["B14"],
        ["potwierdzamy rezerwację stoiska"],
    )
    fact(
        d,
        "shop-fair-date",
        "lookup",
        "datetime",
        [
            "When is the Jarmark Bożonarodzeniowy 2026?",
            "On which days is the Christmas handmade fair I booked a stand at?",
            "fair dates?",
        ],
        [
            "5–6 grudnia 2026",
            "5-6 grudnia",
            "5–6 December",
            "5-6 December",
            "5 December",
            "December 5",
            "5.12.2026",
            "5 grudnia",
            "Dec 5",
        ],
        ["Bożonarodzeniowy 2026: 5–6 grudnia 2026"],
    )
    fact(
        d,
        "shop-fair-fee",
        "lookup",
        "amount",
        [
            "How much is the stand fee for the Christmas fair?",
            "What do I owe Targi Rękodzieła for the booth?",
            "stand fee?",
        ],
        zl(350.00),
        ["Opłata za stoisko"],
    )
    fact(
        d,
        "shop-vat-due",
        "lookup",
        "amount",
        [
            "How much VAT for October did the accountant say I have to pay?",
            "What's the October tax bill from the bookkeeping office?",
            "october VAT due?",
        ],
        zl(1184.00),
        ["VAT za październik do zapłaty"],
    )
    fact(
        d,
        "shop-vat-deadline",
        "lookup",
        "datetime",
        [
            "By when do I have to pay October's VAT?",
            "What's the deadline Irena gave for the October tax payment?",
            "VAT deadline?",
        ],
        ["25.11.2026", "25.11", "25 November", "November 25", "25 listopada", "Nov 25"],
        ["VAT za październik do zapłaty"],
    )
    fact(
        d,
        "shop-accountant",
        "lookup",
        "person",
        [
            "Who's my accountant, going by yesterday's email about VAT?",
            "Which person from Biuro Rachunkowe Saldo wrote about the October tax?",
            "accountant?",
        ],
        names("Irena Kwiatkowska", "Kwiatkowska"),
        ["Biuro Rachunkowe Saldo"],
    )
    fact(
        d,
        "shop-complainer",
        "lookup",
        "person",
        [
            "Who complained about a cracked mug on Bazaro?",
            "Which marketplace buyer got a mug with a crack near the handle?",
            "cracked mug buyer?",
        ],
        ["Krzysztof Mazur", "krzys_maz88", "Mazur"],
        ["pęknięcie przy uchu"],
    )
    fact(
        d,
        "shop-cafe-nip",
        "lookup",
        "identifier",
        [
            "What's the NIP of Kawiarnia Pod Lipą?",
            "Which tax number did the café in Lublin give for their invoice?",
            "café NIP?",
        ],
        ["525-123-45-67", "5251234567", "NIP 525-123-45-67"],
        ["Kawiarnia Pod Lipą s.c."],
    )
    fact(
        d,
        "shop-cafe-name",
        "lookup",
        "name",
        [
            "Which business asked me for a VAT invoice for 12 mugs?",
            "What's the name of the café Joanna Pawlak buys for?",
            "invoice buyer?",
        ],
        names("Kawiarnia Pod Lipą", "Kawiarnia Pod Lipą s.c."),
        ["Kawiarnia Pod Lipą s.c."],
    )
    fact(
        d,
        "shop-lena-price",
        "lookup",
        "amount",
        [
            "What price per mug did Lena Hoffmann and I agree on?",
            "At how much each did the Berlin shop finally take the mugs?",
            "haus & ton unit price?",
        ],
        euro(22.00, amount),
        ["Deal: 40 mugs at €22.00"],
    )
    fact(
        d,
        "shop-lena-company",
        "lookup",
        "name",
        [
            "Which company is Lena Hoffmann from?",
            "What's the name of the Berlin shop I had the video call with?",
            "lena's shop?",
        ],
        ["Haus & Ton", "Haus & Ton GmbH", "Haus und Ton"],
        ["Lena Hoffmann · Haus & Ton GmbH"],
    )
    fact(
        d,
        "shop-lena-vatid",
        "lookup",
        "identifier",
        [
            "What's Haus & Ton's VAT ID?",
            "Which German tax number did Lena put in her recap for the reverse charge?",
            "haus & ton USt-ID?",
        ],
        ["DE312456789", "DE 312456789", "312456789"],
        ["reverse charge"],
    )
    fact(
        d,
        "shop-proforma-mail",
        "lookup",
        "email",
        [
            "Where should I send the pro forma for Haus & Ton?",
            "Which address did Felix Braun give in the call chat for the invoice?",
            "pro forma email?",
        ],
        ["buchhaltung@hausundton.de"],
        ["Can you send the pro forma"],
    )
    fact(
        d,
        "shop-bank",
        "lookup",
        "name",
        [
            "Which bank is the shop's business account with?",
            "In whose internet banking did I see the supplier payment go out?",
            "our bank?",
        ],
        ["VistulaBank", "Vistula Bank", "VistulaBank Biznes"],
        ["Historia transakcji"],
    )
    fact(
        d,
        "shop-pge-bill",
        "table_cell",
        "amount",
        [
            "How much was the PGE electricity payment?",
            "What did the studio's power bill for October take from the account?",
            "PGE?",
        ],
        zl(486.27),
        ["PGE Obrót S.A."],
    )
    fact(
        d,
        "shop-payout",
        "table_cell",
        "amount",
        [
            "How much was today's Storefly payout?",
            "What did the store platform transfer into the bank this morning?",
            "storefly payout?",
        ],
        zl(2845.30),
        ["Storefly Payments Europe Ltd"],
    )
    fact(
        d,
        "shop-tracking-wasik",
        "table_cell",
        "identifier",
        [
            "What's the tracking number of Zofia Wąsik's parcel?",
            "Which PaczkoPunkt number follows order #1051 to Poznań?",
            "wasik tracking?",
        ],
        ["620394857361029485742526"],
        ["620394857361029485742526"],
    )
    fact(
        d,
        "shop-locker-1049",
        "table_cell",
        "identifier",
        [
            "Which parcel locker is order #1049 going to?",
            "What's the locker code for the Gdańsk customer's parcel?",
            "#1049 paczkomat?",
        ],
        ["GDA08M", "Paczkomat GDA08M"],
        ["620394857361029485742519"],
    )
    fact(
        d,
        "shop-1048-customer",
        "table_cell",
        "person",
        [
            "Who placed order #1048?",
            "Whose order was the one still waiting for payment this morning?",
            "#1048 customer?",
        ],
        ["Piotr Grabowski", "Grabowski"],
        ["#1048"],
    )
    fact(
        d,
        "shop-1053-customer",
        "lookup",
        "person",
        [
            "Who placed the new order that came in over lunch?",
            "Which customer bought two Wrzos bowls today?",
            "#1053 by?",
        ],
        names("Ewa Szymańska", "Szymańska"),
        ["Order #1053 placed by"],
    )
    fact(
        d,
        "shop-blackweek-start",
        "table_cell",
        "datetime",
        [
            "When does the BLACKWEEK20 code start?",
            "From what date is the Black Week discount I set up active?",
            "blackweek20 start?",
        ],
        ["27.11.2026", "27.11", "27 November", "November 27", "27.11.2026 00:00", "Nov 27"],
        ["27.11.2026 00:00 – 30.11.2026 23:59"],
    )
    fact(
        d,
        "shop-jesien-used",
        "table_cell",
        "count",
        [
            "How many times has the JESIEN15 code been used?",
            "How many customers have already redeemed the autumn 15% discount?",
            "jesien15 uses?",
        ],
        ["37", "37 / 100", "37 of 100"],
        ["JESIEN15"],
    )
    fact(
        d,
        "shop-bursztyn-supplier",
        "table_cell",
        "name",
        [
            "Who supplies the Bursztyn glaze?",
            "Which company do I get the amber glaze from, according to the materials sheet?",
            "bursztyn glaze supplier?",
        ],
        ["Ceramika Art"],
        ['Szkliwo "Bursztyn"'],
    )
    fact(
        d,
        "shop-invoice-gross",
        "table_cell",
        "amount",
        [
            "What's the gross total on invoice FV 112/11/2026?",
            "How much, VAT included, did the café's invoice come to once I issued it?",
            "FV 112 brutto?",
        ],
        zl(1068.03),
        ["Wystawiona"],
    )
    fact(
        d,
        "shop-canva-draft-code",
        "lookup",
        "identifier",
        [
            "Which discount code did the first draft of the Black Week post show?",
            "What code was written on the Instagram graphic before I changed it?",
            "code on the draft post?",
        ],
        ["BLACK20", "kod: BLACK20"],
        ["kod: BLACK20"],
    )
    fact(
        d,
        "shop-kiln-open",
        "lookup",
        "datetime",
        [
            "After what time did Bartek say I could open the kiln?",
            "When is it safe to open the kiln, going by the message after lunch?",
            "kiln opening time?",
        ],
        ["16:00", "4 pm", "4 PM", "after 16:00", "po 16:00"],
        ["otwórz dopiero po 16:00"],
    )
    fact(
        d,
        "shop-weather-warning",
        "lookup",
        "text",
        [
            "What weather warning was there for Warsaw this afternoon?",
            "What did the forecast site warn about for this evening?",
            "weather alert?",
        ],
        [
            "marznące opady deszczu ze śniegiem",
            "marzne opady deszczu ze sniegiem",
            "Ostrzeżenie 1. stopnia",
            "freezing rain and snow",
            "sleet",
        ],
        ["Ostrzeżenie 1. stopnia"],
    )
    # -------------------------------------------------------------------------------- comparisons
    fact(
        d,
        "shop-cheapest-product",
        "table_compare",
        "name",
        [
            "Which product in the store is the cheapest?",
            "What's the lowest-priced item I sell on Storefly?",
            "cheapest product?",
        ],
        names('Podstawka "Len" pod kubek', "Podstawka", "Podstawka Len"),
        ['Podstawka "Len" pod kubek'],
    )
    fact(
        d,
        "shop-biggest-order",
        "table_compare",
        "person",
        [
            "Who placed the biggest order in this morning's list?",
            "Which customer spent the most among the orders waiting for me when I started?",
            "largest order — customer?",
        ],
        names("Małgorzata Zielińska", "Zielińska"),
        ["1 086,99 zł"],
    )
    fact(
        d,
        "shop-sold-out",
        "table_compare",
        "name",
        [
            "Which product is sold out?",
            "What have I got zero of in stock on Storefly?",
            "out of stock?",
        ],
        names('Dzbanek "Szron" 1 l', "Dzbanek Szron", "Dzbanek"),
        ["0 in stock"],
    )
    fact(
        d,
        "shop-top-category",
        "table_compare",
        "text",
        [
            "Which category brought in the most in the shop channel in October?",
            "On Storefly last month, what sold for the most money: mugs, plates, bowls or vases?",
            "october top category?",
        ],
        ["Kubki", "mugs", "Kubki (3 649,00)"],
        ["Suma Sklep"],
    )
    # --------------------------------------------------------------------- differences and aggregates
    fact(
        d,
        "shop-unfulfilled-am",
        "agg_amount",
        "count",
        [
            "How many orders were unfulfilled when I first opened Storefly this morning?",
            "How many orders still had to be packed and sent at the start of the day?",
            "unfulfilled this morning?",
        ],
        ["5", "five"],
        ["Unfulfilled"],
    )
    fact(
        d,
        "shop-labels-today",
        "agg_amount",
        "count",
        [
            "How many PaczkoPunkt shipments did I create today?",
            "How many parcel labels were made on the 20th, in total?",
            "labels today?",
        ],
        ["5", "five"],
        ["20.11.2026 15:13"],
    )
    fact(
        d,
        "shop-incoming-sum",
        "agg_amount",
        "amount",
        [
            "How much came into the bank account in total, in the transactions I looked at this morning?",
            "Adding up the incoming transfers in the bank history, what do they come to?",
            "sum of credits?",
        ],
        zl(3757.70),
        ["Historia transakcji"],
    )
    fact(
        d,
        "shop-bills-sum",
        "agg_amount",
        "amount",
        [
            "What did the PGE and PaczkoPunkt payments come to together?",
            "How much did electricity and the parcel service's invoice cost me in total?",
            "PGE + PaczkoPunkt?",
        ],
        zl(701.10),
        ["PGE Obrót S.A."],
    )
    fact(
        d,
        "shop-clay-change",
        "difference",
        "number",
        [
            "By how many bags did the WK-12 clay stock go up after the trip to the supplier?",
            "How many sacks of white stoneware clay did the materials sheet gain this afternoon?",
            "WK-12 increase?",
        ],
        ["10", "ten", "10 worków", "10 bags"],
        ["Glina kamionkowa biała WK-12"],
    )
    fact(
        d,
        "shop-wrzos-sold",
        "difference",
        "count",
        [
            "How many Wrzos bowls did the stock drop by between the morning and the afternoon?",
            "How much did the Misa Wrzos inventory fall after the new order?",
            "wrzos stock change?",
        ],
        ["2", "two"],
        ['Misa "Wrzos" Ø24 cm'],
    )
    fact(
        d,
        "shop-sales-fix",
        "difference",
        "amount",
        [
            "By how much did the October total in the sales sheet change after I corrected Germany?",
            "How much did the October gross revenue grow when I fixed the German row?",
            "october total correction?",
        ],
        zl(208.40),
        ["RAZEM październik 2026"],
    )
    fact(
        d,
        "shop-channel-gap",
        "difference",
        "amount",
        [
            "How much more did the Storefly shop make than Bazaro in October, gross?",
            "What's the gap between my own store's and the marketplace's October revenue?",
            "sklep minus bazaro, october?",
        ],
        zl(7259.00),
        ["Suma Bazaro"],
    )
    fact(
        d,
        "shop-invoice-change",
        "difference",
        "amount",
        [
            "By how much did the invoice's gross total go up when I changed the quantity to 12?",
            "How much more did the café's invoice come to after fixing the number of mugs?",
            "FV 112 brutto change?",
        ],
        zl(178.00),
        ["Razem brutto"],
    )
    fact(
        d,
        "shop-route-slower",
        "difference",
        "duration",
        [
            "How much longer was the drive to Kaolin-Pol via S8 at lunchtime than in the morning?",
            "By how many minutes had the route to the clay supplier got slower by the time I left?",
            "S8 delay?",
        ],
        ["11 min", "11 minutes", "11"],
        ["przez S8 i Wisłostradę"],
    )
    fact(
        d,
        "shop-temp-change",
        "difference",
        "number",
        [
            "How many degrees warmer was it in Warsaw after lunch than at breakfast, per the weather site?",
            "By how much had the temperature risen between the morning and afternoon forecasts?",
            "temp rise?",
        ],
        ["3", "3°C", "3 degrees", "three"],
        ["Aktualizacja 13:05"],
    )
    # --------------------------------------------------------------------------------------- a list
    fact(
        d,
        "shop-pickup-items",
        "list",
        "list",
        [
            "What was in the Kaolin-Pol order I picked up?",
            "Which materials were waiting for me at the clay supplier?",
            "ZS/2026/0412 items?",
        ],
        ["WK-12 && S-101", "Glina kamionkowa biała && Szkliwo transparentne"],
        ["jest gotowe do odbioru"],
    )
    # ------------------------------------------------------------------------ unanswerable: traps
    for fid, family, atype, qs, absent in [
        (
            "shop-trap-gls",
            "lookup",
            "identifier",
            [
                "What's the GLS tracking number for the parcel to Kraków?",
                "Which number did GLS give Anna Dąbrowska's package?",
                "GLS tracking?",
            ],
            "GLS",
        ),
        (
            "shop-trap-allegro",
            "table_cell",
            "amount",
            [
                "How much did Allegro pay out to the bank yesterday?",
                "What was the Allegro settlement in the bank history?",
                "allegro payout?",
            ],
            "Allegro",
        ),
        (
            "shop-trap-freeship",
            "table_cell",
            "text",
            [
                "What does the FREESHIP discount code give?",
                "How many times has the free-shipping code FREESHIP been used?",
                "FREESHIP?",
            ],
            "FREESHIP",
        ),
        (
            "shop-trap-boleslawiec",
            "lookup",
            "text",
            [
                "What did Ceramika Bolesławiec write about the glaze delivery?",
                "When is the Bolesławiec pottery supplier delivering?",
                "boleslawiec delivery?",
            ],
            "Bolesławiec",
        ),
        (
            "shop-trap-inpost",
            "table_cell",
            "amount",
            [
                "How much was the InPost invoice I paid?",
                "What did InPost charge the shop this month?",
                "inpost bill?",
            ],
            "InPost",
        ),
        (
            "shop-trap-vienna",
            "lookup",
            "datetime",
            [
                "When is the video call with the gallery in Vienna?",
                "What time did I agree to talk to the Viennese gallery owner?",
                "vienna call?",
            ],
            "Vienna",
        ),
        (
            "shop-trap-mbank",
            "lookup",
            "amount",
            [
                "What's the balance on my mBank account?",
                "How much is on the mBank business account today?",
                "mbank balance?",
            ],
            "mBank",
        ),
        (
            "shop-trap-burza",
            "table_cell",
            "amount",
            [
                'What\'s the price of the "Burza" teapot in the store?',
                "How much do I sell the Burza teapot for?",
                "burza teapot price?",
            ],
            "Burza",
        ),
        (
            "shop-trap-dhl",
            "lookup",
            "person",
            [
                "Which DHL driver picked up the parcel this morning?",
                "Who was the DHL courier that came for the Berlin package?",
                "DHL driver?",
            ],
            "DHL",
        ),
    ]:
        none(d, fid, family, atype, qs, absent=absent)
    # ------------------------------------------------------ unanswerable: attribute not on screen
    for fid, family, atype, qs in [
        (
            "shop-none-jonas-phone",
            "lookup",
            "identifier",
            [
                "What's Jonas Becker's phone number?",
                "Which number can I call the Berlin customer on?",
                "jonas phone?",
            ],
        ),
        (
            "shop-none-krzysztof-email",
            "lookup",
            "email",
            [
                "What's Krzysztof Mazur's email address?",
                "Where can I email the buyer with the cracked mug directly?",
                "mazur email?",
            ],
        ),
        (
            "shop-none-1053-delivered",
            "lookup",
            "datetime",
            [
                "When was order #1053 delivered to Ewa Szymańska?",
                "What time did the Wrocław customer pick up her bowls from the locker?",
                "#1053 delivered at?",
            ],
        ),
        (
            "shop-none-joanna-phone",
            "lookup",
            "identifier",
            [
                "What's Joanna Pawlak's phone number?",
                "Which number does the café in Lublin have?",
                "pod lipą phone?",
            ],
        ),
        (
            "shop-none-lena-phone",
            "lookup",
            "identifier",
            [
                "What's Lena Hoffmann's phone number?",
                "How do I ring the Haus & Ton buyer?",
                "lena phone?",
            ],
        ),
        (
            "shop-none-pickup-code",
            "lookup",
            "identifier",
            [
                "What's the locker pickup code for Małgorzata Zielińska's parcel?",
                "Which code opens the Gdańsk locker for order #1049?",
                "GDA08M pickup code?",
            ],
        ),
        (
            "shop-none-dpd-eta",
            "lookup",
            "datetime",
            [
                "When will DPD deliver the parcel to Jonas Becker?",
                "What's the expected delivery date in Berlin for the amber vase?",
                "DPD ETA?",
            ],
        ),
        (
            "shop-none-1049-weight",
            "table_cell",
            "number",
            [
                "How much does the parcel for order #1049 weigh?",
                "What's the weight of Małgorzata Zielińska's package to Gdańsk?",
                "#1049 parcel kg?",
            ],
        ),
        (
            "shop-none-irena-phone",
            "lookup",
            "identifier",
            [
                "What's Irena Kwiatkowska's phone number?",
                "Which number does my accountant's office have?",
                "accountant's phone?",
            ],
        ),
    ]:
        none(d, fid, family, atype, qs)
