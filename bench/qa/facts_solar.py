"""Facts and phrasings for day "solar" (see day_solar.py), the thirteenth held-out day: lookups of every answer type
(the director's mail about the survey, the quote and the order, the wholesaler's mail about stock and price, the
grid operator's request and approval, the customer's mails, the accountant's mail with the IBAN, the KvK number and
the BTW id, the order's confirmation, the quote in Zonnewerk Offerte with its BTW rates, the module's datasheet,
the crews' channel in Mattermost), cells and comparisons from the planning board, the installations sheet, the
webshop's basket, the grid operator's registrations and the route, differences (of two values on screen, or one
value at two moments) and aggregates worked out from values on screen (make_questions_solar.py checks the
arithmetic against the strings the day draws), a list, and unanswerable questions (traps naming a town, a brand,
a wholesaler, a colleague, a project, a customer, an energy supplier, a trade fair, a heat pump brand and a crew
never on screen, and attributes that no frame shows of people and things that are). Phrasings are how a planner
at a Utrecht installer would ask later: a plain one, one in other words than the screen's (a role or a description
instead of the name, English for the Dutch screens: 'site survey' for 'schouw', 'crew' for 'ploeg', 'VAT' for
'BTW', 'grid operator' for 'netbeheerder'), and a terse one or one with a relative time ('this morning', 'after
lunch', 'at the end of the day'), some in the office's Dutch shorthand ('offertebedrag?', 'levering ZGB?'). The
values the answers hold are taken from day_solar's data, the same data the screens are drawn from. Amounts accept
the nl-NL form the screen writes (€ 11.873,50) and 11,873.50 / 11873.50 / EUR 11.873,50; dates accept 25-11-2026,
'wo 25 nov.', '25 november' and English forms."""

from __future__ import annotations

import day_solar as dx

D = "solar"


def euros(value: float, amount) -> list[str]:
    """An amount in euros as the screens write it ('€ 11.873,50') and as an answer may ('EUR 11,873.50')."""
    t = dx.nl(value)
    forms = set(amount(f"{value:,.2f}")) | {
        f"€ {t}",
        f"€{t}",
        f"{t} EUR",
        f"EUR {t}",
        f"€ {value:,.2f}",
        f"€{value:,.2f}",
        f"EUR {value:,.2f}",
        f"{value:,.2f} EUR",
    }
    if value == int(value):
        w = dx.nl(value, 0)
        forms |= {f"€ {w}", f"€{w}", f"{w} EUR", f"EUR {w}", f"€ {value:,.0f}", f"EUR {value:,.0f}"}
        if value >= 1000:
            forms.add(w)
    return sorted(forms)


NL_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
             "november", "december"]  # fmt: skip
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]  # fmt: skip
NL_DAYS = {23: ("ma", "maandag", "Monday"), 24: ("di", "dinsdag", "Tuesday"), 25: ("wo", "woensdag", "Wednesday"),
           26: ("do", "donderdag", "Thursday"), 27: ("vr", "vrijdag", "Friday")}  # fmt: skip


def day_forms(day: int, month: int, year: int) -> list[str]:
    """A date as the screens write it (25-11-2026, 'wo 25 nov.') and as an answer may: '25 november',
    '25 November', 'November 25', 'Nov 25', '2026-11-25', '25/11/2026', 'Wednesday 25'."""
    n, e = NL_MONTHS[month - 1], EN_MONTHS[month - 1]
    forms = {
        f"{day:02d}-{month:02d}-{year}",
        f"{day}-{month}-{year}",
        f"{day:02d}/{month:02d}/{year}",
        f"{day:02d}.{month:02d}.{year}",
        f"{year}-{month:02d}-{day:02d}",
        f"{day} {n}",
        f"{day} {n[:3]}.",
        f"{day} {e}",
        f"{e} {day}",
        f"{e[:3]} {day}",
        f"{day} {e[:3]}",
    }
    if month == 11 and day in NL_DAYS:
        short, long, en = NL_DAYS[day]
        forms |= {f"{short} {day} nov.", f"{long} {day} november", f"{en} {day}", f"{en}, {day} November"}
    return sorted(forms)


