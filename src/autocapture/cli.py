"""The `autocapture` command: parse arguments, call one function, print text or --json.

Exit codes: 0 ok / did work, 2 nothing to do, 3 blocked by an active user, 4 contract invalid,
5 a required stage unavailable, 1 usage or configuration error."""

from __future__ import annotations

import functools
import json
import sys

import click

from autocapture import __version__
from autocapture.config import SCHEMA, Config, ConfigError, load_config

EXIT_OK, EXIT_ERROR, EXIT_NOTHING, EXIT_ACTIVE, EXIT_INVALID, EXIT_STAGE = 0, 1, 2, 3, 4, 5


def config_options(fn):
    """--dataroot, --profile, --config, --set and --json for every command, turned into one Config."""

    @click.option("--json", "as_json", is_flag=True, help="Print one JSON object for scripts.")
    @click.option("--set", "overrides", multiple=True, metavar="KEY=VALUE",
                  help="Override a setting, e.g. --set runtime.budget.cpu_pct=40 (repeatable).")
    @click.option("--config", "config_file", type=click.Path(dir_okay=False), help="A TOML settings file.")
    @click.option("--profile", type=click.Choice(["default", "mode_b"]), default=None,
                  help="Settings profile (default: $AUTOCAPTURE_PROFILE or 'default').")
    @click.option("--dataroot", type=click.Path(file_okay=False), default=None,
                  help="The sidecar's DataRoot folder (or storage.data_dir).")
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
    """


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
        lines.append(f"  metadata: {r['paths'].get('metadata_db')} "
                     f"(backend {r['metadata_backend']}, table {r['record_table']})")
        lines.append(f"  media:    {r['paths'].get('media_dir')}")
        counts = ", ".join(f"{t} {n}" for t, n in r["counts"].items())
        lines.append(f"  records:  {r['total_records']} ({counts})")
        lines.append(f"  frames:   {r['frames_readable']}/{r['frames_checked']} sampled frames readable")
        lines.append(f"  journal:  {r['journal_lines']} lines; ledger: {r['ledger_entries']} entries")
    lines.append(f"problems: {r['errors']} errors, {r['warnings']} warnings")
    for p in r["problems"]:
        where = ", ".join(str(p[k]) if k != "line" else f"line {p[k]}"
                          for k in ("path", "table", "record_id", "line") if k in p)
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
    rows = {k: {"value": config.values[k], "source": config.sources[k], "help": SCHEMA[k].help}
            for k in sorted(config.values)}
    text = [f"profile: {config.profile}"]
    width = max(map(len, rows))
    text += [f"{k:{width}}  {json.dumps(v['value']):<24} # {v['source']}" for k, v in rows.items()]
    emit({"profile": config.profile, "settings": rows}, as_json, "\n".join(text))
