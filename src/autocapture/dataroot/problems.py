"""A problem found in the DataRoot: what, how bad, where, and what to do about it."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Problem:
    code: str
    severity: str  # "error" makes the contract invalid; "warning" does not
    message: str
    fix: str = ""
    path: str | None = None
    table: str | None = None
    record_id: str | None = None
    line: int | None = None

    def to_dict(self) -> dict:
        return {k: v for k, v in asdict(self).items() if v is not None and v != ""}

    def where(self) -> str:
        parts = [
            self.path,
            f"table {self.table}" if self.table else None,
            f"record {self.record_id}" if self.record_id else None,
            f"line {self.line}" if self.line is not None else None,
        ]
        return ", ".join(p for p in parts if p)


class ContractError(Exception):
    """The DataRoot cannot be read at all; carries the problem that says why."""

    def __init__(self, problem: Problem):
        super().__init__(f"{problem.code}: {problem.message}")
        self.problem = problem