def register(fact, none, amount):
    d = D
    q0, q1 = dx.quote_totals(0), dx.quote_totals(1)
    # ------------------------------------------------------------------------------------------ lookups
    fact(
        d,
        "solar-quote-total",
        "lookup",
        "amount",
        [
            f"What is the total incl. BTW of quote {dx.QUOTE} for the Hendriks family as it was approved?",
            "How much does the approved solar offer for the Bunnik customer come to, VAT included?",
            "offertebedrag Hendriks, goedgekeurd?",
        ],
        euros(q1[3], amount),
        ["Goedgekeurd door Jeroen van den Berg"],
    )
    fact(
        d,
        "solar-quote-author",
        "lookup",
        "person",
        [
            f"Who created the first version of quote {dx.QUOTE}?",
            "Which sales adviser drew up the original Hendriks offer before I revised it?",
            "versie 1 offerte door?",
        ],
        ["Sanne de Vries", "Sanne"],
        ["Versie 1 aangemaakt door"],
    )
    fact(
        d,
        "solar-approver",
        "lookup",
        "person",
        [
            "Who approved the Hendriks quote?",
            "Which person signed off on the revised offer for the Bunnik family in the quotation tool?",
            "goedgekeurd door?",
        ],
        ["Jeroen van den Berg", "Jeroen"],
        ["Goedgekeurd door"],
    )
    fact(
        d,
        "solar-battery-btw",
        "lookup",
        "amount",
        [
            "How much BTW is charged on the home battery in the Hendriks quote?",
            "What's the VAT amount on the quote, the part that isn't zero-rated?",
            "btw thuisbatterij?",
        ],
        euros(q1[2], amount),
        ["BTW 21% over thuisbatterij"],
    )
    fact(
        d,
        "solar-panel-btw-rate",
        "lookup",
        "number",
        [
            "What BTW rate do the solar panels get on the Hendriks quote?",
            "At what VAT percentage are the panels, inverter and installation work quoted for the Bunnik home?",
            "btw-tarief panelen?",
        ],
        ["0%", "0 %", "0 procent", "zero", "nul procent", "0 percent"],
        ["Subtotaal 0% BTW (zonnestroominstallatie)"],
    )
    fact(
        d,
        "solar-yield-v2",
        "lookup",
        "number",
        [
            "What yearly yield does the revised Hendriks quote estimate?",
            "How many kilowatt-hours a year should 18 panels on the Bunnik roof produce, according to the offer?",
            "opbrengst versie 2?",
        ],
        ["6.580 kWh", "6580 kWh", "6,580 kWh", "6.580", "6580", "6,580"],
        ["ca. 6.580 kWh per jaar"],
    )
    fact(
        d,
        "solar-quote-validity",
        "lookup",
        "datetime",
        [
            f"Until when is quote {dx.QUOTE} valid?",
            "What's the expiry date of the offer we sent the Hendriks family?",
            "geldig tot?",
        ],
        day_forms(18, 12, 2026),
        ["Geldig tot"],
    )
    fact(
        d,
        "solar-order-no",
        "lookup",
        "identifier",
        [
            "What is the order number of today's ZGB order?",
            "Which number did the wholesaler give the material order for week 48?",
            "ordernummer ZGB?",
        ],
        [dx.ORDER_NO, "118734"],
        ["Bedankt! Uw bestelling"],
    )
    fact(
        d,
        "solar-order-total",
        "lookup",
        "amount",
        [
            "What did the order confirmation from ZGB say the total incl. BTW was?",
            "How much does the week 48 material order cost us, VAT included, per the wholesaler's confirmation mail?",
            "orderbevestiging totaal?",
        ],
        euros(dx.basket_totals("done")[2], amount),
        ["(6 orderregels)"],
    )
    fact(
        d,
        "solar-delivery",
        "lookup",
        "datetime",
        [
            "When will ZGB deliver the material we ordered today?",
            "On which day is the wholesaler's delivery to the Kanaalweg due?",
            "levering ZGB?",
        ],
        day_forms(25, 11, 2026),
        ["Levering: woensdag"],
    )
    fact(
        d,
        "solar-net-price",
        "lookup",
        "amount",
        [
            "What net price per panel does ZGB charge us for the Helion HX-430?",
            "How much do we pay the wholesaler for one Full Black module, excl. VAT?",
            "nettoprijs HX-430?",
        ],
        euros(dx.NET_PRICE, amount),
        ["Jullie nettoprijs"],
    )
    fact(
        d,
        "solar-approved-reg",
        "lookup",
        "identifier",
        [
            "Which Stroomnet Midden registration was approved today?",
            "What's the reference of the feed-in registration the grid operator approved by mail this afternoon?",
            "goedgekeurde aanmelding?",
        ],
        ["SNM-AM-26-08812", "08812"],
        ["is goedgekeurd."],
    )
    fact(
        d,
        "solar-kvk",
        "lookup",
        "identifier",
        [
            "What is our company's KvK number?",
            "Which Chamber of Commerce registration number does Domstad Zon & Warmte have?",
            "kvk-nummer?",
        ],
        [dx.KVK],
        ["· Administratie · KvK"],
    )
    fact(
        d,
        "solar-iban",
        "lookup",
        "identifier",
        [
            "Which IBAN should VvE Parkzicht pay the invoice to?",
            "What's our Rabobank account number that customers pay into?",
            "IBAN Domstad?",
        ],
        [dx.FIRM_IBAN, dx.grouped(dx.FIRM_IBAN)],
        ["t.n.v. Domstad Zon & Warmte B.V."],
    )
    fact(
        d,
        "solar-btw-id",
        "lookup",
        "identifier",
        [
            "What is our company's BTW id?",
            "Which VAT identification number does Lotte's signature give for the company?",
            "btw-id?",
        ],
        [dx.BTW_ID],
        ["btw-id"],
    )
    fact(
        d,
        "solar-vve-invoice",
        "lookup",
        "amount",
        [
            f"How much is the final invoice {dx.VVE_INVOICE} to VvE Parkzicht?",
            "What did we bill the owners' association for its 56 panels?",
            "eindfactuur VvE?",
        ],
        euros(dx.VVE_AMOUNT, amount),
        ["De eindfactuur voor ZW-2564"],
    )
    fact(
        d,
        "solar-kok-call-new",
        "lookup",
        "datetime",
        [
            "What time did Ingrid Kok ask to move our phone call to?",
            "To when did the heat pump customer in Houten want to reschedule the call?",
            "nieuw tijdstip gesprek Kok?",
        ],
        ["15:00", "3 PM", "3:00 PM", "3 pm", "15.00"],
        ["kunnen we het gesprek naar 15:00 verplaatsen"],
    )
    fact(
        d,
        "solar-ramdin-time",
        "lookup",
        "datetime",
        [
            "At what time was the Ramdin installation delivered?",
            "When did crew 2 finish the Nieuwegein job, according to Bram's message?",
            "Ramdin opgeleverd om?",
        ],
        ["11:58", "11.58"],
        ["Ramdin opgeleverd om"],
    )
    fact(
        d,
        "solar-b4",
        "lookup",
        "text",
        [
            "Where in the warehouse are the heat pump and boiler for WP-2577 waiting?",
            "In which rack did I tell IJsbrand his Klimaat AW-8 was ready?",
            "stelling WP-2577?",
        ],
        ["B4", "stelling B4", "rack B4"],
        ["Staan klaar in stelling"],
    )
    fact(
        d,
        "solar-scaffold",
        "lookup",
        "datetime",
        [
            "When will Daan's crew put up the scaffolding for the Hendriks job?",
            "After the move to Thursday, when does crew 1 set up the steiger in Bunnik?",
            "steiger Hendriks wanneer?",
        ],
        ["woensdagmiddag", "Wednesday afternoon", "woensdag", "Wednesday"],
        ["Prima, dan zetten we"],
    )
    fact(
        d,
        "solar-vca-place",
        "lookup",
        "name",
        [
            "Where is the VCA refresher course on Wednesday?",
            "In which town does Thijs's crew do its safety training next week?",
            "VCA-herhaling waar?",
        ],
        ["Nieuwegein"],
        ["VCA-herhaling woensdag 25 nov. gaat door"],
    )
    fact(
        d,
        "solar-efficiency",
        "lookup",
        "number",
        [
            "What is the module efficiency of the Helion HX-430 Full Black?",
            "How efficient is the panel we quote, according to its datasheet?",
            "rendement HX-430?",
        ],
        ["22,0 %", "22,0%", "22.0%", "22.0 %", "22 %", "22%"],
        ["Rendement module"],
    )
    fact(
        d,
        "solar-voc",
        "lookup",
        "number",
        [
            "What is the open-circuit voltage (Voc) of the HX-430?",
            "What no-load voltage does the Full Black module's datasheet give?",
            "Voc HX-430?",
        ],
        ["38,95 V", "38.95 V", "38,95", "38.95"],
        ["Nullastspanning (Voc)"],
    )
    fact(
        d,
        "solar-perf-warranty",
        "lookup",
        "number",
        [
            "What share of its power does the HX-430 keep under the 30-year performance warranty?",
            "How much of Pmax is guaranteed after 30 years on the datasheet?",
            "vermogensgarantie %?",
        ],
        ["87,4 %", "87,4%", "87.4%", "87.4 %", "87,4", "87.4"],
        ["Vermogensgarantie"],
    )
    fact(
        d,
        "solar-kok-boiler",
        "lookup",
        "number",
        [
            "What size of boiler did Ingrid Kok accept with her heat pump?",
            "How many litres is the hot water tank in the Houten heat pump order?",
            "boiler Kok liter?",
        ],
        ["200 liter", "200 l", "200 litres", "200 liters", "200"],
        ["Hierbij mijn akkoord op offerte"],
    )
    fact(
        d,
        "solar-kok-isde",
        "lookup",
        "amount",
        [
            "How much ISDE subsidy will Ingrid Kok apply for?",
            "What's the government grant amount for the Houten heat pump that the customer arranges herself?",
            "ISDE Kok?",
        ],
        euros(2850.00, amount),
        ["De ISDE-subsidie van"],
    )
    fact(
        d,
        "solar-zeist-inverter",
        "lookup",
        "name",
        [
            "Which inverter is in the Zeist registration at Stroomnet Midden?",
            "What inverter model is registered for the bakery's 17,20 kWp system?",
            "omvormer Van Dijk?",
        ],
        ["Stroomwerk SW-15K", "SW-15K"],
        ["Vermogen panelen"],
    )
    fact(
        d,
        "solar-call-original",
        "table_cell",
        "datetime",
        [
            "At what time was the call with Ingrid Kok in my calendar this morning?",
            "Before she asked to move it, when was the heat pump phone call scheduled?",
            "gesprek Kok oorspronkelijk?",
        ],
        ["14:30", "2:30 PM", "2:30", "14.30"],
        ["14:30 - 15:00"],
    )
    fact(
        d,
        "solar-leg1-km",
        "table_cell",
        "number",
        [
            "How far is it from the office to the Hendriks family in Bunnik on today's route?",
            "What distance did RouteMaatje give for the first leg of the survey trip?",
            "km kantoor-Bunnik?",
        ],
        ["11,8 km", "11.8 km", "11,8", "11.8"],
        ["Schouw 10:25 – 11:05"],
    )
    # ---------------------------------------------------------------------------------------- table cells
    fact(
        d,
        "solar-hendriks-day-am",
        "table_cell",
        "datetime",
        [
            "Which day was the Hendriks installation planned for on the board this morning?",
            "Before I moved it, on what day was the Bunnik job pencilled in for next week?",
            "Hendriks dag, ochtend?",
        ],
        day_forms(27, 11, 2026),
        ["vr 27 nov. 2026 · 07:30–16:30"],
    )
    fact(
        d,
        "solar-hendriks-day-pm",
        "table_cell",
        "datetime",
        [
            "On which day is the Hendriks installation planned after I moved it?",
            "What day did the Bunnik solar job end up on in PlanBord this afternoon?",
            "Hendriks nieuwe datum?",
        ],
        day_forms(26, 11, 2026),
        ["do 26 nov. 2026 · 07:30–16:30"],
    )
    fact(
        d,
        "solar-hendriks-crew-am",
        "table_cell",
        "name",
        [
            "Which crew had the Hendriks job on the board this morning?",
            "Whose team was the Bunnik installation assigned to before the change?",
            "ploeg Hendriks, ochtend?",
        ],
        ["Ploeg 2", "Bram Smit", "crew 2", "Bram"],
        ["Bunnik · 16 panelen + batterij"],
    )
    fact(
        d,
        "solar-hendriks-crew-pm",
        "table_cell",
        "name",
        [
            "Which crew does the Hendriks job have after the move?",
            "Whose team installs the 18 panels in Bunnik now?",
            "ploeg Hendriks, middag?",
        ],
        ["Ploeg 1", "Daan Visser", "crew 1", "Daan"],
        ["Bunnik · 18 panelen + batterij"],
    )
    fact(
        d,
        "solar-vermeulen-day",
        "table_cell",
        "datetime",
        [
            "On which day is the Vermeulen installation in IJsselstein planned?",
            "When does crew 2 put the 9 panels on the IJsselstein roof next week?",
            "Vermeulen dag?",
        ],
        day_forms(24, 11, 2026),
        ["IJsselstein · 9 panelen"],
    )
    fact(
        d,
        "solar-bosman-kwp",
        "table_cell",
        "number",
        [
            "How many kWp is the Bosman installation in Maarssen?",
            "What's the peak power of the solar-plus-battery job for the family in Maarssen, per my sheet?",
            "kWp Bosman?",
        ],
        ["8,60", "8,6 kWp", "8,60 kWp", "8.6", "8.60", "8.6 kWp"],
        ["3601 CK"],
    )
    fact(
        d,
        "solar-ramdin-status-am",
        "table_cell",
        "text",
        [
            "What status did the Ramdin project have in my installations sheet this morning?",
            "Before Bram reported back, how was the Nieuwegein job marked in Excel?",
            "status ZW-2569, ochtend?",
        ],
        ["Ingepland", "scheduled", "planned"],
        ["Schouw gepland"],
    )
    fact(
        d,
        "solar-vanleeuwen-isde",
        "table_cell",
        "amount",
        [
            "How much ISDE subsidy is listed for Van Leeuwen's heat pump?",
            "What grant does the sheet show for the Utrecht heat pump job WP-2577?",
            "subsidie WP-2577?",
        ],
        euros(3150.00, amount) + ["ISDE € 3.150"],
        ["3572 ZT"],
    )
    fact(
        d,
        "solar-zeist-status-am",
        "table_cell",
        "text",
        [
            "What status did the Zeist registration have in the Stroomnet portal this morning?",
            "Early today, where did the grid operator's portal have the bakery's feed-in registration?",
            "status SNM-AM-26-08790, ochtend?",
        ],
        ["Aanvullende info nodig", "additional information", "more information needed", "aanvullende info"],
        ["Opgevraagd: 20-11-2026 08:45", "Opgevraagd: 20-11-2026 09:26"],
    )
    fact(
        d,
        "solar-zeist-status-end",
        "table_cell",
        "text",
        [
            "What status did the Zeist registration have at my last look at the portal?",
            "After I uploaded the documents, how did Stroomnet list SNM-AM-26-08790 at the end of the day?",
            "status 08790, laatst?",
        ],
        ["In behandeling", "being processed", "in progress", "under review"],
        ["Opgevraagd: 20-11-2026 15:43", "Opgevraagd: 20-11-2026 16:42"],
    )
    fact(
        d,
        "solar-zeist-ean",
        "table_cell",
        "identifier",
        [
            "What is the EAN code of the grid connection for the Zeist registration?",
            "Which 18-digit connection code does the bakery's address have at Stroomnet Midden?",
            "EAN aansluiting Van Dijk?",
        ],
        [dx.EAN_CONN["SNM-AM-26-08790"]],
        ["EAN-code aansluiting"],
    )
    fact(
        d,
        "solar-panel-ean",
        "table_cell",
        "identifier",
        [
            "What is the EAN of the Helion HX-430 panel in the ZGB webshop?",
            "Which barcode number does the wholesaler list for the Full Black module?",
            "EAN HX-430?",
        ],
        [dx.EANS["410430"]],
        ["Prijs per stuk"],
    )
    # ---------------------------------------------------------------------------------------- comparisons
    fact(
        d,
        "solar-biggest-install",
        "table_compare",
        "name",
        [
            "Which installation in my Q4 sheet is the largest in kWp?",
            "Which customer has the biggest solar system on the installations list?",
            "grootste installatie?",
        ],
        ["VvE Parkzicht", "ZW-2564"],
        ["Opgeleverd op"],
    )
    fact(
        d,
        "solar-priciest-basket-line",
        "table_compare",
        "name",
        [
            "Which line in the ZGB basket has the highest total?",
            "What's the most expensive item in the wholesaler order, counting the quantity?",
            "duurste regel winkelwagen?",
        ],
        ["Stroomwerk SB-10", "SB-10", "thuisbatterij", "530010"],
        ["Prijs per stuk"],
    )
    fact(
        d,
        "solar-oldest-reg",
        "table_compare",
        "identifier",
        [
            "Which of our Stroomnet registrations was submitted earliest?",
            "What's the oldest feed-in registration in the grid operator's list?",
            "oudste aanmelding?",
        ],
        ["SNM-AM-26-08702", "08702", "ZW-2561"],
        ["aanmeldingen · Opgevraagd"],
    )
    fact(
        d,
        "solar-highest-isde",
        "table_compare",
        "name",
        [
            "Which heat pump job in the sheet has the highest ISDE subsidy?",
            "For which customer is the grant on the installations list the biggest?",
            "hoogste ISDE?",
        ],
        ["Van Leeuwen", "WP-2577", "P. van Leeuwen"],
        ["Opgeleverd op"],
    )
    fact(
        d,
        "solar-longest-leg",
        "table_compare",
        "text",
        [
            "Which leg of today's survey route was the longest?",
            "On the trip to Bunnik and Houten, which drive covered the most kilometres?",
            "langste rit?",
        ],
        ["Terug", "back to the office", "Houten to the office", "Kok to the office", "12,6 km", "return"],
        ["Rijtijd totaal: 56 min"],
    )
    # ---------------------------------------------------------------------------------------- aggregates
    fact(
        d,
        "solar-utrecht-kwp",
        "agg_amount",
        "number",
        [
            "What is the total kWp of the installations in Utrecht itself on my sheet?",
            "Adding up the solar systems in the city of Utrecht on the Q4 list, how many kWp is that?",
            "kWp Utrecht totaal?",
        ],
        ["29,24", "29.24", "29,24 kWp", "29.24 kWp"],
        ["Opgeleverd op"],
    )
    fact(
        d,
        "solar-delivered-end",
        "agg_amount",
        "count",
        [
            "How many installations were marked Opgeleverd in my sheet at the end of the day?",
            "By the last look at Excel, how many jobs on the Q4 list had been delivered?",
            "aantal opgeleverd, einde dag?",
        ],
        ["3", "three", "drie"],
        ["Akkoord klant"],
    )
    fact(
        d,
        "solar-free-slots-end",
        "agg_amount",
        "count",
        [
            "How many free slots were left on the week 48 board at my last look?",
            "At the end of the day, how many crew-days next week were still empty in PlanBord?",
            "vrije plekken wk 48, laatst?",
        ],
        ["6", "six", "zes"],
        ["Laatst bijgewerkt: vr 20 nov. 2026 16:38"],
    )
    fact(
        d,
        "solar-isde-total",
        "agg_amount",
        "amount",
        [
            "What do the ISDE subsidies in my installations sheet add up to?",
            "Summing the heat pump grants on the Q4 list, how much is it?",
            "ISDE totaal?",
        ],
        euros(8100.00, amount),
        ["ISDE € 2.100"],
    )
    fact(
        d,
        "solar-km-total",
        "agg_amount",
        "number",
        [
            "How many kilometres was today's survey route in total?",
            "Adding up the legs to Bunnik, to Houten and back, how far did I drive?",
            "totaal km route?",
        ],
        ["33,8 km", "33.8 km", "33,8", "33.8"],
        ["Rijtijd totaal: 56 min"],
    )
    fact(
        d,
        "solar-approved-regs-end",
        "agg_amount",
        "count",
        [
            "How many registrations showed Goedgekeurd at my last check of the Stroomnet portal?",
            "At the end of the day, how many of our feed-in registrations had been approved?",
            "aantal goedgekeurd, laatst?",
        ],
        ["3", "three", "drie"],
        ["Opgevraagd: 20-11-2026 16:42"],
    )
    # ---------------------------------------------------------------------------------------- differences
    fact(
        d,
        "solar-quote-increase",
        "difference",
        "amount",
        [
            "By how much did the Hendriks quote go up from version 1 to version 2?",
            "How much more is the offer after the site survey than the original one, VAT included?",
            "verschil offerte v1-v2?",
        ],
        euros(q1[3] - q0[3], amount),
        ["Totaal incl. BTW"],
    )
    fact(
        d,
        "solar-basket-increase",
        "difference",
        "amount",
        [
            "By how much did the ZGB basket's total incl. BTW rise between the morning and the order?",
            "How much did adding the extra panels and mounting material add to the wholesaler order, with VAT?",
            "verschil winkelwagen?",
        ],
        euros(dx.basket_totals("done")[2] - dx.basket_totals("am")[2], amount),
        ["Totaal incl. BTW"],
    )
    fact(
        d,
        "solar-hendriks-kwp-change",
        "difference",
        "number",
        [
            "By how many kWp did the Hendriks system grow after the survey?",
            "How much more peak power does the Bunnik roof get with 18 panels instead of 16?",
            "kWp erbij Hendriks?",
        ],
        ["0,86", "0.86", "0,86 kWp", "0.86 kWp", "860 Wp"],
        ["Fam. Hendriks"],
    )
    fact(
        d,
        "solar-survey-duration",
        "difference",
        "duration",
        [
            "How long was the site survey at the Hendriks family planned to take?",
            "How many minutes did the route plan allow for the schouw in Bunnik?",
            "duur schouw?",
        ],
        ["40 min", "40 minutes", "40 minuten", "40"],
        ["Schouw 10:25 – 11:05"],
    )
    fact(
        d,
        "solar-call-shift",
        "difference",
        "duration",
        [
            "By how much was the call with Ingrid Kok pushed back?",
            "How much later did the heat pump customer's phone call end up than first planned?",
            "gesprek Kok verschoven met?",
        ],
        ["30 min", "30 minutes", "half an hour", "30 minuten", "een half uur", "30"],
        ["Bellen: mevr. Ingrid Kok (warmtepomp)"],
    )
    # --------------------------------------------------------------------------------------------- a list
    fact(
        d,
        "solar-snm-docs",
        "list",
        "list",
        [
            "Which documents did Stroomnet Midden ask for on the Zeist registration?",
            "What papers was the grid operator missing for the bakery's feed-in registration?",
            "welke documenten ontbraken?",
        ],
        ["eenlijnschema && datasheet", "single-line diagram && datasheet", "one-line diagram && datasheet"],
        ["hebben wij aanvullende"],
    )
    # ------------------------------------------------------------------------ unanswerable: traps
    for fid, family, atype, qs, absent in [
        (
            "solar-trap-amersfoort",
            "table_cell",
            "datetime",
            [
                "When is the installation in Amersfoort planned?",
                "Which day does a crew go to our Amersfoort customer next week?",
                "Amersfoort wanneer?",
            ],
            "Amersfoort",
        ),
        (
            "solar-trap-enphase",
            "lookup",
            "amount",
            [
                "What does ZGB charge for the Enphase micro-inverters?",
                "How much is one Enphase IQ8 in the wholesaler's basket?",
                "prijs Enphase?",
            ],
            "Enphase",
        ),
        (
            "solar-trap-tu",
            "lookup",
            "identifier",
            [
                "What is the order number of our order at Technische Unie?",
                "Which reference did Technische Unie give our cable order?",
                "ordernummer Technische Unie?",
            ],
            "Technische Unie",
        ),
        (
            "solar-trap-wouter",
            "lookup",
            "text",
            [
                "What did Wouter post in the Planning Utrecht channel?",
                "What was Wouter's message about the scaffolding in Mattermost?",
                "Wouter zei?",
            ],
            "Wouter",
        ),
        (
            "solar-trap-zw2599",
            "table_cell",
            "text",
            [
                "What is the status of project ZW-2599?",
                "How is job ZW-2599 marked in my installations sheet?",
                "status ZW-2599?",
            ],
            "ZW-2599",
        ),
        (
            "solar-trap-brouwer",
            "lookup",
            "number",
            [
                "How many panels are on the Brouwer family's quote?",
                "What size system did we offer the Brouwers?",
                "panelen Brouwer?",
            ],
            "Brouwer",
        ),
        (
            "solar-trap-eneco",
            "lookup",
            "amount",
            [
                "What feed-in tariff does Eneco pay the Hendriks family?",
                "How much per kWh does the energy supplier Eneco give for returned power?",
                "terugleververgoeding Eneco?",
            ],
            "Eneco",
        ),
        (
            "solar-trap-intersolar",
            "lookup",
            "datetime",
            [
                "When do we go to Intersolar?",
                "What are the dates of the Intersolar fair in Munich?",
                "Intersolar datum?",
            ],
            "Intersolar",
        ),
        (
            "solar-trap-viessmann",
            "lookup",
            "amount",
            [
                "How much does the Viessmann heat pump cost on Ingrid Kok's quote?",
                "What's the price of the Viessmann unit we offered in Houten?",
                "prijs Viessmann?",
            ],
            "Viessmann",
        ),
        (
            "solar-trap-ploeg5",
            "table_cell",
            "text",
            [
                "Which jobs does Ploeg 5 have next week?",
                "What is crew 5 doing on Monday 23 November?",
                "Ploeg 5 planning?",
            ],
            "Ploeg 5",
        ),
    ]:
        none(d, fid, family, atype, qs, absent=absent)
    # ------------------------------------------------------ unanswerable: attribute not on screen
    for fid, family, atype, qs in [
        (
            "solar-none-mark-phone",
            "lookup",
            "identifier",
            [
                "What is Mark Hendriks's phone number?",
                "Which number can I call the Bunnik customer on?",
                "telefoon Hendriks?",
            ],
        ),
        (
            "solar-none-jeroen-mobile",
            "lookup",
            "identifier",
            [
                "What is Jeroen van den Berg's mobile number?",
                "On which 06 number can I reach the director?",
                "mobiel Jeroen?",
            ],
        ),
        (
            "solar-none-zgb-kvk",
            "lookup",
            "identifier",
            [
                "What is ZGB's KvK number?",
                "Which Chamber of Commerce number does the wholesaler Zonne Groothandel Benelux have?",
                "kvk ZGB?",
            ],
        ),
        (
            "solar-none-roof-pitch",
            "lookup",
            "number",
            [
                "What is the roof pitch at the Hendriks house?",
                "At what angle is the Bunnik roof the panels go on?",
                "dakhelling Hendriks?",
            ],
        ),
        (
            "solar-none-scop",
            "lookup",
            "number",
            [
                "What SCOP does the Klimaat AW-8 heat pump have?",
                "How efficient is the heat pump Ingrid Kok accepted, as a seasonal COP?",
                "SCOP AW-8?",
            ],
        ),
        (
            "solar-none-van-plate",
            "lookup",
            "identifier",
            [
                "What is the licence plate of the van I took to Bunnik?",
                "Which kenteken does bus 2 have?",
                "kenteken bus 2?",
            ],
        ),
        (
            "solar-none-snm-handler",
            "lookup",
            "person",
            [
                "Who at Stroomnet Midden is handling the Zeist registration?",
                "What's the name of the grid operator's case handler for SNM-AM-26-08790?",
                "behandelaar Stroomnet?",
            ],
        ),
        (
            "solar-none-max-voltage",
            "lookup",
            "number",
            [
                "What is the maximum system voltage of the Helion HX-430?",
                "Up to how many volts can the Full Black modules be strung, per the datasheet?",
                "max systeemspanning?",
            ],
        ),
        (
            "solar-none-ijsbrand-email",
            "lookup",
            "email",
            [
                "What is IJsbrand Mulder's email address?",
                "Where can I email our heat pump fitter?",
                "e-mail IJsbrand?",
            ],
        ),
    ]:
        none(d, fid, family, atype, qs)
