"""The `autocapture` command: parse arguments, call one function, print text or --json.

Exit codes: 0 ok / did work, 2 nothing to do, 3 blocked by an active user, 4 contract invalid,
5 a required stage unavailable, 1 usage or configuration error."""

from __future__ import annotations

import functools
import json
import logging
import signal
import sys
import threading

import click

from autocapture import __version__
from autocapture.config import SCHEMA, Config, ConfigError, load_config

EXIT_OK, EXIT_ERROR, EXIT_NOTHING, EXIT_ACTIVE, EXIT_INVALID, EXIT_STAGE = 0, 1, 2, 3, 4, 5


def config_options(fn):
    """--dataroot, --profile, --config, --set and --json for every command, turned into one Config."""

    @click.option("--json", "as_json", is_flag=True, help="Print one JSON object for scripts.")
    @click.option(
        "--set",
        "overrides",
        multiple=True,
        metavar="KEY=VALUE",
        help="Override a setting, e.g. --set runtime.budget.cpu_pct=40 (repeatable).",
    )
    @click.option("--config", "config_file", type=click.Path(dir_okay=False), help="A TOML settings file.")
    @click.option(
        "--profile",
        type=click.Choice(["default", "mode_b"]),
        default=None,
        help="Settings profile (default: $AUTOCAPTURE_PROFILE or 'default').",
    )
    @click.option(
        "--dataroot",
        type=click.Path(file_okay=False),
        default=None,
        help="The sidecar's DataRoot folder (or storage.data_dir).",
    )
    @functools.wraps(fn)
    def wrapper(dataroot, profile, config_file, overrides, as_json, **kwargs):
        try:
            config = load_config(profile, config_file, overrides, dataroot=dataroot)
        except ConfigError as exc:
            _fail(str(exc), as_json)
        return fn(config=config, as_json=as_json, **kwargs)

    return wrapper


def _fail(message: str, as_json: bool, code: int = EXIT_ERROR):
    if as_json:
        click.echo(json.dumps({"error": message}))
    else:
        click.echo(f"error: {message}", err=True)
    sys.exit(code)


def emit(obj: dict, as_json: bool, text: str) -> None:
    click.echo(json.dumps(obj, indent=2, default=str) if as_json else text)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="autocapture")
def main():
    """autocapture turns a capture sidecar's DataRoot into screen memory you can question.

    \b
    Start with:
      autocapture validate --dataroot /mnt/d/autocapture
      autocapture process once --dataroot /mnt/d/autocapture
    """
    from autocapture.runtime import netguard
    from autocapture.runtime.governor import pin_threads

    netguard.install()  # before anything else can open a socket
    pin_threads(1)  # the parent schedules and writes; compute happens in budgeted workers
    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.WARNING, format="autocapture: %(message)s", stream=sys.stderr)
    logging.getLogger("autocapture").setLevel(logging.INFO)


def stop_on_signals() -> threading.Event:
    """SIGINT/SIGTERM ask the run to stop at the next item boundary, never mid-record."""
    stop = threading.Event()

    def handler(signum, _frame):
        logging.getLogger("autocapture").info(
            "received %s: finishing the current item, then stopping", signal.Signals(signum).name
        )
        stop.set()

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, handler)
    return stop


@main.command()
@config_options
def validate(config: Config, as_json: bool):
    """Check a DataRoot against the sidecar contract; exit 0 valid, 4 invalid.

    \b
    Example:
      autocapture validate --dataroot /mnt/d/autocapture --json
    """
    from autocapture.dataroot.validate import validate as run_validate

    report = run_validate(config)
    emit(report.to_dict(), as_json, format_report(report.to_dict()))
    sys.exit(EXIT_OK if report.ok else EXIT_INVALID)


def format_report(r: dict) -> str:
    lines = [f"DataRoot {r['dataroot']}: ok={'true' if r['ok'] else 'false'}"]
    if r["paths"]:
        lines.append(
            f"  metadata: {r['paths'].get('metadata_db')} "
            f"(backend {r['metadata_backend']}, table {r['record_table']})"
        )
        lines.append(f"  media:    {r['paths'].get('media_dir')}")
        counts = ", ".join(f"{t} {n}" for t, n in r["counts"].items())
        lines.append(f"  records:  {r['total_records']} ({counts})")
        lines.append(f"  frames:   {r['frames_readable']}/{r['frames_checked']} sampled frames readable")
        lines.append(f"  journal:  {r['journal_lines']} lines; ledger: {r['ledger_entries']} entries")
    lines.append(f"problems: {r['errors']} errors, {r['warnings']} warnings")
    for p in r["problems"]:
        where = ", ".join(
            str(p[k]) if k != "line" else f"line {p[k]}"
            for k in ("path", "table", "record_id", "line")
            if k in p
        )
        lines.append(f"  {p['severity']:7} {p['code']}: {p['message']}" + (f" [{where}]" if where else ""))
        if p.get("fix"):
            lines.append(f"          fix: {p['fix']}")
    return "\n".join(lines)


