"""Day "solar" (Fri 2026-11-20, Utrecht, Dutch (nl-NL) Windows: the taskbar clock "14:05" over "20-11-2026",
"vr 20 nov. 2026" and "do 26 nov." in the planning board, 24-hour times everywhere, amounts "€ 11.873,50" in the
quotation tool, the webshop and the mails, "16.422,48 EUR" in the wholesaler's order confirmation, BTW 0% on solar
panels at homes (since 2023) and 21% on the home battery and the wholesaler's goods, postcodes like "3526 KM
Utrecht", the company's KvK number and BTW id, an NL IBAN with valid mod-97 check digits, EAN-13 product codes and
18-digit EAN connection codes with valid GS1 check digits, Dutch names with particles and an IJ name), the
thirteenth held-out day: the planner (werkvoorbereider) of the fictional solar panel and heat pump installer Domstad
Zon & Warmte B.V. on the Kanaalweg. In the morning she reads the director's mail about today's site survey, the
quote and the order for week 48, the wholesaler's mail about stock and price, the grid operator's request for more
information and the customer's mail in Thunderbird (dark), the crews' channel in Mattermost, the week 48 board in
PlanBord, the installations sheet in Excel, her calendar, the grid operator's portal (the registrations and the
Zeist one's page), the quote (version 1) in Zonnewerk Offerte, the module's datasheet in Edge, the basket in the
wholesaler's webshop and the route for the survey; she updates the installations sheet (08:57-09:21), reads the
accountant's mail, the board, the basket, the portal, the datasheet, the quote, the channel, the sheet, the
calendar, the route and the board; the site survey in Bunnik and a heat pump intake in Houten (09:50-11:57). Back,
she revises the quote to 18 panels (11:58-12:27) and offers it for approval, reads the channel (Ramdin delivered)
and updates the sheet; lunch (12:31-13:15); the grid operator's approval of the IJsselstein registration, the
portal, the board, the customer's mail moving the call from 14:30 to 15:00, the calendar, the basket raised from
36 to 38 panels, the board (Hendriks moved from Friday 27 with crew 2 to Thursday 26 with crew 1, IJsselstein on
Tuesday 24), the sheet, the quote, the portal, the channel, the order placed (13:51), its confirmation and the
board; a short talk with sales (13:59-14:12); the director's approval, the quote approved and sent, the sheet, the
documents for Zeist uploaded in the portal, the board, the sheet (14:26-14:37), the channel, the order, the quote,
the calendar, the datasheet, the sheet and the board; the call with the heat pump customer (14:55-15:33); her
acceptance, the board (the heat pump on Thursday and Friday), the sheet, the portal, the channel; the week's
closing meeting (16:00-16:36), and the end of the day. Apps: Thunderbird (mail and Agenda), Mattermost, Chrome
(PlanBord, RouteMaatje), Edge (Zonnewerk Offerte, the PDF viewer), Firefox (the ZGB webshop, Stroomnet Midden's
portal) and Excel. Layouts: bench/qa/screens_solar.py."""

from __future__ import annotations

from screens_solar import (
    edge_pdf,
    excel,
    mattermost,
    netportal,
    offerte,
    planbord,
    route,
    thunderbird_agenda,
    thunderbird_mail,
    webshop,
)

ME = "Femke Bakker"
MY_MAIL = "femke.bakker@domstadzon.nl"
FIRM = "Domstad Zon & Warmte B.V."
FIRM_ADDRESS = "Kanaalweg 88, 3526 KM Utrecht"
JEROEN = "Jeroen van den Berg"
SANNE = "Sanne de Vries"
DAAN = "Daan Visser"
BRAM = "Bram Smit"
IJSBRAND = "IJsbrand Mulder"
THIJS = "Thijs de Jong"
LOTTE = "Lotte Jansen"
RUUD = "Ruud Koster"
MARK = "Mark Hendriks"
INGRID = "Ingrid Kok"
ZGB = "Zonne Groothandel Benelux B.V."
SNM = "Stroomnet Midden"


def nl(value: float, decimals: int = 2) -> str:
    """11873.5 -> "11.873,50" (nl-NL: a dot between thousands, a decimal comma)."""
    s = f"{value:,.{decimals}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def eur(value: float) -> str:
    """ "€ 11.873,50": the euro sign, a space, the nl-NL number."""
    return f"€ {nl(value)}"


def gs1(digits: str) -> str:
    """Append the GS1 check digit (EAN-13, and the 18-digit EAN codes of Dutch grid connections): weights 3 and
    1 alternating from the rightmost digit, the check makes the sum a multiple of 10."""
    total = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(digits)))
    return digits + str((10 - total % 10) % 10)


def iban_nl(bank: str, account: str) -> str:
    """A Dutch IBAN: NL, two check digits (ISO 7064 mod 97-10), the 4-letter bank code and a 10-digit account."""
    assert len(bank) == 4 and len(account) == 10
    digits = "".join(str(int(c, 36)) for c in bank + account + "NL00")
    return f"NL{98 - int(digits) % 97:02d}{bank}{account}"


