"""Day "dev" (Tue 2026-11-17, New York, US formats): a developer fixing a refund rounding bug. Thunderbird
mail, Slack (dark), WSL terminal with pytest/git/alembic/npm, VS Code (dark), Chrome docs, a Jira ticket,
a shop order page and a GitHub pull request."""

from __future__ import annotations

from screens import chat, editor, mail, terminal, web

TB_TITLE = "Inbox - sam.ortiz@lumencart.com - Mozilla Thunderbird"
FOLDERS = ["Inbox (4)", "Drafts", "Sent", "Archive", "Junk"]
INBOX = [
    ("Renewal quote Q-7731 for LumenCart", "Helena Brandt", "8:42 AM"),
    ("[lumencart/payments-api] Run failed: CI - main (a41c9e2)", "GitHub", "8:31 AM"),
    ("Standup moved to 11:30 AM", "Kevin Osei", "8:05 AM"),
    ("[PAY-1422] Refund amounts off by one cent", "Jira", "Yesterday"),
    ("Offsite agenda draft", "Nadia Petrova", "Yesterday"),
]
QUOTE = (
    ["From", "Helena Brandt <helena.brandt@fabrikam-analytics.com>"],
    ["To", "Sam Ortiz <sam.ortiz@lumencart.com>"],
    ["Date", "11/17/2026, 8:42 AM"],
    ["Subject", "Renewal quote Q-7731 for LumenCart"],
)
QUOTE_BODY = [
    "Hi Sam,",
    "attached is the renewal quote Q-7731 for the analytics platform.",
    "Annual subscription (25 seats): $14,250.00",
    "Premium support: $3,600.00",
    "Total for 2027: $17,850.00",
    "The quote is valid until December 12, 2026.",
    "Best, Helena",
]
CI = (
    ["From", "GitHub <noreply@github.com>"],
    ["To", "lumencart/payments-api <payments-api@noreply.github.com>"],
    ["Date", "11/17/2026, 8:31 AM"],
    ["Subject", "[lumencart/payments-api] Run failed: CI - main (a41c9e2)"],
)
CI_BODY = [
    "Run failed for main (a41c9e2)",
    "test (3.11): 3 failed",
    "Triggered by Kevin Osei via push",
    "View workflow run: github.com/lumencart/payments-api/actions/runs/11873409",
]
STANDUP = (
    ["From", "Kevin Osei <kevin.osei@lumencart.com>"],
    ["To", "payments-team@lumencart.com"],
    ["Date", "11/17/2026, 8:05 AM"],
    ["Subject", "Standup moved to 11:30 AM"],
)
STANDUP_BODY = [
    "Hi team,",
    "today's standup moves to 11:30 AM in room Harbor 3.",
    "Agenda: refunds hotfix, release 2.31.0, on-call handover.",
    "Kevin",
]

PROMPT = "sam@lumen-dev:~/payments-api$ "
PYTEST = [
    PROMPT + "git pull --rebase",
    "Already up to date.",
    PROMPT + "pytest -q tests/",
    "........................F..F.......................................F.....",
    "FAILED tests/test_refunds.py::test_partial_refund_rounding - AssertionError: assert Decimal('19.99') == "
    "Decimal('20.00')",
    "FAILED tests/test_refunds.py::test_refund_currency_mismatch - ValueError: currency EUR != USD",
    "FAILED tests/test_webhooks.py::test_retry_backoff - TimeoutError: no retry after 30s",
    "3 failed, 118 passed, 2 skipped in 12.48s",
]
FIXED = [
    PROMPT + "pytest -q tests/test_refunds.py",
    "..",
    "2 passed in 0.84s",
    PROMPT + 'git commit -am "Fix partial refund rounding (PAY-1422)"',
    "[fix/pay-1422 5c8e1f0] Fix partial refund rounding (PAY-1422)",
    " 2 files changed, 14 insertions(+), 3 deletions(-)",
]
ALEMBIC = [
    PROMPT + "alembic upgrade head",
    "INFO  [alembic.runtime.migration] Context impl PostgresqlImpl.",
    "INFO  [alembic.runtime.migration] Running upgrade 4b2c9d1e7a3f -> 7f3a9c2b1e4d, add refund_reason column",
    'sqlalchemy.exc.IntegrityError: (psycopg2.errors.NotNullViolation) column "refund_reason" of relation '
    '"refunds" contains null values',
]
ALEMBIC_OK = [
    PROMPT + "alembic upgrade head",
    "INFO  [alembic.runtime.migration] Running upgrade 4b2c9d1e7a3f -> 7f3a9c2b1e4d, add refund_reason column",
    PROMPT + "alembic current",
    "7f3a9c2b1e4d (head)",
]
WEB_PROMPT = "sam@lumen-dev:~/checkout-web$ "
NPM = [
    WEB_PROMPT + "npm run build",
    "> checkout-web@3.8.1 build",
    "> webpack --mode production",
    "asset main.4f9a1c.js 412 KiB [emitted] [minimized] [big] (name: main)",
    "asset vendor.91be07.js 1.21 MiB [emitted] [minimized] [big] (name: vendor)",
    "WARNING in asset size limit: The following asset(s) exceed the recommended size limit (244 KiB).",
    "webpack 5.94.0 compiled with 2 warnings in 18734 ms",
]
PUSH = [
    PROMPT + "pytest -q tests/test_webhooks.py",
    ".",
    "1 passed in 0.31s",
    PROMPT + "git push origin fix/pay-1422",
    "To github.com:lumencart/payments-api.git",
    "   5c8e1f0..e2d4a87  fix/pay-1422 -> fix/pay-1422",
]

