"""Facts and phrasings for day "desk" (see day_desk.py), the tenth held-out day: lookups of every answer type (the
publisher's M4 mail and its recap, a porting quote from Seattle in USD, a localisation quote and a sound
designer's invoice in kronor with moms, Discord messages, the Teams chat, the crash bug's page, the publishing
agreement, the SJ booking, the SL trip, the weather, the HUD review in Figma), cells and comparisons from the
sprint board, the CI builds, the store's wishlists by country, the budget and milestone sheets, the time report,
the bank and P4V's changelists, differences (of two values on screen, or one value at two moments) and aggregates
worked out from values on screen (make_questions_desk.py checks the arithmetic against the strings the day
draws), a list, and unanswerable questions (traps naming a publisher, store, build, person, airline, issue,
country, payment service, milestone or fund never on screen, and attributes that no frame shows of people and
things that are). Phrasings are how a producer at a small Stockholm studio would ask later: a plain one, one in
other words than the screen's (a description or role instead of the name, English for the Swedish screen), and a
terse one or one with a relative time ('this morning', 'after lunch', 'before the call'). The values that the
answers hold are taken from day_desk's data, the same data the screens are drawn from. Amounts accept the sv-SE
form the screen writes (120 375,00 kr, 96,3 tkr) and 120,375.00 / 120375.00 / SEK 120,375; names with å, ä and ö
are also accepted without them (the OCR reads an English model)."""

from __future__ import annotations

import unicodedata

import day_desk as ds

D = "desk"


def plain(text: str) -> str:
    """'Björn Öberg' -> 'Bjorn Oberg' (the combining marks dropped)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def names(*forms: str) -> list[str]:
    return sorted(set(forms) | {plain(f) for f in forms})


def kronor(value: float, amount, words: tuple[str, ...] = ()) -> list[str]:
    """make_questions.amount's forms, the sv-SE '120 375,00' (with and without 'kr'), 'SEK 120,375.00' and words."""
    forms = set(amount(f"{value:,.2f}"))
    sv = ds.sv(value)
    forms |= {
        sv,
        f"{sv} kr",
        f"{value:.2f} kr",
        f"SEK {value:,.2f}",
        f"{value:,.2f} SEK",
        f"{ds.sv(value, 0)} kr",
    }
    forms.update(words)
    return sorted(forms)


def tkr(value: float) -> list[str]:
    """A budget figure in thousands of kronor: '23,7', '23.7 tkr', '23 700 kr', 'SEK 23,700'."""
    whole = round(value * 1000)
    return sorted(
        {
            ds.tkr(value),
            f"{value:.1f}",
            f"{ds.tkr(value)} tkr",
            f"{value:.1f} tkr",
            f"{ds.sv(whole, 0)} kr",
            f"{whole:,}",
            f"{whole}",
            f"SEK {whole:,}",
            f"{whole:,} kr",
        }
    )


def money(value: float, code: str, sign: str, amount) -> list[str]:
    """EUR/USD as an English mail writes them ('EUR 70,000', '€70,000', '70,000 EUR') and amount's forms."""
    forms = set(amount(f"{value:,.2f}"))
    forms |= {
        f"{code} {value:,.0f}",
        f"{code} {value:,.2f}",
        f"{sign}{value:,.0f}",
        f"{sign}{value:,.2f}",
        f"{value:,.0f} {code}",
        f"{ds.sv(value, 0)} {code}",
    }
    return sorted(forms)


