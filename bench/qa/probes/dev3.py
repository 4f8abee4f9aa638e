"""Blind probes: new phrasings (terse, keyword-like, indirect, unlike the frozen ones) of the dev day's dev-split
facts only (no test-split fact is rephrased here). Scored as bench/qa.py scores an answer (state ok and one
expected answer in the answer or its fields; a duration within the frozen question's 145 s tolerance); citations
are not checked. Written blind: 28/36 at 10441c5 (before the fixes it prompted), 34/36 after."""

from common import Tally, answered

PROBES = [
    (["17,850", "17.850"], "helena's quote — grand total?"),
    (["17,850", "17.850"], "What's the bottom line on the Fabrikam Analytics renewal?"),
    (["17,850", "17.850"], "How much does the 2027 renewal quote add up to in total?"),
    (["helena.brandt@fabrikam-analytics.com"], "Helena Brandt email?"),
    (["helena.brandt@fabrikam-analytics.com"], "What's the contact address on the renewal quote?"),
    (["helena.brandt@fabrikam-analytics.com"], "Which email should I reply to for the Fabrikam quote?"),
    (["3"], "number of failing tests in the full pytest run?"),
    (["3"], "pytest: how many failed?"),
    (["3"], "How many test failures were reported for payments-api?"),
    (["test_partial_refund_rounding"], "Name the tests that failed."),
    (["test_partial_refund_rounding"], "Which test cases did pytest mark as FAILED?"),
    (["test_partial_refund_rounding"], "What tests broke in the full run?"),
    (["5c8e1f0"], "SHA of the rounding fix commit?"),
    (["5c8e1f0"], "Which commit fixed partial refund rounding?"),
    (["5c8e1f0"], "What hash did git give the refund rounding commit?"),
    (["10,650", "10.650"], "Annual subscription minus premium support in the quote?"),
    (["10,650", "10.650"], "What's the price gap between the subscription and premium support?"),
    (["10,650", "10.650"], "How much cheaper is premium support than the annual subscription?"),
    (["16.17", "16,17"], "Shipping plus sales tax on LC-558201?"),
    (["16.17", "16,17"], "Combined shipping and tax for order LC-558201?"),
    (["16.17", "16,17"], "What do shipping and tax come to together on the order?"),
    (["11:30"], "When's standup?"),
    (["11:30"], "At what time does today's standup start?"),
    (["11:30"], "standup time today?"),
    (["16 min", "15 min", "17 min"], "Total time in the terminal today?"),
    (["16 min", "15 min", "17 min"], "How many minutes was I in the terminal?"),
    (["16 min", "15 min", "17 min"], "How long did I work in Windows Terminal?"),
    (["2 separate", " 2 "], "How often did I go into Thunderbird?"),
    (["2 separate", " 2 "], "Number of Thunderbird visits today?"),
    (["2 separate", " 2 "], "How many separate Thunderbird sessions did I have?"),
    (["terminal", "windowsterminal"], "Where did I go after PAY-1422?"),
    (["terminal", "windowsterminal"], "Which window followed the Jira ticket?"),
    (["terminal", "windowsterminal"], "After the Jira issue, what app did I use next?"),
    (["09:36", "9:36"], "Last sighting of LC-558201?"),
    (["09:36", "9:36"], "When was order LC-558201 on my screen for the last time?"),
    (["09:36", "9:36"], "What's the latest time I saw the order LC-558201?"),
]

tally = Tally()
answered("dev", PROBES, tally)
tally.done()
