"""Facts and phrasings for day "site" (see day_site.py), the seventh held-out day: lookups of every answer type
(a concrete supplier's pour confirmation, an engineer's RFI answer, a client's variation approval, a QS's
mail, the foreman's WhatsApp messages, Teams chats, a variation PDF, a bill in the accounts app, a maps page,
notes), cells and comparisons from the progress claim, the site diary, the forecast, the RFI, defect and pour
tables and the drawing register, differences (of two values on screen, or one value at two moments) and
aggregates worked out from values on screen (make_questions_site.py checks the arithmetic against the strings
the day draws), a list, and unanswerable questions (traps naming a subcontractor, person, RFI, defect,
variation, level or app never on screen, and attributes that no frame shows of people and things that are).
Phrasings are how a project coordinator in Melbourne would ask later: a plain one, one in other words than
the screen's (the trade's shorthand, a description instead of the name), and a terse one or one with a
relative time ('this morning', 'after lunch', 'around 4'). Amounts accept $48,250.00 / 48250 / 48,250 and
the short forms where the screen writes them (A$1.2m, AUD 310k)."""

from __future__ import annotations

import day_site as ds
from facts_buy import dates

D = "site"


def dollars(value: float, amount, words: tuple[str, ...] = ()) -> list[str]:
    """make_questions.amount's forms of the amount, the same with a dollar sign, and any spelled forms."""
    forms = set(amount(f"{value:,.2f}"))
    forms |= {f"${f}" for f in list(forms) if "," not in f[-3:]}
    forms.update(words)
    return sorted(forms)


def au_dates(day: int, month: int, year: int) -> list[str]:
    return sorted(set(dates(day, month, year)))


