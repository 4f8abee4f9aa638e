"""Facts and phrasings for day "vet" (see day_vet.py), the eighth held-out day: lookups of every answer type
(the medical director's approval, the supplier's shipping notice, the lab's mail and report, the insurer's
decision, the accountant's and the landlord's mails, Slack messages and a thread, a Zoom meeting chat, a
French-Canadian invoice, the softphone's call log, a maps page), cells and comparisons from the appointment
book, a patient chart, the pharmacy stock, the supplier order, the P&L, the time clock and the forecast,
differences (of two values on screen, or one value at two moments) and aggregates worked out from values on
screen (make_questions_vet.py checks the arithmetic against the strings the day draws), a list, and
unanswerable questions (traps naming a vet, supplier, lab, drug, insurer, patient or app never on screen,
and attributes that no frame shows of people and things that are). Phrasings are how a practice manager in
Toronto would ask later: a plain one, one in other words than the screen's (the clinic's shorthand, a
description instead of the name), and a terse one or one with a relative time ('this morning', 'after
lunch', 'around 2'). Amounts accept $1,755.79 / 1755.79 / 1,755.79 and the forms the screen writes
(CA$12.4K, 1 284,50 $)."""

from __future__ import annotations

import day_vet as dv
from facts_buy import dates

D = "vet"
MONTHS = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


def dollars(value: float, amount, words: tuple[str, ...] = ()) -> list[str]:
    """make_questions.amount's forms of the amount, the same with a dollar sign, and any spelled forms."""
    forms = set(amount(f"{value:,.2f}"))
    forms |= {f"${f}" for f in list(forms) if "," not in f[-3:]}
    forms.update(words)
    return sorted(forms)


def ca_dates(day: int, month: int, year: int) -> list[str]:
    """dates() and the en-CA abbreviations with a period ('Dec. 2', 'Nov. 23, 2026')."""
    abbr = MONTHS[month - 1]
    return sorted(set(dates(day, month, year)) | {f"{abbr} {day}", f"{abbr} {day}, {year}"})


