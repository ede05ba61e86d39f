"""The transport policy against injected faults: retries, ambiguity, deadlines. Request counts come from the
fakes, so "no double transition" is what the server saw, not what the client believes.
"""

from __future__ import annotations

import asyncio
import email.utils
import time
from collections.abc import Iterator

import httpx
import pytest
from intermission import AsyncClient, Client, State
from intermission.errors import (
    ConnectionFailed,
    NotFound,
    OutcomeUnknown,
    ProviderError,
    RateLimited,
    RequestInvalid,
    Timeout,
)
from intermission.fakes import FakeVendors, Fault
from intermission.transport import RetryPolicy, Timeouts

from tests.wrappers.conftest import (
    CONFIRM,
    PAUSE,
    PAUSED,
    RESUME,
    STATUS,
    Recorder,
    Seen,
    Sleeps,
    count,
    json_answer,
    options,
)


def client(fakes: FakeVendors, provider: str, retry: RetryPolicy, **extra: object) -> Client:
    return Client(provider, retries=retry, **options(fakes, provider, **extra))


def test_503_is_retried_with_backoff(
    vendor_fakes: FakeVendors, fast_retry: RetryPolicy, sleeps: Sleeps
) -> None:
    sid = vendor_fakes.create("agi", status="running")
    vendor_fakes.inject("agi", Fault.status(503, times=2), operation="pause_session")
    with client(vendor_fakes, "agi", fast_retry) as agi:
        assert agi.pause(sid).state is State.PAUSED
    assert count(vendor_fakes, "agi", "pause_session") == 3
    assert count(vendor_fakes, "agi", "get_session_status") == 0  # a 503 did nothing: no need to look
    assert sleeps.seconds == [0.5, 1.0]  # 0.5 s * 2^n (jitter drawn as 0 here)
    assert vendor_fakes.status("agi", sid) == "paused"


def test_jitter_and_cap() -> None:
    policy = RetryPolicy(rng=lambda: 1.0, max_backoff=3.0)
    assert [policy.delay(n) for n in range(4)] == [0.375, 0.75, 1.5, 2.25]
    assert RetryPolicy(rng=lambda: 0.0).delay(10) == 8.0
    assert policy.delay(0, retry_after=120.0) == 60.0  # Retry-After honoured, capped


def test_429_honours_retry_after_seconds(
    vendor_fakes: FakeVendors, fast_retry: RetryPolicy, sleeps: Sleeps
) -> None:
    sid = vendor_fakes.create("browser_use", status="paused")
    vendor_fakes.inject("browser_use", Fault.rate_limit(retry_after=3, times=1), operation="resume_task")
    with client(vendor_fakes, "browser_use", fast_retry) as bu:
        assert bu.resume(sid).state is State.RUNNING
    assert sleeps.seconds == [3.0]
    assert count(vendor_fakes, "browser_use", "resume_task") == 2


def test_429_honours_retry_after_http_date(
    vendor_fakes: FakeVendors, fast_retry: RetryPolicy, sleeps: Sleeps
) -> None:
    sid = vendor_fakes.create("codegen", status="PAUSED")
    when = email.utils.formatdate(time.time() + 20, usegmt=True)
    vendor_fakes.inject("codegen", Fault.rate_limit(retry_after=when, times=1), operation="resume_agent_run")
    with client(vendor_fakes, "codegen", fast_retry) as cg:
        assert cg.resume(sid, message="go").state is State.RUNNING
    (slept,) = sleeps.seconds
    assert 17.0 < slept <= 20.0


def test_429_exhausted_is_rate_limited(vendor_fakes: FakeVendors, fast_retry: RetryPolicy) -> None:
    sid = vendor_fakes.create("agi")
    vendor_fakes.inject("agi", Fault.rate_limit(retry_after=2), operation="get_session_status")
    with client(vendor_fakes, "agi", fast_retry) as agi, pytest.raises(RateLimited) as info:
        agi.status(sid)
    assert info.value.retry_after == 2.0 and info.value.http_status == 429
    assert count(vendor_fakes, "agi", "get_session_status") == 3  # 1 + 2 retries


