"""Settings: TOML profiles shipped in the package, overlaid by --config FILE, AUTOCAPTURE_* variables
and --set key=value, validated once at start. Every value remembers where it came from."""

from __future__ import annotations

import difflib
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

ENV_PREFIX = "AUTOCAPTURE_"


class ConfigError(ValueError):
    """A setting that is unknown or has a bad value; the message names the key and its source."""


@dataclass(frozen=True)
class Setting:
    type: type
    help: str
    choices: tuple[str, ...] = ()
    min: float | None = None
    max: float | None = None


SCHEMA: dict[str, Setting] = {
    "storage.data_dir": Setting(str, "the sidecar's DataRoot folder"),
    "storage.metadata_backend": Setting(
        str, "which record table to read", ("auto", "metadata_table", "records_table")
    ),
    "storage.derived_dir": Setting(
        str, "where autocapture keeps what it derives (empty: <data_dir>/derived)"
    ),
    "storage.ann_min_vectors": Setting(
        int,
        "line vectors before an ANN index (faiss IVF) takes over from the exact sqlite-vec scan (0: never)",
        min=0,
    ),
    "storage.ann_nprobe": Setting(int, "IVF lists searched per query (recall against speed)", min=1),
    "dataroot.max_blob_mb": Setting(float, "largest blob read, in MiB", min=0.001),
    "dataroot.max_image_pixels": Setting(int, "largest decoded image, in pixels", min=1),
    "dataroot.blob_max_retries": Setting(int, "passes a not-ready blob is retried", min=1),
    "dataroot.validate_sample_frames": Setting(int, "frames the validator decodes", min=1),
    "models.vlm_path": Setting(str, "local Qwen2-VL model folder"),
    "models.vlm_endpoint": Setting(str, "OpenAI-compatible VLM server on localhost"),
    "models.vlm_model": Setting(str, "model name sent to the VLM server"),
    "models.llm_endpoint": Setting(str, "OpenAI-compatible LLM server on localhost, for query.composer=llm"),
    "models.llm_model": Setting(str, "model name sent to the LLM server"),
    "query.composer": Setting(str, "how answers to fact questions are written", ("deterministic", "llm")),
    "models.embed_path": Setting(str, "sentence-transformers model folder (empty: bundled all-MiniLM-L6-v2)"),
    "processing.ocr.engine": Setting(str, "OCR engine", ("tesseract", "rapidocr")),
    "processing.ocr.tessdata": Setting(str, "tessdata folder (empty: auto)"),
    "processing.vlm.required": Setting(bool, "fail (exit 5) when the VLM cannot run"),
    "processing.vlm.engine": Setting(str, "VLM engine by name (empty: from models.vlm_endpoint / vlm_path)"),
    "processing.vlm.device": Setting(str, "where the local VLM runs", ("auto", "cpu", "cuda")),
    "processing.vlm.max_new_tokens": Setting(int, "longest VLM answer, in tokens", min=1),
    "processing.vlm.max_pixels": Setting(int, "image pixels given to the VLM", min=3136),
    "processing.vlm.timeout_s": Setting(float, "seconds per request to a VLM server", min=1),
    "processing.vlm.batch_size": Setting(
        int, "keyframes per local VLM call (0: from free GPU memory on a GPU, 1 on CPU)", min=0
    ),
    "processing.idle.max_concurrency_gpu": Setting(int, "concurrent GPU jobs", min=0),
    "processing.executor": Setting(
        str, "where frame tasks run: in-process pool or a local Ray instance", ("local", "ray")
    ),
    "processing.state_layer.enabled": Setting(bool, "run the state layer"),
    "runtime.budget.cpu_pct": Setting(float, "CPU cap, % of the machine", min=1, max=100),
    "runtime.budget.ram_pct": Setting(float, "RAM cap, % of the machine", min=1, max=100),
    "runtime.activity.max_signal_age_s": Setting(float, "oldest activity signal trusted, seconds", min=0.001),
    "runtime.activity.min_idle_s": Setting(float, "idle seconds needed before heavy work", min=0),
    "runtime.activity.fail_closed": Setting(bool, "treat a missing/stale/bad signal as active"),
    "policy.allow_network": Setting(bool, "let engines declare non-loopback network access"),
    "policy.allow_loopback": Setting(bool, "let engines talk to servers on localhost"),
    "policy.allow_gpu": Setting(bool, "let engines use a GPU"),
    "worker.poll_s": Setting(float, "seconds between looks for new evidence", min=0.01),
    "worker.status_every_s": Setting(float, "seconds between status lines", min=0.1),
    "time.tzid": Setting(str, "user's time zone (empty: from the journal, else UTC)"),
    "privacy.default_exclusions": Setting(
        bool,
        "leave private browsing windows and password managers alone "
        "(the built-in rules, see runtime/privacy.py)",
    ),
    "privacy.exclude_apps": Setting(
        list,
        "more apps never processed, shown or exported: case-insensitive globs "
        "on the executable name ('re:' prefix for a regular expression)",
    ),
    "privacy.exclude_titles": Setting(
        list,
        "more window titles never processed, shown or exported: "
        "case-insensitive globs on the whole title ('re:' prefix for a regex)",
    ),
    "processing.vlm.max_retries": Setting(
        int,
        "times a failed VLM description is retried, with backoff, before "
        "the frame keeps its OCR-only records",
        min=0,
    ),
    "runtime.isolation": Setting(
        str,
        "run processing workers in a loopback-only network namespace where the OS "
        "allows it (auto), or rely on the in-process network guard only (guard)",
        ("auto", "guard"),
    ),
}

