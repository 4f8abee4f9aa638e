"""PolicyGate: every stage engine declares what it needs (network, filesystem roots, GPU); an engine
whose declaration exceeds the profile's policy is refused before it loads."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from autocapture.config import Config

NETWORK_LEVELS = ("none", "loopback", "any")


@dataclass(frozen=True)
class Permissions:
    network: str = "none"  # none | loopback | any
    filesystem: tuple[str, ...] = ()  # roots it reads besides the DataRoot and derived dir
    gpu: bool = False


class PolicyError(PermissionError):
    def __init__(self, engine: str, permission: str, message: str):
        super().__init__(f"engine {engine!r} refused: {permission}: {message}")
        self.engine, self.permission = engine, permission


def check(engine: str, perms: Permissions, config: Config) -> None:
    if perms.network not in NETWORK_LEVELS:
        raise PolicyError(engine, "network", f"unknown level {perms.network!r}")
    if perms.network == "any" and not config["policy.allow_network"]:
        raise PolicyError(
            engine,
            "network=any",
            f"profile {config.profile} allows no network access beyond "
            "localhost (policy.allow_network=false)",
        )
    if perms.network == "loopback" and not config["policy.allow_loopback"]:
        raise PolicyError(engine, "network=loopback", "policy.allow_loopback=false")
    allowed = allowed_roots(config)
    for root in perms.filesystem:
        path = Path(root).resolve()
        if not any(path == a or a in path.parents for a in allowed):
            raise PolicyError(
                engine,
                f"filesystem={root}",
                "outside the DataRoot, the derived dir, the configured "
                "model paths and the installed packages",
            )
    if perms.gpu and not config["policy.allow_gpu"]:
        raise PolicyError(engine, "gpu", "policy.allow_gpu=false")


def allowed_roots(config: Config) -> list[Path]:
    roots = [
        config.data_dir,
        config.derived_dir,
        Path(sys.prefix),
        Path(sys.base_prefix),
        Path("/usr/share/tesseract-ocr"),
        Path("/usr/share/tessdata"),
    ]
    roots += [
        Path(config[k])
        for k in ("models.vlm_path", "models.embed_path", "processing.ocr.tessdata")
        if config[k]
    ]
    return [r.resolve() for r in roots if r]