def test_retry_after_beyond_the_deadline_gives_up_at_once(vendor_fakes: FakeVendors) -> None:
    sid = vendor_fakes.create("agi")
    vendor_fakes.inject("agi", Fault.rate_limit(retry_after=30, times=1), operation="get_session_status")
    started = time.monotonic()
    with (
        Client("agi", deadline=1.0, **options(vendor_fakes, "agi")) as agi,
        pytest.raises(RateLimited) as info,
    ):
        agi.status(sid)
    assert time.monotonic() - started < 1.0
    assert info.value.retry_after == 30.0
    assert count(vendor_fakes, "agi", "get_session_status") == 1


def test_reset_after_processing_is_confirmed_not_resent(
    vendor_fakes: FakeVendors, fast_retry: RetryPolicy
) -> None:
    sid = vendor_fakes.create("agi", status="running")
    vendor_fakes.inject("agi", Fault.reset_after(times=1), operation="pause_session")
    with client(vendor_fakes, "agi", fast_retry) as agi:
        result = agi.pause(sid)
    assert result.state is State.PAUSED
    # The vendor paused once; the facade learnt that from the status, and did not pause again.
    assert count(vendor_fakes, "agi", "pause_session") == 1
    assert count(vendor_fakes, "agi", "get_session_status") == 1


def test_reset_before_processing_is_checked_then_resent(
    vendor_fakes: FakeVendors, fast_retry: RetryPolicy
) -> None:
    sid = vendor_fakes.create("anchorbrowser", status="paused")
    vendor_fakes.inject("anchorbrowser", Fault.reset_before(times=1), operation="resume_agent")
    with client(vendor_fakes, "anchorbrowser", fast_retry) as anchor:
        assert anchor.resume(sid).state is State.RUNNING
    assert count(vendor_fakes, "anchorbrowser", "resume_agent") == 2
    assert count(vendor_fakes, "anchorbrowser", STATUS["anchorbrowser"]) == 1
    assert vendor_fakes.status("anchorbrowser", sid) == "running"


def test_truncated_body_after_processing_is_confirmed(
    vendor_fakes: FakeVendors, fast_retry: RetryPolicy
) -> None:
    run = vendor_fakes.create("codegen", status="PAUSED")
    vendor_fakes.inject("codegen", Fault.truncated_body(times=1), operation="resume_agent_run")
    with client(vendor_fakes, "codegen", fast_retry) as cg:
        result = cg.resume(run, message="once")
    assert (result.state, result.raw_status) == (State.RUNNING, "ACTIVE")
    assert count(vendor_fakes, "codegen", "resume_agent_run") == 1  # the prompt was delivered once


def test_proxy_502_is_ambiguous_checked_then_resent(
    vendor_fakes: FakeVendors, fast_retry: RetryPolicy
) -> None:
    task = vendor_fakes.create("browser_use", status="running")
    vendor_fakes.inject("browser_use", Fault.html_error(502, times=1), operation="pause_task")
    with client(vendor_fakes, "browser_use", fast_retry) as bu:
        assert bu.pause(task).state is State.PAUSED
    assert count(vendor_fakes, "browser_use", "pause_task") == 2
    assert count(vendor_fakes, "browser_use", "get_task_status") == 1


@pytest.mark.parametrize("provider", ["anchorbrowser", "agi", "browser_use"])
def test_repeated_resets_never_flip_twice(
    vendor_fakes: FakeVendors, fast_retry: RetryPolicy, provider: str
) -> None:
    sid = vendor_fakes.create(provider, status="running")
    vendor_fakes.inject(provider, Fault.reset_after(times=2), operation=PAUSE[provider])
    vendor_fakes.inject(provider, Fault.reset_before(times=1), operation=CONFIRM[provider])
    with client(vendor_fakes, provider, fast_retry) as c:
        assert c.pause(sid).state is State.PAUSED
    # pause #1: done, answer lost -> status #1: lost too -> status #2 (a read is safe to repeat): paused.
    # The pause is never sent again: one transition at the vendor, and the caller sees success.
    assert count(vendor_fakes, provider, PAUSE[provider]) == 1
    assert count(vendor_fakes, provider, CONFIRM[provider]) == 2
    assert vendor_fakes.status(provider, sid) == "paused"


