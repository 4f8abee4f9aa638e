"""Facts and phrasings for day "export" (see day_export.py), the twelfth held-out day: lookups of every answer type
(the manager's priorities, the US buyer's mail about the L/C amendment and the balance payment, the German
buyer's about the advance, the customs broker's and the accountant's mails with KDV, the UK buyer's EUR.1 request,
the letter of credit's page at the bank, the customs declaration's page, the forwarder's tracking, the packing
list, the commercial invoice and the A.TR in Acrobat, Teams and WhatsApp), cells and comparisons from the sales
orders, the declarations, the bookings, the bank's movements and the packing list, differences (of two values on
screen, or one value at two moments) and aggregates worked out from values on screen (make_questions_export.py
checks the arithmetic against the strings the day draws), a list, and unanswerable questions (traps naming a
buyer, a port, a haulier, a colleague, a declaration, a courier, a trade fair and a customer never on screen,
and attributes that no frame shows of people and things that are). Phrasings are how an export coordinator at
an Istanbul textile exporter would ask later: a plain one, one in other words than the screen's (a role or a
description instead of the name, English for the Turkish screen: 'customs declaration' for 'beyanname', 'seal'
for 'mühür', 'letter of credit' for 'akreditif'), and a terse one or one with a relative time ('this morning',
'after lunch', 'at the end of the day'), some in the office's Turkish shorthand ('beyanname no?', 'mühür?').
The values the answers hold are taken from day_export's data, the same data the screens are drawn from. Amounts
accept the tr-TR form the screen writes (48.750,00 TL, ₺48.750,00, €36.850,00, 48.600,00 USD) and 48,750.00 /
48750 / TRY 48.750,00; names with Turkish letters are also accepted without them (Gökhan Öztürk, Gokhan Ozturk)."""

from __future__ import annotations

import unicodedata

import day_export as dx

D = "export"


def plain(text: str) -> str:
    """'Gökhan Öztürk' -> 'Gokhan Ozturk', 'Ayşe Yıldız' -> 'Ayse Yildiz' (the marks dropped, ı and İ as i, I)."""
    text = text.replace("ı", "i").replace("İ", "I")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def names(*forms: str) -> list[str]:
    return sorted(set(forms) | {plain(f) for f in forms})


def _base(value: float, amount) -> set[str]:
    return set(amount(f"{value:,.2f}"))


def lira(value: float, amount) -> list[str]:
    """Turkish lira as the screens write it ('48.750,00 TL', '₺48.750,00') and as an answer may ('TRY 48,750')."""
    t = dx.tr(value)
    forms = _base(value, amount) | {
        f"{t} TL",
        f"₺{t}",
        f"{t} ₺",
        f"TL {t}",
        f"TRY {t}",
        f"{t} TRY",
        f"{value:,.2f} TL",
        f"TRY {value:,.2f}",
    }
    if value == int(value):
        forms |= {f"{dx.tr(value, 0)} TL", f"₺{dx.tr(value, 0)}", f"{value:,.0f} TL", f"TRY {value:,.0f}"}
    return sorted(forms)


def euros(value: float, amount) -> list[str]:
    t = dx.tr(value)
    forms = _base(value, amount) | {
        f"€{t}",
        f"{t} EUR",
        f"{t} €",
        f"EUR {t}",
        f"EUR {value:,.2f}",
        f"€{value:,.2f}",
        f"{value:,.2f} EUR",
    }
    if value == int(value):
        forms |= {f"€{value:,.0f}", f"EUR {value:,.0f}", f"{value:,.0f} EUR", f"{dx.tr(value, 0)} EUR"}
    return sorted(forms)


def dollars(value: float, amount) -> list[str]:
    t = dx.tr(value)
    forms = _base(value, amount) | {
        f"US$ {value:,.2f}",
        f"US${value:,.2f}",
        f"USD {value:,.2f}",
        f"{value:,.2f} USD",
        f"${value:,.2f}",
        f"{t} USD",
        f"USD {t}",
    }
    if value == int(value):
        forms |= {f"US$ {value:,.0f}", f"USD {value:,.0f}", f"{value:,.0f} USD", f"${value:,.0f}"}
    return sorted(forms)


