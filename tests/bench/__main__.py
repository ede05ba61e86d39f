"""Run every benchmark group and print one table."""

from __future__ import annotations

import importlib
import sys

from tests.bench.report import Row, print_table

# Each module exposes rows() -> list[Row]; listed in the order the table shows them.
GROUPS = ("ingest", "generate", "runtime", "sweep", "soak", "drift")


def main() -> int:
    only = set(sys.argv[1:])
    rows: list[Row] = []
    for name in GROUPS:
        if only and name not in only:
            continue
        module = importlib.import_module(f"tests.bench.{name}")
        rows.extend(module.rows())
    print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
