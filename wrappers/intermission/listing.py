"""Listing one provider's agents page by page, as ``Result``s: ``Client.list`` and ``AsyncClient.list``.

The adapter builds the request of one page from a cursor (a page number, an offset, a vendor token; ``None``
for the first page) and reads the page it gets back (``ListPage``: the entries, the next cursor, and where the
vendor says the page sits). ``Pager`` holds what a listing has seen and turns each page into a ``Flow`` that
``intermission.transport`` runs like any other read, so the retry policy applies to every page on its own
(a 429 on page 7 waits for its ``Retry-After`` and asks for page 7 again). What the pager refuses:

* a cursor the vendor has already handed out, a page that is not the one asked for, a page that brings
  only ids already listed, or more pages than ``max_pages``: ``PaginationError`` naming the page, never an
  endless loop;
* a page of another shape than the vendor documents: ``UnreadablePage`` naming the page;
* an id that fails the id checks (``intermission.ids``): kept in ``rejected`` (an ``InvalidId`` naming the
  page), logged, never yielded, so never sent anywhere.

The uniform state filter goes to the vendor when the adapter's ``list_filters`` has a vendor value for it;
it is applied here in every case, so a vendor that ignores its filter lists nothing it should not.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from intermission.error_mapping import context_of, error_for
from intermission.errors import (
    ConfigurationError,
    InvalidId,
    PaginationError,
    RequestInvalid,
    UnreadablePage,
    Unsupported,
)
from intermission.ids import check_id
from intermission.result import Operation, Result, State
from intermission.transport import Attempt, CallInfo, Deadline, Flow, read, run_async, run_sync
from intermission.transport.settings import positive_int

if TYPE_CHECKING:
    from intermission._engine import Engine, _Unset
    from intermission.transport import Timeouts

log = logging.getLogger("intermission")

Cursor = int | str
DEFAULT_MAX_PAGES = 10_000
LIST = Operation.LIST.value


@dataclass(frozen=True, slots=True)
class ListEntry:
    """One agent as a page lists it: its id (unchecked), the vendor's status, the generated model."""

    ident: object
    raw_status: str | None
    model: object | None = None


@dataclass(frozen=True, slots=True)
class ListPage:
    """One page: its entries, the cursor of the next page (``None``: this was the last), and the cursor
    the vendor says this page answers (``None`` when the vendor does not say)."""

    entries: Sequence[ListEntry]
    next: Cursor | None
    position: Cursor | None = None


@dataclass(frozen=True, slots=True)
class _Malformed:
    why: str


def check_state(state: object) -> State | None:
    """``state`` as a ``State`` (its value as text is accepted), else ``RequestInvalid``."""
    if state is None or isinstance(state, State):
        return state
    if isinstance(state, str):
        try:
            return State(state.strip().lower())
        except ValueError:
            pass
    known = ", ".join(s.value for s in State)
    raise RequestInvalid(f"state must be one of {known}, not {state!r}", operation=LIST)


def check_limit(limit: object) -> int | None:
    """``limit`` as a positive int, or ``None``."""
    return None if limit is None else positive_int("limit", limit)