PROFILES = ("default", "mode_b")


@dataclass(frozen=True)
class Config:
    profile: str
    values: Mapping[str, Any]
    sources: Mapping[str, str] = field(default_factory=dict)

    def __getitem__(self, key: str) -> Any:
        return self.values[key]

    @property
    def data_dir(self) -> Path | None:
        return Path(self.values["storage.data_dir"]) if self.values["storage.data_dir"] else None

    @property
    def derived_dir(self) -> Path | None:
        if self.values["storage.derived_dir"]:
            return Path(self.values["storage.derived_dir"])
        return self.data_dir / "derived" if self.data_dir else None

    def digest(self) -> str:
        """Hash of the effective values, for provenance; where a value came from does not matter."""
        from autocapture.hashing import canonical_hash

        return canonical_hash(dict(self.values))


def _flatten(tree: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in tree.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flatten(value, name + "."))
        else:
            flat[name] = value
    return flat


def _profile_values(name: str) -> dict[str, Any]:
    if name not in PROFILES:
        raise ConfigError(f"unknown profile {name!r}; choose one of: {', '.join(PROFILES)}")
    text = resources.files("autocapture.profiles").joinpath(f"{name}.toml").read_text()
    return _flatten(tomllib.loads(text))


def _parse_literal(raw: str) -> Any:
    """`--set` and environment values are TOML literals when they parse as one, else plain strings."""
    try:
        return tomllib.loads(f"v = {raw}")["v"]
    except tomllib.TOMLDecodeError:
        return raw


def _coerce(key: str, value: Any, source: str) -> Any:
    if key not in SCHEMA:
        near = difflib.get_close_matches(key, list(SCHEMA), n=1)
        hint = f" (did you mean {near[0]}?)" if near else ""
        raise ConfigError(f"{key}: unknown setting from {source}{hint}")
    spec = SCHEMA[key]
    if spec.type is bool:
        if isinstance(value, str) and value.lower() in ("true", "false", "1", "0", "yes", "no"):
            value = value.lower() in ("true", "1", "yes")
        if not isinstance(value, bool):
            raise ConfigError(f"{key}: expected true or false, got {value!r} from {source}")
    elif spec.type is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(f"{key}: expected a whole number, got {value!r} from {source}")
    elif spec.type is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ConfigError(f"{key}: expected a number, got {value!r} from {source}")
        value = float(value)
    elif spec.type is list:  # a list of text patterns; one plain string (--set key=foo) is a list of one
        value = [value] if isinstance(value, str) else value
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{key}: expected a list of text, got {value!r} from {source}")
        if key.startswith("privacy."):
            from autocapture.runtime.privacy import pattern

            for v in value:
                try:
                    pattern(v)
                except ValueError as exc:
                    raise ConfigError(f"{key}: {exc} (from {source})") from exc
    elif not isinstance(value, str):
        raise ConfigError(f"{key}: expected text, got {value!r} from {source}")
    if spec.choices and value not in spec.choices:
        raise ConfigError(f"{key}: {value!r} from {source} is not one of {', '.join(spec.choices)}")
    if spec.min is not None and value < spec.min:
        raise ConfigError(f"{key}: {value!r} from {source} is below the minimum {spec.min:g}")
    if spec.max is not None and value > spec.max:
        raise ConfigError(f"{key}: {value!r} from {source} is above the maximum {spec.max:g}")
    return value


def load_config(
    profile: str | None = None,
    config_file: str | Path | None = None,
    overrides: list[str] | tuple[str, ...] = (),
    env: Mapping[str, str] | None = None,
    dataroot: str | Path | None = None,
) -> Config:
    """Layer, lowest first: default profile, chosen profile, --config FILE, AUTOCAPTURE_* env, --set, --dataroot."""
    env = os.environ if env is None else env
    profile = profile or env.get(ENV_PREFIX + "PROFILE") or "default"
    layers: list[tuple[str, dict[str, Any]]] = [("profile default", _profile_values("default"))]
    if profile != "default":
        layers.append((f"profile {profile}", _profile_values(profile)))
    if config_file:
        path = Path(config_file)
        try:
            layers.append((f"file {path}", _flatten(tomllib.loads(path.read_text()))))
        except OSError as exc:
            raise ConfigError(f"--config {path}: cannot read ({exc.strerror})") from exc
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"--config {path}: not valid TOML ({exc})") from exc
    env_layer = {}
    for name, raw in sorted(env.items()):
        if name.startswith(ENV_PREFIX) and name != ENV_PREFIX + "PROFILE":
            env_layer[name[len(ENV_PREFIX) :].lower().replace("__", ".")] = _parse_literal(raw)
    if env_layer:
        layers.append(("environment", env_layer))
    set_layer = {}
    for item in overrides:
        key, sep, raw = item.partition("=")
        if not sep or not key.strip():
            raise ConfigError(f"--set {item!r}: expected key=value, e.g. --set runtime.budget.cpu_pct=40")
        set_layer[key.strip()] = _parse_literal(raw.strip())
    if set_layer:
        layers.append(("--set", set_layer))
    if dataroot is not None:
        layers.append(("--dataroot", {"storage.data_dir": str(dataroot)}))

    values: dict[str, Any] = {}
    sources: dict[str, str] = {}
    for source, layer in layers:
        for key, value in layer.items():
            values[key] = _coerce(key, value, source)
            sources[key] = source
    missing = [k for k in SCHEMA if k not in values]
    if missing:  # a packaging bug, not a user error
        raise ConfigError(f"profile default lacks {', '.join(missing)}")
    return Config(profile=profile, values=values, sources=sources)
