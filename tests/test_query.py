"""Questions a user asks of the sample, answered end to end (process once -> query), each claim's
citations resolving to a known frame whose known text holds the cited span."""

import json
from datetime import datetime

import pytest
from PIL import Image

from conftest import TRUTH, cli, cli_json, process_sample, write_signal

NOW = "2026-11-25T12:00:00+00:00"  # the day after the sample's morning
FRAMES = {f["record_id"]: f for f in TRUTH["frames"]}


@pytest.fixture(scope="module")
def root(tmp_path_factory):
    return process_sample(tmp_path_factory.mktemp("query") / "dataroot")[0]


def ask(root, question):
    code, out = cli_json("query", question, "--dataroot", root, "--now", NOW)
    assert code == 0, out
    assert set(out) >= {"question", "state", "answer", "fields", "claims", "timings_ms"}
    assert out["timings_ms"]["total_ms"] > 0
    for claim in out["claims"]:
        assert claim["citations"], claim
        for c in claim["citations"]:
            truth = FRAMES[c["frame_record_id"]]  # resolves to a known frame
            assert datetime.fromisoformat(c["ts_utc"]) == datetime.fromisoformat(truth["ts_utc"])
            assert (c["app"], c["window_title"]) == (truth["app"], truth["title"])
            assert c["blob_path"] and c["blob_path"].startswith("media/")
            assert c["record_id"].startswith(c["frame_record_id"])
            if c["bbox"]:
                l, t, r, b = c["bbox"]
                assert 0 <= l < r <= truth["width"] and 0 <= t < b <= truth["height"]
            if "#" not in c["record_id"]:  # a claim about the window itself: its app or title
                assert c["quote"] in (truth["app"], truth["title"])
            elif c["quote"] and not c["record_id"].endswith("#vlm"):
                known = "\n".join(truth["lines"]).lower()
                assert c["quote"].lower() in known, (c["quote"], truth["record_id"])
    return out


# (question, state, text the answer must contain, fields expected)
QUESTIONS = [
    (
        "What was the subject of the email from Dana Whitfield?",
        "ok",
        "Invoice INV-2026-0412 for November",
        {},
    ),
    (
        "Who was the sender of the invoice email and what domain?",
        "ok",
        "dana.whitfield@northwind-traders.com",
        {"domain": "northwind-traders.com"},
    ),
    ("What was the Cost center in the expense report?", "ok", "CC-7781", {}),
    ("What was the Employee ID in the expense form?", "ok", "EMP-48213", {}),
    (
        "What were the last two chat messages?",
        "ok",
        "The total should be $1,284.50 and the PO number is PO-88213.",
        {},
    ),
    ("Which test failed?", "ok", "tests/test_billing.py::test_apply_discount_rounding", {}),
    ("What commands did I run in the terminal?", "ok", "pytest -k discount --maxfail=1", {}),
    ("What was the last command in the terminal?", "ok", "git log --oneline -3", {}),
    ("What was the total due on the Northwind invoice?", "ok", "$1,284.50", {}),
    ("What PO number did Priya mention?", "ok", "PO-88213", {}),
    ("How much was the consulting on the invoice?", "ok", "$864.50", {}),
    ("Which windows did I use yesterday morning?", "ok", "7 distinct windows", {}),
    ("What was the longest time I spent in one app?", "ok", "chrome.exe", {"seconds": 240.0}),
    ("Which 5-minute interval had the most window changes?", "ok", "most window changes: 2", {"changes": 2}),
    ("How many frames showed 'INV-2026-0412' and for how long?", "ok", "6 frames", {"frames": 6}),
    (
        "When did an invoice number like INV-####-#### first and last appear?",
        "ok",
        "First seen Tue 24 Nov 10:02:05",
        {},
    ),
    (
        "What were the smallest and largest dollar amounts in Chrome?",
        "ok",
        "$100.00",
        {"min": "$100.00", "max": "$1,284.50"},
    ),
    ("Do the invoice items add up? What is their sum?", "ok", "matches", {"sum": 1284.5}),
    ("By how much did the Amount change in the expense report?", "ok", "+15.50", {"difference": 15.5}),
    ("How many unread emails were in the inbox?", "ok", "Inbox 2", {"number": 2}),
    ("Where was the Save draft button?", "ok", "Save draft", {}),
    ("When was I typing the most?", "ok", "30 key presses", {"keys": 30}),
    ("What was the median time between mouse clicks?", "ok", "9.0 s", {"median_s": 9.0}),
    ("What changed on screen right after I clicked?", "ok", "switched from Windows PowerShell", {}),
    ("What does the image on screen show?", "indeterminate", "vision model", {}),
    ("What was the IBAN on the bank transfer form?", "no_evidence", "", {}),
    ("What was the wifi password?", "no_evidence", "", {}),
    ("What did I write in Outlook in the last hour?", "no_evidence", "", {}),
]


