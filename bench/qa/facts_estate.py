"""Facts and phrasings for day "estate" (see day_estate.py), the third held-out day: lookups of every answer
type, cells and comparisons from the rent ledger, the works sheet, the bank's transactions and the folder
listing, differences and aggregates worked out from amounts on screen (make_questions_estate.py checks the
arithmetic against the strings the day draws), a list, and unanswerable questions (traps naming an agency,
tenant, contractor, invoice, street, reference or app never on screen, and attributes that no frame shows
of people and firms that are). Phrasings are how a property manager would ask days later: paraphrases of
the screens' labels (often French ones: "Solde" asked as what is still owed), some terse, some chatty,
some naming a thing by what it is rather than by its label. Answers that a table or an amount on screen
decides are computed from day_estate's data, not typed a second time."""

from __future__ import annotations

import day_estate as de
from facts_buy import dates

D = "estate"


def euros(text: str, amount) -> list[str]:
    """Every accepted way of writing a fr-FR amount ('1 275,00 €'): make_questions.amount's forms of the
    amount without its spaces (1,275.00 / 1275.00 / 1.275,00 / 1275,00 ...) plus the French grouping
    with a space (1 275,00, and 1 275 for whole euros)."""
    bare = text.replace("€", "").strip()
    forms = set(amount(bare.replace(" ", "")))
    forms.add(bare)
    if bare.endswith(",00") and " " in bare:
        forms.add(bare[:-3])
    return sorted(forms)


def num(text: str) -> float:
    """'1 275,00 €' -> 1275.0."""
    return float(text.replace("€", "").replace(" ", "").replace(",", "."))


