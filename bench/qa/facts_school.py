"""Facts and phrasings for day "school" (see day_school.py), the fourteenth held-out day: lookups of every answer
type (the head teacher's mail with the supplies limit and the staff meeting, a mother's excuse note, the lodge's
booking confirmation with the deposit, its due date, the VS, the account and the IČO, the bus company's quote and
its revision, the supplier's invoice with its total, due date, VS, IČO and IBAN, the bursar's approval, the ski
course programme, the school rules, the staff channel in Teams, the internet bank's payment and account), cells
and comparisons from the substitutions, 7.B's timetable and grades, the payments sheet, the basket, the bank's
movements and the weather, differences (of two values on screen, or one value at two moments) and aggregates
worked out from values on screen (make_questions_school.py checks the arithmetic against the strings the day
draws), a list, and unanswerable questions (traps naming a supplier, a pupil, a trip, a bus company, a colleague,
a class, a lodge, a ski resort, a shop and a pupil's excuse never on screen, and attributes that no frame shows of
people and things that are). Phrasings are how a Prague class teacher would ask later: a plain one, one in other
words than the screen's (English for the Czech screens: 'invoice total' for 'Celkem k úhradě', 'due date' for
'Datum splatnosti', 'deposit' for 'záloha', 'substitution' for 'suplování', 'variable symbol' for 'VS'), and a
terse one or one with a relative time ('this morning', 'after lunch', 'at the end of the day'), some in the
staff room's Czech ('záloha chata?', 'splatnost faktury?'). The values the answers hold are taken from day_school's
data, the same data the screens are drawn from. Amounts accept the cs-CZ form the screen writes (12 857,46 Kč,
with a space or the bank's no-break space) and 12,857.46 CZK / 12857.46 / CZK 12 857,46; dates accept 8. 12. 2026,
'8. prosince', '8 December' and other English forms."""

from __future__ import annotations

import day_school as dx

D = "school"


def kc(value: float, amount) -> list[str]:
    """An amount in koruna as the screens write it ('12 857,46 Kč', '44 250 Kč', 'CZK 48 160,-', the bank's
    no-break spaces) and as an answer may ('12,857.46 CZK', 'CZK 12857.46')."""
    forms = set(amount(f"{value:,.2f}"))
    for nb in (False, True):
        t = dx.cz(value, 2, nb)
        sp = "\u00a0" if nb else " "
        forms |= {t, f"{t}{sp}Kč", f"{t} CZK", f"CZK {t}"}
        if value == int(value):
            w = dx.cz(value, 0, nb)
            forms |= {f"{w}{sp}Kč", f"{w} CZK", f"CZK {w}", f"CZK {w},-", f"{w},-", f"{w},- Kč"}
            if value >= 1000:
                forms.add(w)
    forms |= {f"{value:,.2f} CZK", f"CZK {value:,.2f}", f"{value:.2f} CZK", f"{value:.0f} Kč"}
    if value == int(value):
        forms |= {f"{value:,.0f} CZK", f"CZK {value:,.0f}", f"{value:.0f} CZK", f"{value:.0f}"}
    return sorted(forms)


CZ_MONTHS = ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října",
             "listopadu", "prosince"]  # fmt: skip
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]  # fmt: skip
CZ_DAYS = {23: ("po", "pondělí", "Monday"), 24: ("út", "úterý", "Tuesday"), 25: ("st", "středa", "Wednesday"),
           26: ("čt", "čtvrtek", "Thursday"), 27: ("pá", "pátek", "Friday"), 28: ("so", "sobota", "Saturday"),
           29: ("ne", "neděle", "Sunday"), 30: ("po", "pondělí", "Monday")}  # fmt: skip