CHANNELS = [
    "LumenCart",
    "# general",
    "# payments-api",
    "# deploys",
    "Direct messages",
    "Aisha Khan",
    "Tom Becker",
]
SLACK1 = [
    ("Kevin Osei", "8:52 AM", "CI on main is red since last night, 3 tests in refunds and webhooks"),
    ("Aisha Khan", "8:55 AM", "I think it's the rounding change from PR #2291"),
    ("Sam Ortiz", "9:06 AM", "looking at it now, the partial refund test fails by one cent"),
]
SLACK2 = [
    ("Aisha Khan", "9:19 AM", "heads up, migration 7f3a9c2b1e4d needs a server_default"),
    ("Tom Becker", "9:20 AM", "staging deploy is blocked until it lands"),
    ("Sam Ortiz", "9:22 AM", "pushed a fix, adding server_default='unknown'"),
]
DM = [
    ("Aisha Khan", "9:34 AM", "can you review PR #2297 before lunch?"),
    ("Sam Ortiz", "9:35 AM", "yes, right after the refund for order LC-558201"),
]

REFUNDS = [
    "from decimal import Decimal, ROUND_HALF_EVEN",
    "",
    "",
    "def partial_refund(amount, ratio):",
    '    """Refund a share of a captured payment."""',
    "    return round(amount * ratio, 2)",
]
REFUNDS_FIXED = REFUNDS[:5] + [
    "    value = Decimal(str(amount)) * Decimal(str(ratio))",
    "    return value.quantize(Decimal('0.01'), rounding=ROUND_HALF_EVEN)",
]
WEBHOOKS = [
    "import time",
    "",
    "BACKOFF_SECONDS = [1, 5, 30]",
    "",
    "def next_delay(attempt):",
    "    return BACKOFF_SECONDS[min(attempt, len(BACKOFF_SECONDS) - 1)]",
]


def inbox(selected: int, headers, body) -> object:
    return mail(
        "thunderbird",
        TB_TITLE,
        "light",
        FOLDERS,
        [(f, s, w) for s, f, w in INBOX],
        selected,
        [tuple(h) for h in headers],
        body,
        stacked=True,
    )


def slack(title, header, posts, composer=""):
    return chat("slack", title, "dark", CHANNELS, header, posts, composer)


def jira(status: str):
    return web(
        "chrome",
        "[PAY-1422] Refund amounts off by one cent - Jira - Google Chrome",
        "lumencart.atlassian.net/browse/PAY-1422",
        [
            ("h1", "Refund amounts off by one cent"),
            (
                "fields",
                [
                    ("Key", "PAY-1422"),
                    ("Status", status),
                    ("Assignee", "Sam Ortiz"),
                    ("Reporter", "Priya Nair"),
                    ("Priority", "High"),
                    ("Story points", "3"),
                    ("Sprint", "Payments Sprint 47"),
                    ("Created", "Nov 14, 2026"),
                ],
            ),
            ("p", "Partial refunds of $39.98 at 50% come out as $19.99 instead of $20.00."),
        ],
    )


def order(status: str):
    return web(
        "chrome",
        "Order #LC-558201 - LumenCart Admin - Google Chrome",
        "admin.lumencart.com/orders/LC-558201",
        [
            ("h1", "Order #LC-558201"),
            ("p", "Customer: Marta Lindqvist, placed Nov 12, 2026"),
            (
                "table",
                ["Item", "Qty", "Price", "Amount"],
                [
                    ["Ceramic pour-over set", "2", "$38.00", "$76.00"],
                    ["Paper filters (100)", "3", "$6.50", "$19.50"],
                    ["Shipping", "", "", "$7.95"],
                    ["Sales tax", "", "", "$8.22"],
                    ["Order total", "", "", "$111.67"],
                ],
            ),
            ("p", f"Status: {status}"),
            ("p", "Refund amount: $19.50 (Paper filters, damaged)"),
            ("buttons", ["Issue refund", "Contact customer"]),
        ],
    )


