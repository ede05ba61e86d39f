"""Pause or resume everything in one state at one provider: ``pause_all`` / ``resume_all``.

A sweep lists the provider (``AsyncClient.list``, every page, before anything is acted on: acting while
listing would move agents out of a vendor-filtered listing and shift the pages under it), then hands the ids
to the bulk fan-out of ``intermission.bulk`` (same workers, concurrency bound and per-item error isolation
as ``pause_many``), on the client that listed them. ``dry_run=True`` stops after the listing.

When the listing fails part-way (a 429 that outlasts the retries on page 7, a page of the wrong shape), the
agents listed before are still acted on, and the report says where the listing stopped.

>>> report = intermission.pause_all("anchorbrowser")                 # every running session
>>> report.ok, len(report.results), report.listing_error
>>> await intermission.aio.pause_all("e2b", dry_run=True)            # only lists
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Unpack

from intermission import providers
from intermission._engine import ClientOptions
from intermission.bulk import Item, ItemResult, blocking, fan_out
from intermission.errors import IntermissionError, InvalidId, RequestInvalid, Unsupported
from intermission.listing import DEFAULT_MAX_PAGES, check_state
from intermission.providers._base import ResumeMessage
from intermission.result import Operation, Result, State

if TYPE_CHECKING:
    from intermission.aio import AsyncClient


@dataclass
class SweepReport:
    """What ``pause_all`` / ``resume_all`` did.

    ``listed``: the agents the listing found in ``state``, in listing order. ``results``: one entry per
    listed agent, in the same order: its ``Result`` or the ``IntermissionError`` it raised (a dry run:
    the listed ``Result``s themselves). ``rejected``: ids the listing refused (never sent).
    ``listing_error``: what stopped the listing before its end (its ``page`` says where), else ``None``.
    """

    provider: str
    operation: Operation
    state: State | None
    dry_run: bool
    listed: list[Result] = field(default_factory=list)
    results: list[ItemResult] = field(default_factory=list)
    rejected: list[InvalidId] = field(default_factory=list)
    listing_error: IntermissionError | None = None
    pages: int = 0

    @property
    def complete(self) -> bool:
        """The listing reached its last page."""
        return self.listing_error is None

    @property
    def failed(self) -> list[IntermissionError]:
        """The items that failed, and the rejected ids."""
        return [r for r in self.results if isinstance(r, IntermissionError)] + list(self.rejected)

    @property
    def ok(self) -> bool:
        """The whole listing was read, no id was rejected and every listed agent was acted on."""
        return self.complete and not self.failed


async def _sweep(
    operation: Operation,
    provider: str,
    state: object,
    message: str | None,
    *,
    concurrency: int,
    dry_run: bool,
    limit: int | None,
    max_pages: int,
    client: AsyncClient | None,
    on_listed: Callable[[list[Result]], None] | None,
    common: ClientOptions,
) -> SweepReport:
    from intermission.aio import AsyncClient

    name = providers.canonical(provider)
    adapter = providers.load(name)
    wanted = check_state(state)
    if not dry_run:
        if operation not in adapter.operations:
            raise Unsupported(
                f"{adapter.display_name} has no {operation.value} operation",
                provider=name,
                operation=f"{operation.value}_all",
            )
        needs_message = adapter.resume_message is ResumeMessage.REQUIRED and operation is Operation.RESUME
        if needs_message and (message is None or not message.strip()):
            raise RequestInvalid(
                f"{adapter.display_name} resume needs a message (it is sent as the prompt)",
                provider=name,
                operation="resume_all",
            )
    owned = client is None
    settings: ClientOptions = {"max_connections": concurrency, **common}
    used = client if client is not None else AsyncClient(name, **settings)
    report = SweepReport(name, operation, wanted, dry_run)
    try:
        listing = used.list(wanted, limit, max_pages=max_pages)
        try:
            async for result in listing:
                report.listed.append(result)
        except IntermissionError as stopped:
            report.listing_error = stopped
        report.rejected = list(listing.rejected)
        report.pages = listing.pages
        if on_listed is not None:
            on_listed(report.listed)
        if dry_run:
            report.results = list(report.listed)
            return report
        items: Sequence[Item] = [
            (name, r.id) if operation is Operation.PAUSE else (name, r.id, message) for r in report.listed
        ]
        report.results = await fan_out(operation, items, concurrency, {name: used}, None, {})
        return report
    finally:
        if owned:
            await used.aclose()


async def apause_all(
    provider: str,
    state: State | str | None = State.RUNNING,
    *,
    concurrency: int = 16,
    dry_run: bool = False,
    limit: int | None = None,
    max_pages: int = DEFAULT_MAX_PAGES,
    client: AsyncClient | None = None,
    on_listed: Callable[[list[Result]], None] | None = None,
    **common: Unpack[ClientOptions],
) -> SweepReport:
    """List every agent of ``provider`` in ``state`` (default: running) and pause each.

    ``client``: an ``AsyncClient`` of that provider to use (left open); otherwise one is made from
    ``common`` options and closed at the end. ``dry_run``: list only. ``on_listed``: called with what the
    listing found, before anything is acted on (e.g. to size a progress line).
    """
    return await _sweep(
        Operation.PAUSE,
        provider,
        state,
        None,
        concurrency=concurrency,
        dry_run=dry_run,
        limit=limit,
        max_pages=max_pages,
        client=client,
        on_listed=on_listed,
        common=common,
    )


async def aresume_all(
    provider: str,
    state: State | str | None = State.PAUSED,
    message: str | None = None,
    *,
    concurrency: int = 16,
    dry_run: bool = False,
    limit: int | None = None,
    max_pages: int = DEFAULT_MAX_PAGES,
    client: AsyncClient | None = None,
    on_listed: Callable[[list[Result]], None] | None = None,
    **common: Unpack[ClientOptions],
) -> SweepReport:
    """List every agent of ``provider`` in ``state`` (default: paused) and resume each (Codegen:
    ``message`` required, sent to every run); like ``apause_all``."""
    return await _sweep(
        Operation.RESUME,
        provider,
        state,
        message,
        concurrency=concurrency,
        dry_run=dry_run,
        limit=limit,
        max_pages=max_pages,
        client=client,
        on_listed=on_listed,
        common=common,
    )


def pause_all(
    provider: str,
    state: State | str | None = State.RUNNING,
    *,
    concurrency: int = 16,
    dry_run: bool = False,
    limit: int | None = None,
    max_pages: int = DEFAULT_MAX_PAGES,
    **common: Unpack[ClientOptions],
) -> SweepReport:
    """Blocking ``apause_all`` (runs its own event loop)."""
    return blocking(
        "pause_all",
        lambda: apause_all(
            provider,
            state,
            concurrency=concurrency,
            dry_run=dry_run,
            limit=limit,
            max_pages=max_pages,
            **common,
        ),
    )


def resume_all(
    provider: str,
    state: State | str | None = State.PAUSED,
    message: str | None = None,
    *,
    concurrency: int = 16,
    dry_run: bool = False,
    limit: int | None = None,
    max_pages: int = DEFAULT_MAX_PAGES,
    **common: Unpack[ClientOptions],
) -> SweepReport:
    """Blocking ``aresume_all`` (runs its own event loop)."""
    return blocking(
        "resume_all",
        lambda: aresume_all(
            provider,
            state,
            message,
            concurrency=concurrency,
            dry_run=dry_run,
            limit=limit,
            max_pages=max_pages,
            **common,
        ),
    )


__all__ = ["SweepReport", "apause_all", "aresume_all", "pause_all", "resume_all"]