def test_ambiguous_resume_with_status_unavailable_is_outcome_unknown_not_resent(
    vendor_fakes: FakeVendors, fast_retry: RetryPolicy
) -> None:
    sid = vendor_fakes.create("agi", status="paused")
    vendor_fakes.inject("agi", Fault.reset_after(times=1), operation=RESUME["agi"])
    vendor_fakes.inject("agi", Fault.status(503), operation=STATUS["agi"])
    # resume #1 happened but its answer was lost; every status read fails: the facade cannot know, says so,
    # and does not send the resume again (issue 20: it used to).
    with (
        client(vendor_fakes, "agi", fast_retry) as agi,
        pytest.raises(OutcomeUnknown, match="not sent again") as info,
    ):
        agi.resume(sid)
    assert count(vendor_fakes, "agi", "resume_session") == 1
    assert count(vendor_fakes, "agi", "get_session_status") == 1 + 2  # the read is retried
    assert vendor_fakes.status("agi", sid) == "running"
    assert info.value.times_sent == 1 and info.value.current_state is None
    assert (info.value.provider, info.value.operation, info.value.id) == ("agi", "resume", sid)


def test_codegen_never_sends_the_prompt_twice(vendor_fakes: FakeVendors, fast_retry: RetryPolicy) -> None:
    """Issue 20.2: Codegen's resume sent the prompt "deploy to prod" twice."""
    run = vendor_fakes.create("codegen", status=PAUSED["codegen"])
    vendor_fakes.inject("codegen", Fault.reset_after(times=1), operation=RESUME["codegen"])
    vendor_fakes.inject("codegen", Fault.html_error(502), operation=STATUS["codegen"])
    with (
        client(vendor_fakes, "codegen", fast_retry) as codegen,
        pytest.raises(OutcomeUnknown) as info,
    ):
        codegen.resume(run, "deploy to prod")
    assert count(vendor_fakes, "codegen", RESUME["codegen"]) == 1
    assert (info.value.message_sent, info.value.times_sent) == ("deploy to prod", 1)


@pytest.mark.parametrize("code", [500, 520, 499])
def test_other_statuses_are_provider_errors_not_retried(
    vendor_fakes: FakeVendors, fast_retry: RetryPolicy, code: int
) -> None:
    sid = vendor_fakes.create("agi")
    vendor_fakes.inject("agi", Fault.status(code), operation="get_session_status")
    with client(vendor_fakes, "agi", fast_retry) as agi, pytest.raises(ProviderError) as info:
        agi.status(sid)
    assert info.value.http_status == code
    assert count(vendor_fakes, "agi", "get_session_status") == 1


def test_4xx_is_never_retried(vendor_fakes: FakeVendors, fast_retry: RetryPolicy, sleeps: Sleeps) -> None:
    sid = vendor_fakes.create("browser_use", status="running")
    body = '{"detail": [{"loc": ["query", "task_id"], "msg": "bad", "type": "value_error"}]}'
    vendor_fakes.inject("browser_use", Fault.status(422, body=body), operation="pause_task")
    with client(vendor_fakes, "browser_use", fast_retry) as bu, pytest.raises(RequestInvalid):
        bu.pause(sid)
    assert count(vendor_fakes, "browser_use", "pause_task") == 1 and sleeps.seconds == []


def test_503_exhausted_is_provider_error(vendor_fakes: FakeVendors, fast_retry: RetryPolicy) -> None:
    sid = vendor_fakes.create("browser_use", status="running")
    vendor_fakes.inject("browser_use", Fault.status(503), operation="pause_task")
    with client(vendor_fakes, "browser_use", fast_retry) as bu, pytest.raises(ProviderError) as info:
        bu.pause(sid)
    assert info.value.http_status == 503
    assert count(vendor_fakes, "browser_use", "pause_task") == 3
    assert vendor_fakes.status("browser_use", sid) == "running"


