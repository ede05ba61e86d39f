"""``intermission list PROVIDER`` and ``intermission pause|resume PROVIDER --all``: the agents a provider
lists, one line each, then a summary line on stderr.

``list`` prints each agent as the pages arrive. ``pause --all`` / ``resume --all`` (``intermission.sweep``)
list everything in ``--state`` first, then act on each (``--dry-run``: list only), with the progress line
of ``pause`` on a terminal. The exit status is 0 when the listing was read to its end, no listed id was
refused and every agent was acted on; else the code of the first failure (the listing's own error first).
"""

from __future__ import annotations

import argparse
import asyncio
import time
from collections.abc import Callable

from intermission.cli.exit_codes import EXIT_OK, exit_code_for
from intermission.cli.operations import TimedClient, client_options, report
from intermission.cli.output import Output, Progress, error_row, on_terminal, result_row, result_text
from intermission.errors import IntermissionError
from intermission.result import Result, State
from intermission.sweep import SweepReport, apause_all, aresume_all


def _errors(errors: list[IntermissionError], out: Output) -> int:
    """Each error as a line (and a JSON row); the exit status of the first, or 0."""
    code = EXIT_OK
    for error in errors:
        if out.as_json:
            out.json(error_row(error))
        out.error(str(error))
        code = code or exit_code_for(error)
    return code


def _show(result: Result, out: Output) -> None:
    """A listed agent as its line (or JSON row) on stdout."""
    row = result_row(result, "list", None)
    out.json(row) if out.as_json else out.line(result_text(row))


def _state(args: argparse.Namespace) -> State | None:
    return None if args.state is None else State(args.state)


def run_list(args: argparse.Namespace, out: Output) -> int:
    from intermission.client import Client

    found = 0
    stopped: IntermissionError | None = None
    with Client(args.provider, **client_options(args)) as client:
        listing = client.list(_state(args), args.limit)
        try:
            for result in listing:
                found += 1
                _show(result, out)
        except IntermissionError as exc:
            stopped = exc
        rejected = list(listing.rejected)
        pages = listing.pages
    code = _errors([*rejected, *([stopped] if stopped else [])], out)
    where = f" in state {args.state}" if args.state else ""
    tail = f"; {len(rejected)} refused id(s) skipped" if rejected else ""
    tail += f"; stopped at page {stopped.page}" if stopped is not None and stopped.page else ""
    out.note(f"{args.provider}: {found} listed{where} ({pages} page(s)){tail}")
    if stopped is not None:
        return exit_code_for(stopped)
    return code


def run_all(args: argparse.Namespace, out: Output) -> int:
    operation: str = args.command
    progress = Progress(
        operation, 0, stream=out.stderr, enabled=not out.as_json and on_terminal(out.stdout, out.stderr)
    )
    latencies: dict[str, float] = {}

    def listed(results: list[Result]) -> None:
        progress.total = len(results)

    def done(ident: str, seconds: float, ok: bool) -> None:
        latencies[ident] = seconds
        progress.step(failed=not ok)

    started = time.perf_counter()
    swept = asyncio.run(_sweep(operation, args, listed, done))
    progress.clear()
    if args.dry_run:
        for result in swept.listed:
            _show(result, out)
        code = EXIT_OK
    else:
        code = report(swept.results, operation, latencies, out)
    code = _errors(list(swept.rejected), out) or code
    if swept.listing_error is not None:
        code = _errors([swept.listing_error], out) or code
    out.note(_describe(swept, args, time.perf_counter() - started))
    return code


async def _sweep(
    operation: str,
    args: argparse.Namespace,
    listed: Callable[[list[Result]], None],
    done: Callable[[str, float, bool], None],
) -> SweepReport:
    client = TimedClient(args.provider, done, **{**client_options(args), "max_connections": args.concurrency})
    async with client:
        state = _state(args)
        if operation == "pause":
            return await apause_all(
                args.provider,
                state,
                concurrency=args.concurrency,
                dry_run=args.dry_run,
                client=client,
                on_listed=listed,
            )
        return await aresume_all(
            args.provider,
            state,
            args.message,
            concurrency=args.concurrency,
            dry_run=args.dry_run,
            client=client,
            on_listed=listed,
        )


def _describe(swept: SweepReport, args: argparse.Namespace, seconds: float) -> str:
    verb = swept.operation.value
    head = f"{swept.provider}: {len(swept.listed)} {args.state} listed ({swept.pages} page(s))"
    if swept.dry_run:
        text = f"{head}; dry run, nothing sent"
    else:
        failed = sum(1 for r in swept.results if isinstance(r, IntermissionError))
        text = f"{head}; {verb}d {len(swept.results) - failed}, failed {failed}"
    if swept.rejected:
        text += f"; {len(swept.rejected)} refused id(s) not sent"
    if swept.listing_error is not None:
        text += (
            f"; the listing stopped at page {swept.listing_error.page or '?'}: only the agents listed before"
        )
        text += " were reached" if not swept.dry_run else " are shown"
    return f"{text} in {seconds:.1f} s"
