"""`process once`: validate -> gate -> check required stages -> ingest -> process pending work -> summary.

Exit codes: 0 did work, 2 nothing to do, 3 blocked by an active user, 4 contract invalid,
5 a required stage unavailable."""

from __future__ import annotations

import importlib.util
import json
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import apsw

from autocapture.config import Config
from autocapture.dataroot.problems import ContractError
from autocapture.dataroot.reader import DataRoot
from autocapture.dataroot.validate import validate
from autocapture.pipeline.ingest import ingest
from autocapture.pipeline.processor import STAGES, Processor
from autocapture.runtime import isolation, netguard, privacy
from autocapture.runtime.gating import decide
from autocapture.runtime.governor import Governor
from autocapture.stages import embed, vlm
from autocapture.stages.engine import StageUnavailable, check_policy, load_engine
from autocapture.store import ann, facts
from autocapture.store.derived import DerivedStore

log = logging.getLogger("autocapture.pipeline")

DID_WORK, NOTHING, BLOCKED, INVALID, UNAVAILABLE = 0, 2, 3, 4, 5
STATES = {
    DID_WORK: "did_work",
    NOTHING: "nothing_to_do",
    BLOCKED: "blocked_active_user",
    INVALID: "contract_invalid",
    UNAVAILABLE: "stage_unavailable",
}


@dataclass
class Summary:
    exit_code: int = DID_WORK
    message: str = ""
    gating: dict | None = None
    items: dict = field(default_factory=dict)
    failures: list = field(default_factory=list)
    retrying: list = field(default_factory=list)
    stopped: str | None = None
    resources: dict = field(default_factory=dict)
    throttle: list = field(default_factory=list)
    problems: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    store: dict = field(default_factory=dict)
    isolation: dict = field(default_factory=dict)  # which network isolation the workers ran under
    privacy: dict = field(default_factory=dict)  # frames excluded this run, by rule; the rules in force
    elapsed_s: float = 0.0

    def to_dict(self) -> dict:
        return {
            "state": STATES[self.exit_code],
            "exit_code": self.exit_code,
            "message": self.message,
            "gating": self.gating,
            "items": self.items,
            "failures": self.failures,
            "retrying": self.retrying,
            "stopped": self.stopped,
            "resources": self.resources,
            "throttle": self.throttle,
            "network_refusals": list(netguard.refusals),
            "problems": self.problems,
            "notes": self.notes,
            "store": self.store,
            "isolation": self.isolation,
            "privacy": self.privacy,
            "elapsed_s": round(self.elapsed_s, 2),
        }


@dataclass(frozen=True)
class StagePlan:
    use_vlm: bool
    gpu_vlm: bool
    notes: tuple[str, ...] = ()
    vlm_down: str | None = None  # a VLM is configured but cannot run now: why (keyframes are queued for it)


def check_stages(config: Config) -> StagePlan:
    """Check every stage can run before any work starts. Raises StageUnavailable (exit 5) with one
    diagnostic when a required stage cannot; an optional VLM that cannot run is noted and skipped."""
    if config["processing.executor"] == "ray" and importlib.util.find_spec("ray") is None:
        raise StageUnavailable(
            "executor",
            "processing.executor=ray but Ray is not installed: "
            "pip install 'autocapture[ray]', or use --executor local",
        )
    load_engine("ocr." + config["processing.ocr.engine"], config).close()
    check_policy("embed.minilm", config)
    embed.check_available(config)
    name = vlm.engine_name(config)
    required = config["processing.vlm.required"]
    if name is None:
        if required:
            raise StageUnavailable(
                "vlm",
                f"processing.vlm.required=true (profile {config.profile}) but neither "
                "models.vlm_path nor models.vlm_endpoint is set: point models.vlm_path at a local "
                "Qwen2-VL-2B-Instruct folder or models.vlm_endpoint at an OpenAI-compatible server "
                "on localhost, or run with --profile default",
            )
        return StagePlan(
            False,
            False,
            ("no VLM configured (models.vlm_path / models.vlm_endpoint): OCR, SST and embeddings only",),
        )
    try:
        check_policy(name, config)
        if name == "vlm.qwen2vl":
            vlm.check_model_dir(Path(config["models.vlm_path"]).expanduser())
            device = vlm.choose_device(config["processing.vlm.device"], config["policy.allow_gpu"])
            if importlib.util.find_spec("transformers") is None:  # fail here, not in every worker
                raise StageUnavailable("vlm", "transformers is not installed: run scripts/install")
            return StagePlan(True, device == "cuda")
        load_engine(name, config).close()  # a server (is it answering?) or a plugin engine
        return StagePlan(True, False)
    except (StageUnavailable, PermissionError, ImportError) as exc:
        if required:
            raise StageUnavailable("vlm", str(exc)) from exc
        log.warning("VLM skipped: %s", exc)
        return StagePlan(
            False,
            False,
            (f"VLM skipped: {exc}; keyframes are queued for it (processing.vlm.max_retries)",),
            vlm_down=str(exc),
        )


def sync_ann(config: Config, store: DerivedStore) -> tuple[dict | None, str | None]:
    """After a pass: bring the ANN index up to date; (state, None) or (None, why it failed)."""
    try:
        return ann.sync(store, config["storage.ann_min_vectors"]), None
    except (OSError, apsw.Error, RuntimeError) as exc:  # queries fall back to the exact scan
        log.error("ANN index sync failed: %s", exc)
        return None, f"ANN index sync failed (exact vector search is used): {exc}"


