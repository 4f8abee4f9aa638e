"""Blind probes: new facts of the ops day (ones no frozen question asks about; the test split's topics were
listed by fact id only and left out), each asked once in a plain phrasing. Scored as dev3.py scores them. Blind:
12/22 at abbfa0a; 19/22 after the fixes it prompted (left: "not being able to add a new seat" paraphrases "Cannot add a new seat" in a table row, "which card
paid" needs "Visa ending 4417" read as a card, and "root distance" is measured in seconds, not km)."""

from common import Tally, answered

PROBES = [
    (["urgent"], "What priority does ticket #48213 have?"),
    (["1:42"], "When was ticket #48213 created?"),
    (["pinecrest realty"], "Which organization filed the ticket about the CSV export?"),
    (["new"], "What's the status of the Moss Creek Clinic ticket?"),
    (["48231"], "Which ticket number is about not being able to add a new seat?"),
    (["saml response"], "What did Riley ask Olivia to send?"),
    (["14"], "How many staff accounts were stuck in the login loop?"),
    (["2,388.00"], "What's the annual price of the Monitoring Pro plan?"),
    (["4417"], "Which card paid the CloudWatchdog receipt?"),
    (["cw-90412"], "What's the receipt number from CloudWatchdog?"),
    (["1:39"], "When was the first alert in the postmortem timeline?"),
    (["2:19"], "At what time was auth-gateway restarted?"),
    (["timex_offset_seconds"], "What's the alert condition in runbook RB-117?"),
    (["rb-117"], "Which runbook did Dev ask me to add the alert to?"),
    (["3 s", "3s"], "What is chrony's default maximum root distance?"),
    (["kubectl get pods"], "Which kubectl command did I run in PowerShell?"),
    (["2.1"], "What was the first response time in Week 45?"),
    (["marcus lee"], "Who moved the weekly ops review?"),
    (["monday"], "To which day was the weekly ops review moved?"),
    (["alder & finch", "alder"], "Which organization is ticket #48226 from?"),
    (["$0.00", "0.00"], "What was the tax on the CloudWatchdog receipt?"),
    (["2:20"], "When did PagerDuty send the resolved notice?"),
]

tally = Tally()
answered("ops", PROBES, tally)
tally.done()