@main.group()
def config():
    """Inspect settings."""


@config.command("show")
@config_options
def config_show(config: Config, as_json: bool):
    """Print the effective settings and where each value came from.

    \b
    Example:
      autocapture config show --profile mode_b --set runtime.budget.cpu_pct=40
    """
    rows = {
        k: {"value": config.values[k], "source": config.sources[k], "help": SCHEMA[k].help}
        for k in sorted(config.values)
    }
    text = [f"profile: {config.profile}"]
    width = max(map(len, rows))
    text += [f"{k:{width}}  {json.dumps(v['value']):<24} # {v['source']}" for k, v in rows.items()]
    emit({"profile": config.profile, "settings": rows}, as_json, "\n".join(text))


@main.group()
def process():
    """Process evidence from the DataRoot."""


def executor_option(fn):
    """--executor local|ray: shorthand for --set processing.executor=..."""

    @click.option(
        "--executor",
        type=click.Choice(["local", "ray"]),
        default=None,
        help="Run frame tasks in a local process pool (default) or a private local Ray instance "
        "(pip install 'autocapture[ray]').",
    )
    @functools.wraps(fn)
    def wrapper(config: Config, executor, **kwargs):
        if executor:
            import dataclasses

            config = dataclasses.replace(
                config,
                values={**config.values, "processing.executor": executor},
                sources={**config.sources, "processing.executor": "--executor"},
            )
        return fn(config=config, **kwargs)

    return wrapper


@process.command("steps")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object for scripts.")
def process_steps(as_json: bool):
    """The pipeline's steps in order: where each runs, what it reads and what it writes."""
    from autocapture.pipeline.steps import describe

    steps = describe()
    text = [
        f"{s['name']:<12} {s['where']:<7} {', '.join(s['inputs'])} -> {', '.join(s['outputs'])}\n"
        f"{'':21}{s['what']}"
        for s in steps
    ]
    emit({"steps": steps}, as_json, "\n".join(text))


@process.command("once")
@click.option("--max-items", type=click.IntRange(min=1), default=None, help="Stop after this many items.")
@click.option("--max-seconds", type=click.FloatRange(min=0.1), default=None, help="Stop after this long.")
@config_options
@executor_option
def process_once_cmd(config: Config, as_json: bool, max_items, max_seconds):
    """Process all pending evidence once, then exit.

    \b
    Exit codes: 0 did work, 2 nothing to do, 3 blocked by an active user,
                4 contract invalid, 5 a required stage unavailable.
    \b
    Example:
      autocapture process once --dataroot /mnt/d/autocapture --max-seconds 600 --json
      autocapture process once --dataroot /mnt/d/autocapture --executor ray
    """
    from autocapture.pipeline.once import process_once

    stop = stop_on_signals()
    bar = None

    def progress(done, total):
        nonlocal bar
        if bar is None:
            bar = click.progressbar(length=total, label="processing", file=sys.stderr)
            bar.__enter__()
        bar.update(done - bar.pos)

    show_progress = not as_json and sys.stderr.isatty()  # quiet when piped
    summary = process_once(config, max_items, max_seconds, progress if show_progress else None, stop)
    if bar is not None:
        bar.__exit__(None, None, None)
    emit(summary.to_dict(), as_json, format_summary(summary.to_dict()))
    sys.exit(summary.exit_code)