def record_run(store: DerivedStore, summary: Summary) -> None:
    """Keep what the Status page shows about the last run (isolation, exclusions, optional-stage retries)."""
    last = {
        "isolation": summary.isolation,
        "privacy": {k: summary.privacy[k] for k in ("excluded", "by_rule")},
        "vlm": {k: summary.items.get(k, 0) for k in ("vlm_errors", "vlm_retried")},
        "finished_utc": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    try:
        store.put_meta("last_run", json.dumps(last))
    except apsw.Error as exc:  # the Status page is then one run behind; the run itself is fine
        log.warning("cannot record the run for the Status page: %s", exc)


def process_once(
    config: Config,
    max_items: int | None = None,
    max_seconds: float | None = None,
    progress: Callable[[int, int], None] | None = None,
    stop: threading.Event | None = None,
) -> Summary:
    started = time.monotonic()
    summary = Summary()
    report = validate(config, quick=True)  # every pass: only what can stop processing, history-independent
    summary.problems = [p.to_dict() for p in report.problems]
    if not report.ok:
        summary.exit_code = INVALID
        summary.message = "; ".join(p.message for p in report.problems if p.severity == "error")
        return summary
    with DataRoot(config) as dr:
        signal_path = dr.layout.activity_signal or dr.root / "activity" / "activity_signal.json"
        gate = lambda: decide(config, signal_path)  # noqa: E731
        decision = gate()
        summary.gating = decision.to_dict()
        if not decision.idle:
            summary.exit_code, summary.message = BLOCKED, decision.reason
            return summary
        try:
            plan = check_stages(config)
        except (StageUnavailable, PermissionError) as exc:
            summary.exit_code, summary.message = UNAVAILABLE, str(exc)
            return summary
        summary.notes = list(plan.notes)
        try:
            store = DerivedStore(config.derived_dir)
        except (OSError, apsw.Error) as exc:
            summary.exit_code, summary.message = UNAVAILABLE, f"the derived store cannot be opened: {exc}"
            return summary
        with store, Governor(config) as governor:
            try:
                ingested = ingest(dr, store, STAGES)
            except ContractError as exc:
                summary.exit_code, summary.message = INVALID, str(exc)
                return summary
            except (OSError, apsw.Error) as exc:
                summary.exit_code = UNAVAILABLE
                summary.message = f"cannot write {store.path}: {exc} (disk full or read-only?)"
                return summary
            summary.items["ingested_frames"] = ingested.frames
            summary.items["ingest_failures"] = len(ingested.failures)
            processor = Processor(
                config, dr, store, governor, stop, plan.use_vlm, plan.gpu_vlm, plan.vlm_down
            )
            deadline = started + max_seconds if max_seconds else None
            try:
                stats = processor.run(gate, max_items, deadline, progress)
            finally:
                processor.close()
            try:
                summary.items["facts_files"] = facts.export(store)
            except (OSError, apsw.Error) as exc:
                stats.stopped, stats.store_error = "store_error", f"cannot write the Parquet facts: {exc}"
            ann_state, ann_error = sync_ann(config, store)
            if ann_state:
                summary.items["ann_index"] = ann_state
            if ann_error:
                summary.notes.append(ann_error)
            summary.items.update(stats.done)
            if stats.step_s:
                summary.items["step_seconds"] = stats.step_s
            frames = stats.done.get("frames", 0)
            if frames:
                summary.items["skip_ratio"] = round(stats.done.get("ocr_none", 0) / frames, 3)
            summary.items["failed"] = len(stats.failed)
            summary.items["retrying"] = len(stats.retry)
            summary.isolation = isolation.report(config, stats.isolation)
            summary.privacy = {
                "excluded": stats.done.get("excluded", 0),
                "by_rule": stats.excluded,
                "excluded_total": store.counts()["work"].get(STAGES[0], {}).get("excluded", 0),
                "rules": privacy.rules(config).to_dict(),
            }
            record_run(store, summary)
            summary.failures = ingested.failures + stats.failed
            summary.retrying, summary.stopped = stats.retry, stats.stopped
            if stats.store_error:
                summary.exit_code, summary.message = UNAVAILABLE, stats.store_error
                summary.resources = governor.summary()
                return summary
            if config["processing.state_layer.enabled"] and stats.stopped is None and gate().idle:
                from autocapture.state.step import run_state_layer

                try:
                    summary.items["state"] = run_state_layer(config, dr, store)
                except (
                    OSError,
                    apsw.Error,
                    ValueError,
                ) as exc:  # the frames are safe; the tape catches up next run
                    log.error("state layer step failed: %s", exc)
                    summary.notes.append(f"state layer step failed: {exc}")
            summary.resources = governor.summary()
            summary.throttle = governor.throttle_events
            summary.store = store.counts()
            if (
                stats.processed == 0
                and ingested.frames == 0
                and not ingested.failures
                and not stats.retry
                and not stats.failed
                and not stats.done.get("excluded")
            ):
                summary.exit_code = BLOCKED if stats.stopped == "user_active" else NOTHING
                summary.message = (
                    "nothing new to process" if summary.exit_code == NOTHING else "user became active"
                )
            else:
                summary.message = f"processed {stats.processed} items" + (
                    f", stopped: {stats.stopped}" if stats.stopped else ""
                )
    summary.elapsed_s = time.monotonic() - started
    return summary
