"""Facts and phrasings for day "news" (see day_news.py), the sixth held-out day: lookups of every answer type
(a results release, a PR agency's release, a regulator's order, a source's WhatsApp messages, a CFO call's
transcript, the CMS, Slack, the quote page, notes), cells and comparisons from the results tracker, the
order's directions, the quote page's peers table and the CMS list, differences (of two values on screen, or
one value at two moments) and aggregates worked out from values on screen (make_questions_news.py checks the
arithmetic against the strings the day draws), a list, and unanswerable questions (traps naming a company,
person, story, order or app never on screen, and attributes that no frame shows of people and things that
are). Phrasings are how a business desk editor in Bengaluru would ask days later: a plain one, one in other
words than the screen's (PAT, topline, mcap, the desk's shorthand), and a terse or indirect one. Amounts
accept the Indian grouping (₹4,86,25,400), the western one and, where the screen says so, crore or lakh."""

from __future__ import annotations

import day_news as dn
from facts_buy import dates

D = "news"


def rupees(value: float, amount, decimals: int = 2, words: tuple[str, ...] = ()) -> list[str]:
    """Every accepted way of writing an amount: make_questions.amount's forms of the western grouping, the
    Indian grouping with and without paise, and any spelled forms given (e.g. "4.5 lakh")."""
    forms = set(amount(f"{value:,.{decimals}f}"))
    forms.add(dn.inr(value, decimals))
    if round(value) == value:
        forms.add(dn.inr(value, 0))
    forms.update(words)
    return sorted(forms)


def in_dates(day: int, month: int, year: int) -> list[str]:
    """dates() plus the en-IN ways: 28-11-2026 and 28 Nov 2026."""
    extra = {f"{day:02d}-{month:02d}-{year}", f"{day}-{month}-{year}"}
    return sorted(set(dates(day, month, year)) | extra)