def register(fact, none, amount):
    d = D
    eur = lambda value: euros(de.euro(value) if isinstance(value, float) else value, amount)  # noqa: E731
    # ------------------------------------------------------------------------------------------ lookups
    total_ttc = dict(de.QUOTE_TOTALS)["Total TTC"]
    fact(
        d,
        "estate-quote-total",
        "lookup",
        "amount",
        [
            "What did the plumber's quote come to with VAT?",
            "Total TTC on DEV-2026-0417?",
            "Before the owner had anything taken off, how much was the leak repair going to cost us all in?",
        ],
        eur(total_ttc),
        [total_ttc],
    )
    fact(
        d,
        "estate-siret",
        "lookup",
        "identifier",
        [
            "What's Plomberie Saône's SIRET?",
            "Which company registration number is printed on the plumbing quote?",
            "I need the plumber's business ID for the accounts – what was it on their estimate?",
        ],
        ["812 345 678 00021", "81234567800021"],
        ["812 345 678 00021"],
    )
    fact(
        d,
        "estate-gate-code",
        "lookup",
        "identifier",
        [
            "What's the gate code Mehdi gave me for the plumber?",
            "Door code to get into 14 rue Mercière?",
            "Which access code did the caretaker send over WhatsApp this morning?",
        ],
        ["4721B"],
        ["Gate code for the plumber: 4721B"],
    )
    fact(
        d,
        "estate-valve-time",
        "lookup",
        "datetime",
        [
            "At what time was the water shut off at Mercière this morning?",
            "When did Mehdi close the riser valve?",
            "What time did the caretaker say he'd cut the water to the leaking pipe?",
        ],
        ["08:01", "8:01"],
        ["I shut off the riser valve at 08:01"],
    )
    fact(
        d,
        "estate-nadia-phone",
        "lookup",
        "identifier",
        [
            "What's Nadia Haddad's mobile number?",
            "How can I reach the tenant in flat 3B by phone?",
            "Phone number for tenant LOC-2302?",
        ],
        ["06 71 42 88 15", "0671428815", "+33 6 71 42 88 15"],
        ["06 71 42 88 15"],
    )
    fact(
        d,
        "estate-owner-phone",
        "lookup",
        "identifier",
        [
            "Hélène Vasseur gave me a new mobile number during our call – what is it?",
            "What's the owner's new phone number?",
            "Which number did the Mercière landlord type into the Zoom chat?",
        ],
        ["06 12 87 40 93", "0612874093", "+33 6 12 87 40 93"],
        ["06 12 87 40 93"],
    )
    fact(
        d,
        "estate-insurer",
        "lookup",
        "name",
        [
            "Who is Nadia Haddad insured with?",
            "Which insurance company covers the tenant of 3B?",
            "Name of the tenant's home insurer for the flat that leaked?",
        ],
        ["MAIF"],
        ["MAIF"],
    )
    fact(
        d,
        "estate-claim-no",
        "lookup",
        "identifier",
        [
            "What's the claim number MMA gave us for the water damage?",
            "Which reference did the insurer register the leak under?",
            "Sinistre number for the Mercière water damage?",
        ],
        ["SIN-26-0048817"],
        ["SIN-26-0048817"],
    )
    fact(
        d,
        "estate-expert-visit",
        "lookup",
        "datetime",
        [
            "When is the insurance expert coming to look at the damage?",
            "What date and time did MMA set for the loss adjuster's visit?",
            "When will Cabinet Durand be on site?",
        ],
        [f"{x} && 11:00" for x in dates(3, 12, 2026)] + ["Thursday && 11:00"],
        ["Cabinet Durand Expertises, will visit"],
    )
    fact(
        d,
        "estate-sofia-rest",
        "lookup",
        "datetime",
        [
            "When is Sofia Benali going to pay the rest of her November rent?",
            "By what date did the A-102 tenant promise the remaining balance?",
            "Sofia said the outstanding part would follow when – which day?",
        ],
        dates(4, 12, 2026),
        ["remaining 455 € will follow on 4 December"],
    )
    fact(
        d,
        "estate-technician",
        "lookup",
        "person",
        [
            "Who is the plumbing company sending on Monday?",
            "What's the name of Plomberie Saône's technician for the riser job?",
            "Which workman will turn up at Mercière on Monday morning?",
        ],
        ["Yanis"],
        ["Our technician Yanis"],
    )
    fact(
        d,
        "estate-flat-size",
        "lookup",
        "number",
        [
            "How many square metres is flat 3B?",
            "What's the floor area of Nadia Haddad's flat according to the lease?",
            "Size of the Mercière T3?",
        ],
        ["64"],
        ["of 64 m²"],
    )
    fact(
        d,
        "estate-irl",
        "lookup",
        "number",
        [
            "What reference index value is the Haddad rent indexed on?",
            "Which IRL figure does the lease use as its base for rent reviews?",
            "The rent-review clause quotes an index value – what number is it?",
        ],
        ["145,17", "145.17"],
        ["value 145,17"],
    )
    fact(
        d,
        "estate-notice",
        "lookup",
        "duration",
        [
            "How much notice does Nadia Haddad have to give if she wants to leave?",
            "What's the tenant's notice period in the 3B lease?",
            "If the tenant at Mercière moves out, how long before must she tell us?",
        ],
        ["one month", "1 month", "a month", "un mois", "1 mois"],
        ["one month's notice"],
    )
    deposit = "1 015,00 €"
    fact(
        d,
        "estate-deposit",
        "lookup",
        "amount",
        [
            "How big is the security deposit on the Haddad lease?",
            "What deposit are we holding for the tenant in 3B?",
            "Caution amount for LOC-2302?",
        ],
        eur(deposit),
        ["security deposit of 1 015,00 €", "Deposit held"],
    )
    fact(
        d,
        "estate-due-day",
        "lookup",
        "text",
        [
            "On which day of the month is rent due?",
            "By what day each month do tenants have to pay?",
            "When in the month is the rent payable under the lease?",
        ],
        ["5th", "fifth"],
        ["on the 5th of each month", "rent due on the 5th"],
    )
    fact(
        d,
        "estate-balance-pm",
        "lookup",
        "amount",
        [
            "What was the balance of the rent escrow account when I checked it in the afternoon?",
            "How much was sitting in the compte séquestre at my last look at the bank?",
            "Late-afternoon balance of the Banque Confluence account?",
        ],
        eur(de.BALANCE_AFTERNOON),
        [de.BALANCE_AFTERNOON],
    )
    fact(
        d,
        "estate-iban",
        "lookup",
        "identifier",
        [
            "What's the IBAN of our rent escrow account?",
            "Which account number do tenants transfer their rent to?",
            "IBAN of the compte séquestre at Banque Confluence?",
        ],
        ["FR76 1027 8073 4100 0205 3380 172", "FR7610278073410002053380172"],
        ["FR76 1027 8073 4100 0205 3380 172"],
    )
    fact(
        d,
        "estate-water-meter",
        "lookup",
        "number",
        [
            "What did the water meter read at the A-202 move-out?",
            "Water index I noted at Élodie Fabre's exit inspection?",
            "How many cubic metres was the water meter on in A-202 this morning?",
        ],
        ["312,6", "312.6"],
        ["water 312,6 m3"],
    )
    fact(
        d,
        "estate-distance",
        "lookup",
        "number",
        [
            "How far away is Élodie Fabre moving, in km?",
            "How many kilometres is the outgoing A-202 tenant's new place from here?",
            "Distance to Élodie's new address in Grenoble?",
        ],
        ["106"],
        ["38000 Grenoble (106 km)"],
    )
    fact(
        d,
        "estate-plumber-email",
        "lookup",
        "email",
        [
            "Which e-mail address did the plumber's quote come from?",
            "What address do I write to for Plomberie Saône?",
            "Karim Belkacem's email?",
        ],
        ["devis@plomberie-saone.fr"],
        ["devis@plomberie-saone.fr"],
    )
    fact(
        d,
        "estate-owner-ask",
        "lookup",
        "text",
        [
            "What did Ms Vasseur ask me to send her once I have it?",
            "What was the owner waiting for from me after the Zoom?",
            "In the meeting chat, what did the landlord want me to pass on?",
        ],
        ["claim number", "insurance claim"],
        ["send me the insurance claim number"],
    )
    fact(
        d,
        "estate-caretaker-app",
        "lookup",
        "app",
        [
            "Which app was I using to talk to Mehdi?",
            "Where did my messages with the caretaker happen?",
            "On what messaging service did I get the leak alert this morning?",
        ],
        ["WhatsApp"],
        ["Mehdi Gardien Canuts"],
    )
    # ------------------------------------------------------------------------------------- table cells
    fact(
        d,
        "estate-sofia-owes",
        "table_cell",
        "amount",
        [
            "How much does Sofia Benali still owe for November?",
            "What's left to pay on lot A-102 this month?",
            "Outstanding solde for LOC-2214?",
        ],
        eur("455,00 €"),
        ["455,00 €"],
    )
    bakery = next(r for r in de.LEDGER if r[0] == "B-001")
    fact(
        d,
        "estate-bakery-charges",
        "table_cell",
        "amount",
        [
            "How much are the monthly service charges for the bakery's unit?",
            "What does Boulangerie Lacroix pay in charges on top of the rent?",
            "Charges column for lot B-001 in the ledger?",
        ],
        eur(float(bakery[4])),
        [de.euro(bakery[4])],
    )
    fact(
        d,
        "estate-intercom",
        "table_cell",
        "name",
        [
            "Who fixed the intercom in hall B?",
            "Which contractor did the entry-phone job at Les Canuts?",
            "TK-0527 – who was the company?",
        ],
        ["Elec'Lyon", "Elec Lyon"],
        ["Intercom hall B"],
    )
    boiler = next(r for r in de.WORKS if r[3] == "Boiler replacement")
    fact(
        d,
        "estate-boiler-invoice",
        "table_cell",
        "amount",
        [
            "What was the final bill for the new boiler in A-201, VAT included?",
            "How much did Chauffage Rhône invoice us?",
            "Invoice TTC for TK-0512?",
        ],
        eur(boiler[6]),
        ["Boiler replacement"],
    )
    cert = next(f for f in de.FILES if f[0].startswith("Attestation"))
    fact(
        d,
        "estate-cert-file-date",
        "table_cell",
        "datetime",
        [
            "When was the insurance certificate in the 3B folder last modified?",
            "What date does Explorer show for the attestation d'assurance file?",
            "How old is the copy of Nadia's insurance certificate we have on file – modified when?",
        ],
        dates(28, 11, 2025),
        [cert[0]],
    )
    leroy = next(r for r in de.MORNING_TX if "LEROY" in r[1])
    fact(
        d,
        "estate-leroy",
        "table_cell",
        "amount",
        [
            "How much did we spend at the DIY store with the card?",
            "What was the Leroy Merlin card payment on the escrow account?",
            "Amount of the CB payment in Vénissieux on the 25th?",
        ],
        eur(leroy[3]),
        [leroy[1]],
    )
    # ---------------------------------------------------------------------------------- table compares
    top = max(de.LEDGER, key=lambda r: r[3])
    fact(
        d,
        "estate-top-rent",
        "table_compare",
        "name",
        [
            "Which of our tenants pays the highest rent?",
            "Who has the biggest loyer HC in the November ledger?",
            "Most expensive lot in the rent list – whose is it?",
        ],
        [top[1], top[1].replace(" SARL", ""), top[0]],
        ["Loyer HC"],
    )
    low = min(de.LEDGER, key=lambda r: r[3])
    fact(
        d,
        "estate-low-rent",
        "table_compare",
        "name",
        [
            "Who pays the least rent across our lots?",
            "Which tenant has the cheapest flat in the November rent ledger?",
            "Lowest base rent – which tenant?",
        ],
        [low[1], "Elodie Fabre", low[1].split()[-1], low[0]],
        ["Loyer HC"],
    )
    job = max(de.WORKS, key=lambda r: num(r[5]))
    fact(
        d,
        "estate-top-job",
        "table_compare",
        "name",
        [
            "What's the most expensive job in this year's works sheet?",
            "Which maintenance item had the highest quote before tax?",
            "Biggest quote HT in Suivi_travaux_2026 – for what work?",
        ],
        [job[3], job[3].split()[0], job[0]],
        ["Quote HT"],
    )
    big = max(de.FILES, key=lambda f: num(f[3].replace("KB", "")) if f[3] else 0)
    fact(
        d,
        "estate-big-file",
        "table_compare",
        "name",
        [
            "Which is the largest file in the Lot 3B folder?",
            "What's the biggest document I have for flat 3B on disk?",
            "In the Mercière 3B folder, which file takes the most space?",
        ],
        [big[0], big[0].rsplit(".", 1)[0], "EDL_entree_Haddad"],
        [big[0]],
    )
    debit = max((r for r in de.MORNING_TX if r[3]), key=lambda r: num(r[3]))
    fact(
        d,
        "estate-top-debit",
        "table_compare",
        "name",
        [
            "What was the biggest outgoing payment on the escrow account this week?",
            "Which debit on the bank statement was the largest?",
            "Who got the most money out of the rent account recently?",
        ],
        ["Elec'Lyon", "ELEC'LYON", "F-2026-1183"],
        [debit[1]],
    )
    # ------------------------------------------------------------------------------------- differences
    fact(
        d,
        "estate-quote-cut",
        "difference",
        "amount",
        [
            "By how much did I lower the Mercière leak quote in the works sheet after the Zoom?",
            "What's the difference between the old and the new figure for TK-0588?",
            "How much came off the plumber's pre-tax price once the owner had her say?",
        ],
        eur("45,00 €"),
        [de.NEW_QUOTE],
    )
    fact(
        d,
        "estate-boiler-over",
        "difference",
        "amount",
        [
            "How much more was the boiler invoice than its quote?",
            "Gap between quote HT and invoice TTC for the A-201 boiler?",
            "By how many euros did Chauffage Rhône's bill exceed their estimate?",
        ],
        eur("385,00 €"),
        ["Boiler replacement"],
    )
    fact(
        d,
        "estate-deposit-back",
        "difference",
        "amount",
        [
            "How much of Élodie Fabre's deposit do we give back after the repaint and the missing badge?",
            "After deductions, what's left of the A-202 deposit to refund?",
            "Deposit minus the damage I noted this morning – how much does the outgoing tenant get back?",
        ],
        eur("415,00 €"),
        ["deposit held: 690,00 €"],
    )
    fact(
        d,
        "estate-balance-up",
        "difference",
        "amount",
        [
            "By how much did the escrow balance go up between my morning and afternoon bank checks?",
            "How much more was in the rent account at 16:30 than at 10:30?",
            "Change in the Banque Confluence balance over the day?",
        ],
        eur("1 145,00 €"),
        [de.BALANCE_AFTERNOON],
    )
    fact(
        d,
        "estate-ttc-saving",
        "difference",
        "amount",
        [
            "How much does dropping the call-out fee save us including VAT?",
            "Difference between the plumber's original TTC total and the one in my go-ahead mail?",
            "All taxes in, how much cheaper is the riser repair now?",
        ],
        eur("49,50 €"),
        ["1 353,00 €"],
    )
    # --------------------------------------------------------------------------------------- aggregates
    behind = [r for r in de.LEDGER if r[5] < r[3] + r[4]]
    fact(
        d,
        "estate-behind-count",
        "agg_amount",
        "number",
        [
            "How many tenants hadn't fully paid November when I first opened the ledger?",
            "Count the lots that were partial or unpaid this morning.",
            "Number of households behind on rent at the start of the day?",
        ],
        [str(len(behind)), "three"],
        ["Loyer HC"],
    )
    owed = sum(r[3] + r[4] - r[5] for r in de.LEDGER)
    fact(
        d,
        "estate-owed-total",
        "agg_amount",
        "amount",
        [
            "How much rent was outstanding in total for November this morning?",
            "Add up the unpaid balances in the rent ledger as it stood at 8:45.",
            "Total solde across all lots before any payments were recorded today?",
        ],
        eur(float(owed)),
        ["Loyer HC"],
    )
    invoiced = sum(num(r[6]) for r in de.WORKS if r[6])
    fact(
        d,
        "estate-invoiced",
        "agg_amount",
        "amount",
        [
            "How much have we been invoiced so far for works this year, tax included?",
            "Sum of the TTC invoices in the maintenance sheet?",
            "Total of the finished jobs' bills in Suivi_travaux?",
        ],
        eur(float(invoiced)),
        ["Invoice TTC"],
    )
    elec = sum(num(r[5]) for r in de.WORKS if r[4] == "Elec'Lyon")
    fact(
        d,
        "estate-elec-total",
        "agg_amount",
        "amount",
        [
            "How much have Elec'Lyon quoted us in total this year, before VAT?",
            "Add up everything the electrician quoted in the works sheet.",
            "Total HT of Elec'Lyon's jobs?",
        ],
        eur(float(elec)),
        ["Invoice TTC"],
    )
    rents_in = [r for r in de.MORNING_TX if r[4] and r[2].startswith("LOC-")]
    fact(
        d,
        "estate-transfers-in",
        "agg_amount",
        "number",
        [
            "How many tenant transfers were on the bank page when I checked it this morning?",
            "Count the rent payments that came into the escrow account in the list I saw at 10:30.",
            "Number of incoming SEPA transfers from tenants in the morning bank view?",
        ],
        [str(len(rents_in)), "four"],
        ["Recent transactions"],
    )
    # ---------------------------------------------------------------------------------------------- list
    fact(
        d,
        "estate-quote-lines",
        "list",
        "list",
        [
            "What were the items on the plumber's quote?",
            "Break down DEV-2026-0417 for me – what did they price?",
            "List the lines of the Mercière leak estimate.",
        ],
        ["leak detection && riser && ceiling && call-out"],
        ["Call-out fee"],
    )
    # ------------------------------------------------------------------------ unanswerable: traps
    for fid, family, atype, qs, absent in [
        (
            "estate-trap-foncia",
            "lookup",
            "text",
            [
                "What did the Foncia agent write about the Canuts AGM?",
                "Foncia's message about the general meeting – what was it?",
                "What did the people at Foncia want from me today?",
            ],
            "Foncia",
        ),
        (
            "estate-trap-lefebvre",
            "table_cell",
            "amount",
            [
                "How much rent does Marc Lefebvre pay?",
                "What's Lefebvre's balance in the November ledger?",
                "Marc Lefebvre's loyer?",
            ],
            "Lefebvre",
        ),
        (
            "estate-trap-invoice",
            "lookup",
            "amount",
            [
                "What's the total on Elec'Lyon invoice F-2026-1290?",
                "How much is F-2026-1290 for?",
                "Amount due on the electrician's bill F-2026-1290?",
            ],
            "F-2026-1290",
        ),
        (
            "estate-trap-teams",
            "time_in_app",
            "duration",
            [
                "How long was I in Microsoft Teams today?",
                "Total time on Teams calls?",
                "How much of my day went on Teams?",
            ],
            "Teams",
        ),
        (
            "estate-trap-bellecour",
            "lookup",
            "amount",
            [
                "What did Plomberie Bellecour quote for the leak?",
                "How much was the Bellecour plumbing estimate?",
                "Plomberie Bellecour's price for the riser?",
            ],
            "Bellecour",
        ),
        (
            "estate-trap-notary",
            "lookup",
            "email",
            [
                "What's the e-mail address of Maître Rousseau, the notary?",
                "How do I contact the notary Rousseau by mail?",
                "Rousseau's email?",
            ],
            "Rousseau",
        ),
        (
            "estate-trap-burdeau",
            "lookup",
            "datetime",
            [
                "When is the viewing at 9 rue Burdeau?",
                "What time did I book the rue Burdeau visit for?",
                "Rue Burdeau appointment – when?",
            ],
            "Burdeau",
        ),
        (
            "estate-trap-loc",
            "table_cell",
            "amount",
            [
                "What's the outstanding balance for tenant LOC-2350?",
                "How much does LOC-2350 still owe?",
                "LOC-2350 solde?",
            ],
            "LOC-2350",
        ),
    ]:
        none(d, fid, family, atype, qs, absent=absent)
    # ------------------------------------------------------ unanswerable: attribute not on screen
    for fid, family, atype, qs in [
        (
            "estate-none-mehdi-mail",
            "lookup",
            "email",
            [
                "What's Mehdi's e-mail address?",
                "How do I reach the caretaker by email?",
                "The Canuts caretaker's mail address?",
            ],
        ),
        (
            "estate-none-parking",
            "lookup",
            "amount",
            [
                "How much does Lucas Perrin pay for his parking space B-14?",
                "What's the monthly fee for parking spot B-14?",
                "Rent of the B-14 parking?",
            ],
        ),
        (
            "estate-none-fabre-phone",
            "lookup",
            "identifier",
            [
                "What's Élodie Fabre's phone number?",
                "How do I ring the tenant who moved out of A-202?",
                "Mobile of the outgoing A-202 tenant?",
            ],
        ),
        (
            "estate-none-plumber-iban",
            "lookup",
            "identifier",
            [
                "What's Plomberie Saône's IBAN?",
                "Which bank account do we pay the plumber into?",
                "Bank details of the plumbing company?",
            ],
        ),
        (
            "estate-none-owner-mail",
            "lookup",
            "email",
            [
                "What's Hélène Vasseur's e-mail address?",
                "Which address does the Mercière owner write from?",
                "Ms Vasseur's email?",
            ],
        ),
        (
            "estate-none-mercier-phone",
            "lookup",
            "identifier",
            [
                "What's Julien Mercier's phone number?",
                "How can I call the tenant of A-101?",
                "Mobile of LOC-2211?",
            ],
        ),
        (
            "estate-none-elec-siret",
            "lookup",
            "identifier",
            [
                "What's Elec'Lyon's SIRET?",
                "Company number of the electrician who did the intercom?",
                "Elec'Lyon registration number?",
            ],
        ),
    ]:
        none(d, fid, family, atype, qs)