def format_summary(s: dict) -> str:
    lines = [
        f"process once: {s['state']} (exit {s['exit_code']}){': ' + s['message'] if s['message'] else ''}"
    ]
    if s["gating"]:
        g = s["gating"]
        lines.append(f"  gating: {'idle' if g['idle'] else 'active'} - {g['reason']} [source {g['source']}]")
    if s["items"]:
        items = {k: v for k, v in s["items"].items() if not isinstance(v, dict)}
        lines.append("  items: " + ", ".join(f"{k} {v}" for k, v in items.items()))
        if s["items"].get("step_seconds"):
            lines.append(
                "  worker seconds per step: "
                + ", ".join(f"{k} {v:.2f}" for k, v in s["items"]["step_seconds"].items())
            )
        if s["items"].get("ann_index"):
            a = s["items"]["ann_index"]
            lines.append(
                f"  ANN index: {a['vectors']} vectors ({a['kind']}), {a['added']} added in {a['seconds']} s"
            )
    r = s["resources"]
    if r:
        lines.append(
            f"  resources: peak CPU {r['peak_cpu_pct']}% of the machine (cap {r['cpu_cap_pct']:g}%), "
            f"peak RSS {r['peak_rss_mib']} MiB (cap {r['ram_cap_mib']} MiB), {r['workers']} worker(s), "
            f"throttled {r['throttle_events']} times"
        )
    if s.get("privacy", {}).get("excluded"):
        lines.append(
            "  privacy: excluded "
            + ", ".join(f"{n} by {rule}" for rule, n in s["privacy"]["by_rule"].items())
        )
    if s.get("isolation"):
        lines.append(
            f"  network isolation of workers: {s['isolation']['workers']} ({s['isolation']['detail']})"
        )
    for f in s["failures"][:20]:
        lines.append(f"  failed {f['record_id']} [{f['stage']}] {f['code']}: {f['message']}")
    if len(s["failures"]) > 20:
        lines.append(f"  ... {len(s['failures']) - 20} more failures (see --json)")
    for f in s["retrying"][:5]:
        lines.append(f"  will retry {f['record_id']} [{f['stage']}]: {f['message']}")
    return "\n".join(lines)


@main.command()
@click.option(
    "--max-runtime", type=click.FloatRange(min=0.1), default=None, help="Exit after this many seconds."
)
@config_options
@executor_option
def worker(config: Config, as_json: bool, max_runtime):
    """Run always-on: process new evidence as the sidecar writes it, only while the user is idle.

    Never captures anything. Stops cleanly on Ctrl-C or SIGTERM after the current item.

    \b
    Example:
      autocapture worker --dataroot /mnt/d/autocapture --set worker.status_every_s=60
    """
    from autocapture.dataroot.validate import validate as run_validate
    from autocapture.pipeline.worker import run_worker

    report = run_validate(config, quick=True)
    if not report.ok:
        emit(report.to_dict(), as_json, format_report(report.to_dict()))
        sys.exit(EXIT_INVALID)
    totals = run_worker(config, stop_on_signals(), max_runtime)
    emit(totals, as_json, "worker: " + ", ".join(f"{k} {v}" for k, v in totals.items() if k != "resources"))


@main.group()
def facts():
    """Query the Parquet facts (every canonical record) with DuckDB."""


@facts.command("sql")
@click.argument("query")
@config_options
def facts_sql(config: Config, as_json: bool, query: str):
    """Run a DuckDB SQL query over the view `facts` (one row per canonical record).

    \b
    Columns: sample_id, record_type, modality, source_record_id, ts_utc, app, title,
             model_id, prompt_hash, provenance_hash, body (the record as JSON),
             run_id, day, hour (partitions).
    \b
    Example:
      autocapture facts sql --dataroot /mnt/d/autocapture \\
        "SELECT app, count(*) FROM facts WHERE modality = 'ocr' GROUP BY app ORDER BY 2 DESC"
    """
    from autocapture.runtime import privacy
    from autocapture.store.query_facts import run_sql

    try:
        columns, rows = run_sql(
            config.derived_dir / "facts",
            query,
            lambda app, title: privacy.is_excluded(config, app, title) is not None,
        )
    except (ValueError, OverflowError, RuntimeError) as exc:
        _fail(str(exc), as_json)
    if as_json:
        click.echo(json.dumps({"columns": columns, "rows": rows}, default=str, indent=2))
        return
    widths = [min(60, max([len(c)] + [len(str(r[i])) for r in rows])) for i, c in enumerate(columns)]
    click.echo("  ".join(c.ljust(w) for c, w in zip(columns, widths)))
    for r in rows:
        click.echo("  ".join(str(v)[:60].ljust(w) for v, w in zip(r, widths)))
    click.echo(f"({len(rows)} rows)", err=True)


@main.command()
@click.argument("question")
@click.option(
    "--now",
    "now_text",
    default=None,
    metavar="ISO-TIME",
    help="Answer as if it were this time (for 'yesterday', 'in the last hour').",
)
@config_options
def query(config: Config, as_json: bool, question: str, now_text):
    """Ask your screen history a question; every claim cites a frame, its time, app/window and box.

    \b
    Examples:
      autocapture query "what was the total due on the Northwind invoice?" --dataroot /mnt/d/autocapture
      autocapture query "which windows did I use yesterday morning?" --json
    \b
    --json prints {question, state: ok|no_evidence|indeterminate, answer, fields,
                   claims: [{text, citations: [{record_id, frame_record_id, ts_utc, app,
                   window_title, bbox, blob_path, ...}]}], matches: [{text, score,
                   citation}], timings_ms}.
    """
    from datetime import datetime

    from autocapture.query.answer import ask

    try:
        now = datetime.fromisoformat(now_text.replace("Z", "+00:00")) if now_text else None
        result = ask(config, question, now)
    except (FileNotFoundError, ValueError, OverflowError, RuntimeError) as exc:
        _fail(str(exc), as_json)
    emit(result, as_json, format_answer(result))