def register(fact, none, amount):
    d = D
    rs = lambda value, *words, dec=2: rupees(value, amount, dec, words)  # noqa: E731
    k = dn.KAV
    # ------------------------------------------------------------------------------------------ lookups
    fact(
        d,
        "news-kav-pat",
        "lookup",
        "amount",
        [
            "What net profit did Kaveri Finserv report for the September quarter?",
            "How much did the NBFC earn after tax in Q2, going by its results release?",
            "KAVFIN Q2 PAT?",
        ],
        rs(k["pat"], "412.35 crore"),
        [f"today reported a net profit of ₹{k['pat']:,.2f} crore"],
    )
    fact(
        d,
        "news-kav-dividend",
        "lookup",
        "amount",
        [
            "How much interim dividend per share did Kaveri Finserv's board declare?",
            "What's the payout per share Kaveri announced with the results?",
            "Kaveri interim div?",
        ],
        rs(4.50),
        ["The board declared an interim dividend of"],
    )
    fact(
        d,
        "news-kav-record-date",
        "lookup",
        "datetime",
        [
            "What's the record date for Kaveri Finserv's interim dividend?",
            "By when must shareholders be on the register to get Kaveri's dividend?",
            "KAVFIN record date?",
        ],
        in_dates(28, 11, 2026),
        ["the record date is 28-11-2026"],
    )
    fact(
        d,
        "news-kav-gnpa",
        "lookup",
        "number",
        [
            "What was Kaveri Finserv's gross NPA at the end of Q2?",
            "How much of the lender's book was bad loans, per the release?",
            "kaveri GNPA?",
        ],
        ["2.14%", "2.14"],
        ["Gross NPA improved to 2.14%"],
    )
    fact(
        d,
        "news-ir-email",
        "lookup",
        "email",
        [
            "What's the e-mail address of Kaveri Finserv's head of investor relations?",
            "Where do I write to Nandini at Kaveri?",
            "Kaveri IR contact mail?",
        ],
        ["nandini.rao@kaverifinserv.co.in"],
        ["nandini.rao@kaverifinserv.co.in"],
    )
    fact(
        d,
        "news-ir-phone",
        "lookup",
        "identifier",
        [
            "What phone number did Kaveri Finserv give as its media contact?",
            "Which number do I ring to reach Kaveri's investor relations?",
            "Nandini Rao's number?",
        ],
        ["+91 80 4719 2260", "080 4719 2260", "80 4719 2260", "918047192260", "08047192260"],
        ["Media contact: Nandini Rao"],
    )
    fact(
        d,
        "news-orion-order",
        "lookup",
        "amount",
        [
            "How big is the order Orion Infratech won from DEDC?",
            "What's the value of Orion's expressway contract?",
            "orion LoA size?",
        ],
        ["1,240", "1240", "1,240 crore", "1,240-crore"],
        ["has received a letter of award worth"],
    )
    fact(
        d,
        "news-pr-agency",
        "lookup",
        "name",
        [
            "Which PR agency sent me Orion Infratech's press release?",
            "Who handles Orion's communications — which firm was Tanvi writing from?",
            "Orion's PR firm?",
        ],
        ["Brandwave Communications", "Brandwave"],
        ["Tanvi Kapoor | Brandwave Communications"],
    )
    fact(
        d,
        "news-cmai-order-no",
        "lookup",
        "identifier",
        [
            "What's the order number of the CMAI order on Trishul Agro?",
            "Which reference number did the regulator put on the Trishul Agro ruling?",
            "CMAI order no.?",
        ],
        [dn.ORDER_NO, "1147"],
        [f"Order No.: {dn.ORDER_NO}"],
    )
    fact(
        d,
        "news-cmai-wtm",
        "lookup",
        "person",
        [
            "Who signed the CMAI order against Trishul Agro?",
            "Which whole-time member passed the Trishul ruling?",
            "who's the WTM on the order?",
        ],
        ["R. K. Srinivasan", "Srinivasan"],
        ["R. K. Srinivasan, Whole-Time Member"],
    )
    fact(
        d,
        "news-disgorgement",
        "lookup",
        "amount",
        [
            "How much was Ravindra Sethi told to disgorge?",
            "What disgorgement did the regulator order from Trishul Agro's promoter?",
            "Sethi disgorgement amt?",
        ],
        rs(dn.DISGORGE, "4.86 crore"),
        ["Restrained for two years; disgorgement"],
    )
    fact(
        d,
        "news-ecb",
        "lookup",
        "amount",
        [
            "How much does Kaveri Finserv plan to raise through an ECB?",
            "What size of foreign borrowing did the CFO mention on the call?",
            "Kaveri ECB size?",
        ],
        ["250 million", "USD 250 million", "$250 million", "250 mn", "US$250 million"],
        ["through an ECB and up to"],
    )
    fact(
        d,
        "news-tip-cfo",
        "lookup",
        "person",
        [
            "Who did my source say had resigned at Orion Infratech?",
            "Which Orion executive put in his papers, per Vikram?",
            "orion CFO who quit?",
        ],
        ["Harish Kulkarni", "Kulkarni"],
        ["Harish Kulkarni has put in his papers"],
    )
    fact(
        d,
        "news-resign-effective",
        "lookup",
        "datetime",
        [
            "When does the Orion CFO's resignation take effect?",
            "From what date is Harish Kulkarni leaving, per Vikram?",
            "effective date of the CFO exit?",
        ],
        ["31 December", "31 Dec", "December 31", "Dec 31", "31-12-2026", "31/12/2026", "2026-12-31"],
        ["Effective 31 December"],
    )
    fact(
        d,
        "news-cfo-story-id",
        "lookup",
        "identifier",
        [
            "What's the Inkpress ID of the Orion CFO story I parked?",
            "Which story number did the CFO-exit piece get in the CMS?",
            "ID of the on-hold Orion story?",
        ],
        [dn.CFO_ID, "4475"],
        ["Orion Infratech CFO Harish Kulkarni resigns"],
    )
    fact(
        d,
        "news-kav-sched",
        "lookup",
        "datetime",
        [
            "What time was the Kaveri Finserv story scheduled to publish?",
            "When was the Kaveri copy set to go live on the site?",
            "Kaveri slot?",
        ],
        ["16:30", "4:30 pm", "4:30", "4.30 pm"],
        ["18-11-2026 16:30"],
    )
    fact(
        d,
        "news-chart-time",
        "lookup",
        "datetime",
        [
            "By what time did Arjun say the Kaveri chart would be ready?",
            "When was the graphic for the Kaveri story promised?",
            "Arjun's chart ETA?",
        ],
        ["3:45 pm", "15:45", "3:45", "3.45 pm"],
        ["Chart will be ready by 3:45 pm"],
    )
    fact(
        d,
        "news-freelance-budget",
        "lookup",
        "amount",
        [
            "What is the business desk's freelance budget for Q3 FY27?",
            "How much can I spend on freelancers this quarter, per finance?",
            "freelance kitty Q3?",
        ],
        rs(float(dn.FREELANCE_BUDGET), "4.5 lakh", "4.50 lakh"),
        ["freelance budget for Q3 FY27 is"],
    )
    fact(
        d,
        "news-kav-close",
        "lookup",
        "amount",
        [
            "At what price did Kaveri Finserv's shares close today?",
            "Where did KAVFIN end the session?",
            "kaveri closing price?",
        ],
        rs(dn.PRICES["close"]),
        ["Close · 18 Nov 2026, 15:30 IST · NSE"],
    )
    fact(
        d,
        "news-app-transcript",
        "lookup",
        "app",
        [
            "Which app did I read the Kaveri CFO call transcript in?",
            "Where was the recording of Sunita Raghavan's call transcribed?",
            "transcript tool?",
        ],
        ["Scribely", "Chrome"],
        ["Kaveri Finserv – CFO call (Q2 FY27)"],
    )
    fact(
        d,
        "news-pdf-file",
        "lookup",
        "name",
        [
            "What was the file name of the regulator's order I read in Acrobat?",
            "Which PDF held the Trishul Agro ruling?",
            "CMAI order file?",
        ],
        [dn.PDF, dn.PDF.removesuffix(".pdf")],
        [dn.PDF],
    )
    fact(
        d,
        "news-legal-change",
        "lookup",
        "text",
        [
            "Which word did legal ask me to drop from para 3 of the Trishul Agro story?",
            "What term did Priya want removed from the CMAI copy?",
            "word to cut, per legal?",
        ],
        ["siphoned"],
        ["1. Para 3: drop 'siphoned'"],
    )
    # -------------------------------------------------------------------------------------- table cells
    bw = next(r for r in dn.TRACKER if r[0] == "Brightwater Hotels")
    fact(
        d,
        "news-brightwater-pat",
        "table_cell",
        "amount",
        [
            "What net profit did Brightwater Hotels post in Q2 FY27, according to my tracker?",
            "In the results sheet, what's the hotel company's latest quarterly PAT?",
            "Brightwater Q2 PAT (₹ cr)?",
        ],
        rs(bw[3]),
        ["Brightwater Hotels"],
    )
    dp = next(r for r in dn.TRACKER if r[0] == "Deccan Polymers")
    fact(
        d,
        "news-deccan-yoy",
        "table_cell",
        "number",
        [
            "What was Deccan Polymers' profit growth year on year in the tracker?",
            "By what percentage did Deccan Polymers' bottom line move versus last year?",
            "deccan poly PAT YoY %?",
        ],
        [f"{dn.pct(dp[3], dp[4])}%", str(dn.pct(dp[3], dp[4])), f"{abs(dn.pct(dp[3], dp[4]))}%"],
        ["Deccan Polymers"],
    )
    orion = next(r for r in dn.TRACKER if r[0] == "Orion Infratech")
    fact(
        d,
        "news-orion-rev",
        "table_cell",
        "amount",
        [
            "What revenue did Orion Infratech report for Q2 FY27 in the results tracker?",
            "Orion's topline for the quarter, from my sheet?",
            "orion Q2 rev?",
        ],
        rs(orion[1]),
        ["Orion Infratech"],
    )
    fact(
        d,
        "news-meghna-date",
        "table_cell",
        "datetime",
        [
            "When did Meghna Pharma announce its Q2 results?",
            "On which day did the pharma company report, per the tracker?",
            "Meghna results date?",
        ],
        in_dates(10, 11, 2026),
        ["Meghna Pharma"],
    )
    fact(
        d,
        "news-peer-tapti",
        "table_cell",
        "number",
        [
            "How much did Tapti Housing Finance's share price change today in the peers table?",
            "What was the percentage move in Tapti Housing on the quote page?",
            "Tapti chg %?",
        ],
        ["-0.85%", "-0.85", "0.85%"],
        ["Tapti Housing Finance"],
    )
    fact(
        d,
        "news-compliance-officer",
        "table_cell",
        "person",
        [
            "Who was Trishul Agro's compliance officer named in the CMAI order?",
            "Which noticee was fined ₹3.2 lakh?",
            "compliance officer, Trishul?",
        ],
        ["Manoj Tiwari"],
        ["Compliance Officer"],
    )
    fact(
        d,
        "news-kavita-penalty",
        "table_cell",
        "amount",
        [
            "What penalty did the CMAI order impose on Kavita Sethi?",
            "How much is the promoter-director fined in the directions table?",
            "Kavita Sethi fine?",
        ],
        rs(2500000.0, "25 lakh"),
        ["Kavita Sethi"],
    )
    fact(
        d,
        "news-brightwater-words",
        "table_cell",
        "count",
        [
            "How many words was the Brightwater Hotels story in the CMS list?",
            "What's the length of Karan's hotel results piece, in words?",
            "LL-2026-11-4459 word count?",
        ],
        ["512"],
        ["Brightwater Hotels Q2 profit jumps 33.9% on wedding demand"],
    )
    # ---------------------------------------------------------------------------------- table compares
    fact(
        d,
        "news-best-yoy",
        "table_compare",
        "name",
        [
            "Which company in my Q2 tracker had the highest profit growth year on year?",
            "Who posted the sharpest jump in PAT among the companies I'm tracking?",
            "top PAT YoY in the tracker?",
        ],
        ["Brightwater Hotels", "Brightwater"],
        ["PAT YoY %"],
    )
    fact(
        d,
        "news-worst-yoy",
        "table_compare",
        "name",
        [
            "Which company in the results tracker saw the steepest fall in net profit?",
            "Whose bottom line shrank the most versus last year, per my sheet?",
            "worst PAT YoY?",
        ],
        ["Nilgiri Tea Estates", "Nilgiri Tea", "Nilgiri"],
        ["PAT YoY %"],
    )
    fact(
        d,
        "news-peer-mcap",
        "table_compare",
        "name",
        [
            "Which of Kaveri Finserv's peers on the quote page has the largest market cap?",
            "Biggest lender by mcap in the peers table?",
            "largest peer?",
        ],
        ["Narmada Credit", "Narmada"],
        ["Mcap (₹ cr)"],
    )
    fact(
        d,
        "news-peer-worst",
        "table_compare",
        "name",
        [
            "Which peer stock fell the most today on the Kaveri quote page?",
            "Among the NBFC peers listed, whose shares dropped hardest?",
            "top loser among peers?",
        ],
        ["Sahyadri Finance", "Sahyadri"],
        ["Mcap (₹ cr)"],
    )
    fact(
        d,
        "news-biggest-revenue",
        "table_compare",
        "name",
        [
            "Which company in the tracker had the largest Q2 FY27 revenue?",
            "Who's the biggest by topline in my results sheet?",
            "max revenue, tracker?",
        ],
        ["Orion Infratech", "Orion"],
        ["Revenue Q2 FY27 (₹ cr)"],
    )
    # ------------------------------------------------------------------------------------- differences
    fact(
        d,
        "news-price-move",
        "difference",
        "amount",
        [
            "How much higher was Kaveri Finserv's closing price than the price I saw first thing in the morning?",
            "By how many rupees did KAVFIN gain between my morning check and the close?",
            "kaveri: close minus morning price?",
        ],
        rs(round(dn.PRICES["close"] - dn.PRICES["am"], 2)),
        ["As on 18 Nov 2026, 09:23 IST · NSE"],
    )
    fact(
        d,
        "news-words-added",
        "difference",
        "count",
        [
            "By how many words did the Kaveri story grow while I was editing it in the CMS?",
            "How much longer did the Kaveri copy get between 587 words and the final count?",
            "kaveri words added?",
        ],
        [str(dn.WORDS_KAV[1] - dn.WORDS_KAV[0]), f"{dn.WORDS_KAV[1] - dn.WORDS_KAV[0]} words"],
        [f"{dn.WORDS_KAV[0]} words"],
    )
    fact(
        d,
        "news-freelance-left",
        "difference",
        "amount",
        [
            "How much of the freelance budget is left after the invoices booked so far?",
            "What's still unspent on freelancers this quarter?",
            "freelance balance?",
        ],
        rs(float(dn.FREELANCE_BUDGET - dn.FREELANCE_USED)),
        ["Invoices booked so far this quarter"],
    )
    fact(
        d,
        "news-target-gap",
        "difference",
        "amount",
        [
            "How far apart are the two brokerages' target prices on Kaveri Finserv?",
            "What's the gap between Alder's and Meridian's targets?",
            "TP difference Alder vs Meridian?",
        ],
        rs(70.0),
        ["Alder & Co raises target to"],
    )
    fact(
        d,
        "news-pat-increase",
        "difference",
        "amount",
        [
            "By how many crore did Kaveri Finserv's net profit rise from a year ago?",
            "What's the absolute increase in Kaveri's PAT year on year?",
            "kaveri PAT delta (₹ cr)?",
        ],
        rs(round(k["pat"] - k["pat_ly"], 2), "65.15 crore"),
        [f"today reported a net profit of ₹{k['pat']:,.2f} crore"],
    )
    fact(
        d,
        "news-cmai-words",
        "difference",
        "count",
        [
            "How many words did I add to the Trishul Agro story this morning?",
            "By how much did the CMAI piece's word count go up while I edited it?",
            "trishul copy: words added?",
        ],
        [str(dn.WORDS_CMAI[1] - dn.WORDS_CMAI[0]), f"{dn.WORDS_CMAI[1] - dn.WORDS_CMAI[0]} words"],
        [f"{dn.WORDS_CMAI[0]} words"],
    )
    # --------------------------------------------------------------------------------------- aggregates
    fact(
        d,
        "news-profit-declines",
        "agg_amount",
        "count",
        [
            "How many companies in my Q2 tracker reported lower profit than a year ago?",
            "Count the names in the results sheet whose PAT fell.",
            "# of PAT declines in the tracker?",
        ],
        ["2", "two"],
        ["PAT YoY %"],
    )
    fact(
        d,
        "news-tracker-pat-sum",
        "agg_amount",
        "amount",
        [
            "What is the combined Q2 FY27 net profit of all the companies in my tracker?",
            "Add up this quarter's PAT across the results sheet.",
            "sum of Q2 PAT, tracker?",
        ],
        rs(round(sum(r[3] for r in dn.TRACKER), 2)),
        ["Net profit Q2 FY27 (₹ cr)"],
    )
    fact(
        d,
        "news-noticees-count",
        "agg_amount",
        "count",
        [
            "How many noticees were named in the CMAI order on Trishul Agro?",
            "How many people and entities did the regulator's order cover?",
            "noticee count?",
        ],
        ["4", "four"],
        ["Noticee No."],
    )
    fact(
        d,
        "news-live-cards",
        "agg_amount",
        "count",
        [
            "How many stories were in the Live column of the budget board by the evening?",
            "By end of day, how many of our stories had gone live on the board?",
            "live count on the board, evening?",
        ],
        ["5", "five"],
        ["Business desk budget · Wed 18 Nov 2026"],
    )
    fact(
        d,
        "news-max-peer-ltp",
        "agg_amount",
        "amount",
        [
            "What's the highest share price among the peers on the Kaveri quote page?",
            "Which is the priciest peer stock's last traded price?",
            "max LTP among peers?",
        ],
        rs(2115.40),
        ["Mcap (₹ cr)"],
    )
    # ---------------------------------------------------------------------------------------------- list
    fact(
        d,
        "news-noticees",
        "list",
        "list",
        [
            "Who were the noticees in the CMAI order?",
            "Name everyone the Trishul Agro order was passed against.",
            "noticees, trishul order?",
        ],
        ["Trishul Agro && Ravindra Sethi && Manoj Tiwari && Kavita Sethi"],
        ["Promoter and Managing Director"],
    )
    # ------------------------------------------------------------------------ unanswerable: traps
    for fid, family, atype, qs, absent in [
        (
            "news-trap-zephyr",
            "lookup",
            "amount",
            [
                "What net profit did Zephyr Cement report for Q2?",
                "How did Zephyr Cement's bottom line do this quarter?",
                "Zephyr Q2 PAT?",
            ],
            "Zephyr",
        ),
        (
            "news-trap-bhatt",
            "lookup",
            "text",
            [
                "What did Sanjay Bhatt say in #biz-desk this morning?",
                "Sanjay Bhatt's message about the Kaveri story — what was it?",
                "Sanjay Bhatt on Slack?",
            ],
            "Bhatt",
        ),
        (
            "news-trap-krishna-bank",
            "lookup",
            "amount",
            [
                "What was Krishna Bank's share price on the quote page?",
                "Where did Krishna Bank close today?",
                "Krishna Bank LTP?",
            ],
            "Krishna Bank",
        ),
        (
            "news-trap-vasundhara",
            "lookup",
            "identifier",
            [
                "What's the order number of the CMAI order on Vasundhara Textiles?",
                "Which reference did the regulator give the Vasundhara ruling?",
                "Vasundhara order no.?",
            ],
            "Vasundhara",
        ),
        (
            "news-trap-teams",
            "time_in_app",
            "duration",
            [
                "How long was I in Microsoft Teams today?",
                "Total time spent on Teams calls and chats?",
                "Teams time today?",
            ],
            "Microsoft Teams",
        ),
        (
            "news-trap-story",
            "lookup",
            "text",
            [
                "What's the status of story LL-2026-11-4490 in Inkpress?",
                "Was LL-2026-11-4490 published today?",
                "4490 status?",
            ],
            "4490",
        ),
        (
            "news-trap-menon",
            "lookup",
            "email",
            [
                "What's Rajesh Menon's e-mail address at Tarang Logistics?",
                "Where do I write to Rajesh Menon?",
                "Rajesh Menon mail?",
            ],
            "Rajesh Menon",
        ),
        (
            "news-trap-pallava",
            "table_cell",
            "amount",
            [
                "What revenue did Pallava Steel post in Q2 FY27, per my tracker?",
                "Pallava Steel's topline this quarter?",
                "Pallava Q2 rev?",
            ],
            "Pallava",
        ),
    ]:
        none(d, fid, family, atype, qs, absent=absent)
    # ------------------------------------------------------ unanswerable: attribute not on screen
    for fid, family, atype, qs in [
        (
            "news-none-vikram-phone",
            "lookup",
            "identifier",
            [
                "What's my source Vikram's phone number?",
                "Which number does Vikram message me from?",
                "Vikram D's mobile?",
            ],
        ),
        (
            "news-none-kav-nim",
            "lookup",
            "number",
            [
                "What was Kaveri Finserv's net interest margin in Q2?",
                "How much did Kaveri earn on its loans over its funding cost this quarter, as a margin?",
                "Kaveri NIM?",
            ],
        ),
        (
            "news-none-trishul-mcap",
            "lookup",
            "amount",
            [
                "What is Trishul Agro's market capitalisation?",
                "How big is Trishul Agro by market value?",
                "Trishul mcap?",
            ],
        ),
        (
            "news-none-orion-start",
            "lookup",
            "datetime",
            [
                "When does Orion Infratech start work on the Hosur–Krishnagiri package?",
                "What's the appointed date for Orion's expressway project?",
                "Orion project start date?",
            ],
        ),
        (
            "news-none-rohan-phone",
            "lookup",
            "identifier",
            [
                "What's Rohan Mehta's phone number?",
                "How do I call my editor Rohan?",
                "Rohan's mobile?",
            ],
        ),
        (
            "news-none-deccan-ebitda",
            "table_cell",
            "number",
            [
                "What was Deccan Polymers' EBITDA margin in Q2?",
                "Deccan Polymers' operating margin this quarter, from the tracker?",
                "Deccan EBITDA %?",
            ],
        ),
        (
            "news-none-52w-high-date",
            "lookup",
            "datetime",
            [
                "On what date did Kaveri Finserv hit its 52-week high?",
                "When was KAVFIN last at its one-year peak?",
                "date of Kaveri's 52w high?",
            ],
        ),
        (
            "news-none-vikram-mail",
            "lookup",
            "email",
            [
                "What's Vikram's e-mail address?",
                "Where can I e-mail my Orion source?",
                "Vikram D email?",
            ],
        ),
    ]:
        none(d, fid, family, atype, qs)
