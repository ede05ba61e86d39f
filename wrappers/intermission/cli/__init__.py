"""The ``intermission`` command: pause, resume, stop and inspect agents from a shell.

``main`` parses the command line (``parser``), sets up logging for ``-v``, runs the subcommand and turns an
error into its exit status (``exit_codes``) and a message (``output``).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from intermission import errors
from intermission.cli.catalogue import capability_table
from intermission.cli.exit_codes import EXIT_CODES, EXIT_INTERRUPTED, exit_code_for
from intermission.cli.output import Output, error_row
from intermission.cli.parser import build_parser, verbosity, wants_json

# 128 + SIGPIPE, as a shell reports a command that a closed pipe stopped before it finished.
EXIT_CLOSED_PIPE = 141


def configure_logging(level: int) -> None:
    """``-v``: our own attempt and retry log; ``-vv``: httpx's and httpcore's debug lines too."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("intermission").setLevel(logging.DEBUG if level >= 1 else logging.NOTSET)
    if level >= 2:
        logging.getLogger().setLevel(logging.DEBUG)


def main(argv: Sequence[str] | None = None) -> int:
    out = Output(as_json=False)
    try:
        return _run(argv, out)
    except BrokenPipeError:  # output not written through ``out`` met a closed pipe (``--help | head -1``)
        out.reader_gone()
        return EXIT_CLOSED_PIPE


def _run(argv: Sequence[str] | None, out: Output) -> int:
    args = build_parser().parse_args(argv)
    out.as_json = wants_json(args)
    configure_logging(verbosity(args))
    try:
        code: int = args.run(args, out)
    except errors.IntermissionError as exc:
        if out.as_json:
            out.json(error_row(exc))
        out.error(str(exc))
        return exit_code_for(exc)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    return code


__all__ = ["EXIT_CLOSED_PIPE", "EXIT_CODES", "build_parser", "capability_table", "exit_code_for", "main"]
