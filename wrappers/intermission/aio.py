"""``AsyncClient``: the asyncio facade over one provider, and async twins of the conveniences.

>>> async with intermission.AsyncClient("browser_use") as bu:
...     await bu.pause(task_id)
>>> await intermission.aio.pause("agi", session_id)
>>> await intermission.aio.pause_many([("agi", a), ("browser_use", b)], concurrency=16)
>>> await intermission.aio.pause_all("e2b")             # every running sandbox
"""

from __future__ import annotations

from collections.abc import Coroutine
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Literal, Self, Unpack, overload

from intermission._engine import UNSET, ClientBase, ClientOptions, _Unset

# The bulk functions' async forms are this module's pause_many, resume_many, pause_all and resume_all
# (bulk and sweep import AsyncClient only inside their functions, so there is no import cycle).
from intermission.bulk import apause_many as pause_many
from intermission.bulk import aresume_many as resume_many
from intermission.listing import DEFAULT_MAX_PAGES, AsyncListing, Pager
from intermission.providers._base import Adapter, Pause, Provider, Resume, Status, Stop
from intermission.result import Operation, Result, State
from intermission.sweep import apause_all as pause_all
from intermission.sweep import aresume_all as resume_all
from intermission.transport import Timeouts, run_async

if TYPE_CHECKING:
    # rendered: adapters (python -m intermission.providers._overloads)
    from intermission.providers.agi import AGI
    from intermission.providers.anchorbrowser import AnchorBrowser
    from intermission.providers.browser_use import BrowserUse
    from intermission.providers.codegen import Codegen
    from intermission.providers.e2b import E2B
    # end rendered: adapters


class AsyncClient(ClientBase, Generic[Provider]):
    """The async twin of ``intermission.Client`` (same arguments, same results and errors).

    One httpx.AsyncClient per instance, reused by every call; close it with ``aclose()`` or
    ``async with``. Safe to share between tasks of one event loop.

    Typed like ``Client`` (see ``intermission.client``): ``AsyncClient("agi")`` is an ``AsyncClient[AGI]``,
    whose results carry AGI's models; the module-level functions below give ``Result[object]``.
    """

    # rendered: overloads (python -m intermission.providers._overloads)
    @overload
    def __init__(
        self: AsyncClient[AGI],
        provider: Literal["agi", "agi.tech"],
        **options: Unpack[ClientOptions],
    ) -> None: ...

    @overload
    def __init__(
        self: AsyncClient[AnchorBrowser],
        provider: Literal["anchorbrowser", "anchor", "anchor_browser", "anchor-browser"],
        **options: Unpack[ClientOptions],
    ) -> None: ...

    @overload
    def __init__(
        self: AsyncClient[BrowserUse],
        provider: Literal["browser_use", "browser-use", "browseruse"],
        **options: Unpack[ClientOptions],
    ) -> None: ...

    @overload
    def __init__(
        self: AsyncClient[Codegen],
        provider: Literal["codegen"],
        **options: Unpack[ClientOptions],
    ) -> None: ...

    @overload
    def __init__(
        self: AsyncClient[E2B],
        provider: Literal["e2b"],
        **options: Unpack[ClientOptions],
    ) -> None: ...
    # end rendered: overloads
    @overload
    def __init__(self: AsyncClient[Adapter], provider: str, **options: Unpack[ClientOptions]) -> None: ...

    def __init__(self, provider: str, **options: Unpack[ClientOptions]) -> None:
        super().__init__(provider, **options)

    def _open(self) -> None:
        self._engine.open_async()

    def _do(
        self,
        op: Operation,
        ident: str | int,
        message: str | None,
        timeout: float | Timeouts | None,
        deadline: float | _Unset | None,
    ) -> Coroutine[Any, Any, Result[Any]]:  # the engine's Result, typed by each method from the adapter
        flow = self._engine.flow(op, ident, message, timeout=timeout, deadline=deadline)
        return run_async(flow, self._engine.policy.retry)  # not awaited here: one frame less per await

    async def pause(
        self: AsyncClient[Adapter[Pause, Any, Status, Any]],
        id: str | int,
        *,
        timeout: float | Timeouts | None = None,
        deadline: float | _Unset | None = UNSET,
    ) -> Result[Pause | Status]:
        """Pause the agent. Already paused: returns the current state instead of raising."""
        return await self._do(Operation.PAUSE, id, None, timeout, deadline)

    async def resume(
        self: AsyncClient[Adapter[Any, Resume, Status, Any]],
        id: str | int,
        message: str | None = None,
        *,
        timeout: float | Timeouts | None = None,
        deadline: float | _Unset | None = UNSET,
    ) -> Result[Resume | Status]:
        """Resume the agent (Codegen: ``message`` required). Already running: returns the current state."""
        return await self._do(Operation.RESUME, id, message, timeout, deadline)

    async def status(
        self: AsyncClient[Adapter[Any, Any, Status, Any]],
        id: str | int,
        *,
        timeout: float | Timeouts | None = None,
        deadline: float | _Unset | None = UNSET,
    ) -> Result[Status]:
        """The agent's current state."""
        return await self._do(Operation.STATUS, id, None, timeout, deadline)

    async def stop(
        self: AsyncClient[Adapter[Any, Any, Status, Stop]],
        id: str | int,
        *,
        timeout: float | Timeouts | None = None,
        deadline: float | _Unset | None = UNSET,
    ) -> Result[Stop | Status]:
        """Stop the agent for good (Browser Use only). Already stopped: returns the current state."""
        return await self._do(Operation.STOP, id, None, timeout, deadline)

    def list(
        self,
        state: State | str | None = None,
        limit: int | None = None,
        *,
        max_pages: int = DEFAULT_MAX_PAGES,
        timeout: float | Timeouts | None = None,
        deadline: float | _Unset | None = UNSET,
    ) -> AsyncListing:
        """The async twin of ``Client.list``: ``async for result in client.list(State.RUNNING): ...``."""
        pager = Pager(self._engine, state, limit, max_pages=max_pages, timeout=timeout, deadline=deadline)
        return AsyncListing(pager)

    async def aclose(self) -> None:
        await self._engine.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return self._engine.describe("AsyncClient")


async def pause(provider: str, id: str | int, **options: Unpack[ClientOptions]) -> Result:
    async with AsyncClient(provider, **options) as client:
        return await client.pause(id)


async def resume(
    provider: str, id: str | int, message: str | None = None, **options: Unpack[ClientOptions]
) -> Result:
    async with AsyncClient(provider, **options) as client:
        return await client.resume(id, message)


async def status(provider: str, id: str | int, **options: Unpack[ClientOptions]) -> Result:
    async with AsyncClient(provider, **options) as client:
        return await client.status(id)


async def stop(provider: str, id: str | int, **options: Unpack[ClientOptions]) -> Result:
    async with AsyncClient(provider, **options) as client:
        return await client.stop(id)


__all__ = [
    "AsyncClient",
    "pause",
    "pause_all",
    "pause_many",
    "resume",
    "resume_all",
    "resume_many",
    "status",
    "stop",
]
