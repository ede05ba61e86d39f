"""What ``generate`` says about one provider: its status, its time, the step that failed and why, and the
generators' warnings (``build_provider`` makes one, the pipeline completes it after the swap)."""

from __future__ import annotations

from dataclasses import dataclass

BUILT = "built"  # in its temporary folder, not yet swapped in: the pipeline never reports it
REGENERATED = "regenerated"
UNCHANGED = "unchanged"
FAILED = "failed"
WARNING = "warning"


@dataclass(frozen=True)
class Outcome:
    provider: str
    status: str
    seconds: float
    step: str = ""
    reason: str = ""
    bad_input: bool = False
    warnings: tuple[str, ...] = ()

    def line(self) -> str:
        """The status line; a failure's reason in full, its later lines indented under the first."""
        tail = f"{self.step}: {self.reason}" if self.status == FAILED else f"{self.seconds:.2f}s"
        return _block(f"{self.provider:<14} {self.status:<12} ", tail)

    def warning_lines(self) -> list[str]:
        """Every warning of the generators, in full, one block each."""
        return [_block(f"{self.provider:<14} {WARNING:<12} ", w) for w in self.warnings]


def _block(head: str, text: str) -> str:
    first, *rest = text.splitlines() or [""]
    return "\n".join([head + first, *(" " * len(head) + line for line in rest)])
