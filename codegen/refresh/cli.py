"""``python -m codegen refresh [PROVIDER...] [--dry-run]``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from codegen.cli_types import AddParser
from codegen.refresh.steps import DEFAULT_GENERATED, DEFAULT_SPECS
from codegen.refresh.vet import IMPORT_TIMEOUT


def _at_least(minimum: float, kind: type[int] | type[float]) -> Callable[[str], float]:
    def parse(text: str) -> float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"must be at least {minimum:g}")
        return value

    return parse


def _run(args: argparse.Namespace) -> int:
    from codegen.refresh.fetch import FetchOptions
    from codegen.refresh.pipeline import refresh
    from codegen.refresh.report import dry_run_text, failure_lines, markdown, summary_lines
    from codegen.refresh.vet import VetOptions

    options = FetchOptions(concurrency=int(args.concurrency), timeout=args.timeout, retries=int(args.retries))
    outcome = refresh(
        Path(args.specs),
        Path(args.out),
        args.providers or None,
        dry_run=args.dry_run,
        options=options,
        vet=VetOptions(timeout=args.import_timeout),
    )
    print("\n".join(summary_lines(outcome)))
    if args.dry_run:
        text = dry_run_text(outcome)
        print(f"\n{text}" if text else "\nnothing would change")
    for provider in outcome.providers:
        if provider.drift:
            print(f"\n{provider.drift.strip()}")
    for line in failure_lines(outcome):
        print(f"error: {line}", file=sys.stderr)
    if args.report:
        Path(args.report).write_text(markdown(outcome), encoding="utf-8")
    return outcome.exit_code


def register(add_parser: AddParser) -> None:
    parser = add_parser(
        "refresh",
        help="download the vendor pages again, regenerate what changed, print the drift",
        description=(
            "Fetch every page listed in specs/<provider>/provider.yaml (its 'download' URL when it has one; "
            "conditionally, with the stored ETag/Last-Modified); when a provider's changed pages all import "
            "and its client regenerates, put pages, manifest and client in place together, then print the "
            "drift report of its OpenAPI document. "
            "Exit status: 0 all pages fetched, 1 some page or step failed (the others still refresh), "
            "2 bad usage or unknown provider."
        ),
    )
    parser.add_argument("providers", nargs="*", help="provider names (default: all under specs/)")
    parser.add_argument("--dry-run", action="store_true", help="fetch and show the diffs; write nothing")
    parser.add_argument("--specs", default=str(DEFAULT_SPECS), help="folder of provider folders")
    parser.add_argument("--out", default=str(DEFAULT_GENERATED), help="generated/ folder")
    parser.add_argument("--report", metavar="FILE", help="also write the Markdown report to FILE")
    parser.add_argument(
        "--concurrency", type=_at_least(1, int), default=4, help="pages fetched at once (default: 4)"
    )
    parser.add_argument(
        "--timeout", type=_at_least(0.1, float), default=30.0, help="seconds per attempt (default: 30)"
    )
    parser.add_argument(
        "--retries", type=_at_least(0, int), default=2, help="retries on 5xx/429/network errors"
    )
    parser.add_argument(
        "--import-timeout",
        type=_at_least(0.1, float),
        default=IMPORT_TIMEOUT,
        help=f"seconds a fetched page may take to import before it is refused (default: {IMPORT_TIMEOUT:g})",
    )
    parser.set_defaults(run=_run)