def pounds(value: float, amount) -> list[str]:
    t = dx.tr(value)
    return sorted(
        _base(value, amount)
        | {f"{t} GBP", f"GBP {t}", f"£{value:,.2f}", f"GBP {value:,.2f}", f"£{t}", f"{value:,.2f} GBP"}
    )


TR_MONTHS = [
    "Ocak",
    "Şubat",
    "Mart",
    "Nisan",
    "Mayıs",
    "Haziran",
    "Temmuz",
    "Ağustos",
    "Eylül",
    "Ekim",
    "Kasım",
    "Aralık",
]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]  # fmt: skip


def day_forms(day: int, month: int, year: int) -> list[str]:
    """A date as the screens write it (dd.mm.yyyy) and as an answer may: '7 Aralık', '7 December', 'December 7',
    'Dec 7', '2026-12-07', '7/12/2026'."""
    t, e = TR_MONTHS[month - 1], EN_MONTHS[month - 1]
    return sorted(
        {
            f"{day:02d}.{month:02d}.{year}",
            f"{day}.{month}.{year}",
            f"{day:02d}/{month:02d}/{year}",
            f"{year}-{month:02d}-{day:02d}",
            f"{day} {t}",
            f"{day} {e}",
            f"{e} {day}",
            f"{e[:3]} {day}",
            f"{day} {e[:3]}",
        }
    )