def test_wrong_content_type_is_tolerated(vendor_fakes: FakeVendors, fast_retry: RetryPolicy) -> None:
    sid = vendor_fakes.create("anchorbrowser", status="running")
    vendor_fakes.inject("anchorbrowser", Fault.wrong_content_type(times=1), operation="pause_agent")
    with client(vendor_fakes, "anchorbrowser", fast_retry) as anchor:
        assert anchor.pause(sid).state is State.PAUSED
    assert count(vendor_fakes, "anchorbrowser", "pause_agent") == 1


def test_connection_refused_is_retried_then_connection_failed(
    closed_port: int, fast_retry: RetryPolicy, sleeps: Sleeps
) -> None:
    agi = Client("agi", api_key="k", base_url=f"http://127.0.0.1:{closed_port}", retries=fast_retry)
    with agi, pytest.raises(ConnectionFailed) as info:
        agi.pause("abc")
    assert len(sleeps.seconds) == 2 and info.value.http_status is None
    assert info.value.__cause__ is not None


# -------------------------------------------------------------------------------- timeouts


def test_attempt_timeout_under_latency(vendor_fakes: FakeVendors, fast_retry: RetryPolicy) -> None:
    sid = vendor_fakes.create("agi")
    vendor_fakes.inject("agi", Fault.latency(2.0), operation="get_session_status")
    started = time.monotonic()
    with (
        Client("agi", timeout=0.2, retries=RetryPolicy(max_retries=0), **options(vendor_fakes, "agi")) as agi,
        pytest.raises(Timeout) as info,
    ):
        agi.status(sid)
    assert time.monotonic() - started < 1.0
    assert isinstance(info.value, TimeoutError)


def test_deadline_bounds_the_whole_call(vendor_fakes: FakeVendors) -> None:
    sid = vendor_fakes.create("agi", status="running")
    vendor_fakes.inject(
        "agi", Fault.latency(3.0), operation="get_session_status"
    )  # read-only: safe to abandon
    policy = RetryPolicy(max_retries=10, initial_backoff=0.01)
    started = time.monotonic()
    timeouts = Timeouts(connect=1, total=0.3, deadline=0.8)
    agi = Client("agi", timeout=timeouts, retries=policy, **options(vendor_fakes, "agi"))
    with agi, pytest.raises(Timeout, match="deadline"):
        agi.status(sid)
    assert 0.7 < time.monotonic() - started < 1.5
    assert count(vendor_fakes, "agi", "get_session_status") == 3  # 0.3 s + 0.3 s + what was left


def test_deadline_bounds_a_pause_with_its_checks(recorder: Recorder) -> None:
    def slow(seen: Seen) -> tuple[int, dict[str, str], bytes]:
        time.sleep(2.0)
        return json_answer(200, {"status": "running"})

    recorder.answer = slow
    started = time.monotonic()
    timeouts = Timeouts(connect=1, total=0.3, deadline=0.8)
    with (
        Client(
            "agi",
            api_key="k",
            base_url=recorder.url,
            timeout=timeouts,
            retries=RetryPolicy(max_retries=10, initial_backoff=0.01),
        ) as agi,
        pytest.raises(OutcomeUnknown),
    ):
        agi.pause("s1")
    assert time.monotonic() - started < 1.5
    # pause (timed out: ambiguous) -> status reads (timed out, retried) until the deadline; the pause is
    # not sent again, since whether it happened is unknown.
    methods = [s.method for s in recorder.seen]
    assert methods[0] == "POST" and set(methods[1:]) == {"GET"} and len(methods) >= 2


def test_late_original_is_refused_by_the_lifecycle(
    vendor_fakes: FakeVendors, fast_retry: RetryPolicy
) -> None:
    sid = vendor_fakes.create("agi", status="running")
    vendor_fakes.inject("agi", Fault.latency(0.5, times=1), operation="pause_session")
    started = time.monotonic()
    with Client("agi", timeout=0.2, retries=fast_retry, **options(vendor_fakes, "agi")) as agi:
        assert agi.pause(sid).state is State.PAUSED  # timed out, checked (still running), sent again
    time.sleep(max(0.0, 0.7 - (time.monotonic() - started)))  # let the late original arrive
    assert vendor_fakes.status("agi", sid) == "paused"
    assert count(vendor_fakes, "agi", "pause_session") == 2
    assert count(vendor_fakes, "agi", "get_session_status") == 1


