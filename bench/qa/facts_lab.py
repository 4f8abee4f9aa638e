"""Facts and phrasings for day "lab" (see day_lab.py), the fourth held-out day: lookups of every answer type,
cells and comparisons from the qPCR DataFrame, the booking and budget sheets, the order's items, the expense
report, the Slurm queue and the NAS folder, differences and aggregates worked out from values on screen
(make_questions_lab.py checks the arithmetic against the strings the day draws), a list, and unanswerable
questions (traps naming a supplier, person, project, PO, instrument, job, paper or app never on screen, and
attributes that no frame shows of people and things that are). Phrasings are how a lab manager would ask
days later: in English about screens that are often in German (Verfügbar asked as what is left, Spesen as
expenses), some terse, some chatty, some naming a thing by what it is ("the GPU job that died") rather than
by its label. Answers that a table or an amount on screen decides are computed from day_lab's data."""

from __future__ import annotations

import day_lab as dl
from facts_buy import dates

D = "lab"


def francs(value, amount) -> list[str]:
    """Every accepted way of writing a de-CH amount (CHF 2'568.24): make_questions.amount's forms (2,568.24 /
    2568.24 / 2.568,24 / 2568,24 ...) plus the Swiss grouping with an apostrophe, straight or typographic."""
    if isinstance(value, str):
        value = num(value)
    plain = f"{value:.2f}"
    forms = set(amount(plain))
    swiss = dl.chf(value, False)
    forms |= {swiss, swiss.replace("'", "’")}
    if swiss.endswith(".00"):
        forms |= {swiss[:-3], swiss[:-3] + ".–"}
    return sorted(forms)


def num(text: str) -> float:
    """ "CHF 2'568.24" -> 2568.24."""
    return float(text.replace("CHF", "").replace("'", "").replace("’", "").strip())


