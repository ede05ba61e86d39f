"""``python -m tests.corpus [--work DIR] [--jobs N] [NAME ...]``: exit 1 unless every document builds."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from tests.corpus.runner import CORPUS, run

WORK = Path(__file__).resolve().parents[2] / ".corpus"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.corpus", description=__doc__)
    parser.add_argument("names", nargs="*", help="documents to build (default: all)")
    parser.add_argument(
        "--work", type=Path, default=WORK, help="scratch folder, kept as a cache (default: .corpus/)"
    )
    parser.add_argument("--jobs", type=int, default=None, help="parallel builds (default: one per CPU)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    results = run(CORPUS, args.work, args.names or None, args.jobs)
    for result in results:
        print(result.line(), flush=True)
    failed = sum(1 for r in results if r.problems)
    print(f"corpus: {time.perf_counter() - started:.0f} s")
    print(f"{len(results) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
