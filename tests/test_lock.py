"""requirements.lock pins every Python package scripts/install puts in .venv, each with the sha256 of its
files: a dependency added to pyproject.toml without re-running scripts/lock fails here, not on a user's
machine. torch is the one exception (installed first, the CPU build), and nothing of CUDA is pulled in."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _name(requirement: str) -> str:
    return (
        re.split(r"[ <>=!~;\[]", requirement.strip(), maxsplit=1)[0]
        .lower()
        .replace("_", "-")
        .replace(".", "-")
    )


def locked() -> dict[str, tuple[str, int]]:
    """name -> (version, number of hashes) from requirements.lock."""
    out, current = {}, None
    for line in (REPO / "requirements.lock").read_text().splitlines():
        if m := re.match(r"^([A-Za-z0-9_.-]+)==(\S+)", line):
            current = _name(m.group(1))
            out[current] = (m.group(2), 0)
        elif current and (m := re.search(r"--hash=sha256:[0-9a-f]{64}", line)):
            out[current] = (out[current][0], out[current][1] + 1)
    return out


def test_every_dependency_is_pinned_with_hashes():
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    wanted = {_name(r) for r in project["dependencies"] + project["optional-dependencies"]["dev"]} - {"torch"}
    lock = locked()
    assert wanted - set(lock) == set(), "run scripts/lock: requirements.lock misses these"
    assert all(hashes >= 1 for _, hashes in lock.values()), [n for n, (_, h) in lock.items() if h == 0]
    assert len(lock) > len(wanted)  # their own dependencies are pinned too


def test_no_cuda_and_torch_stays_the_cpu_build_installed_first():
    lock = locked()
    assert "torch" not in lock and not [n for n in lock if n.startswith(("nvidia-", "triton"))]
    install = (REPO / "scripts" / "install").read_text()
    assert (
        "--require-hashes --no-deps -r requirements.lock" in install and "install --no-deps -e ." in install
    )
    assert install.index("torch==2.13.0") < install.index("requirements.lock")
