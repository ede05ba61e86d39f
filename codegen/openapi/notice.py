"""``Notice``: one thing the build changed or decided on its own, reported to the user as a warning."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Notice:
    """``rule`` is a stable kebab-case id, ``location`` says where (a JSON pointer or an operation)."""

    rule: str
    location: str
    message: str

    def __str__(self) -> str:
        return f"[{self.rule}] {self.location}: {self.message}"
