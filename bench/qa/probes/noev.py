"""Blind probes: questions about things that were on screen, asking for something about them that never was
(a phone number no screen shows, a discount no quote gave), written without looking at the days' screens and then
checked against each day's truth (two that were answerable were dropped: the CSAT of Week 45, and the kilometres
driven, which the claim's "Mileage (412 km)" gives): the right answer is
anything but `ok`. Scored: not ok = good. Blind: 14/19 at d3ca8ed; 17/19 after the fixes it prompted (left: "the
payroll outage" names an outage no screen shows in words no screen holds, so nothing tells it from the SSO one
paraphrased; "which engineer was on call": "on call" is on no screen, and a speaker in the incident channel
passes)."""

from common import Tally, asker

PROBES = {
    "dev": [
        "What's Helena Brandt's phone number?",
        "How much discount did Helena give on the renewal quote?",
        "Which reviewer approved pull request #2297?",
        "What was the code coverage percentage in the full test run?",
        "How many seats does the premium support include?",
        "What's the tracking number of order LC-558201?",
        "Which Python version did the CI run use?",
    ],
    "fin": [
        "What's Lena Vogt's phone number?",
        "What was the IBAN of the technikwelt order?",
        "Which hotel did I stay at on the travel expense claim?",
        "What's the Q2 budget for Legal?",
    ],
    "ops": [
        "How many tenants were affected by the payroll outage?",
        "What's Olivia Grant's phone number?",
        "Which engineer was on call during INC-2291?",
        "How many tickets were escalated in Week 46?",
    ],
    "hr": [
        "What's Bastian Keller's salary?",
        "Which seat number is Bastian's flight?",
        "What's the monthly rent of the apartment on Calle Goya?",
        "How many vacation days does the new hire get?",
    ],
}

tally = Tally()
for day, qs in PROBES.items():
    ask = asker(day)
    for q in qs:
        d = ask(q)
        tally.add(d["state"] != "ok", day, "|", q, "|", d["state"], d["answer"][:150])
tally.done()
