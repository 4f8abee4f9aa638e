"""Facts and phrasings for day "sales" (see day_sales.py), the held-out day: lookups of every answer type,
table cells and comparisons on the pipeline sheet and the quote, differences and aggregates worked out from
the amounts on screen (make_questions_sales.py checks the arithmetic), a list, and unanswerable questions
(traps naming something never on screen, and attributes that no frame shows for something that is).
Phrasings are how someone would ask days later: paraphrases, not the labels on screen."""

D = "sales"


def dates(day: int, month: int, year: int) -> list[str]:
    """Ways a date can be written in an answer: 18/12/2026, 18.12.2026, 2026-12-18, 18 December, Dec 18..."""
    names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]
    names += ["November", "December"]
    name = names[month - 1]
    return sorted(
        {
            f"{day:02d}/{month:02d}/{year}",
            f"{day}/{month}/{year}",
            f"{day:02d}.{month:02d}.{year}",
            f"{year}-{month:02d}-{day:02d}",
            f"{day} {name}",
            f"{day} {name[:3]}",
            f"{name} {day}",
            f"{name[:3]} {day}",
        }
    )


def register(fact, none, amount):
    d = D
    # ------------------------------------------------------------------------------------------ lookups
    fact(
        d,
        "sales-harrowgate-before",
        "lookup",
        "amount",
        [
            "How much was the Harrowgate opportunity worth in the CRM before I changed it?",
            "What value did HubSpot have for the Harrowgate expansion when I first opened it this morning?",
            "Harrowgate deal size as originally recorded, before my update?",
        ],
        amount("86,400.00"),
        ["£86,400.00"],
    )
    fact(
        d,
        "sales-quote-total",
        "lookup",
        "amount",
        [
            "What's the grand total on the quote Priya sent, tax included?",
            "How much will Harrowgate pay in the first year under the approved quotation, VAT and all?",
            "Bottom-line figure of the Harrowgate quote PDF?",
        ],
        amount("114,998.40"),
        ["£114,998.40"],
    )
    fact(
        d,
        "sales-lena-budget",
        "lookup",
        "amount",
        [
            "How much money has Nordhafen set aside for the first year?",
            "What spending limit did the Nordhafen IT lead mention in her email before the call?",
            "Year-one budget the German prospect told me about?",
        ],
        amount("38.400,00"),
        ["38.400,00 €"],
    )
    fact(
        d,
        "sales-jonas-limit",
        "lookup",
        "amount",
        [
            "Up to what sum can Nordhafen's CFO sign off without going to the board?",
            "How much can Jonas approve on his own, according to my call notes?",
            "What's the finance chief's approval ceiling at Nordhafen?",
        ],
        amount("50.000,00") + ["50.000"],
        ["50.000 €"],
    )
    fact(
        d,
        "sales-quote-seats",
        "lookup",
        "number",
        [
            "How many licences are we selling to Harrowgate?",
            "What user count is the Harrowgate quotation priced for?",
            "Number of seats on the deal desk-approved Harrowgate offer?",
        ],
        ["120"],
        ["120 Analytics Cloud seats", "Analytics Cloud – Professional seat"],
    )
    fact(
        d,
        "sales-contacts-count",
        "lookup",
        "count",
        [
            "How many people from Harrowgate are linked to the opportunity in HubSpot?",
            "Number of customer contacts attached to the Harrowgate deal record?",
            "How many stakeholders are associated with the Harrowgate expansion in the CRM?",
        ],
        ["3"],
        ["Contacts (3)"],
    )
    fact(
        d,
        "sales-close-date",
        "lookup",
        "datetime",
        [
            "When do we expect to close Harrowgate?",
            "What's the forecast signing date for the Harrowgate platform expansion?",
            "By which day is the Harrowgate deal supposed to be won?",
        ],
        dates(18, 12, 2026),
        ["18/12/2026"],
    )
    fact(
        d,
        "sales-countersign-by",
        "lookup",
        "datetime",
        [
            "By when does the customer have to sign the Harrowgate quote so it books this December?",
            "What deadline did deal desk give me for getting Harrowgate's signature back?",
            "Latest date for Harrowgate to countersign, per Priya?",
        ],
        dates(12, 12, 2026),
        ["12/12/2026"],
    )
    fact(
        d,
        "sales-tom-reply",
        "lookup",
        "datetime",
        [
            "What time did my manager answer me about the Nordhafen pricing?",
            "When did Tom reply in our direct chat about the pilot seat count?",
            "At what time did Tom tell me how low I could go per seat?",
        ],
        ["10:23"],
        ["10:23 AM"],
    )
    fact(
        d,
        "sales-quote-id",
        "lookup",
        "identifier",
        [
            "What's the reference number of the Harrowgate quotation?",
            "Which quote did deal desk approve this morning? Give me its number.",
            "ID of the offer document I'm sending to Gareth?",
        ],
        ["Q-2026-0418", "2026-0418"],
        ["Q-2026-0418"],
    )
    fact(
        d,
        "sales-ewm-version",
        "lookup",
        "identifier",
        [
            "Which release of their warehouse management system is Nordhafen running?",
            "What version of SAP EWM did they tell me they're on?",
            "Nordhafen's current EWM version, from the discovery call?",
        ],
        ["9.5"],
        ["SAP EWM 9.5"],
    )
    fact(
        d,
        "sales-finance-director",
        "lookup",
        "person",
        [
            "Who looks after finance at Harrowgate?",
            "Which Harrowgate contact is their finance director?",
            "Name of the money person on the Harrowgate side?",
        ],
        ["Aisha Mensah"],
        ["Finance Director"],
    )
    fact(
        d,
        "sales-lena-email",
        "lookup",
        "email",
        [
            "What's Lena's email address?",
            "How do I reach my Nordhafen contact by email?",
            "Which address did the budget-and-agenda message for the call come from?",
        ],
        ["l.vogt@nordhafen-logistik.de"],
        ["l.vogt@nordhafen-logistik.de"],
    )
    fact(
        d,
        "sales-quote-file",
        "lookup",
        "name",
        [
            "What was the PDF attached to Priya's email called?",
            "File name of the quotation I opened in the browser?",
            "Which document name did the approved Harrowgate quote have?",
        ],
        ["Brightwell_Quote_Q-2026-0418_Harrowgate.pdf", "Brightwell_Quote_Q-2026-0418_Harrowgate"],
        ["Brightwell_Quote_Q-2026-0418_Harrowgate.pdf"],
    )
    fact(
        d,
        "sales-notes-app",
        "lookup",
        "app",
        [
            "Which program did I jot down my call notes in?",
            "What app was I typing the Nordhafen notes into?",
            "Where did I write things down after the discovery call, which application?",
        ],
        ["Notepad"],
        ["Nordhafen_discovery_25-11.txt"],
    )
    fact(
        d,
        "sales-ravi-update",
        "lookup",
        "text",
        [
            "What did Ravi say about Pennine Water in the team channel?",
            "What's holding up the water utility deal, according to my colleague's post?",
            "Ravi's news on Pennine this morning?",
        ],
        ["redlines on the MSA", "redlines"],
        ["Pennine Water legal came back"],
    )
    fact(
        d,
        "sales-term",
        "lookup",
        "duration",
        [
            "How long is the Harrowgate contract?",
            "For how many months will Harrowgate be committed?",
            "What's the length of the Harrowgate subscription?",
        ],
        ["36 months", "36-month", "3 years", "three years"],
        ["36 months"],
    )
    # ------------------------------------------------------------------------------------- table cells
    fact(
        d,
        "sales-calder-amount",
        "table_cell",
        "amount",
        [
            "How big is the Calder Foods opportunity in my pipeline spreadsheet?",
            "What's Calder Foods worth in the Q4 forecast sheet?",
            "Deal value recorded for Calder?",
        ],
        amount("24,750.00"),
        ["£24,750.00"],
    )
    fact(
        d,
        "sales-pennine-probability",
        "table_cell",
        "number",
        [
            "What are our chances of winning Pennine Water, per the pipeline?",
            "How likely is the Pennine Water deal to close, as a percentage?",
            "Win likelihood on the Pennine opportunity in the EMEA sheet?",
        ],
        ["40%", "40 %", "40 per cent", "40 percent"],
        ["Probability"],
    )
    fact(
        d,
        "sales-sefton-owner",
        "table_cell",
        "person",
        [
            "Whose deal is Sefton Health Trust?",
            "Which rep is responsible for the Sefton opportunity?",
            "Who's the account owner for the NHS trust in Sefton on our pipeline?",
        ],
        ["Ravi Desai"],
        ["Sefton Health Trust"],
    )
    fact(
        d,
        "sales-support-price",
        "table_cell",
        "amount",
        [
            "How much is the yearly premium support line on the Harrowgate quote?",
            "What are we charging Harrowgate for support each year?",
            "Price of the support package in the quotation Priya approved?",
        ],
        amount("9,600.00"),
        ["Premium Support (annual)"],
    )
    # ---------------------------------------------------------------------------------- table compares
    fact(
        d,
        "sales-biggest-deal",
        "table_compare",
        "name",
        [
            "Which account is the biggest opportunity on the EMEA pipeline?",
            "What's the largest deal in the Q4 sheet, by value?",
            "Which customer tops the pipeline in pounds?",
        ],
        ["Pennine Water"],
        ["Probability"],
    )
    fact(
        d,
        "sales-least-likely",
        "table_compare",
        "name",
        [
            "Which deal are we least likely to win according to the pipeline?",
            "Which opportunity has the lowest odds in the Q4 sheet?",
            "Weakest deal in the forecast by win chance?",
        ],
        ["Tyne Freight"],
        ["Probability"],
    )
    fact(
        d,
        "sales-ravi-sooner",
        "table_compare",
        "name",
        [
            "Of Ravi's two deals, which one closes first?",
            "Which of Ravi Desai's opportunities has the earlier expected signing date?",
            "Pennine Water or Sefton: which is due to close sooner?",
        ],
        ["Sefton Health Trust", "Sefton"],
        ["Sefton Health Trust"],
    )
    # ------------------------------------------------------------------------------------- differences
    fact(
        d,
        "sales-harrowgate-raise",
        "difference",
        "amount",
        [
            "By how much did I raise the Harrowgate deal value today?",
            "How much higher is the Harrowgate amount after my update than before?",
            "What's the gap between the old and the new Harrowgate figures in the CRM?",
        ],
        amount("9,432.00"),
        ["£95,832.00"],
    )
    fact(
        d,
        "sales-budget-gap",
        "difference",
        "amount",
        [
            "How far is our Nordhafen pilot price above what they can spend in year one?",
            "What's the difference between Lena's budget and the proposal in my account plan?",
            "How much would we have to come down to fit Nordhafen's budget?",
        ],
        amount("2.850,00"),
        ["41.250,00 €", "38.400,00 €"],
    )
    fact(
        d,
        "sales-discount-value",
        "difference",
        "amount",
        [
            "How much does the multi-year discount knock off the Harrowgate licences?",
            "In pounds, what's the seat discount worth on the Harrowgate quote?",
            "Seats at list price versus what we quoted Harrowgate: how big is the reduction?",
        ],
        amount("10,368.00"),
        ["£76,032.00"],
    )
    # --------------------------------------------------------------------------------------- aggregates
    fact(
        d,
        "sales-negotiation-sum",
        "agg_amount",
        "amount",
        [
            "What's the combined value of the deals in negotiation?",
            "Add up all the opportunities at the negotiation stage for me.",
            "How much pipeline is sitting in negotiation altogether?",
        ],
        amount("82,050.00"),
        ["Negotiation"],
    )
    fact(
        d,
        "sales-max-amount",
        "agg_amount",
        "amount",
        [
            "What's the largest single deal amount on the pipeline sheet?",
            "Highest opportunity value in my Q4 forecast?",
            "How much is the biggest deal in the EMEA mid-market pipeline worth?",
        ],
        amount("132,000.00"),
        ["£132,000.00"],
    )
    fact(
        d,
        "sales-min-amount",
        "agg_amount",
        "amount",
        [
            "What's the smallest deal value in the pipeline?",
            "Lowest opportunity amount on the Q4 sheet?",
            "How much is the tiniest deal we're tracking in the EMEA pipeline?",
        ],
        amount("9,800.00"),
        ["£9,800.00"],
    )
    fact(
        d,
        "sales-proposal-count",
        "agg_amount",
        "number",
        [
            "How many opportunities are at the proposal stage?",
            "Number of deals where we've sent a proposal but not yet a contract, per the sheet?",
            "Count the pipeline rows that sit in Proposal.",
        ],
        ["2", "two"],
        ["Probability"],
    )
    # ---------------------------------------------------------------------------------------------- list
    fact(
        d,
        "sales-quote-lines",
        "list",
        "list",
        [
            "What's on the Harrowgate quote, line by line?",
            "Which products and services did we include in the quotation for Harrowgate?",
            "List the items Priya's approved quote charges for.",
        ],
        [
            "Analytics Cloud && Premium Support && Onboarding && connector",
            "seat && support && onboarding && connector",
        ],
        ["Premium Support (annual)"],
    )
    # ------------------------------------------------------------------------ unanswerable: traps
    none(
        d,
        "sales-trap-thornbury",
        "table_cell",
        "amount",
        [
            "How much is the Thornbury Retail deal worth in the pipeline?",
            "What value did we put on Thornbury Retail in the Q4 sheet?",
            "Thornbury Retail opportunity amount?",
        ],
        absent="Thornbury",
    )
    none(
        d,
        "sales-trap-sophie",
        "lookup",
        "text",
        [
            "What did Sophie Marsh post in the deals channel?",
            "Sophie Marsh's message in Zoom chat this morning: what was it about?",
            "What update did Sophie Marsh give the team today?",
        ],
        absent="Sophie Marsh",
    )
    none(
        d,
        "sales-trap-insights",
        "lookup",
        "number",
        [
            "How many Insights Pro add-on licences are on the Harrowgate quote?",
            "What quantity of Insights Pro did we quote?",
            "Number of Insights Pro seats in Priya's quotation?",
        ],
        absent="Insights Pro",
    )
    none(
        d,
        "sales-trap-kestrel",
        "lookup",
        "datetime",
        [
            "When is the renewal call with Kestrel Energy?",
            "What date did I set for the Kestrel Energy renewal meeting?",
            "Kestrel Energy renewal: which day is it scheduled?",
        ],
        absent="Kestrel",
    )
    none(
        d,
        "sales-trap-achterberg",
        "lookup",
        "email",
        [
            "What's Daniel Achterberg's email address?",
            "How do I email Daniel Achterberg at Nordhafen?",
            "Contact email for Mr Achterberg?",
        ],
        absent="Achterberg",
    )
    none(
        d,
        "sales-trap-salesforce",
        "time_in_app",
        "duration",
        [
            "How long was I in Salesforce today?",
            "How much of my morning went into Salesforce?",
            "Total time spent in the Salesforce app?",
        ],
        absent="Salesforce",
    )
    # ------------------------------------------------------ unanswerable: attribute not on screen
    none(
        d,
        "sales-none-gareth-phone",
        "lookup",
        "identifier",
        [
            "What's Gareth Lindqvist's phone number?",
            "Which number do I ring to reach Harrowgate's head of operations?",
            "Gareth's mobile, from the deal record?",
        ],
    )
    none(
        d,
        "sales-none-quote-expiry",
        "lookup",
        "datetime",
        [
            "Until when is the Harrowgate quote valid?",
            "What's the expiry date on Q-2026-0418?",
            "When does the offer we sent Harrowgate lapse?",
        ],
    )
    none(
        d,
        "sales-none-pennine-contact",
        "table_cell",
        "person",
        [
            "Who's the customer-side contact at Pennine Water?",
            "Which person working at Pennine Water are we negotiating with?",
            "Name of the buyer on Pennine Water's side?",
        ],
    )
    none(
        d,
        "sales-none-nordhafen-revenue",
        "lookup",
        "amount",
        [
            "What's Nordhafen's annual revenue?",
            "How much does Nordhafen Logistik turn over a year?",
            "Nordhafen's yearly sales figure, from the account plan?",
        ],
    )
    none(
        d,
        "sales-none-sefton-seats",
        "lookup",
        "number",
        [
            "How many seats is the Sefton Health Trust deal for?",
            "What licence count are we proposing to Sefton?",
            "Number of users in the Sefton opportunity?",
        ],
    )
