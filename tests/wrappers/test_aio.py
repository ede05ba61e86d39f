"""``intermission.AsyncClient`` and ``intermission.aio`` end to end against the fakes."""

from __future__ import annotations

import asyncio

import intermission
import intermission.aio
import pytest
from intermission import AsyncClient, State, capabilities
from intermission.errors import (
    AuthenticationError,
    InvalidId,
    InvalidState,
    NotFound,
    PermissionDenied,
    RequestInvalid,
    Unsupported,
)
from intermission.fakes import FakeVendors

from tests.wrappers.conftest import PAUSED, PROVIDERS, RUNNING, options, reads_as

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize("provider", ["anchorbrowser", "agi", "browser_use"])
async def test_pause_status_resume(vendor_fakes: FakeVendors, provider: str) -> None:
    sid = vendor_fakes.create(provider, status=RUNNING[provider])
    async with AsyncClient(provider, **options(vendor_fakes, provider)) as client:
        assert (await client.pause(sid)).state is State.PAUSED
        assert (await client.pause(sid)).state is State.PAUSED  # idempotent
        status = await client.status(sid)
        assert status.raw_status == reads_as(provider, PAUSED[provider])
        assert status.state is (State.RUNNING if provider == "browser_use" else State.PAUSED)
        assert (await client.resume(sid)).state is State.RUNNING
        assert (await client.resume(sid)).state is State.RUNNING  # idempotent
    assert vendor_fakes.status(provider, sid) == "running"


async def test_codegen(vendor_fakes: FakeVendors) -> None:
    run = vendor_fakes.create("codegen", status="PAUSED")
    async with AsyncClient("codegen", **options(vendor_fakes, "codegen")) as client:
        with pytest.raises(Unsupported):
            await client.pause(run)
        with pytest.raises(RequestInvalid):
            await client.resume(run)
        result = await client.resume(run, message="go")
        assert (result.state, result.raw_status) == (State.RUNNING, "ACTIVE")
        assert (await client.status(run)).raw_status == "ACTIVE"
    async with AsyncClient("codegen", **options(vendor_fakes, "codegen", org_id=1)) as client:
        with pytest.raises(PermissionDenied):
            await client.status(run)


async def test_browser_use_stop_and_errors(vendor_fakes: FakeVendors) -> None:
    task = vendor_fakes.create("browser_use", status="paused")
    async with AsyncClient("browser_use", **options(vendor_fakes, "browser_use")) as client:
        assert (await client.stop(task)).state is State.STOPPED
        with pytest.raises(InvalidState) as info:
            await client.pause(task)
        assert info.value.current_state is State.STOPPED
        with pytest.raises(NotFound):
            await client.status("4b0c8a57-4a0e-4a3e-9d3f-1b2b3c4d5e6f")
        with pytest.raises(InvalidId):
            await client.status("..")
    async with AsyncClient("browser_use", **options(vendor_fakes, "browser_use", api_key="bad")) as client:
        with pytest.raises(AuthenticationError):
            await client.status(task)


async def test_one_client_many_tasks(vendor_fakes: FakeVendors) -> None:
    ids = [vendor_fakes.create("agi", status="running") for _ in range(40)]
    async with AsyncClient("agi", **options(vendor_fakes, "agi")) as client:
        results = await asyncio.gather(*(client.pause(i) for i in ids))
    assert [r.id for r in results] == ids and all(r.state is State.PAUSED for r in results)


@pytest.mark.parametrize("provider", PROVIDERS)
async def test_module_level_async_conveniences(vendor_fakes: FakeVendors, provider: str) -> None:
    sid = vendor_fakes.create(provider, status=PAUSED[provider])
    kw = options(vendor_fakes, provider)
    read = await intermission.aio.status(provider, sid, **kw)
    assert read.raw_status == reads_as(provider, PAUSED[provider])
    assert (await intermission.aio.resume(provider, sid, "go", **kw)).state is State.RUNNING
    can = capabilities()[provider]
    if not can["pause"]:
        with pytest.raises(Unsupported):
            await intermission.aio.pause(provider, sid, **kw)
    else:
        assert (await intermission.aio.pause(provider, sid, **kw)).state is State.PAUSED
    if can["stop"]:
        assert (await intermission.aio.stop(provider, sid, **kw)).state is State.STOPPED
    else:
        with pytest.raises(Unsupported):
            await intermission.aio.stop(provider, sid, **kw)


async def test_repr_and_close(vendor_fakes: FakeVendors) -> None:
    client = AsyncClient("agi", **options(vendor_fakes, "agi"))
    assert repr(client) == f"AsyncClient(provider='agi', base_url='{vendor_fakes.base_url('agi')}')"
    assert client.capabilities()["stop"] is False
    await client.aclose()
    assert client._engine.async_http is not None and client._engine.async_http.is_closed
