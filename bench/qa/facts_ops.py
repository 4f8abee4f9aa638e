"""Facts and phrasings for day "ops" (see day_ops.py): lookups, table questions and unanswerable questions."""


def register(fact, none, amount):
    d = "ops"
    fact(
        d,
        "ops-users-affected",
        "lookup",
        "number",
        [
            "How many users could not sign in during INC-2291?",
            "What number of users were locked out by the SSO incident?",
            "According to the postmortem, how many people were affected?",
        ],
        ["212"],
        ["212 users"],
    )
    fact(
        d,
        "ops-outage-length",
        "lookup",
        "duration",
        [
            "How long did the SSO outage last?",
            "For how many minutes could users not sign in?",
            "What was the duration of the INC-2291 impact?",
        ],
        ["40 minutes", "40 min"],
        ["for 40 minutes"],
        tolerance=1.0,
    )
    fact(
        d,
        "ops-rollback-image",
        "lookup",
        "identifier",
        [
            "Which node image did we roll back to?",
            "What image version was restored on the node pool?",
            "To which node image version was the rollback done?",
        ],
        ["2026.11.3"],
        ["2026.11.3"],
    )
    fact(
        d,
        "ops-declared-by",
        "lookup",
        "person",
        [
            "Who declared INC-2291?",
            "Which person opened the incident in Teams?",
            "Who announced the SSO login loop incident?",
        ],
        ["Marcus Lee"],
        ["INC-2291 declared, SSO login loop"],
    )
    fact(
        d,
        "ops-requester-email",
        "lookup",
        "email",
        [
            "What's the e-mail address of the customer who reported the login loop?",
            "Which address did ticket #48213 come from?",
            "How do I reach Olivia Grant by e-mail?",
        ],
        ["olivia.grant@harborview-dental.com"],
        ["olivia.grant@harborview-dental.com"],
    )
    fact(
        d,
        "ops-crashing-pod",
        "lookup",
        "name",
        [
            "Which pod was in CrashLoopBackOff?",
            "Name the auth pod that kept crashing.",
            "What's the full name of the crash-looping auth-gateway pod?",
        ],
        ["auth-gateway-7d9f8b6c4-9mzt7", "9mzt7"],
        ["CrashLoopBackOff"],
    )
    fact(
        d,
        "ops-receipt-paid",
        "lookup",
        "amount",
        [
            "How much did we pay CloudWatchdog?",
            "What was the amount paid on receipt CW-90412?",
            "What did the November monitoring receipt charge in total?",
        ],
        amount("2,604.00"),
        ["Amount paid: $2,604.00"],
    )
    fact(
        d,
        "ops-w46-solved",
        "table_cell",
        "number",
        [
            "How many tickets were solved in week 46?",
            "Week 46, tickets solved: what's the number?",
            "In the support metrics sheet, solved tickets for week 46?",
        ],
        ["471"],
        ["Week 46"],
    )
    fact(
        d,
        "ops-best-csat",
        "table_compare",
        "name",
        [
            "Which week had the best CSAT?",
            "In the Q4 support metrics, what week scored highest on customer satisfaction?",
            "Top CSAT week in the metrics sheet?",
        ],
        ["Week 44"],
        ["Week 44"],
    )
    fact(
        d,
        "ops-w47-backlog",
        "difference",
        "number",
        [
            "How many more tickets were opened than solved in week 47?",
            "In week 47, what's the gap between tickets opened and tickets solved?",
            "Week 47: opened minus solved?",
        ],
        ["41"],
        ["Week 47"],
    )
    fact(
        d,
        "ops-opened-sum",
        "agg_amount",
        "number",
        [
            "How many tickets were opened in total over weeks 44 to 47?",
            "Sum of tickets opened from week 44 through week 47?",
            "Add up the opened tickets for weeks 44, 45, 46 and 47.",
        ],
        ["1895", "1,895"],
        ["Tickets opened"],
    )
    fact(
        d,
        "ops-action-owners",
        "list",
        "list",
        [
            "Who owns the postmortem action items?",
            "List the owners of the INC-2291 action items.",
            "Which people were assigned follow-ups in the postmortem?",
        ],
        ["Dev Patel && Riley Chen && Marcus Lee"],
        ["(owner:"],
    )
    fact(
        d,
        "ops-open-count",
        "lookup",
        "count",
        [
            "How many open tickets were in my queue?",
            "What was the count of open tickets in the BrightDesk view?",
            "How many tickets did the open-tickets view list?",
        ],
        ["4"],
        ["Open tickets (4)"],
    )
    fact(
        d,
        "ops-vat-org",
        "lookup",
        "name",
        [
            "Which customer had the ticket about the wrong VAT?",
            "Who reported that an invoice shows the wrong VAT?",
            "Organization behind ticket #48226?",
        ],
        ["Alder & Finch", "Alder"],
        ["Alder & Finch"],
    )
    fact(
        d,
        "ops-skew",
        "lookup",
        "duration",
        [
            "How large was the clock skew on the auth nodes?",
            "By how many seconds had the node clocks drifted?",
            "What skew did the auth-gateway logs report?",
        ],
        ["312 s", "312s", "312 seconds"],
        ["312"],
        tolerance=1.0,
    )
    fact(
        d,
        "ops-root-cause",
        "lookup",
        "text",
        [
            "What was the root cause of the SSO login loop?",
            "Why did the login loop happen?",
            "What caused INC-2291?",
        ],
        ["chronyd", "clock skew", "clocks drifted", "NTP"],
        ["chronyd", "clock skew"],
    )
    fact(
        d,
        "ops-hosts-cost",
        "lookup",
        "amount",
        [
            "How much were the additional hosts on the CloudWatchdog receipt?",
            "What did the 12 extra hosts cost?",
            "Price of additional hosts in the November receipt?",
        ],
        amount("216.00"),
        ["Additional hosts (12): $216.00"],
    )

    none(
        d,
        "ops-trap-hannah",
        "lookup",
        "text",
        [
            "What did Hannah Schultz say in the incident channel?",
            "Hannah Schultz's message in the INC-2291 chat?",
            "Did Hannah Schultz post anything about the outage, and what?",
        ],
        absent="Hannah",
    )
    none(
        d,
        "ops-trap-ticket",
        "lookup",
        "text",
        [
            "What's the status of ticket #48299?",
            "Where does ticket 48299 stand?",
            "Ticket #48299: open, pending or solved?",
        ],
        absent="48299",
    )
    none(
        d,
        "ops-trap-datadog",
        "lookup",
        "amount",
        [
            "How much was the Datadog receipt?",
            "What did we pay Datadog this month?",
            "The amount on the Datadog invoice?",
        ],
        absent="Datadog",
    )
    none(
        d,
        "ops-none-olivia-reply",
        "lookup",
        "text",
        [
            "What did Olivia reply after the fix?",
            "How did Olivia Grant respond once we deployed the fix?",
            "Olivia's answer to our fix message?",
        ],
    )
    none(
        d,
        "ops-none-phone",
        "lookup",
        "identifier",
        [
            "What's Olivia Grant's phone number?",
            "Which number can I call Harborview Dental on?",
            "Phone number of the requester of ticket #48213?",
        ],
    )
    none(
        d,
        "ops-trap-inc2305",
        "lookup",
        "text",
        [
            "What was the root cause of INC-2305?",
            "Why did incident INC-2305 happen?",
            "The INC-2305 postmortem: what caused it?",
        ],
        absent="2305",
    )
    none(
        d,
        "ops-none-csat-target",
        "lookup",
        "number",
        [
            "What is our CSAT target for Q4?",
            "Which customer-satisfaction goal did we set for the quarter?",
            "The Q4 CSAT target in percent?",
        ],
    )
