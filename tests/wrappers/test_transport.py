"""Unit tests of the transport policy's pure parts (the behaviour on the wire is in test_retries.py)."""

from __future__ import annotations

import asyncio
import email.utils
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from intermission.errors import ConfigurationError, InsecureTransport
from intermission.transport import (
    Attempt,
    CallInfo,
    Credentials,
    RetryPolicy,
    Timeouts,
    Verdict,
    check_url,
    classify,
    is_loopback,
    retry_after,
)

from tests.support.http_recorder import Recorder, json_answer

INFO = CallInfo("agi", "pause", "pause_session", "s1")


def answered(status: int, **headers: str) -> Attempt:
    request = httpx.Request("POST", "https://api.agi.tech/v1/sessions/s1/pause")
    return Attempt(INFO, 1, httpx.Response(status, headers=headers, request=request), None, None)


def failed(error: BaseException) -> Attempt:
    return Attempt(INFO, 1, None, None, error)


@pytest.mark.parametrize(
    ("attempt", "verdict"),
    [
        (answered(200), Verdict.DONE),
        (answered(400), Verdict.DONE),
        (answered(404), Verdict.DONE),
        (answered(409), Verdict.DONE),
        (answered(429), Verdict.RETRY),
        (answered(500), Verdict.DONE),
        (answered(502), Verdict.AMBIGUOUS),
        (answered(503), Verdict.RETRY),
        (answered(504), Verdict.AMBIGUOUS),
        (answered(520), Verdict.DONE),
        (failed(httpx.ConnectError("refused")), Verdict.RETRY),
        (failed(httpx.ConnectTimeout("slow")), Verdict.RETRY),
        (failed(httpx.PoolTimeout("busy")), Verdict.RETRY),
        (failed(httpx.ReadTimeout("no answer")), Verdict.AMBIGUOUS),
        (failed(httpx.WriteTimeout("half sent")), Verdict.AMBIGUOUS),
        (failed(httpx.ReadError("reset")), Verdict.AMBIGUOUS),
        (failed(httpx.RemoteProtocolError("disconnected")), Verdict.AMBIGUOUS),
        (failed(TimeoutError()), Verdict.AMBIGUOUS),
        (failed(httpx.UnsupportedProtocol("gopher")), Verdict.DONE),
        (failed(ValueError("bug")), Verdict.DONE),
    ],
)
def test_classify(attempt: Attempt, verdict: Verdict) -> None:
    assert classify(attempt) is verdict


def test_retry_after_forms() -> None:
    now = 1_700_000_000.0
    assert retry_after(answered(429, **{"retry-after": "7"})) == 7.0
    assert retry_after(answered(429, **{"retry-after": "1.5"})) == 1.5
    assert retry_after(answered(429, **{"retry-after": "-3"})) == 0.0
    assert retry_after(answered(429, **{"retry-after-ms": "250", "retry-after": "9"})) == 0.25
    date = email.utils.formatdate(now + 12, usegmt=True)
    assert retry_after(answered(429, **{"retry-after": date}), now=lambda: now) == 12.0
    past = email.utils.formatdate(now - 12, usegmt=True)
    assert retry_after(answered(429, **{"retry-after": past}), now=lambda: now) == 0.0
    assert retry_after(answered(429, **{"retry-after": "soon"})) is None
    assert retry_after(answered(429)) is None


def test_backoff() -> None:
    policy = RetryPolicy(rng=lambda: 0.0)
    assert [policy.delay(n) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    half = RetryPolicy(rng=lambda: 0.5, jitter=0.25)
    assert half.delay(0) == 0.5 * (1 - 0.125)
    assert RetryPolicy(max_retry_after=5).delay(0, retry_after=100) == 5
    assert RetryPolicy.coerce(0).max_retries == 0
    custom = RetryPolicy(initial_backoff=0.01)
    assert RetryPolicy.coerce(5, custom).initial_backoff == 0.01
    with pytest.raises(ConfigurationError):
        RetryPolicy(max_retries=True)


def test_timeouts() -> None:
    assert Timeouts.coerce(None) == Timeouts()
    assert Timeouts.coerce(2.0) == Timeouts(connect=2.0, total=2.0, deadline=60.0)
    assert Timeouts.coerce(10.0, Timeouts(connect=1, total=3, deadline=None)) == Timeouts(1, 10.0, None)
    given = Timeouts(connect=1, total=2, deadline=3)
    assert Timeouts.coerce(given) is given
    assert given.with_deadline(None).deadline is None
    with pytest.raises(ConfigurationError):
        Timeouts(total=0)
    with pytest.raises(ConfigurationError):
        Timeouts.coerce("5")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("localhost", True),
        ("LOCALHOST.", True),
        ("127.0.0.1", True),
        ("127.255.0.9", True),
        ("::1", True),
        ("[::1]", True),
        ("0.0.0.0", False),
        ("10.0.0.1", False),
        ("localhost.evil.com", False),
        ("api.agi.tech", False),
        ("::ffff:8.8.8.8", False),
    ],
)
def test_is_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_check_url() -> None:
    assert check_url("https://api.agi.tech").host == "api.agi.tech"
    assert check_url("http://127.0.0.1:8000/base").port == 8000
    with pytest.raises(InsecureTransport, match="plain http"):
        check_url("http://api.agi.tech")
    for bad in ("ftp://x", "api.agi.tech", "https://", "file:///etc/passwd"):
        with pytest.raises(ConfigurationError):
            check_url(bad)