def format_answer(r: dict) -> str:
    lines = [r["answer"]]
    for i, claim in enumerate(r["claims"], 1):
        for c in claim["citations"][:2]:
            box = f" box {c['bbox']}" if c["bbox"] else ""
            lines.append(
                f"  [{i}] {claim['text'][:80]} \u2014 {c['local_time']} {c['app']} \u201c{c['window_title']}\u201d"
                f"{box} ({c['record_id']})"
            )
    if r.get("matches") and (r["state"] != "ok" or not r["claims"]):
        lines.append("  Closest matches on screen:")
        for m in r["matches"][:5]:
            c = m["citation"]
            lines.append(
                f"  - \u201c{m['text'][:80]}\u201d \u2014 {c['local_time']} {c['app']} \u201c{c['window_title']}\u201d"
                f" ({c['record_id']})"
            )
    lines.append(f"  ({r['state']}, {r['timings_ms'].get('total_ms')} ms)")
    return "\n".join(lines)


@main.command()
@click.argument("record_id")
@click.option(
    "--crop",
    type=click.Path(dir_okay=False),
    default=None,
    help="Write the frame with the record's box drawn (or --box) to this PNG.",
)
@click.option("--box", default=None, metavar="L,T,R,B", help="The box to draw, e.g. from a citation.")
@config_options
def show(config: Config, as_json: bool, record_id: str, crop, box):
    """Resolve a record id (frame or derived record) to its frame, time, app, window and blob.

    \b
    Example:
      autocapture show "5f1c2e9a/frame/6#sst" --box 331,438,423,455 --crop evidence.png
    """
    from autocapture.query.show import resolve

    try:
        info = resolve(config, record_id, [int(v) for v in box.split(",")] if box else None, crop)
    except (LookupError, ValueError, OverflowError) as exc:
        _fail(str(exc), as_json)
    text = "\n".join(f"{k}: {v}" for k, v in info.items())
    emit(info, as_json, text)


@main.command()
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=8765,
    show_default=True,
    help="Port on 127.0.0.1 (0: any free port).",
)
@click.option("--open", "open_browser", is_flag=True, help="Open the link in the default browser.")
@config_options
def serve(config: Config, as_json: bool, port: int, open_browser: bool):
    """Browse and ask in a local web app: timeline, frame viewer with boxes, cited answers.

    Listens on 127.0.0.1 only and prints a link with a fresh access token; every request needs it.
    Read-only: nothing is changed or deleted from the web app.

    \b
    Example:
      autocapture serve --dataroot /mnt/d/autocapture
    """
    from autocapture.web.serve import serve as run_server

    if not (config.derived_dir / "derived.db").exists():
        _fail(f"nothing processed yet in {config.derived_dir}: run `autocapture process once` first", as_json)
    run_server(config, port, open_browser=open_browser)


@main.command("mcp")
@config_options
def mcp_cmd(config: Config, as_json: bool):
    """Serve your screen memory to AI agents over the Model Context Protocol (stdio, read-only).

    Tools: ask, search, timeline, frame, frame_image. An MCP client starts this command itself;
    register it with {"command": "autocapture", "args": ["mcp", "--dataroot", "DIR"]}.
    No network listener is opened (stdio only).

    \b
    Example:
      autocapture mcp --dataroot /mnt/d/autocapture
    """
    if config.data_dir is None or not config.data_dir.is_dir():
        _fail(
            f"no DataRoot folder {config.data_dir or ''}: pass --dataroot DIR (the sidecar's folder)", as_json
        )
    if not (config.derived_dir / "derived.db").exists():
        click.echo(
            f"autocapture mcp: nothing processed yet in {config.derived_dir}; tools answer with an error "
            "until `autocapture process once` has run",
            err=True,
        )
    from autocapture.mcp.server import serve as run_mcp  # the SDK loads only for this command

    run_mcp(config)