def register(fact, none, amount):
    d = D
    cad = lambda value, *words: dollars(value, amount, words)  # noqa: E731
    # ------------------------------------------------------------------------------------------ lookups
    fact(
        d,
        "vet-tracking",
        "lookup",
        "identifier",
        [
            "What's the Purolator tracking number for the Northland order?",
            "Which number can I use to follow the supplier's parcel with the courier?",
            "NVS-448213 tracking no.?",
        ],
        [dv.TRACKING, dv.TRACKING.replace(" ", "")],
        [f"tracking {dv.TRACKING}"],
    )
    fact(
        d,
        "vet-sensor-cap",
        "lookup",
        "amount",
        [
            "Up to how much did Dr. Whitfield approve for the dental X-ray sensor?",
            "What's the spending limit the medical director gave me for replacing the dental radiography sensor?",
            "sensor budget cap?",
        ],
        ["CA$12.4K", "12.4K", "$12.4K", "CA$12,400", "12,400", "12400", "12,400.00", "$12,400"],
        ["Approve up to CA$12.4K"],
    )
    fact(
        d,
        "vet-claim-paid",
        "lookup",
        "amount",
        [
            "How much is Trillium reimbursing for Biscuit's claim?",
            "What will the Clarkes get back from their pet insurer for the October visit?",
            "biscuit claim payout?",
        ],
        cad(dv.CLAIM_PAID),
        ["Reimbursement at 80%"],
    )
    fact(
        d,
        "vet-claim-no",
        "lookup",
        "identifier",
        [
            "What's the claim number for Biscuit's insurance claim?",
            "Which reference did the insurer give the Clarkes' claim?",
            "trillium claim #?",
        ],
        [dv.CLAIM_NO, dv.CLAIM_NO.replace("TPI-", "")],
        [f"Claim {dv.CLAIM_NO} for Biscuit"],
    )
    fact(
        d,
        "vet-insurer",
        "lookup",
        "name",
        [
            "Which insurance company approved Biscuit's claim today?",
            "Who's Meredith Clarke's pet insurer?",
            "biscuit's insurer?",
        ],
        ["Trillium Pet Insurance", "Trillium"],
        [f"Claim {dv.CLAIM_NO} for Biscuit"],
    )
    fact(
        d,
        "vet-fa-total",
        "lookup",
        "amount",
        [
            "What's the total on Laurentide's invoice FA-20931?",
            "How much does the Quebec supplier's facture come to, tax included?",
            "FA-20931 total?",
        ],
        sorted(set(cad(dv.FA_TOTAL)) | {"1 284,50", "1 284,50 $", "1 284.50"}),
        ["No de facture : FA-20931"],
    )
    fact(
        d,
        "vet-fa-gst",
        "lookup",
        "identifier",
        [
            "What's Distributions Vétérinaires Laurentide's GST/HST registration number?",
            "Which tax number does the French-language supplier invoice show for GST/HST?",
            "laurentide TPS/TVH no.?",
        ],
        [dv.FA_GST_NO, dv.FA_GST_NO.replace(" ", ""), "748152093"],
        ["No TPS/TVH"],
    )
    fact(
        d,
        "vet-hvac-date",
        "lookup",
        "datetime",
        [
            "When is the HVAC contractor coming to service the rooftop units?",
            "What day did the landlord say the heating and cooling people will be on the roof?",
            "HVAC visit date?",
        ],
        ca_dates(23, 11, 2026) + ["Monday"],
        ["will service the rooftop units"],
    )
    fact(
        d,
        "vet-landlord-person",
        "lookup",
        "person",
        [
            "Who from Beaches Property Group emailed me about the HVAC visit?",
            "Who's our property manager, going by the mail about the roof hatch?",
            "landlord contact?",
        ],
        ["Gord Fenwick", "Fenwick"],
        ["Gord Fenwick | Property Manager"],
    )
    fact(
        d,
        "vet-lab-org",
        "lookup",
        "name",
        [
            "Which lab ran Mochi's bloodwork?",
            "Where did the cat's blood panel get analysed?",
            "mochi's lab?",
        ],
        ["Lakeshore Veterinary Diagnostics", "Lakeshore"],
        ["Results ready: Mochi (Ng)"],
    )
    fact(
        d,
        "vet-creatinine",
        "table_cell",
        "number",
        [
            "What was Mochi's creatinine?",
            "How high did the kidney value come back on the cat's chemistry panel, the creatinine?",
            "mochi crea?",
        ],
        ["212", "212 µmol/L", "212 umol/L"],
        ["Creatinine"],
    )
    fact(
        d,
        "vet-sdma-ref",
        "table_cell",
        "text",
        [
            "What's the reference range for SDMA on Mochi's report?",
            "Which range does Lakeshore treat as normal for SDMA?",
            "SDMA ref range?",
        ],
        ["0–14", "0-14", "0 to 14", "0 – 14"],
        ["SDMA"],
    )
    fact(
        d,
        "vet-pathologist",
        "lookup",
        "person",
        [
            "Which pathologist reviewed Mochi's lab report?",
            "Who signed off the cat's bloodwork at the lab?",
            "reviewing pathologist?",
        ],
        ["Dr. Eliza Grant", "Eliza Grant", "Grant"],
        ["Reviewed by Dr. Eliza Grant"],
    )
    fact(
        d,
        "vet-benazepril",
        "lookup",
        "text",
        [
            "What dose of benazepril is Dr. Marchetti starting Mochi on?",
            "How much of the ACE inhibitor did Sofia want the cat to get, per kilo?",
            "mochi benazepril dose?",
        ],
        ["0.5 mg/kg", "0.5 mg/kg PO q24h", "0.5mg/kg"],
        ["I'll start benazepril"],
    )
    fact(
        d,
        "vet-on-call",
        "lookup",
        "person",
        [
            "Which vet is on call tonight?",
            "Who's covering emergencies after we close this evening?",
            "on call tonight?",
        ],
        ["Dr. Hannah Lindqvist", "Hannah Lindqvist", "Lindqvist", "Hannah"],
        ["is on call tonight"],
    )
    fact(
        d,
        "vet-juniper-vet",
        "table_cell",
        "person",
        [
            "Which vet is seeing Juniper this afternoon?",
            "Whose column did the Haddads' vomiting dog get booked into?",
            "juniper with whom?",
        ],
        ["Dr. Kwame Mensah", "Kwame Mensah", "Mensah", "Dr. Mensah"],
        [dv.JUNIPER],
    )
    fact(
        d,
        "vet-biscuit-vet",
        "table_cell",
        "person",
        [
            "Which vet had Biscuit's 9:00 appointment?",
            "Who did the Clarkes' golden retriever see for his shots this morning?",
            "biscuit 09:00 vet?",
        ],
        ["Dr. Sofia Marchetti", "Sofia Marchetti", "Marchetti", "Dr. Marchetti"],
        ["Biscuit (Clarke) – Vaccines + weight"],
    )
    fact(
        d,
        "vet-biscuit-weight",
        "table_cell",
        "number",
        [
            "What did Biscuit weigh today?",
            "What was the golden retriever's weight when he was weighed at his visit?",
            "biscuit kg today?",
        ],
        ["32.6 kg", "32.6"],
        ["L. Chen, RVT"],
    )
    fact(
        d,
        "vet-dapp-due",
        "table_cell",
        "datetime",
        [
            "When is Biscuit's next DA2PP due?",
            "After today's distemper combo shot, when does the dog need the next one?",
            "biscuit DA2PP next due?",
        ],
        ca_dates(19, 11, 2027),
        ["DP7425"],
    )
    fact(
        d,
        "vet-owner-phone",
        "lookup",
        "identifier",
        [
            "What's Meredith Clarke's phone number?",
            "How do I call Biscuit's owner back?",
            "clarke phone?",
        ],
        ["(416) 555-0187", "416-555-0187", "416 555 0187", "4165550187", "555-0187"],
        ["Meredith Clarke"],
    )
    fact(
        d,
        "vet-cerenia-lot",
        "table_cell",
        "identifier",
        [
            "What lot is the Cerenia in stock after today's delivery?",
            "Which batch number did the new maropitant tablets come in?",
            "cerenia lot now?",
        ],
        ["CR5102"],
        ["Last received: NVS-448213"],
    )
    fact(
        d,
        "vet-rabies-onhand",
        "table_cell",
        "count",
        [
            "How many doses of rabies vaccine are on hand after the delivery?",
            "Once the Northland order was put away, how much Imrab did the stock list show?",
            "imrab on hand now?",
        ],
        ["72", "seventy-two"],
        ["Last received: NVS-448213"],
    )
    fact(
        d,
        "vet-order-total",
        "lookup",
        "amount",
        [
            "What's the total of Northland order NVS-448213, HST included?",
            "How much does this week's drug and supply order from our main distributor come to?",
            "NVS-448213 total?",
        ],
        cad(dv.ORDER_TOTAL),
        ["Order total (CAD)"],
    )
    fact(
        d,
        "vet-signed-by",
        "lookup",
        "person",
        [
            "Who signed for the Northland delivery?",
            "Which of our staff took the Purolator parcel at lunchtime?",
            "delivery signed by?",
        ],
        ["T. Brooks", "Tyler Brooks", "Brooks", "Tyler"],
        ["Delivered, signed by T. Brooks"],
    )
    fact(
        d,
        "vet-lab-fees",
        "table_cell",
        "amount",
        [
            "What are October's outside lab fees in the P&L now?",
            "After I fixed the lab accrual, what figure does the P&L show for external lab costs?",
            "oct lab fees?",
        ],
        cad(dv.LAB_FEES_NEW),
        ["Outside lab fees"],
    )
    fact(
        d,
        "vet-dental-discount",
        "lookup",
        "number",
        [
            "How much off are COHATs during dental month?",
            "What discount did the regional sync agree for February's dental promotion?",
            "dental month %?",
        ],
        ["15%", "15", "15 percent", "15 per cent"],
        ["Dental month is February again"],
    )
    fact(
        d,
        "vet-insurer-call",
        "lookup",
        "duration",
        [
            "How long was my call back to Trillium Pet Insurance?",
            "How many minutes was I on the phone with the insurer before lunch?",
            "trillium call length?",
        ],
        ["12:37", "12 min 37 s", "12 minutes 37 seconds", "12m 37s", "12.6 min", "13 min"],
        ["Trillium Pet Insurance"],
    )
    fact(
        d,
        "vet-missed-caller",
        "lookup",
        "name",
        [
            "Whose call did I miss this morning?",
            "Who tried to phone me while I was assisting in surgery?",
            "missed call from?",
        ],
        ["Trillium Pet Insurance", "Trillium"],
        ["Missed"],
    )
    fact(
        d,
        "vet-drive-time",
        "lookup",
        "duration",
        [
            "How long is the drive to Don Valley Emergency & Referral?",
            "How many minutes to get a patient to the emergency referral hospital on Eglinton by car?",
            "drive to the ER clinic?",
        ],
        ["14 min", "14 minutes", "14"],
        ["via Don Valley Pkwy N"],
    )
    fact(
        d,
        "vet-fri-snow",
        "table_cell",
        "text",
        [
            "How much snow is forecast for Friday, according to the afternoon forecast?",
            "When I checked the weather after lunch, what snowfall were they calling for tomorrow?",
            "fri snow cm?",
        ],
        ["10–15 cm", "10-15 cm", "10 to 15 cm", "10–15"],
        ["Snowfall warning in effect"],
    )
    fact(
        d,
        "vet-lily-in",
        "table_cell",
        "datetime",
        [
            "What time did Lily Chen clock in today?",
            "When did our RVT Lily punch in this morning?",
            "lily clock-in?",
        ],
        ["09:02", "9:02", "9:02 a.m."],
        ["Lily Chen"],
    )
    fact(
        d,
        "vet-marc-out",
        "table_cell",
        "datetime",
        [
            "What clock-out time was entered for Marc Tremblay's missed punch yesterday?",
            "When did Marc's Wednesday shift end, once his missing punch was fixed?",
            "marc out 11/18?",
        ],
        ["18:06", "6:06", "6:06 p.m."],
        ["Approved edit"],
    )
    fact(
        d,
        "vet-fridge",
        "lookup",
        "number",
        [
            "What was the drug fridge temperature this morning?",
            "How cold was the medication fridge when I logged it at 8:15?",
            "fridge temp?",
        ],
        ["4.1 °C", "4.1", "4.1°C", "4.1 degrees"],
        ["Drug fridge 08:15"],
    )
    # --------------------------------------------------------------------------------------- comparisons
    fact(
        d,
        "vet-low-flag",
        "table_compare",
        "text",
        [
            "Which value on Mochi's bloodwork was flagged low?",
            "What came back below the reference range on the cat's report?",
            "mochi low result?",
        ],
        ["Hematocrit", "HCT", "Hematocrit (HCT)", "haematocrit"],
        ["Hematocrit (HCT)"],
    )
    fact(
        d,
        "vet-rev-drop",
        "table_compare",
        "name",
        [
            "Which revenue line was lower in October than in September?",
            "Where did we bring in less money last month than the month before, by revenue category?",
            "revenue line down m/m?",
        ],
        ["Surgery & dental", "Surgery and dental", "Surgery & Dental"],
        ["Surgery & dental"],
    )
    fact(
        d,
        "vet-soonest-expiry",
        "table_compare",
        "name",
        [
            "Which pharmacy item expires soonest?",
            "What drug in the stock list is closest to its expiry date?",
            "next to expire?",
        ],
        ["Dexmedetomidine", "Dexmedetomidine 0.5 mg/mL", "dexmedetomidine 0.5 mg/mL, 10 mL"],
        ["Dexmedetomidine 0.5 mg/mL, 10 mL"],
    )
    fact(
        d,
        "vet-first-in",
        "table_compare",
        "person",
        [
            "Who clocked in first today?",
            "Which staff member punched in earliest this morning?",
            "first in?",
        ],
        ["Tyler Brooks", "Tyler", "Brooks"],
        ["Tyler Brooks"],
    )
    fact(
        d,
        "vet-order-biggest",
        "table_compare",
        "name",
        [
            "Which line on the Northland order cost the most?",
            "What was the most expensive item on this week's distributor order, by line amount?",
            "biggest line NVS-448213?",
        ],
        ["Convenia", "Convenia 80 mg/mL"],
        ["Convenia 80 mg/mL, 10 mL vial"],
    )
    # --------------------------------------------------------------------------------------- differences
    net_am, net_pm = dv.pl_totals(False)["net"][0], dv.pl_totals(True)["net"][0]
    rev = dv.pl_totals(False)["rev"]
    fact(
        d,
        "vet-weight-loss",
        "difference",
        "number",
        [
            "How much weight has Biscuit lost since May?",
            "By how many kilos is the golden retriever down compared with his spring weigh-in?",
            "biscuit kg lost since may?",
        ],
        ["2.2", "2.2 kg"],
        ["Weight history"],
    )
    fact(
        d,
        "vet-rabies-change",
        "difference",
        "count",
        [
            "By how much did the rabies vaccine stock go up after the delivery?",
            "How many more Imrab doses did we have on the shelf this afternoon than this morning?",
            "imrab change?",
        ],
        ["50", "fifty"],
        ["Imrab 3 TF rabies vaccine, 1 mL"],
    )
    fact(
        d,
        "vet-net-change",
        "difference",
        "amount",
        [
            "By how much did October's net operating income change when I updated the lab fees?",
            "How much lower did the bottom line of the October P&L end up after the accrual fix?",
            "net income change after edit?",
        ],
        cad(net_am - net_pm),
        ["Net operating income"],
    )
    fact(
        d,
        "vet-rev-mom",
        "difference",
        "amount",
        [
            "How much more revenue did we make in October than in September?",
            "By how much did total revenue grow month over month, going by the P&L?",
            "oct vs sep revenue diff?",
        ],
        cad(rev[0] - rev[1]),
        ["Total revenue"],
    )
    fact(
        d,
        "vet-temp-change",
        "difference",
        "number",
        [
            "How much warmer was it at my afternoon weather check than this morning?",
            "By how many degrees had the temperature gone up between my two looks at the forecast?",
            "temp rise am to pm?",
        ],
        ["4", "4°C", "4 °C", "4 degrees"],
        ["Feels like"],
    )
    fact(
        d,
        "vet-cap-headroom",
        "difference",
        "amount",
        [
            "How far under Dr. Whitfield's cap is the Cobalt Imaging quote?",
            "How much room is left between the approved sensor budget and the quoted price, before tax?",
            "sensor quote vs cap?",
        ],
        cad(12400 - dv.SENSOR_QUOTE),
        ["Cobalt Imaging quoted"],
    )
    # --------------------------------------------------------------------------------------- aggregates
    fact(
        d,
        "vet-low-am",
        "agg_amount",
        "count",
        [
            "How many pharmacy items were below their reorder level this morning?",
            "Before the delivery, how many stock lines were flagged low?",
            "low stock count am?",
        ],
        ["5", "five"],
        ["Pharmacy stock"],
    )
    fact(
        d,
        "vet-marchetti-count",
        "agg_amount",
        "count",
        [
            "How many appointments did Dr. Marchetti have on the book by the end of the day?",
            "Counting the late recheck, how many patients were booked with Sofia in Exam 1 today?",
            "marchetti appts total?",
        ],
        ["10", "ten"],
        ["Dr. Sofia Marchetti · Exam 1"],
    )
    fact(
        d,
        "vet-high-flags",
        "agg_amount",
        "count",
        [
            "How many of Mochi's results were flagged high?",
            "On the cat's lab report, how many values came back above the reference range?",
            "mochi H flags?",
        ],
        ["3", "three"],
        ["Reference range"],
    )
    fact(
        d,
        "vet-calls-count",
        "agg_amount",
        "count",
        [
            "How many calls were in my softphone history by the end of the day?",
            "All told, how many calls in, out or missed did the phone log show this afternoon?",
            "calls today?",
        ],
        ["6", "six"],
        ["4:04 p.m."],
    )
    fact(
        d,
        "vet-two-invoices",
        "agg_amount",
        "amount",
        [
            "What do Northland's order and Laurentide's invoice add up to together?",
            "Combined, how much do we owe our two suppliers for this week's order and the French invoice?",
            "northland + laurentide total?",
        ],
        cad(dv.ORDER_TOTAL + dv.FA_TOTAL),
        ["Order total (CAD)", "No de facture : FA-20931"],
    )
    # ---------------------------------------------------------------------------------------------- list
    fact(
        d,
        "vet-shipped-items",
        "list",
        "list",
        [
            "Which items actually shipped on the Northland order?",
            "What came in the distributor's delivery, leaving out what was backordered?",
            "NVS-448213 shipped lines?",
        ],
        ["Cerenia && Convenia && Imrab && gloves"],
        ["Order total (CAD)"],
    )
    # ------------------------------------------------------------------------ unanswerable: traps
    for fid, family, atype, qs, absent in [
        (
            "vet-trap-ramirez",
            "table_cell",
            "text",
            [
                "What's Dr. Ramirez seeing at 15:00 today?",
                "Which patient is in Dr. Elena Ramirez's afternoon column?",
                "ramirez 3 pm appt?",
            ],
            "Ramirez",
        ),
        (
            "vet-trap-schein",
            "lookup",
            "amount",
            [
                "What was the total on the Henry Schein invoice?",
                "How much is Schein billing us for the November order?",
                "henry schein total?",
            ],
            "Schein",
        ),
        (
            "vet-trap-idexx",
            "lookup",
            "identifier",
            [
                "What's the IDEXX accession number for Mochi's bloodwork?",
                "Which IDEXX reference did the reference lab give the cat's panel?",
                "idexx accession?",
            ],
            "IDEXX",
        ),
        (
            "vet-trap-simparica",
            "table_cell",
            "count",
            [
                "How many boxes of Simparica Trio are on hand?",
                "What's our stock of Simparica after the delivery?",
                "simparica on hand?",
            ],
            "Simparica",
        ),
        (
            "vet-trap-petsecure",
            "lookup",
            "amount",
            [
                "How much did Petsecure reimburse for Biscuit?",
                "What did Petsecure pay out on the Clarkes' claim?",
                "petsecure payout?",
            ],
            "Petsecure",
        ),
        (
            "vet-trap-teams",
            "time_in_app",
            "duration",
            [
                "How long was I in Microsoft Teams today?",
                "How much of my day did Teams calls and chats take?",
                "teams time today?",
            ],
            "Teams",
        ),
        (
            "vet-trap-ketamine",
            "table_cell",
            "identifier",
            [
                "What's the lot number of the ketamine in stock?",
                "Which batch of ketamine do we have on the pharmacy shelf?",
                "ketamine lot?",
            ],
            "Ketamine",
        ),
        (
            "vet-trap-whiskers",
            "table_cell",
            "datetime",
            [
                "What time is Whiskers booked with Dr. Lindqvist?",
                "When is the Whiskers appointment this afternoon?",
                "whiskers appt time?",
            ],
            "Whiskers",
        ),
    ]:
        none(d, fid, family, atype, qs, absent=absent)
    # ------------------------------------------------------ unanswerable: attribute not on screen
    for fid, family, atype, qs in [
        (
            "vet-none-kevin-mobile",
            "lookup",
            "identifier",
            [
                "What's Kevin Doyle's mobile number?",
                "How do I reach our Northland rep on his cell?",
                "kevin's cell?",
            ],
        ),
        (
            "vet-none-mochi-weight",
            "lookup",
            "number",
            [
                "How much does Mochi weigh?",
                "What's the Ngs' cat's body weight in kilos?",
                "mochi kg?",
            ],
        ),
        (
            "vet-none-lab-price",
            "lookup",
            "amount",
            [
                "How much did Lakeshore charge for Mochi's panel?",
                "What did the lab bill us for the cat's bloodwork?",
                "mochi panel cost?",
            ],
        ),
        (
            "vet-none-colleen-email",
            "lookup",
            "email",
            [
                "What's Colleen Murray's email address?",
                "Where can I email the regional director who hosted the Zoom?",
                "colleen email?",
            ],
        ),
        (
            "vet-none-juniper-weight",
            "lookup",
            "number",
            [
                "What does Juniper weigh?",
                "How heavy is the Haddads' dog that came in vomiting?",
                "juniper kg?",
            ],
        ),
        (
            "vet-none-fa-po",
            "lookup",
            "identifier",
            [
                "Which purchase order number is Laurentide's invoice FA-20931 against?",
                "What PO does the French-language invoice reference?",
                "FA-20931 PO?",
            ],
        ),
        (
            "vet-none-ruby-rate",
            "lookup",
            "amount",
            [
                "What's Ruby Singh's hourly rate?",
                "How much per hour do we pay our afternoon client service rep?",
                "ruby pay rate?",
            ],
        ),
        (
            "vet-none-er-phone",
            "lookup",
            "identifier",
            [
                "What's the phone number of Don Valley Emergency & Referral Vets?",
                "How do I call the emergency referral hospital on Eglinton?",
                "DVER phone?",
            ],
        ),
    ]:
        none(d, fid, family, atype, qs)
