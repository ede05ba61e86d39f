"""How a fake's accepted transitions settle: at once, after N polls, after N seconds, or when the test says.

A pending transition leaves the resource in its old status (what a vendor that pauses asynchronously shows)
until it settles. A poll is any later vendor request that looks the resource up.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

MODES = ("immediate", "polls", "seconds", "manual")


@dataclass(frozen=True)
class Transitions:
    mode: str = "immediate"
    after: float = 0  # polls (a whole number) or seconds; unused by "immediate" and "manual"

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(f"no transition mode {self.mode!r} (known: {', '.join(MODES)})")
        if isinstance(self.after, bool) or not isinstance(self.after, int | float) or self.after < 0:
            raise ValueError(f"after must be a number >= 0, not {self.after!r}")
        if self.mode == "polls" and self.after != int(self.after):
            raise ValueError(f"after must be a whole number of polls, not {self.after!r}")

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Transitions:
        unknown = sorted(set(data) - {"mode", "after"})
        if unknown:
            raise ValueError(f"unknown transition fields: {', '.join(unknown)}")
        return cls(data.get("mode", "immediate"), data.get("after", 0))

    def to_json(self) -> dict[str, Any]:
        return {"mode": self.mode, "after": self.after}


@dataclass(frozen=True)
class Pending:
    """A transition accepted but not settled: its target, and what is left before it settles."""

    target: str
    mode: str
    polls_left: int = 0
    due: float = 0.0  # on the store's clock

    def polled(self) -> Pending:
        return Pending(self.target, self.mode, self.polls_left - 1, self.due)

    def settled(self, now: float) -> bool:
        if self.mode == "polls":
            return self.polls_left <= 0
        if self.mode == "seconds":
            return now >= self.due
        return self.mode == "immediate"
