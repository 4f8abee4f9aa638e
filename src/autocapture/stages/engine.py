"""The one extension seam: a stage engine (OCR, VLM, embedding backend) is a plugin behind a small
protocol. Built-in engines are listed here; others come from the `autocapture.engines` entry point group,
each naming a factory `make(config) -> Engine`. Every engine passes the PolicyGate before it loads."""

from __future__ import annotations

from importlib import import_module
from importlib.metadata import entry_points
from typing import Any, Protocol

from autocapture.config import Config
from autocapture.runtime.policy import Permissions, check

BUILTIN = {
    "ocr.tesseract": "autocapture.stages.ocr:make_tesseract",
    "ocr.rapidocr": "autocapture.stages.ocr_rapid:make_rapidocr",
    "vlm.qwen2vl": "autocapture.stages.vlm:make_qwen",
    "vlm.openai": "autocapture.stages.vlm:make_openai",
    "embed.minilm": "autocapture.stages.embed:make_embedder",
}


class Engine(Protocol):
    name: str
    version: str  # engine and model version; part of every record's provenance
    permissions: Permissions

    def run(self, item: Any) -> Any: ...


class StageUnavailable(RuntimeError):
    """A stage cannot run here; the message says what to install or configure (process once exits 5)."""

    def __init__(self, stage: str, message: str):
        super().__init__(f"{stage}: {message}")
        self.stage = stage


def _factories() -> dict[str, str]:
    found = dict(BUILTIN)
    for ep in entry_points(group="autocapture.engines"):
        found.setdefault(ep.name, ep.value)
    return found


def declared_permissions(name: str, config: Config) -> Permissions:
    target = _factories()[name]
    module, _, attr = target.partition(":")
    fn = getattr(import_module(module), attr)
    return fn.permissions(config) if hasattr(fn, "permissions") else Permissions()


def check_policy(name: str, config: Config) -> None:
    """The PolicyGate on an engine's declared permissions, without building it."""
    check(name, declared_permissions(name, config), config)


def load_engine(name: str, config: Config) -> Engine:
    """Check the engine's declared permissions against the profile's policy, then build it."""
    factories = _factories()
    if name not in factories:
        raise StageUnavailable(name, f"no engine named {name!r}; known: {', '.join(sorted(factories))}")
    module, _, attr = factories[name].partition(":")
    factory = getattr(import_module(module), attr)
    perms = factory.permissions(config) if hasattr(factory, "permissions") else Permissions()
    check(name, perms, config)
    engine = factory(config)
    check(name, engine.permissions, config)  # what the built engine says must also pass
    return engine