@pytest.mark.parametrize("question, state, text, fields", QUESTIONS, ids=[q[0][:50] for q in QUESTIONS])
def test_questions_on_the_sample(root, question, state, text, fields):
    out = ask(root, question)
    assert out["state"] == state, out["answer"]
    assert text in out["answer"] or any(text in str(v) for v in out["fields"].values()), out["answer"]
    for key, value in fields.items():
        assert out["fields"][key] == value, out["fields"]
    if state == "ok":
        assert out["claims"]
    else:
        assert out["claims"] == []


def test_button_box_is_on_the_button(root):
    out = ask(root, "Where was the Save draft button?")
    l, t, r, b = out["fields"]["bbox"]
    assert out["fields"]["bbox_norm"] == [
        round(l / 1920, 4),
        round(t / 1080, 4),
        round(r / 1920, 4),
        round(b / 1080, 4),
    ]
    assert 150 < l < 300 and 450 < t < 520  # where the sample renders it


def test_filters_are_parsed_in_the_users_time_zone(root):
    out = ask(root, "Which windows did I use around 10:05 yesterday?")
    assert out["filters"]["start"].startswith("2026-11-24T09:50:00+01:00")
    assert out["filters"]["end"].startswith("2026-11-24T10:20:00+01:00")
    titles = {w["title"] for w in out["fields"]["windows"]}
    assert len(titles) == 6 and not any(t.startswith("decimal") for t in titles)  # 10:20 is past the window
    out = ask(root, "What were the smallest and largest dollar amounts in Outlook?")
    assert out["filters"]["apps"] == ["outlook.exe"] and out["fields"]["max"] == "$1,284.50"


def test_text_output_and_show_with_crop(root, tmp_path):
    result = cli("query", "What was the total due on the Northwind invoice?", "--dataroot", root)
    assert result.exit_code == 0 and "$1,284.50" in result.output and "box [" in result.output
    out = ask(root, "What was the total due on the Northwind invoice?")
    c = out["claims"][0]["citations"][0]
    png = tmp_path / "evidence.png"
    code, info = cli_json(
        "show", c["record_id"], "--dataroot", root, "--box", ",".join(map(str, c["bbox"])), "--crop", png
    )
    assert code == 0 and info["frame_record_id"] == c["frame_record_id"] and info["app"] == c["app"]
    assert info["modality"] == "sst" and info["blob_path"] == c["blob_path"]
    image = Image.open(png).convert("RGB")
    l, t, r, b = c["bbox"]
    assert image.size == (1920, 1080) and image.getpixel((l - 5, (t + b) // 2)) == (230, 20, 60)
    code, err = cli_json("show", "nope/frame/1", "--dataroot", root)
    assert code == 1 and "no processed frame" in err["error"]


def test_query_before_processing_says_what_to_do(dataroot):
    code, out = cli_json("query", "anything?", "--dataroot", dataroot)
    assert code == 1 and "process once" in out["error"]


def test_golden_end_to_end_with_the_tiny_vlm(dataroot, tmp_path):
    """Fixture DataRoot -> process once (mode_b, tiny Qwen2-VL) -> query: VLM records exist, the answer holds
    the expected text and every citation resolves to a known frame holding the cited span."""
    from tiny_vlm import build_tiny_qwen2vl

    model = build_tiny_qwen2vl(tmp_path / "tiny-qwen2-vl")
    write_signal(dataroot, idle=60)
    opts = [
        "--dataroot",
        dataroot,
        "--profile",
        "mode_b",
        "--set",
        "runtime.activity.max_signal_age_s=600",
        "--set",
        f"models.vlm_path={model}",
        "--set",
        "processing.vlm.max_new_tokens=8",
        "--set",
        "processing.vlm.device=cpu",
    ]
    code, g = cli_json("golden", *opts, "--question", "What was the total due on the Northwind invoice?")
    assert code == 0 and g["ok"], g
    assert g["process"]["items"]["vlm"] == len(TRUTH["sessions"]) and g["network_refusals"] == 0
    assert g["gating_source"] == "activity_signal" and g["query"]["citations"] >= 1
    out = ask(dataroot, "What was the total due on the Northwind invoice?")
    assert out["state"] == "ok" and "$1,284.50" in out["answer"]
    assert g["store"]["records"]["vlm"] == len(TRUTH["sessions"])
    assert g["process"]["items"]["state"]["spans"] == len(TRUTH["sessions"])  # mode_b runs the state layer


def test_llm_composer_on_localhost_cites_or_is_dropped(root):
    """query.composer=llm against a real HTTP server on 127.0.0.1 speaking the OpenAI API: a claim that
    quotes its evidence is shown; one whose quote is not in the line it cites is dropped."""
    import re
    import threading
    from http.server import BaseHTTPRequestHandler, HTTPServer

    prompts = []

    class LocalLLM(BaseHTTPRequestHandler):
        def do_POST(self):
            req = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            prompt = req["messages"][0]["content"]
            prompts.append((req, prompt))
            eid = re.search(r"\[(E\d+)\][^\n]*PO-88213", prompt)
            reply = {
                "answer": "Priya gave the PO number PO-88213.",
                "claims": [
                    {
                        "text": "PO number PO-88213",
                        "evidence": [eid.group(1)] if eid else [],
                        "quote": "PO-88213",
                    },
                    {"text": "It was urgent", "evidence": ["E1"], "quote": "this is urgent, pay today"},
                ],
            }
            body = json.dumps({"choices": [{"message": {"content": json.dumps(reply)}}]}).encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), LocalLLM)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        code, out = cli_json(
            "query",
            "What PO number did Priya mention?",
            "--dataroot",
            root,
            "--set",
            "query.composer=llm",
            "--set",
            f"models.llm_endpoint=http://127.0.0.1:{server.server_port}/v1",
        )
    finally:
        server.shutdown()
    assert code == 0 and out["state"] == "ok" and out["fields"]["composer"] == "llm"
    assert [c["text"] for c in out["claims"]] == ["PO number PO-88213"]  # the unsupported claim was dropped
    assert out["claims"][0]["citations"][0]["app"] == "ms-teams.exe"
    req, prompt = prompts[0]
    assert req["temperature"] == 0 and "using ONLY the evidence lines" in prompt
    code, out = cli_json(
        "query",
        "What PO number did Priya mention?",
        "--dataroot",
        root,
        "--set",
        "query.composer=llm",
        "--set",
        "models.llm_endpoint=http://127.0.0.1:9/v1",
    )
    assert code == 1 and "did not answer" in out["error"]


