"""Day "ops" (Fri 2026-11-20, Los Angeles, US formats): a support engineer handling an SSO incident.
A helpdesk ticket (Firefox), PowerShell with kubectl, Teams (dark), Google Sheets metrics, chrony docs, an
e-mailed receipt in Outlook (light), a long postmortem page, a runbook in VS Code (light)."""

from __future__ import annotations

from screens import chat, editor, mail, sheet, terminal, web

TICKET_TITLE = "Ticket #48213: Login loop after SSO change - BrightDesk - Mozilla Firefox"
OLIVIA = "Olivia Grant, 1:42 PM: Since this morning all 14 staff accounts are stuck in a login loop."
ASK_SAML = "Riley Chen, 1:58 PM: Could you send us the SAML response from your browser?"
FIXED = "Riley Chen, 2:21 PM: We found the cause (a clock skew on our side) and deployed a fix at 2:19 PM."


def ticket(status: str, replies: list[str]):
    return web(
        "firefox",
        TICKET_TITLE,
        "support.brightdesk.io/agent/tickets/48213",
        [
            ("h1", "Login loop after SSO change"),
            (
                "fields",
                [
                    ("Requester", "Olivia Grant <olivia.grant@harborview-dental.com>"),
                    ("Organization", "Harborview Dental"),
                    ("Priority", "Urgent"),
                    ("Status", status),
                    ("Created", "Nov 20, 2026 1:42 PM"),
                ],
            ),
            *[("p", r) for r in [OLIVIA, *replies]],
        ],
    )


PS = "PS C:\\Users\\riley> "
PODS = [
    PS + "kubectl get pods -n auth",
    "NAME                           READY   STATUS             RESTARTS   AGE",
    "auth-gateway-7d9f8b6c4-2xkqp   1/1     Running            0          3d",
    "auth-gateway-7d9f8b6c4-9mzt7   0/1     CrashLoopBackOff   17         3d",
    "saml-bridge-5c7d9f-ld2fw       1/1     Running            2          14h",
    PS + "kubectl logs auth-gateway-7d9f8b6c4-9mzt7 -n auth --tail=2",
    "2026-11-20T22:04:51Z ERROR saml: assertion not yet valid (clock skew 312s exceeds limit 180s)",
    "2026-11-20T22:04:51Z ERROR login: redirect loop detected for tenant harborview-dental",
]
ROLLOUT = [
    PS + "kubectl rollout restart deployment/auth-gateway -n auth",
    "deployment.apps/auth-gateway restarted",
    PS + "kubectl rollout status deployment/auth-gateway -n auth",
    'Waiting for deployment "auth-gateway" rollout to finish: 1 of 2 updated replicas are available...',
    'deployment "auth-gateway" successfully rolled out',
    PS + "kubectl get pods -n auth",
    "auth-gateway-6f5b7c9d8-k2v4n   1/1     Running            0          41s",
    "auth-gateway-6f5b7c9d8-x8p3q   1/1     Running            0          29s",
]

TEAMS_SIDE = ["Activity", "Chat", "Teams", "INC-2291 SSO login loop", "Dev Patel", "Support leads"]
INC = [
    ("Marcus Lee", "2:05 PM", "INC-2291 declared, SSO login loop for 3 tenants"),
    ("Riley Chen", "2:07 PM", "auth-gateway pod 9mzt7 is in CrashLoopBackOff, clock skew 312s"),
    ("Dev Patel", "2:08 PM", "NTP on node pool np-east-2 was disabled by image 2026.11.4"),
    ("Marcus Lee", "2:09 PM", "Dev, please roll back the node image to 2026.11.3"),
]
DEV_DM = [
    ("Dev Patel", "2:29 PM", "can you add the skew alert to runbook RB-117?"),
    ("Riley Chen", "2:30 PM", "will do, threshold 60 s for 5 minutes"),
]

METRIC_COLS = ["Week", "Tickets opened", "Tickets solved", "First response (h)", "CSAT"]


