"""``python -m codegen drift OLD NEW`` and ``python -m codegen drift-git [--base REF]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from codegen.cli_types import AddParser
from codegen.drift.model import DriftError, Report
from codegen.paths import ROOT, SPECS_DIR

if TYPE_CHECKING:
    from codegen.drift.policy import DriftPolicy

EXIT_OK = 0
EXIT_FAILED = 1


def _package_names(root: Path) -> dict[str, str]:
    """Client package per provider from the working tree's manifests; a broken manifest is not ours to
    report (``make specs`` does), so it falls back to the naming convention."""
    from codegen.errors import CodegenError
    from codegen.providers import discover

    try:
        return {p.name: p.client_package for p in discover(root / SPECS_DIR.name)}
    except (CodegenError, OSError):
        return {}


def _emit(report: Report, args: argparse.Namespace) -> int:
    from codegen.drift.report import as_json, markdown

    text = as_json(report) if args.format == "json" else markdown(report)
    if args.output:
        try:
            Path(args.output).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise DriftError(f"cannot write {args.output}: {exc.strerror or exc}") from None
    else:
        sys.stdout.write(text)
    return EXIT_FAILED if report.fails(args.fail_on) else EXIT_OK


def _policy(args: argparse.Namespace, root: Path, providers: list[str]) -> DriftPolicy:
    from codegen.drift.policy import CONFIG_FILE, DriftPolicy

    config = Path(args.config) if args.config else root / SPECS_DIR.name / CONFIG_FILE
    if args.config and not config.is_file():
        raise DriftError(f"{config}: no such config file")
    return DriftPolicy.load(config, root / SPECS_DIR.name, providers)


def _run_files(args: argparse.Namespace) -> int:
    from codegen.drift.collect import compare_files
    from codegen.drift.facade import adapters

    old, new = Path(args.old), Path(args.new)
    known = {*adapters(), *_package_names(ROOT)}  # providers with a facade adapter or a manifest
    provider = args.provider
    if provider is None:
        named = [p.parent.name for p in (new, old) if p.parent.name in known]
        provider = named[0] if named else new.resolve().parent.name
    elif provider not in known:
        raise DriftError(f"unknown provider {provider!r}; known: {', '.join(sorted(known))}")
    policy = _policy(args, ROOT, [provider])
    report = compare_files(
        old,
        new,
        provider,
        old_label=args.old,
        new_label=args.new,
        policy=policy,
        full_validation=args.full_validation,
    )
    return _emit(report, args)


def _run_git(args: argparse.Namespace) -> int:
    from codegen.drift import git
    from codegen.drift.collect import compare_git

    root = git.repo_root(Path(args.repo))
    packages = _package_names(root)
    providers = sorted({*packages, *(d.name for d in (root / SPECS_DIR.name).glob("*") if d.is_dir())})
    report = compare_git(
        root,
        args.base,
        allow_new_providers=args.allow_new_providers,
        packages=packages,
        policy=_policy(args, root, providers),
        full_validation=args.full_validation,
    )
    if args.facade:
        from codegen.drift.verdict import with_verdicts

        report = with_verdicts(report, root)
    return _emit(report, args)


def _output_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format", choices=("markdown", "json"), default="markdown", help="default: markdown"
    )
    parser.add_argument(
        "--fail-on",
        choices=("breaking", "warning", "never"),
        default="breaking",
        help="exit 1 when a change at or above this level exists (default: breaking)",
    )
    parser.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE instead of stdout")
    parser.add_argument(
        "--full-validation",
        action="store_true",
        help="also run openapi-spec-validator's semantic checks on the new document (slower than "
        "parsing it; by default the OpenAPI JSON Schema and our own checks run)",
    )
    parser.add_argument(
        "--config",
        metavar="FILE",
        help="per-rule severity overrides (default: specs/drift.yaml when it exists)",
    )


def register(add_parser: AddParser) -> None:
    exits = (
        "Exit status: 0 nothing unaccepted at or above --fail-on, 1 something is (or the facade is "
        "broken), 2 bad input."
    )
    drift = add_parser(
        "drift",
        help="compare two OpenAPI documents: what changed, what breaks, which facade operations it touches",
        description=f"Compare two OpenAPI 3.0/3.1 documents of one provider. {exits}",
    )
    drift.add_argument("old", help="the document before")
    drift.add_argument("new", help="the document after")
    drift.add_argument(
        "--provider",
        help="provider whose facade map applies (default: the folder NEW or OLD is in, if known)",
    )
    _output_options(drift)
    drift.set_defaults(run=_run_files)

    drift_git = add_parser(
        "drift-git",
        help="drift of every generated/<provider>/ (document and client API) since a git ref",
        description=(
            "Compare each provider's generated/<provider>/openapi.yaml, generation.lock.json tools and "
            f"generated client package at a git ref with the working tree. {exits}"
        ),
    )
    drift_git.add_argument(
        "--base",
        metavar="REF",
        help="git ref to compare with (default: merge base of HEAD and main, else HEAD)",
    )
    drift_git.add_argument("--repo", default=str(ROOT), help="repository folder (default: this checkout)")
    drift_git.add_argument(
        "--allow-new-providers",
        action="store_true",
        help="list providers that exist only in the working tree as new instead of failing",
    )
    drift_git.add_argument(
        "--facade",
        action="store_true",
        help="also type-check wrappers/ (mypy --strict) and run the facade's tests against the fakes, "
        "and start the report with one verdict line per provider",
    )
    _output_options(drift_git)
    drift_git.set_defaults(run=_run_git)
