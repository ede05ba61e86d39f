"""Settings of the transport policy: timeouts, the call's deadline, retries and backoff, the size limit."""

from __future__ import annotations

import math
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from intermission.errors import ConfigurationError

DEFAULT_MAX_RESPONSE_BYTES = 4 * 1024 * 1024
DEFAULT_MAX_CONNECTIONS = 100  # per client: its connection pool, and so the bound of its bulk concurrency


def _positive(name: str, value: object) -> None:
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not value > 0
        or not math.isfinite(value)
    ):
        raise ConfigurationError(f"{name} must be a positive, finite number of seconds, not {value!r}")


def positive_int(name: str, value: object) -> int:
    """``value`` when it is an integer of at least 1 (``True`` is not one), else ``ConfigurationError``."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigurationError(f"{name} must be a positive integer, not {value!r}")
    return value


@dataclass(frozen=True)
class Timeouts:
    """``connect``: to open a connection; ``total``: one attempt, from sending to the last byte of the answer;
    ``deadline``: one facade call, every attempt, backoff wait and status read included (``None``: none).
    """

    connect: float = 5.0
    total: float = 30.0
    deadline: float | None = 60.0

    def __post_init__(self) -> None:
        _positive("timeout connect", self.connect)
        _positive("timeout total", self.total)
        if self.deadline is not None:
            _positive("timeout deadline", self.deadline)

    @classmethod
    def coerce(cls, value: float | Timeouts | None, base: Timeouts | None = None) -> Timeouts:
        """A number is the per-attempt ``total`` (connect is capped by it); ``None`` keeps ``base``."""
        base = base or cls()
        if value is None:
            return base
        if isinstance(value, Timeouts):
            return value
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ConfigurationError(f"timeout must be seconds or Timeouts, not {type(value).__name__}")
        return cls(connect=min(base.connect, value), total=value, deadline=base.deadline)

    def with_deadline(self, deadline: float | None) -> Timeouts:
        return Timeouts(connect=self.connect, total=self.total, deadline=deadline)


async def _asyncio_sleep(seconds: float) -> None:
    import asyncio  # here, not at the top: a blocking client never loads asyncio

    await asyncio.sleep(seconds)


@dataclass(frozen=True)
class RetryPolicy:
    """Retries with exponential backoff: ``initial_backoff * 2**n`` capped at ``max_backoff``, minus up to
    ``jitter`` of it at random; a ``Retry-After`` (seconds, milliseconds or HTTP date) wins, capped at
    ``max_retry_after``. ``sleep`` / ``async_sleep`` / ``rng`` are injectable so tests run fast.

    Retried: 429, 503 and failures to connect (nothing was done). 502, 504, resets after sending and read
    timeouts are ambiguous: a pause/resume/stop then reads the status (retrying the read) and sends again
    only when the status shows the transition has not happened. Never retried: any other 4xx.
    """

    max_retries: int = 2
    initial_backoff: float = 0.5
    max_backoff: float = 8.0
    jitter: float = 0.25
    max_retry_after: float = 60.0
    sleep: Callable[[float], None] = field(default=time.sleep, compare=False)
    async_sleep: Callable[[float], Awaitable[None]] = field(default=_asyncio_sleep, compare=False)
    rng: Callable[[], float] = field(default=random.random, compare=False)

    def __post_init__(self) -> None:
        if (
            isinstance(self.max_retries, bool)
            or not isinstance(self.max_retries, int)
            or self.max_retries < 0
        ):
            raise ConfigurationError(f"retries must be a non-negative integer, not {self.max_retries!r}")

    @classmethod
    def coerce(cls, value: int | RetryPolicy | None, base: RetryPolicy | None = None) -> RetryPolicy:
        base = base or cls()
        if value is None:
            return base
        if isinstance(value, RetryPolicy):
            return value
        return cls(
            max_retries=value,
            initial_backoff=base.initial_backoff,
            max_backoff=base.max_backoff,
            jitter=base.jitter,
            max_retry_after=base.max_retry_after,
            sleep=base.sleep,
            async_sleep=base.async_sleep,
            rng=base.rng,
        )

    def delay(self, retry: int, retry_after: float | None = None) -> float:
        """Seconds to wait before retry number ``retry`` (0-based); always finite and at least 0."""
        if retry_after is not None and math.isfinite(retry_after):
            return min(max(retry_after, 0.0), self.max_retry_after)
        backoff = min(self.initial_backoff * (2.0**retry), self.max_backoff)
        return max(backoff * (1.0 - self.jitter * self.rng()), 0.0)


@dataclass(frozen=True)
class Policy:
    """Everything one call needs to know about how to send: timeouts, retries, the answer size limit.

    ``max_response_bytes``: the largest answer body accepted, counted after decompression.
    """

    timeouts: Timeouts = field(default_factory=Timeouts)
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