def metrics(csat47: bool, week48: bool) -> list[list[str]]:
    rows = [
        ["Week 44", "412", "398", "1.8", "94%"],
        ["Week 45", "455", "430", "2.1", "92%"],
        ["Week 46", "498", "471", "2.6", "89%"],
        ["Week 47", "530", "489", "3.4", "87%" if csat47 else ""],
    ]
    return rows + ([["Week 48 (to date)", "276", "251", "4.1", "85%"]] if week48 else [])


RECEIPT = [
    ("From", "CloudWatchdog Billing <billing@cloudwatchdog.io>"),
    ("Date", "Fri 11/20/2026 2:14 PM"),
    ("To", "riley.chen@brightdesk.io"),
    ("Subject", "Your receipt #CW-90412 for November"),
]
RECEIPT_BODY = [
    "Thanks for your payment.",
    "Monitoring Pro plan (annual): $2,388.00",
    "Additional hosts (12): $216.00",
    "Tax: $0.00",
    "Amount paid: $2,604.00",
    "Paid with Visa ending 4417 on Nov 20, 2026.",
]
OUTLOOK_ITEMS = [
    ("CloudWatchdog Billing", "Your receipt #CW-90412 for November", "2:14 PM"),
    ("PagerDuty", "[Resolved] INC-2291 SSO login errors", "2:20 PM"),
    ("Olivia Grant", "Re: Login loop after SSO change", "1:42 PM"),
    ("Marcus Lee", "Weekly ops review moved to Monday", "11:03 AM"),
]

POSTMORTEM = [
    ("h1", "INC-2291 Postmortem: SSO login loop"),
    ("h2", "Summary"),
    ("p", "Impact: 3 tenants, 212 users could not sign in for 40 minutes (1:39 PM to 2:19 PM)."),
    ("h2", "Timeline (PST)"),
    ("p", "1:39 PM  First alert: login error rate above 5%"),
    ("p", "1:42 PM  Ticket #48213 from Harborview Dental"),
    ("p", "2:05 PM  INC-2291 declared"),
    ("p", "2:16 PM  Node image rolled back to 2026.11.3"),
    ("p", "2:19 PM  auth-gateway restarted, error rate back to normal"),
    ("h2", "Root cause"),
    ("p", "Node image 2026.11.4 disabled chronyd; node clocks drifted by 312 seconds."),
    ("p", "SAML assertions were rejected because the allowed skew is 180 seconds."),
    ("h2", "Action items"),
    ("p", "Pin chrony in the base image (owner: Dev Patel, due Dec 4)"),
    ("p", "Alert on clock skew above 60 s (owner: Riley Chen, due Dec 1)"),
    ("p", "Add SSO canary login every minute (owner: Marcus Lee, due Dec 8)"),
]

RUNBOOK = [
    "# RB-117 Clock skew on auth nodes",
    "",
    "Alert: node_timex_offset_seconds > 60 for 5m",
    "",
    "1. Check `chronyc tracking` on the node",
    "2. If System time offset > 60 s, run `chronyc makestep`",
    "3. Restart auth-gateway: kubectl rollout restart deployment/auth-gateway -n auth",
]

QUEUE = [
    ["#48213", "Login loop after SSO change", "Harborview Dental", "Pending"],
    ["#48220", "CSV export missing columns", "Pinecrest Realty", "Open"],
    ["#48226", "Invoice shows wrong VAT", "Alder & Finch", "Open"],
    ["#48231", "Cannot add a new seat", "Moss Creek Clinic", "New"],
]


