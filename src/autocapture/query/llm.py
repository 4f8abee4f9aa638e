"""The optional LLM composer (query.composer = "llm"): an OpenAI-compatible model served on localhost
(llama.cpp server, Ollama, vLLM) writes the answer from numbered evidence lines with a pinned prompt.
It must quote the evidence it relies on; a claim whose quote is not in the line it cites is dropped."""

from __future__ import annotations

import json
import urllib.request
from urllib.parse import urlparse

from autocapture.hashing import sha256_hex
from autocapture.query.claims import Claim, Result, fmt_time, span_box
from autocapture.query.evidence import Evidence
from autocapture.runtime.netguard import is_loopback

EVIDENCE_LINES = 12
PROMPT = """You answer questions about what the user saw on their screen, using ONLY the evidence lines below.
Each evidence line is: [id] time | app | window | text seen on screen.
Reply with JSON only: {"answer": "<one or two plain sentences>", "claims": [{"text": "<one fact>",
"evidence": ["<id>"], "quote": "<the exact words copied from that evidence line>"}]}.
If the evidence does not answer the question, reply {"answer": null, "claims": []}. Never guess.

Evidence:
{evidence}

Question: {question}"""
PROMPT_HASH = sha256_hex(PROMPT)


class LLMUnavailable(RuntimeError):
    pass


def _call(endpoint: str, model: str, prompt: str, timeout: float) -> str:
    host = urlparse(endpoint).hostname
    if not host or not is_loopback(host):
        raise LLMUnavailable(f"models.llm_endpoint {endpoint!r} is not on localhost")
    body = {
        "model": model,
        "temperature": 0,
        "seed": 0,
        "max_tokens": 512,
        "messages": [{"role": "user", "content": prompt}],
    }
    req = urllib.request.Request(
        endpoint.rstrip("/") + "/chat/completions",
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return json.loads(resp.read())["choices"][0]["message"]["content"]
    except (OSError, KeyError, IndexError, ValueError) as exc:
        raise LLMUnavailable(f"the LLM at {endpoint} did not answer: {exc}") from exc


def compose(ev: Evidence, question: str, cands) -> Result:
    """The same candidates the extractive reader gets (already grounded), their best lines as numbered evidence;
    the reply's quotes are then verified per box like every other claim."""
    from autocapture.query.evidence import Hit

    hits = []
    for c in cands:
        by_id = {ln["id"]: ln for ln in c.lines}
        hits += [
            Hit(c.frame, by_id[i], s) for i, s in sorted(c.hits.items(), key=lambda kv: -kv[1]) if i in by_id
        ]
    hits = sorted(hits, key=lambda h: -h.score)[:EVIDENCE_LINES]
    if not hits:
        return Result("no_evidence", "Nothing on screen matches that question.")
    ids = {f"E{i + 1}": h for i, h in enumerate(hits)}
    evidence = "\n".join(
        f"[{k}] {fmt_time(ev.local(h.frame.ts))} | {h.frame.app} | {h.frame.title} | {h.line['text']}"
        for k, h in ids.items()
    )
    cfg = ev.config
    text = _call(
        cfg["models.llm_endpoint"],
        cfg["models.llm_model"],
        PROMPT.replace("{evidence}", evidence).replace("{question}", question),
        cfg["processing.vlm.timeout_s"],
    )
    start, end = text.find("{"), text.rfind("}")
    try:
        reply = json.loads(text[start : end + 1])
    except ValueError:
        return Result("indeterminate", "The language model's reply was not the JSON it was asked for.")
    if not reply.get("answer"):
        return Result("no_evidence", "The evidence on screen does not answer that.")
    claims = []
    for c in reply.get("claims") or []:
        quote = str(c.get("quote", "")).strip()
        cites = []
        for eid in c.get("evidence") or []:
            h = ids.get(str(eid))
            if h and quote and quote.lower() in h.line["text"].lower():  # the quote must be in the cited line
                cites.append(ev.cite(h.frame, span_box(h.line, quote), quote))
        if cites:
            claims.append(Claim(str(c.get("text", quote)), cites))
    if not claims:
        return Result(
            "no_evidence",
            "The language model's answer did not hold up against the evidence, so it is not shown.",
        )
    return Result("ok", str(reply["answer"]), {"composer": "llm", "prompt_hash": PROMPT_HASH}, claims)
