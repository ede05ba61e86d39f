"""``Client``: the blocking facade over one provider, and the module-level conveniences.

>>> import intermission
>>> with intermission.Client("agi") as agi:              # key from AGI_API_KEY
...     agi.pause(session_id).state                      # State.PAUSED
...     agi.resume(session_id).state                     # State.RUNNING

Every method returns a ``Result`` or raises an ``intermission.errors.IntermissionError``.

Typing. ``Client`` is generic in its provider's adapter: ``Client("agi")`` is a ``Client[AGI]`` (one
``__init__`` overload per provider, keyed by a ``Literal`` of its name and aliases, rendered from the
manifests and adapters by ``intermission.providers._overloads``). Each method reads its result's model type
from the adapter's declaration ``Adapter[Pause, Resume, Status, Stop]`` through its ``self`` annotation:
``status`` gives ``Result[Status]``, ``pause`` ``Result[Pause | Status]`` (and likewise ``resume`` and
``stop``), since a transition may answer with the status read (already in the target state, or an answer
that did not say it worked). Any other ``str`` gives ``Client[Adapter]``, whose results are
``Result[object]``, as do the module-level functions below: they take the provider as a ``str`` and are not
overloaded (a literal-typed result there would need the same overloads four times more, for what
``with Client("agi") as agi`` already gives). The engine builds ``Result[object]`` at runtime; ``_do``
hands it on as ``Result[Any]``, so the adapter's declaration is the one source of the static type (tests
check it against the generated code and the fakes' answers).
"""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Literal, Self, Unpack, overload

from intermission._engine import UNSET, ClientBase, ClientOptions, _Unset
from intermission.listing import DEFAULT_MAX_PAGES, Listing, Pager
from intermission.providers._base import Adapter, Pause, Provider, Resume, Status, Stop
from intermission.result import Operation, Result, State
from intermission.transport import Timeouts, run_sync

if TYPE_CHECKING:
    # rendered: adapters (python -m intermission.providers._overloads)
    from intermission.providers.agi import AGI
    from intermission.providers.anchorbrowser import AnchorBrowser
    from intermission.providers.browser_use import BrowserUse
    from intermission.providers.codegen import Codegen
    from intermission.providers.e2b import E2B
    # end rendered: adapters


