"""A row of the benchmark table, and how the table is printed."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    name: str
    measured: str
    baseline: str
    ratio: float | None
    target: str

    def verdict(self) -> str:
        return "" if self.ratio is None else f"{self.ratio:.2f}x"


def best_of(fn: Callable[[], object], *, repeat: int = 5, number: int = 1) -> float:
    """Median seconds of one call, over ``repeat`` runs of ``number`` calls."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            fn()
        samples.append((time.perf_counter() - start) / number)
    return statistics.median(samples)


def print_table(rows: list[Row]) -> None:
    header = ("benchmark", "measured", "baseline", "ratio", "target")
    table = [header, *((r.name, r.measured, r.baseline, r.verdict(), r.target) for r in rows)]
    widths = [max(len(str(line[i])) for line in table) for i in range(len(header))]
    for i, line in enumerate(table):
        print("  ".join(str(cell).ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip())
        if i == 0:
            print("  ".join("-" * w for w in widths))