def segments() -> list[tuple]:
    """(local start, frames, seconds between frames, screen for frame i)."""
    t1 = "sam@lumen-dev: ~/payments-api"
    return [
        ("08:58:10", 3, 20, lambda i: inbox(0, QUOTE, QUOTE_BODY)),
        ("08:59:10", 3, 20, lambda i: inbox(1, CI, CI_BODY)),
        ("09:00:20", 10, 30, lambda i: terminal(t1, PYTEST[: 2 + min(i, 6)] if i < 6 else PYTEST)),
        (
            "09:05:30",
            6,
            25,
            lambda i: slack(
                "payments-api (Channel) - LumenCart - Slack",
                "# payments-api",
                SLACK1 if i >= 2 else SLACK1[:2],
                "" if i >= 2 else "looking at it now"[: 6 + 6 * i],
            ),
        ),
        (
            "09:08:10",
            8,
            30,
            lambda i: editor(
                "refunds.py - payments-api - Visual Studio Code",
                "dark",
                ["PAYMENTS-API", "refunds.py", "webhooks.py", "tests"],
                REFUNDS if i < 4 else REFUNDS_FIXED,
                f"Ln {6 + (i >= 4)}, Col {17 + i}",
            ),
        ),
        ("09:12:20", 6, 30, lambda i: terminal(t1, FIXED[: 3 + min(i, 3)])),
        (
            "09:15:30",
            4,
            40,
            lambda i: web(
                "chrome",
                "PostgreSQL: Documentation: 16: ALTER TABLE - Google Chrome",
                "www.postgresql.org/docs/16/sql-altertable.html",
                [
                    ("h1", "ALTER TABLE"),
                    ("p", "ALTER TABLE - change the definition of a table"),
                    ("p", "ADD COLUMN [ IF NOT EXISTS ]: this form adds a new column to the table."),
                    (
                        "p",
                        "SET NOT NULL may only be applied to a column provided none of the records in the table "
                        "contain a NULL value.",
                    ),
                    (
                        "p",
                        "Adding a column with a volatile DEFAULT requires rewriting the entire table and its indexes.",
                    ),
                ][: 3 + min(i, 2)],
            ),
        ),
        (
            "09:18:20",
            6,
            30,
            lambda i: terminal(
                t1, ALEMBIC[: 2 + min(i, 2)] if i < 3 else ALEMBIC + [""] + ALEMBIC_OK[: i - 1]
            ),
        ),
        (
            "09:21:30",
            5,
            30,
            lambda i: slack(
                "payments-api (Channel) - LumenCart - Slack",
                "# payments-api",
                SLACK1 + SLACK2[: 2 + (i >= 2)],
            ),
        ),
        ("09:24:10", 5, 35, lambda i: jira("In Progress" if i < 3 else "In Review")),
        ("09:27:30", 5, 30, lambda i: terminal("sam@lumen-dev: ~/checkout-web", NPM[: 3 + min(i, 4)])),
        ("09:30:10", 4, 30, lambda i: inbox(2, STANDUP, STANDUP_BODY)),
        ("09:32:20", 5, 30, lambda i: order("Refund requested" if i < 3 else "Refunded")),
        (
            "09:35:00",
            4,
            30,
            lambda i: slack("Aisha Khan (DM) - LumenCart - Slack", "Aisha Khan", DM[: 1 + (i >= 1)]),
        ),
        (
            "09:37:10",
            5,
            30,
            lambda i: web(
                "chrome",
                "Add refund_reason to refunds by aishakhan - Pull Request #2297 - GitHub - Google Chrome",
                "github.com/lumencart/payments-api/pull/2297",
                [
                    ("h1", "Add refund_reason to refunds #2297"),
                    ("p", "aishakhan wants to merge 4 commits into main from feat/refund-reason"),
                    ("p", "Files changed 6   +182 -41"),
                    ("p", "payments-api / test (3.11): Successful in 4m 12s"),
                    (
                        "p",
                        "Review required: at least 1 approving review is required by reviewers with write access.",
                    ),
                    ("buttons", ["Approve" if i < 3 else "Approved", "Request changes"]),
                ],
            ),
        ),
        (
            "09:40:00",
            5,
            30,
            lambda i: editor(
                "webhooks.py - payments-api - Visual Studio Code",
                "dark",
                ["PAYMENTS-API", "refunds.py", "webhooks.py", "tests"],
                WEBHOOKS if i < 2 else WEBHOOKS[:2] + ["BACKOFF_SECONDS = [1, 5, 30, 120]"] + WEBHOOKS[3:],
                f"Ln 3, Col {20 + 3 * i}",
            ),
        ),
        ("09:42:40", 4, 30, lambda i: terminal(t1, PUSH[: 3 + i])),
    ]


DAY = {
    "name": "dev",
    "run": "7a41d0c3",
    "date": "2026-11-17",
    "tzid": "America/New_York",
    "offset_minutes": -300,
    "locale": "us",
    "segments": segments,
}