def register(fact, none, amount):
    d = D
    fr = lambda value: francs(value, amount)  # noqa: E731
    # ------------------------------------------------------------------------------------------ lookups
    fact(
        d,
        "lab-cost-centre",
        "lookup",
        "identifier",
        [
            "Which cost centre did Martin want the antibody order booked on?",
            "What's the Kostenstelle I should charge lab consumables to?",
            "cost center for the GFP antibody purchase?",
        ],
        ["4512-ZB-07"],
        ["cost centre 4512-ZB-07"],
    )
    fact(
        d,
        "lab-sign-limit",
        "lookup",
        "amount",
        [
            "Above what amount does Martin have to sign an order himself?",
            "How big can a purchase get before the PI's signature is needed?",
            "Order threshold for the professor's approval?",
        ],
        fr(5000.0),
        ["Anything above CHF 5'000 needs my"],
    )
    fact(
        d,
        "lab-maint-window",
        "lookup",
        "time_range",
        [
            "When exactly will Eiger be down on Wednesday?",
            "What are the hours of the cluster maintenance this week?",
            "Slurm upgrade downtime – from when to when?",
        ],
        ["07:00 && 13:00", "7:00 && 13:00"],
        ["from 07:00 to 13:00"],
    )
    fact(
        d,
        "lab-taxi-amount",
        "lookup",
        "amount",
        [
            "How much was the taxi that finance wanted a receipt for?",
            "What did the Heidelberg cab on 18 November cost in francs?",
            "taxi expense amount?",
        ],
        fr(38.50),
        ["taxi on 18.11.2026 (CHF 38.50)"],
    )
    fact(
        d,
        "lab-resubmit-deadline",
        "lookup",
        "datetime",
        [
            "By when do I have to resubmit my expense report?",
            "What's Sandra Frei's deadline for the missing receipt?",
            "Last day to get the EMBO expenses back to finance so they're paid in December?",
        ],
        dates(4, 12, 2026),
        ["resubmit by 04.12.2026"],
    )
    fact(
        d,
        "lab-oom-epoch",
        "lookup",
        "number",
        [
            "At which epoch did Jonas' training run out of memory?",
            "How far did the overnight training get before it crashed?",
            "OOM epoch?",
        ],
        ["37"],
        ["out of memory at epoch 37"],
    )
    fact(
        d,
        "lab-dead-job",
        "lookup",
        "identifier",
        [
            "What's the ID of the GPU job that died overnight?",
            "Which Slurm job was killed for running out of memory?",
            "job number of Jonas's crashed training run",
        ],
        ["4417893"],
        ["job 4417893, out of memory"],
    )
    fact(
        d,
        "lab-new-jobid",
        "lookup",
        "identifier",
        [
            "What job ID did the resubmitted training get?",
            "Which batch job number did sbatch give back this afternoon?",
            "New Slurm job for train_gfp – its number?",
        ],
        ["4419022"],
        ["Submitted batch job 4419022"],
    )
    fact(
        d,
        "lab-fold",
        "lookup",
        "number",
        [
            "What fold change did the qPCR notebook compute for KO vs WT?",
            "How much higher is GFP expression in the knockouts, normalised to GAPDH?",
            "ddCt result of the plate from Friday – the fold change?",
        ],
        ["3.26"],
        ["Fold change KO vs WT (GFP, GAPDH-normalised): 3.26"],
    )
    fact(
        d,
        "lab-csv",
        "lookup",
        "name",
        [
            "Which CSV file does the qPCR notebook read?",
            "What's the data file behind the qPCR summary table?",
            "Input plate file of qpcr_analysis?",
        ],
        ["qpcr_plate_2026-11-27.csv", "data/qpcr_plate_2026-11-27.csv"],
        ['pd.read_csv("data/qpcr_plate_2026-11-27.csv")'],
    )
    fact(
        d,
        "lab-doi",
        "lookup",
        "identifier",
        [
            "What's the DOI of the OrgaSeg paper?",
            "I need to cite the self-supervised organoid segmentation article from Nature Methods – DOI?",
            "DOI of Hofmann et al. 2025?",
        ],
        ["10.1038/s41592-025-02817-4", "https://doi.org/10.1038/s41592-025-02817-4"],
        ["10.1038/s41592-025-02817-4"],
    )
    fact(
        d,
        "lab-last-author",
        "lookup",
        "person",
        [
            "Who is the last author on the OrgaSeg paper?",
            "Which author is listed at the end of Hofmann et al.'s author list in Zotero?",
            "OrgaSeg – senior author?",
        ],
        ["Wüthrich", "Simon Wüthrich", "Wüthrich, Simon", "Wuthrich"],
        ["Wüthrich, Simon"],
    )
    fact(
        d,
        "lab-po",
        "lookup",
        "identifier",
        [
            "What's the PO number of today's Labrisa order?",
            "Which purchase order number did the procurement portal give the antibody order?",
            "Bestellnummer for the consumables?",
        ],
        ["PO-CH-2026-00871"],
        ["PO-CH-2026-00871 (aus BANF 10048213)"],
    )
    fact(
        d,
        "lab-po-total",
        "lookup",
        "amount",
        [
            "What was the final total of the Labrisa order, VAT included?",
            "How much did the consumables order come to in the end?",
            "Gesamtbetrag PO-CH-2026-00871?",
        ],
        fr(dl.TOTAL_FINAL),
        [dl.chf(dl.TOTAL_FINAL)],
    )
    fact(
        d,
        "lab-ab-delivery",
        "lookup",
        "datetime",
        [
            "When are the antibodies going to arrive?",
            "Labrisa ships the anti-GFP separately from Basel – on what date?",
            "Expected delivery of position 20?",
        ],
        dates(7, 12, 2026),
        ["voraussichtlich am 07.12.2026"],
    )
    fact(
        d,
        "lab-conf-number",
        "lookup",
        "identifier",
        [
            "What's the number of Labrisa's order confirmation?",
            "Under which AB reference did the supplier confirm our PO?",
            "Auftragsbestätigung no.?",
        ],
        ["AB-448210"],
        ["Auftragsbestätigung AB-448210"],
    )
    fact(
        d,
        "lab-dice-latest",
        "lookup",
        "number",
        [
            "What Dice score does our model have in Table 2 now?",
            "After I updated the paper, what's segm-v3's Dice?",
            "Ours – Dice, current?",
        ],
        [dl.NEW_OURS[0]],
        [f"Ours (segm-v3) & {dl.NEW_OURS[0]}"],
    )
    fact(
        d,
        "lab-results-file",
        "lookup",
        "name",
        [
            "Which .tex file holds the segmentation table in the Overleaf project?",
            "In which file of the paper did I edit Table 2?",
            "Overleaf file with the results?",
        ],
        ["sections/results.tex", "results.tex"],
        ["sections/results.tex"],
    )
    total = dl.chf(dl.EXPENSE_TOTAL)
    fact(
        d,
        "lab-expense-total",
        "lookup",
        "amount",
        [
            "What's the total of my Heidelberg expense report?",
            "How much will I get reimbursed for the EMBO trip?",
            "ER-2026-1184 Berichtssumme?",
        ],
        fr(dl.EXPENSE_TOTAL),
        [total],
    )
    fact(
        d,
        "lab-approver",
        "lookup",
        "person",
        [
            "Who has to approve my expense report now?",
            "Whose approval is the resubmitted report waiting for?",
            "Concur approver for ER-2026-1184?",
        ],
        ["Martin Vogt", "Vogt"],
        ["wartet auf Genehmigung durch Martin Vogt"],
    )
    fact(
        d,
        "lab-freezer-service",
        "lookup",
        "datetime",
        [
            "When is KälteTech coming to service freezer B?",
            "What day and time did Marco arrange for the freezer repair visit?",
            "freezer B maintenance appointment?",
        ],
        [f"{x} && 10:00" for x in dates(3, 12, 2026)] + ["03.12 && 10:00", "Thursday && 10:00"],
        ["KälteTech can service freezer B on Thursday 03.12 at 10:00"],
    )
    fact(
        d,
        "lab-hpc-email",
        "lookup",
        "email",
        [
            "Which address did the cluster maintenance notice come from?",
            "E-mail address of Scientific IT Services?",
            "HPC support mail?",
        ],
        ["hpc-support@zimb.ch"],
        ["hpc-support@zimb.ch"],
    )
    fact(
        d,
        "lab-supplier-domain",
        "lookup",
        "email",
        [
            "What's Labrisa's e-mail domain?",
            "Which domain did the supplier's order confirmation come from?",
            "Labrisa mail domain?",
        ],
        ["labrisa.ch", "orders@labrisa.ch"],
        ["orders@labrisa.ch"],
    )
    fact(
        d,
        "lab-stitch-state",
        "lookup",
        "text",
        [
            "What happened to Marco's stitching job on the cluster over the weekend?",
            "Which state did job 4417950 end in?",
            "stitch-j54 – status?",
        ],
        ["FAILED", "failed"],
        ["stitch-j54"],
    )
    # -------------------------------------------------------------------------------------- table cells
    facs = next(r for r in dl.BOOKINGS if r[0].startswith("FACSAria"))
    fact(
        d,
        "lab-facs-room",
        "table_cell",
        "text",
        [
            "In which room is the FACSAria?",
            "Where do I find the cell sorter Marco booked for Wednesday?",
            "FACSAria III – Raum?",
        ],
        [facs[1], facs[1].replace(" ", "")],
        ["FACSAria III"],
    )
    thu = next(r for r in dl.BOOKINGS if r[2] == "03.12.2026" and r[3] == "09:00")
    fact(
        d,
        "lab-thu-morning",
        "table_cell",
        "person",
        [
            "Who has the confocal on Thursday morning?",
            "Whose booking is the LSM 980 on 03.12 from 09:00?",
            "Thursday AM confocal slot – who?",
        ],
        [thu[5], thu[5].split()[0]],
        ["LSM 980 Confocal"],
    )
    ko1 = next(r for r in dl.QPCR if r[0] == "KO_1" and r[1] == "GFP")
    fact(
        d,
        "lab-ko1-std",
        "table_cell",
        "number",
        [
            "What's the standard deviation of the GFP Ct in KO_1?",
            "How much did the GFP replicates of the first knockout sample scatter (std)?",
            "KO_1 GFP std?",
        ],
        [f"{ko1[3]:.2f}"],
        [f"{ko1[2]:.2f}"],
    )
    travel = next(r for r in dl.BUDGET if r[0].startswith("Reisen"))
    fact(
        d,
        "lab-travel-spent",
        "table_cell",
        "amount",
        [
            "How much of the travel budget have we spent so far this year?",
            "Reisen & Konferenzen – Ausgegeben?",
            "What's already gone out on conferences and trips in 2026?",
        ],
        fr(travel[2]),
        [travel[0]],
    )
    tips = next(r for r in dl.ITEMS if r[1] == "LB-TP-200F")
    fact(
        d,
        "lab-tips-price",
        "table_cell",
        "amount",
        [
            "What does a box of 200 µl filter tips cost from Labrisa?",
            "Unit price of the filter tips on today's order?",
            "LB-TP-200F price per box?",
        ],
        fr(tips[5]),
        [tips[1]],
    )
    old_po = next(r for r in dl.NAS if r[0].startswith("PO-CH-2026-00812"))
    fact(
        d,
        "lab-po812-date",
        "table_cell",
        "datetime",
        [
            "When was the PO-CH-2026-00812 file saved on the NAS?",
            "What's the modification date of the previous Labrisa order PDF in the Bestellungen folder?",
            "00812 – Änderungsdatum?",
        ],
        dates(2, 11, 2026),
        [old_po[0]],
    )
    cons = dl.budget_rows(updated=True)[0]
    fact(
        d,
        "lab-consumables-free",
        "table_cell",
        "amount",
        [
            "How much is still available in the consumables budget after today's order?",
            "Verfügbar for Verbrauchsmaterial, as I left the sheet?",
            "What's left to spend on lab consumables this year now that the Labrisa order is committed?",
        ],
        fr(num(cons[4])),
        ["Verbrauchsmaterial"],
    )
    # ---------------------------------------------------------------------------------- table compares
    top_ct = max((r for r in dl.QPCR if r[1] == "GFP"), key=lambda r: r[2])
    fact(
        d,
        "lab-highest-ct",
        "table_compare",
        "name",
        [
            "Which sample had the highest mean GFP Ct?",
            "In the qPCR summary, which sample expressed GFP the least?",
            "max GFP Ct – which sample?",
        ],
        [top_ct[0], top_ct[0].replace("_", " ")],
        [f"{top_ct[2]:.2f}"],
    )
    fact(
        d,
        "lab-top-expense",
        "table_compare",
        "name",
        [
            "What was the biggest item on my expense report?",
            "Which expense on the Heidelberg trip cost the most?",
            "Largest line in ER-2026-1184?",
        ],
        ["Konferenzgebühr", "conference fee", "EMBO Workshop Registration", "registration"],
        ["EMBO Workshop Registration"],
    )
    top_spent = max(dl.BUDGET, key=lambda r: r[2])
    fact(
        d,
        "lab-top-spent",
        "table_compare",
        "name",
        [
            "Which budget category has spent the most money this year?",
            "Where did most of the lab's 2026 money go?",
            "Biggest Ausgegeben in the budget sheet?",
        ],
        [top_spent[0], "consumables"],
        ["Ausgegeben"],
    )
    best = max(dl.SEG_TABLE, key=lambda r: r[2])
    fact(
        d,
        "lab-best-baseline",
        "table_compare",
        "name",
        [
            "Which of the other methods in Table 2 comes closest to ours?",
            "Best competing method by Dice in the segmentation paper?",
            "Strongest baseline in the results table?",
        ],
        [best[1].split()[0], best[1]],
        [best[1]],
    )
    fact(
        d,
        "lab-longest-job",
        "table_compare",
        "identifier",
        [
            "Which of the lab's running jobs had been going the longest when I checked the queue this morning?",
            "In the morning squeue, which job had the most run time?",
            "Longest-running Eiger job at 08:14?",
        ],
        ["4418120", "segm-v3"],
        ["4418120"],
    )
    # ------------------------------------------------------------------------------------- differences
    fact(
        d,
        "lab-po-increase",
        "difference",
        "amount",
        [
            "By how much did the order total go up when I changed the antibodies to 3?",
            "Difference between the draft and the final Labrisa totals?",
            "What did the extra vial add to the order, VAT included?",
        ],
        fr(round(dl.TOTAL_FINAL - dl.TOTAL_DRAFT, 2)),
        [dl.chf(dl.TOTAL_DRAFT)],
    )
    fact(
        d,
        "lab-dice-gain",
        "difference",
        "number",
        [
            "How much did our Dice score improve between the old and the new version of Table 2?",
            "Dice before vs after Jonas's new run – what's the gain?",
            "By how much did I raise the Dice of Ours?",
        ],
        ["0.015", "1.5 points", "+0.015"],
        [f"Ours (segm-v3) & {dl.OLD_OURS[0]}"],
    )
    fact(
        d,
        "lab-mem-increase",
        "difference",
        "number",
        [
            "By how many GB did I raise the memory of the training job?",
            "How much more memory does the resubmitted job get than the one that crashed?",
            "mem increase in train_gfp.sbatch?",
        ],
        ["16", "16G", "16 GB"],
        ["--mem=80G"],
    )
    fact(
        d,
        "lab-hotel-vs-train",
        "difference",
        "amount",
        [
            "How much more was the hotel than the train ticket?",
            "Hotel minus rail fare on the Heidelberg report?",
            "Difference between the accommodation and the SBB ticket?",
        ],
        fr(round(312.40 - 148.60, 2)),
        ["SBB Zürich HB – Heidelberg Hbf"],
    )
    fact(
        d,
        "lab-priya-hours",
        "difference",
        "duration",
        [
            "How long is Priya's confocal slot on Thursday?",
            "For how many hours did I book the LSM 980 for Priya?",
            "Priya, Thursday, confocal – length of the booking?",
        ],
        ["3 h", "3h", "3 hours", "three hours"],
        [dl.PRIYA[7]],
    )
    # --------------------------------------------------------------------------------------- aggregates
    fact(
        d,
        "lab-total-budget",
        "agg_amount",
        "amount",
        [
            "What's the lab's total budget for 2026 across all categories?",
            "Add up the Budget 2026 column of the budget sheet.",
            "Overall 2026 money for the Keller Lab?",
        ],
        fr(sum(r[1] for r in dl.BUDGET)),
        ["Budget 2026"],
    )
    confocal = [r for r in [*dl.BOOKINGS, dl.PRIYA] if r[0] == "LSM 980 Confocal"]
    fact(
        d,
        "lab-confocal-count",
        "agg_amount",
        "count",
        [
            "How many confocal bookings are there this week, now that Priya is in?",
            "How many times is the LSM 980 booked in KW 49?",
            "Number of confocal slots in the booking sheet?",
        ],
        [str(len(confocal)), "four"],
        ["LSM 980 Confocal"],
    )
    fact(
        d,
        "lab-running-count",
        "agg_amount",
        "count",
        [
            "How many of the lab's jobs were running when I looked at the queue in the morning?",
            "Count the jobs in state R in the first squeue I ran.",
            "Morning queue: number of running jobs?",
        ],
        ["3", "three"],
        ["4418201"],
    )
    # ---------------------------------------------------------------------------------------------- list
    fact(
        d,
        "lab-order-lines",
        "list",
        "list",
        [
            "What was on the Labrisa order?",
            "List the items I ordered from the supplier today.",
            "Positions of the consumables requisition?",
        ],
        ["filter && anti-gfp && handschuhe && röhrchen", "tips && antibod && gloves && tubes"],
        ["LB-FT-15"],
    )
    # ------------------------------------------------------------------------ unanswerable: traps
    for fid, family, atype, qs, absent in [
        (
            "lab-trap-thermo",
            "lookup",
            "amount",
            [
                "What did Thermo Fisher quote for the anti-GFP antibodies?",
                "How much was the Thermo Fisher offer?",
                "Thermo Fisher price for the antibody?",
            ],
            "Thermo",
        ),
        (
            "lab-trap-wolf",
            "lookup",
            "text",
            [
                "What did Sabine Wolf write about the freezer alarm?",
                "Sabine Wolf's message this morning – what was it?",
                "What did Sabine Wolf want from me today?",
            ],
            "Sabine",
        ),
        (
            "lab-trap-helix",
            "table_cell",
            "amount",
            [
                "How much budget is left on the HELIX-7 project?",
                "What's Verfügbar for HELIX-7?",
                "HELIX-7 remaining funds?",
            ],
            "HELIX",
        ),
        (
            "lab-trap-po",
            "lookup",
            "amount",
            [
                "What's the total of PO-CH-2026-00902?",
                "How much was order 00902 for?",
                "PO-CH-2026-00902 Gesamtbetrag?",
            ],
            "00902",
        ),
        (
            "lab-trap-krios",
            "table_cell",
            "person",
            [
                "Who booked the Krios cryo-EM this week?",
                "When is the Titan Krios booked, and by whom?",
                "Krios booking – whose?",
            ],
            "Krios",
        ),
        (
            "lab-trap-job",
            "lookup",
            "text",
            [
                "What state is Slurm job 4419555 in?",
                "Did job 4419555 finish?",
                "4419555 status?",
            ],
            "4419555",
        ),
        (
            "lab-trap-nakamura",
            "lookup",
            "identifier",
            [
                "What's the DOI of the Nakamura paper in my Zotero?",
                "Nakamura et al. – DOI?",
                "Which DOI does the Nakamura segmentation article have?",
            ],
            "Nakamura",
        ),
        (
            "lab-trap-slack",
            "time_in_app",
            "duration",
            [
                "How long was I in Slack today?",
                "Total time on Slack?",
                "How much of my day went on Slack?",
            ],
            "Slack",
        ),
    ]:
        none(d, fid, family, atype, qs, absent=absent)
    # ------------------------------------------------------ unanswerable: attribute not on screen
    for fid, family, atype, qs in [
        (
            "lab-none-priya-mail",
            "lookup",
            "email",
            [
                "What's Priya Raman's e-mail address?",
                "How do I write to Priya by mail?",
                "Priya's email?",
            ],
        ),
        (
            "lab-none-node",
            "lookup",
            "identifier",
            [
                "Which node did the resubmitted training job 4419022 run on?",
                "On what GPU node is Jonas's new job running?",
                "NODELIST of 4419022 once it started?",
            ],
        ),
        (
            "lab-none-labrisa-uid",
            "lookup",
            "identifier",
            [
                "What's Labrisa's VAT number (UID)?",
                "Which CHE number does the supplier have?",
                "Labrisa MWST-Nr.?",
            ],
        ),
        (
            "lab-none-kaeltetech-phone",
            "lookup",
            "identifier",
            [
                "What's KälteTech's phone number?",
                "How do I call the freezer service company?",
                "KälteTech Tel.?",
            ],
        ),
        (
            "lab-none-jonas-phone",
            "lookup",
            "identifier",
            [
                "What's Jonas Meier's mobile number?",
                "How can I reach Jonas by phone?",
                "Jonas – phone?",
            ],
        ),
        (
            "lab-none-hotel-address",
            "lookup",
            "text",
            [
                "What's the address of the Hotel am Neckar?",
                "Where exactly in Heidelberg was my hotel?",
                "Hotel am Neckar – street?",
            ],
        ),
        (
            "lab-none-service-cost",
            "lookup",
            "amount",
            [
                "How much will the freezer service cost?",
                "What's KälteTech charging for the visit on Thursday?",
                "Price of the freezer B repair?",
            ],
        ),
    ]:
        none(d, fid, family, atype, qs)
