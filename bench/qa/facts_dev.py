"""Facts and phrasings for day "dev" (see day_dev.py): extractive lookups and unanswerable questions."""


def register(fact, none, amount):
    d = "dev"
    fact(
        d,
        "dev-quote-total",
        "lookup",
        "amount",
        [
            "What's the total on Helena's renewal quote?",
            "How much will the analytics platform renewal cost us for 2027 altogether?",
            "What did quote Q-7731 come to overall?",
        ],
        amount("17,850.00"),
        ["Total for 2027: $17,850.00"],
    )
    fact(
        d,
        "dev-quote-sender",
        "lookup",
        "person",
        [
            "Who sent me the renewal quote?",
            "Which person e-mailed about quote Q-7731?",
            "The analytics renewal offer: who was it from?",
        ],
        ["Helena Brandt"],
        ["Helena Brandt <"],
    )
    fact(
        d,
        "dev-quote-email",
        "lookup",
        "email",
        [
            "What is Helena Brandt's e-mail address?",
            "Which address did the renewal quote come from?",
            "If I want to write back to Helena about the quote, what address do I use?",
        ],
        ["helena.brandt@fabrikam-analytics.com"],
        ["helena.brandt@fabrikam-analytics.com"],
    )
    fact(
        d,
        "dev-quote-valid",
        "lookup",
        "datetime",
        [
            "Until when is the renewal quote valid?",
            "What's the expiry date of quote Q-7731?",
            "By what date do I have to accept Helena's offer?",
        ],
        ["December 12, 2026", "2026-12-12", "12/12/2026", "Dec 12"],
        ["valid until December 12, 2026"],
    )
    fact(
        d,
        "dev-failed-count",
        "lookup",
        "count",
        [
            "How many tests failed when I ran the whole suite?",
            "How many failures did pytest report for payments-api?",
            "In the full test run, what was the number of failed tests?",
        ],
        ["3"],
        ["3 failed, 118 passed"],
    )
    fact(
        d,
        "dev-currency-test",
        "lookup",
        "name",
        [
            "Which test failed with a currency mismatch?",
            "What's the name of the test that raised ValueError: currency EUR != USD?",
            "Name the failing refund test that complained about EUR versus USD.",
        ],
        ["test_refund_currency_mismatch"],
        ["test_refund_currency_mismatch"],
    )
    fact(
        d,
        "dev-failing-tests",
        "list",
        "list",
        [
            "Which tests failed in the pytest run?",
            "List the failing tests from the full test run.",
            "What were all the tests pytest reported as FAILED?",
        ],
        ["test_partial_refund_rounding && test_refund_currency_mismatch && test_retry_backoff"],
        ["FAILED tests/"],
    )
    fact(
        d,
        "dev-fix-commit",
        "lookup",
        "identifier",
        [
            "What was the commit hash for the partial refund rounding fix?",
            "Which short SHA did my 'Fix partial refund rounding' commit get?",
            "Give me the commit id of the PAY-1422 fix.",
        ],
        ["5c8e1f0"],
        ["[fix/pay-1422 5c8e1f0]"],
    )
    fact(
        d,
        "dev-webpack-time",
        "lookup",
        "duration",
        [
            "How long did the webpack build take?",
            "How many milliseconds did npm run build need for checkout-web?",
            "What was the build time of the checkout-web production bundle?",
        ],
        ["18734 ms", "18,734 ms", "18.7 s"],
        ["compiled with 2 warnings in 18734 ms"],
        tolerance=1.0,
    )
    fact(
        d,
        "dev-staging-blocked",
        "lookup",
        "person",
        [
            "Who said the staging deploy was blocked?",
            "Which colleague complained that staging can't deploy until the migration lands?",
            "In #payments-api, who mentioned staging being blocked?",
        ],
        ["Tom Becker"],
        ["staging deploy is blocked until it lands"],
    )
    fact(
        d,
        "dev-ci-cause",
        "lookup",
        "text",
        [
            "What did Aisha think broke CI?",
            "According to Aisha, which change made main red?",
            "What was Aisha's guess about the cause of the CI failures?",
        ],
        ["rounding change from PR #2291", "PR #2291", "#2291"],
        ["rounding change from PR #2291"],
    )
    fact(
        d,
        "dev-order-total",
        "lookup",
        "amount",
        [
            "What was the order total for LC-558201?",
            "How much did Marta Lindqvist's order come to?",
            "What did the customer pay in total for order LC-558201?",
        ],
        amount("111.67"),
        ["Order total", "$111.67"],
    )
    fact(
        d,
        "dev-migration-id",
        "lookup",
        "identifier",
        [
            "Which alembic revision failed to apply?",
            "What's the revision id of the migration that adds refund_reason?",
            "The database migration that hit the NotNullViolation: what was its revision?",
        ],
        ["7f3a9c2b1e4d"],
        ["-> 7f3a9c2b1e4d"],
    )
    fact(
        d,
        "dev-order-max-item",
        "agg_amount",
        "amount",
        [
            "What was the most expensive line on order LC-558201?",
            "Which item on the LC-558201 order cost the most, and how much?",
            "Biggest single item amount on Marta Lindqvist's order?",
        ],
        amount("76.00") + ["pour-over"],
        ["Ceramic pour-over set"],
    )
    fact(
        d,
        "dev-quote-diff",
        "difference",
        "amount",
        [
            "How much more is the annual subscription than premium support in Helena's quote?",
            "What's the difference between the subscription and the support lines of quote Q-7731?",
            "By how much does the 25-seat subscription exceed the premium support price?",
        ],
        amount("10,650.00"),
        ["Annual subscription (25 seats): $14,250.00", "Premium support: $3,600.00"],
    )
    fact(
        d,
        "dev-shipping-tax-sum",
        "agg_amount",
        "amount",
        [
            "What did shipping and sales tax add up to on order LC-558201?",
            "Shipping plus tax on Marta's order: how much together?",
            "Combined shipping and tax charges for LC-558201?",
        ],
        amount("16.17"),
        ["Shipping", "Sales tax"],
    )
    fact(
        d,
        "dev-standup-time",
        "lookup",
        "datetime",
        [
            "What time is the standup today?",
            "Kevin rescheduled the standup. To when?",
            "When does today's team standup start now?",
        ],
        ["11:30"],
        ["11:30 AM"],
    )

    none(
        d,
        "dev-trap-initech",
        "lookup",
        "amount",
        [
            "What's the total on the renewal quote from Initech?",
            "How much did Initech quote us for 2027?",
            "What did Initech's offer come to in total?",
        ],
        absent="Initech",
    )
    none(
        d,
        "dev-trap-globex",
        "lookup",
        "person",
        [
            "Who sent me the e-mail about the Globex contract?",
            "Which person wrote about the Globex agreement?",
            "The Globex contract mail: who was the sender?",
        ],
        absent="Globex",
    )
    none(
        d,
        "dev-trap-invoices-test",
        "lookup",
        "name",
        [
            "Which tests failed in test_invoices.py?",
            "What failures did pytest show for test_invoices.py?",
            "Name the failing test in the invoices test module test_invoices.py.",
        ],
        absent="test_invoices",
    )
    none(
        d,
        "dev-none-coverage",
        "lookup",
        "number",
        [
            "What coverage percentage did pytest report?",
            "How much of the code was covered by the test run, in percent?",
            "What was the test coverage number for payments-api?",
        ],
    )
    none(
        d,
        "dev-none-phone",
        "lookup",
        "identifier",
        [
            "What's Helena Brandt's phone number?",
            "Which number can I call Helena on?",
            "Helena's telephone number from her e-mail signature?",
        ],
    )
    none(
        d,
        "dev-trap-carlos",
        "lookup",
        "text",
        [
            "What did Carlos Mendez say in Slack about the deploy?",
            "Carlos Mendez's message about the staging deploy: what was it?",
            "In #payments-api, what did Carlos Mendez post?",
        ],
        absent="Carlos",
    )
    none(
        d,
        "dev-none-delivery",
        "lookup",
        "datetime",
        [
            "When will order LC-558201 be delivered?",
            "What's the delivery date of Marta Lindqvist's order?",
            "By when should LC-558201 arrive at the customer?",
        ],
    )
