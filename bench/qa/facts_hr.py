"""Facts and phrasings for day "hr" (see day_hr.py), the dev2 tuning day: table cells and comparisons,
differences and sums, lookups of many answer types, lists, and unanswerable questions (traps that name
something never on screen, and attributes that are not shown for something that is)."""


def register(fact, none, amount):
    d = "hr"
    # ------------------------------------------------------------------------------------- table cells
    fact(
        d,
        "hr-hc-support-may",
        "table_cell",
        "number",
        [
            "What's the planned Support headcount for May 2027?",
            "How many people will the support team have in May, according to my headcount spreadsheet?",
            "Headcount 2027 file: which number sits in the Support row under May?",
        ],
        ["25"],
        ["Open reqs"],
    )
    fact(
        d,
        "hr-travel-sales-oct",
        "table_cell",
        "amount",
        [
            "How much did Sales spend on travel in October?",
            "What are the October 2026 travel costs of the sales department?",
            "In the Travel Q4 tab, what's the value for Sales in the Oct column?",
        ],
        amount("9.480,75"),
        ["Oct 2026"],
    )
    fact(
        d,
        "hr-wiki-vienna-cap",
        "table_cell",
        "amount",
        [
            "What's the maximum hotel rate per night for Vienna under our travel policy?",
            "How much are we allowed to pay for a hotel night in Vienna?",
            "Travel policy table: Vienna's nightly accommodation limit?",
        ],
        amount("170,00"),
        ["Hotel cap per night"],
    )
    fact(
        d,
        "hr-wiki-munich-perdiem",
        "table_cell",
        "amount",
        [
            "What's the daily allowance for a business trip to Munich?",
            "How much per diem does the company pay for Munich?",
            "In the caps and per diems table of the policy wiki, what's Munich's per diem?",
        ],
        amount("64,00"),
        ["Per diem"],
    )
    fact(
        d,
        "hr-hc-total-jan",
        "table_cell",
        "number",
        [
            "What's the total planned headcount for January 2027?",
            "How many employees altogether in Jan 2027 according to the headcount sheet?",
            "Headcount 2027, Total row, January column?",
        ],
        ["113"],
        ["Open reqs"],
    )
    fact(
        d,
        "hr-travel-people-oct",
        "table_cell",
        "amount",
        [
            "How much did the People team spend on travel in October?",
            "October travel cost for People, our own department?",
            "Travel Q4 sheet: People, Oct 2026?",
        ],
        amount("2.145,60"),
        ["Oct 2026"],
    )
    fact(
        d,
        "hr-invoice-city-tax",
        "table_cell",
        "amount",
        [
            "What was the city tax per night on my Vienna hotel invoice?",
            "Unit price of the Ortstaxe on invoice 2026/48817?",
            "How much tourist tax did the hotel charge for each night?",
        ],
        amount("3,20"),
        ["Ortstaxe / City tax"],
    )
    # ---------------------------------------------------------------------------------- table compares
    fact(
        d,
        "hr-travel-top-nov",
        "table_compare",
        "name",
        [
            "Which department spent the most on travel in November?",
            "Who had the biggest travel bill in Nov 2026?",
            "Looking at the Travel Q4 sheet, which row has the highest November figure?",
        ],
        ["Sales"],
        ["Oct 2026"],
    )
    fact(
        d,
        "hr-travel-eng-vs-mkt-oct",
        "table_compare",
        "name",
        [
            "In October, did Engineering or Marketing spend more on travel?",
            "Which was higher in October's travel costs, Marketing or Engineering?",
            "Comparing October travel spend of engineering versus marketing, which team is ahead?",
        ],
        ["Engineering"],
        ["Oct 2026"],
    )
    fact(
        d,
        "hr-hc-fewest-reqs",
        "table_compare",
        "name",
        [
            "Which team has the fewest open reqs?",
            "Where are the fewest vacancies in the 2027 headcount plan?",
            "The lowest number of open requisitions belongs to which team?",
        ],
        ["Finance"],
        ["Open reqs"],
    )
    fact(
        d,
        "hr-flat-cheapest",
        "table_compare",
        "name",
        [
            "Which of the apartments Tomasz suggested is the cheapest?",
            "What's the lowest-rent option in the temporary housing e-mail?",
            "Of ReloCare's three flats for Bastian, which one costs the least per month?",
        ],
        ["Ibiza"],
        ["Calle de Ibiza 18, 1C"],
    )
    fact(
        d,
        "hr-wiki-top-cap",
        "table_compare",
        "name",
        [
            "Which city has the highest hotel cap in the travel policy?",
            "Where is the per-night hotel limit the most generous?",
            "Of the cities in the policy's caps table, which one allows the priciest hotel?",
        ],
        ["London"],
        ["Hotel cap per night"],
    )
    fact(
        d,
        "hr-travel-top-month",
        "table_compare",
        "name",
        [
            "Which month had the highest total travel spend in Q4?",
            "In which month did our travel costs peak, going by the Total row?",
            "Across Sep, Oct and Nov, which month's overall travel was the largest?",
        ],
        ["October", "Oct"],
        ["Oct 2026"],
    )
    fact(
        d,
        "hr-flat-largest",
        "table_compare",
        "name",
        [
            "Which of the three apartments is the biggest?",
            "Which flat that Tomasz offered has the most square metres?",
            "Largest apartment by floor area in the housing options e-mail?",
        ],
        ["Castellana"],
        ["Paseo de la Castellana 112, 5A"],
    )
    # ------------------------------------------------------------------------------------- differences
    fact(
        d,
        "hr-eng-mar-change",
        "difference",
        "number",
        [
            "By how much did I change Engineering's March headcount?",
            "After Javier's correction, how many more people does Engineering have planned for March?",
            "What's the difference between the old and the new Engineering figure for March 2027?",
        ],
        ["3"],
        ["Open reqs", "should be 61"],
    )
    fact(
        d,
        "hr-sales-oct-vs-sep",
        "difference",
        "amount",
        [
            "How much more did Sales spend on travel in October than in September?",
            "By how much did the sales team's travel costs rise from Sep to Oct 2026?",
            "What's the month-over-month increase in Sales travel spend between September and October?",
        ],
        amount("2.170,75"),
        ["Oct 2026"],
    )
    fact(
        d,
        "hr-vienna-over-cap",
        "difference",
        "amount",
        [
            "How much over the Vienna hotel cap was my nightly room rate?",
            "By how much per night did my Hotel Am Stephansplatz room exceed the policy limit?",
            "What's the gap between what I paid per night in Vienna and what the travel policy allows?",
        ],
        amount("19,00"),
        ["189,00 €", "Hotel cap per night"],
    )
    fact(
        d,
        "hr-flat-rent-gap",
        "difference",
        "amount",
        [
            "How much more per month is the Castellana apartment than the one on Calle de Ibiza?",
            "What's the monthly rent difference between the priciest and the cheapest flat Tomasz offered?",
            "Castellana versus Ibiza apartment: how far apart are the rents?",
        ],
        amount("550,00"),
        ["Paseo de la Castellana 112, 5A", "Calle de Ibiza 18, 1C"],
    )
    # ----------------------------------------------------------------------------------------- sums
    fact(
        d,
        "hr-breakfast-minibar",
        "agg_amount",
        "amount",
        [
            "How much did breakfast and the minibar cost together on the Vienna hotel bill?",
            "Breakfast plus minibar on invoice 2026/48817: what's the sum?",
            "What did food and drinks come to at Hotel Am Stephansplatz, breakfast and minibar combined?",
        ],
        amount("86,30"),
        ["Minibar", "Frühstücksbuffet / Breakfast"],
    )
    fact(
        d,
        "hr-support-travel-q4",
        "agg_amount",
        "amount",
        [
            "What did Support spend on travel in total across September, October and November?",
            "Sum of the support team's travel costs so far in Q4?",
            "Add up Support's three monthly travel figures: what's the total?",
        ],
        amount("3.785,30"),
        ["Oct 2026"],
    )
    fact(
        d,
        "hr-hc-support-sales-jun",
        "agg_amount",
        "number",
        [
            "How many people will Support and Sales have together in June 2027?",
            "What's the combined June headcount of the support and sales teams?",
            "If I add Sales and Support for Jun 2027, what total headcount do I get?",
        ],
        ["46"],
        ["Open reqs"],
    )
    fact(
        d,
        "hr-invoice-vat",
        "agg_amount",
        "amount",
        [
            "How much VAT in total did the hotel invoice include?",
            "Sum of both VAT lines on the Stephansplatz bill?",
            "Total MwSt. contained in invoice 2026/48817?",
        ],
        amount("60,36"),
        ["VAT 10 %", "VAT 20 %"],
    )
    # ---------------------------------------------------------------------------------------- lookups
    fact(
        d,
        "hr-219-assignee",
        "lookup",
        "person",
        [
            "Who is assigned to PEOPLE-219?",
            "Who owns the Q1 support hiring plan ticket?",
            "Which colleague is the assignee on the Jira issue about hiring for the support team?",
        ],
        ["Javier Ortega"],
        ["Support needs 3 additional agents"],
    )
    fact(
        d,
        "hr-tomasz-email",
        "lookup",
        "email",
        [
            "What's Tomasz Wojcik's e-mail address?",
            "Which address did the temporary housing e-mail come from?",
            "How do I write to the ReloCare relocation consultant, what's his mail address?",
        ],
        ["t.wojcik@relocare.eu"],
        ["t.wojcik@relocare.eu"],
    )
    fact(
        d,
        "hr-214-due",
        "lookup",
        "datetime",
        [
            "When is PEOPLE-214 due?",
            "What's the deadline on Bastian Keller's onboarding ticket?",
            "By what date does the onboarding issue for the new robotics engineer have to be finished?",
        ],
        [
            "04 Dec",
            "4 Dec",
            "Dec 4",
            "December 4",
            "4 December",
            "04 December",
            "2026-12-04",
            "04.12.",
            "4.12.",
            "04/12/2026",
            "4/12/2026",
            "12/04/2026",
            "12/4/2026",
        ],
        ["04 Dec 2026"],
    )
    fact(
        d,
        "hr-flight-landing",
        "lookup",
        "datetime",
        [
            "What time does Bastian's flight land?",
            "When is Bastian Keller arriving in Madrid on 6 December?",
            "Arrival time of flight LH1804?",
        ],
        ["18:40", "6:40"],
        ["LH1804"],
    )
    fact(
        d,
        "hr-flight-number",
        "lookup",
        "identifier",
        [
            "What's Bastian's flight number?",
            "Which flight is Bastian Keller coming in on from Munich?",
            "Flight code of the new hire's arrival on Sunday?",
        ],
        ["LH1804", "LH 1804"],
        ["LH1804"],
    )
    fact(
        d,
        "hr-hotel-total",
        "lookup",
        "amount",
        [
            "What was the total on the Vienna hotel invoice?",
            "How much did my stay at Hotel Am Stephansplatz cost altogether?",
            "Invoice 2026/48817: grand total?",
        ],
        amount("662,90"),
        ["662,90 €"],
    )
    fact(
        d,
        "hr-wed-1430",
        "lookup",
        "name",
        [
            "What meeting do I have on Wednesday at 14:30?",
            "What's in my calendar for Wednesday afternoon at half past two?",
            "Which appointment starts at 2:30 pm on 25 November?",
        ],
        ["Benefits vendor demo", "Cobee"],
        ["Benefits vendor demo – Cobee"],
    )
    fact(
        d,
        "hr-review-room",
        "lookup",
        "name",
        [
            "Which room is the headcount review in on Friday?",
            "Where does the Headcount review 2027 meeting take place?",
            "Location of Friday's headcount review?",
        ],
        ["Sala Alcalá", "Sala Alcala", "Alcalá", "Alcala"],
        ["Headcount review 2027"],
    )
    fact(
        d,
        "hr-hotel-file",
        "lookup",
        "name",
        [
            "What's the file name of the hotel invoice I downloaded?",
            "Under which name was the Vienna receipt saved in Downloads?",
            "Which PDF in my Downloads folder came from Hotel Am Stephansplatz?",
        ],
        ["Rechnung_2026-48817_Hotel_Am_Stephansplatz.pdf", "Rechnung_2026-48817"],
        ["Rechnung_2026-48817_Hotel_Am_Stephansplatz.pdf"],
    )
    fact(
        d,
        "hr-contract-size",
        "lookup",
        "number",
        [
            "How big is Bastian's signed contract PDF?",
            "What's the file size of Bastian_Keller_Contrato_firmado.pdf?",
            "How much disk space does the signed employment contract in Downloads take?",
        ],
        ["1.402 KB", "1,402 KB", "1402 KB", "1.4 MB", "1,4 MB"],
        ["Bastian_Keller_Contrato_firmado.pdf"],
    )
    fact(
        d,
        "hr-claim-deadline",
        "lookup",
        "number",
        [
            "How many days do I have to submit travel receipts?",
            "What's the deadline for handing in expense claims after a trip?",
            "Per the travel policy, within how long after a trip must receipts be filed?",
        ],
        ["45 days", "45"],
        ["within 45 days"],
    )
    fact(
        d,
        "hr-222-points",
        "lookup",
        "number",
        [
            "How many story points is PEOPLE-222?",
            "What's the estimate on the ticket for booking the Valencia offsite venue?",
            "Story point value of the offsite venue issue on the sprint board?",
        ],
        ["3"],
        ["PEOPLE-222"],
    )
    fact(
        d,
        "hr-reply-choice",
        "lookup",
        "text",
        [
            "Which apartment did I ask Tomasz to reserve?",
            "In my reply to ReloCare, which flat did I pick for Bastian?",
            "What address did I tell the relocation agency to book?",
        ],
        ["Calle de Ibiza 18", "Ibiza 18"],
        ["please reserve Calle de Ibiza 18"],
    )
    fact(
        d,
        "hr-laptop-person",
        "lookup",
        "person",
        [
            "Who said Bastian's laptop is ready?",
            "Which colleague reported the ThinkPad for the new hire as set up?",
            "From whom did I hear that the notebook with tag QR-LT-0931 was prepared?",
        ],
        ["Sergio Prieto"],
        ["QR-LT-0931"],
    )
    fact(
        d,
        "hr-laptop-tag",
        "lookup",
        "identifier",
        [
            "What's the asset tag of Bastian's laptop?",
            "Which inventory number did IT give the new engineer's ThinkPad?",
            "Laptop asset ID that Sergio mentioned?",
        ],
        ["QR-LT-0931"],
        ["QR-LT-0931"],
    )
    fact(
        d,
        "hr-headcount-file-deadline",
        "lookup",
        "datetime",
        [
            "By when does Marta want the updated headcount file?",
            "What's the deadline Marta gave me for sending Headcount 2027?",
            "When do I have to get the new headcount spreadsheet to Marta?",
        ],
        ["Thursday && 12:00", "Thursday && noon", "Thu && 12:00", "26.11 && 12:00", "26/11 && 12:00"],
        ["by Thursday 12:00"],
    )
    # ------------------------------------------------------------------------------------------ lists
    fact(
        d,
        "hr-channel-posters",
        "list",
        "list",
        [
            "Which people posted in the People Ops channel today?",
            "Who wrote messages in the People Ops Teams channel?",
            "List everyone other than me who posted in People Ops.",
        ],
        ["Javier Ortega && Marta Gil && Sergio Prieto && Irene Molina"],
        ["People Ops (Quintana HQ)"],
    )
    fact(
        d,
        "hr-in-review",
        "list",
        "list",
        [
            "Which tickets are in the In Review column of the People Ops board?",
            "What's waiting for review on the PEOPLE sprint board?",
            "List the issues that are in review in PEOPLE Sprint 23.",
        ],
        ["PEOPLE-211 && PEOPLE-217"],
        ["IN REVIEW 2"],
    )
    fact(
        d,
        "hr-interview-attendees",
        "list",
        "list",
        [
            "List all the attendees of the Noor Haddad interview.",
            "Which people were invited to Tuesday's 11:00 interview?",
            "Who's on the invite for the Support Lead interview?",
        ],
        ["Noor Haddad && Javier Ortega && Elena Soto"],
        ["Attendees:"],
    )

    # ------------------------------------------------------------------------ unanswerable: traps
    none(
        d,
        "hr-trap-people240",
        "lookup",
        "datetime",
        [
            "What's the due date of PEOPLE-240?",
            "When does ticket PEOPLE-240 have to be done?",
            "Deadline of the Jira issue PEOPLE-240?",
        ],
        absent="PEOPLE-240",
    )
    none(
        d,
        "hr-trap-sacher",
        "lookup",
        "amount",
        [
            "How much was the Hotel Sacher invoice?",
            "What did my stay at the Sacher in Vienna cost in total?",
            "Total amount on the receipt from Hotel Sacher?",
        ],
        absent="Sacher",
    )
    none(
        d,
        "hr-trap-carmen",
        "lookup",
        "text",
        [
            "What did Carmen Delgado post in the People Ops channel?",
            "Carmen Delgado's message in Teams: what did it say?",
            "In People Ops, what did Carmen Delgado write about the new hire?",
        ],
        absent="Carmen",
    )
    none(
        d,
        "hr-trap-logistics",
        "table_cell",
        "number",
        [
            "What's the Logistics headcount in March 2027?",
            "How many people does the logistics team have planned for March?",
            "Headcount 2027 sheet: Logistics row, Mar 2027 column?",
        ],
        absent="Logistics",
    )
    none(
        d,
        "hr-trap-factorial",
        "lookup",
        "datetime",
        [
            "When is the demo with Factorial?",
            "What time did I schedule the Factorial HR software presentation?",
            "Which day is the Factorial vendor meeting in my calendar?",
        ],
        absent="Factorial",
    )
    none(
        d,
        "hr-trap-rafael",
        "lookup",
        "email",
        [
            "What's Rafael Núñez's e-mail address?",
            "Which address does Rafael Núñez write from?",
            "How can I e-mail Rafael Núñez, what's his address?",
        ],
        absent="Rafael",
    )
    none(
        d,
        "hr-trap-legal",
        "table_cell",
        "amount",
        [
            "What did Legal spend on travel in October?",
            "October travel costs of the legal department?",
            "Travel Q4 tab: Legal row, Oct 2026?",
        ],
        absent="Legal",
    )
    none(
        d,
        "hr-trap-people299",
        "first_seen",
        "datetime",
        [
            "When did I first see PEOPLE-299?",
            "What time did ticket PEOPLE-299 first show up on my screen?",
            "Earliest sighting of PEOPLE-299 today?",
        ],
        absent="PEOPLE-299",
    )
    # ---------------------------------------------------- unanswerable: attribute not on screen
    none(
        d,
        "hr-none-cobee-room",
        "lookup",
        "name",
        [
            "Which room is the Cobee benefits demo in?",
            "Where does Wednesday's benefits vendor demo take place?",
            "What's the location of the meeting with Cobee?",
        ],
    )
    none(
        d,
        "hr-none-222-due",
        "lookup",
        "datetime",
        [
            "When is PEOPLE-222 due?",
            "What's the deadline for booking the offsite venue in Valencia?",
            "Due date of the Valencia offsite venue ticket?",
        ],
    )
    none(
        d,
        "hr-none-222-priority",
        "lookup",
        "text",
        [
            "What priority does PEOPLE-222 have?",
            "How urgent is the Valencia offsite venue ticket, what's its priority?",
            "Is the offsite venue booking issue high, medium or low priority?",
        ],
    )
    none(
        d,
        "hr-none-tomasz-phone",
        "lookup",
        "identifier",
        [
            "What's Tomasz Wojcik's phone number?",
            "Which number can I call the ReloCare consultant on?",
            "Tomasz's telephone number from his e-mail signature?",
        ],
    )
    none(
        d,
        "hr-none-eng-jul",
        "table_cell",
        "number",
        [
            "What's Engineering's planned headcount for July 2027?",
            "How many engineers are budgeted for July in Headcount 2027?",
            "Headcount sheet, Engineering row, Jul 2027?",
        ],
    )
    none(
        d,
        "hr-none-hotel-room",
        "lookup",
        "identifier",
        [
            "What was my room number at Hotel Am Stephansplatz?",
            "What was the number of my hotel room in Vienna?",
            "Room number on the Stephansplatz invoice?",
        ],
    )
    none(
        d,
        "hr-none-sales-dec",
        "table_cell",
        "amount",
        [
            "What's the Sales travel spend for December 2026?",
            "How much did Sales spend on travel in December?",
            "Travel Q4 sheet: Sales, Dec 2026?",
        ],
    )
    none(
        d,
        "hr-none-226-reporter",
        "lookup",
        "person",
        [
            "Who reported PEOPLE-226?",
            "Who created the ticket about updating the parental leave page?",
            "Reporter of the parental leave wiki issue?",
        ],
    )