def register(fact, none, amount):
    d = D
    # ------------------------------------------------------------------------------------------ lookups
    fact(
        d,
        "export-lc-amount",
        "lookup",
        "amount",
        [
            "What is the amount of Harbor & Pine's letter of credit FCT-ILC-26-04417?",
            "How much is the US buyer's documentary credit for the T-shirts and sweatshirts worth?",
            "akreditif tutarı?",
        ],
        dollars(dx.LC_AMOUNT, amount),
        ["Akreditif tutarı"],
    )
    fact(
        d,
        "export-hp-balance",
        "lookup",
        "amount",
        [
            "How much did Harbor & Pine wire as the balance of invoice MOE-2026-1142?",
            "What balance payment did the Charlotte buyer say they sent this morning?",
            "H&P balance paid?",
        ],
        dollars(dx.HP_BALANCE, amount),
        ["HP-AP-88213"],
    )
    fact(
        d,
        "export-fwd-total",
        "lookup",
        "amount",
        [
            "What is the grand total of Boğaz Lojistik's invoice BL2026-11873, KDV included?",
            "How much does the forwarder's bill for trucking and port services come to with VAT?",
            "BL2026-11873 total?",
        ],
        lira(dx.FWD_TOTAL, amount),
        ["Genel toplam"],
    )
    fact(
        d,
        "export-broker-fee",
        "lookup",
        "amount",
        [
            "How much is the customs broker's fee for the Nordlicht declaration including KDV?",
            "What does Mehmet Çelik charge us for clearing EX018472, VAT included?",
            "müşavirlik ücreti?",
        ],
        lira(dx.BROKER_TOTAL, amount),
        ["Müşavirlik ücretimiz"],
    )
    fact(
        d,
        "export-nl-invoice",
        "lookup",
        "amount",
        [
            "What is the total invoice value on the Nordlicht export declaration?",
            "How much are the goods in today's container to Hamburg invoiced at?",
            "Nordlicht invoice value?",
        ],
        euros(dx.NL_TOTAL, amount),
        ["Toplam fatura bedeli"],
    )
    fact(
        d,
        "export-min-jogger-price",
        "lookup",
        "amount",
        [
            "What is the lowest unit price Gökhan allowed for the jogger order?",
            "Below what price per piece did my manager say we won't go for Harbor & Pine's joggers?",
            "jogger floor price?",
        ],
        sorted(set(amount("4.00")) | {"US$ 4.00", "$4.00", "4 USD", "USD 4", "$4", "4 dollars"}),
        ["altına inmiyoruz"],
    )
    fact(
        d,
        "export-decl-no",
        "lookup",
        "identifier",
        [
            "What is the number of the export declaration registered for Nordlicht this morning?",
            "Which customs declaration number did the broker give the Hamburg shipment?",
            "beyanname no?",
        ],
        [dx.DECL, "EX018472"],
        ["Tescil oldu"],
    )
    fact(
        d,
        "export-container-nl",
        "lookup",
        "identifier",
        [
            "What is the container number of the Nordlicht shipment?",
            "Which box did we stuff at the Esenyurt depot today for Hamburg?",
            "Nordlicht container no?",
        ],
        [dx.C_NL, dx.spaced_container(dx.C_NL), f"{dx.C_NL[:4]} {dx.C_NL[4:]}"],
        ["Konteyner: TGHU"],
    )
    fact(
        d,
        "export-lc-no",
        "lookup",
        "identifier",
        [
            "What is the number of Harbor & Pine's letter of credit?",
            "Which documentary credit did the US buyer's bank amend yesterday?",
            "H&P L/C no?",
        ],
        [dx.LC_NO],
        ["Amendment No. 1"],
    )
    fact(
        d,
        "export-seal",
        "lookup",
        "identifier",
        [
            "What seal number was put on the Nordlicht container?",
            "Which mühür went on the box after loading at the depot?",
            "mühür no?",
        ],
        [dx.SEAL, dx.SEAL.replace(" ", "")],
        ["Yükleme bitti"],
    )
    fact(
        d,
        "export-fwd-iban",
        "lookup",
        "identifier",
        [
            "What IBAN is the payment to Boğaz Lojistik going to?",
            "Which account number is the forwarder's invoice being paid into?",
            "Boğaz IBAN?",
        ],
        [dx.FWD_IBAN, dx.grouped(dx.FWD_IBAN)],
        ["Alıcı IBAN"],
    )
    fact(
        d,
        "export-plate",
        "lookup",
        "identifier",
        [
            "What is the licence plate of the truck that pulled the Nordlicht container?",
            "Which plate did the container haulier's tractor have?",
            "çekici plakası?",
        ],
        [dx.PLATE, dx.PLATE.replace(" ", "")],
        ["Çekici plakası"],
    )
    fact(
        d,
        "export-atr-no",
        "lookup",
        "identifier",
        [
            "What is the number of the A.TR certificate for the Nordlicht shipment?",
            "Which serial number does the movement certificate for Hamburg carry?",
            "A.TR no?",
        ],
        [dx.ATR_NO, f"A.TR {dx.ATR_NO}", dx.ATR_NO.replace(" ", "")],
        ["DOLAŞIM BELGESİ"],
    )
    fact(
        d,
        "export-hs-tee",
        "lookup",
        "identifier",
        [
            "Which GTİP code are the cotton T-shirts declared under?",
            "What HS code did customs get for the knitted cotton tees to Germany?",
            "tişört GTİP?",
        ],
        ["6109.10.00.00.00", "6109.10", "61091000"],
        ["Pamuklu örme tişört"],
    )
    fact(
        d,
        "export-megan-email",
        "lookup",
        "email",
        [
            "What is Megan Caldwell's email address?",
            "At which address can I reach the US buyer's sourcing manager?",
            "Megan email?",
        ],
        ["mcaldwell@harborandpine.com"],
        ["Megan Caldwell <"],
    )
    fact(
        d,
        "export-mehmet-email",
        "lookup",
        "email",
        [
            "What is Mehmet Çelik's email address?",
            "Which address does our customs broker write from?",
            "müşavir e-posta?",
        ],
        ["mehmet.celik@bogazicigumruk.com.tr"],
        ["Mehmet Çelik <"],
    )
    fact(
        d,
        "export-broker-person",
        "lookup",
        "person",
        [
            "Who registered export declaration 26341300EX018472?",
            "Which customs broker filed the Nordlicht declaration for us?",
            "EX018472 kim tescil etti?",
        ],
        names(dx.MEHMET),
        ["Beyanname tescil edildi"],
    )
    fact(
        d,
        "export-second-signer",
        "lookup",
        "person",
        [
            "Whose second signature was the payment to Boğaz Lojistik waiting for?",
            "Who had to approve the forwarder's payment at the bank before it could go out?",
            "2. imza kim?",
        ],
        names(dx.GOKHAN),
        ["2. imza bekliyor"],
    )
    fact(
        d,
        "export-driver",
        "lookup",
        "person",
        [
            "Who drove the truck that brought the Nordlicht container?",
            "What's the name of the haulier's driver I was messaging on WhatsApp?",
            "tır şoförü?",
        ],
        names(dx.DRIVER),
        ["konteyner çekicide"],
    )
    fact(
        d,
        "export-lsd",
        "lookup",
        "datetime",
        [
            "What is the latest shipment date on Harbor & Pine's letter of credit now?",
            "By when must the goods ship under the US buyer's amended documentary credit?",
            "son yükleme tarihi?",
        ],
        day_forms(7, 12, 2026),
        ["Son yükleme tarihi"],
    )
    fact(
        d,
        "export-lc-expiry",
        "lookup",
        "datetime",
        [
            "When does letter of credit FCT-ILC-26-04417 expire?",
            "Until what date is the US buyer's documentary credit valid?",
            "L/C expiry?",
        ],
        day_forms(21, 12, 2026),
        ["Geçerlilik tarihi ve yeri"],
    )
    fact(
        d,
        "export-eta-hamburg",
        "lookup",
        "datetime",
        [
            "When is the Nordlicht container expected in Hamburg?",
            "What arrival date does the forwarder give for today's shipment to Germany?",
            "ETA Hamburg?",
        ],
        day_forms(10, 12, 2026),
        ["Varış (Hamburg)"],
    )
    fact(
        d,
        "export-cutoff",
        "lookup",
        "datetime",
        [
            "What is the cut-off for the Aegean Meridian voyage 2648N?",
            "By when must the Hamburg container be at the terminal for its vessel?",
            "cut-off?",
        ],
        [
            dx.CUTOFF,
            "27.11.2026 && 18:00",
            "27 November && 18:00",
            "November 27 && 18:00",
            "27 Kasım && 18:00",
            "Nov 27 && 18:00",
            "27.11 && 18:00",
            "27/11/2026 && 18:00",
        ],
        ["Kapanış (cut-off)"],
    )
    fact(
        d,
        "export-registered-time",
        "lookup",
        "datetime",
        [
            "At what time was the Nordlicht export declaration registered?",
            "When did customs register the broker's filing for the Hamburg shipment?",
            "tescil saati?",
        ],
        ["09:02", "9:02"],
        ["Beyanname tescil edildi"],
    )
    fact(
        d,
        "export-presented-time",
        "lookup",
        "datetime",
        [
            "At what time were the L/C documents for Harbor & Pine presented to the bank?",
            "When did Bosfor Bank record the presentation of the US buyer's credit documents?",
            "ibraz saati?",
        ],
        ["14:38", "2:38"],
        ["Belgeler ibraz edildi"],
    )
    fact(
        d,
        "export-cartons",
        "lookup",
        "number",
        [
            "How many cartons are on the Nordlicht packing list?",
            "How many boxes in all went into the container for Hamburg?",
            "koli toplam?",
        ],
        [str(dx.CARTONS), f"{dx.CARTONS} koli", f"{dx.CARTONS} cartons"],
        ["ÇEKİ LİSTESİ"],
    )
    fact(
        d,
        "export-vgm",
        "lookup",
        "number",
        [
            "What VGM did the weighbridge give for the Nordlicht container?",
            "What was the verified gross mass of the loaded box for Hamburg?",
            "VGM?",
        ],
        ["9.968", "9,968", "9968", "9.968 kg", "9,968 kg", "9968 kg"],
        ["VGM (kantar)"],
    )
    fact(
        d,
        "export-usd-rate-am",
        "lookup",
        "number",
        [
            "What was Bosfor Bank's US dollar selling rate when I first checked the accounts this morning?",
            "At what rate was the bank selling dollars for lira first thing today?",
            "USD satış, sabah?",
        ],
        ["42,4020", "42.4020", "42,402", "42.402"],
        ["Sorgu: 26.11.2026 08:45"],
    )
    fact(
        d,
        "export-presentation-period",
        "lookup",
        "duration",
        [
            "How long is the presentation period of Harbor & Pine's letter of credit?",
            "Within how many days of shipment do the credit's documents have to reach the bank?",
            "ibraz süresi?",
        ],
        ["21 gün", "21 days", "21"],
        ["İbraz süresi"],
    )
    fact(
        d,
        "export-issuing-bank",
        "lookup",
        "name",
        [
            "Which bank issued Harbor & Pine's letter of credit?",
            "Who is the issuing bank on the US buyer's documentary credit?",
            "amir banka?",
        ],
        names("First Carolina Trust Bank"),
        ["Amir banka"],
    )
    fact(
        d,
        "export-exit-customs",
        "lookup",
        "name",
        [
            "Which customs office is the exit office on the Nordlicht declaration?",
            "Through which customs house do the goods for Hamburg leave Türkiye?",
            "çıkış gümrüğü?",
        ],
        names("Ambarlı Gümrük Müdürlüğü", "Ambarlı"),
        ["Çıkış gümrüğü"],
    )
    fact(
        d,
        "export-uk-certificate",
        "lookup",
        "text",
        [
            "Which origin certificate does Whitcombe & Lyle need for the polo shirts?",
            "What movement certificate did the Manchester buyer ask for instead of an A.TR?",
            "W&L certificate?",
        ],
        ["EUR.1", "EUR 1", "EUR1"],
        ["not an A.TR"],
    )
    # ---------------------------------------------------------------------------------------- table cells
    fact(
        d,
        "export-red-line",
        "table_cell",
        "identifier",
        [
            "Which of my export declarations went through the red channel?",
            "Which beyanname in GümrükNet got a physical inspection line (kırmızı hat)?",
            "kırmızı hat beyanname?",
        ],
        ["26341300EX018455", "EX018455"],
        ["Rejim: 1000 - Kesin ihracat"],
    )
    fact(
        d,
        "export-decl-status-noon",
        "table_cell",
        "text",
        [
            "What status did the Nordlicht declaration have when I checked GümrükNet after lunch?",
            "Right after lunch, how did the customs portal list EX018472?",
            "EX018472 durumu, öğleden sonra?",
        ],
        ["Onaylandı", "approved", "yükleme izni"],
        ["Sorgu: 26.11.2026 13:35"],
    )
    fact(
        d,
        "export-eta-sav-am",
        "table_cell",
        "datetime",
        [
            "What ETA Savannah did BL Track show for Harbor & Pine's container this morning?",
            "Before the delay was announced, when was the US-bound box due at its port?",
            "ETA Savannah, morning?",
        ],
        day_forms(11, 12, 2026),
        ["Son güncelleme: 26.11.2026 09:09", "Son güncelleme: 26.11.2026 10:00"],
    )
    fact(
        d,
        "export-wl-amount",
        "table_cell",
        "amount",
        [
            "What is the value of Whitcombe & Lyle's order SO-26-0421?",
            "How much is the UK customer's polo shirt order worth in the ERP?",
            "SO-26-0421 tutar?",
        ],
        pounds(16740.00, amount),
        ["Polo yaka tişört"],
    )
    fact(
        d,
        "export-jogger-value-pm",
        "table_cell",
        "amount",
        [
            "What is the value of the jogger order SO-26-0436 after it was approved?",
            "Once Gökhan approved it, how much was Harbor & Pine's jogger order worth in Kervan?",
            "SO-26-0436 tutar, onaylı?",
        ],
        dollars(dx.JOGGER_QTY * dx.JOGGER_PRICE_PM, amount),
        ["Onaylayan"],
    )
    fact(
        d,
        "export-aurora-eta",
        "table_cell",
        "datetime",
        [
            "When is Aurora Moda's container due in Barcelona?",
            "What ETA does the forwarder show for the Spanish customer's shipment?",
            "ETA Barcelona?",
        ],
        day_forms(27, 11, 2026),
        ["Levante Star"],
    )
    fact(
        d,
        "export-grey-cartons",
        "table_cell",
        "number",
        [
            "How many cartons of grey melange sweatshirts are on the packing list?",
            "How many boxes of the gri melanj MO-S220 went into the container?",
            "gri melanj koli?",
        ],
        ["160"],
        ["Gri melanj"],
    )
    fact(
        d,
        "export-aurora-swift",
        "table_cell",
        "amount",
        [
            "How much did Aurora Moda's SWIFT payment for MOE-2026-1168 bring in?",
            "What was the incoming transfer from the Spanish customer on 24 November?",
            "Aurora SWIFT?",
        ],
        euros(19425.00, amount),
        ["MOE-2026-1168"],
    )
    fact(
        d,
        "export-missing-doc-am",
        "table_cell",
        "text",
        [
            "Which document of Harbor & Pine's L/C set was still missing this morning?",
            "Before the presentation, which of the credit's required documents wasn't ready yet?",
            "eksik belge, sabah?",
        ],
        ["Menşe şahadetnamesi", "certificate of origin", "menşe"],
        ["Belgeler hazırlanıyor"],
    )
    # ---------------------------------------------------------------------------------------- comparisons
    fact(
        d,
        "export-most-cartons",
        "table_compare",
        "name",
        [
            "Which line of the Nordlicht packing list has the most cartons?",
            "Which style and colour fills the most boxes in the Hamburg container?",
            "en çok koli?",
        ],
        ["Gri melanj", "grey melange", "gray melange", "281-440"],
        ["Koli No"],
    )
    fact(
        d,
        "export-latest-termin",
        "table_compare",
        "identifier",
        [
            "Which sales order in Kervan ERP has the latest delivery date?",
            "Of the orders in the ERP list, which one is due furthest out?",
            "en geç termin?",
        ],
        ["SO-26-0433", "Kapüşonlu sweatshirt"],
        ["Termin"],
    )
    fact(
        d,
        "export-oldest-decl",
        "table_compare",
        "identifier",
        [
            "Which is the oldest declaration in my GümrükNet list?",
            "What's the earliest export declaration registered this month that the portal shows?",
            "en eski beyanname?",
        ],
        ["26341300EX018262", "EX018262"],
        ["Gideceği ülke"],
    )
    fact(
        d,
        "export-biggest-tl-out",
        "table_compare",
        "name",
        [
            "Which was the largest lira payment out of our account in the bank's movements?",
            "Who received the biggest TL outgoing transfer in the Bosfor Bank list?",
            "en büyük TL çıkış?",
        ],
        names("Çukurova İplik San. A.Ş.", "Çukurova İplik"),
        ["Hesap hareketleri"],
    )
    fact(
        d,
        "export-earliest-eta-pm",
        "table_compare",
        "name",
        [
            "Of the containers still at sea or at the port in my last BL Track check, which arrives first?",
            "At the end of the afternoon, which of our undelivered shipments had the nearest ETA?",
            "nearest ETA, last check?",
        ],
        ["Aurora Moda", "Barcelona", dx.C_AURORA, "BGZ-26-3188"],
        ["Son güncelleme: 26.11.2026 16:12"],
    )
    # ---------------------------------------------------------------------------------------- aggregates
    fact(
        d,
        "export-closed-pm",
        "agg_amount",
        "count",
        [
            "How many declarations showed Kapatıldı the last time I checked GümrükNet?",
            "At the end of the day, how many of my export declarations were closed?",
            "kapatılan beyanname, son?",
        ],
        ["6", "six", "altı"],
        ["Sorgu: 26.11.2026 16:09", "Sorgu: 26.11.2026 16:53"],
    )
    fact(
        d,
        "export-navy-cartons",
        "agg_amount",
        "count",
        [
            "How many cartons of navy (Lacivert) goods are on the Nordlicht packing list in total?",
            "Adding the navy tees and the navy sweatshirts, how many boxes is that?",
            "lacivert koli toplam?",
        ],
        ["240", "240 koli", "240 cartons"],
        ["Lacivert"],
    )
    fact(
        d,
        "export-shipped-end",
        "agg_amount",
        "count",
        [
            "How many sales orders were marked Sevk edildi in Kervan at my last look?",
            "At the end of the day, how many orders in the ERP had shipped?",
            "sevk edilen sipariş, son?",
        ],
        ["3", "three", "üç"],
        ["Son yenileme: 26.11.2026 16:51"],
    )
    fact(
        d,
        "export-eur-in-pm",
        "agg_amount",
        "amount",
        [
            "What do the incoming EUR transfers in the bank's movements add up to after the advance arrived?",
            "Summing the euro receipts listed at Bosfor Bank this afternoon, how much came in?",
            "EUR girişler toplam, öğleden sonra?",
        ],
        euros(19425.00 + dx.NL_ADVANCE, amount),
        ["Sorgu: 26.11.2026 14:08", "Sorgu: 26.11.2026 16:48"],
    )
    fact(
        d,
        "export-usd-orders",
        "agg_amount",
        "amount",
        [
            "What do the US dollar orders in Kervan add up to at the end of the day?",
            "Adding Harbor & Pine's two orders in the ERP, what's the dollar total?",
            "USD siparişler toplam?",
        ],
        dollars(dx.LC_AMOUNT + dx.JOGGER_QTY * dx.JOGGER_PRICE_PM, amount),
        ["Son yenileme: 26.11.2026 16:51"],
    )
    # ---------------------------------------------------------------------------------------- differences
    fact(
        d,
        "export-jogger-drop",
        "difference",
        "amount",
        [
            "By how much did the jogger order's value drop after the call with Megan?",
            "How much lower is SO-26-0436 now than it was in the ERP this morning?",
            "jogger value drop?",
        ],
        dollars(dx.JOGGER_QTY * (dx.JOGGER_PRICE_AM - dx.JOGGER_PRICE_PM), amount),
        ["Jogger eşofman altı"],
    )
    fact(
        d,
        "export-transit-days",
        "difference",
        "duration",
        [
            "How many days is the Nordlicht container's transit from its ETD at Ambarlı to its ETA in Hamburg?",
            "How long will the Hamburg box be on its way, departure to arrival?",
            "transit time Hamburg?",
        ],
        ["12 days", "12 gün", "12"],
        ["BGZ-26-3307"],
    )
    fact(
        d,
        "export-tl-balance-change",
        "difference",
        "amount",
        [
            "By how much did the TL account's balance change between my first and my last look at the bank?",
            "How much less lira did we have at the end of the day than when I first opened Bosfor Bank?",
            "TL bakiye farkı?",
        ],
        lira(dx.balances("am")[0] - dx.balances("late")[0], amount),
        ["TL Vadesiz Hesap"],
    )
    fact(
        d,
        "export-usd-rate-change",
        "difference",
        "number",
        [
            "By how much did the bank's USD selling rate move between the morning and the afternoon?",
            "How much dearer were dollars at Bosfor Bank after lunch than first thing?",
            "USD kur farkı?",
        ],
        ["0,0370", "0.0370", "0,037", "0.037"],
        ["Döviz kurları"],
    )
    fact(
        d,
        "export-gross-net",
        "difference",
        "number",
        [
            "What's the difference between the gross and the net weight of the Nordlicht shipment?",
            "How many kilos of packaging does the Hamburg packing list add, gross minus net?",
            "brüt - net?",
        ],
        ["536", "536,00", "536.00", "536 kg", "536,00 kg"],
        ["Brüt kg"],
    )
    fact(
        d,
        "export-lsd-extension",
        "difference",
        "duration",
        [
            "By how many days did the amendment push out the latest shipment date of the H&P credit?",
            "How much extra time to ship did the US buyer's L/C amendment give us?",
            "LSD extension?",
        ],
        ["7 days", "7 gün", "one week", "a week", "7"],
        ["Değişiklik 1"],
    )
    # --------------------------------------------------------------------------------------------- a list
    fact(
        d,
        "export-team-members",
        "list",
        "list",
        [
            "Who besides me is in the İhracat Ekibi chat on Teams?",
            "Which colleagues are in the export team's group chat?",
            "İhracat Ekibi üyeleri?",
        ],
        [
            f"{dx.GOKHAN} && {dx.SERKAN} && {dx.AYSE}",
            f"{plain(dx.GOKHAN)} && {plain(dx.SERKAN)} && {plain(dx.AYSE)}",
            "Gökhan && Serkan && Ayşe",
        ],
        [dx.TEAM_MEMBERS],
    )
    # ------------------------------------------------------------------------ unanswerable: traps
    for fid, family, atype, qs, absent in [
        (
            "export-trap-rheinwerk",
            "lookup",
            "amount",
            [
                "How much is Rheinwerk Textil's order worth?",
                "What did the Düsseldorf buyer Rheinwerk Textil order from us?",
                "Rheinwerk order value?",
            ],
            "Rheinwerk",
        ),
        (
            "export-trap-rotterdam",
            "table_cell",
            "datetime",
            [
                "When is our container due in Rotterdam?",
                "What ETA does BL Track give for the Rotterdam shipment?",
                "ETA Rotterdam?",
            ],
            "Rotterdam",
        ),
        (
            "export-trap-karadeniz",
            "lookup",
            "amount",
            [
                "How much is Karadeniz Nakliyat's trucking invoice?",
                "What did the haulier Karadeniz Nakliyat bill us this week?",
                "Karadeniz Nakliyat fatura?",
            ],
            "Karadeniz",
        ),
        (
            "export-trap-burak",
            "lookup",
            "text",
            [
                "What did Burak Aydın write in the export team chat?",
                "What was Burak's message on Teams about the loading?",
                "Burak said?",
            ],
            "Burak",
        ),
        (
            "export-trap-ex018500",
            "table_cell",
            "text",
            [
                "What is the status of declaration 26341300EX018500?",
                "Which channel did beyanname EX018500 get in GümrükNet?",
                "EX018500 durum?",
            ],
            "EX018500",
        ),
        (
            "export-trap-costaverde",
            "table_cell",
            "amount",
            [
                "What is the value of Costa Verde Moda's order in Kervan?",
                "How much did the Portuguese customer Costa Verde order?",
                "Costa Verde sipariş?",
            ],
            "Costa Verde",
        ),
        (
            "export-trap-dhl",
            "lookup",
            "identifier",
            [
                "What is the DHL tracking number for the samples to Manchester?",
                "Which DHL waybill did the courier give the Whitcombe & Lyle samples?",
                "DHL awb?",
            ],
            "DHL",
        ),
        (
            "export-trap-mersin",
            "lookup",
            "datetime",
            [
                "When does our container leave Mersin port?",
                "What's the sailing date of the Mersin shipment?",
                "Mersin ETD?",
            ],
            "Mersin",
        ),
        (
            "export-trap-texworld",
            "lookup",
            "datetime",
            [
                "When is the Texworld fair stand set-up?",
                "On what day do we go to Texworld in Paris?",
                "Texworld date?",
            ],
            "Texworld",
        ),
        (
            "export-trap-zeynep",
            "lookup",
            "email",
            [
                "What is Zeynep Arslan's email address?",
                "Where can I email our colleague Zeynep from production planning?",
                "Zeynep email?",
            ],
            "Zeynep",
        ),
    ]:
        none(d, fid, family, atype, qs, absent=absent)
    # ------------------------------------------------------ unanswerable: attribute not on screen
    for fid, family, atype, qs in [
        (
            "export-none-megan-phone",
            "lookup",
            "identifier",
            [
                "What is Megan Caldwell's phone number?",
                "Which number can I call the US buyer's sourcing manager on?",
                "Megan phone?",
            ],
        ),
        (
            "export-none-gokhan-email",
            "lookup",
            "email",
            [
                "What is Gökhan Öztürk's email address?",
                "Where can I email the export manager directly?",
                "Gökhan e-posta?",
            ],
        ),
        (
            "export-none-driver-phone",
            "lookup",
            "identifier",
            [
                "What is Ramazan Kaya's mobile number?",
                "Which number does the truck driver use?",
                "şoför telefon?",
            ],
        ),
        (
            "export-none-nl-vat",
            "lookup",
            "identifier",
            [
                "What is Nordlicht Mode GmbH's VAT ID?",
                "Which USt-IdNr. does the Hamburg buyer have?",
                "Nordlicht VAT no?",
            ],
        ),
        (
            "export-none-imo",
            "lookup",
            "identifier",
            [
                "What is the IMO number of the Aegean Meridian?",
                "Which IMO does the Hamburg vessel have?",
                "Aegean Meridian IMO?",
            ],
        ),
        (
            "export-none-inspector",
            "lookup",
            "person",
            [
                "Which customs officer checked the Nordlicht declaration's documents?",
                "Who was the inspector on the yellow-channel check of EX018472?",
                "muayene memuru?",
            ],
        ),
        (
            "export-none-humidity",
            "lookup",
            "number",
            [
                "What was the humidity in Istanbul today?",
                "How humid was it according to the weather on my taskbar?",
                "nem oranı?",
            ],
        ),
        (
            "export-none-eur1-no",
            "lookup",
            "identifier",
            [
                "What is the number of the EUR.1 for Whitcombe & Lyle's polo shirts?",
                "Which serial number does the UK shipment's movement certificate have?",
                "EUR.1 no?",
            ],
        ),
        (
            "export-none-ocean-freight",
            "lookup",
            "amount",
            [
                "How much ocean freight in US dollars did Boğaz Lojistik quote for the Hamburg container?",
                "What's the sea freight rate per container to Hamburg?",
                "navlun USD Hamburg?",
            ],
        ),
    ]:
        none(d, fid, family, atype, qs)
