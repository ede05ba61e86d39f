"""Each private attribute of httpx/httpcore listed in ``intermission.transport.seams`` still exists and
still does what the facade needs. When a dependency upgrade moves one, this file says which."""

from __future__ import annotations

import asyncio

import httpcore
import httpx
from intermission.transport import Credentials, Timeouts, build_async_client, build_sync_client
from intermission.transport.clients import _Cookieless
from intermission.transport.deadline import AsyncDeadlineBackend, DeadlineBackend

CREDENTIALS = Credentials("x-key", "k")


def test_the_cookie_jar_seam() -> None:
    sync = build_sync_client("https://api.agi.tech", CREDENTIALS, Timeouts())
    aio = build_async_client("https://api.agi.tech", CREDENTIALS, Timeouts())
    assert isinstance(sync.cookies, _Cookieless) and isinstance(aio.cookies, _Cookieless)
    # httpx reads the jar through the attribute the seam sets: a plain Cookies would be a copy.
    assert sync.cookies is sync._cookies
    sync.close()
    asyncio.run(aio.aclose())


def test_the_network_backend_seam() -> None:
    client = build_sync_client("https://api.agi.tech", CREDENTIALS, Timeouts())
    pool = client._transport._pool  # type: ignore[attr-defined]
    assert isinstance(pool, httpcore.ConnectionPool)
    assert isinstance(pool._network_backend, DeadlineBackend)
    client.close()
    aio = build_async_client("https://api.agi.tech", CREDENTIALS, Timeouts())
    pool = aio._transport._pool  # type: ignore[attr-defined]
    assert isinstance(pool, httpcore.AsyncConnectionPool)
    assert isinstance(pool._network_backend, AsyncDeadlineBackend)
    asyncio.run(aio.aclose())


def test_a_mock_transport_is_left_alone() -> None:
    """A transport without a pool (a test's MockTransport) is not wrapped, and nothing fails."""
    from intermission.transport import seams

    client = httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(200)))
    seams.wrap_network_backends(client, DeadlineBackend)
    assert client.get("https://x.test/").status_code == 200
