"""Helpers for the facade's tests: clients wired to the fakes, fast retries, a tiny recording server."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from intermission.fakes import FakeVendors
from intermission.transport import RetryPolicy

PROVIDERS = ("anchorbrowser", "agi", "codegen", "browser_use")
# The status each provider's resources need for pause, and for resume.
RUNNING = {"anchorbrowser": "running", "agi": "running", "codegen": "ACTIVE", "browser_use": "running"}
PAUSED = {"anchorbrowser": "paused", "agi": "paused", "codegen": "PAUSED", "browser_use": "paused"}
FINISHED = {"anchorbrowser": "completed", "agi": "finished", "codegen": "COMPLETE", "browser_use": "finished"}
PAUSE = {"anchorbrowser": "pause_agent", "agi": "pause_session", "browser_use": "pause_task"}
RESUME = {
    "anchorbrowser": "resume_agent",
    "agi": "resume_session",
    "codegen": "resume_agent_run",
    "browser_use": "resume_task",
}
STATUS = {
    "anchorbrowser": "get_session",
    "agi": "get_session_status",
    "codegen": "get_agent_run",
    "browser_use": "get_task_status",
}
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
    result: dict[str, Any] = {"api_key": fakes.api_key(provider), "base_url": fakes.base_url(provider)}
    if provider == "codegen":
        result["org_id"] = fakes.codegen_org_id
    result.update(extra)
    return result


def count(fakes: FakeVendors, provider: str, operation: str) -> int:
    """How many requests of ``operation`` the fake received."""
    return sum(1 for r in fakes.requests(provider) if r.operation == operation)


# ------------------------------------------------------------------------ a tiny recording server


@dataclass(frozen=True)
class Seen:
    method: str
    path: str  # raw, as sent
    headers: dict[str, str]
    body: bytes


Answer = tuple[int, dict[str, str], bytes | Iterable[bytes]]


class Recorder:
    """An http.server on 127.0.0.1 that records every request and answers with ``answer(seen)``."""

    def __init__(self) -> None:
        self.seen: list[Seen] = []
        self.answer: Callable[[Seen], Answer] = lambda seen: json_answer(200, {})
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _handle(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length) if length else b""
                seen = Seen(self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body)
                recorder.seen.append(seen)
                status, headers, payload = recorder.answer(seen)
                self.send_response_only(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                if isinstance(payload, bytes):
                    self.send_header("content-length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                    return
                self.end_headers()  # a streamed body: the answer's headers carry its content-length
                try:
                    for chunk in payload:
                        self.wfile.write(chunk)
                        self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up mid-body, which is what the test provokes

            do_GET = do_POST = do_PUT = do_DELETE = _handle

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.01,), daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"


def json_answer(status: int, body: object, **headers: str) -> Answer:
    return status, {"content-type": "application/json", **headers}, json.dumps(body).encode()


@pytest.fixture
def recorder() -> Iterator[Recorder]:
    server = Recorder()
    server.thread.start()
    try:
        yield server
    finally:
        server.server.shutdown()
        server.server.server_close()


@pytest.fixture
def closed_port() -> int:
    """A loopback port nothing listens on."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port