def test_per_call_timeout_override(vendor_fakes: FakeVendors) -> None:
    sid = vendor_fakes.create("agi")
    vendor_fakes.inject("agi", Fault.latency(0.4), operation="get_session_status")
    with Client("agi", timeout=0.1, retries=0, **options(vendor_fakes, "agi")) as agi:
        with pytest.raises(Timeout):
            agi.status(sid)
        assert agi.status(sid, timeout=3.0).state is State.RUNNING
        with pytest.raises(Timeout):
            agi.status(sid, timeout=3.0, deadline=0.1)


@pytest.mark.anyio
async def test_async_timeout_and_retry(
    vendor_fakes: FakeVendors, fast_retry: RetryPolicy, sleeps: Sleeps
) -> None:
    sid = vendor_fakes.create("browser_use", status="running")
    vendor_fakes.inject("browser_use", Fault.status(503, times=1), operation="pause_task")
    vendor_fakes.inject("browser_use", Fault.latency(2.0), operation=STATUS["browser_use"])
    async with AsyncClient("browser_use", retries=fast_retry, **options(vendor_fakes, "browser_use")) as bu:
        assert (await bu.pause(sid)).state is State.PAUSED
        assert sleeps.seconds == [0.5]
        started = time.monotonic()
        with pytest.raises(Timeout):
            await bu.status(sid, timeout=0.2, deadline=0.5)
        assert time.monotonic() - started < 1.0


@pytest.mark.anyio
async def test_async_reset_after_is_confirmed(vendor_fakes: FakeVendors, fast_retry: RetryPolicy) -> None:
    sid = vendor_fakes.create("anchorbrowser", status="running")
    vendor_fakes.inject("anchorbrowser", Fault.reset_after(times=1), operation="pause_agent")
    async with AsyncClient(
        "anchorbrowser", retries=fast_retry, **options(vendor_fakes, "anchorbrowser")
    ) as c:
        assert (await c.pause(sid)).state is State.PAUSED
    assert count(vendor_fakes, "anchorbrowser", "pause_agent") == 1


def test_async_driver_runs_in_plain_asyncio_run(vendor_fakes: FakeVendors) -> None:
    sid = vendor_fakes.create("agi")

    async def main() -> State:
        async with AsyncClient("agi", **options(vendor_fakes, "agi")) as agi:
            return (await agi.status(sid)).state

    assert asyncio.run(main()) is State.RUNNING


def drip(seen: Seen) -> tuple[int, dict[str, str], Iterator[bytes]]:
    """A body that trickles in: each read is quick, the whole never ends in time."""

    def chunks() -> Iterator[bytes]:
        for _ in range(40):
            time.sleep(0.05)
            yield b" "

    return 200, {"content-type": "application/json", "content-length": "40"}, chunks()


def test_total_timeout_covers_a_slow_body(recorder: Recorder) -> None:
    recorder.answer = drip
    started = time.monotonic()
    agi = Client("agi", api_key="k", base_url=recorder.url, timeout=0.3, retries=0)
    with agi, pytest.raises(Timeout):
        agi.status("s1")
    assert time.monotonic() - started < 1.0


@pytest.mark.anyio
async def test_async_total_timeout_covers_a_slow_body(recorder: Recorder) -> None:
    recorder.answer = drip
    started = time.monotonic()
    async with AsyncClient("agi", api_key="k", base_url=recorder.url, timeout=0.3, retries=0) as agi:
        with pytest.raises(Timeout):
            await agi.status("s1")
    assert time.monotonic() - started < 1.0


def test_status_errors_keep_the_response_as_cause(vendor_fakes: FakeVendors) -> None:
    with Client("agi", **options(vendor_fakes, "agi")) as agi, pytest.raises(NotFound) as info:
        agi.status("missing")
    cause = info.value.__cause__
    assert isinstance(cause, httpx.HTTPStatusError) and cause.response.status_code == 404
    assert "authorization" not in cause.request.headers  # the key was taken out