class Pager:
    """What one listing has read so far, and the flow that reads its next page."""

    def __init__(
        self,
        engine: Engine,
        state: object = None,
        limit: object = None,
        *,
        max_pages: int = DEFAULT_MAX_PAGES,
        timeout: float | Timeouts | None,
        deadline: float | _Unset | None,
    ) -> None:
        adapter = engine.adapter
        if Operation.LIST not in adapter.operations:
            raise Unsupported(
                f"{adapter.display_name} documents no way to list its agents",
                provider=engine.provider,
                operation=LIST,
            )
        self.engine = engine
        self.state = check_state(state)
        self.limit = check_limit(limit)
        self.max_pages = positive_int("max_pages", max_pages)
        self.policy = engine.policy_for(timeout, deadline)
        self.vendor_status = None if self.state is None else adapter.list_filters.get(self.state)
        self.cursor: Cursor | None = None
        self.pages = 0
        self.done = False
        self.rejected: list[InvalidId] = []
        self._cursors: set[Cursor] = set()
        self._stopped: PaginationError | None = None  # raised when the next page is asked for
        self._ids: set[str] = set()
        self._yielded = 0

    def flow(self) -> Flow[list[Result]]:
        """Read the next page (retried as any read is) and return the results it adds."""
        engine, number = self.engine, self.pages + 1
        if self._stopped is not None:
            raise self._stopped
        if engine.closed:
            raise ConfigurationError("the client is closed", provider=engine.provider)
        if number > self.max_pages:
            raise self._loop(f"more than {self.max_pages} pages (max_pages); stopped", number)
        call = engine.adapter.list_page(self.cursor, self.vendor_status)
        info = CallInfo(engine.provider, LIST, call.vendor_operation, None)
        clock = Deadline(self.policy.timeouts.deadline)
        value, last = yield from read(call, info, self.policy, clock, self._accept)
        if value is None:
            error = error_for(last, engine.credentials, clock)
            error.page = number
            raise error
        self.pages = number
        if isinstance(value, _Malformed):
            raise UnreadablePage(
                f"a page of the listing is not what {engine.adapter.display_name} documents: {value.why}",
                page=number,
                **context_of(last),
            )
        assert isinstance(value, ListPage)
        return self._take(value, number)

    def _accept(self, attempt: Attempt) -> ListPage | _Malformed | None:
        if not attempt.answered_2xx:
            return None
        parsed = attempt.parsed if attempt.ok else None
        try:
            headers = attempt.raw.headers if attempt.raw is not None else {}
            page = self.engine.adapter.read_page(self.cursor, parsed, attempt.json(), headers)
        except (TypeError, ValueError, KeyError, AttributeError) as exc:
            return _Malformed(f"{type(exc).__name__}: {exc}")
        return page if page is not None else _Malformed("no list of entries where the document has one")

    def _loop(self, why: str, number: int) -> PaginationError:
        engine = self.engine
        vendor_operation = engine.adapter.operations[Operation.LIST]
        return PaginationError(
            f"the listing would not end: {why}",
            provider=engine.provider,
            operation=LIST,
            vendor_operation=vendor_operation,
            page=number,
        )

    def _take(self, page: ListPage, number: int) -> list[Result]:
        asked = self.cursor if self.cursor is not None else self.engine.adapter.first_cursor
        if page.position is not None and asked is not None and page.position != asked:
            raise self._loop(f"asked for {asked!r}, the vendor answered {page.position!r}", number)
        fresh = [e for e in page.entries if str(e.ident) not in self._ids]
        if page.entries and not fresh and number > 1:
            raise self._loop("the page lists only ids of earlier pages", number)
        results = self._results(fresh, number)
        if page.next is None or not page.entries or self.done:
            self.done = True
        elif page.next in self._cursors or page.next == self.cursor:
            # this page's agents are fine: they are yielded, and the error comes instead of the next page
            self._stopped = self._loop(f"the vendor handed out the cursor {page.next!r} again", number)
        else:
            if self.cursor is not None:
                self._cursors.add(self.cursor)
            self.cursor = page.next
        return results

    def _results(self, entries: Sequence[ListEntry], number: int) -> list[Result]:
        engine, adapter = self.engine, self.engine.adapter
        results: list[Result] = []
        for entry in entries:
            self._ids.add(str(entry.ident))
            try:
                ident = check_id(entry.ident, adapter.id_kind, provider=engine.provider, operation=LIST)
            except InvalidId as refused:
                refused.page = number
                refused.vendor_operation = adapter.operations[Operation.LIST]
                log.warning("%s list: %s; it is skipped", engine.provider, refused)
                self.rejected.append(refused)
                continue
            state = adapter.state_of(entry.raw_status)
            if self.state is not None and state is not self.state:
                continue
            results.append(Result(engine.provider, ident, state, entry.raw_status, entry.model))
            self._yielded += 1
            if self.limit is not None and self._yielded >= self.limit:
                self.done = True
                break
        return results


class _Read:
    """What both listings show while they are read: the pages so far and the refused ids."""

    def __init__(self, pager: Pager) -> None:
        self._pager = pager
        self._ready: Iterator[Result] = iter(())

    @property
    def pages(self) -> int:
        """Pages read so far."""
        return self._pager.pages

    @property
    def rejected(self) -> list[InvalidId]:
        """Ids refused by the id checks so far (never yielded)."""
        return self._pager.rejected


class Listing(_Read, Iterator[Result]):
    """The blocking listing ``Client.list`` returns: each page is read when the results before it are used."""

    def __iter__(self) -> Listing:
        return self

    def __next__(self) -> Result:
        pager = self._pager
        while True:
            found = next(self._ready, None)
            if found is not None:
                return found
            if pager.done:
                raise StopIteration
            self._ready = iter(run_sync(pager.flow(), pager.policy.retry))


class AsyncListing(_Read, AsyncIterator[Result]):
    """The async twin of ``Listing`` (``async for result in client.list(...)``)."""

    def __aiter__(self) -> AsyncListing:
        return self

    async def __anext__(self) -> Result:
        pager = self._pager
        while True:
            found = next(self._ready, None)
            if found is not None:
                return found
            if pager.done:
                raise StopAsyncIteration
            self._ready = iter(await run_async(pager.flow(), pager.policy.retry))


def entries(
    items: object, id_key: str, status_key: str, models: Sequence[Any] | None = None
) -> list[ListEntry]:
    """``ListEntry``s from a JSON list of objects (``ValueError`` when it is not one), with the generated
    models alongside when the generated client parsed the same list."""
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        raise ValueError("the entries are not a list of objects")
    paired = models if models is not None and len(models) == len(items) else [None] * len(items)
    found = []
    for item, model in zip(items, paired, strict=True):
        status = item.get(status_key)
        found.append(ListEntry(item.get(id_key), status if isinstance(status, str) else None, model))
    return found


__all__ = [
    "DEFAULT_MAX_PAGES",
    "AsyncListing",
    "Cursor",
    "ListEntry",
    "ListPage",
    "Listing",
    "Pager",
    "check_limit",
    "check_state",
    "entries",
]