def register(fact, none, amount):
    d = D
    kr = lambda value, *words: kronor(value, amount, words)  # noqa: E731
    eur = lambda value: money(value, "EUR", "€", amount)  # noqa: E731
    usd = lambda value: money(value, "USD", "$", amount)  # noqa: E731
    # ------------------------------------------------------------------------------------------ lookups
    fact(
        d,
        "desk-m4-payment",
        "lookup",
        "amount",
        [
            "How much is Brightfall's payment for the M4 milestone?",
            "What will the publisher pay us once the beta milestone is approved?",
            "M4 payment?",
        ],
        eur(70000),
        ["release the M4 payment"],
    )
    fact(
        d,
        "desk-m4-review",
        "lookup",
        "datetime",
        [
            "When is the M4 review with Brightfall?",
            "On which day does the publisher go through our beta milestone?",
            "M4 review date?",
        ],
        ["26 November", "November 26", "2026-11-26", "26 nov", "26.11", "Nov 26", "Thursday 26 November"],
        ["The M4 review is on"],
    )
    fact(
        d,
        "desk-port-quote",
        "lookup",
        "amount",
        [
            "What fixed price did Portside Games quote for the console port?",
            "How much would the Seattle studio charge to bring Frostvakt to PS5 and Switch 2?",
            "port quote?",
        ],
        usd(84500),
        ["Fixed price: USD 84,500"],
    )
    fact(
        d,
        "desk-port-email",
        "lookup",
        "email",
        [
            "What's Dana Whitaker's email address?",
            "Which address did the porting quote come from?",
            "portside email?",
        ],
        ["dana@portsidegames.com"],
        ["Dana Whitaker <"],
    )
    fact(
        d,
        "desk-port-weeks",
        "lookup",
        "duration",
        [
            "How long would the console port take according to Portside?",
            "How many weeks after kickoff does the porting studio need?",
            "port timeline?",
        ],
        ["14 weeks", "14", "fourteen weeks"],
        ["Timeline: 14 weeks"],
    )
    fact(
        d,
        "desk-loc-vendor",
        "lookup",
        "name",
        [
            "Which company sent me the localisation quote?",
            "Who offered to translate the game into German, French and Japanese?",
            "loc vendor?",
        ],
        names("Lingua Borealis AB", "Lingua Borealis"),
        ["Här är vår offert för Frostvakt"],
    )
    fact(
        d,
        "desk-loc-total",
        "lookup",
        "amount",
        [
            "What's the total of the localisation quote including moms?",
            "How much would the translation agency's offer cost with VAT on top?",
            "loc offert inkl. moms?",
        ],
        kr(ds.LOC_GROSS),
        ["Totalt inkl. moms"],
    )
    fact(
        d,
        "desk-loc-orgnr",
        "lookup",
        "identifier",
        [
            "What's Lingua Borealis's org number?",
            "Which organisation number is on the Uppsala translators' quote?",
            "lingua borealis org.nr?",
        ],
        ["556734-0918", "5567340918"],
        ["Lingua Borealis AB · org.nr"],
    )
    fact(
        d,
        "desk-loc-phone",
        "lookup",
        "identifier",
        [
            "What's Elin Bergkvist's phone number?",
            "Which number can I ring the translation agency on?",
            "elin's phone?",
        ],
        ["+46 18 471 22 90", "018-471 22 90", "018 471 22 90", "+46184712290", "018-4712290"],
        ["Lingua Borealis AB · org.nr"],
    )
    fact(
        d,
        "desk-sound-due",
        "lookup",
        "datetime",
        [
            "When is Strand Ljud's invoice due?",
            "By what date do I have to pay the sound designer for November?",
            "faktura 2026-117 due?",
        ],
        ["2026-12-08", "8 December", "December 8", "8 dec", "8.12.2026", "Dec 8", "8 december"],
        ["Förfallodag"],
    )
    fact(
        d,
        "desk-crash-reports",
        "lookup",
        "number",
        [
            "How many crash reports had come in for FROST-247?",
            "How many crashes did players report after the 0.9.3 patch?",
            "crash report count?",
        ],
        ["14", "fourteen"],
        ["crash reports"],
    )
    fact(
        d,
        "desk-fix-cl",
        "lookup",
        "identifier",
        [
            "Which changelist fixed the savegame crash?",
            "What was the number of Björn's fix in Perforce?",
            "fix CL?",
        ],
        ["48233", "CL 48233"],
        ["campfire chunk"],
    )
    fact(
        d,
        "desk-bug-reporter",
        "lookup",
        "person",
        [
            "Who reported FROST-247?",
            "Which colleague filed the bug about old saves crashing the game?",
            "247 reporter?",
        ],
        names("Oskar Ågren"),
        ["Reporter"],
    )
    fact(
        d,
        "desk-julbord",
        "lookup",
        "datetime",
        [
            "When is the studio's julbord?",
            "On what date is the Christmas dinner Karin booked for us?",
            "julbord when?",
        ],
        ["11 december", "December 11", "2026-12-11", "11 dec", "11.12", "Dec 11", "fredag 11 december"],
        ["Julbordet är bokat"],
    )
    fact(
        d,
        "desk-showcase",
        "lookup",
        "datetime",
        [
            "When is the Winter Showcase trailer slot?",
            "What date did the publisher's marketing person confirm for showing our trailer?",
            "showcase slot?",
        ],
        ["3 December", "December 3", "2026-12-03", "3 dec", "3.12", "Dec 3"],
        ["Winter Showcase trailer slot"],
    )
    fact(
        d,
        "desk-gifs-who",
        "lookup",
        "person",
        [
            "Who asked for wolf-pack GIFs for the store page?",
            "Which person on the publisher's side wanted three animated clips by Friday?",
            "GIF request from?",
        ],
        names("Tobias Krämer", "Tobias Kraemer", "Krämer"),
        ["three GIFs of the wolf pack"],
    )
    fact(
        d,
        "desk-ja-qa",
        "lookup",
        "amount",
        [
            "How much extra did Brightfall offer for Japanese localisation QA?",
            "What's the amendment for checking the Japanese translation worth?",
            "JA loc QA amount?",
        ],
        eur(15000),
        ["JA localisation QA"],
    )
    fact(
        d,
        "desk-advance",
        "lookup",
        "amount",
        [
            "How big is the advance in the Brightfall publishing agreement?",
            "What's the total recoupable sum the publisher pays us under the contract?",
            "advance?",
        ],
        eur(ds.ADVANCE),
        ["recoupable advance"],
    )
    fact(
        d,
        "desk-revshare",
        "lookup",
        "number",
        [
            "What share of net receipts does the studio get after recoupment?",
            "Once the advance is earned back, how much of the revenue is ours according to the contract?",
            "developer split post-recoup?",
        ],
        ["60%", "60 %", "60", "60 percent"],
        ["After Recoupment"],
    )
    fact(
        d,
        "desk-term",
        "lookup",
        "duration",
        [
            "How long does the publishing agreement run?",
            "For how many years after launch is the Brightfall deal in force?",
            "contract term?",
        ],
        ["7 years", "seven years", "seven (7) years", "7", "seven"],
        ["This Agreement runs for"],
    )
    fact(
        d,
        "desk-sj-booking",
        "lookup",
        "identifier",
        [
            "What's the booking number for my train to Göteborg?",
            "Which reference did SJ give Friday's ticket?",
            "SJ booking ref?",
        ],
        [ds.BOOKING],
        ["Tack för din bokning"],
    )
    fact(
        d,
        "desk-sl-arrival",
        "lookup",
        "datetime",
        [
            "What time would the first SL trip I looked up get me to Kista?",
            "When does the metro connection to the playtest arrive?",
            "Kista arrival?",
        ],
        ["13:29", "1:29 PM", "1:29", "13:27"],
        ["Medborgarplatsen"],
    )
    fact(
        d,
        "desk-snow-warning",
        "lookup",
        "text",
        [
            "What weather warning did SMHI issue for this evening?",
            "What was the Weather app warning Stockholm about for tonight?",
            "weather warning?",
        ],
        [
            "Gul varning – Snöfall",
            "Gul varning",
            "10–15 cm snö",
            "10-15 cm",
            "10–15 cm",
            "snowfall",
            "yellow warning",
        ],
        ["Gul varning"],
    )
    fact(
        d,
        "desk-stamina-width",
        "lookup",
        "number",
        [
            "How wide is the stamina bar in the HUD design now?",
            "After Sofia's change, what width did the stamina meter get?",
            "stamina bar width?",
        ],
        [f"{ds.STAMINA_NEW} px", str(ds.STAMINA_NEW), f"{ds.STAMINA_NEW}px"],
        ["Stamina bar widened"],
    )
    fact(
        d,
        "desk-hannah-email",
        "lookup",
        "email",
        [
            "What's Hannah Vogt's email address?",
            "Which address does the publisher's senior producer write from?",
            "hannah's email?",
        ],
        [ds.HANNAH_ADDR],
        ["Hannah Vogt <"],
    )
    fact(
        d,
        "desk-studio-orgnr",
        "lookup",
        "identifier",
        [
            "What's Nordljus Spel AB's org number?",
            "Which organisation number does our studio have?",
            "our org.nr?",
        ],
        [ds.STUDIO_ORG, ds.STUDIO_ORG.replace("-", "")],
        ["Nordljus Spel AB"],
    )
    # ---------------------------------------------------------------------------------------- table cells
    fact(
        d,
        "desk-wishlists-sweden",
        "table_cell",
        "number",
        [
            "How many outstanding wishlists did Sweden have in this morning's Nimbus report?",
            "How many Swedish players had Frostvakt wishlisted in the early store data?",
            "SE wishlists, 06:00 data?",
        ],
        ["6 420", "6,420", "6420"],
        ["Data updated 24 nov. 2026 06:00"],
    )
    fact(
        d,
        "desk-sound-actual",
        "table_cell",
        "amount",
        [
            "How much has been spent on sound design so far this year, per the budget?",
            "What's the actual to date for Strand Ljud in the Frostvakt budget sheet?",
            "ljuddesign utfall?",
        ],
        tkr(450.0),
        ["Ljuddesign (Strand Ljud AB)"],
    )
    fact(
        d,
        "desk-m5-date",
        "table_cell",
        "datetime",
        [
            "When is the M5 milestone due?",
            "What's the target date for the release candidate build?",
            "M5 date?",
        ],
        ["2027-01-29", "29 January 2027", "January 29", "29 jan", "29.01.2027", "Jan 29"],
        ["Release candidate"],
    )
    fact(
        d,
        "desk-hours-pub",
        "table_cell",
        "duration",
        [
            "How many hours did I report on FRV-PUB for Tuesday?",
            "How much time did I log for publisher contact today?",
            "FRV-PUB today?",
        ],
        ["2,0", "2.0", "2 h", "2 hours", "2,0 h", "2"],
        ["senast sparad 24 nov. 2026 15:21"],
    )
    fact(
        d,
        "desk-perforce-payment",
        "table_cell",
        "amount",
        [
            "How much was the Perforce licence payment?",
            "What did the Q4 version-control licence cost us, going by the bank?",
            "perforce payment?",
        ],
        kr(24120.00),
        ["Perforce Software · licens Q4"],
    )
    fact(
        d,
        "desk-1489-tests",
        "table_cell",
        "number",
        [
            "How many tests passed in build #1489?",
            "In the release build for 0.9.4, how many tests went green?",
            "#1489 tests passed?",
        ],
        ["1 207", "1,207", "1207"],
        ["release/0.9.4"],
    )
    fact(
        d,
        "desk-48238-author",
        "table_cell",
        "person",
        [
            "Who submitted changelist 48238?",
            "Which team member checked in the ice footstep sounds?",
            "48238 by?",
        ],
        names("emil.strand", "Emil Strand"),
        ["Ice footsteps: 24 variations"],
    )
    fact(
        d,
        "desk-nightly-duration",
        "table_cell",
        "duration",
        [
            "How long did the nightly build #1486 take?",
            "What was the duration of last night's failed build?",
            "#1486 duration?",
        ],
        ["41m 12s", "41 min 12 s", "41:12", "41 minutes 12 seconds", "41 min"],
        ["24 nov. 02:00"],
    )
    # ---------------------------------------------------------------------------------------- comparisons
    fact(
        d,
        "desk-top-adds-noon",
        "table_compare",
        "name",
        [
            "Which country had the most wishlist adds in the midday Nimbus update?",
            "In the refreshed store numbers, where did the most new wishlists of the week come from?",
            "top country by adds, 12:00 data?",
        ],
        ["Japan"],
        ["Data updated 24 nov. 2026 12:00"],
    )
    fact(
        d,
        "desk-fewest-purchases",
        "table_compare",
        "name",
        [
            "Which country in the wishlist table had the fewest purchases over the last 7 days?",
            "Of the top wishlist countries, where did the fewest people actually buy the game this week?",
            "fewest purchases?",
        ],
        ["China"],
        ["Purchases (7 days)"],
    )
    fact(
        d,
        "desk-overrun",
        "table_compare",
        "name",
        [
            "Which budget line is forecast to go over budget?",
            "Where does the Frostvakt full-year forecast exceed what we budgeted?",
            "overrun line?",
        ],
        names("Mässor & resor", "Mässor och resor"),
        ["Avvikelse"],
    )
    fact(
        d,
        "desk-cheapest-train",
        "table_compare",
        "datetime",
        [
            "Which departure to Göteborg on Friday was the cheapest?",
            "What time does the lowest-priced SJ train on the 27th leave Stockholm?",
            "cheapest train?",
        ],
        ["06:10", "6:10"],
        ["Fredag 27 nov. 2026 · 1 vuxen"],
    )
    fact(
        d,
        "desk-largest-milestone",
        "table_compare",
        "name",
        [
            "Which milestone has the largest payment in Schedule B?",
            "Which delivery is the publisher paying the most for under the contract?",
            "biggest milestone payment?",
        ],
        ["M3", "Content complete", "M3 Content complete"],
        ["SCHEDULE B – MILESTONES"],
    )
    # ---------------------------------------------------------------------------------------- aggregates
    fact(
        d,
        "desk-bugs-on-board",
        "agg_amount",
        "count",
        [
            "How many bugs were on the sprint board?",
            "Of the cards in sprint 14, how many are bugs rather than stories or tasks?",
            "bug count, sprint 14?",
        ],
        ["2", "two"],
        ["FROST Sprint 14 · 16 nov. – 27 nov. 2026"],
    )
    fact(
        d,
        "desk-inprogress-points",
        "agg_amount",
        "number",
        [
            "How many story points were in progress on the board this morning?",
            "Adding up the estimates of the cards in the In Progress column first thing, what do you get?",
            "SP in progress, morning?",
        ],
        ["23", "23 SP", "23 story points"],
        ["Completed"],
    )
    fact(
        d,
        "desk-advance-paid",
        "agg_amount",
        "amount",
        [
            "How much of the advance has Brightfall paid so far, according to the milestone sheet?",
            "Adding up the milestones marked as paid, what does it come to?",
            "advance received so far?",
        ],
        eur(230000),
        ["Summa förskott"],
    )
    fact(
        d,
        "desk-outgoing-sum",
        "agg_amount",
        "amount",
        [
            "What did the outgoing payments in the bank's transaction list add up to this morning?",
            "How much went out of the company account, all told, in the transactions I looked at before the call?",
            "sum of debits, morning?",
        ],
        kr(113847.00),
        ["Transaktioner"],
    )
    fact(
        d,
        "desk-hours-tuesday",
        "agg_amount",
        "duration",
        [
            "How many hours did I report in total for Tuesday?",
            "Adding up today's column in Tidvis, what's the day's total?",
            "hours today?",
        ],
        ["8,0", "8.0", "8 h", "8 hours", "8,0 h", "8"],
        ["tis 24/11"],
    )
    fact(
        d,
        "desk-open-comments",
        "agg_amount",
        "count",
        [
            "How many unresolved comments were on the HUD v3 file this morning?",
            "How many open review notes did the Figma design have when I first looked at it?",
            "open figma comments, am?",
        ],
        ["3", "three"],
        ["Comments"],
    )
    fact(
        d,
        "desk-deletions-sum",
        "agg_amount",
        "number",
        [
            "How many wishlist deletions did the eight countries in this morning's table have over the last 7 days?",
            "Adding up the week's removals from wishlists across the listed countries, what's the total?",
            "deletions, top 8, 06:00 data?",
        ],
        ["1 290", "1,290", "1290"],
        ["Deletions (7 days)"],
    )
    # ---------------------------------------------------------------------------------------- differences
    fact(
        d,
        "desk-loc-forecast-cut",
        "difference",
        "amount",
        [
            "By how much did I lower the localisation forecast in the budget?",
            "How much did the full-year forecast for translation drop once I had the quote?",
            "lokalisering prognos change?",
        ],
        tkr(23.7),
        ["Lokalisering"],
    )
    fact(
        d,
        "desk-balance-drop",
        "difference",
        "amount",
        [
            "By how much did the company account's balance drop between the morning and the afternoon?",
            "How much less was in the bank after I paid the invoice than when I looked before the call?",
            "saldo change?",
        ],
        kr(ds.SOUND_GROSS),
        ["Saldo"],
    )
    fact(
        d,
        "desk-japan-jump",
        "difference",
        "number",
        [
            "By how much did Japan's wishlist adds grow between the morning and midday Nimbus data?",
            "How many more weekly adds did Japan show after the store numbers were refreshed?",
            "JP adds increase?",
        ],
        ["772"],
        ["Japan"],
    )
    fact(
        d,
        "desk-tests-fixed",
        "difference",
        "count",
        [
            "How many more tests passed in build #1488 than in the nightly #1486?",
            "How many extra tests went green once the crash fix was built, compared with last night's build?",
            "#1488 vs #1486 passed?",
        ],
        ["3", "three"],
        ["#1488"],
    )
    fact(
        d,
        "desk-stamina-wider",
        "difference",
        "number",
        [
            "By how many pixels did the stamina bar get wider?",
            "How much did Sofia widen the stamina meter in the HUD design?",
            "stamina bar change?",
        ],
        ["44 px", "44", "44px", "44 pixels"],
        ["Stamina bar"],
    )
    fact(
        d,
        "desk-temp-rise",
        "difference",
        "number",
        [
            "How many degrees warmer was it in Stockholm in the afternoon than in the morning, per the Weather app?",
            "By how much had the temperature gone up between the two times I checked the weather?",
            "temp rise?",
        ],
        ["2", "2°", "2 degrees", "two"],
        ["Uppdaterad 15:00"],
    )
    fact(
        d,
        "desk-train-premium",
        "difference",
        "amount",
        [
            "How much more did my 07:21 train cost than the cheapest departure?",
            "What extra did I pay by picking the train I booked instead of the lowest fare on the list?",
            "07:21 vs cheapest?",
        ],
        kr(100.00),
        ["från 695 kr"],
    )
    fact(
        d,
        "desk-burndown",
        "difference",
        "number",
        [
            "By how many story points did the sprint's remaining work go down today?",
            "How much did the Remaining figure on the board fall between the morning and the afternoon?",
            "remaining SP drop?",
        ],
        ["10", "10 SP", "ten"],
        ["Remaining"],
    )
    # --------------------------------------------------------------------------------------------- a list
    fact(
        d,
        "desk-failed-tests",
        "list",
        "list",
        [
            "Which tests failed in the nightly build?",
            "What were the three failing tests in last night's CI run?",
            "#1486 failures?",
        ],
        [
            "SaveMigration.LoadLegacy_092 && SaveMigration.CampfireChunkRoundtrip && Perf.FrameTime_Caves",
            "LoadLegacy_092 && CampfireChunkRoundtrip && FrameTime_Caves",
        ],
        ["#1486 · 3 failed tests"],
    )
    # ------------------------------------------------------------------------ unanswerable: traps
    for fid, family, atype, qs, absent in [
        (
            "desk-trap-paradox",
            "lookup",
            "amount",
            [
                "What advance did Paradox offer for Frostvakt?",
                "How much were the Paradox people willing to pay to publish us?",
                "paradox offer?",
            ],
            "Paradox",
        ),
        (
            "desk-trap-epic",
            "table_cell",
            "number",
            [
                "How many wishlists does Frostvakt have on the Epic Games Store?",
                "What's our wishlist count on Epic?",
                "epic wishlists?",
            ],
            "Epic",
        ),
        (
            "desk-trap-1490",
            "table_cell",
            "duration",
            [
                "How long did build #1490 take?",
                "What was the duration of CI build 1490?",
                "#1490 duration?",
            ],
            "1490",
        ),
        (
            "desk-trap-henrik",
            "lookup",
            "text",
            [
                "What did Henrik Lund say about the savegame crash in Discord?",
                "What was Henrik's take on the FROST-247 bug?",
                "henrik on the crash?",
            ],
            "Henrik",
        ),
        (
            "desk-trap-finnair",
            "lookup",
            "amount",
            [
                "How much was the Finnair flight to Göteborg?",
                "What did the Finnair ticket for Friday cost?",
                "finnair price?",
            ],
            "Finnair",
        ),
        (
            "desk-trap-frost260",
            "table_cell",
            "person",
            [
                "Who is FROST-260 assigned to?",
                "Which developer owns issue FROST-260 in the sprint?",
                "260 assignee?",
            ],
            "FROST-260",
        ),
        (
            "desk-trap-korea",
            "table_cell",
            "number",
            [
                "How many outstanding wishlists came from South Korea?",
                "What did the Nimbus report show for Korean wishlists?",
                "KR wishlists?",
            ],
            "Korea",
        ),
        (
            "desk-trap-klarna",
            "table_cell",
            "amount",
            [
                "How much did we pay Klarna this week?",
                "What was the Klarna payment in the bank history?",
                "klarna amount?",
            ],
            "Klarna",
        ),
        (
            "desk-trap-m7",
            "table_cell",
            "datetime",
            [
                "When is milestone M7 due?",
                "What's the target date of the seventh milestone, M7?",
                "M7 date?",
            ],
            "M7",
        ),
        (
            "desk-trap-spelfonden",
            "lookup",
            "amount",
            [
                "How much did Spelfonden grant us for Frostvakt?",
                "What's the size of the Spelfonden grant?",
                "spelfonden grant?",
            ],
            "Spelfonden",
        ),
    ]:
        none(d, fid, family, atype, qs, absent=absent)
    # ------------------------------------------------------ unanswerable: attribute not on screen
    for fid, family, atype, qs in [
        (
            "desk-none-hannah-phone",
            "lookup",
            "identifier",
            [
                "What's Hannah Vogt's phone number?",
                "Which number can I call the publisher's producer on?",
                "hannah phone?",
            ],
        ),
        (
            "desk-none-dana-phone",
            "lookup",
            "identifier",
            [
                "What's Dana Whitaker's phone number?",
                "How do I ring the person who sent the porting quote?",
                "portside phone?",
            ],
        ),
        (
            "desk-none-platform",
            "lookup",
            "identifier",
            [
                "Which platform does the 07:21 train to Göteborg leave from?",
                "What track is Friday's SJ train departing Stockholm C from?",
                "SJ 421 platform?",
            ],
        ),
        (
            "desk-none-return-train",
            "lookup",
            "datetime",
            [
                "When does my train back from Göteborg leave on Friday?",
                "What time is the return journey to Stockholm after the pitch day?",
                "return train?",
            ],
        ),
        (
            "desk-none-248-due",
            "lookup",
            "datetime",
            [
                "What's the due date of FROST-248?",
                "By when does the campfire smoke bug have to be fixed?",
                "248 due?",
            ],
        ),
        (
            "desk-none-1486-agent",
            "table_cell",
            "name",
            [
                "Which build agent ran the nightly build #1486?",
                "On what CI machine did last night's failed build run?",
                "#1486 agent?",
            ],
        ),
        (
            "desk-none-marta-email",
            "lookup",
            "email",
            [
                "What's Märta Håkansson's email address?",
                "Where can I email our art director directly?",
                "märta email?",
            ],
        ),
        (
            "desk-none-strand-orgnr",
            "lookup",
            "identifier",
            [
                "What's Strand Ljud AB's org number?",
                "Which organisation number does the sound designer's company have?",
                "strand ljud org.nr?",
            ],
        ),
        (
            "desk-none-iban",
            "lookup",
            "identifier",
            [
                "What's the IBAN of the studio's bank account?",
                "Which IBAN should the publisher wire the M4 payment to?",
                "our IBAN?",
            ],
        ),
    ]:
        none(d, fid, family, atype, qs)