def segments() -> list[tuple]:
    sheets = "Q4 support metrics - Google Sheets - Google Chrome"
    return [
        ("14:00:10", 6, 25, lambda i: ticket("Open", [ASK_SAML])),
        (
            "14:02:50",
            8,
            30,
            lambda i: terminal("Windows PowerShell", PODS[: 1 + min(i, 7)] if i < 5 else PODS),
        ),
        (
            "14:07:00",
            6,
            30,
            lambda i: chat(
                "teams",
                "INC-2291 SSO login loop | Microsoft Teams",
                "dark",
                TEAMS_SIDE,
                "INC-2291 SSO login loop",
                INC[: 1 + (i >= 1) + (i >= 3) + (i >= 5)],
                "",
            ),
        ),
        (
            "14:10:10",
            8,
            30,
            lambda i: sheet(
                "chrome",
                sheets,
                "=AVERAGE(E2:E5)" if i >= 4 else "87%",
                METRIC_COLS,
                metrics(i >= 4, False),
                ["Weekly", "Agents", "Notes"],
            ),
        ),
        (
            "14:14:20",
            4,
            40,
            lambda i: web(
                "firefox",
                "chrony.conf(5) - chrony documentation - Mozilla Firefox",
                "chrony-project.org/doc/4.6/chrony.conf.html",
                [
                    ("h1", "chrony.conf(5)"),
                    ("h2", "makestep threshold limit"),
                    (
                        "p",
                        "This directive makes chronyd step the system clock if the adjustment is larger than a threshold.",
                    ),
                    ("p", "An example: makestep 0.1 3 steps the clock in the first three updates if needed."),
                    ("h2", "maxdistance distance"),
                    (
                        "p",
                        "Sets the maximum root distance of a source to be acceptable for synchronisation (default 3 s).",
                    ),
                ],
            ),
        ),
        (
            "14:17:00",
            6,
            30,
            lambda i: terminal("Windows PowerShell", ROLLOUT[: 2 + min(i, 6)] if i < 4 else ROLLOUT),
        ),
        (
            "14:20:10",
            5,
            30,
            lambda i: ticket("Open" if i < 2 else "Pending", [ASK_SAML] + ([FIXED] if i >= 2 else [])),
        ),
        (
            "14:22:50",
            5,
            25,
            lambda i: mail(
                "outlook",
                "Inbox - riley.chen@brightdesk.io - Outlook",
                "light",
                ["Inbox 2", "Sent Items", "Receipts", "Archive"],
                OUTLOOK_ITEMS,
                0,
                RECEIPT,
                RECEIPT_BODY,
                False,
            ),
        ),
        (
            "14:25:10",
            8,
            35,
            lambda i: web(
                "chrome",
                "INC-2291 Postmortem: SSO login loop - Confluence - Google Chrome",
                "brightdesk.atlassian.net/wiki/spaces/OPS/pages/48813/INC-2291",
                POSTMORTEM[min(i, 4) * 2 : min(i, 4) * 2 + 9],
            ),
        ),
        (
            "14:29:50",
            4,
            30,
            lambda i: chat(
                "teams",
                "Chat | Dev Patel | Microsoft Teams",
                "dark",
                TEAMS_SIDE,
                "Dev Patel",
                DEV_DM[: 1 + (i >= 1)],
                "",
            ),
        ),
        (
            "14:32:00",
            6,
            30,
            lambda i: editor(
                "RB-117-clock-skew.md - runbooks - Visual Studio Code",
                "light",
                ["RUNBOOKS", "RB-101-disk-full.md", "RB-117-clock-skew.md"],
                RUNBOOK[: 4 + min(i, 3)],
                f"Ln {4 + min(i, 3)}, Col 1",
            ),
        ),
        (
            "14:35:10",
            4,
            30,
            lambda i: web(
                "firefox",
                "Open tickets - BrightDesk - Mozilla Firefox",
                "support.brightdesk.io/agent/views/open",
                [("h1", "Open tickets (4)"), ("table", ["ID", "Subject", "Organization", "Status"], QUEUE)],
            ),
        ),
        (
            "14:37:20",
            4,
            30,
            lambda i: sheet(
                "chrome",
                sheets,
                "=SUM(B2:B6)",
                METRIC_COLS,
                metrics(True, True),
                ["Weekly", "Agents", "Notes"],
            ),
        ),
    ]


DAY = {
    "name": "ops",
    "run": "3b9f6e12",
    "date": "2026-11-20",
    "tzid": "America/Los_Angeles",
    "offset_minutes": -480,
    "locale": "us",
    "segments": segments,
}
