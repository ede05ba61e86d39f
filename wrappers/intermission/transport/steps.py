"""The vocabulary of a call on the wire: the vendor call, what to do next (``Send`` / ``Sleep``), what one
attempt brought back (``Attempt``), and the call's ``Deadline``.

A facade operation is a generator (a ``Flow``) that yields actions and receives attempts; the drivers in
``intermission.transport.drivers`` perform the actions with blocking I/O or on asyncio.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Generator
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar, cast

import httpx

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class GeneratedResponse(Protocol[T_co]):
    """What every generated package's ``types.Response`` offers."""

    @property
    def parsed(self) -> T_co | None: ...


@dataclass(frozen=True)
class Call:
    """One vendor operation, bound to its arguments: the generated sync and async functions as thunks."""

    vendor_operation: str
    sync: Callable[[], GeneratedResponse[object]]
    aio: Callable[[], Awaitable[GeneratedResponse[object]]]


@dataclass(frozen=True, slots=True)
class CallInfo:
    """Who and what, for logs and errors."""

    provider: str
    operation: str
    vendor_operation: str
    id: str | None


@dataclass(slots=True)
class Send:
    """Send ``call`` once, within ``budget`` seconds (connect within ``connect``), keeping the answer's
    body to ``max_bytes``."""

    call: Call
    info: CallInfo
    number: int
    budget: float
    connect: float
    max_bytes: int


@dataclass(slots=True)
class Sleep:
    seconds: float


Action = Send | Sleep
Flow = Generator[Action, "Attempt | None", T]


class DeadlineExceeded(Exception):
    """The call's deadline left no time for (another) attempt."""


def is_transport_error(error: BaseException | None) -> bool:
    return isinstance(error, httpx.TransportError | TimeoutError)


@dataclass(slots=True)
class Attempt:
    """One attempt: what came over the wire, what the generated layer made of it, what went wrong."""

    info: CallInfo
    number: int
    raw: httpx.Response | None
    parsed: object | None
    error: BaseException | None
    latency: float = 0.0

    @property
    def status_code(self) -> int | None:
        return None if self.raw is None else self.raw.status_code

    @property
    def ok(self) -> bool:
        """A 2xx answer that the generated layer parsed."""
        return self.error is None and self.raw is not None and 200 <= self.raw.status_code < 300

    @property
    def answered(self) -> bool:
        """An HTTP answer arrived in full (whatever its status), even if the generated layer choked on it."""
        return self.raw is not None and not is_transport_error(self.error)

    @property
    def answered_2xx(self) -> bool:
        status = self.status_code if self.answered else None
        return status is not None and 200 <= status < 300

    def body(self) -> bytes | None:
        if self.raw is None:
            return None
        try:
            return self.raw.content
        except httpx.ResponseNotRead:
            return None

    def json(self) -> object:
        """The body as JSON, or ``None`` when it is not JSON (or nested too deep to read)."""
        body = self.body()
        if not body:
            return None
        try:
            return cast(object, self.raw.json() if self.raw is not None else None)
        except (ValueError, RecursionError):
            return None

    def header(self, name: str) -> str | None:
        return None if self.raw is None else self.raw.headers.get(name)

    def describe(self) -> str:
        """The outcome in a word, for logs: the status code or the exception's type."""
        if self.error is not None and not self.answered:
            return type(self.error).__name__
        return str(self.status_code)


@dataclass(frozen=True, slots=True)
class Confirmed(Generic[T]):
    """A status read showed the transition had already happened: ``value`` is that reading."""

    value: T


class Deadline:
    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.ends_at = None if seconds is None else time.monotonic() + seconds

    def remaining(self) -> float | None:
        return None if self.ends_at is None else self.ends_at - time.monotonic()

    def expired(self) -> bool:
        remaining = self.remaining()
        return remaining is not None and remaining <= 0.0

    def budget(self, total: float) -> float:
        remaining = self.remaining()
        return total if remaining is None else min(total, remaining)
