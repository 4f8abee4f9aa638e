"""Day "school" (Wed 2026-11-25, Prague, Czech (cs-CZ) Windows: the taskbar clock "14:05" over "25.11.2026", dates
"25. 11. 2026", "st 25. 11." and "pondělí 30. listopadu", 24-hour times everywhere, amounts in Czech koruna
"12 857,46 Kč", "88 500 Kč" and "CZK 48 160,-" with a space (a no-break space in the internet bank) between
thousands, DPH 21% on supplies and 12% on the bus, IČO numbers with their mod-11 check digit and DIČ "CZ" + IČO,
Czech account numbers "35-6092741830/0800" with valid mod-11 weights and CZ IBANs with valid mod-97 check digits,
variable symbols (VS), postcodes like "130 00 Praha 3", names with diacritics), the fourteenth held-out day: the
class teacher (třídní učitelka) of 7.B at the fictional basic school ZŠ Pod Věží in Prague 3, who also leads the
7th grade's ski course (lyžařský výcvikový kurz, LVK) in Pec pod Sněžkou in February and orders supplies. Before
lessons and in her free first period (07:31-08:47) she reads the head teacher's mail, a mother's excuse note,
the lodge's booking confirmation and the bus company's quote in Outlook, the staff channel in Teams, today's
substitutions and 7.B's timetable in EduKniha, the school rules' article on excuses in Acrobat, the ski course's
payments sheet in Excel, the LVK account's movements in the internet bank, the course programme, the supplies
basket in the ŠkolníSklad e-shop and the snow in Pec pod Sněžkou; she reviews 7.B's grades (07:45-07:59), reads
the supplier's invoice mail and PDF, goes to the copier (08:02-08:12) and works on the payments sheet
(08:13-08:38); Czech in 7.B (2nd period, 08:47-09:42); a short break at the PC; history in 7.A (3rd period,
09:48-10:47). Back, the deputy's change for Thursday in Teams (7.B's Czech moved from the 3rd to the 1st period,
physics to the 3rd), Thursday's substitutions and the changed timetable, the bursar's approval of the lodge
deposit, the invoice, and the diktát's grades entered in EduKniha (10:53-11:15, saved 11:03); a corridor duty,
Czech in 8.B (5th period) and lunch (11:20-13:08); the mother's mail about the second instalment, Lucie's request
in Teams, the bus company's revised quote (48 160 Kč -> 44 800 Kč), the basket changed (exercise books 40 -> 60,
the magnets removed, 13:12-13:23); a substitution in 6.A (7th period, 13:28-14:27); the bank's movements (two
instalments in), the payments sheet updated (14:28-14:47), the lodge's deposit paid (44 250,00 Kč at 14:50), the
channel, the order placed (14:56) and its confirmation; a parent's consultation (15:08-15:55); the bank (the
payment processed), the sheet, the programme, the grades; a word with the deputy (16:03-16:15); the sheet, the
rules, the channel and the mail at the end of the day (16:25). Apps: Outlook, Teams, Chrome (EduKniha), Edge (ŠkolníSklad, the weather), Firefox (the internet bank),
Excel and Acrobat Reader. Layouts: bench/qa/screens_school.py."""

from __future__ import annotations

from datetime import datetime, timedelta

from screens_school import acrobat, bank, edukniha, eshop, excel, outlook, teams, weather

ME = "Kateřina Dvořáková"
ME_T = "Mgr. Kateřina Dvořáková"
MY_MAIL = "k.dvorakova@zspodvezi.cz"
SCHOOL = "ZŠ Pod Věží, Praha 3"
SCHOOL_FULL = "Základní škola Pod Věží, Praha 3, Koněvova 1520/64"
SCHOOL_ADDRESS = "Koněvova 1520/64, 130 00 Praha 3"
NOVOTNY = "Jiří Novotný"
CERNA = "Zuzana Černá"
SVOBODA = "Petr Svoboda"
HORAKOVA = "Lucie Horáková"
BERANEK = "Tomáš Beránek"
MAREK = "Pavel Marek"
SIMEK = "Radek Šimek"
KREJCI = "Martin Krejčí"
PROCHAZKOVA = "Jana Procházková"
KRALOVA = "Monika Králová"
LODGE = "Chata Javorová s.r.o."
LODGE_ADDRESS = "Pec pod Sněžkou 214, 542 21 Pec pod Sněžkou"
BUS = "Autodoprava Krejčí s.r.o."
SUPPLIER = "ŠkolníSklad s.r.o."
SUPPLIER_ADDRESS = "Průmyslová 1472/11, 108 00 Praha 10"


def cz(value: float, decimals: int = 2, nb: bool = False) -> str:
    """12857.46 -> "12 857,46" (cs-CZ: a space between thousands, a decimal comma; nb: a no-break space)."""
    s = f"{value:,.{decimals}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", "\u00a0" if nb else " ")


def czk(value: float, decimals: int = 2, nb: bool = False) -> str:
    """ "12 857,46 Kč": the cs-CZ number, a space and Kč."""
    return f"{cz(value, decimals, nb)}{chr(0xA0) if nb else ' '}Kč"


def ico(seven: str) -> str:
    """A Czech IČO: 7 digits and a check digit (weights 8..2, c = (11 - sum mod 11) mod 10)."""
    a = sum(int(c) * w for c, w in zip(seven, range(8, 1, -1))) % 11
    return seven + str((11 - a) % 10)


def account_ok(prefix: str, number: str) -> bool:
    """A Czech account number's mod-11 test (the prefix weighted 10,5,8,4,2,1, the number 6,3,7,9,10,5,8,4,2,1)."""
    p, n = prefix.zfill(6), number.zfill(10)
    return (
        sum(int(c) * w for c, w in zip(p, [10, 5, 8, 4, 2, 1])) % 11 == 0
        and sum(int(c) * w for c, w in zip(n, [6, 3, 7, 9, 10, 5, 8, 4, 2, 1])) % 11 == 0
    )


def iban_cz(bank_code: str, prefix: str, number: str) -> str:
    """A Czech IBAN: CZ, two check digits (ISO 7064 mod 97-10), the bank code, the 6-digit prefix, the number."""
    bban = bank_code + prefix.zfill(6) + number.zfill(10)
    digits = "".join(str(int(c, 36)) for c in bban + "CZ00")
    return f"CZ{98 - int(digits) % 97:02d}{bban}"


