"""Many pauses or resumes at once, over any mix of providers: ``pause_many`` / ``resume_many``.

Each returns one entry per item, in input order: the ``Result``, or the ``IntermissionError`` that item
raised (nothing is swallowed and no item is lost; a bad item fails alone). Underneath: one
``AsyncClient`` per provider (one connection pool, reused by every item), and ``concurrency`` workers, never
more than a pool has connections (``max_connections``, default 100): more would only queue for a
connection, holding memory and time.

>>> intermission.pause_many([("agi", "s1"), ("browser_use", "t1")])        # blocking
>>> await intermission.aio.pause_many(items, concurrency=32)               # async
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Iterable, Mapping, Sequence
from itertools import chain
from operator import itemgetter
from typing import TYPE_CHECKING, Any, TypeVar, Unpack

from intermission import providers
from intermission._engine import ClientOptions, as_error
from intermission.errors import ConfigurationError, IntermissionError, RequestInvalid
from intermission.result import Operation, Result
from intermission.transport.settings import DEFAULT_MAX_CONNECTIONS, positive_int

if TYPE_CHECKING:
    from intermission.aio import AsyncClient

T = TypeVar("T")
Item = tuple[str, str | int] | tuple[str, str | int, str | None] | Sequence[object]
ItemResult = Result | IntermissionError


async def fan_out(
    operation: Operation,
    items: Iterable[Item],
    concurrency: int,
    clients: Mapping[str, AsyncClient] | None,
    options: Mapping[str, ClientOptions] | None,
    common: ClientOptions,
) -> list[ItemResult]:
    from intermission.aio import AsyncClient

    positive_int("concurrency", concurrency)
    work = list(items)
    given = {providers.canonical(name): client for name, client in (clients or {}).items()}
    per_provider = {providers.canonical(name): opts for name, opts in (options or {}).items()}
    owned: dict[str, AsyncClient | IntermissionError] = {}
    pool = positive_int("max_connections", common.get("max_connections", DEFAULT_MAX_CONNECTIONS))
    workers = min(concurrency, pool, len(work))

    def client_for(name: str) -> AsyncClient:
        key = providers.canonical(name)
        if key in given:
            return given[key]
        if key not in owned:
            settings: ClientOptions = {
                "max_connections": workers or 1,  # never more connections than requests in flight
                **common,
                **per_provider.get(key, {}),
            }
            try:
                owned[key] = AsyncClient(key, **settings)
            except IntermissionError as exc:  # e.g. no key for this provider: every item of it fails so
                owned[key] = exc
        client = owned[key]
        if isinstance(client, IntermissionError):
            raise client
        return client

    async def one(item: Item) -> ItemResult:
        provider: str | None = None
        ident: str | None = None
        try:
            if isinstance(item, str | bytes) or not isinstance(item, Sequence) or len(item) not in (2, 3):
                raise RequestInvalid(
                    f"a bulk item is (provider, id) or (provider, id, message), not {item!r}"
                )
            provider, raw_id = str(item[0]), item[1]
            ident = str(raw_id)
            message = item[2] if len(item) == 3 else None
            client = client_for(provider)
            if operation is Operation.PAUSE:
                if message is not None:
                    raise RequestInvalid(
                        "pause takes no message", provider=provider, operation="pause", id=ident
                    )
                return await client.pause(raw_id)  # type: ignore[arg-type]
            return await client.resume(raw_id, message)  # type: ignore[arg-type]
        except Exception as exc:  # one item's failure is that item's outcome
            return as_error(exc, provider, operation.value, ident)

    pending = iter(enumerate(work))

    async def worker() -> list[tuple[int, ItemResult]]:
        done = []  # a loop, not a comprehension: on 3.11 that would be one more frame to resume per await
        for index, item in pending:
            done.append((index, await one(item)))
        return done

    try:
        done = await asyncio.gather(*(worker() for _ in range(workers)))
    finally:
        await asyncio.gather(*(c.aclose() for c in owned.values() if not isinstance(c, IntermissionError)))
    return [result for _, result in sorted(chain.from_iterable(done), key=itemgetter(0))]


async def apause_many(
    items: Iterable[Item],
    *,
    concurrency: int = 16,
    clients: Mapping[str, AsyncClient] | None = None,
    options: Mapping[str, ClientOptions] | None = None,
    **common: Unpack[ClientOptions],
) -> list[ItemResult]:
    """Pause every ``(provider, id)``; one ``Result`` or error per item, in input order.

    ``clients``: ``AsyncClient`` objects to use per provider (left open). Otherwise one is made per
    provider from ``common`` options overlaid with ``options[provider]``, and closed at the end.
    """
    return await fan_out(Operation.PAUSE, items, concurrency, clients, options, common)


async def aresume_many(
    items: Iterable[Item],
    *,
    concurrency: int = 16,
    clients: Mapping[str, AsyncClient] | None = None,
    options: Mapping[str, ClientOptions] | None = None,
    **common: Unpack[ClientOptions],
) -> list[ItemResult]:
    """Resume every ``(provider, id)`` or ``(provider, id, message)``; like ``apause_many``."""
    return await fan_out(Operation.RESUME, items, concurrency, clients, options, common)


def blocking(name: str, start: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """Run the coroutine ``start()`` makes on an event loop of its own; inside a running loop, refuse
    (``name``'s async twin in ``intermission.aio`` is the one to await there)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(start())
    raise ConfigurationError(f"{name} blocks; inside a running event loop, use intermission.aio.{name}")


def _blocking(
    operation: Operation,
    items: Iterable[Item],
    concurrency: int,
    options: Mapping[str, ClientOptions] | None,
    common: ClientOptions,
) -> list[ItemResult]:
    return blocking(
        f"{operation.value}_many", lambda: fan_out(operation, items, concurrency, None, options, common)
    )


def pause_many(
    items: Iterable[Item],
    *,
    concurrency: int = 16,
    options: Mapping[str, ClientOptions] | None = None,
    **common: Unpack[ClientOptions],
) -> list[ItemResult]:
    """Blocking ``apause_many`` (runs its own event loop)."""
    return _blocking(Operation.PAUSE, items, concurrency, options, common)


def resume_many(
    items: Iterable[Item],
    *,
    concurrency: int = 16,
    options: Mapping[str, ClientOptions] | None = None,
    **common: Unpack[ClientOptions],
) -> list[ItemResult]:
    """Blocking ``aresume_many`` (runs its own event loop)."""
    return _blocking(Operation.RESUME, items, concurrency, options, common)


__all__ = ["Item", "ItemResult", "apause_many", "aresume_many", "blocking", "pause_many", "resume_many"]
