"""Predictor runs: train -> list -> approve (only if it beats the copy-last baseline, unless forced) ->
promote (the one the query path uses) -> demote (roll back to the previously promoted run, or none)."""

from __future__ import annotations

import json

from autocapture.state import predictor
from autocapture.state.build import span_matrix
from autocapture.state.statedb import StateDB


class LifecycleError(ValueError):
    pass


def _log(state: StateDB, run_id: str | None, action: str, note: str = "") -> None:
    seq = (state.conn.execute("SELECT max(seq) FROM lifecycle").fetchone()[0] or 0) + 1
    state.conn.execute("INSERT INTO lifecycle VALUES (?, ?, ?, ?)", (seq, run_id, action, note))


def train(state: StateDB, hyper: dict | None = None) -> dict:
    ids, emb = span_matrix(state)
    run = predictor.train(ids, emb, hyper)
    folder = state.dir / "runs" / run.run_id
    folder.mkdir(parents=True, exist_ok=True)
    predictor.save_weights(folder / "weights.safetensors", run.weights)
    (folder / "run.json").write_text(predictor.run_json({**run.info, "run_id": run.run_id}))
    with state.tx():
        if not state.conn.execute("SELECT 1 FROM predictor_runs WHERE run_id = ?", (run.run_id,)).fetchone():
            seq = (state.conn.execute("SELECT max(created_seq) FROM predictor_runs").fetchone()[0] or 0) + 1
            state.conn.execute(
                "INSERT INTO predictor_runs VALUES (?, ?, 'trained', ?)",
                (run.run_id, seq, predictor.run_json(run.info)),
            )
            _log(state, run.run_id, "train")
    return _get(state, run.run_id)


def runs(state: StateDB) -> list[dict]:
    out = []
    for run_id, seq, status, body in state.conn.execute(
        "SELECT run_id, created_seq, status, body FROM predictor_runs ORDER BY created_seq"
    ):
        info = json.loads(body)
        out.append(
            {
                "run_id": run_id,
                "seq": seq,
                "status": status,
                "metrics": info["metrics"],
                "data": info["data"],
                "hyper": info["hyper"],
                "weights_sha256": info["weights_sha256"],
            }
        )
    return out


def _get(state: StateDB, run_id: str | None) -> dict:
    all_runs = runs(state)
    if not all_runs:
        raise LifecycleError("no predictor runs yet: run `autocapture state jepa train`")
    if run_id is None:
        return all_runs[-1]
    for r in all_runs:
        if r["run_id"] == run_id:
            return r
    raise LifecycleError(f"no predictor run {run_id!r}; see `autocapture state jepa list`")


def approve(state: StateDB, run_id: str | None = None, force: bool = False) -> dict:
    run = _get(state, run_id)
    m = run["metrics"]
    if not m["beats_baseline"] and not force:
        raise LifecycleError(
            f"{run['run_id']} does not beat the copy-last baseline (loss {m['loss']} >= "
            f"{m['baseline_copy_last_loss']}); use --force to approve it anyway"
        )
    with state.tx():
        if run["status"] == "trained":
            state.conn.execute(
                "UPDATE predictor_runs SET status = 'approved' WHERE run_id = ?", (run["run_id"],)
            )
        _log(state, run["run_id"], "approve", "forced" if force and not m["beats_baseline"] else "")
    return _get(state, run["run_id"])


def promote(state: StateDB, run_id: str | None = None) -> dict:
    all_runs = runs(state)
    if run_id is None:
        approved = [r for r in all_runs if r["status"] in ("approved", "demoted")]
        if not approved:
            raise LifecycleError("no approved run to promote: run `autocapture state jepa approve-latest`")
        run = approved[-1]
    else:
        run = _get(state, run_id)
        if run["status"] == "trained":
            raise LifecycleError(f"{run['run_id']} is not approved yet")
    with state.tx():
        state.conn.execute("UPDATE predictor_runs SET status = 'approved' WHERE status = 'promoted'")
        state.conn.execute("UPDATE predictor_runs SET status = 'promoted' WHERE run_id = ?", (run["run_id"],))
        _log(state, run["run_id"], "promote")
    score_edges(state)
    return _get(state, run["run_id"])


def demote(state: StateDB) -> dict:
    """Roll back: the promoted run steps down and the one promoted before it (if any) takes over."""
    current = active(state)
    if current is None:
        raise LifecycleError("no promoted predictor to demote")
    history = [
        r[0]
        for r in state.conn.execute("SELECT run_id FROM lifecycle WHERE action = 'promote' ORDER BY seq DESC")
    ]
    previous = next((r for r in history if r != current["run_id"]), None)
    with state.tx():
        state.conn.execute(
            "UPDATE predictor_runs SET status = 'demoted' WHERE run_id = ?", (current["run_id"],)
        )
        _log(state, current["run_id"], "demote")
        if previous:
            state.conn.execute("UPDATE predictor_runs SET status = 'promoted' WHERE run_id = ?", (previous,))
            _log(state, previous, "promote", "rollback")
    score_edges(state)
    return {"demoted": current["run_id"], "active": previous}


def active(state: StateDB) -> dict | None:
    return next((r for r in runs(state) if r["status"] == "promoted"), None)


def report(state: StateDB, run_id: str | None = None) -> dict:
    run = _get(state, run_id)
    events = [
        {"seq": s, "action": a, "note": n}
        for s, a, n in state.conn.execute(
            "SELECT seq, action, note FROM lifecycle WHERE run_id = ? ORDER BY seq", (run["run_id"],)
        )
    ]
    return {
        **run,
        "history": events,
        "active": (active(state) or {}).get("run_id"),
        "artifact": str(state.dir / "runs" / run["run_id"]),
    }


def score_edges(state: StateDB) -> int:
    """Predictor error on every edge (1 - cos(predicted, actual next span)), under the active run."""
    run = active(state)
    with state.tx():
        state.conn.execute("DELETE FROM edges WHERE predictor != ''")
        if run is None:
            return 0
        weights = predictor.load_weights(state.dir / "runs" / run["run_id"] / "weights.safetensors")
        ids, emb = span_matrix(state)
        k = run["hyper"]["k"]
        n = 0
        for i in range(k, len(ids)):
            pred = predictor.predict(weights, run["hyper"], emb[i - k : i])
            error = float(1 - pred @ emb[i])
            delta = (emb[i] - emb[i - 1]).astype("<f4").tobytes()
            state.conn.execute(
                "INSERT INTO edges VALUES (?, ?, ?, ?, ?)", (ids[i - 1], ids[i], delta, error, run["run_id"])
            )
            n += 1
    return n
