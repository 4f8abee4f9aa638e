"""The operator's golden check: validate -> process once with bounded budgets -> one sample query ->
a short summary. Nothing is deleted and nothing leaves the machine."""

from __future__ import annotations

from autocapture.config import Config
from autocapture.dataroot.validate import validate
from autocapture.pipeline.once import process_once
from autocapture.runtime import netguard

DEFAULT_QUESTION = "Which windows did I use?"


def golden(config: Config, question: str = DEFAULT_QUESTION, max_seconds: float = 600.0) -> dict:
    from autocapture.query.answer import ask

    report = validate(config)
    out: dict = {
        "validate": {
            "ok": report.ok,
            "errors": sum(p.severity == "error" for p in report.problems),
            "warnings": sum(p.severity == "warning" for p in report.problems),
            "frames": report.counts.get("evidence.capture.frame", 0),
        }
    }
    if not report.ok:
        out["ok"] = False
        out["message"] = "contract invalid: run `autocapture validate` for the problems"
        return out
    summary = process_once(config, max_seconds=max_seconds).to_dict()
    out["process"] = {
        k: summary[k] for k in ("state", "exit_code", "message", "items", "resources", "stopped")
    }
    out["gating_source"] = (summary["gating"] or {}).get("source")
    if summary["exit_code"] not in (0, 2):
        out["ok"] = False
        return out
    answer = ask(config, question)
    out["query"] = {
        "question": question,
        "state": answer["state"],
        "answer": answer["answer"],
        "claims": len(answer["claims"]),
        "citations": sum(len(c["citations"]) for c in answer["claims"]),
        "timings_ms": answer["timings_ms"],
    }
    out["store"] = summary["store"]
    out["network_refusals"] = len(netguard.refusals)
    out["ok"] = answer["state"] in ("ok", "no_evidence") and not netguard.refusals
    return out