def register(fact, none, amount):
    d = D
    aud = lambda value, *words: dollars(value, amount, words)  # noqa: E731
    # ------------------------------------------------------------------------------------------ lookups
    fact(
        d,
        "site-pour-order",
        "lookup",
        "identifier",
        [
            "What's Basalt's order number for Wednesday's Level 4 pour?",
            "Which reference did the concrete supplier give the Zone A slab booking?",
            "basalt order no.?",
        ],
        [ds.POUR_ORDER, "558213"],
        [f"Confirming order no. {ds.POUR_ORDER}"],
    )
    fact(
        d,
        "site-pour-rate",
        "lookup",
        "amount",
        [
            "What rate per cubic metre is Basalt charging for the Level 4 concrete?",
            "How much a cube is the N40 costing us, going by the pour confirmation?",
            "concrete $/m3 for wednesday?",
        ],
        aud(ds.POUR_RATE),
        [f"Rate ${ds.POUR_RATE:,.2f}/m³ + GST"],
    )
    fact(
        d,
        "site-core-dia",
        "lookup",
        "number",
        [
            "What's the biggest core the engineer will allow at grid C/4 on Level 3?",
            "How large can the slab penetration be, per Felsen's answer to the RFI this morning?",
            "max core size C/4?",
        ],
        ["150 mm", "150mm", "150"],
        ["A core of max. 150 mm diameter"],
    )
    fact(
        d,
        "site-vo-amount",
        "lookup",
        "amount",
        [
            "How much did the client approve VO-021 for, before GST?",
            "What's the ex-GST value of the balcony balustrade variation Merri Creek signed off?",
            "VO-021 value ex GST?",
        ],
        aud(ds.VO_TOTAL),
        ["approves VO-021 for"],
    )
    fact(
        d,
        "site-vo-incl",
        "lookup",
        "amount",
        [
            "What's VO-021 worth including GST?",
            "With the tax added, what does the Level 5 balustrade change come to?",
            "balustrade variation inc GST?",
        ],
        aud(ds.VO_TOTAL + ds.VO_GST),
        ["Total (incl. GST)"],
    )
    fact(
        d,
        "site-bill-total",
        "lookup",
        "amount",
        [
            "What's the total on Voltline's bill INV-3307, GST included?",
            "How much do we owe the sparkies on their latest invoice, all up?",
            "INV-3307 total?",
        ],
        aud(ds.BILL_SUB + ds.BILL_GST),
        ["Bill from Voltline Electrical Pty Ltd"],
    )
    fact(
        d,
        "site-voltline-abn",
        "lookup",
        "identifier",
        [
            "What's Voltline Electrical's ABN?",
            "Which business number is on the electrician's bill?",
            "voltline abn?",
        ],
        [ds.VOLTLINE_ABN, ds.VOLTLINE_ABN.replace(" ", "")],
        [ds.VOLTLINE_ABN],
    )
    fact(
        d,
        "site-darren-mobile",
        "lookup",
        "identifier",
        [
            "What's Darren Kowalski's mobile number?",
            "How do I ring the site manager on his mobile?",
            "Darren's mobile?",
        ],
        ["+61 412 558 207", "0412 558 207", "0412558207", "+61412558207", "412 558 207"],
        ["M +61 412 558 207"],
    )
    fact(
        d,
        "site-scaffold-tag",
        "lookup",
        "identifier",
        [
            "What's the tag number on the north scaffold?",
            "Which inspection tag did Macca send me for the scaffold that passed?",
            "scaffold tag no.?",
        ],
        [ds.SCAFFOLD_TAG, "2209"],
        [f"tag {ds.SCAFFOLD_TAG}"],
    )
    fact(
        d,
        "site-bill-due",
        "lookup",
        "datetime",
        [
            "When is Voltline's bill INV-3307 due?",
            "By what date do we have to pay the electrician's invoice?",
            "voltline due date?",
        ],
        au_dates(30, 11, 2026),
        ["Due date"],
    )
    fact(
        d,
        "site-gate-code",
        "lookup",
        "identifier",
        [
            "What's the new keypad code for Gate 2?",
            "Security changed the code on the side gate today — what is it now?",
            "gate 2 code?",
        ],
        [ds.GATE_CODE, ds.GATE_CODE.rstrip("#")],
        [f"Gate 2 keypad is {ds.GATE_CODE}"],
    )
    fact(
        d,
        "site-rfi047-engineer",
        "lookup",
        "person",
        [
            "Who answered RFI-047?",
            "Which engineer replied about the slab penetration at grid C/4?",
            "who responded to the C/4 core RFI this morning?",
        ],
        ["Mei Tanaka", "Tanaka"],
        [ds.RFI_MAIL["subject"]],
    )
    fact(
        d,
        "site-crane-down",
        "lookup",
        "duration",
        [
            "How long was the tower crane out of action this morning?",
            "How much crane time did we lose to the hydraulic hose on TC1?",
            "TC1 downtime?",
        ],
        ["40 min", "40 minutes", "40"],
        ["TC1 tower crane out of service"],
    )
    fact(
        d,
        "site-pump-operator-time",
        "lookup",
        "datetime",
        [
            "What time is the pump operator due on site on Wednesday?",
            "When does the boom pump guy turn up for the Level 4 pour?",
            "pump op arrival wed?",
        ],
        ["5:45 am", "5:45", "05:45", "5.45 am", "5:45am"],
        ["operator on site 5:45 am"],
    )
    fact(
        d,
        "site-arch-address",
        "lookup",
        "text",
        [
            "What's the address of Studio Marlo's office?",
            "Where did I go for the design coordination meeting this afternoon?",
            "architect's studio address?",
        ],
        ["45 Gertrude Street", "45 Gertrude St"],
        ["45 Gertrude Street, Fitzroy"],
    )
    fact(
        d,
        "site-route-time",
        "lookup",
        "duration",
        [
            "How long did Maps say the drive to Studio Marlo would take on the fastest route?",
            "What was the travel time from site to the architect's office via Sydney Road?",
            "drive time to Fitzroy?",
        ],
        ["19 min", "19 minutes", "19"],
        ["via Sydney Rd and Nicholson St"],
    )
    fact(
        d,
        "site-route-km",
        "lookup",
        "number",
        [
            "How far is it from the site to Studio Marlo by the fastest route?",
            "What distance did the map show for the drive over to Fitzroy before the 3 o'clock meeting?",
            "km to the architect?",
        ],
        ["6.4 km", "6.4"],
        ["via Sydney Rd and Nicholson St"],
    )
    fact(
        d,
        "site-balcony-budget",
        "lookup",
        "amount",
        [
            "What's the client's revised budget for the balconies?",
            "How much has Merri Creek now set aside for the balcony works all up?",
            "balcony budget per Olivia?",
        ],
        ["1.2m", "A$1.2m", "$1.2m", "1.2 million", "1,200,000", "1200000"],
        ["A$1.2m all up"],
    )
    fact(
        d,
        "site-cash-headroom",
        "lookup",
        "amount",
        [
            "How much headroom does the December cash flow show after this claim?",
            "What buffer did Carla say we'd have in December once Claim 14 is in?",
            "dec cash headroom?",
        ],
        ["310k", "AUD 310k", "310,000", "310000", "$310k"],
        ["AUD 310k headroom"],
    )
    fact(
        d,
        "site-vo-eot",
        "lookup",
        "duration",
        [
            "How much extension of time does VO-021 claim?",
            "How many extra days does the balustrade variation add to the programme?",
            "VO-021 EOT?",
        ],
        ["3 working days", "3 days", "three working days", "three days", "3"],
        ["Extension of time"],
    )
    fact(
        d,
        "site-app-bill",
        "lookup",
        "app",
        [
            "Which app did I look at the Voltline bill in?",
            "Where was I when I approved the electrician's invoice — which program or site?",
            "bill INV-3307 opened in?",
        ],
        ["Bookwell", "Edge", "Microsoft Edge"],
        ["Bill INV-3307 – Bookwell - Microsoft Edge"],
    )
    fact(
        d,
        "site-meeting-length",
        "lookup",
        "duration",
        [
            "How long did the weekly subbie coordination meeting go for?",
            "How many minutes was this morning's subcontractor meeting, start to finish?",
            "coordination meeting length?",
        ],
        ["58 min", "58 minutes", "58"],
        ["Meeting ended: 10:30 am"],
    )
    fact(
        d,
        "site-sealtite-person",
        "lookup",
        "person",
        [
            "Who from Seal-Tite is responsible for fixing the Level 2 balcony upturns?",
            "Which person at the waterproofer took the membrane action from the meeting?",
            "seal-tite contact?",
        ],
        ["Renee Sato", "Renee"],
        ["Seal-Tite to fix the L2 balcony upturns"],
    )
    fact(
        d,
        "site-rfi049-subject",
        "lookup",
        "text",
        [
            "What's RFI-049 about?",
            "What was the new RFI I raised after getting back from the architect's about?",
            "RFI-049 subject?",
        ],
        ["bulkhead", "Apt 504 kitchen bulkhead clash with duct"],
        ["RFI-049"],
    )
    # -------------------------------------------------------------------------------------- table cells
    fact(
        d,
        "site-hyd-pct",
        "table_cell",
        "number",
        [
            "What percentage complete is Hydraulics in the progress claim?",
            "How far along are the plumbers, according to Claim 14?",
            "hydraulics % complete?",
        ],
        ["35.0%", "35%", "35"],
        ["Yarra Hydraulics"],
    )
    fact(
        d,
        "site-elec-contract",
        "table_cell",
        "amount",
        [
            "What's the contract value for Electrical in the claim spreadsheet?",
            "How big is Voltline's subcontract, going by the claim workbook?",
            "electrical contract sum?",
        ],
        aud(1236000.00),
        ["Voltline Electrical"],
    )
    fact(
        d,
        "site-steel-fixers",
        "table_cell",
        "count",
        [
            "How many steel fixers were on site today according to the site diary?",
            "What headcount did Tru-Fix have on the job?",
            "reo crew numbers today?",
        ],
        ["9", "nine"],
        ["Steel fixing"],
    )
    fact(
        d,
        "site-def115-trade",
        "table_cell",
        "name",
        [
            "Which trade is DEF-115 assigned to?",
            "Who has to fix the missing switchboard cover in Unit 203?",
            "DEF-115 trade?",
        ],
        ["Voltline Electrical", "Voltline"],
        ["Switchboard cover plate missing"],
    )
    fact(
        d,
        "site-thu-max",
        "table_cell",
        "number",
        [
            "What's the forecast maximum for Thursday?",
            "How hot is it meant to get on the 19th?",
            "thu max temp?",
        ],
        ["29°", "29", "29 °C", "29°C"],
        ["Thu 19 Nov"],
    )
    fact(
        d,
        "site-rfi046-due",
        "table_cell",
        "datetime",
        [
            "When was RFI-046 due?",
            "What was the response due date on the shopfront glazing head height question?",
            "RFI-046 due?",
        ],
        au_dates(12, 11, 2026),
        ["Retail shopfront glazing head height"],
    )
    fact(
        d,
        "site-zoneb-volume",
        "table_cell",
        "number",
        [
            "What volume is booked for the Level 4 Zone B slab pour?",
            "How many cubes is Friday's slab pour?",
            "P-033 volume?",
        ],
        ["74.5", "74.5 m³", "74.5 m3"],
        ["L4 slab, Zone B"],
    )
    fact(
        d,
        "site-s204-rev",
        "table_cell",
        "identifier",
        [
            "What's the current revision of drawing S-204 in the register?",
            "Which rev is the Level 4 slab plan up to?",
            "S-204 rev?",
        ],
        ["E", "Rev E"],
        ["Level 4 slab plan"],
    )
    # ---------------------------------------------------------------------------------- table compares
    fact(
        d,
        "site-biggest-balance",
        "table_compare",
        "name",
        [
            "Which trade package has the biggest balance to complete in Claim 14?",
            "Where is most of the remaining contract money still sitting, by package?",
            "largest balance to complete?",
        ],
        ["Electrical", "Voltline Electrical", "Voltline"],
        ["Balance to complete"],
    )
    fact(
        d,
        "site-most-workers",
        "table_compare",
        "name",
        [
            "Which trade had the most workers on site today?",
            "Who had the biggest crew on the job, going by the diary?",
            "largest trade headcount?",
        ],
        ["Formwork", "Southbank Formwork & Concrete", "Southbank Formwork"],
        ["Labour on site"],
    )
    fact(
        d,
        "site-hottest-day",
        "table_compare",
        "name",
        [
            "Which day this week is forecast to be the hottest?",
            "When's the warmest day coming up, per the seven-day outlook?",
            "hottest day in the forecast?",
        ],
        ["Thu 19 Nov", "Thursday", "Thu"],
        ["Chance of rain"],
    )
    fact(
        d,
        "site-oldest-open-rfi",
        "table_compare",
        "identifier",
        [
            "Which open RFI has been open the longest?",
            "What's our most overdue unanswered question to the consultants?",
            "oldest open RFI?",
        ],
        ["RFI-046", "046"],
        ["Days open"],
    )
    fact(
        d,
        "site-biggest-vo-item",
        "table_compare",
        "text",
        [
            "What's the biggest line item in VO-021?",
            "Which part of the balustrade variation costs the most?",
            "largest VO-021 item?",
        ],
        ["aluminium palisade balustrade", "Supply 1,200 mm aluminium palisade balustrade"],
        ["Supply 1,200 mm aluminium palisade balustrade"],
    )
    # ------------------------------------------------------------------------------------- differences
    fact(
        d,
        "site-concrete-change",
        "difference",
        "amount",
        [
            "By how much did the concrete supply figure in this claim change after the dockets were reconciled?",
            "How much did I add to Basalt's line in the claim this afternoon?",
            "concrete this-claim change?",
        ],
        aud(ds.CONCRETE_NEW - 186400.00),
        ["Concrete supply"],
    )
    fact(
        d,
        "site-wed-rain-change",
        "difference",
        "number",
        [
            "By how many points did the chance of rain for Wednesday go up between the morning and afternoon forecasts?",
            "How much worse did the rain odds for pour day get over the day?",
            "wed rain chance change?",
        ],
        ["30", "30%", "30 percentage points", "30 points"],
        ["Wed 18 Nov"],
    )
    fact(
        d,
        "site-headcount-change",
        "difference",
        "count",
        [
            "How many more workers were on site in the afternoon than in the morning diary entry?",
            "By how much did the site headcount go up after lunch?",
            "headcount change am to pm?",
        ],
        ["2", "two"],
        ["Total on site"],
    )
    fact(
        d,
        "site-zone-diff",
        "difference",
        "number",
        [
            "How much bigger is the Zone A slab pour than Zone B?",
            "What's the difference in cubes between Wednesday's and Friday's slab pours?",
            "zone A minus zone B m3?",
        ],
        ["11.5", "11.5 m³", "11.5 m3"],
        ["L4 slab, Zone A"],
    )
    fact(
        d,
        "site-claim-total-change",
        "difference",
        "amount",
        [
            "How much did the claim total (excl. GST) grow between when I first opened it this morning and the end of the day?",
            "By how much did Claim 14's ex-GST total go up over the day?",
            "claim total change today?",
        ],
        aud(ds.claim_total(True, ds.CONCRETE_NEW)[0] - ds.claim_total(False, 186400.00)[0]),
        ["Total this claim (excl. GST)"],
    )
    # --------------------------------------------------------------------------------------- aggregates
    fact(
        d,
        "site-open-rfis-end",
        "agg_amount",
        "count",
        [
            "How many RFIs were still open at the end of the day?",
            "By this evening, how many questions to the consultants were still unanswered?",
            "open RFIs now?",
        ],
        ["3", "three"],
        ["Requests for information"],
    )
    fact(
        d,
        "site-open-defects-end",
        "agg_amount",
        "count",
        [
            "How many defects were open when I last looked at the list?",
            "How many snags are still outstanding after today's walk?",
            "open defects count?",
        ],
        ["5", "five"],
        ["Defects and snags"],
    )
    fact(
        d,
        "site-week-pour-volume",
        "agg_amount",
        "number",
        [
            "How much concrete is scheduled across all this week's pours?",
            "What's the total volume on the pour schedule for the week?",
            "total m3 this week?",
        ],
        ["179.8", "179.8 m³", "179.8 m3"],
        ["Concrete pour schedule"],
    )
    fact(
        d,
        "site-for-construction-count",
        "agg_amount",
        "count",
        [
            "How many drawings in the register are issued For construction?",
            "How many sheets are we allowed to build from, per the drawing register?",
            "count of IFC drawings?",
        ],
        ["7", "seven"],
        ["Drawing register – Kestrel Lane (IBC-2417)"],
    )
    fact(
        d,
        "site-max-wind",
        "agg_amount",
        "number",
        [
            "What's the strongest wind in the latest seven-day forecast?",
            "How windy is it going to get at worst this week, per the 4 pm forecast?",
            "peak wind km/h?",
        ],
        ["45 km/h", "45"],
        ["Forecast issued at 4:20 pm"],
    )
    # ---------------------------------------------------------------------------------------------- list
    fact(
        d,
        "site-delivery-suppliers",
        "list",
        "list",
        [
            "Which suppliers delivered to site today?",
            "Who dropped off materials at the gates today?",
            "today's deliveries — from whom?",
        ],
        ["Tru-Fix Reo && Bunnings Trade && Peak Scaffolding && Voltline Electrical"],
        ["Deliveries today · Mon 16/11/2026"],
    )
    # ------------------------------------------------------------------------ unanswerable: traps
    for fid, family, atype, qs, absent in [
        (
            "site-trap-gridline",
            "lookup",
            "amount",
            [
                "What did Gridline Glazing quote for the shopfront?",
                "How much was the glazier Gridline's price for the retail frontage?",
                "gridline quote?",
            ],
            "Gridline",
        ),
        (
            "site-trap-rfi052",
            "lookup",
            "text",
            [
                "What's the status of RFI-052?",
                "Has the engineer answered RFI-052 yet?",
                "RFI-052?",
            ],
            "RFI-052",
        ),
        (
            "site-trap-slack",
            "time_in_app",
            "duration",
            [
                "How long was I in Slack today?",
                "How much of my day went on Slack messages?",
                "slack time today?",
            ],
            "Slack",
        ),
        (
            "site-trap-level7",
            "table_cell",
            "number",
            [
                "What volume is booked for the Level 7 slab pour?",
                "How many cubes for the Level 7 deck?",
                "Level 7 pour m3?",
            ],
            "Level 7",
        ),
        (
            "site-trap-apex",
            "lookup",
            "amount",
            [
                "What was the total on the Apex Lifts invoice?",
                "How much are the lift installers billing us this month?",
                "Apex Lifts invoice amount?",
            ],
            "Apex",
        ),
        (
            "site-trap-def140",
            "table_cell",
            "text",
            [
                "Where is defect DEF-140?",
                "What location was DEF-140 raised against?",
                "DEF-140 location?",
            ],
            "DEF-140",
        ),
        (
            "site-trap-shane",
            "lookup",
            "text",
            [
                "What did Shane message me on WhatsApp this afternoon?",
                "Shane's WhatsApp about the crane — what did it say?",
                "Shane's message?",
            ],
            "Shane",
        ),
        (
            "site-trap-vo025",
            "lookup",
            "amount",
            [
                "How much is variation VO-025 for?",
                "What value did the client approve for VO-025?",
                "VO-025 amount?",
            ],
            "VO-025",
        ),
    ]:
        none(d, fid, family, atype, qs, absent=absent)
    # ------------------------------------------------------ unanswerable: attribute not on screen
    for fid, family, atype, qs in [
        (
            "site-none-macca-email",
            "lookup",
            "email",
            [
                "What's Macca's email address?",
                "Where can I email our foreman?",
                "Craig McAllister email?",
            ],
        ),
        (
            "site-none-slump",
            "lookup",
            "number",
            [
                "What slump did we order for Wednesday's Level 4 pour?",
                "How wet is the N40 mix meant to be, per Basalt's confirmation?",
                "L4 slump?",
            ],
        ),
        (
            "site-none-pump-operator",
            "lookup",
            "person",
            [
                "What's the name of the pump operator for Wednesday?",
                "Who is Boom Pumping Vic sending to run the boom?",
                "pump operator name?",
            ],
        ),
        (
            "site-none-bill-po",
            "lookup",
            "identifier",
            [
                "What purchase order number is Voltline's bill INV-3307 against?",
                "Which PO does the electrician's invoice reference?",
                "INV-3307 PO?",
            ],
        ),
        (
            "site-none-mei-phone",
            "lookup",
            "identifier",
            [
                "What's Mei Tanaka's phone number?",
                "How do I call the structural engineer at Felsen?",
                "Mei's number?",
            ],
        ),
        (
            "site-none-thu-uv",
            "table_cell",
            "number",
            [
                "What's the UV index forecast for Thursday?",
                "How strong will the sun be on the 19th, UV-wise?",
                "thu UV?",
            ],
        ),
        (
            "site-none-ben-mobile",
            "lookup",
            "identifier",
            [
                "What's Ben Aldridge's mobile number?",
                "How do I reach the architect on his mobile?",
                "Ben's mobile?",
            ],
        ),
        (
            "site-none-hose-cost",
            "lookup",
            "amount",
            [
                "How much did the crane's hydraulic hose repair cost?",
                "What is Vertex charging for fixing TC1 this morning?",
                "TC1 repair cost?",
            ],
        ),
    ]:
        none(d, fid, family, atype, qs)
