"""Blind probes: new phrasings (terse, keyword-like, indirect, unlike the frozen ones) of the fin and ops days'
dev-split facts only (no test-split fact is rephrased here). Scored as dev3.py scores them. Written blind: 26/33
at a5400b3, 31/33 after the fixes it prompted (left: "Lena's invoice" names the invoice by its sender, on another
screen than the cost centre; "users unable to log in" paraphrases "could not sign in")."""

from common import Tally, answered

PROBES = {
    "fin": [
        (["1,237.60", "1.237,60"], "brauhaus kessler invoice amount?"),
        (["1,237.60", "1.237,60"], "What's the amount due to the brewery?"),
        (["brauhaus-kessler.de"], "What domain does Lena Vogt's mail come from?"),
        (["118,500", "118.500"], "Engineering, second quarter: what's budgeted?"),
        (["118,500", "118.500"], "Q2 figure for the Engineering department in the 2027 budget?"),
        (["sales"], "Which got more budget in Q2, Marketing or Sales?"),
        (["219,95", "219.95"], "technikwelt order total?"),
        (["219,95", "219.95"], "How much was my order at technikwelt altogether?"),
        (["417,60", "417.6"], "Total amount of the travel expense claim?"),
        (["kst-3120"], "Cost centre for the brewery invoice?"),
        (["kst-3120"], "On which cost center does Lena's invoice go?"),
        (["294"], "hotel plus per diem on the expense claim?"),
        (["23,280.52", "23.280,52"], "Balance left after paying the brewery?"),
        (["23,280.52", "23.280,52"], "What was available after the transfer?"),
        (["2 separate", " 2 "], "How often did I open the Budget 2027 spreadsheet?"),
        (["acrobat"], "What came after Lena's mail?"),
        (["outlook"], "Which app was I in just before the bank transfer?"),
    ],
    "ops": [
        (["40 min"], "Duration of the SSO outage?"),
        (["40 min"], "For how long were users unable to log in via SSO?"),
        (["2026.11.3"], "Node image version we rolled back to?"),
        (["2026.11.3"], "To which image was the node pool rolled back?"),
        (["marcus lee"], "Who declared the incident INC-2291?"),
        (["marcus lee"], "INC-2291 was declared by whom?"),
        (["1895", "1,895"], "Total tickets opened across weeks 44-47?"),
        (["dev patel"], "Who are the owners of the action items in the postmortem?"),
        (["chronyd", "clock skew", "clocks drifted"], "What caused the SSO login loop?"),
        (["216"], "Additional hosts charge on the CloudWatchdog receipt?"),
        (["216"], "How much did CloudWatchdog bill for extra hosts?"),
        (["2 separate", " 2 "], "How often did I go to Teams?"),
        (["2 separate", " 2 "], "Number of times I viewed ticket #48213?"),
        (["terminal", "windowsterminal"], "Which app did I use right after the chrony docs?"),
        (["outlook"], "What was on screen just before the INC-2291 postmortem?"),
        (["14:36", "2:36"], "Harborview Dental last seen when?"),
    ],
}

tally = Tally()
for day, probes in PROBES.items():
    answered(day, probes, tally)
tally.done()
