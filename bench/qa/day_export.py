"""Day "export" (Thu 2026-11-26, Istanbul, Turkish (tr-TR) Windows: the taskbar clock "14:05" over "26.11.2026",
"23–27 Kasım 2026" in the calendar, amounts "₺48.750,00" and "48.750,00 TL" from the accountant and the bank,
"€36.850,00" in the customs portal, "US$ 9,850.00" and "US$ 48,600.00" from a US buyer and on the commercial
invoice, KDV 20%, GTİP codes (6109.10.00.00.00), the customs declaration 26341300EX018472, container numbers with
their ISO 6346 check digit, TR IBANs with valid check digits, the letter of credit FCT-ILC-26-04417, names with
Turkish letters), the twelfth held-out day: the export and customs coordinator of the fictional knitwear
exporter Marmara Örme Tekstil San. ve Tic. A.Ş. in Esenler. In the morning she reads her manager's priorities,
the US buyer's mail about the L/C amendment and the balance payment and the German buyer's about the advance
in Outlook, the bank's accounts (the US$ balance payment in), the sales orders in Kervan ERP, the customs
broker's mail, the packing list in Excel, the broker's WhatsApp (the declaration registered on the yellow
channel), the declarations in GümrükNet, the forwarder's tracking, Teams and her calendar; she checks the
commercial invoice against the L/C in Acrobat (09:21-09:48), reads the L/C's page at the bank, the accountant's
mail about the forwarder's invoice (a payment waiting for the second signature), the driver on WhatsApp, the
ERP, the tracking and the A.TR; a planning meeting (10:09-11:11), the UK buyer's mail about an EUR.1, the
declaration's page, the packing list, and the container's loading at the depot (11:17-12:19); the seal on
WhatsApp and in the packing list, the tracking; lunch (12:30-13:34); the declaration approved, Teams (the
meeting moved from 16:00 to 16:20), the forwarder's ETA update (Savannah 11.12 -> 14.12), the bank (the
payment approved, the German advance in), the invoice, the packing list and the A.TR again, the documents to the
bank's branch (14:19-14:47), the L/C presented, the ERP, the calendar; a call with the US buyer
(15:00-15:40), the buyer's confirmation of the jogger order at a lower price, the ERP, the packing list, the
declaration closed, the container at the port, Teams; a meeting (16:20-16:48) and the end of the day. Apps:
Outlook (mail and calendar), Teams, WhatsApp, Kervan ERP, Edge (GümrükNet, Bosfor Bank), Chrome (BL Track),
Excel and Acrobat. Layouts: bench/qa/screens_export.py."""

from __future__ import annotations

from screens_export import (
    acrobat,
    bank_accounts,
    bank_lc,
    erp_grid,
    excel_sheet,
    gumruk_detail,
    gumruk_list,
    outlook_mail,
    outlook_week,
    teams_chat,
    tracking,
    whatsapp_light,
)

ME = "Elif Şahin"
MY_MAIL = "elif.sahin@marmaraorme.com.tr"
FIRM = "Marmara Örme Tekstil San. ve Tic. A.Ş."
FIRM_UPPER = "MARMARA ÖRME TEKSTİL SAN. VE TİC. A.Ş."
FIRM_ADDRESS = "Oruç Reis Mah. Tekstilkent Cad. No: 12, 34235 Esenler / İstanbul"
GOKHAN = "Gökhan Öztürk"
AYSE = "Ayşe Yıldız"
SERKAN = "Serkan Doğan"
MEHMET = "Mehmet Çelik"
DRIVER = "Ramazan Kaya"
MEGAN = "Megan Caldwell"
JONAS = "Jonas Weber"
OLIVER = "Oliver Bennett"
DENIZ = "Deniz Aksoy"
HP = "Harbor & Pine Apparel, Inc."
NL = "Nordlicht Mode GmbH"
WL = "Whitcombe & Lyle Ltd"
AURORA = "Aurora Moda S.L."
BALTIK = "Baltik Style UAB"
FWD = "Boğaz Lojistik A.Ş."
BROKER_FIRM = "Boğaziçi Gümrük Müşavirliği Ltd. Şti."


def tr(value: float, decimals: int = 2) -> str:
    """48750 -> "48.750,00" (tr-TR: a dot between thousands, a decimal comma)."""
    s = f"{value:,.{decimals}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def en(value: float, decimals: int = 2) -> str:
    """9850 -> "9,850.00" (the US buyer's and the commercial invoice's form)."""
    return f"{value:,.{decimals}f}"


def tl(value: float) -> str:
    return f"{tr(value)} TL"


def signed(value: float, cur: str) -> str:
    """A bank movement: "+12.400,00 EUR" in, "-48.750,00 TL" out."""
    return ("+" if value > 0 else "-") + f"{tr(abs(value))} {cur}"


def iso6346(owner_serial: str) -> str:
    """'TGHU882614' -> 'TGHU8826143': the ISO 6346 check digit (letters 10..38 skipping multiples of 11,
    weights 2^i, sum mod 11 mod 10)."""
    values, v = {}, 10
    for ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        if v % 11 == 0:
            v += 1
        values[ch] = v
        v += 1
    total = sum((values[c] if c.isalpha() else int(c)) * 2**i for i, c in enumerate(owner_serial))
    return owner_serial + str(total % 11 % 10)


def spaced_container(code: str) -> str:
    """'TGHU8826143' -> 'TGHU 882614 3' (as a packing list or a certificate writes it)."""
    return f"{code[:4]} {code[4:10]} {code[10]}"


def iban_tr(bank: str, account: str) -> str:
    """A Turkish IBAN: TR, two check digits (ISO 7064 mod 97-10), the 5-digit bank code, a reserve 0 and the
    16-digit account."""
    assert len(bank) == 5 and len(account) == 16
    bban = bank + "0" + account
    check = 98 - int(bban + "292700") % 97
    return f"TR{check:02d}{bban}"