class Client(ClientBase, Generic[Provider]):
    """Pause, resume, stop and inspect agents at one provider, with blocking calls.

    ``provider``: ``"anchorbrowser"``, ``"agi"``, ``"codegen"`` or ``"browser_use"``.
    ``api_key``: default from the provider's env var (``ANCHOR_API_KEY``, ``AGI_API_KEY``,
    ``CODEGEN_API_KEY``, ``BROWSER_USE_API_KEY``); missing -> ``MissingCredentials`` at once.
    ``org_id``: Codegen only, default ``CODEGEN_ORG_ID``.
    ``base_url``: https (plain http only to loopback hosts).
    ``timeout``: seconds per attempt, or ``Timeouts(connect, total, deadline)``.
    ``retries``: how many times to retry (default 2), or a ``RetryPolicy``.
    ``deadline``: seconds for a whole call, retries and waits included (default 60; ``None``: none).
    ``max_response_bytes``: the largest answer accepted, counted decompressed (default 4 MiB).

    One httpx connection pool per client; close it with ``close()`` or a ``with`` block.
    """

    # rendered: overloads (python -m intermission.providers._overloads)
    @overload
    def __init__(
        self: Client[AGI],
        provider: Literal["agi", "agi.tech"],
        **options: Unpack[ClientOptions],
    ) -> None: ...

    @overload
    def __init__(
        self: Client[AnchorBrowser],
        provider: Literal["anchorbrowser", "anchor", "anchor_browser", "anchor-browser"],
        **options: Unpack[ClientOptions],
    ) -> None: ...

    @overload
    def __init__(
        self: Client[BrowserUse],
        provider: Literal["browser_use", "browser-use", "browseruse"],
        **options: Unpack[ClientOptions],
    ) -> None: ...

    @overload
    def __init__(
        self: Client[Codegen],
        provider: Literal["codegen"],
        **options: Unpack[ClientOptions],
    ) -> None: ...

    @overload
    def __init__(
        self: Client[E2B],
        provider: Literal["e2b"],
        **options: Unpack[ClientOptions],
    ) -> None: ...
    # end rendered: overloads
    @overload
    def __init__(self: Client[Adapter], provider: str, **options: Unpack[ClientOptions]) -> None: ...

    def __init__(self, provider: str, **options: Unpack[ClientOptions]) -> None:
        super().__init__(provider, **options)

    def _open(self) -> None:
        self._engine.open_sync()

    def _do(
        self,
        op: Operation,
        ident: str | int,
        message: str | None,
        timeout: float | Timeouts | None,
        deadline: float | _Unset | None,
    ) -> Result[Any]:  # the engine's Result[object], typed by each method from the adapter's declaration
        flow = self._engine.flow(op, ident, message, timeout=timeout, deadline=deadline)
        return run_sync(flow, self._engine.policy.retry)

    def pause(
        self: Client[Adapter[Pause, Any, Status, Any]],
        id: str | int,
        *,
        timeout: float | Timeouts | None = None,
        deadline: float | _Unset | None = UNSET,
    ) -> Result[Pause | Status]:
        """Pause the agent. Already paused: returns the current state (``paused``) instead of raising."""
        return self._do(Operation.PAUSE, id, None, timeout, deadline)

    def resume(
        self: Client[Adapter[Any, Resume, Status, Any]],
        id: str | int,
        message: str | None = None,
        *,
        timeout: float | Timeouts | None = None,
        deadline: float | _Unset | None = UNSET,
    ) -> Result[Resume | Status]:
        """Resume the agent. Already running: returns the current state instead of raising.

        ``message``: required by Codegen (sent as the prompt); the other providers take none.
        """
        return self._do(Operation.RESUME, id, message, timeout, deadline)

    def status(
        self: Client[Adapter[Any, Any, Status, Any]],
        id: str | int,
        *,
        timeout: float | Timeouts | None = None,
        deadline: float | _Unset | None = UNSET,
    ) -> Result[Status]:
        """The agent's current state; a status the adapter does not know is ``State.UNKNOWN``."""
        return self._do(Operation.STATUS, id, None, timeout, deadline)

    def stop(
        self: Client[Adapter[Any, Any, Status, Stop]],
        id: str | int,
        *,
        timeout: float | Timeouts | None = None,
        deadline: float | _Unset | None = UNSET,
    ) -> Result[Stop | Status]:
        """Stop the agent for good (Browser Use only). Already stopped: returns the current state."""
        return self._do(Operation.STOP, id, None, timeout, deadline)

    def list(
        self,
        state: State | str | None = None,
        limit: int | None = None,
        *,
        max_pages: int = DEFAULT_MAX_PAGES,
        timeout: float | Timeouts | None = None,
        deadline: float | _Unset | None = UNSET,
    ) -> Listing:
        """Every agent of the provider (``state``: only those in that state; ``limit``: at most that many),
        read page by page as the iteration goes (``Unsupported`` at once when the vendor cannot list).

        ``for result in client.list(State.RUNNING): ...``. The retries, ``timeout`` and ``deadline`` apply to
        each page. A vendor whose pages would not end raises ``PaginationError`` after ``max_pages``; ids
        that fail the id checks are skipped and kept in the listing's ``rejected``.
        """
        pager = Pager(self._engine, state, limit, max_pages=max_pages, timeout=timeout, deadline=deadline)
        return Listing(pager)

    def close(self) -> None:
        self._engine.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return self._engine.describe("Client")


def pause(provider: str, id: str | int, **options: Unpack[ClientOptions]) -> Result:
    """``Client(provider, **options).pause(id)``, closing the client afterwards."""
    with Client(provider, **options) as client:
        return client.pause(id)


def resume(
    provider: str, id: str | int, message: str | None = None, **options: Unpack[ClientOptions]
) -> Result:
    """``Client(provider, **options).resume(id, message)``, closing the client afterwards."""
    with Client(provider, **options) as client:
        return client.resume(id, message)


def status(provider: str, id: str | int, **options: Unpack[ClientOptions]) -> Result:
    """``Client(provider, **options).status(id)``, closing the client afterwards."""
    with Client(provider, **options) as client:
        return client.status(id)


def stop(provider: str, id: str | int, **options: Unpack[ClientOptions]) -> Result:
    """``Client(provider, **options).stop(id)``, closing the client afterwards."""
    with Client(provider, **options) as client:
        return client.stop(id)


__all__ = ["Client", "pause", "resume", "status", "stop"]
