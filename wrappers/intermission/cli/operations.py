"""``intermission pause|resume|status|stop PROVIDER ID [ID...]``: one result line per id.

``-`` among the ids reads more ids from stdin, one per line (blank lines and ``#`` comments skipped); an id
given twice is acted on once. Pause and resume go through the bulk API (``intermission.bulk``), several ids
at a time; status and stop run one after the other on one client.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from collections.abc import Callable, Iterable
from typing import Any, TextIO, Unpack

from intermission._engine import ClientOptions
from intermission.aio import AsyncClient
from intermission.bulk import ItemResult, apause_many, aresume_many
from intermission.cli.exit_codes import EXIT_OK, EXIT_USAGE, exit_code_for
from intermission.cli.output import Output, Progress, error_row, on_terminal, result_row, result_text
from intermission.errors import IntermissionError
from intermission.result import Result

STDIN = "-"


def read_ids(given: Iterable[str], stdin: TextIO) -> list[str]:
    """The ids in order, ``-`` replaced by stdin's lines, each id once."""
    ids: list[str] = []
    for arg in given:
        if arg == STDIN:
            ids += [line.strip() for line in stdin if line.strip() and not line.lstrip().startswith("#")]
        else:
            ids.append(arg)
    return list(dict.fromkeys(ids))


def client_options(args: argparse.Namespace) -> ClientOptions:
    options: ClientOptions = {}
    if args.base_url:
        options["base_url"] = args.base_url
    if args.timeout is not None:
        options["timeout"] = args.timeout
    if args.deadline is not None:
        options["deadline"] = args.deadline
    if args.org_id is not None:
        options["org_id"] = args.org_id
    return options


class TimedClient(AsyncClient):
    """An ``AsyncClient`` that reports each pause or resume as it ends (latency, progress line)."""

    def __init__(
        self, provider: str, done: Callable[[str, float, bool], None], **options: Unpack[ClientOptions]
    ) -> None:
        super().__init__(provider, **options)
        self._done = done

    async def pause(self, id: str | int, **kw: Any) -> Result:
        started = time.perf_counter()
        ok = False
        try:
            result = await super().pause(id, **kw)
            ok = True
            return result
        finally:
            self._done(str(id), time.perf_counter() - started, ok)

    async def resume(self, id: str | int, message: str | None = None, **kw: Any) -> Result:
        started = time.perf_counter()
        ok = False
        try:
            result = await super().resume(id, message, **kw)
            ok = True
            return result
        finally:
            self._done(str(id), time.perf_counter() - started, ok)


def run(args: argparse.Namespace, out: Output) -> int:
    operation: str = args.command
    ids = read_ids(args.ids, sys.stdin)
    if not ids:
        out.error("no ids: stdin had none")
        return EXIT_USAGE
    progress = Progress(
        operation,
        len(ids),
        stream=out.stderr,
        enabled=len(ids) > 1 and not out.as_json and on_terminal(out.stdout, out.stderr),
    )
    latencies: dict[str, float] = {}

    def done(ident: str, seconds: float, ok: bool) -> None:
        latencies[ident] = seconds
        progress.step(failed=not ok)

    options = client_options(args)
    if operation in ("pause", "resume"):
        outcomes = asyncio.run(_bulk(operation, args.provider, ids, args, options, done))
    else:
        outcomes = _one_by_one(operation, args.provider, ids, options, done)
    progress.clear()
    return report(outcomes, operation, latencies, out)


async def _bulk(
    operation: str,
    provider: str,
    ids: list[str],
    args: argparse.Namespace,
    options: ClientOptions,
    done: Callable[[str, float, bool], None],
) -> list[ItemResult]:
    client = TimedClient(provider, done, **{**options, "max_connections": args.concurrency})
    async with client:
        clients = {provider: client}
        if operation == "pause":
            return await apause_many(
                ((provider, i) for i in ids), concurrency=args.concurrency, clients=clients
            )
        items = [(provider, i, args.message) for i in ids]
        return await aresume_many(items, concurrency=args.concurrency, clients=clients)


def _one_by_one(
    operation: str,
    provider: str,
    ids: list[str],
    options: ClientOptions,
    done: Callable[[str, float, bool], None],
) -> list[ItemResult]:
    from intermission.client import Client

    outcomes: list[ItemResult] = []
    with Client(provider, **options) as client:
        act = client.status if operation == "status" else client.stop
        for ident in ids:
            started = time.perf_counter()
            outcome: ItemResult
            try:
                outcome = act(ident)
            except IntermissionError as exc:
                outcome = exc
            done(ident, time.perf_counter() - started, isinstance(outcome, Result))
            outcomes.append(outcome)
    return outcomes


def report(outcomes: list[ItemResult], operation: str, latencies: dict[str, float], out: Output) -> int:
    """One line per outcome, in input order; the status of the first failure, or 0."""
    code = EXIT_OK
    for outcome in outcomes:
        if isinstance(outcome, Result):
            row = result_row(outcome, operation, latencies.get(outcome.id))
            if out.as_json:
                out.json(row)
            else:
                out.line(result_text(row))
            continue
        if out.as_json:
            out.json(error_row(outcome))
        out.error(str(outcome))
        if code == EXIT_OK:
            code = exit_code_for(outcome)
    return code
