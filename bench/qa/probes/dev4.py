"""Blind probes: new facts of the dev day (ones no frozen question asks about; the test split's topics were
listed by fact id only and left out), each asked once in a plain phrasing, the way a developer would ask about
their morning. Scored as dev3.py scores them. Blind: 14/20 at 92a6c33; 18/20 after the fixes it prompted (left:
"which rounding mode is imported" and "the webhook backoff delays" ask about code, whose answers are a constant
and a list literal, no span kind the reader has)."""

from common import Tally, answered

PROBES = [
    (["priya nair"], "Who reported PAY-1422?"),
    (["high"], "What's the priority of the refund rounding ticket?"),
    (["3"], "How many story points is PAY-1422?"),
    (["payments sprint 47", "sprint 47"], "Which sprint is PAY-1422 in?"),
    (["in progress"], "What status did the Jira ticket have?"),
    (["sam ortiz"], "Who is the assignee of PAY-1422?"),
    (["marta lindqvist"], "Which customer placed order LC-558201?"),
    (["19.50", "19,50"], "How much is the refund requested on order LC-558201?"),
    (["paper filters"], "Which item was damaged in order LC-558201?"),
    (["7.95", "7,95"], "What was the shipping cost on the LumenCart order?"),
    (["round_half_even"], "Which rounding mode is imported in refunds.py?"),
    (["1, 5, 30", "[1, 5, 30]"], "What are the webhook backoff delays?"),
    (["4 commits", "4"], "How many commits does PR #2297 have?"),
    (["feat/refund-reason"], "Which branch is PR #2297 merging from?"),
    (["aisha khan", "aishakhan"], "Who asked me to review PR #2297?"),
    (["kevin osei"], "Who said CI on main was red?"),
    (["3.8.1"], "What version is checkout-web?"),
    (["nadia petrova"], "Who sent the offsite agenda draft?"),
    (["25"], "How many seats are in the annual subscription on the quote?"),
    (["182"], "How many lines were added in PR #2297?"),
]

tally = Tally()
answered("dev", PROBES, tally)
tally.done()
