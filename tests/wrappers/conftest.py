"""Helpers for the facade's tests: clients wired to the fakes, fast retries, a tiny recording server."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from intermission import Operation, State
from intermission.fakes import FakeVendors
from intermission.fakes.vendors import wire_for
from intermission.providers import load, names
from intermission.transport import RetryPolicy

from tests.support.http_recorder import Answer, Recorder, Seen, json_answer, recording_server

__all__ = ["Answer", "Recorder", "Seen", "json_answer"]

PROVIDERS = names()


def _vendor_statuses(state: State) -> dict[str, str]:
    """Per provider that has one, the fake's status the adapter reads as ``state`` (preferably so named)."""
    chosen = {}
    for provider in PROVIDERS:
        adapter = load(provider)
        found = [s for s in wire_for(provider).lifecycle.statuses if adapter.statuses.get(s) is state]
        if found:
            chosen[provider] = next((s for s in found if s.lower() == state.value), found[0])
    return chosen


def _vendor_operations(operation: Operation) -> dict[str, str]:
    return {p: load(p).operations[operation] for p in PROVIDERS if operation in load(p).operations}


# The status each provider's resources need for pause, and for resume; the vendor's operation behind each.
RUNNING = _vendor_statuses(State.RUNNING)
PAUSED = _vendor_statuses(State.PAUSED)
FINISHED = _vendor_statuses(State.FINISHED)
PAUSE = _vendor_operations(Operation.PAUSE)
RESUME = _vendor_operations(Operation.RESUME)
STATUS = _vendor_operations(Operation.STATUS)
# The read that confirms a pause or resume: the status operation, except at Browser Use, whose pause and
# resume are on API v1 and only v1's status says "paused".
CONFIRM = {**STATUS, "browser_use": "get_task_status"}


def reads_as(provider: str, status: str) -> str:
    """A vendor status as ``status`` reports it: Browser Use's API v2 shows running and paused as started."""
    if provider == "browser_use":
        return {"running": "started", "paused": "started"}.get(status, status)
    return status


ENV = {p: load(p).key_env for p in PROVIDERS}


@dataclass
class Sleeps:
    """An injectable sleep that records what the transport asked for and returns at once."""

    seconds: list[float] = field(default_factory=list)

    def __call__(self, seconds: float) -> None:
        self.seconds.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.seconds.append(seconds)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def fast_retry(sleeps: Sleeps) -> RetryPolicy:
    """Default policy shape (2 retries, 0.5 s * 2^n), but sleeping is recorded, not done."""
    return RetryPolicy(sleep=sleeps, async_sleep=sleeps.async_sleep, rng=lambda: 0.0)


def options(fakes: FakeVendors, provider: str, **extra: Any) -> dict[str, Any]:
    """Client keyword arguments that point ``provider`` at its fake."""
    return {**fakes.options(provider), **extra}


def count(fakes: FakeVendors, provider: str, operation: str) -> int:
    """How many requests of ``operation`` the fake received."""
    return sum(1 for r in fakes.requests(provider) if r.operation == operation)


@pytest.fixture
def recorder() -> Iterator[Recorder]:
    with recording_server() as server:
        yield server


@pytest.fixture
def closed_port() -> int:
    """A loopback port nothing listens on."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port
