"""Foreground gating (contract section 5): heavy work only while the sidecar's signal is fresh, says the
user is not active, and has been idle long enough. Anything doubtful means active (fail closed)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

from autocapture.config import Config
from autocapture.dataroot.activity import SignalUnusable, read_signal


@dataclass(frozen=True)
class GateDecision:
    idle: bool  # True: heavy work may run
    reason: str
    source: str  # "activity_signal", or "fail_open:<why>" when fail_closed=false let a bad signal through
    idle_seconds: float | None = None
    signal_age_s: float | None = None

    def to_dict(self) -> dict:
        return asdict(self)


def decide(config: Config, signal_path: Path | None, now: datetime | None = None) -> GateDecision:
    now = now or datetime.now(timezone.utc)
    max_age = config["runtime.activity.max_signal_age_s"]
    min_idle = config["runtime.activity.min_idle_s"]
    fail_closed = config["runtime.activity.fail_closed"]

    def doubtful(kind: str, why: str) -> GateDecision:
        if fail_closed:
            return GateDecision(
                False,
                f"{why}: treating the user as active (runtime.activity.fail_closed=true)",
                "activity_signal",
            )
        return GateDecision(
            True,
            f"{why}: treating the user as idle because runtime.activity.fail_closed=false",
            f"fail_open:{kind}",
        )

    try:
        signal = read_signal(signal_path)
    except SignalUnusable as exc:
        return doubtful(exc.kind, f"activity signal {exc.kind} ({exc})")
    age = (now - signal.ts_utc).total_seconds()
    if age > max_age:
        return doubtful("stale", f"activity signal is stale ({age:.1f} s old, max {max_age:g} s)")
    if age < -max_age:  # clock skew between Windows and WSL, or a bogus timestamp
        return doubtful("future", f"activity signal is {-age:.1f} s in the future")
    if signal.user_active:
        return GateDecision(False, "user is active", "activity_signal", signal.idle_seconds, age)
    if signal.idle_seconds < min_idle:
        return GateDecision(
            False,
            f"idle for {signal.idle_seconds:.1f} s, need {min_idle:g} s",
            "activity_signal",
            signal.idle_seconds,
            age,
        )
    return GateDecision(
        True, f"idle for {signal.idle_seconds:.1f} s", "activity_signal", signal.idle_seconds, age
    )