def day_forms(day: int, month: int, year: int) -> list[str]:
    """A date as the screens write it (8. 12. 2026, 'čt 26. 11.') and as an answer may: '8.12.2026',
    '8. prosince', '8 December', 'December 8', 'Dec 8', '2026-12-08', '08/12/2026', 'Thursday 26'."""
    c, e = CZ_MONTHS[month - 1], EN_MONTHS[month - 1]
    forms = {
        f"{day}. {month}. {year}",
        f"{day}.{month}.{year}",
        f"{day:02d}.{month:02d}.{year}",
        f"{day:02d}/{month:02d}/{year}",
        f"{year}-{month:02d}-{day:02d}",
        f"{day}. {month}.",
        f"{day}. {c}",
        f"{day} {e}",
        f"{e} {day}",
        f"{e[:3]} {day}",
        f"{day} {e[:3]}",
    }
    if month == 11 and day in CZ_DAYS:
        short, long, en = CZ_DAYS[day]
        forms |= {f"{short} {day}. 11.", f"{long} {day}. 11.", f"{en} {day}", f"{en}, {day} November"}
    return sorted(forms)


def names(surname_first: str) -> list[str]:
    """A pupil as EduKniha and the sheet list them ('Urban Lukáš') and as one says it ('Lukáš Urban')."""
    return [surname_first, dx.first_last(surname_first), surname_first.split(" ")[0]]


def bank_when(phase: str) -> list[str]:
    """The bank pages' "Aktualizováno" lines of a phase (the clock of each visit)."""
    return [
        f"Aktualizováno: 25. 11. 2026 {t.strftime('%H:%M')}"
        for t, _, _, kind, arg in dx.SCHEDULE
        if kind == "bank" and arg == phase
    ]


