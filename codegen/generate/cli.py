"""The ``generate`` and ``check`` subcommands of ``python -m codegen``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from codegen.cli_types import AddParser
from codegen.paths import GENERATED_DIR, SPECS_DIR


def _cmd_generate(args: argparse.Namespace) -> int:
    from codegen.generate.outcome import FAILED, Outcome
    from codegen.generate.pipeline import exit_status, generate

    def report(outcome: Outcome) -> None:
        print(outcome.line(), file=sys.stderr if outcome.status == FAILED else sys.stdout, flush=True)
        for warning in outcome.warning_lines():
            print(warning, file=sys.stderr, flush=True)

    outcomes = generate(
        Path(args.specs),
        Path(args.out),
        args.providers or None,
        force=args.force,
        jobs=args.jobs,
        report=report,
    )
    return exit_status(outcomes)


def _cmd_check(args: argparse.Namespace) -> int:
    from codegen.generate.check import check

    return check(
        Path(args.specs),
        Path(args.out),
        args.providers or None,
        jobs=args.jobs,
        report_failure=lambda o: print(o.line(), file=sys.stderr),
    )


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("providers", nargs="*", metavar="PROVIDER", help="provider names (default: all)")
    parser.add_argument("--specs", default=str(SPECS_DIR), help="folder of provider folders")
    parser.add_argument("--out", default=str(GENERATED_DIR), help="output folder")
    parser.add_argument("--jobs", type=int, default=None, help="parallel builds (default: one per CPU)")


def register(add_parser: AddParser) -> None:
    """Add ``generate`` and ``check`` to the ``python -m codegen`` subcommands."""
    generate = add_parser(
        "generate",
        help="regenerate the typed clients of the providers whose inputs changed",
        description=(
            "Regenerate generated/<provider>/ (document, attrs client, pydantic models, lock) for each "
            "provider whose inputs, generators or pipeline changed since its generation.lock.json. "
            "Exit status: 0 done, 1 a generator step failed, 2 an input is bad."
        ),
    )
    _common(generate)
    generate.add_argument("--force", action="store_true", help="regenerate even unchanged providers")
    generate.set_defaults(run=_cmd_generate)

    check = add_parser(
        "check",
        help="exit 1 when the committed generated/ is stale",
        description=(
            "Regenerate every provider into a temporary folder and compare it with generated/ "
            "(which is never written). Exit status: 0 up to date, 1 stale or a step failed, 2 bad input."
        ),
    )
    _common(check)
    check.set_defaults(run=_cmd_check)
