"""The command line: every subcommand, option and help text (the completion scripts are generated from it).

``--json`` and ``-v`` are accepted before and after the subcommand: the root parser and each subcommand
declare them under different destinations, and ``verbosity`` / ``wants_json`` add them up.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import NoReturn

from intermission import __version__, providers
from intermission.cli import catalogue, local
from intermission.cli.completion import SHELLS, completion_script
from intermission.cli.exit_codes import EXIT_OK, EXIT_USAGE, epilog
from intermission.cli.output import Output
from intermission.result import State

Run = Callable[[argparse.Namespace, Output], int]


def provider_name(text: str) -> str:
    """A provider name as typed (any case, ``-`` or ``_``, an alias) -> its registry name."""
    try:
        return providers.canonical(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _positive_int(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"a whole number of at least 1, not {text!r}")
    return int(text)


def provider_spellings() -> list[str]:
    """What completion offers: each registry name and alias, also with ``-`` for ``_``."""
    spellings = [*providers.names(), *providers.aliases()]
    spellings += [name.replace("_", "-") for name in spellings if "_" in name]
    return list(dict.fromkeys(spellings))


def _operation(args: argparse.Namespace, out: Output) -> int:
    # Imported here, so that --help, --version and completion start without loading httpx and the engine.
    every = getattr(args, "all", False)
    if every and args.ids:
        _usage(args, "give ids or --all, not both")
    if not every and not args.ids:
        _usage(
            args,
            "give at least one ID (or `-` to read them from stdin)" + (", or --all" if "all" in args else ""),
        )
    if not every and getattr(args, "dry_run", False):
        _usage(args, "--dry-run goes with --all")
    if every:
        from intermission.cli import sweep

        return sweep.run_all(args, out)
    from intermission.cli import operations

    return operations.run(args, out)


def _usage(args: argparse.Namespace, message: str) -> NoReturn:
    """Stop as argparse stops on bad usage: the message on stderr, exit status 2."""
    sys.stderr.write(f"intermission {args.command}: error: {message}\n")
    raise SystemExit(EXIT_USAGE)


def _list(args: argparse.Namespace, out: Output) -> int:
    from intermission.cli import sweep

    return sweep.run_list(args, out)


def _state_option(parser: argparse.ArgumentParser, default: State | None, text: str) -> None:
    parser.add_argument(
        "--state",
        choices=[s.value for s in State],
        default=None if default is None else default.value,
        help=text,
    )


def verbosity(args: argparse.Namespace) -> int:
    return int(getattr(args, "verbose", 0)) + int(getattr(args, "verbose_after", 0))


def wants_json(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "json", False))


def _global_flags(parser: argparse.ArgumentParser, *, root: bool) -> None:
    # Under a subcommand the defaults are suppressed, so an absent flag leaves the root's value alone.
    parser.add_argument(
        "--json",
        action="store_true",
        default=False if root else argparse.SUPPRESS,
        help="print machine-readable JSON (one object per line)",
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="count",
        dest="verbose" if root else "verbose_after",
        default=0 if root else argparse.SUPPRESS,
        help="log each HTTP attempt and retry to stderr; -vv adds httpx's own debug lines",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="intermission",
        description="List, pause, resume and stop AI agents at Anchor Browser, AGI, Browser Use, Codegen "
        "and E2B.",
        epilog=epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _global_flags(parser, root=True)
    parser.add_argument("--version", action="version", version=f"intermission {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(
        name: str, run: Run, summary: str, description: str | None = None, *, exit_codes: bool = False
    ) -> argparse.ArgumentParser:
        made = sub.add_parser(
            name,
            help=summary,
            description=description or summary,
            epilog=epilog() if exit_codes else None,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        _global_flags(made, root=False)
        made.set_defaults(run=run)
        return made

    def operation(
        name: str, summary: str, *, ids: str = "+", run: Run = _operation
    ) -> argparse.ArgumentParser:
        made = command(
            name,
            run,
            summary,
            f"{summary}. Keys come from the provider's env vars (`intermission providers` lists them).",
            exit_codes=True,
        )
        made.add_argument(
            "provider",
            type=provider_name,
            metavar="PROVIDER",
            help=f"one of {', '.join(providers.names())} (aliases: {', '.join(providers.aliases())})",
        )
        if ids:
            made.add_argument(
                "ids",
                nargs=ids,
                metavar="ID",
                help="session, task or agent-run ids; `-` reads more from stdin, one per line",
            )
        made.add_argument(
            "--base-url",
            help="talk to this base URL (default: the provider's base-URL env var, else the vendor's)",
        )
        made.add_argument("--timeout", type=float, help="seconds for one HTTP attempt")
        made.add_argument(
            "--deadline", type=float, help="seconds for each id's whole call, retries and waits included"
        )
        made.add_argument("--org-id", type=int, help="Codegen organization id (default: $CODEGEN_ORG_ID)")
        return made

    pause = operation("pause", "Pause the agent; pausing a paused agent returns its state", ids="*")
    resume = operation("resume", "Resume the agent; resuming a running agent returns its state", ids="*")
    for bulk, default in ((pause, State.RUNNING), (resume, State.PAUSED)):
        bulk.add_argument(
            "--concurrency", type=_positive_int, default=16, help="ids in flight at once (default: 16)"
        )
        bulk.add_argument(
            "--all",
            action="store_true",
            help=f"list the provider and {bulk.prog.split()[-1]} every agent in --state (instead of ids)",
        )
        _state_option(bulk, default, f"with --all: the state to list (default: {default.value})")
        bulk.add_argument("--dry-run", action="store_true", help="with --all: list only, act on nothing")
    resume.add_argument("--message", help="text for the agent on resume (required by Codegen)")
    operation("status", "Print the agent's uniform state and the vendor's raw status")
    operation("stop", "Stop the agent for good (where the vendor supports it)")
    listing = operation(
        "list",
        "List the provider's agents (sessions, tasks, runs, sandboxes) with their state",
        ids="",
        run=_list,
    )
    _state_option(listing, None, "only agents in this state")
    listing.add_argument("--limit", type=_positive_int, help="at most this many")

    command(
        "providers",
        catalogue.run,
        "show which operations each provider supports and the env vars it reads",
    )
    fakes = command(
        "fakes",
        local.run_fakes,
        "serve the local vendor servers until Ctrl-C",
        "Serve stateful local fakes of the vendor APIs on 127.0.0.1 (needs intermission[fakes]).",
    )
    fakes.add_argument(
        "providers",
        nargs="*",
        type=provider_name,
        metavar="PROVIDER",
        help="providers to serve (default: all)",
    )
    fakes.add_argument("--port", type=int, default=0, help="first port (default: ephemeral ports)")
    command(
        "demo",
        local.run_demo,
        "pause/status/resume/status at every provider, against the local fakes",
        "Start the local vendor servers; pause, status, resume, status at each provider "
        "(needs intermission[fakes]).",
    )
    completion = command(
        "completion",
        lambda args, out: _print_completion(parser, args, out),
        "print a shell completion script (bash, zsh or fish)",
        "Print a completion script for SHELL. bash: `source <(intermission completion bash)`; "
        "zsh: `intermission completion zsh > ~/.zfunc/_intermission`; "
        "fish: `intermission completion fish > ~/.config/fish/completions/intermission.fish`.",
    )
    completion.add_argument("shell", choices=SHELLS, help="the shell")
    return parser


def _print_completion(parser: argparse.ArgumentParser, args: argparse.Namespace, out: Output) -> int:
    out.line(completion_script(parser, args.shell, providers=provider_spellings()))
    return EXIT_OK
