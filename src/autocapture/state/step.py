"""The pipeline's state-layer step: extend the tape, rebuild the landscape, and train a predictor run
when the tape has grown. Training is never approved or promoted automatically."""

from __future__ import annotations

import logging

from autocapture.config import Config
from autocapture.dataroot.reader import DataRoot
from autocapture.state import landscape, lifecycle
from autocapture.state.build import build_tape
from autocapture.state.statedb import StateDB
from autocapture.store.derived import DerivedStore

log = logging.getLogger("autocapture.state")
MIN_SPANS_TO_TRAIN = 4


def run_state_layer(config: Config, dr: DataRoot, store: DerivedStore) -> dict:
    with StateDB(config.derived_dir) as state:
        out = build_tape(dr, store, state)
        out["landscape_manifest_hash"] = landscape.rebuild(config, store, state)["manifest_hash"]
        trained_on = {r["data"]["spans"] for r in lifecycle.runs(state)}
        if out["spans"] >= MIN_SPANS_TO_TRAIN and out["spans"] not in trained_on:
            run = lifecycle.train(state)
            out["predictor_run"] = run["run_id"]
            log.info(
                "trained predictor %s on %d spans: loss %.4f vs copy-last %.4f",
                run["run_id"],
                out["spans"],
                run["metrics"]["loss"],
                run["metrics"]["baseline_copy_last_loss"],
            )
        lifecycle.score_edges(state)
    return out