def grouped(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


SCHOOL_ICO = ico("7088412")
SCHOOL_DIC = f"CZ{SCHOOL_ICO}"
LODGE_ICO = ico("2841937")
LODGE_DIC = f"CZ{LODGE_ICO}"
SUPPLIER_ICO = ico("2719485")
SUPPLIER_DIC = f"CZ{SUPPLIER_ICO}"
LVK_ACCOUNT = ("35", "6092741830", "0800")
LODGE_ACCOUNT = ("", "2801475398", "2010")
SUPPLIER_ACCOUNT = ("107", "4412830279", "0100")


def acct(a: tuple[str, str, str]) -> str:
    return f"{a[0] + '-' if a[0] else ''}{a[1]}/{a[2]}"


LVK_IBAN = iban_cz(LVK_ACCOUNT[2], LVK_ACCOUNT[0], LVK_ACCOUNT[1])
SUPPLIER_IBAN = iban_cz(SUPPLIER_ACCOUNT[2], SUPPLIER_ACCOUNT[0], SUPPLIER_ACCOUNT[1])

# ------------------------------------------------------------------------------------------ the ski course
COURSE = "Lyžařský výcvikový kurz 2027 – 7. ročník"
TERM = "8. 2. – 13. 2. 2027"
BOOKING = "R-2027-0208"
PUPILS_N, STAFF_N, NIGHTS, NIGHT_PRICE = 30, 3, 5, 590
LODGE_TOTAL = PUPILS_N * NIGHTS * NIGHT_PRICE  # 88 500
DEPOSIT = LODGE_TOTAL / 2  # 44 250
DEPOSIT_VS = "2270208"
DEPOSIT_DUE = "4. 12. 2026"
PAID_AT = "14:50"
PRICE = 6400
FIRST, SECOND = 3000, 3400
QUOTE_NO = "CN-2026-311"
BUS_BASE = (43000.0, 40000.0)
BUS_VAT = 0.12


def bus_total(v: int) -> tuple[float, float, float]:
    base = BUS_BASE[v]
    vat = round(base * BUS_VAT, 2)
    return base, vat, base + vat


# ------------------------------------------------------------------------------------------- the class
# surname first as EduKniha lists them; grades: Čj, M, Aj, D, Z, F, Př (the term's averages); in the LVK or not
CLASS = [
    ("Bartoš Michal", [2.40, 2.00, 1.80, 2.25, 2.00, 2.50, 2.00], True),
    ("Beneš Adam", [1.50, 1.25, 1.00, 1.33, 1.50, 1.40, 1.25], True),
    ("Dušek Jakub", [3.00, 3.25, 2.75, 2.50, 2.67, 3.00, 2.80], True),
    ("Fiala David", [2.20, 1.75, 2.00, 2.00, 1.80, 1.60, 2.25], True),
    ("Hájková Sofie", [1.20, 1.40, 1.25, 1.00, 1.33, 1.50, 1.20], True),
    ("Jelínková Klára", [1.80, 2.25, 1.50, 1.67, 2.00, 2.40, 1.75], True),
    ("Kolář Ondřej", [2.50, 2.80, 3.00, 2.33, 2.50, 2.75, 2.60], True),
    ("Králová Eliška", [1.40, 1.60, 1.20, 1.50, 1.25, 1.80, 1.40], True),
    ("Kratochvílová Viktorie", [1.00, 1.20, 1.00, 1.25, 1.00, 1.33, 1.00], False),
    ("Kučerová Tereza", [2.00, 2.50, 1.75, 2.00, 2.20, 2.33, 2.00], True),
    ("Musil Jan", [3.25, 3.50, 3.00, 2.75, 3.00, 3.40, 3.00], False),
    ("Pokorný Matěj", [2.75, 3.00, 2.50, 2.67, 2.40, 2.80, 2.50], True),
    ("Procházka Tomáš", [2.25, 2.40, 2.00, 1.75, 2.20, 2.50, 2.33], True),
    ("Růžičková Anna", [1.33, 1.50, 1.40, 1.20, 1.50, 1.25, 1.33], True),
    ("Sedláček Vojtěch", [2.60, 2.33, 2.75, 3.00, 2.50, 2.20, 2.40], True),
    ("Šťastná Karolína", [1.60, 1.80, 1.33, 1.40, 1.75, 2.00, 1.50], True),
    ("Urban Lukáš", [3.40, 3.75, 3.25, 3.00, 3.20, 3.60, 3.50], True),
    ("Vaňková Barbora", [1.75, 2.00, 1.60, 1.80, 1.67, 2.25, 1.80], True),
    ("Veselá Natálie", [1.33, 1.67, 1.40, 1.25, 1.40, 1.60, 1.50], True),
    ("Zeman Filip", [2.80, 2.60, 2.40, 2.60, 2.75, 3.00, 2.67], True),
]
SUBJECTS = ["Čj", "M", "Aj", "D", "Z", "F", "Př"]
# the diktát of 24. 11. entered at 11:0x: Czech averages that change
CJ_AFTER = {"Kolář Ondřej": 2.60, "Veselá Natálie": 1.25, "Zeman Filip": 3.00}


def first_last(name: str) -> str:
    """ "Procházka Tomáš" -> "Tomáš Procházka"."""
    last, first = name.split(" ")
    return f"{first} {last}"


def grades(phase: str) -> list[tuple[str, list[float]]]:
    out = []
    for name, g, _ in CLASS:
        g = list(g)
        if phase == "pm" and name in CJ_AFTER:
            g[0] = CJ_AFTER[name]
        out.append((name, g))
    return out


def avg(values: list[float]) -> float:
    return round(sum(values) / len(values) + 1e-9, 2)


def grade_rows(phase: str) -> list[list[str]]:
    rows = [[str(i + 1), name, *(cz(x) for x in g), cz(avg(g))] for i, (name, g) in enumerate(grades(phase))]
    cols = list(zip(*(g for _, g in grades(phase))))
    rows.append(["", "Průměr třídy", *(cz(avg(list(c))) for c in cols), ""])
    return rows


def grades_page(phase: str, when: str):
    return edukniha(
        "Klasifikace · 7.B · EduKniha - Google Chrome",
        ["Klasifikace · 7.B · EduKniha", "Rozvrh · 7.B · EduKniha"],
        "https://zspodvezi.edukniha.example/klasifikace/7B/prubezna",
        f"{ME_T} · třídní učitelka 7.B",
        "Klasifikace",
        "Klasifikace",
        "Třída 7.B · průběžná klasifikace · 1. pololetí 2026/2027 · průměry předmětů",
        ["Č.", "Žák", *SUBJECTS, "Průměr"],
        grade_rows(phase),
        set(range(2, 10)),
        [
            f"Naposledy upraveno: st 25. 11. 2026 {when}"
            if phase == "pm"
            else "Naposledy upraveno: út 24. 11. 2026 15:42",
            "Uzávěrka klasifikace pro pedagogickou radu: pátek 27. 11. 2026",
        ],
    )


# ----------------------------------------------------------------------------------------- the timetable
PERIODS = [
    ("1.", "8:00–8:45"),
    ("2.", "8:55–9:40"),
    ("3.", "10:00–10:45"),
    ("4.", "10:55–11:40"),
    ("5.", "11:50–12:35"),
    ("6.", "12:45–13:30"),
    ("7.", "13:40–14:25"),
]
WEEK = [
    ("Po", ["Čj | Dvořáková | uč. 21", "M | Kopecká | uč. 21", "Aj | Horáková | uč. 14", "Z | Svoboda | uč. 12",
            "Př | Pešková | uč. 33", "Tv | Svoboda | tělocvična", ""]),
    ("Út", ["M | Kopecká | uč. 21", "Čj | Dvořáková | uč. 21", "F | Beránek | uč. 31", "D | Dvořáková | uč. 21",
            "Aj | Horáková | uč. 14", "Hv | Toman | uč. 25", ""]),
    ("St", ["Aj | Horáková | uč. 14", "Čj | Dvořáková | uč. 21", "M | Kopecká | uč. 21", "Př | Pešková | uč. 33",
            "Z | Beránek | uč. 12", "Vv | Toman | uč. 25", "Vv | Toman | uč. 25"]),
    ("Čt", ["F | Beránek | uč. 31", "M | Kopecká | uč. 21", "Čj | Dvořáková | uč. 21", "Aj | Horáková | uč. 14",
            "Tv | Svoboda | tělocvična", "TH | Dvořáková | uč. 21", ""]),
    ("Pá", ["Čj | Dvořáková | uč. 21", "Př | Pešková | uč. 33", "M | Kopecká | uč. 21", "D | Dvořáková | uč. 21",
            "F | Beránek | uč. 31", "", ""]),
]  # fmt: skip


def week(phase: str) -> list[list[str]]:
    rows = [[d, *cells] for d, cells in WEEK]
    if phase == "pm":
        rows[3][1] = "Čj | Dvořáková | uč. 21 | změna"
        rows[3][3] = "F | Beránek | uč. 31 | změna"
    return rows


def timetable(phase: str):
    note = ["TH = třídnická hodina · uč. = učebna"]
    if phase == "pm":
        note.insert(0, "Změna čt 26. 11.: Čj z 3. do 1. hodiny, F z 1. do 3. hodiny (výměna hodin)")
    return edukniha(
        "Rozvrh · 7.B · EduKniha - Google Chrome",
        ["Rozvrh · 7.B · EduKniha", "Suplování · EduKniha"],
        "https://zspodvezi.edukniha.example/rozvrh/trida/7B",
        f"{ME_T} · třídní učitelka 7.B",
        "Rozvrh",
        "Rozvrh třídy 7.B",
        "Týden 23. 11. – 27. 11. 2026 · třídní učitelka Mgr. Kateřina Dvořáková",
        ["", *(f"{n} {t}" for n, t in PERIODS)],
        week(phase),
        set(),
        note,
        grid=True,
    )


# ------------------------------------------------------------------------------------------ substitutions
SUPL_HEAD = ["Hod.", "Třída", "Předmět", "Chybí", "Zastupuje", "Učebna", "Poznámka"]
SUPL = {
    "st": (
        "Suplování na středu 25. 11. 2026",
        [
            ["1.", "9.A", "Tv", "Svoboda", "Toman", "tělocvična", "spojeno s 9.B"],
            ["4.", "8.A", "Z", "Svoboda", "Kopecká", "uč. 12", "promítání: Alpy"],
            ["5.", "7.B", "Z", "Svoboda", "Beránek", "uč. 12", "pracovní sešit s. 34–35"],
            ["6.", "6.B", "Tv", "Svoboda", "—", "—", "odpadá, žáci končí po 5. hodině"],
            ["7.", "6.A", "Z", "Svoboda", "Dvořáková", "uč. 12", "samostatná práce, mapy Evropy"],
        ],
        [
            "Chybí: Mgr. Petr Svoboda (školení první pomoci, celý den)",
            "Zveřejnila: Mgr. Zuzana Černá, 24. 11. 2026 15:20",
        ],
    ),
    "ct": (
        "Suplování na čtvrtek 26. 11. 2026",
        [
            ["1.", "7.B", "Čj", "Beránek", "Dvořáková", "uč. 21", "výměna hodin: Čj z 3. hodiny"],
            ["2.", "8.A", "F", "Beránek", "Kopecká", "uč. 31", "opakování, pracovní list"],
            ["3.", "7.B", "F", "—", "Beránek", "uč. 31", "výměna hodin: F z 1. hodiny"],
        ],
        [
            "Chybí: Mgr. Tomáš Beránek (1.–2. hodina, lékař)",
            "Zveřejnila: Mgr. Zuzana Černá, 25. 11. 2026 10:44",
        ],
    ),
}


def supl(day: str):
    heading, rows, notes = SUPL[day]
    return edukniha(
        "Suplování · EduKniha - Google Chrome",
        ["Suplování · EduKniha", "Rozvrh · 7.B · EduKniha"],
        "https://zspodvezi.edukniha.example/suplovani/" + ("2026-11-25" if day == "st" else "2026-11-26"),
        f"{ME_T} · třídní učitelka 7.B",
        "Suplování",
        "Suplování",
        heading,
        SUPL_HEAD,
        rows,
        {0},
        notes,
    )


# ---------------------------------------------------------------------------------------- the payments
PARTICIPANTS = [name for name, _, going in CLASS if going]
VS = {name: f"2702{i + 1:02d}" for i, name in enumerate(PARTICIPANTS)}
NO_FIRST = {"Urban Lukáš"}
NO_SECOND = {
    "am": {
        "Dušek Jakub",
        "Králová Eliška",
        "Pokorný Matěj",
        "Sedláček Vojtěch",
        "Urban Lukáš",
        "Zeman Filip",
    },
    "pm": {"Dušek Jakub", "Pokorný Matěj", "Urban Lukáš", "Zeman Filip"},
}


def pay_rows(phase: str) -> list[list[str]]:
    rows = []
    for i, name in enumerate(PARTICIPANTS):
        a = 0 if name in NO_FIRST else FIRST
        b = 0 if name in NO_SECOND[phase] else SECOND
        note = ""
        if name == "Králová Eliška" and phase == "pm":
            note = "doplatek 25. 11."
        if name == "Sedláček Vojtěch" and phase == "pm":
            note = "doplatek 25. 11."
        if name == "Urban Lukáš":
            note = "upomínka 12. 11."
        rows.append(
            [
                str(i + 1),
                name,
                VS[name],
                czk(a, 0) if a else "",
                czk(b, 0) if b else "",
                czk(a + b, 0),
                czk(PRICE - a - b, 0),
                note,
            ]
        )
    return rows


def pay_totals(phase: str) -> tuple[int, int, int, int]:
    a = sum(FIRST for n in PARTICIPANTS if n not in NO_FIRST)
    b = sum(SECOND for n in PARTICIPANTS if n not in NO_SECOND[phase])
    return a, b, a + b, PRICE * len(PARTICIPANTS) - a - b


def sheet(phase: str):
    rows = [
        ("nt", 1, [f"LVK 2027 · platby 7.B · cena kurzu {czk(PRICE, 0)} · účet {acct(LVK_ACCOUNT)}"]),
        (
            "hd",
            2,
            [
                "Č.",
                "Žák",
                "VS",
                "Záloha (do 31. 10.)",
                "Doplatek (do 30. 11.)",
                "Zaplaceno",
                "Zbývá",
                "Poznámka",
            ],
        ),
    ]
    red = set()
    for i, r in enumerate(pay_rows(phase)):
        rows.append(("row", 3 + i, r))
        if r[6] != czk(0, 0):
            red.add((len(rows) - 1, 6))
    a, b, paid, left = pay_totals(phase)
    n = 3 + len(PARTICIPANTS)
    rows.append(("tt", n, ["", "Celkem", "", czk(a, 0), czk(b, 0), czk(paid, 0), czk(left, 0), ""]))
    at = len(rows) - 1
    return excel(
        "LVK_2027_platby_7B.xlsx - Excel",
        f"F{n}",
        f"=SUMA(F3:F{n - 1})",
        ["A", "B", "C", "D", "E", "F", "G", "H"],
        rows,
        {3, 4, 5, 6},
        red,
        (at, 5),
        ["Platby 7.B", "Účastníci", "Rozpočet"],
    )


# ------------------------------------------------------------------------------------------------ the bank
BANK_PHASES = ["am", "pm", "sent", "late"]
OLD_MOVES = [
    ["24. 11. 2026", "Veselý Jan", "270217", "LVK Natálie Veselá 7.B doplatek", "+3 400,00 Kč", "Zpracováno"],
    ["24. 11. 2026", "Hájek Martin", "270104", "LVK doplatek Hájek 7.A", "+3 400,00 Kč", "Zpracováno"],
    [
        "23. 11. 2026",
        "Růžičková Petra",
        "270212",
        "doplatek LVK Anna Růžičková",
        "+3 400,00 Kč",
        "Zpracováno",
    ],
    ["23. 11. 2026", "Nováková Lenka", "270109", "LVK 7.A Nováková", "+3 400,00 Kč", "Zpracováno"],
    ["20. 11. 2026", "Bartošová Ivana", "270201", "LVK doplatek Michal Bartoš", "+3 400,00 Kč", "Zpracováno"],
    ["19. 11. 2026", "Kolářová Eva", "270207", "Ondřej Kolář 7.B LVK", "+3 400,00 Kč", "Zpracováno"],
]
NEW_MOVES = [
    ["25. 11. 2026", "Sedláček Roman", VS["Sedláček Vojtěch"], "LVK Vojtěch Sedláček 7.B", "+3 400,00 Kč",
     "Zpracováno"],
    ["25. 11. 2026", "Králová Monika", VS["Králová Eliška"], "Doplatek LVK Eliška Králová", "+3 400,00 Kč",
     "Zpracováno"],
]  # fmt: skip
BALANCE_AM = 168200.00


def nb(text: str) -> str:
    """The bank writes its amounts with a no-break space between thousands and before Kč."""
    return text.replace(" ", "\u00a0") if "Kč" in text else text


def balance(phase: str) -> float:
    at = BANK_PHASES.index(phase)
    return BALANCE_AM + (2 * SECOND if at >= 1 else 0) - (DEPOSIT if at >= 2 else 0)


def moves(phase: str) -> list[list[str]]:
    at = BANK_PHASES.index(phase)
    rows = list(OLD_MOVES)
    if at >= 1:
        rows = NEW_MOVES + rows
    if at >= 2:
        state = "Zpracovává se" if phase == "sent" else "Zpracováno"
        rows = [
            ["25. 11. 2026", LODGE, DEPOSIT_VS, f"Záloha LVK {BOOKING}", f"−{czk(DEPOSIT)}", state]
        ] + rows
    return [[nb(x) for x in r] for r in rows]


BANK_USER = f"{ME} · ZŠ Pod Věží"
BANK_CARD = [
    "LVK 2027 – ZŠ Pod Věží",
    f"Číslo účtu {acct(LVK_ACCOUNT)}",
    f"IBAN {grouped(LVK_IBAN)}",
]


def bank_moves(phase: str, when: str):
    return bank(
        "Pohyby na účtu · Internetbanka — Mozilla Firefox",
        ["Pohyby na účtu · Internetbanka", "Suplování · EduKniha"],
        "https://ib.vltavska-sporitelna.example/ucty/pohyby",
        BANK_USER,
        BANK_CARD,
        ("Disponibilní zůstatek", czk(balance(phase), nb=True)),
        "Pohyby na účtu",
        ["Datum", "Protistrana", "VS", "Popis", "Částka", "Stav"],
        moves(phase),
        {4},
        None,
        f"Aktualizováno: 25. 11. 2026 {when}",
    )


def bank_payment(phase: str):
    done = phase == "sent"
    form = [
        ("Z účtu", f"LVK 2027 – ZŠ Pod Věží · {acct(LVK_ACCOUNT)}"),
        ("Příjemce", LODGE),
        ("Číslo účtu příjemce", acct(LODGE_ACCOUNT)),
        ("Částka", czk(DEPOSIT, nb=True)),
        ("Variabilní symbol", DEPOSIT_VS),
        ("Konstantní symbol", "0308"),
        ("Zpráva pro příjemce", f"Záloha LVK 8.–13. 2. 2027, {BOOKING}"),
        ("Datum splatnosti", "25. 11. 2026"),
    ]
    return bank(
        ("Platba odeslána" if done else "Nová platba") + " · Internetbanka — Mozilla Firefox",
        [
            ("Platba odeslána" if done else "Nová platba") + " · Internetbanka",
            "Pohyby na účtu · Internetbanka",
        ],
        "https://ib.vltavska-sporitelna.example/platby/" + ("potvrzeni" if done else "nova"),
        BANK_USER,
        BANK_CARD,
        ("Disponibilní zůstatek", czk(balance("sent" if done else "pm"), nb=True)),
        "Platba odeslána" if done else "Nová jednorázová platba",
        None,
        [],
        set(),
        form + ([("Stav", "Odesláno ke zpracování")] if done else [("Potvrzení", "SMS kódem")]),
        f"Platba byla odeslána 25. 11. 2026 v {PAID_AT}." if done else "",
    )


# ------------------------------------------------------------------------------------------------ the shop
BASKET = [
    ("SK-1044", "Sešit 544 A5 linkovaný, 40 listů", (40, 60), 12.40),
    ("SK-2210", "Fixy na bílou tabuli Centropen 8559, sada 4 ks", (12, 12), 86.00),
    ("SK-3105", "Papír kancelářský A4 80 g, 500 listů", (10, 10), 104.00),
    ("SK-4418", "Lepidlo v tyčince 20 g", (30, 30), 21.50),
    ("SK-5002", "Čtvrtky A4 bílé, 200 ks", (2, 2), 279.00),
    ("SK-6120", "Magnety na tabuli Ø 30 mm, 10 ks", (3, 0), 64.00),
]
ORDER_NO = "OBJ-2611-0457"
ORDER_PLACED = "14:56"
SHOP_PHASES = ["am", "pm", "done"]


def basket_rows(phase: str) -> list[list[str]]:
    v = 0 if phase == "am" else 1
    return [
        [code, name, f"{q[v]} ks", czk(p), czk(round(p * 1.21, 2)), czk(q[v] * p)]
        for code, name, q, p in BASKET
        if q[v]
    ]


def basket_totals(phase: str) -> tuple[float, float, float]:
    v = 0 if phase == "am" else 1
    base = round(sum(q[v] * p for _, _, q, p in BASKET), 2)
    vat = round(base * 0.21 + 1e-9, 2)
    return base, vat, round(base + vat, 2)


def shop(phase: str):
    base, vat, total = basket_totals(phase)
    done = phase == "done"
    n = len(basket_rows(phase))
    return eshop(
        ("Objednávka odeslána" if done else "Košík") + " · ŠkolníSklad - Microsoft Edge",
        [("Objednávka odeslána" if done else "Košík") + " · ŠkolníSklad", "Počasí Pec pod Sněžkou"],
        "https://www.skolnisklad.example/" + ("objednavka/dekujeme" if done else "kosik"),
        f"{ME} · {SCHOOL}",
        f"Objednávka {ORDER_NO}" if done else f"Košík ({n} položek)",
        f"Děkujeme, objednávka {ORDER_NO} byla přijata 25. 11. 2026 v {ORDER_PLACED}." if done else "",
        ["Kód", "Zboží", "Množství", "Cena/ks bez DPH", "Cena/ks s DPH", "Celkem bez DPH"],
        basket_rows(phase),
        {2, 3, 4, 5},
        [
            ("Celkem bez DPH", czk(base)),
            ("DPH 21 %", czk(vat)),
            ("Doprava", "zdarma"),
            ("Celkem k úhradě", czk(total)),
        ],
        [
            f"Odběratel: {SCHOOL_FULL}, IČO {SCHOOL_ICO}",
            "Platba: převodem na fakturu (splatnost 14 dní)",
            "Doprava zdarma od 2 000 Kč bez DPH",
            "Doručení: pá 27. 11. 2026" if done else "Objednáte-li dnes, doručíme v pátek 27. 11.",
        ],
    )


# ---------------------------------------------------------------------------------------------- the weather
def weather_page():
    return weather(
        "Počasí Pec pod Sněžkou - Microsoft Edge",
        ["Počasí Pec pod Sněžkou", "Košík · ŠkolníSklad"],
        "https://www.pocasi-hory.example/pec-pod-snezkou",
        "Pec pod Sněžkou (Krkonoše)",
        ["−3 °C", "Slabé sněžení", "Sněhová pokrývka: 38 cm", "Vítr: SZ 24 km/h", "Pocitová teplota: −9 °C"],
        ["Den", "Počasí", "Max.", "Min.", "Nový sníh"],
        [
            ["čt 26. 11.", "Sněžení", "−2 °C", "−6 °C", "8 cm"],
            ["pá 27. 11.", "Oblačno", "−1 °C", "−7 °C", "2 cm"],
            ["so 28. 11.", "Polojasno", "0 °C", "−8 °C", "0 cm"],
            ["ne 29. 11.", "Sněžení", "−3 °C", "−9 °C", "12 cm"],
            ["po 30. 11.", "Zataženo", "−2 °C", "−5 °C", "3 cm"],
        ],
    )


# ---------------------------------------------------------------------------------------------- the PDFs
PDF_TABS = ["Program_LVK_2027.pdf", "Skolni_rad_2026.pdf", "Faktura_2026-1187.pdf"]
DAILY = [
    ("7:30", "Budíček"),
    ("8:00", "Snídaně"),
    ("9:00–12:00", "Dopolední výcvik na svahu (družstva podle úrovně)"),
    ("12:30", "Oběd"),
    ("14:00–16:00", "Odpolední výcvik"),
    ("18:00", "Večeře"),
    ("19:00", "Večerní program: teorie lyžování, bezpečnost na horách"),
    ("21:30", "Večerka"),
]


def programme():
    return acrobat(
        "Program_LVK_2027.pdf - Adobe Acrobat Reader (64-bit)",
        PDF_TABS,
        1,
        3,
        [
            ("h", COURSE),
            ("sub", f"{SCHOOL} · Chata Javorová, Pec pod Sněžkou · {TERM}"),
            (
                "sec",
                "Základní údaje",
                [
                    ("Termín", "8. 2. – 13. 2. 2027 (pondělí – sobota)"),
                    ("Ubytování", f"Chata Javorová, {LODGE_ADDRESS}"),
                    ("Odjezd", "po 8. 2. 2027 v 7:30 od školy, Koněvova 64"),
                    ("Návrat", "so 13. 2. 2027 kolem 15:00 ke škole"),
                    ("Vedoucí kurzu", ME_T),
                    ("Instruktor lyžování", f"Mgr. {SVOBODA}"),
                    ("Pedagogický dozor", f"Mgr. {HORAKOVA}"),
                ],
            ),
            (
                "sec",
                "Platby",
                [
                    ("Cena kurzu", f"{czk(PRICE, 0)} (ubytování, plná penze, doprava, skipas)"),
                    ("1. záloha", f"{czk(FIRST, 0)} do 31. 10. 2026"),
                    ("2. doplatek", f"{czk(SECOND, 0)} do 30. 11. 2026"),
                    ("Účet", acct(LVK_ACCOUNT)),
                    ("Variabilní symbol", "podle pokynů třídního učitele"),
                    ("Storno", "do 15. 1. 2027 vracíme celou částku kromě 500 Kč"),
                ],
            ),
            ("tbl", ["Čas", "Denní program"], [list(x) for x in DAILY], set()),
            (
                "p",
                "S sebou: lyže nebo snowboard se seřízeným vázáním, lyžařské boty, helmu (povinná), brýle, "
                "teplé oblečení, kartičku pojištěnce a potvrzení o bezinfekčnosti (ne starší než 1 den).",
            ),
            ("p", "Skipas na 4 dny ve Skiareálu Pec pod Sněžkou je v ceně kurzu."),
        ],
    )


def rules():
    return acrobat(
        "Skolni_rad_2026.pdf - Adobe Acrobat Reader (64-bit)",
        [PDF_TABS[1], PDF_TABS[0], PDF_TABS[2]],
        7,
        18,
        [
            ("h", "Školní řád ZŠ Pod Věží, Praha 3"),
            ("sub", "Platný od 1. 9. 2026 · schválen školskou radou 28. 8. 2026"),
            ("p", "Článek 12 – Omlouvání nepřítomnosti žáka"),
            (
                "p",
                "(1) Zákonný zástupce je povinen doložit důvody nepřítomnosti žáka ve vyučování nejpozději do 3 "
                "kalendářních dnů od počátku nepřítomnosti, a to písemně nebo zprávou v EduKnize.",
            ),
            (
                "p",
                "(2) Trvá-li nepřítomnost déle než 5 vyučovacích dnů, může třídní učitel požadovat potvrzení "
                "lékaře.",
            ),
            (
                "p",
                "(3) Uvolnění z vyučování na 1 den povoluje třídní učitel, na 2 a více dnů ředitel školy na "
                "základě písemné žádosti zákonného zástupce.",
            ),
            (
                "p",
                "(4) Neomluvenou absenci do 10 hodin řeší třídní učitel pohovorem se zákonným zástupcem; od 10 "
                "hodin svolává ředitel školy výchovnou komisi.",
            ),
            ("p", "Článek 13 – Školní akce mimo budovu školy"),
            (
                "p",
                "(1) Na lyžařském výcvikovém kurzu připadá na jednoho pedagoga nejvýše 15 žáků; instruktor "
                "musí mít platnou kvalifikaci instruktora lyžování.",
            ),
        ],
    )


INVOICE_NO = "2026-1187"
INVOICE_VS = "20261187"
INVOICE_ITEMS = [
    ("VV-1201", "Výkresy A3 180 g, bal. 200 ks", 6, 389.00),
    ("VV-2040", "Temperové barvy 12 × 16 ml", 28, 118.00),
    ("VV-2113", "Štětce kulaté, sada 6 ks", 28, 46.00),
    ("KA-0815", "Lepidlo Herkules 250 g", 10, 72.00),
    ("PS-3301", "Pastelky trojhranné 24 ks", 20, 149.00),
]
INVOICE_DUE = "8. 12. 2026"


def invoice_totals() -> tuple[float, float, float]:
    base = round(sum(q * p for *_, q, p in INVOICE_ITEMS), 2)
    vat = round(base * 0.21 + 1e-9, 2)
    return base, vat, round(base + vat, 2)


def invoice():
    base, vat, total = invoice_totals()
    return acrobat(
        "Faktura_2026-1187.pdf - Adobe Acrobat Reader (64-bit)",
        [PDF_TABS[2], PDF_TABS[0], PDF_TABS[1]],
        1,
        1,
        [
            ("h", f"Faktura – daňový doklad č. {INVOICE_NO}"),
            ("sub", f"Dodavatel: {SUPPLIER}, {SUPPLIER_ADDRESS}"),
            (
                "sec",
                "Dodavatel",
                [
                    ("Název", SUPPLIER),
                    ("IČO", SUPPLIER_ICO),
                    ("DIČ", SUPPLIER_DIC),
                    ("Bankovní účet", acct(SUPPLIER_ACCOUNT)),
                    ("IBAN", grouped(SUPPLIER_IBAN)),
                ],
            ),
            (
                "sec",
                "Odběratel",
                [
                    ("Název", SCHOOL_FULL),
                    ("Adresa", SCHOOL_ADDRESS),
                    ("IČO", SCHOOL_ICO),
                    ("DIČ", SCHOOL_DIC),
                    ("Objednávka", "2610-0391 ze dne 20. 10. 2026"),
                ],
            ),
            (
                "sec",
                "Platební údaje",
                [
                    ("Datum vystavení", "24. 11. 2026"),
                    ("Datum zdanitelného plnění", "24. 11. 2026"),
                    ("Datum splatnosti", INVOICE_DUE),
                    ("Forma úhrady", "převodem"),
                    ("Variabilní symbol", INVOICE_VS),
                ],
            ),
            (
                "tbl",
                ["Kód", "Označení dodávky", "Množství", "Cena/MJ bez DPH", "DPH", "Základ"],
                [[c, n, f"{q} ks", czk(p), "21 %", czk(q * p)] for c, n, q, p in INVOICE_ITEMS],
                {2, 3, 4, 5},
            ),
            (
                "tbl",
                ["Rekapitulace DPH", "Základ", "DPH", "Celkem"],
                [["21 %", czk(base), czk(vat), czk(total)]],
                {1, 2, 3},
            ),
            ("h", f"Celkem k úhradě: {czk(total)}"),
        ],
    )


# -------------------------------------------------------------------------------------------------- Outlook
def _msg(subject, frm, to, date, body, cc=None, attachments=None):
    m = {"subject": subject, "from": frm, "to": to, "date": date, "body": body}
    if cc:
        m["cc"] = cc
    if attachments:
        m["attachments"] = attachments
    return m


ME_TO = f"{ME} <{MY_MAIL}>"
NOVOTNY_FROM = f"Mgr. {NOVOTNY} <reditel@zspodvezi.cz>"
NOVOTNY_MAIL = _msg(
    "Úkoly na tento týden – LVK a objednávky",
    NOVOTNY_FROM,
    ME_TO,
    "st 25. 11. 2026 07:12",
    [
        "Milá Kateřino,",
        "k lyžařskému kurzu a objednávkám prosím tento týden:",
        f"1. Zálohu na ubytování pro Chatu Javorová pošli z účtu LVK nejpozději do {DEPOSIT_DUE}.",
        "2. Porovnej nabídky na autobus; nad 50 000 Kč vč. DPH ji musím schválit já.",
        "3. Objednávku spotřebního materiálu pro třídy odešli do pátku, limit je 5 000 Kč vč. DPH.",
        "Pedagogická rada je v pondělí 30. listopadu od 14:30 ve sborovně.",
        "",
        "Děkuji, Jiří Novotný",
        f"Mgr. {NOVOTNY} · ředitel školy · {SCHOOL}",
    ],
    cc=f"Ing. {MAREK} <marek@zspodvezi.cz>",
)
EXCUSE_MAIL = _msg(
    "Omluvenka – Tomáš Procházka, 7.B",
    f"{PROCHAZKOVA} <jana.prochazkova@posta-praha.example>",
    ME_TO,
    "st 25. 11. 2026 07:26",
    [
        "Dobrý den, paní učitelko,",
        "omlouvám syna Tomáše Procházku ze 7.B z vyučování od pondělí 23. 11. do středy 25. 11. 2026.",
        "Má angínu, je doma s antibiotiky; do školy nastoupí ve čtvrtek 26. 11.",
        "Úkoly si prosím doplní podle EduKnihy.",
        "",
        "S pozdravem",
        f"{PROCHAZKOVA}, Vinohradská 112, 130 00 Praha 3",
    ],
)
LODGE_MAIL = _msg(
    f"Potvrzení rezervace {BOOKING} – ZŠ Pod Věží, 8.–13. 2. 2027",
    f"{LODGE} <rezervace@chata-javorova.example>",
    ME_TO,
    "út 24. 11. 2026 18:40",
    [
        "Dobrý den, paní Dvořáková,",
        f"potvrzujeme rezervaci č. {BOOKING} pro lyžařský kurz vaší školy:",
        "Termín: 8. 2. – 13. 2. 2027 (5 nocí), příjezd od 14:00, odjezd do 10:00.",
        f"Osoby: {PUPILS_N} žáků + {STAFF_N} pedagogové (pedagogický dozor zdarma).",
        f"Cena: {NIGHT_PRICE} Kč za žáka a noc s plnou penzí, celkem {czk(LODGE_TOTAL, 0)}.",
        f"Záloha 50 %: {czk(DEPOSIT, 0)}, splatná do {DEPOSIT_DUE} na účet {acct(LODGE_ACCOUNT)}, VS {DEPOSIT_VS}.",
        "Doplatek uhradíte na základě faktury po skončení pobytu.",
        "",
        "S pozdravem",
        f"{SIMEK}, provozní · {LODGE} · {LODGE_ADDRESS} · IČO {LODGE_ICO}, DIČ {LODGE_DIC}",
    ],
)
BUS_MAIL = _msg(
    f"Cenová nabídka {QUOTE_NO} – LVK Pec pod Sněžkou",
    f"{KREJCI} <krejci@krejci-bus.example>",
    ME_TO,
    "út 24. 11. 2026 16:12",
    [
        "Dobrý den,",
        "děkujeme za poptávku. Nabízíme autobus Setra pro 49 cestujících:",
        "Praha 3, Koněvova 64 – Pec pod Sněžkou, Chata Javorová: po 8. 2. 2027 odjezd 7:30,",
        "zpáteční cesta so 13. 2. 2027 s odjezdem 11:00, včetně úschovy lyží v zavazadlovém prostoru.",
        f"Nabídková cena: CZK {cz(bus_total(0)[2], 0)},- vč. DPH 12 % (základ {czk(BUS_BASE[0], 0)}, "
        f"DPH {czk(bus_total(0)[1], 0)}).",
        "Nabídka platí do 11. 12. 2026.",
        "",
        "S pozdravem",
        f"{KREJCI} · {BUS} · Náchodská 812/41, 193 00 Praha 9",
    ],
)
BUS2_MAIL = _msg(
    f"RE: Cenová nabídka {QUOTE_NO} – nová cena",
    f"{KREJCI} <krejci@krejci-bus.example>",
    ME_TO,
    "st 25. 11. 2026 13:04",
    [
        "Dobrý den, paní Dvořáková,",
        "podařilo se nám spojit vaši cestu s dopravou jiné školy do Pece pod Sněžkou,",
        f"proto vám nabídku {QUOTE_NO} snižujeme.",
        f"Nová cena: CZK {cz(bus_total(1)[2], 0)},- vč. DPH 12 % (základ {czk(BUS_BASE[1], 0)}, "
        f"DPH {czk(bus_total(1)[1], 0)}).",
        "Ostatní podmínky se nemění; pro potvrzení stačí odpovědět na tento e-mail.",
        "",
        f"{KREJCI} · {BUS}",
    ],
)
INVOICE_MAIL = _msg(
    f"Faktura {INVOICE_NO} – objednávka 2610-0391",
    f"{SUPPLIER} <fakturace@skolnisklad.example>",
    ME_TO,
    "út 24. 11. 2026 09:03",
    [
        "Dobrý den,",
        f"v příloze zasíláme fakturu č. {INVOICE_NO} k objednávce 2610-0391 (výtvarné potřeby).",
        f"Celkem k úhradě: {czk(invoice_totals()[2])}, datum splatnosti {INVOICE_DUE}, VS {INVOICE_VS}.",
        "",
        "Děkujeme za nákup.",
        f"Fakturační oddělení · {SUPPLIER}",
    ],
    attachments=["Faktura_2026-1187.pdf"],
)
MAREK_MAIL = _msg(
    "Záloha na chatu – schváleno",
    f"Ing. {MAREK} <marek@zspodvezi.cz>",
    ME_TO,
    "st 25. 11. 2026 10:50",
    [
        "Kateřino,",
        f"zálohu {czk(DEPOSIT, 0)} pro {LODGE} schvaluji, plať prosím z účtu LVK {acct(LVK_ACCOUNT)}.",
        f"Fakturu ŠkolníSklad {INVOICE_NO} zaplatím já z provozního účtu do splatnosti.",
        "Potvrzení o platbě mi prosím přepošli kvůli účetnictví.",
        "",
        f"Ing. {MAREK} · ekonom školy",
    ],
)
KRALOVA_MAIL = _msg(
    "Doplatek LVK – Eliška Králová, 7.B",
    f"{KRALOVA} <kralova.monika@email-cz.example>",
    ME_TO,
    "st 25. 11. 2026 12:58",
    [
        "Dobrý den,",
        f"dnes ráno jsem poslala doplatek za lyžařský kurz {czk(SECOND, 0)} pod VS {VS['Králová Eliška']}.",
        "Omlouvám se za zpoždění, byli jsme na horách.",
        "",
        f"{KRALOVA}",
    ],
)
ORDER_MAIL = _msg(
    f"Potvrzení objednávky {ORDER_NO}",
    f"{SUPPLIER} <obchod@skolnisklad.example>",
    ME_TO,
    "st 25. 11. 2026 14:57",
    [
        "Dobrý den,",
        f"děkujeme za objednávku {ORDER_NO} ze dne 25. 11. 2026 {ORDER_PLACED}.",
        f"Celkem k úhradě: {czk(basket_totals('done')[2])} vč. DPH (5 položek).",
        f"Doručení: pátek 27. 11. 2026, {SCHOOL_ADDRESS}.",
        "Fakturu zašleme po expedici.",
        "",
        SUPPLIER,
    ],
)
# message, sender shown in the list, arrived (HH:MM or a day for older ones)
INBOX = [
    (ORDER_MAIL, SUPPLIER, "14:57"),
    (BUS2_MAIL, KREJCI, "13:04"),
    (KRALOVA_MAIL, KRALOVA, "12:58"),
    (MAREK_MAIL, f"Ing. {MAREK}", "10:50"),
    (EXCUSE_MAIL, PROCHAZKOVA, "07:26"),
    (NOVOTNY_MAIL, f"Mgr. {NOVOTNY}", "07:12"),
]
OLDER = [
    (LODGE_MAIL, "Chata Javorová", "út 24. 11."),
    (BUS_MAIL, KREJCI, "út 24. 11."),
    (INVOICE_MAIL, "ŠkolníSklad", "út 24. 11."),
    (None, f"Mgr. {CERNA}", "po 23. 11."),
]
OLDER_SUBJECT = "Rozpis dozorů na prosinec"
FOLDERS = ["Doručená pošta", "Koncepty", "Odeslaná pošta", "LVK 2027", "Rodiče", "Archiv", "Odstraněná pošta"]


# ------------------------------------------------------------------------------------------------- Teams
CHANNEL = "Sborovna"
TEAM = "ZŠ Pod Věží – pedagogové"
POSTS = {
    "am": [
        (f"Mgr. {CERNA}", "07:18", "Dobré ráno, suplování na dnešek je v EduKnize. Petr Svoboda je celý den na "
         "školení první pomoci."),
        (f"Mgr. {NOVOTNY}", "07:24", "Připomínám pedagogickou radu v pondělí 30. listopadu od 14:30 ve sborovně. "
         "Známky prosím uzavřete do pátku."),
    ],
    "am2": [
        (f"Mgr. {BERANEK}", "09:38", "Kdo si půjčil dataprojektor z učebny 31? Potřebuju ho na 4. hodinu."),
        (f"Mgr. {HORAKOVA}", "09:41", "Tomáši, je v kabinetu angličtiny, hned ho vracím."),
    ],
    "noon": [
        (f"Mgr. {CERNA}", "10:46", "Změna na zítra: Tomáš Beránek je ráno u lékaře, 7.B má češtinu v 1. hodině a "
         "fyziku ve 3. hodině."),
    ],
    "pm": [
        (f"Mgr. {HORAKOVA}", "13:02", "Kateřino, přidala bys prosím do objednávky ze ŠkolníSkladu 20 sešitů 544 "
         "pro 7.A? Díky!"),
        (f"Ing. {MAREK}", "13:06", "Kateřino, zálohu na chatu prosím pošli ještě dnes, ať ji máme v listopadu."),
    ],
    "pm2": [
        (f"Mgr. {ME}", "14:51", f"Záloha {czk(DEPOSIT, 0)} pro Chatu Javorová odešla ve {PAID_AT}, potvrzení "
         "posílám mailem."),
    ],
    "pm3": [(f"Mgr. {NOVOTNY}", "14:54", "Díky, Kateřino. Autobus od pana Krejčího můžeš potvrdit.")],
    "late": [
        (f"Mgr. {CERNA}", "15:58", "Suplování na pátek zveřejním zítra do 7:00."),
    ],
}  # fmt: skip
T_ORDER = ["am", "am2", "noon", "pm", "pm2", "pm3", "late"]


def chat(phase: str):
    at = T_ORDER.index(phase)
    posts = [p for ph in T_ORDER[: at + 1] for p in POSTS[ph]][-6:]
    return teams(
        f"{CHANNEL} ({TEAM}) | Microsoft Teams",
        TEAM,
        [
            ("Obecné", False),
            (CHANNEL, False),
            ("2. stupeň", at >= 2),
            ("LVK 2027", at >= 3),
            ("Suplování", False),
        ],
        CHANNEL,
        posts,
        "Dnes",
    )


# ------------------------------------------------------------------------------------------------- the plan
# (count, step in seconds, screen, args); ("at", "HH:MM:SS") starts a block after a gap. A segment starts one
# step (at most 50 s) after the previous segment's last frame.
def _plan() -> list:
    return [
        ("at", "07:31:00"),
        (1, 40, "mail", None),
        (1, 50, "mail", NOVOTNY_MAIL),
        (1, 50, "mail", EXCUSE_MAIL),
        (1, 50, "mail", LODGE_MAIL),
        (1, 45, "mail", BUS_MAIL),
        (1, 45, "chat", "am"),
        (2, 50, "supl", "st"),
        (1, 45, "timetable", "am"),
        (2, 50, "rules", None),
        (2, 50, "sheet", "am"),
        (1, 50, "bank", "am"),
        (1, 45, "programme", None),
        (2, 50, "shop", "am"),
        (1, 45, "weather", None),
        (6, 150, "grades", "am"),
        (1, 45, "mail", INVOICE_MAIL),
        (2, 50, "invoice", None),
        # 08:02-08:12: at the copier (worksheets for 7.B)
        ("at", "08:12:30"),
        (1, 40, "chat", "am"),
        (9, 180, "sheet", "am"),
        (1, 45, "bank", "am"),
        (1, 45, "mail", LODGE_MAIL),
        (1, 50, "programme", None),
        (1, 45, "shop", "am"),
        (1, 45, "supl", "st"),
        (1, 45, "mail", BUS_MAIL),
        (1, 40, "chat", "am"),
        (1, 45, "timetable", "am"),
        (1, 45, "grades", "am"),
        # 08:44-09:42: to 7.B and Czech there (2nd period)
        ("at", "09:42:30"),
        (1, 40, "mail", None),
        (1, 45, "sheet", "am"),
        (1, 45, "chat", "am2"),
        (1, 45, "weather", None),
        (1, 45, "supl", "st"),
        (1, 40, "rules", None),
        (1, 40, "programme", None),
        # 09:48-10:47: history in 7.A (3rd period)
        ("at", "10:47:30"),
        (1, 40, "mail", None),
        (1, 45, "chat", "noon"),
        (2, 50, "supl", "ct"),
        (1, 45, "timetable", "pm"),
        (1, 45, "mail", MAREK_MAIL),
        (1, 45, "invoice", None),
        (1, 45, "mail", LODGE_MAIL),
        (9, 150, "grades", "entry"),
        (1, 45, "timetable", "pm"),
        (1, 45, "bank", "am"),
        (1, 40, "chat", "noon"),
        (1, 45, "sheet", "am"),
        (1, 45, "weather", None),
        (1, 40, "mail", None),
        (1, 45, "programme", None),
        (1, 40, "supl", "ct"),
        # 11:20-13:08: corridor duty in the long break, Czech in 8.B (5th period) and lunch
        ("at", "13:08:30"),
        (1, 40, "mail", None),
        (1, 45, "mail", KRALOVA_MAIL),
        (1, 45, "chat", "pm"),
        (1, 45, "mail", BUS2_MAIL),
        (1, 45, "mail", BUS_MAIL),
        (6, 120, "shop", "pm"),
        (1, 45, "grades", "pm"),
        (1, 40, "rules", None),
        (1, 45, "sheet", "am"),
        (1, 45, "bank", "pm"),
        (1, 45, "mail", NOVOTNY_MAIL),
        (1, 40, "supl", "st"),
        (1, 45, "timetable", "pm"),
        (1, 40, "shop", "pm"),
        # 13:27-14:27: to 6.A, the substitution there (7th period)
        ("at", "14:27:30"),
        (1, 40, "mail", None),
        (1, 45, "bank", "pm"),
        (7, 180, "sheet", "pm"),
        (1, 45, "mail", LODGE_MAIL),
        (2, 50, "pay", "form"),
        (1, 45, "pay", "sent"),
        (1, 45, "bank", "sent"),
        (1, 45, "chat", "pm2"),
        (1, 45, "mail", MAREK_MAIL),
        (1, 45, "shop", "pm"),
        (1, 45, "weather", None),
        (1, 40, "programme", None),
        (1, 45, "grades", "pm"),
        (1, 45, "shop", "pm"),
        (1, 45, "shop", "done"),
        (1, 45, "chat", "pm3"),
        (1, 45, "mail", ORDER_MAIL),
        (1, 45, "sheet", "pm"),
        (1, 45, "invoice", None),
        (1, 45, "timetable", "pm"),
        # 15:08-15:55: a consultation with a parent
        ("at", "15:55:30"),
        (1, 40, "mail", None),
        (1, 45, "bank", "late"),
        (2, 50, "sheet", "pm"),
        (1, 45, "chat", "late"),
        (1, 45, "supl", "ct"),
        (1, 45, "programme", None),
        (1, 45, "grades", "pm"),
        (1, 45, "shop", "done"),
        (1, 45, "mail", BUS2_MAIL),
        (1, 45, "weather", None),
        # 16:03-16:15: a word with the deputy about Friday's substitutions
        ("at", "16:15:30"),
        (3, 90, "sheet", "pm"),
        (1, 45, "bank", "late"),
        (1, 40, "rules", None),
        (1, 45, "timetable", "pm"),
        (1, 45, "chat", "late"),
        (1, 45, "mail", None),
        (1, 45, "invoice", None),
        (1, 45, "sheet", "pm"),
        (1, 45, "mail", None),
    ]


def schedule() -> list[tuple[datetime, int, int, str, object]]:
    out, t = [], None
    for item in _plan():
        if item[0] == "at":
            t = datetime.fromisoformat(f"2026-11-25T{item[1]}")
            continue
        count, step, kind, arg = item
        out.append((t, count, step, kind, arg))
        t = t + timedelta(seconds=step * (count - 1) + min(step, 50))
    return out


SCHEDULE = schedule()
# when each message was first shown in the reading pane (HH:MM): unread in the list before that
OPENED: dict[str, str] = {}
for _t, _n, _s, _kind, _arg in SCHEDULE:
    if _kind == "mail" and _arg is not None:
        OPENED.setdefault(_arg["subject"], _t.strftime("%H:%M"))


def mail(at: str, reading: dict | None = None):
    items = [
        (m["subject"], who, arr, OPENED.get(m["subject"], "99:99") > at) for m, who, arr in INBOX if arr <= at
    ]
    items += [(m["subject"] if m else OLDER_SUBJECT, who, when, False) for m, who, when in OLDER]
    unread = sum(1 for *_, u in items if u)
    folders = [(f, str(unread) if f == "Doručená pošta" and unread else "") for f in FOLDERS]
    title = f"{'Doručená pošta' if reading is None else reading['subject']} - {MY_MAIL} - Outlook"
    return outlook(title, MY_MAIL, folders, items, None if reading is None else reading["subject"], reading)


def screen(kind: str, arg, t: datetime, i: int):
    hhmm = t.strftime("%H:%M")
    if kind == "mail":
        return mail(hhmm, arg)
    if kind == "chat":
        return chat(arg)
    if kind == "supl":
        return supl(arg)
    if kind == "timetable":
        return timetable(arg)
    if kind == "rules":
        return rules()
    if kind == "programme":
        return programme()
    if kind == "invoice":
        return invoice()
    if kind == "sheet":
        return sheet(arg)
    if kind == "bank":
        return bank_moves(arg, hhmm)
    if kind == "pay":
        return bank_payment(arg)
    if kind == "shop":
        return shop(arg)
    if kind == "weather":
        return weather_page()
    if kind == "grades":
        if arg == "entry":  # the diktát's grades typed in: saved from the fifth frame on
            return grades_page("am" if i < 4 else "pm", (t + timedelta(seconds=150 * 4)).strftime("%H:%M"))
        return grades_page(arg, GRADES_SAVED)
    raise ValueError(kind)


# the clocks the mails and posts give are the moments the frames show them
_first = {(k, a if isinstance(a, str) else None): t.strftime("%H:%M") for t, _, _, k, a in reversed(SCHEDULE)}
assert _first[("pay", "sent")] == PAID_AT and _first[("shop", "done")] == ORDER_PLACED, _first


GRADES_SAVED = next(
    (t + timedelta(seconds=150 * 4)).strftime("%H:%M")
    for t, _, _, k, a in SCHEDULE
    if k == "grades" and a == "entry"
)


def segments() -> list[tuple]:
    """(local start, frames, seconds between frames, screen for frame i)."""
    return [
        (t.strftime("%H:%M:%S"), count, step, lambda i, k=kind, a=arg, t=t: screen(k, a, t, i))
        for t, count, step, kind, arg in SCHEDULE
    ]


DAY = {
    "name": "school",
    "run": "5c81e3b7",
    "date": "2026-11-25",
    "tzid": "Europe/Prague",
    "offset_minutes": 60,
    "locale": "eu",  # 24-hour clock; make_days' 25.11.2026 is the way cs-CZ Windows writes the short date
    "segments": segments,
}
