"""``intermission fakes`` and ``intermission demo``: the local vendor servers (the ``[fakes]`` extra)."""

from __future__ import annotations

import argparse

from intermission.cli.exit_codes import EXIT_ERROR, EXIT_OK, EXIT_USAGE
from intermission.cli.output import Output
from intermission.extras import MissingExtra, import_extra


def run_fakes(args: argparse.Namespace, out: Output) -> int:
    try:
        server = import_extra(
            "intermission.fakes.foreground", extra="fakes", needed_by="`intermission fakes`"
        )
    except MissingExtra as exc:
        out.error(str(exc))
        return EXIT_ERROR
    try:
        server.serve_forever(providers=args.providers or None, port=args.port)
    except ValueError as exc:  # an unknown provider name
        out.error(str(exc))
        return EXIT_USAGE
    return EXIT_OK


def run_demo(args: argparse.Namespace, out: Output) -> int:
    try:
        import_extra("intermission.fakes", extra="fakes", needed_by="`intermission demo`")
    except MissingExtra as exc:
        out.error(str(exc))
        return EXIT_ERROR
    from intermission.demo import run_demo

    return run_demo(as_json=out.as_json)
