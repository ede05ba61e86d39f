"""``python -m codegen``: the repository's build tool (not shipped in the wheel)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from codegen.errors import CodegenError
from codegen.paths import GENERATED_DIR, SPECS_DIR

EXIT_OK = 0
EXIT_FAILED = 1  # the command ran and found a problem (stale output, breaking drift)
EXIT_BAD_INPUT = 2  # the input could not be read or understood


def _cmd_convert(args: argparse.Namespace) -> int:
    from codegen.ingest import import_page
    from codegen.ingest.page import Page
    from codegen.openapi.document import OPENAPI_VERSION, canonical, check_references, validate
    from codegen.yamlio import dump_json, dump_yaml

    page = Page.read(Path(args.page))
    fragment = import_page(page, args.format)
    document = canonical(
        {"openapi": OPENAPI_VERSION, "info": {"title": page.source.name, "version": "1"}, **fragment}
    )
    check_references(str(page.source), document)
    validate(str(page.source), document)
    sys.stdout.write(dump_json(document) if args.json else dump_yaml(document))
    return EXIT_OK


def _cmd_specs(args: argparse.Namespace) -> int:
    from codegen.files import write_atomically
    from codegen.generate.build import UNREADABLE_PAGE, document_text
    from codegen.openapi.assemble import build_document
    from codegen.openapi.notice import Notice
    from codegen.paths import SPEC_FILE
    from codegen.providers import discover

    failed = 0
    for provider in discover(Path(args.specs), args.providers or None):
        notices: list[Notice] = []
        try:
            text = document_text(provider, build_document(provider, notices))
        except CodegenError as exc:
            failed += 1
            print(f"{provider.name:<14} failed     {exc}", file=sys.stderr)
            continue
        except UNREADABLE_PAGE as exc:
            failed += 1
            print(f"{provider.name:<14} failed     {type(exc).__name__}: {exc}", file=sys.stderr)
            continue
        changed = write_atomically(Path(args.out) / provider.name / SPEC_FILE, text)
        print(f"{provider.name:<14} {'written' if changed else 'unchanged'}")
        for notice in notices:
            print(f"{provider.name:<14} warning    {notice}", file=sys.stderr)
    return EXIT_BAD_INPUT if failed else EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    from codegen.drift.cli import register as register_drift
    from codegen.generate.cli import register as register_generate
    from codegen.ingest import IMPORTERS
    from codegen.refresh.cli import register as register_refresh

    parser = argparse.ArgumentParser(
        prog="python -m codegen",
        description="Turn vendor API doc pages into OpenAPI 3.1 documents and typed Python clients.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    formats = "\n".join(f"  {i.name:<20} {i.summary}" for i in IMPORTERS)
    convert = sub.add_parser(
        "convert",
        help="print the OpenAPI 3.1 document for one page",
        description="Convert one vendor page and print the OpenAPI 3.1 document.",
        epilog=f"page formats, tried in this order when --format is not given:\n{formats}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    convert.add_argument("page", help="path of the page file")
    convert.add_argument(
        "--format", choices=[i.name for i in IMPORTERS], help="force an importer (default: auto-detect)"
    )
    convert.add_argument("--json", action="store_true", help="print JSON instead of YAML")
    convert.set_defaults(run=_cmd_convert)

    specs = sub.add_parser(
        "specs",
        help="rebuild generated/<provider>/openapi.yaml from specs/",
        description="Rebuild each provider's normalized OpenAPI document from its pages and overlay.",
    )
    specs.add_argument("providers", nargs="*", help="provider names (default: all under specs/)")
    specs.add_argument("--specs", default=str(SPECS_DIR), help="folder of provider folders")
    specs.add_argument("--out", default=str(GENERATED_DIR), help="output folder")
    specs.set_defaults(run=_cmd_specs)

    for register in (register_generate, register_drift, register_refresh):
        register(sub.add_parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.run(args)
    except CodegenError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    return code
