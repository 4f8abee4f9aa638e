"""Facts and phrasings for day "buy" (see day_buy.py), the second held-out day: lookups of every answer type,
cells and comparisons from the offer sheet, the invoice and the PowerShell table, differences and aggregates
worked out from amounts on screen (make_questions_buy.py checks the arithmetic), a list, and unanswerable
questions (traps naming a supplier, person, product, carrier, app or order never on screen, and attributes
that no frame shows of things that are). Phrasings are how a buyer would ask days later: paraphrases rather
than the labels on screen, some terse, some long, some naming the app or the time of day."""

D = "buy"


def dates(day: int, month: int, year: int) -> list[str]:
    """Ways a date can be written in an answer: 25.12.2026, 25/12/2026, 2026-12-25, 25 December, Dec 25..."""
    names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]
    names += ["November", "December"]
    name = names[month - 1]
    return sorted(
        {
            f"{day:02d}.{month:02d}.{year}",
            f"{day}.{month}.{year}",
            f"{day:02d}/{month:02d}/{year}",
            f"{day}/{month}/{year}",
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
        "buy-invoice-total",
        "lookup",
        "amount",
        [
            "How much is Voss charging us in total, VAT included?",
            "What's the gross figure on the supplier invoice I opened in Acrobat this morning?",
            "Final amount payable on RE-2026-11873?",
        ],
        amount("14.851,20"),
        ["14.851,20 €"],
    )
    fact(
        d,
        "buy-early-pay",
        "lookup",
        "amount",
        [
            "How much would we save by paying the Voss bill early?",
            "What's the Skonto worth on the Stuttgart supplier's invoice?",
            "If accounts payable settles the shaft invoice within two weeks, how many euros do we get off?",
        ],
        amount("297,02"),
        ["297,02 €"],
    )
    fact(
        d,
        "buy-ceiling",
        "lookup",
        "amount",
        [
            "What's the most Miriam is willing to spend on shaft blanks next quarter?",
            "Which budget limit did my boss give me for the Q1 blanks?",
            "Spending cap for the C45 blanks, per the email from the head of procurement?",
        ],
        amount("190.000,00"),
        ["190.000,00 €"],
    )
    fact(
        d,
        "buy-pallets",
        "lookup",
        "count",
        [
            "How many pallets came off the Voss truck?",
            "Number of pallets in this morning's delivery from Stuttgart?",
            "How big was the Voss shipment in pallets, according to the warehouse and the delivery paperwork?",
        ],
        ["19", "nineteen"],
        ["19 pallets"],
    )
    fact(
        d,
        "buy-open-pos",
        "lookup",
        "number",
        [
            "How many open purchase orders were in the CSV I loaded in PowerShell?",
            "When I counted the rows of today's open-order export in the terminal, what did I get?",
            "Total number of open POs in the export?",
        ],
        ["42", "forty-two"],
        ["$po.Count"],
    )
    fact(
        d,
        "buy-lead-fagerlund",
        "lookup",
        "duration",
        [
            "How long does Fagerlund need from order to delivery?",
            "What delivery time did Henrik give me on the phone?",
            "Fagerlund's turnaround from PO to arrival in Munich, as noted during the call around lunchtime?",
        ],
        ["6 weeks", "six weeks", "42 days"],
        ["lead time 6 weeks"],
    )
    fact(
        d,
        "buy-eta-first",
        "lookup",
        "datetime",
        [
            "When I first checked the Baltrans page this morning, in what time slot were the castings supposed to arrive?",
            "What delivery window did the carrier give for the delayed Kovářík shipment before lunch?",
            "Expected arrival window for BTL-7730-1849-DE at my first look?",
        ],
        ["08:00 && 10:00", "8:00 && 10:00", "8 am && 10 am", "8am && 10am"],
        ["27.11.2026, 08:00–10:00"],
    )
    fact(
        d,
        "buy-net-due",
        "lookup",
        "datetime",
        [
            "By when do we have to pay Voss at the latest, if we skip the early-payment discount?",
            "What's the final payment deadline on the Voss invoice?",
            "Last day to settle RE-2026-11873 without discount?",
        ],
        dates(25, 12, 2026),
        ["otherwise net by 25.12.2026"],
    )
    fact(
        d,
        "buy-gr-doc",
        "lookup",
        "identifier",
        [
            "What number did SAP give the goods receipt I booked for the Voss delivery?",
            "Which material document came out of the GR posting?",
            "Document number of this morning's goods receipt in Fiori?",
        ],
        ["5000093817"],
        ["Material document 5000093817 posted"],
    )
    fact(
        d,
        "buy-tracking-no",
        "lookup",
        "identifier",
        [
            "What's the tracking number of the castings coming from Plzeň?",
            "Which consignment number do I enter on the Baltrans site?",
            "Shipment ID for the delayed Kovářík delivery?",
        ],
        ["BTL-7730-1849-DE", "BTL-7730-1849"],
        ["BTL-7730-1849-DE"],
    )
    fact(
        d,
        "buy-new-dn",
        "lookup",
        "identifier",
        [
            "Under which delivery note will Voss send the missing shafts?",
            "What paperwork number did Sabine give for tomorrow's replacement shipment?",
            "Reference of the follow-up Lieferschein for the 20 AW-40s?",
        ],
        ["LS-88519"],
        ["delivery note LS-88519"],
    )
    fact(
        d,
        "buy-counter",
        "lookup",
        "person",
        [
            "Who found that the Voss delivery was short?",
            "Which colleague in goods-in counted the shafts?",
            "Who told me in Teams that only 380 AW-40s arrived?",
        ],
        ["Deniz Aydin", "Aydin", "Deniz"],
        ["I counted the AW-40 shafts twice"],
    )
    fact(
        d,
        "buy-fagerlund-contact",
        "lookup",
        "person",
        [
            "Who did I speak to at Fagerlund?",
            "Name of the Swedish supplier's rep from my phone call?",
            "Which person at Fagerlund Stål AB gave me the new price?",
        ],
        ["Henrik Sjöberg", "Henrik Sjoberg", "Sjöberg", "Sjoberg"],
        ["Call with Henrik Sjöberg"],
    )
    fact(
        d,
        "buy-sabine-email",
        "lookup",
        "email",
        [
            "What's Sabine Krauter's email address?",
            "Where do I send mail for the key account manager at Voss?",
            "Which address did the invoice email come from this morning?",
        ],
        ["s.krauter@voss-praezision.de"],
        ["s.krauter@voss-praezision.de"],
    )
    fact(
        d,
        "buy-fagerlund-domain",
        "lookup",
        "email",
        [
            "What email domain does Fagerlund use?",
            "Fagerlund's mail domain, from my call notes?",
            "Which domain will the written offer from Sweden come from?",
        ],
        ["fagerlund-stal.se"],
        ["henrik.sjoberg@fagerlund-stal.se"],
    )
    fact(
        d,
        "buy-export-file",
        "lookup",
        "name",
        [
            "What was the name of the file I exported the late orders to?",
            "Which CSV did I write to the reports share from PowerShell?",
            "File name of the overdue-order export on fs01?",
        ],
        ["overdue_po_2026-11-26.csv", "overdue_po_2026-11-26"],
        ["overdue_po_2026-11-26.csv"],
    )
    fact(
        d,
        "buy-invoice-pdf",
        "lookup",
        "name",
        [
            "What was the attachment on Sabine's email called?",
            "File name of the invoice PDF I read in Acrobat?",
            "Which PDF did Voss send us today?",
        ],
        ["RE-2026-11873_Voss.pdf", "RE-2026-11873_Voss"],
        ["RE-2026-11873_Voss.pdf"],
    )
    fact(
        d,
        "buy-notes-app",
        "lookup",
        "app",
        [
            "Which program did I write down the Fagerlund call in?",
            "What app did I use for my phone notes after lunch?",
            "Where did I type the notes about the new Swedish price, which application?",
        ],
        ["Notepad"],
        ["Fagerlund_call_26-11.txt"],
    )
    fact(
        d,
        "buy-delay-reason",
        "lookup",
        "text",
        [
            "Why was the Kovářík shipment held up?",
            "What caused the delay on the Baltrans consignment, according to the tracking history?",
            "Reason the castings got stuck in Regensburg?",
        ],
        ["rest period", "rest time", "driver's rest", "driving time"],
        ["driver's rest period exceeded"],
    )
    fact(
        d,
        "buy-valid-until",
        "lookup",
        "datetime",
        [
            "How long is Fagerlund's new price good for?",
            "Until what date does the revised Swedish offer hold?",
            "When does the 7,42 € price expire?",
        ],
        dates(31, 1, 2027),
        ["price valid until 31.01.2027"],
    )
    fact(
        d,
        "buy-deniz-time",
        "lookup",
        "datetime",
        [
            "What time did the warehouse tell me about the missing shafts?",
            "When did Deniz send the message about the count being off?",
            "At what time this morning was I told only 380 pieces had arrived?",
        ],
        ["08:14", "8:14"],
        ["I counted the AW-40 shafts twice"],
    )
    fact(
        d,
        "buy-carrier-missing",
        "lookup",
        "name",
        [
            "Which parcel service is bringing the replacement shafts?",
            "How is Voss shipping the 20 missing pieces, with which company?",
            "Who's the courier for tomorrow's make-up delivery from Stuttgart?",
        ],
        ["DPD"],
        ["shipped by DPD"],
    )
    fact(
        d,
        "buy-supplier-no",
        "lookup",
        "identifier",
        [
            "What's Voss's vendor number in SAP?",
            "Which supplier ID does Voss Präzisionsteile have in our system?",
            "Creditor number of the Stuttgart shaft maker, from the purchase order screen?",
        ],
        ["200317"],
        ["Voss Präzisionsteile GmbH (200317)"],
    )
    # ------------------------------------------------------------------------------------- table cells
    fact(
        d,
        "buy-fagerlund-freight",
        "table_cell",
        "amount",
        [
            "How much does Fagerlund charge to ship one pallet?",
            "What's the transport cost per pallet from the Swedish supplier?",
            "Fagerlund's shipping charge per load carrier in my comparison?",
        ],
        amount("210,00"),
        ["210,00 €"],
    )
    fact(
        d,
        "buy-kovarik-moq",
        "table_cell",
        "number",
        [
            "What's the smallest order Kovářík will accept?",
            "How many pieces do we have to take at least from the Czech supplier?",
            "Kovářík's minimum quantity in the Excel comparison?",
        ],
        ["5.000", "5000", "5,000"],
        ["MOQ (pcs)"],
    )
    fact(
        d,
        "buy-sandoval-terms",
        "table_cell",
        "duration",
        [
            "How long do we get to pay Sandoval?",
            "What payment period does the Spanish supplier offer for the blanks?",
            "Days to pay on the Sandoval offer?",
        ],
        ["45 days"],
        ["45 days net"],
    )
    fact(
        d,
        "buy-aw55-price",
        "table_cell",
        "amount",
        [
            "What do we pay per AW-55 shaft?",
            "How much does one 55 mm drive shaft from Voss cost us?",
            "Price each for the AW-55 on the Voss order?",
        ],
        amount("26,80"),
        ["26,80 €", "26,80 EUR"],
    )
    fact(
        d,
        "buy-hydrotec-open",
        "table_cell",
        "number",
        [
            "How many pieces are still outstanding on the late Hydrotec order?",
            "What quantity is Hydrotec still owing us, per my PowerShell list?",
            "Open quantity for the seals supplier's overdue PO?",
        ],
        ["800"],
        ["4500187260 Hydrotec"],
    )
    # ---------------------------------------------------------------------------------- table compares
    fact(
        d,
        "buy-shortest-lead",
        "table_compare",
        "name",
        [
            "Which supplier can deliver the shaft blanks fastest?",
            "Who has the quickest turnaround among the Q1 offers?",
            "Of the five bidders, which one needs the fewest weeks?",
        ],
        ["Brandl"],
        ["Lead time (weeks)"],
    )
    fact(
        d,
        "buy-cheapest-now",
        "table_compare",
        "name",
        [
            "After I updated the comparison, which supplier had the lowest price per blank?",
            "Who's the cheapest per piece once the revised offer was in the sheet?",
            "Which bidder is now cheapest for the C45 blanks?",
        ],
        ["Fagerlund"],
        ["revised offer 26.11. (call H. Sjöberg)"],
    )
    fact(
        d,
        "buy-longest-terms",
        "table_compare",
        "name",
        [
            "Which supplier gives us the most time to pay?",
            "Who offers the longest payment period among the shaft blank offers?",
            "Most generous payment terms in the Excel price comparison: which company?",
        ],
        ["Kovářík", "Kovarik"],
        ["60 days net"],
    )
    fact(
        d,
        "buy-most-overdue",
        "table_compare",
        "name",
        [
            "Which supplier's late order has been overdue the longest?",
            "In the overdue list from the terminal, whose delivery date is the earliest?",
            "Most overdue PO: which vendor?",
        ],
        ["Sandoval"],
        ["4500187102 Sandoval"],
    )
    fact(
        d,
        "buy-biggest-line",
        "table_compare",
        "name",
        [
            "Which item makes up the largest part of the Voss invoice?",
            "What's the most expensive position on RE-2026-11873?",
            "Biggest line on the Voss bill, which article?",
        ],
        ["AW-40"],
        ["7.380,00 €"],
    )
    # ------------------------------------------------------------------------------------- differences
    fact(
        d,
        "buy-price-drop",
        "difference",
        "amount",
        [
            "By how much did Fagerlund lower its price per piece?",
            "How many cents did the Swedish supplier come down on each blank after my call?",
            "Difference between Fagerlund's old and new unit price?",
        ],
        amount("0,43"),
        ["7,42 €"],
    )
    fact(
        d,
        "buy-annual-saving",
        "difference",
        "amount",
        [
            "How much cheaper per year is Fagerlund after the price cut?",
            "What does Fagerlund's new offer save us annually compared with their first one?",
            "By how much did the yearly cost for Fagerlund fall when I updated the sheet?",
        ],
        amount("10.320,00"),
        ["178.080,00 €"],
    )
    fact(
        d,
        "buy-shortfall-value",
        "difference",
        "amount",
        [
            "What are the missing AW-40 shafts worth, net?",
            "How much should the Voss credit note be for the pieces that never arrived?",
            "Value of the short delivery at the invoiced unit price?",
        ],
        amount("369,00"),
        ["18,45 €"],
    )
    fact(
        d,
        "buy-invoice-vs-po",
        "difference",
        "amount",
        [
            "How much higher is the Voss invoice's net amount than the value of our purchase order?",
            "What's the gap between the PO value in SAP and the net total Voss billed?",
            "By how much does the invoice (before VAT) exceed the order in Fiori?",
        ],
        amount("270,00"),
        ["12.210,00 EUR"],
    )
    fact(
        d,
        "buy-headroom",
        "difference",
        "amount",
        [
            "How far under Miriam's ceiling is the Fagerlund offer for the year?",
            "How much budget would be left if we give Fagerlund the whole annual volume at the new price?",
            "Headroom between the Q1 limit and Fagerlund's revised yearly cost?",
        ],
        amount("11.920,00"),
        ["190.000,00 €"],
    )
    # --------------------------------------------------------------------------------------- aggregates
    fact(
        d,
        "buy-overdue-qty",
        "agg_amount",
        "number",
        [
            "How many pieces are outstanding across all the late orders?",
            "Add up the open quantities of the overdue POs for me.",
            "Total units still missing from overdue purchase orders, per the terminal output?",
        ],
        ["5250", "5.250", "5,250"],
        ["OpenQty"],
    )
    fact(
        d,
        "buy-overdue-count",
        "agg_amount",
        "number",
        [
            "How many of our orders are past their delivery date?",
            "Count the overdue POs I listed in PowerShell.",
            "Number of late purchase orders as of today?",
        ],
        ["5", "five"],
        ["OpenQty"],
    )
    fact(
        d,
        "buy-max-annual",
        "agg_amount",
        "amount",
        [
            "What's the most expensive yearly total among the shaft blank offers?",
            "Highest annual cost in the comparison sheet?",
            "If we went with the priciest bidder, what would the year cost us?",
        ],
        amount("200.400,00"),
        ["Annual cost (24.000 pcs)"],
    )
    fact(
        d,
        "buy-min-moq",
        "agg_amount",
        "number",
        [
            "What's the lowest minimum order quantity any of the bidders asks for?",
            "Smallest MOQ across the five offers?",
            "What's the least we could order from any supplier in the comparison?",
        ],
        ["1.000", "1000", "1,000"],
        ["MOQ (pcs)"],
    )
    fact(
        d,
        "buy-count-30",
        "agg_amount",
        "number",
        [
            "How many suppliers want to be paid within 30 days, net?",
            "Count the offers in my sheet with thirty-day terms.",
            "Number of bidders on 30 days net?",
        ],
        ["2", "two"],
        ["30 days net"],
    )
    # ---------------------------------------------------------------------------------------------- list
    fact(
        d,
        "buy-delivery-items",
        "list",
        "list",
        [
            "What was in this morning's Voss delivery?",
            "Which articles did Voss ship us on LS-88412?",
            "List the parts on the Stuttgart supplier's delivery note.",
        ],
        ["AW-40 && AW-55 && BS-12", "AW-40 && AW-55 && sleeve"],
        ["Bearing seat sleeve BS-12"],
    )
    # ------------------------------------------------------------------------ unanswerable: traps
    none(
        d,
        "buy-trap-wendt",
        "table_cell",
        "amount",
        [
            "What did Wendt Gusstechnik quote per shaft blank?",
            "How much is the Wendt offer in my comparison sheet?",
            "Wendt Gusstechnik unit price?",
        ],
        absent="Wendt",
    )
    none(
        d,
        "buy-trap-pfister",
        "lookup",
        "text",
        [
            "What did Carola Pfister write in the procurement channel?",
            "Carola Pfister's Teams message this morning, what was it about?",
            "What update did Carola Pfister post today?",
        ],
        absent="Pfister",
    )
    none(
        d,
        "buy-trap-aw70",
        "lookup",
        "amount",
        [
            "How much does the AW-70 shaft cost on the Voss invoice?",
            "What unit price did Voss bill for the AW-70?",
            "AW-70 price per piece?",
        ],
        absent="AW-70",
    )
    none(
        d,
        "buy-trap-dhl",
        "lookup",
        "identifier",
        [
            "What's the DHL tracking number for the Hydrotec seals?",
            "Which DHL consignment number did I look up today?",
            "DHL Freight shipment ID for our overdue seals?",
        ],
        absent="DHL",
    )
    none(
        d,
        "buy-trap-coupa",
        "time_in_app",
        "duration",
        [
            "How long was I in Coupa today?",
            "How much of the day went into the Coupa procurement portal?",
            "Total time in Coupa?",
        ],
        absent="Coupa",
    )
    none(
        d,
        "buy-trap-nowak",
        "lookup",
        "email",
        [
            "What's Piotr Nowak's email address?",
            "How do I reach Piotr Nowak at Kovářík by mail?",
            "Contact email for Mr Nowak?",
        ],
        absent="Nowak",
    )
    none(
        d,
        "buy-trap-po",
        "lookup",
        "datetime",
        [
            "When is PO 4500190555 due to be delivered?",
            "What delivery date does order 4500190555 have?",
            "4500190555: when should the goods arrive?",
        ],
        absent="4500190555",
    )
    # ------------------------------------------------------ unanswerable: attribute not on screen
    none(
        d,
        "buy-none-sabine-phone",
        "lookup",
        "identifier",
        [
            "What's Sabine Krauter's phone number?",
            "Which number do I call to reach my Voss account manager?",
            "Sabine's direct line?",
        ],
    )
    none(
        d,
        "buy-none-kovarik-contact",
        "lookup",
        "person",
        [
            "Who's my contact person at Kovářík?",
            "Which salesperson at the Czech foundry sent us the 2027 offer?",
            "Name of the Kovářík account manager?",
        ],
    )
    none(
        d,
        "buy-none-castings-weight",
        "lookup",
        "number",
        [
            "How heavy is the Baltrans shipment from Kovářík?",
            "What does the delayed castings consignment weigh?",
            "Gross weight of BTL-7730-1849-DE?",
        ],
    )
    none(
        d,
        "buy-none-sandoval-order-date",
        "lookup",
        "datetime",
        [
            "When did we place the overdue Sandoval order?",
            "What's the order date of PO 4500187102?",
            "On which day was the Sandoval sleeve order raised?",
        ],
    )
    none(
        d,
        "buy-none-truck-plate",
        "lookup",
        "identifier",
        [
            "What was the licence plate of the Voss truck?",
            "Registration number of the lorry that delivered to gate 3?",
            "Which truck number brought the Stuttgart delivery?",
        ],
    )
    none(
        d,
        "buy-none-fagerlund-city",
        "lookup",
        "name",
        [
            "Which town is Fagerlund based in?",
            "Where in Sweden do the Fagerlund blanks ship from, which city?",
            "Fagerlund Stål's home city?",
        ],
    )
    none(
        d,
        "buy-none-fagerlund-iban",
        "lookup",
        "identifier",
        [
            "What's Fagerlund's bank account, the IBAN?",
            "Which IBAN do we pay Fagerlund Stål to?",
            "Bank details for the Swedish blank supplier?",
        ],
    )
