"""Helpers for the facade's tests: clients wired to the fakes, fast retries, a tiny recording server."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from intermission import providers
from intermission.fakes import FakeVendors
from intermission.result import Operation
from intermission.transport import RetryPolicy

from tests.support.http_recorder import Answer, Recorder, Seen, json_answer, recording_server

__all__ = ["Answer", "Recorder", "Seen", "json_answer"]

PROVIDERS = ("anchorbrowser", "agi", "codegen", "browser_use")
# The status each provider's resources need for pause, and for resume.
RUNNING = {"anchorbrowser": "running", "agi": "running", "codegen": "ACTIVE", "browser_use": "running"}
PAUSED = {"anchorbrowser": "paused", "agi": "paused", "codegen": "PAUSED", "browser_use": "paused"}
FINISHED = {"anchorbrowser": "completed", "agi": "finished", "codegen": "COMPLETE", "browser_use": "finished"}


def _vendor_operations(operation: Operation) -> dict[str, str]:
    """Each provider's vendor operationId for a facade operation, from its adapter (the one home)."""
    tables = {name: providers.load(name).operations for name in PROVIDERS}
    return {name: table[operation] for name, table in tables.items() if operation in table}


PAUSE = _vendor_operations(Operation.PAUSE)
RESUME = _vendor_operations(Operation.RESUME)
STATUS = _vendor_operations(Operation.STATUS)
ENV = {
    "anchorbrowser": "ANCHOR_API_KEY",
    "agi": "AGI_API_KEY",
    "codegen": "CODEGEN_API_KEY",
    "browser_use": "BROWSER_USE_API_KEY",
}


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