def grouped(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


C_NL = iso6346("TGHU882614")
C_HP = iso6346("MSKU731052")
C_AURORA = iso6346("CMAU415908")
C_NL_OLD = iso6346("HLXU552031")
FIRM_IBAN_TL = iban_tr("00219", "0000006214583001")
FIRM_IBAN_USD = iban_tr("00219", "0000006214583002")
FIRM_IBAN_EUR = iban_tr("00219", "0000006214583003")
FWD_IBAN = iban_tr("00146", "0000098127340055")
DECL = "26341300EX018472"
SEAL = "BGZ 0418823"
PLATE = "34 HKT 582"
VGM_KG = 9968
LC_NO = "FCT-ILC-26-04417"
LC_AMOUNT = 48600.00
LC_BSF_REF = "BSF-EXLC-2026-0388"
ISSUING_BANK = "First Carolina Trust Bank, Charlotte"
HP_BALANCE = 9850.00
HP_INVOICE = "MOE-2026-1187"
NL_INVOICE = "MOE-2026-1196"
NL_TOTAL = 36850.00
NL_ADVANCE = 12400.00
FWD_NET = 40625.00
KDV = 0.20
FWD_KDV = round(FWD_NET * KDV, 2)
FWD_TOTAL = round(FWD_NET + FWD_KDV, 2)
FWD_INVOICE = "BL2026-11873"
BROKER_NET = 6500.00
BROKER_KDV = round(BROKER_NET * KDV, 2)
BROKER_TOTAL = round(BROKER_NET + BROKER_KDV, 2)
ATR_NO = "T 1184326"
HP_BL = "BGZAMB2611302"
JOGGER_QTY = 9600
JOGGER_PRICE_AM, JOGGER_PRICE_PM = 4.20, 4.00
ETA_SAV_AM, ETA_SAV_PM = "11.12.2026", "14.12.2026"
ETA_HAMBURG = "10.12.2026"
ETD_NL = "28.11.2026"
CUTOFF = "27.11.2026 18:00"
LSD_OLD, LSD_NEW = "30.11.2026", "07.12.2026"
LC_EXPIRY = "21.12.2026"
PRESENTED_AT = "26.11.2026 14:38"

# ------------------------------------------------------------------------------------------ the packing list
# carton range, style, description, colour, size ratio, cartons, pieces per carton, net kg/carton, gross kg/carton,
# m³/carton
PACKING = [
    ("1-120", "MO-T101", "Basic tişört", "Beyaz", "1-2-2-1", 120, 40, 8.80, 9.60, 0.062),
    ("121-220", "MO-T101", "Basic tişört", "Lacivert", "1-2-2-1", 100, 40, 8.80, 9.60, 0.062),
    ("221-280", "MO-T115", "V yaka tişört", "Antrasit", "1-2-2-1", 60, 40, 8.80, 9.60, 0.062),
    ("281-440", "MO-S220", "Sweatshirt", "Gri melanj", "1-1-1-1", 160, 24, 10.56, 11.60, 0.085),
    ("441-580", "MO-S220", "Sweatshirt", "Lacivert", "1-1-1-1", 140, 24, 10.56, 11.60, 0.085),
]
CARTONS = sum(p[5] for p in PACKING)
PIECES = sum(p[5] * p[6] for p in PACKING)
NET_KG = round(sum(p[5] * p[7] for p in PACKING), 2)
GROSS_KG = round(sum(p[5] * p[8] for p in PACKING), 2)
CBM = round(sum(p[5] * p[9] for p in PACKING), 3)
TEES = sum(p[5] * p[6] for p in PACKING if p[1].startswith("MO-T"))
SWEATS = PIECES - TEES
TEES_NET = round(sum(p[5] * p[7] for p in PACKING if p[1].startswith("MO-T")), 2)
SWEATS_NET = round(NET_KG - TEES_NET, 2)
TEES_EUR, SWEATS_EUR = 17920.00, 18930.00


def packing_rows(loaded: bool) -> list[tuple[str, int, list[str]]]:
    rows = [
        ("tl", 1, [f"ÇEKİ LİSTESİ / PACKING LIST · SO-26-0418 · {NL}, Hamburg"]),
        (
            "nt",
            2,
            [f"Konteyner: {spaced_container(C_NL)} (40' HC) · Fatura: {NL_INVOICE} · Teslim: FOB Ambarlı"],
        ),
        (
            "nt",
            3,
            [
                f"Yükleme durumu: tamamlandı · {CARTONS} / {CARTONS} koli yüklendi · Mühür: {SEAL} · 12:14 · "
                f"VGM (kantar): {tr(VGM_KG, 0)} kg"
                if loaded
                else f"Yükleme durumu: bekliyor · 0 / {CARTONS} koli yüklendi · Planlanan: 26.11.2026 11:30, Esenyurt depo"
            ],
        ),
        (
            "hd",
            4,
            [
                "Koli No",
                "Model",
                "Açıklama",
                "Renk",
                "Beden S-M-L-XL",
                "Koli",
                "Adet/koli",
                "Toplam adet",
                "Net kg",
                "Brüt kg",
                "Hacim m³",
            ],
        ),
    ]
    r = 5
    for rng, style, desc, colour, ratio, ctn, ppc, net, gross, cbm in PACKING:
        rows.append(
            (
                "row",
                r,
                [
                    rng,
                    style,
                    desc,
                    colour,
                    ratio,
                    str(ctn),
                    str(ppc),
                    tr(ctn * ppc, 0),
                    tr(ctn * net),
                    tr(ctn * gross),
                    tr(ctn * cbm, 3),
                ],
            )
        )
        r += 1
    rows.append(
        (
            "tt",
            r,
            ["TOPLAM", "", "", "", "", str(CARTONS), "", tr(PIECES, 0), tr(NET_KG), tr(GROSS_KG), tr(CBM, 3)],
        )
    )
    rows.append(("nt", r + 2, ["Menşe: Türkiye · Dolaşım belgesi: A.TR · Hazırlayan: Elif Şahin"]))
    return rows


def packing(loaded: bool):
    rows = packing_rows(loaded)
    at = next(i for i, row in enumerate(rows) if row[0] == "tt")
    return excel_sheet(
        "Ceki_Listesi_SO-26-0418_Nordlicht.xlsx - Excel",
        f"J{rows[at][1]}",
        f"=TOPLA(J5:J{rows[at][1] - 1})",
        ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K"],
        rows,
        {5, 6, 7, 8, 9, 10},
        (at, 9),
        ["Çeki listesi", "Sevkiyat planı", "Kolileme"],
    )


# ---------------------------------------------------------------------------------------------- Kervan ERP
E_PHASES = ["am", "mid", "pm", "late", "end"]
# order, date, customer, country, product, quantity, amount by phase, currency, due, status by phase
ORDERS = [
    ("SO-26-0377", "02.10.2026", "Özdemir Mağazacılık A.Ş.", "Türkiye", "Basic tişört", 4500, [612000.00] * 5,
     "TL", "13.11.2026", ["Faturalandı"] * 5),
    ("SO-26-0392", "09.10.2026", HP, "ABD", "Tişört, sweatshirt", 21000, [LC_AMOUNT] * 5, "USD", "21.11.2026",
     ["Sevk edildi", "Sevk edildi", "Tahsilatta", "Tahsilatta", "Tahsilatta"]),
    ("SO-26-0402", "16.10.2026", AURORA, "İspanya", "Basic tişört", 15000, [27750.00] * 5, "EUR", "19.11.2026",
     ["Sevk edildi"] * 5),
    ("SO-26-0409", "20.10.2026", BALTIK, "Litvanya", "Tayt", 7400, [13960.00] * 5, "EUR", "25.11.2026",
     ["Sevk edildi"] * 5),
    ("SO-26-0418", "23.10.2026", NL, "Almanya", "Tişört, sweatshirt", PIECES, [NL_TOTAL] * 5, "EUR", "27.11.2026",
     ["Yüklemede", "Yüklemede", "Sevk edildi", "Sevk edildi", "Sevk edildi"]),
    ("SO-26-0421", "28.10.2026", WL, "Birleşik Krallık", "Polo yaka tişört", 6200, [16740.00] * 5, "GBP",
     "02.12.2026", ["Üretimde", "Üretimde", "Kalite kontrolde", "Kalite kontrolde", "Kalite kontrolde"]),
    ("SO-26-0433", "12.11.2026", NL, "Almanya", "Kapüşonlu sweatshirt", 10000, [31000.00] * 5, "EUR",
     "22.01.2027", ["Avans bekleniyor", "Avans bekleniyor", "Avans alındı", "Avans alındı", "Avans alındı"]),
    ("SO-26-0436", "24.11.2026", HP, "ABD", "Jogger eşofman altı", JOGGER_QTY,
     [JOGGER_QTY * JOGGER_PRICE_AM] * 3 + [JOGGER_QTY * JOGGER_PRICE_PM] * 2, "USD", "15.01.2027",
     ["Onay bekliyor", "Onay bekliyor", "Onay bekliyor", "Onaylandı", "Onaylandı"]),
]  # fmt: skip
ORDER_HEAD = ["Sipariş No", "Tarih", "Müşteri", "Ülke", "Ürün", "Miktar", "Tutar", "Döviz", "Termin", "Durum"]


def order_rows(phase: str) -> list[list[str]]:
    at = E_PHASES.index(phase)
    return [
        [no, d, c, country, prod, tr(q, 0), tr(amt[at]), cur, due, st[at]]
        for no, d, c, country, prod, q, amt, cur, due, st in ORDERS
    ]


def orders(phase: str, refreshed: str):
    rows = order_rows(phase)
    at = E_PHASES.index(phase)
    if phase in ("late", "end"):
        sel = 7
        detail = [
            ("Müşteri siparişi", "PO HP-4471"),
            ("Birim fiyat", f"{tr(JOGGER_PRICE_PM)} USD"),
            ("Teslim şekli", "FOB Ambarlı"),
            ("Ödeme şekli", "%100 akreditif (görüldüğünde ödemeli)"),
            ("Onaylayan", f"{GOKHAN} · 26.11.2026 15:44"),
            ("Müşteri temsilcisi", ME),
        ]
    else:
        sel = 4
        detail = [
            ("Müşteri siparişi", "PO NL-7730"),
            ("Ödeme şekli", "%30 peşin, %70 vesaik mukabili"),
            ("Teslim şekli", "FOB Ambarlı"),
            ("Konteyner", spaced_container(C_NL)),
            ("Beyanname", "—" if at == 0 else DECL),
            ("İhracat faturası", NL_INVOICE),
        ]
    return erp_grid(
        "Kervan ERP 9 - [Satış Siparişleri]",
        "Satış siparişleri · İhracat",
        [("Tarih aralığı:", "01.10.2026 - 26.11.2026"), ("Durum:", "Tümü"), ("Temsilci:", "Tümü")],
        ORDER_HEAD,
        rows,
        sel,
        detail,
        [
            "Firma: 001 - MARMARA ÖRME",
            "Dönem: 2026",
            "Kullanıcı: ELIF.SAHIN",
            f"Kayıt sayısı: {len(rows)}",
            f"Son yenileme: 26.11.2026 {refreshed}",
        ],
    )


# ----------------------------------------------------------------------------------------------- GümrükNet
G_USER = f"{ME} · {FIRM_UPPER} · VKN 6120458937"
G_PHASES = ["am", "noon", "pm"]
# number, registered, consignee, country, invoice value, channel, status by phase
DECLS = [
    (DECL, "26.11.2026", NL, "Almanya", f"{tr(NL_TOTAL)} EUR", "Sarı hat", ["Tescil edildi", "Onaylandı", "Kapatıldı"]),
    ("26341300EX018455", "25.11.2026", BALTIK, "Litvanya", f"{tr(6480.00)} EUR", "Kırmızı hat", ["Kapatıldı"] * 3),
    ("26341300EX018399", "21.11.2026", HP, "ABD", f"{tr(LC_AMOUNT)} USD", "Yeşil hat", ["Kapatıldı"] * 3),
    ("26341300EX018351", "19.11.2026", AURORA, "İspanya", f"{tr(27750.00)} EUR", "Mavi hat", ["Kapatıldı"] * 3),
    ("26341300EX018307", "14.11.2026", BALTIK, "Litvanya", f"{tr(7480.00)} EUR", "Sarı hat", ["Kapatıldı"] * 3),
    ("26341300EX018262", "10.11.2026", NL, "Almanya", f"{tr(29300.00)} EUR", "Yeşil hat", ["Kapatıldı"] * 3),
]  # fmt: skip
DECL_HEAD = ["Beyanname No", "Tescil tarihi", "Alıcı", "Gideceği ülke", "Fatura tutarı", "Hat", "Durum"]


def decl_rows(phase: str) -> list[list[str]]:
    at = G_PHASES.index(phase)
    return [[n, d, c, k, v, h, st[at]] for n, d, c, k, v, h, st in DECLS]


def declarations(phase: str, when: str):
    return gumruk_list(
        "Beyannamelerim - GümrükNet - Microsoft Edge",
        ["Beyannamelerim - GümrükNet", "Hesaplarım - Bosfor Bank Kurumsal"],
        G_USER,
        DECL_HEAD,
        decl_rows(phase),
        f"{len(DECLS)} beyanname listelendi · Sorgu: 26.11.2026 {when}",
    )


def declaration(phase: str):
    at = G_PHASES.index(phase)
    history = [
        ("26.11.2026 09:02", f"Beyanname tescil edildi · {MEHMET} ({BROKER_FIRM})"),
        ("26.11.2026 09:03", "Hat ataması: Sarı hat · belge kontrolü"),
    ]
    if at >= 1:
        history.append(("26.11.2026 13:18", "Belge kontrolü tamamlandı; yükleme izni verildi"))
    if at >= 2:
        history.append(("26.11.2026 15:58", "Konteyner Ambarlı limanına giriş yaptı"))
        history.append(("26.11.2026 16:07", "Beyanname kapatıldı"))
    return gumruk_detail(
        f"{DECL} - GümrükNet - Microsoft Edge",
        [f"{DECL} - GümrükNet", "Beyannamelerim - GümrükNet"],
        G_USER,
        DECL,
        DECLS[0][6][at],
        "Sarı hat",
        [
            ("Rejim", "1000 - Serbest dolaşımdaki eşyanın kesin ihracı"),
            ("Tescil gümrüğü", "Tekstilkent Gümrük Müdürlüğü"),
            ("Çıkış gümrüğü", "Ambarlı Gümrük Müdürlüğü"),
            ("Gönderici / İhracatçı", FIRM),
            ("Alıcı", f"{NL}, Hamburg"),
            ("Gümrük müşaviri", f"{MEHMET} · {BROKER_FIRM}"),
            ("Teslim şekli", "FOB Ambarlı"),
            ("Toplam fatura bedeli", f"€{tr(NL_TOTAL)}"),
            ("Konteyner", C_NL),
            ("Kap adedi", f"{CARTONS} koli"),
            ("Brüt ağırlık", f"{tr(GROSS_KG)} kg"),
            ("Fatura", f"{NL_INVOICE} · 26.11.2026"),
        ],
        ["Kalem", "GTİP", "Tanım", "Miktar", "Net kg", "Fatura bedeli"],
        [
            [
                "1",
                "6109.10.00.00.00",
                "Pamuklu örme tişört",
                f"{tr(TEES, 0)} adet",
                tr(TEES_NET),
                f"€{tr(TEES_EUR)}",
            ],
            [
                "2",
                "6110.20.10.00.00",
                "Pamuklu örme sweatshirt",
                f"{tr(SWEATS, 0)} adet",
                tr(SWEATS_NET),
                f"€{tr(SWEATS_EUR)}",
            ],
        ],
        history,
    )


# ------------------------------------------------------------------------------------------------ BL Track
T_PHASES = ["am", "noon", "pm"]
# booking, container, consignee, vessel/voyage, POL, POD, ETD, ETA by phase, status by phase
BOOKINGS = [
    ("BGZ-26-3307", C_NL, NL, "Aegean Meridian / 2648N", "Ambarlı", "Hamburg", ETD_NL, [ETA_HAMBURG] * 3,
     ["Depoya yolda", "Yüklendi · mühürlendi", "Limanda (Ambarlı)"]),
    ("BGZ-26-3251", C_HP, HP, "Bosphorus Trader / 2645W", "Ambarlı", "Savannah", "21.11.2026",
     [ETA_SAV_AM, ETA_SAV_PM, ETA_SAV_PM], ["Denizde"] * 3),
    ("BGZ-26-3188", C_AURORA, AURORA, "Levante Star / 2646E", "Ambarlı", "Barcelona", "20.11.2026",
     ["27.11.2026"] * 3, ["Denizde"] * 3),
    ("BGZ-26-3114", C_NL_OLD, NL, "Aegean Meridian / 2644N", "Ambarlı", "Hamburg", "12.11.2026",
     ["24.11.2026"] * 3, ["Teslim edildi"] * 3),
]  # fmt: skip
TRACK_HEAD = [
    "Rezervasyon",
    "Konteyner",
    "Alıcı",
    "Gemi / Sefer",
    "Yükleme limanı",
    "Varış limanı",
    "ETD",
    "ETA",
    "Durum",
]


def booking_rows(phase: str) -> list[list[str]]:
    at = T_PHASES.index(phase)
    return [[b, c, a, v, pol, pod, etd, eta[at], st[at]] for b, c, a, v, pol, pod, etd, eta, st in BOOKINGS]


def track(phase: str, when: str):
    at = T_PHASES.index(phase)
    milestones = [
        ("25.11.2026 16:40", "Boş konteyner çıkışı", True),
        ("26.11.2026 11:06" if at >= 1 else "Planlanan 26.11.2026 11:00", "Depoya varış", at >= 1),
        ("26.11.2026 12:14" if at >= 1 else "Planlanan 26.11.2026 12:30", "Yükleme tamamlandı", at >= 1),
        ("26.11.2026 15:58" if at >= 2 else "Planlanan 26.11.2026", "Limana giriş (Ambarlı)", at >= 2),
        (f"Planlanan {ETD_NL}", "Gemiye yükleme", False),
        (f"Tahmini {ETA_HAMBURG}", "Varış (Hamburg)", False),
    ]
    facts = [
        ("Gemi / Sefer", "Aegean Meridian / 2648N"),
        ("Kapanış (cut-off)", CUTOFF),
        ("Konteyner tipi", "40' HC"),
        ("Mühür", SEAL if at >= 1 else "—"),
        ("Çekici plakası", PLATE),
    ]
    return tracking(
        "Sevkiyatlarım · BL Track - Google Chrome",
        ["Sevkiyatlarım · BL Track", "Kervan ERP yardım"],
        TRACK_HEAD,
        booking_rows(phase),
        f"BGZ-26-3307 · {C_NL} · Ambarlı → Hamburg",
        milestones,
        facts,
        f"Son güncelleme: 26.11.2026 {when}",
    )


# ------------------------------------------------------------------------------------------------- the bank
B_PHASES = ["am", "mid", "pm", "late"]
TL_AM = 1284560.40
USD_AM = 126430.75
EUR_AM = 58214.30
# when, description, counterparty, account, amount, status by phase (None: not there yet)
MOVES = [
    ("26.11.2026 16:14", "Müşavirlik ücreti EX018472 (KDV dahil)", BROKER_FIRM, "TL", -BROKER_TOTAL,
     [None, None, None, "Gerçekleşti"]),
    ("26.11.2026 14:06", f"Fatura {FWD_INVOICE} yurt içi taşıma ve liman hizmetleri", FWD, "TL", -FWD_TOTAL,
     [None, "2. imza bekliyor", "Gerçekleşti", "Gerçekleşti"]),
    ("26.11.2026 14:02", "SWIFT gelen · ADVANCE SO-26-0433", NL, "EUR", NL_ADVANCE,
     [None, None, "Gerçekleşti", "Gerçekleşti"]),
    ("26.11.2026 08:31", "SWIFT gelen · MOE-2026-1142 bakiye", HP, "USD", HP_BALANCE, ["Gerçekleşti"] * 4),
    ("25.11.2026 17:12", "SGK prim ödemesi Ekim 2026", "SGK Esenler", "TL", -214380.00, ["Gerçekleşti"] * 4),
    ("25.11.2026 11:40", "İplik alımı fatura 2026-A0912", "Çukurova İplik San. A.Ş.", "TL", -386400.00,
     ["Gerçekleşti"] * 4),
    ("24.11.2026 15:25", "Döviz satışı 20.000,00 USD", "Bosfor Bank A.Ş.", "TL", 845600.00, ["Gerçekleşti"] * 4),
    ("24.11.2026 15:25", "Döviz satışı", "Bosfor Bank A.Ş.", "USD", -20000.00, ["Gerçekleşti"] * 4),
    ("24.11.2026 10:02", "SWIFT gelen · MOE-2026-1168", AURORA, "EUR", 19425.00, ["Gerçekleşti"] * 4),
]  # fmt: skip
RATES = {
    "am": [("USD", "42,1870", "42,4020"), ("EUR", "48,9350", "49,2110"), ("GBP", "55,8120", "56,1830")],
    "pm": [("USD", "42,2240", "42,4390"), ("EUR", "48,8610", "49,1370"), ("GBP", "55,7460", "56,1170")],
}


def balances(phase: str) -> tuple[float, float, float]:
    at = B_PHASES.index(phase)
    t, u, e = TL_AM, USD_AM, EUR_AM
    if at >= 2:
        t -= FWD_TOTAL
        e += NL_ADVANCE
    if at >= 3:
        t -= BROKER_TOTAL
    return round(t, 2), round(u, 2), round(e, 2)


def move_rows(phase: str) -> list[list[str]]:
    at = B_PHASES.index(phase)
    return [
        [when, what, who, acc, signed(amt, acc), st[at]]
        for when, what, who, acc, amt, st in MOVES
        if st[at] is not None
    ]


def bank(phase: str, when: str):
    t, u, e = balances(phase)
    pending = (
        [
            ("Alıcı", FWD),
            ("Alıcı IBAN", grouped(FWD_IBAN)),
            ("Tutar", tl(FWD_TOTAL)),
            ("Açıklama", f"Fatura {FWD_INVOICE}"),
            ("Giren", f"{AYSE} · 26.11.2026 09:38"),
            ("Durum", f"2. imza bekliyor: {GOKHAN}"),
        ]
        if phase == "mid"
        else []
    )
    return bank_accounts(
        "Hesaplarım - Bosfor Bank Kurumsal - Microsoft Edge",
        ["Hesaplarım - Bosfor Bank Kurumsal", "Beyannamelerim - GümrükNet"],
        [
            ("TL Vadesiz Hesap", grouped(FIRM_IBAN_TL), tl(t), "#13294b"),
            ("USD Döviz Hesabı", grouped(FIRM_IBAN_USD), f"{tr(u)} USD", "#1e8e3e"),
            ("EUR Döviz Hesabı", grouped(FIRM_IBAN_EUR), f"{tr(e)} EUR", "#f2b705"),
        ],
        ["Tarih / saat", "Açıklama", "Karşı taraf", "Hesap", "Tutar", "Durum"],
        move_rows(phase),
        pending,
        RATES["am" if phase in ("am", "mid") and when < "12:00" else "pm"],
        f"Hareketler: 24.11.2026 – 26.11.2026 · Sorgu: 26.11.2026 {when}",
    )


def lc(phase: str):
    presented = phase == "pm"
    return bank_lc(
        f"Akreditif {LC_NO} - Bosfor Bank Kurumsal - Microsoft Edge",
        [f"Akreditif {LC_NO} - Bosfor Bank Kurumsal", "Hesaplarım - Bosfor Bank Kurumsal"],
        f"İhracat akreditifi {LC_NO}",
        f"Belgeler ibraz edildi · {PRESENTED_AT}" if presented else "Belgeler hazırlanıyor",
        [
            ("Akreditif no", LC_NO),
            ("Banka referansı", LC_BSF_REF),
            ("Amir banka", ISSUING_BANK),
            ("Lehdar", FIRM),
            ("Amir (alıcı)", f"{HP}, Charlotte, NC"),
            ("Akreditif tutarı", f"{tr(LC_AMOUNT)} USD"),
            ("Tolerans", "+/- %5"),
            ("Ödeme şekli", "Görüldüğünde ödemeli (at sight)"),
            ("Son yükleme tarihi", LSD_NEW),
            ("Geçerlilik tarihi ve yeri", f"{LC_EXPIRY} · İstanbul"),
            ("İbraz süresi", "Yükleme tarihinden itibaren 21 gün"),
            ("Yükleme / boşaltma", "Ambarlı, İstanbul → Savannah, GA"),
        ],
        [
            ("Ticari fatura (commercial invoice)", "3 asıl", "Hazır"),
            ("Çeki listesi (packing list)", "3 asıl", "Hazır"),
            ("Konşimento (B/L) tam set", "3/3 asıl", "Hazır"),
            ("Menşe şahadetnamesi", "1 asıl, 2 kopya", "Hazır" if presented else "Eksik"),
            ("Lehdar beyanı (beneficiary's certificate)", "1 asıl", "Hazır"),
        ],
        [
            ("Değişiklik 1 · 25.11.2026", f"Son yükleme tarihi {LSD_OLD} → {LSD_NEW}; diğer şartlar aynı."),
            (
                "Akreditif açılışı · 02.10.2026",
                f"Tutar {tr(LC_AMOUNT)} USD · ihbar eden banka: Bosfor Bank A.Ş.",
            ),
        ],
    )


# ------------------------------------------------------------------------------------------------- Outlook
GOKHAN_MAIL = {
    "subject": "Bugünün öncelikleri: Nordlicht yüklemesi ve H&P akreditif ibrazı",
    "from": GOKHAN,
    "to": f"Kime: {ME}; Bilgi: {SERKAN}",
    "date": "Per 26.11.2026 07:48",
    "body": [
        "Günaydın Elif,",
        "Bugün için öncelikler:",
        "1. Nordlicht konteyneri (SO-26-0418) 11:30'da Esenyurt depoda yüklenecek; Serkan sahada, sen de yüklemede ol.",
        "2. Harbor & Pine akreditif belgelerini bugün saat 15:00'e kadar Bosfor Bank'a ibraz edelim.",
        "3. Boğaz Lojistik faturasının ödemesini 2. imza olarak öğleden sonra onaylayacağım.",
        "4. Megan ile jogger siparişi görüşmesi 15:00'te; birim fiyatta US$ 4.00'ın altına inmiyoruz.",
        "",
        "Kolay gelsin,",
        f"{GOKHAN} · İhracat Müdürü · Marmara Örme Tekstil",
    ],
}
MEGAN_MAIL = {
    "subject": f"L/C {LC_NO} – Amendment 1 and balance payment",
    "from": f"{MEGAN} <mcaldwell@harborandpine.com>",
    "to": f"To: {ME}; Cc: {GOKHAN}",
    "date": "Per 26.11.2026 08:15",
    "body": [
        "Hi Elif,",
        "Two updates from our side:",
        f"1. Our bank issued Amendment No. 1 to L/C {LC_NO} yesterday: the latest shipment date is now "
        "December 7, 2026; all other terms unchanged.",
        f"2. We wired the balance of US$ {en(HP_BALANCE)} for invoice MOE-2026-1142 this morning, our payment "
        "reference HP-AP-88213.",
        f"For the new jogger order (PO HP-4471, {en(JOGGER_QTY, 0)} pcs) we'd like to talk price on our call at 3 PM "
        "your time.",
        "",
        "Best regards,",
        MEGAN,
        "Sourcing Manager · Harbor & Pine Apparel, Inc. · Charlotte, NC",
    ],
}
JONAS_MAIL = {
    "subject": "SO-26-0418 ETA Hamburg / advance SO-26-0433",
    "from": f"{JONAS} <j.weber@nordlicht-mode.de>",
    "to": f"To: {ME}",
    "date": "Per 26.11.2026 07:10",
    "body": [
        "Good morning Elif,",
        f"we have released the 40% advance for order SO-26-0433 today: EUR {en(NL_ADVANCE)} by SWIFT, value date "
        "26.11.2026.",
        "Could you send us the ETA Hamburg for SO-26-0418 and a copy of the A.TR as soon as the container is loaded?",
        "Our warehouse in Hamburg-Billbrook accepts deliveries Monday to Friday, 07:00–15:00.",
        "",
        "Kind regards / Viele Grüße",
        JONAS,
        "Einkauf · Nordlicht Mode GmbH · Hamburg",
    ],
}
MEHMET_MAIL = {
    "subject": "EX018472 tescil – çeki listesi ve müşavirlik ücreti",
    "from": f"{MEHMET} <mehmet.celik@bogazicigumruk.com.tr>",
    "to": f"Kime: {ME}",
    "date": "Per 26.11.2026 08:37",
    "attachments": ["Ceki_Listesi_SO-26-0418.xlsx", "Vekaletname_2026.pdf"],
    "body": [
        "Elif Hanım merhaba,",
        f"Nordlicht beyannamesini saat 09:00'da tescil ediyorum; son çeki listesi {CARTONS} koli ve "
        f"{tr(PIECES, 0)} adet ile uyumlu.",
        "Hat ataması büyük ihtimalle sarı hat olur; belge kontrolü öğleden sonra tamamlanır.",
        f"Müşavirlik ücretimiz: {tr(BROKER_NET)} TL + %20 KDV ({tr(BROKER_KDV)} TL) = {tr(BROKER_TOTAL)} TL.",
        "A.TR'yi tescilden sonra onaya göndereceğim.",
        "",
        "Saygılarımla,",
        f"{MEHMET} · Gümrük Müşaviri · {BROKER_FIRM}",
    ],
}
AYSE_MAIL = {
    "subject": f"Boğaz Lojistik faturası {FWD_INVOICE} – ödeme onayı",
    "from": AYSE,
    "to": f"Kime: {ME}; Bilgi: {GOKHAN}",
    "date": "Per 26.11.2026 09:36",
    "attachments": [f"{FWD_INVOICE}.pdf"],
    "body": [
        "Elif merhaba,",
        f"Boğaz Lojistik'in {FWD_INVOICE} numaralı faturasını sisteme girdim:",
        f"Yurt içi taşıma ve liman hizmetleri (SO-26-0418): {tr(FWD_NET)} TL",
        f"KDV %20: {tr(FWD_KDV)} TL",
        f"Genel toplam: ₺{tr(FWD_TOTAL)}",
        "Ödeme talimatı Bosfor Bank'ta 1. imzada; Gökhan Bey 2. imzayı atınca çıkacak.",
        "Ekim ayı ihracat KDV iadesi dosyası için beyanname listesini cuma gününe kadar rica ediyorum.",
        "",
        "Teşekkürler,",
        f"{AYSE} · Muhasebe Şefi",
    ],
}
OLIVER_MAIL = {
    "subject": "EUR.1 for order SO-26-0421",
    "from": f"{OLIVER} <obennett@whitcombelyle.co.uk>",
    "to": f"To: {ME}",
    "date": "Per 26.11.2026 10:48",
    "body": [
        "Hi Elif,",
        "For the polo shirts (SO-26-0421) we need an EUR.1 movement certificate, not an A.TR: the goods go to the "
        "UK under the UK–Türkiye trade agreement.",
        "Please put our commodity code 6105.10.00 on the invoice and email the EUR.1 scan before the truck leaves "
        "on 2 December.",
        "Delivery address: Unit 7, Trafford Park Road, Manchester M17 1HG.",
        "",
        "Thanks,",
        OLIVER,
        "Head of Buying · Whitcombe & Lyle Ltd · Manchester",
    ],
}
DENIZ_MAIL = {
    "subject": f"ETA güncellemesi / ETA update – {spaced_container(C_HP)} Savannah",
    "from": f"{DENIZ} <deniz.aksoy@bogazlojistik.com.tr>",
    "to": f"Kime: {ME}",
    "date": "Per 26.11.2026 13:22",
    "body": [
        "Merhaba Elif Hanım,",
        f"Bosphorus Trader 2645W Valencia'da aktarmada 3 gün gecikti; {spaced_container(C_HP)} için Savannah ETA "
        f"{ETA_SAV_AM} tarihinden {ETA_SAV_PM} tarihine güncellendi.",
        f"Dear Elif, due to a 3-day delay at transshipment in Valencia, the ETA Savannah is now {ETA_SAV_PM}.",
        f"Nordlicht konteyneri için kapanış (cut-off): {CUTOFF}, gemi Aegean Meridian 2648N.",
        "",
        "İyi çalışmalar,",
        f"{DENIZ} · Operasyon · {FWD}",
    ],
}
BANK_MAIL = {
    "subject": f"Hesabınıza SWIFT ile para geldi: {tr(NL_ADVANCE)} EUR",
    "from": "Bosfor Bank <bilgilendirme@bosforbank.example>",
    "to": f"Kime: {FIRM_UPPER}",
    "date": "Per 26.11.2026 14:03",
    "body": [
        "Sayın Müşterimiz,",
        "EUR hesabınıza 26.11.2026 14:02 itibarıyla gelen SWIFT transferinin bilgileri:",
        f"Gönderen: {NL}, Hamburg",
        f"Tutar: {tr(NL_ADVANCE)} EUR",
        "Açıklama: ADVANCE SO-26-0433",
        "UETR: 3f9c2a71-5b8e-4d0c-a4e6-81d2c7f09b35",
        "",
        "Bosfor Bank A.Ş.",
    ],
}
MEGAN_REPLY = {
    "subject": "RE: Jogger PO HP-4471 – confirmed",
    "from": f"{MEGAN} <mcaldwell@harborandpine.com>",
    "to": f"To: {ME}; Cc: {GOKHAN}",
    "date": "Per 26.11.2026 15:41",
    "body": [
        "Hi Elif,",
        f"Thanks for the call. Confirming PO HP-4471: {en(JOGGER_QTY, 0)} joggers at US$ {en(JOGGER_PRICE_PM)} FOB "
        f"Ambarlı, total US$ {en(JOGGER_QTY * JOGGER_PRICE_PM)}, ship date January 15, 2027.",
        "Payment by L/C at sight as before; our bank will issue it next week.",
        "",
        "Best,",
        "Megan",
    ],
}
# sender, subject, preview, arrived (HH:MM), opened at (HH:MM) or None
INBOX_TODAY = [
    (MEGAN, MEGAN_REPLY["subject"], "Thanks for the call. Confirming PO HP-4471…", "15:41", "15:42"),
    (
        "Bosfor Bank",
        BANK_MAIL["subject"],
        "EUR hesabınıza gelen SWIFT transferinin bilgileri…",
        "14:03",
        None,
    ),
    (DENIZ, DENIZ_MAIL["subject"], "Bosphorus Trader 2645W Valencia'da aktarmada…", "13:22", "13:43"),
    (OLIVER, OLIVER_MAIL["subject"], "For the polo shirts (SO-26-0421) we need…", "10:48", "11:12"),
    (AYSE, AYSE_MAIL["subject"], "Boğaz Lojistik'in faturasını sisteme girdim…", "09:36", "09:52"),
    (MEHMET, MEHMET_MAIL["subject"], "Nordlicht beyannamesini saat 09:00'da tescil…", "08:37", "08:51"),
    (MEGAN, MEGAN_MAIL["subject"], "Two updates from our side…", "08:15", "08:42"),
    (GOKHAN, GOKHAN_MAIL["subject"], "Bugün için öncelikler…", "07:48", "08:41"),
    (JONAS, JONAS_MAIL["subject"], "we have released the 40% advance…", "07:10", "08:44"),
]
INBOX_YESTERDAY = [
    ("Boğaz Lojistik", "Rezervasyon onayı BGZ-26-3307 / Booking confirmation", "Aegean Meridian 2648N…", "Çar 25.11"),
    ("Çukurova İplik", "Fatura 2026-A0912", "Ekte faturamızı bulabilirsiniz…", "Çar 25.11"),
    ("İhracatçı Birlikleri Bülteni", "Kasım ayı hazır giyim ihracat rakamları", "Sektörümüzün ihracatı…", "Çar 25.11"),
]  # fmt: skip
FOLDERS = ["Gelen Kutusu", "Gönderilmiş Öğeler", "Taslaklar", "Akreditifler", "Gümrük", "Navlun", "Arşiv"]


def inbox(at: str) -> tuple[list[tuple[str, list[tuple[str, str, str, str, bool]]]], int]:
    today = [
        (who, subj, prev, arr, opened is None or opened > at)
        for who, subj, prev, arr, opened in INBOX_TODAY
        if arr <= at
    ]
    older = [(who, subj, prev, when, False) for who, subj, prev, when in INBOX_YESTERDAY]
    return [("Bugün", today), ("Dün", older)], sum(1 for *_, u in today if u)


def mail(at: str, reading: dict | None = None):
    groups, unread = inbox(at)
    folders = [(f, str(unread) if f == "Gelen Kutusu" and unread else "") for f in FOLDERS]
    title = f"{'Gelen Kutusu' if reading is None else reading['subject']} - {ME} - Outlook"
    return outlook_mail(
        title, MY_MAIL, folders, groups, None if reading is None else reading["subject"], reading
    )


# ------------------------------------------------------------------------------------------------ calendar
MEETING = {"am": ("16:00", "16:45"), "pm": ("16:20", "17:00")}
WEEK_EVENTS = [
    (0, "10:00", "11:00", "Baltik Style sevkiyat planı"),
    (0, "14:00", "15:00", "Kalite kontrol: SO-26-0418"),
    (1, "09:30", "10:30", "Nordlicht numune onayı (video)"),
    (1, "15:00", "16:00", "Boğaz Lojistik rezervasyon"),
    (2, "11:00", "12:00", "Whitcombe & Lyle numune gönderimi"),
    (2, "14:30", "15:30", "Akreditif belgeleri: H&P"),
    (3, "09:00", "09:20", "EX018472 tescil (Mehmet Çelik)"),
    (3, "10:15", "11:10", "Haftalık üretim-sevkiyat planlama"),
    (3, "11:30", "12:30", "Nordlicht yükleme · Esenyurt depo"),
    (3, "12:30", "13:30", "Öğle yemeği"),
    (3, "15:00", "15:40", "Görüşme: Megan Caldwell (Harbor & Pine) · Jogger PO"),
    (4, "10:00", "10:30", "EUR.1 başvurusu: SO-26-0421"),
    (4, "17:00", "18:00", "Cut-off: Aegean Meridian 2648N"),
]


def calendar(phase: str):
    a, b = MEETING[phase]
    events = WEEK_EVENTS + [(3, a, b, "İhracat değerlendirme toplantısı")]
    today = sorted((s, e, w) for d, s, e, w in events if d == 3)
    return outlook_week(
        f"Takvim - {ME} - Outlook",
        MY_MAIL,
        "23–27 Kasım 2026",
        ["Pzt 23", "Sal 24", "Çar 25", "Per 26", "Cum 27"],
        3,
        8,
        19,
        events,
        [(f"{s}–{e}", w) for s, e, w in today],
    )


# ------------------------------------------------------------------------------------------------- Teams
TEAM = "İhracat Ekibi"
TEAM_MEMBERS = f"{GOKHAN}, {SERKAN}, {AYSE}, {ME}"
TEAM_MSGS = {
    "am": [
        (
            SERKAN,
            "08:58",
            "Nordlicht konteyneri için çekici yola çıktı, 11:00 gibi depoda olur. 580 koli hazır.",
        ),
        (ME, "09:10", "Beyanname 09:02'de tescil edildi, sarı hat. Yüklemeye 11:30'da geliyorum."),
    ],
    "am2": [(GOKHAN, "09:49", "H&P belgelerinde menşe şahadetnamesi odadan onaylanınca bana haber verin.")],
    "pm": [
        (SERKAN, "12:16", f"Yükleme bitti: 580 koli, mühür {SEAL}. Kantar VGM {tr(VGM_KG, 0)} kg."),
        (GOKHAN, "13:41", "Bugünkü değerlendirme toplantısını 16:00'dan 16:20'ye aldım."),
    ],
    "pm2": [(GOKHAN, "14:06", f"Boğaz Lojistik ödemesini onayladım ({tr(FWD_TOTAL)} TL).")],
    "late": [
        (ME, "16:12", "EX018472 kapatıldı, konteyner 15:58'de Ambarlı'ya girdi."),
        (AYSE, "16:15", f"Müşavirlik faturasını ({tr(BROKER_TOTAL)} TL) ödedim."),
    ],
}
T_ORDER = ["am", "am2", "pm", "pm2", "late"]


def teams(phase: str):
    at = T_ORDER.index(phase)
    msgs = [m for p in T_ORDER[: at + 1] for m in TEAM_MSGS[p]][-6:]
    last = msgs[-1]
    chats = [
        (TEAM, f"{last[0].split()[0]}: {last[2]}", last[1]),
        (GOKHAN, "Tamam, teşekkürler.", "Dün"),
        (AYSE, "KDV iade listesi cuma", "Dün"),
        (SERKAN, "Etiketler basıldı", "Pzt"),
    ]
    return teams_chat(f"{TEAM} | Sohbet | Microsoft Teams", ME, chats, TEAM, TEAM_MEMBERS, msgs)


# ---------------------------------------------------------------------------------------------- WhatsApp
DRIVER_CHAT = f"{DRIVER} Tır"
MEHMET_CHAT = f"{MEHMET} Gümrük"
DRIVER_MSGS = {
    "am": [
        (
            False,
            f"Günaydın Elif Hanım, konteyner çekicide, 09:45'te Ambarlı'dan çıktım. Plaka {PLATE}.",
            "09:47",
        ),
        (
            True,
            "Günaydın Ramazan Bey, depo: Esenyurt Akçaburgaz Mah. 3062. Sok. No: 9. Rampa 2'ye yanaşın.",
            "09:56",
        ),
    ],
    "noon": [(False, "Depodayım, rampa 2'ye yanaştım.", "11:06")],
    "noon2": [
        (False, f"Yükleme bitti, mühür {SEAL} takıldı. Limana doğru çıkıyorum.", "12:18"),
        (True, "Teşekkürler, iyi yolculuklar.", "12:19"),
    ],
    "pm": [(False, "Ambarlı'ya giriş yaptım, 15:58. Konteyner sahada.", "16:01")],
}
MEHMET_MSGS = {
    "am": [(False, f"Tescil oldu: {DECL}, sarı hat.", "09:03")],
    "pm": [
        (False, "Belge kontrolü bitti, yükleme izni verildi.", "13:19"),
        (True, "Süper, teşekkürler Mehmet Bey.", "13:38"),
    ],
    "late": [(False, "Beyanname kapandı. Faturamızı Ayşe Hanım'a ilettim.", "16:08")],
}
D_ORDER = ["am", "noon", "noon2", "pm"]
M_ORDER = ["am", "pm", "late"]


def _chats(driver_last: tuple, mehmet_last: tuple, driver_first: bool) -> list[tuple[str, str, str, str]]:
    d = (DRIVER_CHAT, driver_last[2], ("Siz: " if driver_last[0] else "") + driver_last[1], "")
    m = (MEHMET_CHAT, mehmet_last[2], ("Siz: " if mehmet_last[0] else "") + mehmet_last[1], "")
    others = [
        (SERKAN, "Dün", "Etiketleri rampaya bıraktım.", ""),
        ("Marmara Örme Sevkiyat", "Dün", "Cuma günü Baltik için kamyon var mı?", ""),
        ("Annem", "Dün", "Akşam yemeğe gelir misin?", ""),
    ]
    return ([d, m] if driver_first else [m, d]) + others


def chat_driver(phase: str, mehmet_phase: str):
    msgs = [m for p in D_ORDER[: D_ORDER.index(phase) + 1] for m in DRIVER_MSGS[p]]
    mm = [m for p in M_ORDER[: M_ORDER.index(mehmet_phase) + 1] for m in MEHMET_MSGS[p]]
    return whatsapp_light("WhatsApp", _chats(msgs[-1], mm[-1], True), DRIVER_CHAT, "çevrimiçi", "BUGÜN", msgs)


def chat_mehmet(phase: str, driver_phase: str | None):
    msgs = [m for p in M_ORDER[: M_ORDER.index(phase) + 1] for m in MEHMET_MSGS[p]]
    if driver_phase is None:
        d_last = (False, "Yarın sabah Ambarlı'dan boş konteyneri alıyorum.", "Dün")
    else:
        d_last = [m for p in D_ORDER[: D_ORDER.index(driver_phase) + 1] for m in DRIVER_MSGS[p]][-1]
    return whatsapp_light(
        "WhatsApp", _chats(d_last, msgs[-1], False), MEHMET_CHAT, "son görülme bugün", "BUGÜN", msgs
    )


# ------------------------------------------------------------------------------------------------ Acrobat
HP_ITEMS = [
    ("HP-TS100", "Men's crew neck T-shirt, 100% cotton jersey", "6109.10.00.00.00", 240, 12000, 2.10),
    ("HP-SW300", "Kids' crew sweatshirt, cotton fleece", "6110.20.10.00.00", 300, 9000, 2.60),
]


def invoice_pdf():
    rows = [[s, d, hs, en(c, 0), en(q, 0), en(p), en(q * p)] for s, d, hs, c, q, p in HP_ITEMS]
    total = sum(q * p for *_, q, p in HP_ITEMS)
    assert round(total, 2) == LC_AMOUNT
    rows.append(
        ["", "TOTAL FOB AMBARLI", "", en(sum(i[3] for i in HP_ITEMS), 0), en(sum(i[4] for i in HP_ITEMS), 0), "",
         en(total)]
    )  # fmt: skip
    return acrobat(
        f"{HP_INVOICE}_Commercial_Invoice_HarborPine.pdf - Adobe Acrobat Pro",
        1,
        2,
        [
            ("h", "COMMERCIAL INVOICE"),
            (
                "kv",
                [
                    ("Seller / Exporter", f"{FIRM}, {FIRM_ADDRESS}, Türkiye"),
                    ("Invoice No. and date", f"{HP_INVOICE} · 21.11.2026"),
                    ("Buyer", f"{HP}, 1420 South Tryon Street, Charlotte, NC 28203, USA"),
                    ("Documentary credit", f"{LC_NO} · {ISSUING_BANK}"),
                    ("Terms of delivery", "FOB Ambarlı, İstanbul (Incoterms® 2020)"),
                    ("Buyer's order", "PO HP-4388"),
                    ("Vessel / voyage", "Bosphorus Trader / 2645W"),
                    ("B/L No. and date", f"{HP_BL} · 21.11.2026"),
                    ("Port of discharge", "Savannah, GA, USA"),
                    ("Container", spaced_container(C_HP)),
                ],
            ),
            (
                "t",
                [
                    "Style",
                    "Description",
                    "HS code",
                    "Cartons",
                    "Quantity (pcs)",
                    "Unit price (US$)",
                    "Amount (US$)",
                ],
                rows,
                {3, 4, 5, 6},
            ),
            ("p", "SAY: US DOLLARS FORTY-EIGHT THOUSAND SIX HUNDRED ONLY."),
            ("p", "Net weight: 4,680.00 kg · Gross weight: 5,238.00 kg · Country of origin: Türkiye"),
            (
                "p",
                f"Drawn under documentary credit no. {LC_NO} dated 02.10.2026 of {ISSUING_BANK}. We certify that this "
                "invoice is true and correct and that the goods are of Turkish origin.",
            ),
            ("r", f"For and on behalf of {FIRM}"),
            ("r", f"{GOKHAN}, Export Manager"),
        ],
    )


def atr_pdf():
    return acrobat(
        f"ATR_{NL_INVOICE}_Nordlicht.pdf - Adobe Acrobat Pro",
        1,
        1,
        [
            ("h", "A.TR · DOLAŞIM BELGESİ / MOVEMENT CERTIFICATE"),
            ("box", "1.", "İhracatçı (Exporter)", f"{FIRM}, {FIRM_ADDRESS}, Türkiye"),
            ("box", "2.", "No.", f"A.TR {ATR_NO}"),
            ("box", "3.", "Alıcı (Consignee)", f"{NL}, Großer Burstah 31, 20457 Hamburg, Deutschland"),
            ("box", "4.", "Belgenin düzenlendiği ülke", "Türkiye"),
            ("box", "5.", "Varış ülkesi", "Almanya"),
            (
                "box",
                "6.",
                "Taşıma belgesi",
                f"Konteyner {spaced_container(C_NL)} · Aegean Meridian 2648N · Ambarlı → Hamburg",
            ),
            (
                "box",
                "8.",
                "Kap sayısı ve cinsi; eşyanın tanımı",
                f"{CARTONS} koli: {tr(TEES, 0)} adet pamuklu örme tişört (GTİP 6109.10), {tr(SWEATS, 0)} adet pamuklu "
                "örme sweatshirt (GTİP 6110.20)",
            ),
            ("box", "9.", "Brüt ağırlık (kg)", tr(GROSS_KG)),
            ("box", "10.", "Fatura", f"{NL_INVOICE} · 26.11.2026"),
            ("box", "12.", "Gümrük vizesi", f"İhracat beyannamesi {DECL} · Tekstilkent Gümrük Müdürlüğü"),
            ("box", "13.", "İhracatçının beyanı", f"İstanbul, 26.11.2026 · {ME}"),
        ],
    )


# ------------------------------------------------------------------------------------------------- the day
def segments() -> list[tuple]:
    """(local start, frames, seconds between frames, screen for frame i)."""
    return [
        ("08:40:30", 1, 40, lambda i: mail("08:40")),
        ("08:41:10", 2, 45, lambda i: mail("08:41", GOKHAN_MAIL)),
        ("08:42:45", 2, 45, lambda i: mail("08:42", MEGAN_MAIL)),
        ("08:44:20", 2, 45, lambda i: mail("08:44", JONAS_MAIL)),
        ("08:45:55", 3, 50, lambda i: bank("am", "08:45")),
        ("08:48:30", 2, 50, lambda i: orders("am", "08:48")),
        ("08:50:10", 2, 45, lambda i: mail("08:51", MEHMET_MAIL)),
        ("08:51:45", 3, 50, lambda i: packing(False)),
        ("08:54:20", 1, 40, lambda i: calendar("am")),
        ("09:03:30", 2, 45, lambda i: chat_mehmet("am", None)),
        ("09:05:05", 2, 50, lambda i: declarations("am", "09:05")),
        ("09:06:45", 3, 50, lambda i: declaration("am")),
        ("09:09:20", 2, 50, lambda i: track("am", "09:09")),
        ("09:11:00", 2, 45, lambda i: teams("am")),
        ("09:12:35", 1, 40, lambda i: calendar("am")),
        ("09:13:15", 2, 45, lambda i: lc("am")),
        ("09:14:50", 2, 45, lambda i: mail("09:14", MEGAN_MAIL)),
        ("09:21:00", 10, 180, lambda i: invoice_pdf()),
        ("09:48:40", 2, 45, lambda i: lc("am")),
        ("09:50:15", 1, 40, lambda i: teams("am2")),
        ("09:52:00", 2, 45, lambda i: mail("09:52", AYSE_MAIL)),
        ("09:53:35", 2, 50, lambda i: bank("mid", "09:53")),
        ("09:57:00", 2, 45, lambda i: chat_driver("am", "am")),
        ("09:58:35", 2, 50, lambda i: orders("mid", "09:58")),
        ("10:00:15", 2, 45, lambda i: track("am", "10:00")),
        ("10:01:50", 3, 50, lambda i: atr_pdf()),
        ("10:04:20", 2, 45, lambda i: mail("10:04", JONAS_MAIL)),
        ("10:05:55", 3, 50, lambda i: packing(False)),
        ("10:08:30", 1, 40, lambda i: calendar("am")),
        # 10:09-11:11: the weekly production and shipping planning meeting
        ("11:11:10", 1, 40, lambda i: chat_driver("noon", "am")),
        ("11:11:50", 1, 40, lambda i: mail("11:11")),
        ("11:12:30", 2, 45, lambda i: mail("11:12", OLIVER_MAIL)),
        ("11:14:05", 2, 50, lambda i: declaration("am")),
        ("11:15:45", 2, 45, lambda i: packing(False)),
        # 11:17-12:19: at the Esenyurt depot for the container's loading
        ("12:19:30", 2, 45, lambda i: chat_driver("noon2", "am")),
        ("12:21:05", 3, 50, lambda i: packing(True)),
        ("12:23:40", 2, 50, lambda i: track("noon", "12:23")),
        ("12:25:20", 2, 45, lambda i: orders("mid", "12:25")),
        # 12:30-13:34: lunch
        ("13:34:30", 1, 40, lambda i: mail("13:34")),
        ("13:35:10", 2, 50, lambda i: declarations("noon", "13:35")),
        ("13:36:50", 2, 45, lambda i: declaration("noon")),
        ("13:38:25", 1, 40, lambda i: chat_mehmet("pm", "noon2")),
        ("13:41:30", 2, 45, lambda i: teams("pm")),
        ("13:43:05", 2, 45, lambda i: mail("13:43", DENIZ_MAIL)),
        ("13:44:40", 2, 50, lambda i: track("noon", "13:44")),
        ("13:46:20", 2, 50, lambda i: bank("mid", "13:46")),
        ("13:48:00", 1, 40, lambda i: calendar("pm")),
        ("14:07:00", 2, 45, lambda i: teams("pm2")),
        ("14:08:35", 3, 50, lambda i: bank("pm", "14:08")),
        ("14:11:10", 1, 40, lambda i: mail("14:11")),
        ("14:11:50", 4, 60, lambda i: invoice_pdf()),
        ("14:15:40", 2, 45, lambda i: packing(True)),
        ("14:17:15", 2, 45, lambda i: atr_pdf()),
        # 14:19-14:47: the L/C documents to Bosfor Bank's Güneşli branch (presented 14:38)
        ("14:49:00", 3, 50, lambda i: lc("pm")),
        ("14:51:35", 1, 40, lambda i: mail("14:51", MEGAN_MAIL)),
        ("14:52:15", 1, 40, lambda i: calendar("pm")),
        ("14:52:55", 2, 50, lambda i: orders("pm", "14:52")),
        # 15:00-15:40: the call with Megan Caldwell (Harbor & Pine) about the jogger order
        ("15:42:10", 2, 45, lambda i: mail("15:42", MEGAN_REPLY)),
        ("15:44:45", 2, 50, lambda i: orders("late", "15:44")),
        ("15:46:25", 2, 45, lambda i: packing(True)),
        ("16:07:50", 1, 40, lambda i: chat_driver("pm", "pm")),
        ("16:08:30", 1, 40, lambda i: chat_mehmet("late", "pm")),
        ("16:09:10", 2, 50, lambda i: declarations("pm", "16:09")),
        ("16:10:50", 2, 45, lambda i: declaration("pm")),
        ("16:12:25", 2, 50, lambda i: track("pm", "16:12")),
        ("16:15:45", 2, 45, lambda i: teams("late")),
        ("16:17:20", 1, 40, lambda i: calendar("pm")),
        # 16:20-16:48: the export review meeting
        ("16:48:30", 3, 50, lambda i: bank("late", "16:48")),
        ("16:51:05", 1, 40, lambda i: mail("16:51")),
        ("16:51:45", 2, 50, lambda i: orders("end", "16:51")),
        ("16:53:25", 1, 40, lambda i: declarations("pm", "16:53")),
        ("16:54:05", 2, 45, lambda i: mail("16:54")),
    ]


DAY = {
    "name": "export",
    "run": "5c1e9b73",
    "date": "2026-11-26",
    "tzid": "Europe/Istanbul",
    "offset_minutes": 180,
    "locale": "eu",  # 24-hour clock and 26.11.2026 (make_days.clock), the way tr-TR Windows writes them
    "segments": segments,
}