SAME_DAY = "2026-11-24T18:00:00+01:00"  # the evening of the sample's morning


def ask_at(root, question, now=SAME_DAY):
    code, out = cli_json("query", question, "--dataroot", root, "--now", now)
    assert code == 0, out
    return out


@pytest.mark.parametrize(
    "question",
    [
        "What was the total on the invoice I read this morning?",  # the README's example
        "How much did the Northwind invoice come to?",
        "what's the total due on INV-2026-0412",
    ],
)
def test_the_invoice_total_in_several_phrasings(root, question):
    out = ask_at(root, question)
    assert out["state"] == "ok" and "1,284.50" in out["answer"], out["answer"]
    cited = out["claims"][0]["citations"][0]
    assert "1,284.50" in cited["quote"] and cited["bbox"]


@pytest.mark.parametrize(
    "question, expected",
    [
        ("Who sent me the invoice?", "Dana Whitfield"),
        ("Which test failed?", "test_apply_discount_rounding"),
        ("How many tests passed?", "41"),
        ("How many tests failed?", "1 \u2014"),  # the count before "failed", not "41" after the comma
        ("What did Priya say about the PO?", "PO-88213"),
        ("How much time did I spend in Outlook?", "outlook.exe"),
        ("Which app did I switch to right after the terminal?", "Microsoft Teams"),
        ("How many times did I open Outlook?", "2 separate visit"),
    ],
)
def test_facts_and_computed_families(root, question, expected):
    out = ask_at(root, question)
    assert out["state"] == "ok" and expected in out["answer"], out["answer"]
    assert out["claims"] and all(c["citations"] for c in out["claims"])