def register(fact, none, amount):
    d = D
    inv = dx.invoice_totals()
    # ------------------------------------------------------------------------------------------ lookups
    fact(
        d,
        "school-deposit",
        "lookup",
        "amount",
        [
            "How much is the deposit for Chata Javorová?",
            "What advance payment does the ski lodge want from us for the February course?",
            "záloha chata?",
        ],
        kc(dx.DEPOSIT, amount),
        ["Záloha 50 %:"],
    )
    fact(
        d,
        "school-deposit-due",
        "lookup",
        "datetime",
        [
            "By when must the lodge deposit be paid?",
            "What's the deadline for the advance on the mountain lodge booking?",
            "splatnost zálohy?",
        ],
        day_forms(4, 12, 2026),
        ["Záloha 50 %:"],
    )
    fact(
        d,
        "school-deposit-vs",
        "lookup",
        "identifier",
        [
            "Which variabilní symbol goes with the lodge deposit?",
            "What variable symbol did Chata Javorová ask us to put on the advance payment?",
            "VS záloha?",
        ],
        [dx.DEPOSIT_VS],
        ["Záloha 50 %:"],
    )
    fact(
        d,
        "school-lodge-total",
        "lookup",
        "amount",
        [
            "What is the total price of the lodge booking for the ski course?",
            "How much will the whole stay at the mountain chalet cost, all pupils and nights together?",
            "cena ubytování celkem?",
        ],
        kc(dx.LODGE_TOTAL, amount),
        ["s plnou penzí, celkem"],
    )
    fact(
        d,
        "school-booking-no",
        "lookup",
        "identifier",
        [
            "What is the booking number of the ski course reservation?",
            "Which reservation reference did the lodge confirm for February?",
            "číslo rezervace?",
        ],
        [dx.BOOKING, "2027-0208"],
        ["potvrzujeme rezervaci č."],
    )
    fact(
        d,
        "school-lodge-ico",
        "lookup",
        "identifier",
        [
            "What is the IČO of Chata Javorová s.r.o.?",
            "Which company registration number does the ski lodge's operator have?",
            "IČO chaty?",
        ],
        [dx.LODGE_ICO],
        ["provozní · Chata Javorová s.r.o."],
    )
    fact(
        d,
        "school-lodge-email",
        "lookup",
        "email",
        [
            "From which e-mail address did the lodge's booking confirmation come?",
            "What address did Chata Javorová write to me from?",
            "e-mail chaty?",
        ],
        ["rezervace@chata-javorova.example", "chata-javorova.example"],
        ["<rezervace@chata-javorova.example>"],
    )
    fact(
        d,
        "school-bus-old",
        "lookup",
        "amount",
        [
            f"What price did Autodoprava Krejčí first quote for the ski course bus ({dx.QUOTE_NO})?",
            "How much was the coach to Pec pod Sněžkou in the bus company's original offer, VAT included?",
            "původní nabídka autobus?",
        ],
        kc(dx.bus_total(0)[2], amount),
        ["Nabídková cena: CZK"],
    )
    fact(
        d,
        "school-bus-new",
        "lookup",
        "amount",
        [
            "What is the bus company's new price after they revised the quote?",
            "How much does Martin Krejčí now want for the coach, VAT included, in his second mail?",
            "nová cena autobus?",
        ],
        kc(dx.bus_total(1)[2], amount),
        ["Nová cena: CZK"],
    )
    fact(
        d,
        "school-bus-vat",
        "lookup",
        "number",
        [
            "At what DPH rate is the bus transport quoted?",
            "Which VAT percentage did the coach company apply to the ski course transport?",
            "sazba DPH autobus?",
        ],
        ["12 %", "12%", "12 percent", "12 procent", "twelve percent"],
        ["Nabídková cena: CZK"],
    )
    fact(
        d,
        "school-invoice-total",
        "lookup",
        "amount",
        [
            f"What is the total to pay on ŠkolníSklad's invoice {dx.INVOICE_NO}?",
            "What's the invoice total, VAT included, on the art supplies bill from the e-shop?",
            "celkem k úhradě faktura?",
        ],
        kc(inv[2], amount),
        ["Faktura – daňový doklad č."],
    )
    fact(
        d,
        "school-invoice-due",
        "lookup",
        "datetime",
        [
            f"What is the due date of invoice {dx.INVOICE_NO}?",
            "By when does the supplier want its art supplies invoice paid?",
            "splatnost faktury?",
        ],
        day_forms(8, 12, 2026),
        ["Faktura – daňový doklad č."],
    )
    fact(
        d,
        "school-invoice-vs",
        "lookup",
        "identifier",
        [
            f"Which variable symbol is on invoice {dx.INVOICE_NO}?",
            "What payment reference must the bursar quote when paying ŠkolníSklad's bill?",
            "VS faktury?",
        ],
        [dx.INVOICE_VS],
        ["Faktura – daňový doklad č."],
    )
    fact(
        d,
        "school-supplier-iban",
        "lookup",
        "identifier",
        [
            "What IBAN does ŠkolníSklad's invoice give?",
            "Into which international account number should the supplier's bill be paid?",
            "IBAN dodavatele?",
        ],
        [dx.SUPPLIER_IBAN, dx.grouped(dx.SUPPLIER_IBAN)],
        ["Faktura – daňový doklad č."],
    )
    fact(
        d,
        "school-excuse-return",
        "lookup",
        "datetime",
        [
            "When will Tomáš Procházka come back to school?",
            "On which day does the boy who is off sick return, according to his mother?",
            "Procházka nastoupí kdy?",
        ],
        day_forms(26, 11, 2026) + ["čtvrtek 26. 11.", "čtvrtek", "Thursday"],
        ["do školy nastoupí"],
    )
    fact(
        d,
        "school-staff-meeting",
        "lookup",
        "datetime",
        [
            "When is the pedagogická rada?",
            "What day and time is the next teachers' staff meeting?",
            "ped. rada kdy?",
        ],
        [
            "30. listopadu && 14:30",
            "30 November && 14:30",
            "November 30 && 14:30",
            "30. 11. && 14:30",
            "30 November && 2:30",
            "Monday && 14:30",
        ],
        ["Pedagogická rada je v pondělí"],
    )
    fact(
        d,
        "school-supplies-limit",
        "lookup",
        "amount",
        [
            "What is the spending limit for the supplies order?",
            "How much may the consumables order for the classes cost at most, according to the head teacher?",
            "limit objednávky?",
        ],
        kc(5000.00, amount),
        ["limit je 5 000 Kč"],
    )
    fact(
        d,
        "school-course-price",
        "lookup",
        "amount",
        [
            "How much does the ski course cost per pupil?",
            "What's the full price a family pays for the February ski week?",
            "cena LVK?",
        ],
        kc(dx.PRICE, amount),
        ["Cena kurzu"],
    )
    fact(
        d,
        "school-instructor",
        "lookup",
        "person",
        [
            "Who is the ski instructor on the course?",
            "Which colleague teaches the skiing itself in Pec pod Sněžkou?",
            "instruktor LVK?",
        ],
        ["Petr Svoboda", "Svoboda", "Mgr. Petr Svoboda"],
        ["Instruktor lyžování"],
    )
    fact(
        d,
        "school-snow",
        "lookup",
        "number",
        [
            "How much snow is there in Pec pod Sněžkou now?",
            "What snow depth did the weather page report for the ski course's resort?",
            "sníh v Peci?",
        ],
        ["38 cm", "38"],
        ["Sněhová pokrývka"],
    )
    fact(
        d,
        "school-excuse-deadline",
        "lookup",
        "number",
        [
            "Within how many days must parents give the reason for an absence under the school rules?",
            "How long does the školní řád give a parent to excuse a child?",
            "omluvit do kolika dnů?",
        ],
        ["3 kalendářních dnů", "3 days", "3 calendar days", "three days", "3", "tři dny"],
        ["(1) Zákonný zástupce je povinen"],
    )
    fact(
        d,
        "school-order-no",
        "lookup",
        "identifier",
        [
            "What is the number of today's ŠkolníSklad order?",
            "Which order reference did the supplies e-shop give me this afternoon?",
            "číslo objednávky?",
        ],
        [dx.ORDER_NO, "2611-0457"],
        ["byla přijata 25. 11. 2026"],
    )
    fact(
        d,
        "school-order-total",
        "lookup",
        "amount",
        [
            "What total did ŠkolníSklad's order confirmation mail give?",
            "How much does today's supplies order come to, VAT included, per the confirmation e-mail?",
            "objednávka celkem?",
        ],
        kc(dx.basket_totals("done")[2], amount),
        ["(5 položek)"],
    )
    fact(
        d,
        "school-paid-at",
        "lookup",
        "datetime",
        [
            "At what time did I send the deposit payment to the lodge?",
            "When did the bank say the advance for the chalet went out?",
            "platba odeslána v?",
        ],
        [dx.PAID_AT, dx.PAID_AT.replace(":", "."), "2:50 PM", "2:50"],
        ["Platba byla odeslána"],
    )
    fact(
        d,
        "school-lvk-iban",
        "lookup",
        "identifier",
        [
            "What is the IBAN of the LVK 2027 account?",
            "Which international account number does the internet bank show for the ski course account?",
            "IBAN LVK?",
        ],
        [dx.LVK_IBAN, dx.grouped(dx.LVK_IBAN)],
        ["LVK 2027 – ZŠ Pod Věží"],
    )
    fact(
        d,
        "school-approver",
        "lookup",
        "person",
        [
            "Who approved the lodge deposit payment?",
            "Which colleague signed off on paying the chalet's advance from the course account?",
            "kdo schválil zálohu?",
        ],
        ["Pavel Marek", "Ing. Pavel Marek", "Marek"],
        ["schvaluji, plať prosím z účtu LVK"],
    )
    fact(
        d,
        "school-svoboda-reason",
        "lookup",
        "text",
        [
            "Why is Petr Svoboda away today?",
            "What is the PE teacher doing instead of teaching on Wednesday?",
            "proč chybí Svoboda?",
        ],
        ["školení první pomoci", "first aid training", "first-aid course", "first aid"],
        ["Chybí: Mgr. Petr Svoboda"],
    )
    fact(
        d,
        "school-lucie-books",
        "lookup",
        "count",
        [
            "How many exercise books did Lucie Horáková ask me to add to the order?",
            "How many 544 notebooks does 7.A want added to the supplies order?",
            "kolik sešitů pro 7.A?",
        ],
        ["20", "twenty", "dvacet"],
        ["přidala bys prosím"],
    )
    # ---------------------------------------------------------------------------------------- table cells
    fact(
        d,
        "school-cj-thu-before",
        "table_cell",
        "text",
        [
            "In which period did 7.B have Czech on Thursday before the change?",
            "Originally, which lesson of the day was my Czech class with 7.B on the 26th?",
            "Čj čtvrtek původně?",
        ],
        ["3.", "3rd", "third", "3. hodina", "10:00"],
        ["výměna hodin: Čj z 3. hodiny"],
    )
    fact(
        d,
        "school-cj-thu-after",
        "table_cell",
        "text",
        [
            "In which period is 7.B's Czech on Thursday after the change?",
            "When on the 26th do I now teach Czech in 7.B, after the swap with physics?",
            "Čj čt nově?",
        ],
        ["1.", "1st", "first", "1. hodina", "8:00"],
        ["výměna hodin: Čj z 3. hodiny"],
    )
    fact(
        d,
        "school-science-teacher",
        "table_cell",
        "person",
        [
            "Who teaches 7.B Přírodopis?",
            "Which teacher has 7.B for natural science, according to the class timetable?",
            "Př 7.B učí?",
        ],
        ["Pešková"],
        ["Rozvrh třídy 7.B"],
    )
    fact(
        d,
        "school-my-sub-class",
        "table_cell",
        "name",
        [
            "Which class do I substitute in the 7th period today?",
            "Where is my extra cover lesson this afternoon, which class?",
            "moje suplování třída?",
        ],
        ["6.A", "6. A", "6A"],
        ["samostatná práce, mapy Evropy"],
    )
    fact(
        d,
        "school-urban-math",
        "table_cell",
        "number",
        [
            "What is Lukáš Urban's average in maths?",
            "How is Urban doing in mathematics this term, by his grade average?",
            "Urban M průměr?",
        ],
        ["3,75", "3.75"],
        ["Třída 7.B · průběžná klasifikace"],
    )
    fact(
        d,
        "school-zeman-cj-am",
        "table_cell",
        "number",
        [
            "What was Filip Zeman's Czech average this morning?",
            "Before I entered the dictation marks, what did Zeman average in Czech?",
            "Zeman Čj ráno?",
        ],
        ["2,80", "2.80", "2,8", "2.8"],
        ["Naposledy upraveno: út 24. 11. 2026 15:42"],
    )
    fact(
        d,
        "school-zeman-cj-pm",
        "table_cell",
        "number",
        [
            "What is Filip Zeman's Czech average after the diktát was entered?",
            "After today's dictation marks went in, what does Zeman average in Czech?",
            "Zeman Čj teď?",
        ],
        ["3,00", "3.00", "3,0", "3.0"],
        [f"Naposledy upraveno: st 25. 11. 2026 {dx.GRADES_SAVED}"],
    )
    fact(
        d,
        "school-urban-owes",
        "table_cell",
        "amount",
        [
            "How much does Lukáš Urban still owe for the ski course?",
            "What's the outstanding amount for the pupil who got a reminder on 12 November?",
            "Urban zbývá?",
        ],
        kc(dx.PRICE, amount),
        ["upomínka 12. 11."],
    )
    fact(
        d,
        "school-collected-end",
        "table_cell",
        "amount",
        [
            "What total had 7.B paid for the ski course in my sheet after I updated it?",
            "By the afternoon, how much money had the class's families paid in altogether, per the Zaplaceno total?",
            "zaplaceno celkem, odpoledne?",
        ],
        kc(dx.pay_totals("pm")[2], amount),
        ["doplatek 25. 11."],
    )
    fact(
        d,
        "school-balance-am",
        "table_cell",
        "amount",
        [
            "What was the available balance on the LVK account this morning?",
            "How much money sat in the ski course account before the afternoon's movements?",
            "zůstatek LVK ráno?",
        ],
        kc(dx.balance("am"), amount),
        bank_when("am"),
    )
    fact(
        d,
        "school-balance-end",
        "table_cell",
        "amount",
        [
            "What was the LVK account's available balance at my last look?",
            "At the end of the day, how much was left in the ski course account after the deposit went out?",
            "zůstatek LVK večer?",
        ],
        kc(dx.balance("late"), amount),
        bank_when("late"),
    )
    fact(
        d,
        "school-books-am",
        "table_cell",
        "count",
        [
            "How many exercise books 544 were in the ŠkolníSklad basket this morning?",
            "Before Lucie's request, what quantity of A5 notebooks did my basket hold?",
            "sešity v košíku ráno?",
        ],
        ["40 ks", "40", "forty"],
        ["Košík (6 položek)"],
    )
    fact(
        d,
        "school-books-pm",
        "table_cell",
        "count",
        [
            "How many exercise books 544 were in the basket after I changed it?",
            "What notebook quantity went into the supplies order in the end?",
            "sešity v košíku odpoledne?",
        ],
        ["60 ks", "60", "sixty"],
        ["Košík (5 položek)"],
    )
    # ---------------------------------------------------------------------------------------- comparisons
    fact(
        d,
        "school-best-pupil",
        "table_compare",
        "person",
        [
            "Which pupil in 7.B has the best overall average?",
            "Who is the strongest student in my class by the Průměr column?",
            "nejlepší průměr 7.B?",
        ],
        names("Kratochvílová Viktorie"),
        ["Třída 7.B · průběžná klasifikace"],
    )
    fact(
        d,
        "school-worst-math",
        "table_compare",
        "person",
        [
            "Which pupil in 7.B has the worst average in maths?",
            "Who is struggling most in mathematics in my class, going by the grades table?",
            "nejhorší z matiky?",
        ],
        names("Urban Lukáš"),
        ["Třída 7.B · průběžná klasifikace"],
    )
    fact(
        d,
        "school-worst-subject",
        "table_compare",
        "name",
        [
            "Which subject has the worst class average in 7.B?",
            "In which subject does my class do worst overall, by the class average row?",
            "nejhorší předmět třídy?",
        ],
        ["F", "fyzika", "physics", "Fyzika"],
        ["Průměr třídy"],
    )
    fact(
        d,
        "school-biggest-invoice-line",
        "table_compare",
        "name",
        [
            f"Which item on invoice {dx.INVOICE_NO} costs the most in total?",
            "What's the largest line on the art supplies bill, before VAT?",
            "nejdražší položka faktury?",
        ],
        ["Temperové barvy", "VV-2040", "tempera", "poster paints"],
        ["Označení dodávky"],
    )
    fact(
        d,
        "school-coldest-day",
        "table_compare",
        "datetime",
        [
            "Which day in the Pec pod Sněžkou forecast has the coldest night?",
            "On what day is the lowest minimum temperature forecast at the ski resort?",
            "nejchladnější noc?",
        ],
        day_forms(29, 11, 2026) + ["ne 29. 11.", "neděle", "Sunday"],
        ["Nový sníh"],
    )
    # ---------------------------------------------------------------------------------------- aggregates
    fact(
        d,
        "school-unpaid-end",
        "agg_amount",
        "count",
        [
            "How many pupils had still not paid the second instalment at the end of the day?",
            "After my afternoon update, how many families still owed the ski course doplatek?",
            "kolik nezaplatilo doplatek, večer?",
        ],
        ["4", "four", "čtyři"],
        ["doplatek 25. 11."],
    )
    fact(
        d,
        "school-unpaid-am",
        "agg_amount",
        "count",
        [
            "How many pupils had not paid the second instalment this morning?",
            "First thing today, how many rows in my ski course sheet had no doplatek?",
            "nezaplacený doplatek ráno?",
        ],
        ["6", "six", "šest"],
        ["LVK_2027_platby_7B.xlsx"],
    )
    fact(
        d,
        "school-new-snow",
        "agg_amount",
        "number",
        [
            "How much new snow is forecast for Pec pod Sněžkou over the five days shown?",
            "Adding up the fresh snowfall in the resort's forecast, how many centimetres is that?",
            "nový sníh celkem?",
        ],
        ["25 cm", "25"],
        ["Nový sníh"],
    )
    fact(
        d,
        "school-invoice-pieces",
        "agg_amount",
        "count",
        [
            f"How many pieces in total are on invoice {dx.INVOICE_NO}?",
            "Counting every item on the art supplies bill, what's the total quantity?",
            "kusů na faktuře celkem?",
        ],
        ["92", "92 ks", "ninety-two"],
        ["Označení dodávky"],
    )
    fact(
        d,
        "school-class-size",
        "agg_amount",
        "count",
        [
            "How many pupils are in 7.B?",
            "How many children does my class have, counting the grades table?",
            "počet žáků 7.B?",
        ],
        ["20", "twenty", "dvacet"],
        ["Průměr třídy"],
    )
    fact(
        d,
        "school-czech-lessons",
        "agg_amount",
        "count",
        [
            "How many Czech lessons does 7.B have a week?",
            "Counting the timetable grid, how often does my class have Czech language per week?",
            "kolik hodin Čj týdně?",
        ],
        ["5", "five", "pět"],
        ["Rozvrh třídy 7.B"],
    )
    # ---------------------------------------------------------------------------------------- differences
    fact(
        d,
        "school-bus-saving",
        "difference",
        "amount",
        [
            "By how much did the bus company lower its price?",
            "How much do we save on the coach now that the quote was revised, VAT included?",
            "o kolik levnější autobus?",
        ],
        kc(dx.bus_total(0)[2] - dx.bus_total(1)[2], amount),
        ["Nová cena: CZK"],
    )
    fact(
        d,
        "school-basket-change",
        "difference",
        "amount",
        [
            "By how much did the ŠkolníSklad basket's total change between the morning and the order?",
            "How much more did the supplies order end up costing, VAT included, after I changed the basket?",
            "rozdíl košíku?",
        ],
        kc(dx.basket_totals("pm")[2] - dx.basket_totals("am")[2], amount),
        ["Celkem k úhradě"],
    )
    fact(
        d,
        "school-zeman-change",
        "difference",
        "number",
        [
            "By how much did Filip Zeman's Czech average change today?",
            "How far did Zeman's Czech grade average move after the dictation?",
            "změna průměru Zeman?",
        ],
        ["0,20", "0.20", "0,2", "0.2"],
        ["Zeman Filip"],
    )
    fact(
        d,
        "school-balance-change",
        "difference",
        "amount",
        [
            "By how much did the LVK account's balance fall from the morning to the evening?",
            "How much lower was the ski course account at the end of the day than first thing?",
            "pokles zůstatku?",
        ],
        kc(dx.balance("am") - dx.balance("late"), amount),
        ["Disponibilní zůstatek"],
    )
    fact(
        d,
        "school-morning-training",
        "difference",
        "duration",
        [
            "How long is the morning ski training on the course?",
            "How many hours do the pupils spend on the slope before lunch, per the programme?",
            "délka dopoledního výcviku?",
        ],
        ["3 hodiny", "3 hours", "3 h", "180 min", "three hours", "3"],
        ["Dopolední výcvik na svahu"],
    )
    # --------------------------------------------------------------------------------------------- a list
    fact(
        d,
        "school-unpaid-list",
        "list",
        "list",
        [
            "Which pupils still owe the second instalment at the end of the day?",
            "Who in 7.B hasn't paid the ski course doplatek yet, after my afternoon update?",
            "kdo nezaplatil doplatek?",
        ],
        ["Dušek && Pokorný && Urban && Zeman"],
        ["doplatek 25. 11."],
    )
    # ------------------------------------------------------------------------ unanswerable: traps
    for fid, family, atype, qs, absent in [
        (
            "school-trap-pavlik",
            "lookup",
            "amount",
            [
                "What is the total of Papírnictví Pavlík's invoice?",
                "How much do we owe the stationer Pavlík for the last delivery?",
                "faktura Pavlík celkem?",
            ],
            "Pavlík",
        ),
        (
            "school-trap-navratil",
            "table_cell",
            "number",
            [
                "What is Šimon Navrátil's maths average?",
                "How is Navrátil from 7.B doing in mathematics?",
                "Navrátil M?",
            ],
            "Navrátil",
        ),
        (
            "school-trap-skola-v-prirode",
            "lookup",
            "datetime",
            [
                "When does the škola v přírodě in Orlické hory start?",
                "What are the dates of the nature school trip to the Orlické mountains?",
                "Orlické hory termín?",
            ],
            "Orlické",
        ),
        (
            "school-trap-csad",
            "lookup",
            "amount",
            [
                "What did ČSAD Jičín quote for the ski course bus?",
                "How much was the competing coach offer from ČSAD?",
                "nabídka ČSAD?",
            ],
            "ČSAD",
        ),
        (
            "school-trap-sykorova",
            "lookup",
            "text",
            [
                "What did Radka Sýkorová post in the Sborovna channel?",
                "What was Sýkorová's message to the staff in Teams?",
                "Sýkorová psala?",
            ],
            "Sýkorová",
        ),
        (
            "school-trap-8c",
            "table_cell",
            "person",
            [
                "Who substitutes in 8.C today?",
                "Which teacher covers class 8.C during Svoboda's absence?",
                "supl 8.C?",
            ],
            "8.C",
        ),
        (
            "school-trap-esprit",
            "lookup",
            "amount",
            [
                "How much per night does Horská bouda Esprit charge?",
                "What price per pupil did the Esprit mountain hut offer?",
                "cena Esprit?",
            ],
            "Esprit",
        ),
        (
            "school-trap-spindl",
            "lookup",
            "amount",
            [
                "How much is the lift pass in Špindlerův Mlýn?",
                "What does a day of skiing cost in Špindl for the course?",
                "skipas Špindl?",
            ],
            "Špindl",
        ),
        (
            "school-trap-alza",
            "lookup",
            "identifier",
            [
                "What is the number of my Alza order?",
                "Which order reference did Alza give the projector lamp purchase?",
                "objednávka Alza?",
            ],
            "Alza",
        ),
        (
            "school-trap-polak",
            "lookup",
            "datetime",
            [
                "Until when is Dominik Polák excused?",
                "When does Polák come back to school, per his parents' note?",
                "omluvenka Polák?",
            ],
            "Polák",
        ),
    ]:
        none(d, fid, family, atype, qs, absent=absent)
    # ------------------------------------------------------ unanswerable: attribute not on screen
    for fid, family, atype, qs in [
        (
            "school-none-svoboda-phone",
            "lookup",
            "identifier",
            [
                "What is Petr Svoboda's phone number?",
                "On which mobile can I reach the ski instructor?",
                "telefon Svoboda?",
            ],
        ),
        (
            "school-none-mother-phone",
            "lookup",
            "identifier",
            [
                "What is Jana Procházková's phone number?",
                "Which number can I call Tomáš's mother on?",
                "telefon Procházková?",
            ],
        ),
        (
            "school-none-cerna-email",
            "lookup",
            "email",
            [
                "What is Zuzana Černá's e-mail address?",
                "Where do I e-mail the deputy head about substitutions?",
                "e-mail Černá?",
            ],
        ),
        (
            "school-none-driver",
            "lookup",
            "person",
            [
                "Who will drive the bus to Pec pod Sněžkou?",
                "What's the name of the coach driver for the ski course?",
                "řidič autobusu?",
            ],
        ),
        (
            "school-none-bus-plate",
            "lookup",
            "identifier",
            [
                "What is the licence plate of the ski course bus?",
                "Which registration (SPZ) does Krejčí's coach have?",
                "SPZ autobusu?",
            ],
        ),
        (
            "school-none-lodge-phone",
            "lookup",
            "identifier",
            [
                "What is the lodge's phone number?",
                "How can I call Chata Javorová directly?",
                "telefon chata?",
            ],
        ),
        (
            "school-none-prochazka-pe",
            "table_cell",
            "number",
            [
                "What is Tomáš Procházka's grade average in PE?",
                "How does Procházka do in physical education this term?",
                "Procházka Tv?",
            ],
        ),
        (
            "school-none-skipass-price",
            "lookup",
            "amount",
            [
                "How much does the 4-day lift pass cost on its own?",
                "What's the separate price of the skipas included in the course?",
                "cena skipasu?",
            ],
        ),
        (
            "school-none-parents-evening",
            "lookup",
            "datetime",
            [
                "When are the next třídní schůzky for parents?",
                "What date is the next parents' evening at school?",
                "třídní schůzky kdy?",
            ],
        ),
    ]:
        none(d, fid, family, atype, qs)
