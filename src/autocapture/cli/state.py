"""`autocapture state ...`: the state tape, the landscape and the JEPA predictor's lifecycle."""

from __future__ import annotations

import click

from autocapture.cli import EXIT_ACTIVE, EXIT_ERROR, _fail, config_options, emit
from autocapture.config import Config


@click.group()
def state():
    """The state layer: spans of activity (the tape), the JEPA predictor, the landscape."""


def _state_db(config: Config):
    from autocapture.state.statedb import StateDB

    if not (config.derived_dir / "derived.db").exists():
        raise click.ClickException("nothing processed yet: run `autocapture process once` first")
    return StateDB(config.derived_dir)


@state.command("tape")
@config_options
def state_tape(config: Config, as_json: bool):
    """Build (extend) the state tape from processed frames and list its spans.

    \b
    Example:
      autocapture state tape --dataroot /mnt/d/autocapture
    """
    from autocapture.dataroot.reader import DataRoot
    from autocapture.state.build import build_tape
    from autocapture.store.derived import DerivedStore

    with DataRoot(config) as dr, DerivedStore(config.derived_dir) as store, _state_db(config) as st:
        out = build_tape(dr, store, st)
        spans = [
            {"span_id": r[0], "start_utc": r[2], "end_utc": r[3], "app": r[4], "title": r[5], "frames": r[6]}
            for r in st.live_spans()
        ]
    text = [f"{out['spans']} spans ({out['new_spans']} new)"]
    text += [f"  {s['start_utc'][:19]}  {s['frames']:3} frames  {s['app']}  {s['title']}" for s in spans]
    emit({**out, "spans": spans}, as_json, "\n".join(text))


@state.group("landscape")
def state_landscape():
    """The reproducible neighbourhood landscape and its manifest."""


@state_landscape.command("rebuild")
@config_options
def landscape_rebuild(config: Config, as_json: bool):
    """Rebuild the landscape from evidence and canonical records; print the manifest hash.

    \b
    Example:
      autocapture state landscape rebuild --dataroot /mnt/d/autocapture --json
    """
    from autocapture.dataroot.reader import DataRoot
    from autocapture.state import landscape
    from autocapture.state.build import build_tape
    from autocapture.store.derived import DerivedStore

    with DataRoot(config) as dr, DerivedStore(config.derived_dir) as store, _state_db(config) as st:
        build_tape(dr, store, st)
        out = landscape.rebuild(config, store, st)
    emit(out, as_json, f"landscape: {out['spans']} spans, manifest {out['manifest_hash']}")


@state.group("jepa")
def jepa():
    """The next-state predictor: train, list, approve-latest, promote, demote, report."""


def _lifecycle(config: Config, as_json: bool, action):
    from autocapture.state.lifecycle import LifecycleError

    try:
        with _state_db(config) as st:
            return action(st)
    except (LifecycleError, ValueError) as exc:
        _fail(str(exc), as_json, EXIT_ERROR)


def _run_line(r: dict) -> str:
    m = r["metrics"]
    hit = next((f"{k} {v}" for k, v in m.items() if k.startswith("hit@")), "")
    return (
        f"{r['run_id']}  {r['status']:9}  loss {m['loss']:.4f} vs copy-last {m['baseline_copy_last_loss']:.4f}  "
        f"{hit}  on {r['data']['spans']} spans"
    )


@jepa.command("train")
@config_options
def jepa_train(config: Config, as_json: bool):
    """Train a predictor run on the current tape (heavy work: waits for the user to be idle)."""
    from autocapture.dataroot.layout import discover
    from autocapture.dataroot.reader import DataRoot
    from autocapture.runtime.gating import decide
    from autocapture.state import lifecycle
    from autocapture.state.build import build_tape
    from autocapture.store.derived import DerivedStore

    d = decide(config, discover(config.data_dir).activity_signal if config.data_dir else None)
    if not d.idle:
        _fail(f"blocked: {d.reason}", as_json, EXIT_ACTIVE)

    def train(st):
        with DataRoot(config) as dr, DerivedStore(config.derived_dir) as store:
            build_tape(dr, store, st)
        return lifecycle.train(st)

    run = _lifecycle(config, as_json, train)
    emit(run, as_json, _run_line(run))


@jepa.command("list")
@config_options
def jepa_list(config: Config, as_json: bool):
    """List predictor runs with their metrics and status."""
    from autocapture.state import lifecycle

    all_runs = _lifecycle(config, as_json, lifecycle.runs)
    emit({"runs": all_runs}, as_json, "\n".join(map(_run_line, all_runs)) or "no predictor runs yet")


@jepa.command("approve-latest")
@click.option("--force", is_flag=True, help="Approve even if it does not beat the copy-last baseline.")
@config_options
def jepa_approve(config: Config, as_json: bool, force: bool):
    """Approve the latest run; refused unless it beats the copy-last baseline (or --force)."""
    from autocapture.state import lifecycle

    run = _lifecycle(config, as_json, lambda st: lifecycle.approve(st, None, force))
    emit(run, as_json, _run_line(run))


@jepa.command("promote")
@click.argument("run_id", required=False)
@config_options
def jepa_promote(config: Config, as_json: bool, run_id):
    """Make an approved run (default: the latest approved) the active predictor."""
    from autocapture.state import lifecycle

    run = _lifecycle(config, as_json, lambda st: lifecycle.promote(st, run_id))
    emit(run, as_json, _run_line(run))


@jepa.command("demote")
@config_options
def jepa_demote(config: Config, as_json: bool):
    """Roll back: the active run steps down, the previously promoted one (if any) returns."""
    from autocapture.state import lifecycle

    out = _lifecycle(config, as_json, lifecycle.demote)
    emit(out, as_json, f"demoted {out['demoted']}; active now {out['active']}")


@jepa.command("report")
@click.option("--latest", is_flag=True, help="Report the latest run (the default).")
@click.argument("run_id", required=False)
@config_options
def jepa_report(config: Config, as_json: bool, latest: bool, run_id):
    """Metrics, data range, hyper-parameters, weights digest and history of one run."""
    from autocapture.state import lifecycle

    r = _lifecycle(config, as_json, lambda st: lifecycle.report(st, None if latest else run_id))
    text = [
        _run_line(r),
        f"  data: {r['data']}",
        f"  hyper: {r['hyper']}",
        f"  weights sha256: {r['weights_sha256']}",
        f"  artifact: {r['artifact']}",
        f"  active predictor: {r['active']}",
    ]
    text += [f"  {e['seq']}: {e['action']} {e['note']}" for e in r["history"]]
    emit(r, as_json, "\n".join(text))