@pytest.mark.parametrize(
    "question, expected, cited",
    [
        # two rows of one table compared, the scope trailing the second row
        ("How much more was consulting than cloud hosting on the Northwind invoice?", "$544.50", "$320.00"),
        ("What was the most expensive line on the Northwind invoice?", "$864.50", "$864.50"),  # not the total
        # a cell asked for by row and column without saying it is money
        ("What's in the Consulting row under Amount on the Northwind invoice?", "$864.50", "$864.50"),
        ("What do cloud hosting and sales tax add up to on the invoice?", "$420.00", "$100.00"),
        # the sender's address, not the recipient's, asked without the words "e-mail" or "sender"
        ("What address did the Northwind invoice come from?", "dana.whitfield@", "dana.whitfield@"),
        ("When did I last look at the expense report?", "10:14:30", "Expense report - Contoso HR"),
        # a code asked for by what it is: read first, then its own sightings (not those of the words about it)
        ("When did I last see the Northwind invoice number?", "INV-2026-0412", "INV-2026-0412"),
        ("When did the expense report's employee ID first show up?", "10:14:00", "EMP-48213"),
        # a document's items, read off its table (the tax and total lines are not items)
        ("What's on the Northwind invoice, line by line?", "Cloud hosting", "Consulting hours (12 h)"),
    ],
)
def test_computed_and_typed_answers_in_unseen_phrasings(root, question, expected, cited):
    out = ask_at(root, question)
    assert out["state"] == "ok" and expected in out["answer"], out["answer"]
    quotes = [c["quote"] for claim in out["claims"] for c in claim["citations"]]
    assert any(cited in (q or "") for q in quotes), quotes


@pytest.mark.parametrize(
    "question",
    [
        "When will the Northwind invoice be delivered?",  # an attribute the screen never shows
        "Which line on the Initech invoice was the cheapest?",  # a company never on screen
        "Which week had the most tickets closed?",  # no such table anywhere
    ],
)
def test_attributes_and_tables_never_on_screen_abstain(root, question):
    out = ask_at(root, question)
    assert out["state"] == "no_evidence" and out["claims"] == [], out["answer"]


@pytest.mark.parametrize(
    "question",
    [
        "What was the total on the Globex invoice?",  # a company never on screen
        "Who sent me the invoice from Initech?",
        "How much time did I spend in Photoshop?",  # an app never used
        "What did Priya say about the Globex contract?",
    ],
)
def test_questions_about_things_never_on_screen_abstain_with_the_closest_matches(root, question):
    out = ask_at(root, question)
    assert out["state"] == "no_evidence" and out["claims"] == [], out["answer"]
    assert "matches" in out


def test_every_answer_lists_the_closest_matches_with_citations(root):
    for question in ("What was the wifi password?", "What was the total on the invoice?"):
        out = ask_at(root, question)
        assert out["matches"], question
        for m in out["matches"]:
            c = m["citation"]
            assert c["frame_record_id"] in FRAMES and c["bbox"] and m["text"] and c["quote"] == m["text"]
            assert c["app"] == FRAMES[c["frame_record_id"]]["app"]


def test_a_claim_is_checked_inside_its_own_box(root):
    """A quote that is on the frame but outside the cited box does not support the claim."""
    from datetime import timezone

    from autocapture.config import load_config
    from autocapture.query.evidence import Evidence
    from autocapture.query.verify import supports

    ev = Evidence(load_config(None, None, (), dataroot=str(root)), timezone.utc)
    try:
        out = ask_at(root, "What was the total on the invoice I read this morning?")
        c = dict(out["claims"][0]["citations"][0])
        assert supports(ev, c)
        moved = dict(
            c, bbox=[0, 0, 40, 20]
        )  # the top-left corner: the frame holds the quote, the box does not
        assert not supports(ev, moved)
        assert not supports(ev, dict(c, quote=""))  # an empty quote proves nothing
    finally:
        ev.close()


def test_a_period_with_nothing_on_screen_is_named(root):
    """The day after the sample, "this morning" holds no frames: the answer says which filter came up empty."""
    out = ask_at(
        root, "What was the total on the invoice I read this morning?", now="2026-11-25T18:00:00+01:00"
    )
    assert out["state"] == "no_evidence" and "this morning" in out["answer"] and out["claims"] == []
    # ...and the evidence from other times is still there to click through: the invoice among it
    assert any("INV-2026-0412" in m["text"] for m in out["matches"]), [m["text"] for m in out["matches"]]


def test_answers_do_not_depend_on_the_interpreters_hash_order(root):
    """Same store, same question: the same answer in a fresh process whatever PYTHONHASHSEED is (scores summed
    over sets of words once differed in their last bits with the set's order, and a tie went either way)."""
    import os
    import subprocess
    import sys

    questions = [
        "what was the total on the invoice I read this morning?",
        "Which test failed?",
        "Who sent me the invoice?",
        "how long was I in the terminal?",
    ]
    outs = []
    for seed in ("1", "8", "33"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        got = []
        for q in questions:
            run = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "autocapture",
                    "query",
                    q,
                    "--dataroot",
                    str(root),
                    "--now",
                    NOW,
                    "--json",
                ],
                capture_output=True,
                text=True,
                env=env,
                check=True,
            )
            out = json.loads(run.stdout)
            got.append((out["state"], out["answer"], [c["citations"] for c in out["claims"]]))
        outs.append(got)
    assert outs[0] == outs[1] == outs[2]
