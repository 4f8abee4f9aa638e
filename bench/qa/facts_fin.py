"""Facts and phrasings for day "fin" (see day_fin.py; European formats): lookups, table questions and
unanswerable questions."""


def register(fact, none, amount):
    d = "fin"
    fact(
        d,
        "fin-invoice-total",
        "lookup",
        "amount",
        [
            "How much did I owe Brauhaus Kessler?",
            "What was the total due on invoice RE-2026-1187?",
            "What's the gross amount of Lena Vogt's invoice?",
        ],
        amount("1.237,60"),
        ["1.237,60 €"],
    )
    fact(
        d,
        "fin-invoice-due",
        "lookup",
        "datetime",
        [
            "When is the Brauhaus Kessler invoice due?",
            "By which date do I have to pay RE-2026-1187?",
            "What's the payment deadline on Lena's invoice?",
        ],
        ["03.12.2026", "3.12.2026", "2026-12-03", "December 3", "3 December", "12/3/2026", "Dec 3"],
        ["03.12.2026"],
    )
    fact(
        d,
        "fin-customer-no",
        "lookup",
        "identifier",
        [
            "What's our customer number at Brauhaus Kessler?",
            "Which customer no. is printed on invoice RE-2026-1187?",
            "Under what customer ID does the brewery know us?",
        ],
        ["KD-20931"],
        ["KD-20931"],
    )
    fact(
        d,
        "fin-invoice-domain",
        "lookup",
        "email",
        [
            "Which domain did the invoice e-mail come from?",
            "What's the mail domain of Lena Vogt's company?",
            "From what e-mail domain was RE-2026-1187 sent?",
        ],
        ["brauhaus-kessler.de"],
        ["@brauhaus-kessler.de"],
    )
    fact(
        d,
        "fin-eng-q2",
        "table_cell",
        "amount",
        [
            "What's the Q2 budget for Engineering?",
            "How much is Engineering planned to get in the second quarter?",
            "In the 2027 budget sheet, what's in the Engineering row under Q2?",
        ],
        amount("118.500,00"),
        ["Engineering"],
    )
    fact(
        d,
        "fin-sales-q3",
        "table_cell",
        "amount",
        [
            "What is Sales budgeted for in Q3?",
            "Third-quarter figure for the Sales department?",
            "In Budget 2027, the Sales row, Q3 column: what does it say?",
        ],
        amount("61.900,00"),
        ["Sales"],
    )
    fact(
        d,
        "fin-top-q1",
        "table_compare",
        "name",
        [
            "Which department has the largest Q1 budget?",
            "In the first quarter, who gets the most money in Budget 2027?",
            "Highest Q1 figure in the budget belongs to which department?",
        ],
        ["Engineering"],
        ["Engineering"],
    )
    fact(
        d,
        "fin-sales-vs-marketing-q2",
        "table_compare",
        "name",
        [
            "In Q2, is Sales or Marketing budgeted higher?",
            "Which gets more in the second quarter, Marketing or Sales?",
            "Comparing Q2, does Marketing or Sales have the bigger budget?",
        ],
        ["Sales"],
        ["Marketing", "Sales"],
    )
    fact(
        d,
        "fin-ops-peak-quarter",
        "table_compare",
        "name",
        [
            "In which quarter is the Operations budget highest?",
            "Which quarter has Operations' largest figure?",
            "For Operations, which quarter gets the most?",
        ],
        ["Q4"],
        ["Operations"],
    )
    fact(
        d,
        "fin-marketing-cut",
        "difference",
        "amount",
        [
            "By how much was Marketing's Q4 budget cut?",
            "What's the difference between the old and the new Marketing Q4 figure?",
            "How much came off the Marketing budget in the fourth quarter?",
        ],
        amount("3.200,00"),
        ["51.200,00 €", "48.000,00 €"],
    )
    fact(
        d,
        "fin-order-total",
        "lookup",
        "amount",
        [
            "What did the technikwelt order cost in total?",
            "How much was my order 302-5518827-4410?",
            "What was the order total for the docking station order?",
        ],
        amount("219,95"),
        ["219,95 €"],
    )
    fact(
        d,
        "fin-hotel-limit",
        "lookup",
        "amount",
        [
            "What's the hotel limit per night in Germany according to the travel policy?",
            "How much may a hotel night in Germany cost under the 2027 policy?",
            "Domestic nightly hotel cap in the travel policy?",
        ],
        amount("120,00"),
        ["120,00 € in Germany"],
    )
    fact(
        d,
        "fin-claim-total",
        "lookup",
        "amount",
        [
            "What was the total of my travel expense claim?",
            "How much did I claim for the Cologne trade fair trip?",
            "What does the expense claim add up to?",
        ],
        amount("417,60"),
        ["417,60 €"],
    )
    fact(
        d,
        "fin-cost-centre",
        "lookup",
        "identifier",
        [
            "Which cost centre should the Brauhaus Kessler invoice be booked on?",
            "Where did Miriam say to book the brewery invoice?",
            "What cost center was I told to use for RE-2026-1187?",
        ],
        ["KST-3120"],
        ["KST-3120"],
    )
    fact(
        d,
        "fin-cut-asker",
        "lookup",
        "person",
        [
            "Who asked to cut the Marketing Q4 budget?",
            "Which colleague wanted Marketing's fourth quarter reduced to 48.000 €?",
            "Who suggested lowering Marketing Q4?",
        ],
        ["Felix Brandt"],
        ["can we cut it to 48.000,00 €"],
    )
    fact(
        d,
        "fin-claim-hotel-perdiem",
        "agg_amount",
        "amount",
        [
            "What do hotel and per diem add up to on my expense claim?",
            "Hotel plus per diem in the travel claim: how much together?",
            "Sum of the hotel and per-diem lines of the expense form?",
        ],
        amount("294,00"),
        ["Per diem"],
    )
    fact(
        d,
        "fin-max-q4",
        "agg_amount",
        "amount",
        [
            "What's the largest single department figure for Q4 in the budget?",
            "Which department has the biggest Q4 budget and how much is it?",
            "Highest Q4 amount of any department in Budget 2027?",
        ],
        amount("131.000,00"),
        ["131.000,00 €"],
    )
    fact(
        d,
        "fin-balance-after",
        "lookup",
        "amount",
        [
            "How much was left in the account after the transfer to the brewery?",
            "What balance was shown as available after the Brauhaus Kessler payment?",
            "After paying RE-2026-1187, what was the available balance?",
        ],
        amount("23.280,52"),
        ["23.280,52 €"],
    )
    fact(
        d,
        "fin-review-date",
        "lookup",
        "datetime",
        [
            "When is the final budget review?",
            "What date did Felix set for the Budget 2027 review?",
            "On which day is the final review of the budget?",
        ],
        ["25.11.2026", "2026-11-25", "November 25", "25 November", "11/25/2026", "Nov 25"],
        ["25.11.2026"],
    )

    none(
        d,
        "fin-trap-schmitt",
        "lookup",
        "amount",
        [
            "What did the invoice from Brauerei Schmitt total?",
            "How much do we owe Brauerei Schmitt?",
            "Brauerei Schmitt's invoice amount?",
        ],
        absent="Schmitt",
    )
    none(
        d,
        "fin-trap-keller",
        "lookup",
        "text",
        [
            "What did Anna Keller say about the budget?",
            "Anna Keller's message about Budget 2027: what was it?",
            "Did Anna Keller comment on the budget, and what did she write?",
        ],
        absent="Keller",
    )
    none(
        d,
        "fin-trap-legal",
        "table_cell",
        "amount",
        [
            "What's the Q2 figure for Legal in the budget?",
            "How much is the Legal department budgeted for in the second quarter?",
            "Legal row, Q2 column of Budget 2027?",
        ],
        absent="Legal",
    )
    none(
        d,
        "fin-none-iban",
        "lookup",
        "identifier",
        [
            "What was the IBAN on the Brauhaus Kessler invoice?",
            "Which bank account number did the brewery ask us to pay to?",
            "Account IBAN for the RE-2026-1187 payment?",
        ],
    )
    none(
        d,
        "fin-none-fx",
        "lookup",
        "number",
        [
            "What exchange rate was used for the bank transfer?",
            "At which currency conversion rate was the brewery paid?",
            "The FX rate on the Nordbank transfer?",
        ],
    )
    none(
        d,
        "fin-none-vat-id",
        "lookup",
        "identifier",
        [
            "What is technikwelt's VAT ID?",
            "Which VAT registration number did technikwelt.de show?",
            "technikwelt's tax identification number on the order page?",
        ],
    )