def test_credentials_repr_and_redaction() -> None:
    credentials = Credentials("Authorization", "Bearer sk-abcdef123456")
    assert "sk-abcdef123456" not in repr(credentials)
    assert credentials.redact("echo sk-abcdef123456!") == "echo ***!"
    headers = httpx.Headers()
    credentials.apply(headers)
    assert headers["authorization"] == "Bearer sk-abcdef123456"


def test_the_request_hook_refuses_insecure_urls() -> None:
    from intermission.transport import build_sync_client

    client = build_sync_client("http://127.0.0.1:9", Credentials("x-key", "secret-value"), Timeouts())
    with client, pytest.raises(InsecureTransport):
        client.get("http://example.com/steal")  # an absolute URL elsewhere: refused before sending


QUERY_VALUES = st.one_of(
    st.text(max_size=30),
    st.integers(),
    st.booleans(),
    st.lists(st.text(max_size=8), max_size=3),
)


@pytest.fixture(scope="module")
def stock_and_ours() -> Iterator[tuple[httpx.Client, httpx.Client]]:
    from intermission.transport import build_sync_client

    stock = httpx.Client(base_url="https://api.browser-use.com/base")
    ours = build_sync_client("https://api.browser-use.com/base", Credentials("x-key", "k"), Timeouts())
    with stock, ours:
        yield stock, ours


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(params=st.dictionaries(st.text(min_size=1, max_size=12), QUERY_VALUES, max_size=4))
def test_query_params_written_into_the_url_give_the_url_httpx_builds(
    stock_and_ours: tuple[httpx.Client, httpx.Client], params: dict[str, object]
) -> None:
    """The facade's httpx clients put ``params`` into the URL string; the request must not change."""
    stock, ours = stock_and_ours
    expected = stock.build_request("PUT", "/api/v1/pause-task", params=params)  # type: ignore[arg-type]
    got = ours.build_request("PUT", "/api/v1/pause-task", params=params)  # type: ignore[arg-type]
    assert got.url == expected.url
    assert got.url.raw_path == expected.url.raw_path


@pytest.mark.parametrize(
    ("url", "client_params"),
    [("/tasks?page=2", None), ("/tasks#top", None), (httpx.URL("/tasks"), None), ("/tasks", {"v": "1"})],
)
def test_query_params_merge_as_httpx_does_when_the_url_is_not_a_plain_path(
    url: str | httpx.URL, client_params: dict[str, str] | None
) -> None:
    from intermission.transport import build_sync_client

    stock = httpx.Client(base_url="https://api.example.com", params=client_params)
    ours = build_sync_client("https://api.example.com", Credentials("x-key", "k"), Timeouts())
    ours.params = httpx.QueryParams(client_params)
    with stock, ours:
        expected = stock.build_request("GET", url, params={"task_id": "a b&c"})
        got = ours.build_request("GET", url, params={"task_id": "a b&c"})
    assert got.url == expected.url


def test_a_cookie_set_by_an_answer_is_never_sent_back(recorder: Recorder) -> None:
    from intermission.transport import build_sync_client

    recorder.answer = lambda seen: json_answer(200, {}, **{"set-cookie": "session=abc; Path=/"})
    stock = httpx.Client(base_url=recorder.url)
    ours = build_sync_client(recorder.url, Credentials("x-key", "k"), Timeouts())
    with stock, ours:
        for client in (stock, ours):
            client.get("/first")
            client.get("/second")
        assert len(ours.cookies) == 0
    assert [seen.headers.get("cookie") for seen in recorder.seen] == [None, "session=abc", None, None]


@pytest.mark.anyio
async def test_the_async_client_keeps_no_cookies_either(recorder: Recorder) -> None:
    from intermission.transport import build_async_client

    recorder.answer = lambda seen: json_answer(200, {}, **{"set-cookie": "session=abc; Path=/"})
    async with build_async_client(recorder.url, Credentials("x-key", "k"), Timeouts()) as ours:
        await ours.get("/first")
        await ours.get("/second")
    assert [seen.headers.get("cookie") for seen in recorder.seen] == [None, None]


def test_every_facade_client_shares_one_tls_context(monkeypatch: pytest.MonkeyPatch) -> None:
    from intermission.transport import build_async_client, build_sync_client, clients

    made: list[object] = []
    real = httpx.create_ssl_context

    def counting(*args: Any, **kwargs: Any) -> Any:
        made.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(httpx, "create_ssl_context", counting)
    clients._tls_context.cache_clear()
    credentials = Credentials("x-key", "k")
    built = [
        build_sync_client("https://api.agi.tech", credentials, Timeouts()),
        build_async_client("https://api.agi.tech", credentials, Timeouts()),
        build_sync_client("https://api.browser-use.com", credentials, Timeouts()),
    ]
    assert len(made) == 1
    for client in built:
        if isinstance(client, httpx.AsyncClient):
            asyncio.run(client.aclose())
        else:
            client.close()
    clients._tls_context.cache_clear()


def test_the_log_filter_redacts_a_key_that_contains_another_whole() -> None:
    import logging

    from intermission.transport.credentials import RedactKeys

    short = Credentials("x-key", "01234567", "01234567")
    long = Credentials("x-key", "sk-live-0123456789", "sk-live-0123456789")
    record = logging.LogRecord("httpx", logging.INFO, __file__, 1, "echo %s", ("sk-live-0123456789",), None)
    RedactKeys().filter(record)
    assert record.getMessage() == "echo ***"
    assert short.header == long.header  # both alive while the filter ran