def grouped(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def btw_id(rsin8: str) -> str:
    """A Dutch BTW id of a B.V.: NL, the RSIN (8 digits and an elfproef check digit: weights 9..2, the sum mod
    11) and B01."""
    check = sum(int(c) * w for c, w in zip(rsin8, range(9, 1, -1))) % 11
    assert check < 10
    return f"NL{rsin8}{check}B01"


KVK = "84127395"
BTW_ID = btw_id("86324157")
FIRM_IBAN = iban_nl("RABO", "0347128956")
QUOTE = "OF-2026-0412"
KOK_QUOTE = "OF-2026-0415"
ORDER_NO = "ZGB-2026-118734"
ORDER_PLACED = "13:51"
DELIVERY = "25-11-2026"
VVE_INVOICE = "F-2026-0877"
VVE_AMOUNT = 21460.00
PANEL = "Helion HX-430 Full Black"
PANEL_WP = 430
STOCK = 1240
NET_PRICE = 98.40
HENDRIKS_ADDRESS = "Dorpsstraat 14, 3981 AB Bunnik"
KOK_ADDRESS = "Lindelaan 7, 3991 CD Houten"

# ------------------------------------------------------------------------------------------- the quote
# position, article, description, quantity by version, unit, unit price, BTW rate
Q_LINES = [
    ("HX-430", f"{PANEL} zonnepaneel 430 Wp", (16, 18), "st", 142.50, 0),
    ("SW-6K", "Stroomwerk SW-6K hybride omvormer", (1, 1), "st", 1385.00, 0),
    ("MS-SD", "Montagesysteem schuin dak (per paneel)", (16, 18), "st", 38.00, 0),
    ("ARB-ZON", "Installatie en aansluiting (arbeid)", (1, 1), "post", (1150.00, 1250.00), 0),
    ("SB-10", "Stroomwerk SB-10 thuisbatterij 10 kWh", (1, 1), "st", 4950.00, 21),
]
YIELD = ("ca. 5.850 kWh per jaar", "ca. 6.580 kWh per jaar")
VALID_UNTIL = "18-12-2026"


def quote_lines(version: int) -> list[tuple[str, str, int, str, float, int]]:
    out = []
    for art, desc, qty, unit, price, rate in Q_LINES:
        p = price[version] if isinstance(price, tuple) else price
        out.append((art, desc, qty[version], unit, p, rate))
    return out


def quote_totals(version: int) -> tuple[float, float, float, float]:
    """(subtotal at 0% BTW, subtotal at 21%, the 21% BTW, the total incl. BTW)."""
    lines = quote_lines(version)
    zero = round(sum(q * p for _, _, q, _, p, r in lines if r == 0), 2)
    high = round(sum(q * p for _, _, q, _, p, r in lines if r == 21), 2)
    btw = round(high * 0.21, 2)
    return zero, high, btw, round(zero + high + btw, 2)


Q_PHASES = ["am", "rev", "sent", "ok", "out"]
Q_STATUS = {
    "am": "Concept",
    "rev": "Concept",
    "sent": "Ter goedkeuring",
    "ok": "Goedgekeurd",
    "out": "Verstuurd",
}


def quote(phase: str):
    at = Q_PHASES.index(phase)
    version = 0 if phase == "am" else 1
    lines = quote_lines(version)
    panels = lines[0][2]
    zero, high, btw, total = quote_totals(version)
    history = [("18-11-2026 16:40", f"Versie 1 aangemaakt door {SANNE} (16 panelen)")]
    if at >= 2:
        history.append(("20-11-2026 12:24", f"Versie 2 door {ME}: 18 panelen na schouw, arbeid aangepast"))
    if at >= 2:
        history.append(("20-11-2026 12:27", f"Ter goedkeuring aangeboden aan {JEROEN}"))
    if at >= 3:
        history.append(("20-11-2026 14:12", f"Goedgekeurd door {JEROEN}"))
    if at >= 4:
        history.append(("20-11-2026 14:15", "Verstuurd naar de klant per e-mail (PDF)"))
    return offerte(
        f"{QUOTE} · Fam. Hendriks - Zonnewerk Offerte - Microsoft Edge",
        [f"{QUOTE} · Fam. Hendriks - Zonnewerk", "Helion_HX-430_FullBlack_NL.pdf"],
        f"https://offerte.zonnewerk.example/domstad/offertes/{QUOTE}",
        f"{ME} · {FIRM}",
        f"Offerte {QUOTE} · versie {version + 1}",
        Q_STATUS[phase],
        [
            ("Klant", f"Fam. Hendriks ({MARK})"),
            ("Installatieadres", HENDRIKS_ADDRESS),
            ("Project", "ZW-2574"),
            ("Offertedatum", "18-11-2026" if version == 0 else "20-11-2026"),
            ("Geldig tot", VALID_UNTIL),
            ("Vermogen", f"{nl(panels * PANEL_WP / 1000)} kWp ({panels} × {PANEL_WP} Wp)"),
            ("Geschatte opbrengst", YIELD[version]),
            ("Adviseur", SANNE),
        ],
        ["Pos.", "Artikel", "Omschrijving", "Aantal", "Eenheid", "Prijs", "BTW", "Bedrag"],
        [
            [str(i + 1), art, desc, str(q), unit, eur(p), f"{r}%", eur(q * p)]
            for i, (art, desc, q, unit, p, r) in enumerate(lines)
        ],
        {3, 5, 6, 7},
        [
            ("Subtotaal 0% BTW (zonnestroominstallatie)", eur(zero)),
            ("Subtotaal 21% BTW", eur(high)),
            ("BTW 21% over thuisbatterij", eur(btw)),
            ("Totaal incl. BTW", eur(total)),
        ],
        history,
    )


# ------------------------------------------------------------------------------------------ the datasheet
DATASHEET = [
    ("Nominaal vermogen (Pmax)", "430 Wp"),
    ("Rendement module", "22,0 %"),
    ("Spanning bij Pmax (Vmpp)", "32,40 V"),
    ("Stroom bij Pmax (Impp)", "13,27 A"),
    ("Nullastspanning (Voc)", "38,95 V"),
    ("Kortsluitstroom (Isc)", "14,02 A"),
    ("Temperatuurcoëfficiënt Pmax", "-0,29 %/°C"),
]
MECH = [
    ("Afmetingen (l × b × h)", "1722 × 1134 × 30 mm"),
    ("Gewicht module", "20,8 kg"),
    ("Cellen", "108 halve cellen, monokristallijn (N-type)"),
    ("Frame", "Zwart geanodiseerd aluminium"),
    ("Productgarantie", "25 jaar"),
    ("Vermogensgarantie", "30 jaar, ≥ 87,4 % van Pmax"),
]


def datasheet():
    return edge_pdf(
        "Helion_HX-430_FullBlack_NL.pdf - Microsoft Edge",
        ["Helion_HX-430_FullBlack_NL.pdf", f"{QUOTE} · Fam. Hendriks - Zonnewerk"],
        "file:///C:/Users/femke/Documents/Datasheets/Helion_HX-430_FullBlack_NL.pdf",
        1,
        2,
        [
            ("h", f"{PANEL}"),
            ("sub", "Monokristallijn zonnepaneel · 430 Wp · volledig zwart"),
            (
                "p",
                "Volledig zwart paneel voor residentiële daken met N-type halve cellen. Geschikt voor schuine en "
                "platte daken; getest volgens IEC 61215 en IEC 61730.",
            ),
            ("sec", "Elektrische gegevens (STC)", DATASHEET),
            ("sec", "Mechanische gegevens en garantie", MECH),
            ("p", "STC: instraling 1000 W/m², celtemperatuur 25 °C, AM 1,5. Wijzigingen voorbehouden."),
        ],
    )


# -------------------------------------------------------------------------------------- the installations
X_PHASES = ["am", "noon", "pm", "sent", "end"]
# project, customer, town, postcode, type, panels by phase (0: none), inverter, status by phase, subsidy, delivered
INSTALLS = [
    ("ZW-2561", "Dhr. W. de Groot", "Utrecht", "3531 JK", "Zon", [12] * 5, "SW-5K", ["Opgeleverd"] * 5, "—",
     ["10-11-2026"] * 5),
    ("ZW-2564", "VvE Parkzicht", "Utrecht", "3584 CS", "Zon", [56] * 5, "SW-25K", ["Opgeleverd"] * 5, "—",
     ["13-11-2026"] * 5),
    ("WP-2566", "Mevr. I. Kok", "Houten", "3991 CD", "Warmtepomp", [0] * 5, "Klimaat AW-8",
     ["Offerte"] * 4 + ["Akkoord klant"], "ISDE € 2.850", [""] * 5),
    ("ZW-2569", "Fam. Ramdin", "Nieuwegein", "3431 BM", "Zon", [10] * 5, "SW-4K",
     ["Ingepland"] + ["Opgeleverd"] * 4, "—", [""] + ["20-11-2026"] * 4),
    ("ZW-2571", "Bakkerij Van Dijk", "Zeist", "3701 AA", "Zon (zakelijk)", [40] * 5, "SW-15K", ["Ingepland"] * 5,
     "—", [""] * 5),
    ("ZW-2574", "Fam. Hendriks", "Bunnik", "3981 AB", "Zon + batterij", [16] + [18] * 4, "SW-6K",
     ["Schouw gepland", "Offerte ter goedkeuring", "Offerte ter goedkeuring", "Offerte verstuurd",
      "Offerte verstuurd"], "—", [""] * 5),
    ("WP-2577", "Dhr. P. van Leeuwen", "Utrecht", "3572 ZT", "Warmtepomp", [0] * 5, "Klimaat AW-8",
     ["Ingepland"] * 5, "ISDE € 3.150", [""] * 5),
    ("ZW-2580", "Mevr. J. Vermeulen", "IJsselstein", "3401 AB", "Zon", [9] * 5, "SW-4K",
     ["Wacht op netbeheerder"] * 2 + ["Ingepland"] * 3, "—", [""] * 5),
    ("ZW-2583", "Fam. Bosman", "Maarssen", "3601 CK", "Zon + batterij", [20] * 5, "SW-8K", ["Ingepland"] * 5, "—",
     [""] * 5),
    ("HY-2585", "Fam. Schouten", "De Bilt", "3731 GA", "Hybride warmtepomp", [0] * 5, "Klimaat HY-4",
     ["Offerte"] * 5, "ISDE € 2.100", [""] * 5),
    ("ZW-2590", "Fam. Peters", "Vleuten", "3451 AC", "Zon", [13] * 5, "SW-5K", ["Ingepland"] * 5, "—", [""] * 5),
]  # fmt: skip
X_HEAD = ["Project", "Klant", "Plaats", "Postcode", "Type", "kWp", "Panelen", "Omvormer", "Status", "Subsidie",
          "Opgeleverd op"]  # fmt: skip


def kwp(panels: int) -> str:
    return nl(panels * PANEL_WP / 1000) if panels else ""


def install_rows(phase: str) -> list[list[str]]:
    at = X_PHASES.index(phase)
    return [
        [p, c, town, pc, typ, kwp(n[at]), str(n[at]) if n[at] else "", inv, st[at], sub, done[at]]
        for p, c, town, pc, typ, n, inv, st, sub, done in INSTALLS
    ]


def sheet_rows(phase: str) -> list[tuple[str, int, list[str]]]:
    at = X_PHASES.index(phase)
    rows = [("hd", 2, X_HEAD)]
    for i, r in enumerate(install_rows(phase)):
        rows.append(("row", 3 + i, r))
    panels = sum(x[5][at] for x in INSTALLS)
    rows.append(
        ("tt", 3 + len(INSTALLS), ["Totaal", "", "", "", "", kwp(panels), str(panels), "", "", "", ""])
    )
    return rows


def sheet(phase: str):
    rows = sheet_rows(phase)
    at = next(i for i, r in enumerate(rows) if r[0] == "tt")
    return excel(
        "Installaties_Q4_2026.xlsx - Excel",
        f"F{rows[at][1]}",
        f"=SOM(F3:F{rows[at][1] - 1})",
        ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K"],
        [("nt", 1, ["Installaties Q4 2026 · Domstad Zon & Warmte · bijgewerkt door Femke Bakker"])] + rows,
        {5, 6},
        (at + 1, 5),
        ["Installaties", "Planning wk 48", "Materiaal"],
    )


# ------------------------------------------------------------------------------------------ the board
DAYS = ["ma 23 nov.", "di 24 nov.", "wo 25 nov.", "do 26 nov.", "vr 27 nov."]
CREWS = [f"Ploeg 1 · {DAAN}", f"Ploeg 2 · {BRAM}", f"Ploeg 3 (WP) · {IJSBRAND}", f"Ploeg 4 · {THIJS}"]
B_PHASES = ["am", "pm", "late"]
JOBS = {
    "2571a": (["ZW-2571", "Bakkerij Van Dijk", "Zeist · 40 panelen (1/2)"], "Bevestigd"),
    "2571b": (["ZW-2571", "Bakkerij Van Dijk", "Zeist · 40 panelen (2/2)"], "Bevestigd"),
    "2590": (["ZW-2590", "Fam. Peters", "Vleuten · 13 panelen"], "Bevestigd"),
    "2577a": (["WP-2577", "Dhr. P. van Leeuwen", "Utrecht · warmtepomp (1/2)"], "Bevestigd"),
    "2577b": (["WP-2577", "Dhr. P. van Leeuwen", "Utrecht · warmtepomp (2/2)"], "Bevestigd"),
    "2583a": (["ZW-2583", "Fam. Bosman", "Maarssen · 20 panelen"], "Bevestigd"),
    "2583b": (["ZW-2583", "Fam. Bosman", "Maarssen · thuisbatterij"], "Bevestigd"),
    "2574am": (["ZW-2574", "Fam. Hendriks", "Bunnik · 16 panelen + batterij"], "Voorlopig"),
    "2574pm": (["ZW-2574", "Fam. Hendriks", "Bunnik · 18 panelen + batterij"], "Voorlopig"),
    "2580": (["ZW-2580", "Mevr. J. Vermeulen", "IJsselstein · 9 panelen"], "Bevestigd"),
    "2566a": (["WP-2566", "Mevr. I. Kok", "Houten · warmtepomp (1/2)"], "Voorlopig"),
    "2566b": (["WP-2566", "Mevr. I. Kok", "Houten · warmtepomp (2/2)"], "Voorlopig"),
    "mag": (["Magazijn", "voorraad en onderhoud bus"], ""),
    "service": (["Service", "onderhoudsbeurten warmtepompen"], ""),
    "vca": (["VCA-herhaling", "cursus, hele dag"], ""),
}


def board_cells(phase: str) -> dict[tuple[int, int], str]:
    at = B_PHASES.index(phase)
    cells = {
        (0, 0): "2571a",
        (0, 1): "2571b",
        (0, 4): "mag",
        (1, 0): "2590",
        (2, 0): "2577a",
        (2, 1): "2577b",
        (2, 2): "service",
        (3, 0): "2583a",
        (3, 1): "2583b",
        (3, 2): "vca",
    }
    if at == 0:
        cells[(1, 4)] = "2574am"
    else:
        cells[(0, 3)] = "2574pm"
        cells[(1, 1)] = "2580"
    if at == 2:
        cells[(2, 3)] = "2566a"
        cells[(2, 4)] = "2566b"
    return cells


def free_slots(phase: str) -> int:
    return len(CREWS) * len(DAYS) - len(board_cells(phase))


def board(phase: str, when: str):
    cells = board_cells(phase)
    if phase == "am":
        sel = (1, 4)
        detail = [
            ("Project", "ZW-2574 · Fam. Hendriks"),
            ("Adres", HENDRIKS_ADDRESS),
            ("Werk", f"16 × {PANEL} + thuisbatterij"),
            ("Ploeg", CREWS[1]),
            ("Datum", "vr 27 nov. 2026 · 07:30–16:30"),
            ("Status", "Voorlopig (wacht op akkoord offerte)"),
            ("Ingepland door", ME),
        ]
    elif phase == "pm":
        sel = (0, 3)
        detail = [
            ("Project", "ZW-2574 · Fam. Hendriks"),
            ("Adres", HENDRIKS_ADDRESS),
            ("Werk", f"18 × {PANEL} + thuisbatterij"),
            ("Ploeg", CREWS[0]),
            ("Datum", "do 26 nov. 2026 · 07:30–16:30"),
            ("Status", "Voorlopig (wacht op akkoord offerte)"),
            ("Materiaal", f"levering ZGB wo {DELIVERY}"),
            ("Ingepland door", ME),
        ]
    else:
        sel = (2, 3)
        detail = [
            ("Project", "WP-2566 · Mevr. I. Kok"),
            ("Adres", KOK_ADDRESS),
            ("Werk", "Klimaat AW-8 lucht/water-warmtepomp + boiler 200 l"),
            ("Ploeg", CREWS[2]),
            ("Datum", "do 26 – vr 27 nov. 2026"),
            ("Status", "Voorlopig (akkoord klant 15:36)"),
            ("Ingepland door", ME),
        ]
    return planbord(
        "Weekplanning wk 48 · PlanBord - Google Chrome",
        ["Weekplanning wk 48 · PlanBord", "RouteMaatje · Schouw vr 20 nov."],
        "https://app.planbord.example/domstad/planning/2026-w48",
        f"{ME} · Planner",
        "Week 48 · 23 – 27 nov. 2026",
        DAYS,
        CREWS,
        {k: JOBS[v][0] for k, v in cells.items()},
        {k: JOBS[v][1] for k, v in cells.items() if JOBS[v][1]},
        sel,
        detail,
        f"Laatst bijgewerkt: vr 20 nov. 2026 {when}",
    )


# ---------------------------------------------------------------------------------------------- the webshop
S_PHASES = ["am", "pm", "done"]
# article, EAN-13 (without the check digit), description, quantity by phase, unit price (excl. BTW)
BASKET = [
    ("410430", "871932504301", f"{PANEL} zonnepaneel 430 Wp", [36, 38, 38], NET_PRICE),
    ("520606", "871932505206", "Stroomwerk SW-6K hybride omvormer", [2, 2, 2], 905.00),
    ("530010", "871932505300", "Stroomwerk SB-10 thuisbatterij 10 kWh", [2, 2, 2], 3480.00),
    ("610118", "871932506118", "Montagerail aluminium 3,3 m zwart", [24, 26, 26], 21.75),
    ("610240", "871932506240", "Dakhaak RVS pannendak verstelbaar", [72, 76, 76], 4.85),
    ("700016", "871932507016", "Solarkabel 6 mm² zwart, rol 100 m", [1, 1, 1], 129.00),
]
EANS = {a: gs1(e) for a, e, *_ in BASKET}


def basket_rows(phase: str) -> list[list[str]]:
    at = S_PHASES.index(phase)
    return [[a, EANS[a], d, str(q[at]), eur(p), eur(q[at] * p)] for a, _, d, q, p in BASKET]


def basket_totals(phase: str) -> tuple[float, float, float]:
    at = S_PHASES.index(phase)
    sub = round(sum(q[at] * p for *_, q, p in BASKET), 2)
    btw = round(sub * 0.21 + 1e-9, 2)
    return sub, btw, round(sub + btw, 2)


def shop(phase: str):
    sub, btw, total = basket_totals(phase)
    done = phase == "done"
    summary = [("Subtotaal excl. BTW", eur(sub)), ("BTW 21%", eur(btw)), ("Verzendkosten", eur(0))]
    summary.append(("Totaal incl. BTW", eur(total)))
    side = [
        "Klantnummer 20417 · Domstad Zon & Warmte B.V.",
        "Uw referentie: WK48 planning",
        f"Levering: wo {DELIVERY} · {FIRM_ADDRESS}" if done else f"Bestel vóór 14:00, geleverd wo {DELIVERY}",
    ]
    return webshop(
        ("Bestelling geplaatst" if done else "Winkelwagen") + " · ZGB Webshop — Mozilla Firefox",
        [
            ("Bestelling geplaatst" if done else "Winkelwagen") + " · ZGB Webshop",
            "Aanmeldingen · Stroomnet Midden",
        ],
        "https://shop.zgb-groothandel.example/" + ("bestelling/bevestiging" if done else "winkelwagen"),
        f"{ME} · Domstad Zon & Warmte",
        "Home › Mijn account › " + ("Bestellingen" if done else "Winkelwagen"),
        f"Bestelling {ORDER_NO}" if done else "Winkelwagen (6 artikelen)",
        f"Bedankt! Uw bestelling {ORDER_NO} is geplaatst op 20-11-2026 om {ORDER_PLACED}." if done else "",
        ["Artikelnr.", "EAN", "Omschrijving", "Aantal", "Prijs per stuk", "Totaal"],
        basket_rows(phase),
        {3, 4, 5},
        summary,
        side,
    )


# ---------------------------------------------------------------------------------------------- the portal
P_PHASES = ["am", "pm", "late"]
# reference, project, address, EAN code (17 digits, without the check digit), kWp, submitted, status by phase
REGS = [
    ("SNM-AM-26-08812", "ZW-2580", "Kloosterstraat 21, 3401 AB IJsselstein", "87168712005408812", "3,87 kWp",
     "16-11-2026", ["In behandeling", "Goedgekeurd", "Goedgekeurd"]),
    ("SNM-AM-26-08790", "ZW-2571", "Slotlaan 52, 3701 AA Zeist", "87168712005408790", "17,20 kWp", "12-11-2026",
     ["Aanvullende info nodig", "Aanvullende info nodig", "In behandeling"]),
    ("SNM-AM-26-08755", "ZW-2569", "Merelstraat 5, 3431 BM Nieuwegein", "87168712005408755", "4,30 kWp",
     "09-11-2026", ["Goedgekeurd"] * 3),
    ("SNM-AM-26-08731", "ZW-2564", "Parkzichtlaan 2, 3584 CS Utrecht", "87168712005408731", "24,08 kWp",
     "05-11-2026", ["Goedgekeurd"] * 3),
    ("SNM-AM-26-08702", "ZW-2561", "Damstraat 23, 3531 JK Utrecht", "87168712005408702", "5,16 kWp", "02-11-2026",
     ["Gereed gemeld"] * 3),
]  # fmt: skip
EAN_CONN = {r[0]: gs1(r[3]) for r in REGS}
REG_HEAD = [
    "Referentie",
    "Uw project",
    "Installatieadres",
    "EAN-code aansluiting",
    "Vermogen",
    "Ingediend",
    "Status",
]
PORTAL_USER = f"{ME} · {FIRM} · erkend installateur"


def reg_rows(phase: str) -> list[list[str]]:
    at = P_PHASES.index(phase)
    return [[r, p, a, EAN_CONN[r], k, d, st[at]] for r, p, a, _, k, d, st in REGS]


def portal_list(phase: str, when: str):
    return netportal(
        "Aanmeldingen · Stroomnet Midden — Mozilla Firefox",
        ["Aanmeldingen · Stroomnet Midden", "Winkelwagen · ZGB Webshop"],
        "https://installateur.stroomnetmidden.example/aanmeldingen",
        PORTAL_USER,
        "Aanmeldingen terugleverinstallaties",
        REG_HEAD,
        reg_rows(phase),
        None,
        [],
        f"{len(REGS)} aanmeldingen · Opgevraagd: 20-11-2026 {when}",
    )


def portal_detail(phase: str):
    late = phase == "late"
    timeline = [
        ("12-11-2026 10:14", f"Aanmelding ingediend door {ME}"),
        ("18-11-2026 15:02", "In behandeling genomen"),
        ("20-11-2026 08:11", "Aanvullende informatie gevraagd: eenlijnschema en datasheet omvormer"),
    ]
    if late:
        timeline.append(("20-11-2026 14:20", f"Documenten toegevoegd door {ME}; weer in behandeling"))
    return netportal(
        "SNM-AM-26-08790 · Stroomnet Midden — Mozilla Firefox",
        ["SNM-AM-26-08790 · Stroomnet Midden", "Aanmeldingen · Stroomnet Midden"],
        "https://installateur.stroomnetmidden.example/aanmeldingen/SNM-AM-26-08790",
        PORTAL_USER,
        "Aanmelding SNM-AM-26-08790",
        None,
        [],
        [
            ("Uw project", "ZW-2571 · Bakkerij Van Dijk"),
            ("Installatieadres", "Slotlaan 52, 3701 AA Zeist"),
            ("EAN-code aansluiting", EAN_CONN["SNM-AM-26-08790"]),
            ("Aansluiting", "3 × 35 A"),
            ("Vermogen panelen", "17,20 kWp (40 × 430 Wp)"),
            ("Omvormer", "Stroomwerk SW-15K (15,0 kW)"),
            ("Status", "In behandeling" if late else "Aanvullende info nodig"),
            (
                "Documenten",
                "Eenlijnschema_ZW-2571.pdf, Datasheet_SW-15K.pdf"
                if late
                else "Nog aan te leveren: eenlijnschema, datasheet omvormer",
            ),
        ],
        timeline,
        "Reactietermijn netbeheerder: 10 werkdagen na volledige aanmelding",
    )


# ----------------------------------------------------------------------------------------------- the route
LEGS = [
    ("Vertrek 10:05", f"Domstad Zon & Warmte, {FIRM_ADDRESS}", []),
    ("Schouw 10:25 – 11:05", f"Fam. Hendriks, {HENDRIKS_ADDRESS}", ["11,8 km · 20 min"]),
    ("Opname 11:20 – 11:35", f"Mevr. I. Kok, {KOK_ADDRESS}", ["9,4 km · 15 min"]),
    ("Terug 11:56", f"Domstad Zon & Warmte, {FIRM_ADDRESS}", ["12,6 km · 21 min"]),
]


def route_page():
    return route(
        "RouteMaatje · Schouw vr 20 nov. - Google Chrome",
        ["RouteMaatje · Schouw vr 20 nov.", "Weekplanning wk 48 · PlanBord"],
        "https://www.routemaatje.example/r/schouw-20-11",
        "Schouw vr 20 nov. 2026 · bus 2 (Femke)",
        LEGS,
        ["Rijtijd totaal: 56 min", "Vertrek 10:05 · terug 11:56", "Snelste route, tolwegen vermijden"],
    )


# ------------------------------------------------------------------------------------------- Thunderbird
def _msg(subject, frm, to, date, body, cc=None, attachments=None):
    m = {"subject": subject, "from": frm, "to": to, "date": date, "body": body}
    if cc:
        m["cc"] = cc
    if attachments:
        m["attachments"] = attachments
    return m


ME_TO = f"{ME} <{MY_MAIL}>"
JEROEN_FROM = f"{JEROEN} <j.vandenberg@domstadzon.nl>"
JEROEN_MAIL = _msg(
    "Vandaag: schouw Hendriks, offerte en bestelling week 48",
    JEROEN_FROM,
    ME_TO,
    "20-11-2026 07:52",
    [
        "Goedemorgen Femke,",
        "Drie dingen voor vandaag:",
        "1. Schouw bij Hendriks in Bunnik om 10:25; kijk of er op het garagedak nog 2 panelen bij kunnen.",
        f"2. Pas daarna offerte {QUOTE} aan en zet hem vóór 13:00 bij mij ter goedkeuring.",
        "3. Bestel het materiaal voor week 48 bij ZGB vóór 14:00, dan wordt het woensdag 25-11 geleverd.",
        "Let op: zonnepanelen bij woningen blijven 0% btw, de thuisbatterij gaat tegen 21%.",
        "",
        "Groet, Jeroen",
        f"{JEROEN} · Directeur · {FIRM}",
    ],
    cc=f"{SANNE} <s.devries@domstadzon.nl>",
)
RUUD_MAIL = _msg(
    "Levering week 48 – Helion HX-430 op voorraad",
    f"{RUUD} <r.koster@zgb-groothandel.example>",
    ME_TO,
    "20-11-2026 08:05",
    [
        "Hallo Femke,",
        f"De {PANEL} is op voorraad ({nl(STOCK, 0)} stuks in ons magazijn in Tiel).",
        f"Jullie nettoprijs blijft {eur(NET_PRICE)} per paneel excl. btw tot en met 31-12-2026.",
        f"Bestellingen die vóór 14:00 binnen zijn, leveren we woensdag {DELIVERY} op de Kanaalweg.",
        "De Stroomwerk SB-10 thuisbatterij heeft een levertijd van 3 werkdagen.",
        "",
        "Met vriendelijke groet,",
        f"{RUUD} · Accountmanager · {ZGB}",
    ],
)
SNM_INFO_MAIL = _msg(
    "Aanvullende informatie nodig – aanmelding SNM-AM-26-08790",
    "Stroomnet Midden <noreply@stroomnetmidden.example>",
    ME_TO,
    "20-11-2026 08:12",
    [
        "Geachte installateur,",
        "Voor de aanmelding SNM-AM-26-08790 (Slotlaan 52, 3701 AA Zeist, 17,20 kWp) hebben wij aanvullende "
        "informatie nodig:",
        "– een eenlijnschema van de installatie",
        "– de datasheet van de omvormer (Stroomwerk SW-15K)",
        "Upload de documenten binnen 10 werkdagen via het Installateursportaal.",
        "",
        "Met vriendelijke groet,",
        "Team Aanmeldingen · Stroomnet Midden",
    ],
)
HENDRIKS_MAIL = _msg(
    "Schouw vrijdag – parkeren en garagedak",
    f"{MARK} <m.hendriks@bunnik-thuis.example>",
    ME_TO,
    "20-11-2026 08:20",
    [
        "Goedemorgen,",
        "Jullie kunnen vrijdag parkeren op de oprit naast het huis, de sleutel van de garage ligt klaar.",
        "Zou het lukken om ook op het garagedak panelen te leggen? Het is ongeveer 2 bij 3 meter.",
        "Mijn vrouw Anouk is de hele ochtend thuis, ik ben er vanaf 10:45.",
        "",
        "Groeten,",
        f"{MARK} · {HENDRIKS_ADDRESS}",
    ],
)
LOTTE_MAIL = _msg(
    f"Factuur {VVE_INVOICE} VvE Parkzicht – 0% btw",
    f"{LOTTE} <l.jansen@domstadzon.nl>",
    ME_TO,
    "20-11-2026 09:10",
    [
        "Hoi Femke,",
        f"De eindfactuur voor ZW-2564 (VvE Parkzicht, 56 panelen) is verstuurd: {eur(VVE_AMOUNT)}, 0% btw omdat "
        "de panelen op een woongebouw liggen.",
        f"Betaling op {grouped(FIRM_IBAN)} t.n.v. {FIRM}, binnen 14 dagen.",
        "Kun jij de opleverdatum 13-11-2026 nog in het projectdossier zetten? Dan maak ik de garantiebrief.",
        "",
        "Groetjes, Lotte",
        f"{LOTTE} · Administratie · KvK {KVK} · btw-id {BTW_ID}",
    ],
    attachments=[f"{VVE_INVOICE}_VvE_Parkzicht.pdf"],
)
SNM_OK_MAIL = _msg(
    "Aanmelding SNM-AM-26-08812 goedgekeurd",
    "Stroomnet Midden <noreply@stroomnetmidden.example>",
    ME_TO,
    "20-11-2026 13:05",
    [
        "Geachte installateur,",
        "De aanmelding SNM-AM-26-08812 voor Mevr. J. Vermeulen, Kloosterstraat 21, 3401 AB IJsselstein "
        "(3,87 kWp, omvormer Stroomwerk SW-4K) is goedgekeurd.",
        "U kunt de installatie aanleggen en deze binnen 30 dagen na oplevering gereed melden.",
        "",
        "Met vriendelijke groet,",
        "Team Aanmeldingen · Stroomnet Midden",
    ],
)
KOK_MAIL = _msg(
    "Telefoongesprek warmtepomp – liever om 15:00",
    f"{INGRID} <ingrid.kok@houten-post.example>",
    ME_TO,
    "20-11-2026 13:20",
    [
        "Beste Femke,",
        "Ik kan vanmiddag om 14:30 helaas niet; kunnen we het gesprek naar 15:00 verplaatsen?",
        "Ik heb nog vragen over de ISDE-subsidie en de plek van de buitenunit.",
        "",
        "Met vriendelijke groet,",
        f"{INGRID} · {KOK_ADDRESS}",
    ],
)
ORDER_MAIL = _msg(
    f"Orderbevestiging {ORDER_NO}",
    "ZGB Webshop <orders@zgb-groothandel.example>",
    ME_TO,
    "20-11-2026 13:52",
    [
        f"Beste {ME},",
        f"Bedankt voor uw bestelling {ORDER_NO} van 20-11-2026 {ORDER_PLACED}.",
        f"Totaal incl. btw: {nl(basket_totals('done')[2])} EUR (6 orderregels).",
        f"Levering: woensdag {DELIVERY} tussen 07:00 en 12:00, {FIRM_ADDRESS}.",
        "Uw referentie: WK48 planning",
        "",
        ZGB,
    ],
)
JEROEN_OK_MAIL = _msg(
    f"RE: Offerte {QUOTE} Hendriks (versie 2) ter goedkeuring",
    JEROEN_FROM,
    ME_TO,
    "20-11-2026 14:12",
    [
        "Femke,",
        f"Akkoord met versie 2: 18 panelen en de SB-10, totaal {eur(quote_totals(1)[3])} incl. btw.",
        f"Stuur hem vandaag nog naar de familie Hendriks; geldig tot {VALID_UNTIL}.",
        "",
        "Jeroen",
    ],
)
KOK_OK_MAIL = _msg(
    f"Akkoord warmtepomp – offerte {KOK_QUOTE}",
    f"{INGRID} <ingrid.kok@houten-post.example>",
    ME_TO,
    "20-11-2026 15:36",
    [
        "Beste Femke,",
        f"Dank voor het prettige gesprek. Hierbij mijn akkoord op offerte {KOK_QUOTE} voor de Klimaat AW-8 met "
        "een boiler van 200 liter.",
        "Graag op donderdag 26 en vrijdag 27 november; de buitenunit komt aan de achtergevel.",
        "De ISDE-subsidie van € 2.850 vraag ik zelf aan.",
        "",
        "Met vriendelijke groet,",
        INGRID,
    ],
)
# message, arrived (HH:MM), first opened (HH:MM)
INBOX = [
    (KOK_OK_MAIL, INGRID, "15:36", "15:36"),
    (JEROEN_OK_MAIL, JEROEN, "14:12", "14:12"),
    (ORDER_MAIL, "ZGB Webshop", "13:52", "13:52"),
    (KOK_MAIL, INGRID, "13:20", "13:21"),
    (SNM_OK_MAIL, SNM, "13:05", "13:16"),
    (LOTTE_MAIL, LOTTE, "09:10", "09:22"),
    (HENDRIKS_MAIL, MARK, "08:20", "08:36"),
    (SNM_INFO_MAIL, SNM, "08:12", "08:34"),
    (RUUD_MAIL, RUUD, "08:05", "08:33"),
    (JEROEN_MAIL, JEROEN, "07:52", "08:31"),
]
OLDER = [
    ("Offerte OF-2026-0412 versie 1 – Fam. Hendriks", SANNE, "18-11-2026 16:42"),
    ("Uitnodiging Vakdag Duurzame Installatie 2027", "Branchevereniging Zon & Warmte", "17-11-2026 11:20"),
    ("Weekplanning week 47 definitief", JEROEN, "16-11-2026 08:03"),
]
FOLDERS = [
    "Postvak IN",
    "Concepten",
    "Verzonden",
    "Archief",
    "Leveranciers",
    "Netbeheerder",
    "Ongewenst",
    "Prullenbak",
]


def mail(at: str, reading: dict | None = None):
    items = [(m["subject"], who, arr, opened > at) for m, who, arr, opened in INBOX if arr <= at]
    items += [(subj, who, when, False) for subj, who, when in OLDER]
    unread = sum(1 for *_, u in items if u)
    folders = [(f, str(unread) if f == "Postvak IN" and unread else "") for f in FOLDERS]
    title = f"{'Postvak IN' if reading is None else reading['subject']} - Mozilla Thunderbird"
    return thunderbird_mail(
        title, MY_MAIL, folders, items, None if reading is None else reading["subject"], reading
    )


# ------------------------------------------------------------------------------------------------ calendar
CALL = {"am": ("14:30", "15:00"), "pm": ("15:00", "15:30")}
WEEK_EVENTS = [
    (0, "08:30", "09:00", "Weekstart planning"),
    (1, "10:00", "11:30", "Schouw Van Dijk, Zeist"),
    (2, "13:00", "14:00", "Overleg ZGB (Ruud Koster)"),
    (3, "09:00", "10:00", "Offertes bespreken met Sanne"),
    (3, "14:00", "15:00", "Nazorg VvE Parkzicht"),
    (4, "10:05", "11:55", "Schouw Hendriks, Bunnik + opname Kok, Houten"),
    (4, "12:30", "13:15", "Lunch"),
    (4, "16:00", "16:35", "Weekafsluiting"),
]


def agenda(phase: str):
    a, b = CALL[phase]
    return thunderbird_agenda(
        "Agenda - Mozilla Thunderbird",
        MY_MAIL,
        "november 2026",
        "16 – 20 nov. 2026 (week 47)",
        ["ma 16 nov.", "di 17 nov.", "wo 18 nov.", "do 19 nov.", "vr 20 nov."],
        4,
        8,
        18,
        WEEK_EVENTS + [(4, a, b, f"Bellen: mevr. {INGRID} (warmtepomp)")],
    )


# ---------------------------------------------------------------------------------------------- Mattermost
CHANNEL = "Planning Utrecht"
POSTS = {
    "am": [
        (
            DAAN,
            "07:48",
            "Goedemorgen! Ploeg 1 haalt vandaag de steiger op bij Van Dijk in Zeist voor maandag.",
        ),
        (
            BRAM,
            "08:14",
            "Ploeg 2 is begonnen bij Ramdin in Nieuwegein, 10 panelen, verwacht klaar rond 12:00.",
        ),
    ],
    "am2": [
        (
            IJSBRAND,
            "09:31",
            "Voor WP-2577 Van Leeuwen heb ik maandag de Klimaat AW-8 en de boiler van 200 l nodig, staan die klaar?",
        ),
        (ME, "09:36", "Staan klaar in stelling B4, IJsbrand."),
    ],
    "noon": [(BRAM, "12:05", "Ramdin opgeleverd om 11:58, omvormer is online. Foto's staan in het dossier.")],
    "pm": [
        (ME, "13:30", "Hendriks (ZW-2574) verschuift naar do 26 nov. met Ploeg 1, nu 18 panelen."),
        (DAAN, "13:34", "Prima, dan zetten we woensdagmiddag de steiger."),
    ],
    "pm2": [(JEROEN, "14:40", f"Offerte Hendriks is goedgekeurd en verstuurd, {eur(quote_totals(1)[3])}.")],
    "late": [
        (ME, "15:43", "Kok (WP-2566) is akkoord, voorlopig ingepland op do 26 en vr 27 bij IJsbrand."),
        (IJSBRAND, "15:47", "Top, ik kijk maandag naar de plek van de buitenunit."),
    ],
    "end": [(THIJS, "16:21", "VCA-herhaling woensdag 25 nov. gaat door, 08:00 in Nieuwegein.")],
}
M_ORDER = ["am", "am2", "noon", "pm", "pm2", "late", "end"]


def chat(phase: str):
    at = M_ORDER.index(phase)
    posts = [p for ph in M_ORDER[: at + 1] for p in POSTS[ph]][-8:]
    return mattermost(
        f"{CHANNEL} - {FIRM} Mattermost",
        "Domstad Zon & Warmte",
        [
            (CHANNEL, "", False),
            ("Algemeen", "", False),
            ("Magazijn", "2" if at < 3 else "", at < 3),
            ("Monteurs", "", False),
            ("Offertes", "1" if 2 <= at < 5 else "", 2 <= at < 5),
        ],
        [JEROEN, SANNE, LOTTE],
        CHANNEL,
        "Weekplanning ploegen en materiaal",
        "6 leden",
        posts,
        "Vandaag",
    )


# ------------------------------------------------------------------------------------------------- the day
def segments() -> list[tuple]:
    """(local start, frames, seconds between frames, screen for frame i)."""
    return [
        ("08:31:00", 1, 40, lambda i: mail("08:31")),
        ("08:31:40", 1, 45, lambda i: mail("08:31", JEROEN_MAIL)),
        ("08:33:15", 1, 45, lambda i: mail("08:33", RUUD_MAIL)),
        ("08:34:50", 1, 45, lambda i: mail("08:34", SNM_INFO_MAIL)),
        ("08:36:25", 1, 45, lambda i: mail("08:36", HENDRIKS_MAIL)),
        ("08:38:00", 1, 45, lambda i: chat("am")),
        ("08:39:35", 2, 50, lambda i: board("am", "08:39")),
        ("08:42:10", 2, 50, lambda i: sheet("am")),
        ("08:44:45", 1, 40, lambda i: agenda("am")),
        ("08:45:25", 1, 50, lambda i: portal_list("am", "08:45")),
        ("08:47:05", 1, 45, lambda i: portal_detail("am")),
        ("08:48:40", 2, 50, lambda i: quote("am")),
        ("08:51:15", 1, 45, lambda i: datasheet()),
        ("08:52:50", 2, 50, lambda i: shop("am")),
        ("08:55:25", 1, 45, lambda i: route_page()),
        ("08:57:00", 8, 180, lambda i: sheet("am")),
        ("09:22:00", 1, 45, lambda i: mail("09:22", LOTTE_MAIL)),
        ("09:23:35", 1, 50, lambda i: board("am", "09:23")),
        ("09:25:15", 1, 45, lambda i: shop("am")),
        ("09:26:50", 1, 40, lambda i: portal_list("am", "09:26")),
        ("09:27:30", 1, 40, lambda i: mail("09:27")),
        ("09:28:10", 2, 50, lambda i: datasheet()),
        ("09:30:45", 1, 45, lambda i: quote("am")),
        ("09:36:30", 1, 45, lambda i: chat("am2")),
        ("09:38:05", 1, 50, lambda i: sheet("am")),
        ("09:39:45", 1, 40, lambda i: agenda("am")),
        ("09:40:25", 1, 45, lambda i: route_page()),
        ("09:42:00", 1, 40, lambda i: mail("09:42")),
        ("09:42:40", 1, 50, lambda i: board("am", "09:42")),
        ("09:44:20", 1, 50, lambda i: quote("am")),
        ("09:46:00", 1, 40, lambda i: mail("09:46", HENDRIKS_MAIL)),
        ("09:46:40", 1, 40, lambda i: chat("am2")),
        ("09:47:20", 1, 45, lambda i: shop("am")),
        ("09:48:55", 1, 40, lambda i: route_page()),
        # 09:50-11:57: the site survey at the Hendriks family's in Bunnik and the heat pump intake in Houten
        ("11:57:30", 1, 40, lambda i: mail("11:57")),
        ("11:58:10", 1, 40, lambda i: chat("am2")),
        ("11:58:50", 11, 150, lambda i: quote("rev")),
        ("12:27:00", 1, 40, lambda i: quote("sent")),
        ("12:27:40", 1, 45, lambda i: chat("noon")),
        ("12:29:15", 1, 45, lambda i: sheet("noon")),
        # 12:31-13:15: lunch
        ("13:15:30", 1, 40, lambda i: mail("13:15")),
        ("13:16:10", 1, 45, lambda i: mail("13:16", SNM_OK_MAIL)),
        ("13:17:45", 1, 50, lambda i: portal_list("pm", "13:17")),
        ("13:19:25", 1, 45, lambda i: board("am", "13:19")),
        ("13:21:00", 1, 45, lambda i: mail("13:21", KOK_MAIL)),
        ("13:22:35", 1, 40, lambda i: agenda("pm")),
        ("13:23:15", 2, 50, lambda i: shop("pm")),
        ("13:25:50", 2, 50, lambda i: board("pm", "13:25")),
        ("13:28:25", 1, 50, lambda i: sheet("pm")),
        ("13:30:05", 1, 40, lambda i: mail("13:30")),
        ("13:30:45", 1, 50, lambda i: quote("sent")),
        ("13:32:25", 1, 45, lambda i: portal_detail("am")),
        ("13:34:30", 1, 45, lambda i: chat("pm")),
        ("13:36:05", 1, 45, lambda i: shop("pm")),
        ("13:37:40", 6, 120, lambda i: sheet("pm")),
        ("13:48:50", 1, 40, lambda i: shop("pm")),
        ("13:51:10", 1, 45, lambda i: shop("done")),
        ("13:52:45", 1, 45, lambda i: mail("13:52", ORDER_MAIL)),
        ("13:54:20", 1, 50, lambda i: board("pm", "13:54")),
        ("13:56:00", 1, 40, lambda i: agenda("pm")),
        ("13:56:40", 1, 45, lambda i: datasheet()),
        ("13:58:15", 1, 40, lambda i: board("pm", "13:58")),
        # 13:59-14:12: a short talk with Sanne de Vries (sales) about the Hendriks quote
        ("14:12:30", 1, 45, lambda i: mail("14:12", JEROEN_OK_MAIL)),
        ("14:14:05", 1, 50, lambda i: quote("ok")),
        ("14:15:45", 1, 50, lambda i: quote("out")),
        ("14:17:25", 1, 50, lambda i: sheet("sent")),
        ("14:19:05", 1, 45, lambda i: portal_detail("am")),
        ("14:20:40", 1, 45, lambda i: portal_detail("late")),
        ("14:22:15", 1, 50, lambda i: portal_list("late", "14:22")),
        ("14:23:55", 1, 40, lambda i: datasheet()),
        ("14:24:35", 1, 45, lambda i: board("pm", "14:24")),
        ("14:26:10", 1, 40, lambda i: mail("14:26")),
        ("14:26:50", 6, 120, lambda i: sheet("sent")),
        ("14:38:00", 1, 40, lambda i: mail("14:38")),
        ("14:40:30", 1, 45, lambda i: chat("pm2")),
        ("14:42:05", 1, 50, lambda i: board("pm", "14:42")),
        ("14:43:45", 1, 40, lambda i: shop("done")),
        ("14:44:25", 1, 45, lambda i: quote("out")),
        ("14:46:00", 1, 40, lambda i: agenda("pm")),
        ("14:46:40", 1, 45, lambda i: mail("14:46")),
        ("14:48:15", 1, 45, lambda i: datasheet()),
        ("14:49:50", 2, 60, lambda i: sheet("sent")),
        ("14:54:00", 1, 40, lambda i: board("pm", "14:54")),
        # 14:55-15:33: the call with Ingrid Kok about her heat pump (15:00-15:30)
        ("15:33:30", 1, 40, lambda i: mail("15:33")),
        ("15:36:30", 1, 45, lambda i: mail("15:36", KOK_OK_MAIL)),
        ("15:38:05", 2, 50, lambda i: board("late", "15:38")),
        ("15:40:40", 2, 50, lambda i: sheet("end")),
        ("15:43:15", 1, 50, lambda i: portal_list("late", "15:43")),
        ("15:44:55", 1, 40, lambda i: quote("out")),
        ("15:45:35", 1, 40, lambda i: mail("15:45")),
        ("15:47:30", 1, 45, lambda i: chat("late")),
        ("15:49:05", 1, 40, lambda i: agenda("pm")),
        ("15:49:45", 4, 90, lambda i: sheet("end")),
        ("15:55:45", 1, 40, lambda i: shop("done")),
        ("15:56:25", 1, 45, lambda i: board("late", "15:56")),
        ("15:58:00", 1, 40, lambda i: mail("15:58", RUUD_MAIL)),
        ("15:58:40", 1, 40, lambda i: portal_detail("late")),
        ("15:59:20", 1, 40, lambda i: datasheet()),
        # 16:00-16:36: the week's closing meeting
        ("16:36:30", 1, 45, lambda i: chat("end")),
        ("16:38:05", 1, 40, lambda i: mail("16:38")),
        ("16:38:45", 1, 50, lambda i: board("late", "16:38")),
        ("16:40:25", 1, 50, lambda i: sheet("end")),
        ("16:42:05", 1, 40, lambda i: portal_list("late", "16:42")),
        ("16:42:45", 1, 40, lambda i: agenda("pm")),
        ("16:43:25", 1, 45, lambda i: mail("16:43")),
    ]


DAY = {
    "name": "solar",
    "run": "7d42a9e1",
    "date": "2026-11-20",
    "tzid": "Europe/Amsterdam",
    "offset_minutes": 60,
    "locale": "eu",  # 24-hour clock; make_days' 20.11.2026 is drawn as nl-NL's 20-11-2026 (screens_solar.nl_date)
    "segments": segments,
}