@main.command()
@click.option("--question", default=None, help="The sample question (default: which windows were used).")
@click.option("--max-seconds", type=click.FloatRange(min=1), default=600.0, help="Processing budget.")
@config_options
def golden(config: Config, as_json: bool, question, max_seconds):
    """Operator check: validate -> process once (bounded) -> a sample query -> a short summary.

    \b
    Example:
      autocapture golden --dataroot /mnt/d/autocapture --json
    """
    from autocapture.pipeline.golden import DEFAULT_QUESTION
    from autocapture.pipeline.golden import golden as run_golden

    out = run_golden(config, question or DEFAULT_QUESTION, max_seconds)
    text = [
        f"golden: {'ok' if out['ok'] else 'FAILED'}",
        f"  validate: ok={out['validate']['ok']} frames={out['validate']['frames']} "
        f"warnings={out['validate']['warnings']}",
    ]
    if "process" in out:
        p = out["process"]
        text.append(f"  process once: {p['state']} ({p['message']}); gating source {out['gating_source']}")
    if "query" in out:
        q = out["query"]
        text.append(f"  query: {q['question']!r} -> {q['state']}: {q['answer'][:200]}")
        text.append(
            f"         {q['claims']} claims, {q['citations']} citations, {q['timings_ms']['total_ms']} ms"
        )
    emit(out, as_json, "\n".join(text))
    sys.exit(EXIT_OK if out["ok"] else EXIT_ERROR)


@main.command()
@click.option(
    "--size",
    type=click.Choice(["small", "full"]),
    default="small",
    help="small: 200 frames, 10k-frame store; full: 2,000 frames, 10k, 100k and 1M-frame stores.",
)
def bench(size: str):
    """Benchmarks (from a source checkout): throughput vs naive OCR, recall, budgets, determinism, query latency,
    VLM keyframes/s (full size on a GPU, a tiny model on CPU).

    \b
    Prints tables and writes bench/results/bench-<size>.json. Other runs:
      python bench/budget.py        CPU/RSS against the caps, with throttle lines
      python bench/reliability.py   203 malformed DataRoots and 20 kill -9 resumes
      python bench/vlm.py           VLM by batch size (--batches 1,8,32,auto; --tiny on CPU)
      python bench/cold_query.py    a question as a fresh `autocapture query` process: wall and CPU seconds
    """
    from pathlib import Path

    import autocapture

    bench_dir = Path(autocapture.__file__).resolve().parents[2] / "bench"
    if not (bench_dir / "run.py").is_file():
        raise click.ClickException(
            "the benchmarks live in the source checkout's bench/ folder; run from a clone"
        )
    sys.path.insert(0, str(bench_dir))
    from run import main as run_bench

    sys.exit(run_bench(size))


@main.command("export")
@click.option(
    "--out", "out_dir", required=True, type=click.Path(file_okay=False), help="A new (or empty) folder."
)
@click.option("--since", default=None, metavar="ISO-TIME", help="Only frames at or after this time.")
@click.option("--until", default=None, metavar="ISO-TIME", help="Only frames before this time.")
@click.option("--app", default=None, help="Only frames of this app, e.g. outlook.exe.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "parquet"]), default="jsonl")
@click.option("--frames", is_flag=True, help="Include the frame images (PNG).")
@click.option(
    "--sanitize",
    is_flag=True,
    help="Redact e-mails, phone numbers, card numbers, IBANs, IPs, keys, tokens and passwords "
    "(text with typed placeholders; with --frames, blacked out on the images).",
)
@config_options
def export_cmd(config: Config, as_json: bool, out_dir, since, until, app, fmt, frames, sanitize):
    """Export a slice of your history: raw by default, sanitised with --sanitize.

    \b
    Example:
      autocapture export --dataroot /mnt/d/autocapture --out ~/share/tuesday \\
        --since 2026-11-24T00:00:00+01:00 --until 2026-11-25T00:00:00+01:00 --frames --sanitize
    """
    from datetime import datetime
    from pathlib import Path

    from autocapture.export.writer import ExportError, export

    try:
        parse = lambda v: datetime.fromisoformat(v.replace("Z", "+00:00")) if v else None  # noqa: E731
        manifest = export(config, Path(out_dir), parse(since), parse(until), app, fmt, frames, sanitize)
    except (ExportError, ValueError, OverflowError) as exc:
        _fail(str(exc), as_json)
    c = manifest["counts"]
    text = f"exported {c['frames']} frames, {c['facts']} records, {c['images']} images to {out_dir}"
    if sanitize:
        text += "\n  redactions: " + ", ".join(f"{k} {v}" for k, v in manifest["redactions"].items())
    emit(manifest, as_json, text)


# command groups kept in their own modules; they use the helpers above
from autocapture.cli.state import state  # noqa: E402

main.add_command(state)
