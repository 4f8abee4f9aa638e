"""Blind probes: ops-day facts in loose phrasings (not the test split's topics, which are listed by fact id
only), written by the lead before looking at the answers. Blind: 7/12 at fb95783; 10/12 after the fixes
they prompted (a payment card told by its form, "how urgent" asks the priority field), 11/12 once tables of words
(the open-tickets list) were read as grids. Left: "max root distance" is no distance in km."""

from common import Tally, answered

PROBES = [
    (["urgent"], "How urgent is the Harborview login ticket?"),
    (["moss creek"], "Which clinic has the seat problem?"),
    (["2,388.00"], "What did the annual Monitoring Pro plan cost?"),
    (["12"], "How many extra hosts were billed?"),
    (["4417"], "Which card paid for CloudWatchdog?"),
    (["2026.11.3"], "What node image version did we roll back to?"),
    (["2:05"], "When was INC-2291 declared?"),
    (["3 s"], "What's the default max root distance in chrony?"),
    (["marcus lee"], "Who declared the incident?"),
    (["csv export missing columns"], "What's the subject of ticket #48220?"),
    (["marcus lee"], "Who moved the weekly ops review?"),
    (["open"], "What's the status of the Pinecrest ticket?"),
]

tally = Tally()
answered("ops", PROBES, tally)
tally.done()
