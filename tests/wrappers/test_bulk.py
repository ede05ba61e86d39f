"""``pause_many`` / ``resume_many``: order kept, one outcome per item, bounded concurrency, one pool per
provider.
"""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any, cast

import intermission
import intermission.aio
import intermission.transport
import pytest
from intermission import AsyncClient, Result, State
from intermission._engine import ClientOptions
from intermission.errors import (
    ConfigurationError,
    IntermissionError,
    InvalidId,
    MissingCredentials,
    NotFound,
    RequestInvalid,
    Unsupported,
)
from intermission.fakes import FakeVendors, Fault

from tests.wrappers.conftest import Recorder, Seen, count, json_answer, options


def all_options(fakes: FakeVendors) -> dict[str, ClientOptions]:
    return {
        p: cast(ClientOptions, options(fakes, p)) for p in ("anchorbrowser", "agi", "codegen", "browser_use")
    }


def test_mixed_outcomes_in_input_order(vendor_fakes: FakeVendors, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CODEGEN_API_KEY", raising=False)
    agi_running = vendor_fakes.create("agi", status="running")
    agi_paused = vendor_fakes.create("agi", status="paused")
    anchor = vendor_fakes.create("anchorbrowser", status="running")
    task = vendor_fakes.create("browser_use", status="finished")
    run = vendor_fakes.create("codegen", status="ACTIVE")
    vendor_fakes.inject("anchorbrowser", Fault.status(503, times=1), operation="pause_agent")
    opts = all_options(vendor_fakes)
    del opts["codegen"]  # and no CODEGEN_API_KEY: every codegen item fails alone
    items: list[Any] = [
        ("agi", agi_running),
        ("agi", agi_paused),
        ("anchorbrowser", anchor),
        ("browser_use", task),
        ("codegen", run),
        ("agi", "00000000-0000-4000-8000-000000000000"),
        ("agi", ".."),
        ("nope", "x"),
        ("agi",),
        ("codegen", run),
    ]
    policy = intermission.RetryPolicy(initial_backoff=0.001)
    results = intermission.pause_many(items, concurrency=3, options=opts, retries=policy)
    assert len(results) == len(items)
    first, second, third, fourth, fifth, sixth, seventh, eighth, ninth, tenth = results
    assert isinstance(first, Result) and (first.id, first.state) == (agi_running, State.PAUSED)
    assert isinstance(second, Result) and second.state is State.PAUSED  # idempotent
    assert isinstance(third, Result) and third.provider == "anchorbrowser"  # after one retried 503
    assert isinstance(fourth, intermission.InvalidState) and fourth.current_state is State.FINISHED
    assert isinstance(fifth, MissingCredentials) and fifth.env_var == "CODEGEN_API_KEY"
    assert isinstance(sixth, NotFound)
    assert isinstance(seventh, InvalidId)
    assert isinstance(eighth, ConfigurationError) and "unknown provider" in str(eighth)
    assert isinstance(ninth, RequestInvalid)
    assert tenth is fifth or isinstance(tenth, MissingCredentials)
    assert vendor_fakes.status("agi", agi_running) == "paused"
    assert count(vendor_fakes, "anchorbrowser", "pause_agent") == 2


def test_resume_many_with_messages(vendor_fakes: FakeVendors) -> None:
    run = vendor_fakes.create("codegen", status="PAUSED")
    run2 = vendor_fakes.create("codegen", status="PAUSED")
    sid = vendor_fakes.create("agi", status="paused")
    results = intermission.resume_many(
        [("codegen", run, "continue"), ("codegen", run2), ("agi", sid, None), ("codegen", int(run), "again")],
        options=all_options(vendor_fakes),
    )
    assert isinstance(results[0], Result) and results[0].raw_status == "ACTIVE"
    assert isinstance(results[1], RequestInvalid)  # Codegen needs a message
    assert isinstance(results[2], Result) and results[2].state is State.RUNNING
    assert isinstance(results[3], Result) and results[3].state is State.RUNNING  # already running
    assert vendor_fakes.status("codegen", run2) == "PAUSED"


def test_pause_many_rejects_messages_and_codegen_pause(vendor_fakes: FakeVendors) -> None:
    run = vendor_fakes.create("codegen", status="ACTIVE")
    sid = vendor_fakes.create("agi", status="running")
    results = intermission.pause_many(
        [("codegen", run), ("agi", sid, "hi")], options=all_options(vendor_fakes)
    )
    assert isinstance(results[0], Unsupported) and isinstance(results[1], RequestInvalid)
    assert vendor_fakes.requests("codegen") == [] and vendor_fakes.requests("agi") == []


def test_many_pauses_one_pool_per_provider(
    vendor_fakes: FakeVendors, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: list[str] = []
    original = intermission.transport.build_async_client

    def counting(base_url: str, *args: Any, **kwargs: Any) -> Any:
        built.append(base_url)
        return original(base_url, *args, **kwargs)

    monkeypatch.setattr("intermission._engine.build_async_client", counting)
    agi = [vendor_fakes.create("agi", status="running") for _ in range(150)]
    bu = [vendor_fakes.create("browser_use", status="running") for _ in range(150)]
    items = [
        pair
        for pairs in zip((("agi", a) for a in agi), (("browser_use", b) for b in bu), strict=True)
        for pair in pairs
    ]
    started = time.monotonic()
    results = intermission.pause_many(items, concurrency=32, options=all_options(vendor_fakes))
    elapsed = time.monotonic() - started
    assert [(r.provider, r.id) for r in results if isinstance(r, Result)] == items
    assert all(r.state is State.PAUSED for r in results if isinstance(r, Result))
    assert sorted(built) == sorted([vendor_fakes.base_url("agi"), vendor_fakes.base_url("browser_use")])
    assert count(vendor_fakes, "agi", "pause_session") == 150
    assert elapsed < 20


class InFlight:
    """Answers AGI pauses slowly, counting how many requests are in flight at most."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.now = 0
        self.most = 0

    def __call__(self, seen: Seen) -> tuple[int, dict[str, str], bytes]:
        with self.lock:
            self.now += 1
            self.most = max(self.most, self.now)
        time.sleep(0.03)
        with self.lock:
            self.now -= 1
        return json_answer(200, {"success": True, "message": "ok"})


def test_concurrency_is_bounded(recorder: Recorder) -> None:
    recorder.answer = inflight = InFlight()
    results = intermission.pause_many(
        [("agi", f"s{i}") for i in range(24)], concurrency=4, api_key="k", base_url=recorder.url
    )
    assert all(isinstance(r, Result) for r in results)
    assert inflight.most == 4


def test_concurrency_is_bounded_by_the_connection_pool(
    recorder: Recorder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 20.5: at concurrency 5,000 every item waited for one of 100 connections, holding memory."""
    recorder.answer = InFlight()
    waiting = [0, 0]  # facade calls started and not finished: now, most
    original = AsyncClient.pause

    async def counted(self: AsyncClient, *args: Any, **kwargs: Any) -> Result:
        waiting[0] += 1
        waiting[1] = max(waiting)
        try:
            return await original(self, *args, **kwargs)
        finally:
            waiting[0] -= 1

    monkeypatch.setattr(AsyncClient, "pause", counted)
    items = [("agi", f"s{i}") for i in range(40)]
    results = intermission.pause_many(
        items, concurrency=5_000, max_connections=6, api_key="k", base_url=recorder.url
    )
    assert [(r.provider, r.id) for r in results if isinstance(r, Result)] == items
    assert waiting[1] == 6  # not 40 calls queueing for 6 connections


def test_async_pause_many_with_given_clients(vendor_fakes: FakeVendors) -> None:
    ids = [vendor_fakes.create("anchorbrowser", status="running") for _ in range(10)]

    async def main() -> list[Result | IntermissionError]:
        async with AsyncClient("anchorbrowser", **options(vendor_fakes, "anchorbrowser")) as client:
            results = await intermission.aio.pause_many(
                [("anchorbrowser", i) for i in ids], clients={"anchor": client}
            )
            assert client._engine.async_http is not None and not client._engine.async_http.is_closed
            again = await intermission.aio.resume_many(
                [("anchorbrowser", i) for i in ids], clients={"anchorbrowser": client}
            )
            return results + again

    results = asyncio.run(main())
    assert [r.state for r in results if isinstance(r, Result)] == [State.PAUSED] * 10 + [State.RUNNING] * 10


def test_empty_and_bad_arguments() -> None:
    assert intermission.pause_many([]) == []
    with pytest.raises(ConfigurationError):
        intermission.pause_many([("agi", "x")], concurrency=0)

    async def inside_a_loop() -> None:
        with pytest.raises(ConfigurationError, match=r"intermission\.aio\.pause_many"):
            intermission.pause_many([("agi", "x")])

    asyncio.run(inside_a_loop())
