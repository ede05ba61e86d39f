"""The fakes without sockets: each provider's ASGI app behind an httpx transport, for fast unit tests.

    fakes = in_process_fakes(["agi"])
    with fakes_client(fakes, "agi") as http:          # httpx.Client; async_fakes_client: httpx.AsyncClient
        http.post(f"/v1/sessions/{sid}/pause")

``intermission.Client`` builds its own httpx client and takes no transport, so it cannot use these; the
generated clients take one (``set_httpx_client``). Faults that reset the connection need a real socket:
in-process they answer as the app does without one.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

import httpx

from intermission.fakes.app import ProviderFake
from intermission.fakes.handle import FakeVendors
from intermission.fakes.spec import PROVIDERS, package_for


def _url(provider: str) -> str:
    return f"http://{provider}.fake.invalid"


def in_process_fakes(providers: Sequence[str] | None = None, seed: int = 0) -> FakeVendors:
    """The fakes (every provider's by default), not served: reach them with ``fakes_client``."""
    names = list(PROVIDERS if not providers else dict.fromkeys(providers))
    for name in names:
        package_for(name)
    return FakeVendors({name: ProviderFake(name, seed) for name in names}, _url)


class SyncASGITransport(httpx.BaseTransport):
    """Calls an ASGI app from blocking code: one short event loop per request (not from inside a loop)."""

    def __init__(self, app: ProviderFake) -> None:
        self._transport = httpx.ASGITransport(app=app)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        async def send() -> httpx.Response:
            await request.aread()
            response = await self._transport.handle_async_request(request)
            content = await response.aread()
            return httpx.Response(response.status_code, headers=response.headers, content=content)

        return asyncio.run(send())


def auth_headers(fakes: FakeVendors, provider: str) -> dict[str, str]:
    """The provider's key in every header the facade sends it in (the manifest's auth)."""
    adapter, key = fakes.fake(provider).adapter, fakes.api_key(provider)
    return {h: prefix + key for h, prefix in ((adapter.auth_header, adapter.auth_prefix), *adapter.auth_also)}


def fakes_client(fakes: FakeVendors, provider: str, *, with_auth: bool = True) -> httpx.Client:
    """A blocking httpx client whose requests go straight to the provider's fake, with its key unless not."""
    return httpx.Client(
        base_url=fakes.base_url(provider),
        headers=auth_headers(fakes, provider) if with_auth else {},
        transport=SyncASGITransport(fakes.fake(provider)),
    )


def async_fakes_client(fakes: FakeVendors, provider: str, *, with_auth: bool = True) -> httpx.AsyncClient:
    """The same for asyncio (``httpx.ASGITransport``)."""
    return httpx.AsyncClient(
        base_url=fakes.base_url(provider),
        headers=auth_headers(fakes, provider) if with_auth else {},
        transport=httpx.ASGITransport(app=fakes.fake(provider)),
    )
