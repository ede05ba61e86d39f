"""HTTP behaviour of the refresh fetcher against the local docs server."""

from __future__ import annotations

import email.utils
import socket
import time

import pytest

from codegen.refresh.fetch import (
    USER_AGENT,
    Fetched,
    FetchFailed,
    FetchOptions,
    FetchRequest,
    FetchResult,
    NotModified,
    fetch_all,
    retry_after,
)

from .conftest import DocsServer, Reply, Seen

FAST = FetchOptions(timeout=5.0, trust_env=False)


class Sleeps:
    """Injected sleep: records the pauses, waits for none."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


def fetch(request: FetchRequest, options: FetchOptions = FAST, sleep: Sleeps | None = None) -> FetchResult:
    return fetch_all([request], options, sleep or Sleeps())[0]


def test_200_returns_body_and_validators(docs: DocsServer) -> None:
    docs.page("/p.md", b"# Page\n", etag='"v1"', last_modified="Wed, 21 Oct 2015 07:28:00 GMT")
    result = fetch(FetchRequest(docs.url("/p.md")))
    assert isinstance(result, Fetched)
    assert result.content == b"# Page\n"
    assert result.etag == '"v1"'
    assert result.last_modified == "Wed, 21 Oct 2015 07:28:00 GMT"
    assert result.content_type == "text/markdown; charset=utf-8"
    seen = docs.hits("/p.md")[0].headers
    assert seen["user-agent"] == USER_AGENT
    assert "if-none-match" not in seen and "if-modified-since" not in seen


def test_conditional_request_gets_304(docs: DocsServer) -> None:
    docs.page("/p.md", b"# Page\n", etag='"v1"')
    result = fetch(
        FetchRequest(docs.url("/p.md"), etag='"v1"', last_modified="Wed, 21 Oct 2015 07:28:00 GMT")
    )
    assert isinstance(result, NotModified)
    (seen,) = docs.hits("/p.md")
    assert seen.headers["if-none-match"] == '"v1"'
    assert seen.headers["if-modified-since"] == "Wed, 21 Oct 2015 07:28:00 GMT"


def test_stale_etag_gets_the_new_page(docs: DocsServer) -> None:
    docs.page("/p.md", b"# New\n", etag='"v2"')
    result = fetch(FetchRequest(docs.url("/p.md"), etag='"v1"'))
    assert isinstance(result, Fetched) and result.content == b"# New\n" and result.etag == '"v2"'


@pytest.mark.parametrize("location", ["/new.md", "{base}/new.md"], ids=["relative", "absolute"])
@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_redirect_on_the_same_host_is_followed(docs: DocsServer, location: str, status: int) -> None:
    docs.routes["/old.md"] = Reply(status, headers={"Location": location.format(base=docs.url(""))})
    docs.page("/new.md", b"# Moved\n", etag='"m"')
    result = fetch(FetchRequest(docs.url("/old.md"), etag='"x"'))
    assert isinstance(result, Fetched)
    assert result.content == b"# Moved\n"
    assert result.final_url == docs.url("/new.md")
    assert docs.hits("/new.md")[0].headers["if-none-match"] == '"x"'


def test_redirect_to_another_host_is_refused(docs: DocsServer, other_host: DocsServer) -> None:
    other_host.page("/evil.md", b"# Not the vendor\n")
    docs.routes["/old.md"] = Reply(302, headers={"Location": other_host.url("/evil.md")})
    result = fetch(FetchRequest(docs.url("/old.md")))
    assert isinstance(result, FetchFailed)
    assert "another host" in result.reason and other_host.url("/evil.md") in result.reason
    assert other_host.requests == []


def test_redirect_to_another_scheme_is_refused(docs: DocsServer) -> None:
    docs.routes["/old.md"] = Reply(301, headers={"Location": f"https://127.0.0.1:{docs.port}/new.md"})
    result = fetch(FetchRequest(docs.url("/old.md")))
    assert isinstance(result, FetchFailed) and "another host" in result.reason
    assert len(docs.requests) == 1


def test_redirect_loop_ends(docs: DocsServer) -> None:
    docs.routes["/a"] = Reply(302, headers={"Location": "/b"})
    docs.routes["/b"] = Reply(302, headers={"Location": "/a"})
    result = fetch(FetchRequest(docs.url("/a")))
    assert isinstance(result, FetchFailed) and "redirects" in result.reason
    assert len(docs.requests) == FAST.max_redirects + 1


@pytest.mark.parametrize("status", [404, 410])
def test_gone_pages_fail_without_retry(docs: DocsServer, status: int) -> None:
    docs.routes["/p.md"] = Reply(status, b"gone")
    sleeps = Sleeps()
    result = fetch(FetchRequest(docs.url("/p.md")), sleep=sleeps)
    assert isinstance(result, FetchFailed)
    assert result.status == status and str(status) in result.reason and "moved" in result.reason
    assert len(docs.requests) == 1 and sleeps.calls == []


def test_other_client_errors_fail_without_retry(docs: DocsServer) -> None:
    docs.routes["/p.md"] = Reply(403, b"no")
    result = fetch(FetchRequest(docs.url("/p.md")))
    assert isinstance(result, FetchFailed) and "HTTP 403 Forbidden" in result.reason
    assert len(docs.requests) == 1


def test_5xx_is_retried_with_backoff(docs: DocsServer) -> None:
    answers = iter([Reply(503), Reply(502), Reply(200, b"# Finally\n")])
    docs.routes["/p.md"] = lambda seen: next(answers)
    sleeps = Sleeps()
    result = fetch(
        FetchRequest(docs.url("/p.md")), FetchOptions(retries=2, backoff=0.5, trust_env=False), sleeps
    )
    assert isinstance(result, Fetched) and result.content == b"# Finally\n"
    assert sleeps.calls == [0.5, 1.0]


def test_429_honours_retry_after_up_to_the_cap(docs: DocsServer) -> None:
    answers = iter(
        [
            Reply(429, headers={"Retry-After": "3"}),
            Reply(429, headers={"Retry-After": "600"}),
            Reply(200, b"ok"),
        ]
    )
    docs.routes["/p.md"] = lambda seen: next(answers)
    sleeps = Sleeps()
    result = fetch(
        FetchRequest(docs.url("/p.md")), FetchOptions(retries=2, max_backoff=10, trust_env=False), sleeps
    )
    assert isinstance(result, Fetched)
    assert sleeps.calls == [3.0, 10.0]


def test_retries_are_capped(docs: DocsServer) -> None:
    docs.routes["/p.md"] = Reply(500, b"boom")
    sleeps = Sleeps()
    result = fetch(
        FetchRequest(docs.url("/p.md")), FetchOptions(retries=2, backoff=1, trust_env=False), sleeps
    )
    assert isinstance(result, FetchFailed)
    assert result.reason == "HTTP 500 Internal Server Error (after 3 attempts)"
    assert len(docs.requests) == 3 and sleeps.calls == [1, 2]


def test_connection_errors_are_retried() -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    sleeps = Sleeps()
    result = fetch(
        FetchRequest(f"http://127.0.0.1:{port}/p.md"), FetchOptions(retries=1, trust_env=False), sleeps
    )
    assert isinstance(result, FetchFailed)
    assert result.reason.startswith("connection error") and "after 2 attempts" in result.reason
    assert len(sleeps.calls) == 1


def test_slow_answer_times_out(docs: DocsServer) -> None:
    docs.routes["/p.md"] = Reply(200, b"late", delay=5)
    started = time.monotonic()
    result = fetch(FetchRequest(docs.url("/p.md")), FetchOptions(timeout=0.3, retries=0, trust_env=False))
    assert time.monotonic() - started < 3
    assert isinstance(result, FetchFailed) and "within 0.3 s" in result.reason


def test_declared_oversize_is_refused(docs: DocsServer) -> None:
    docs.routes["/p.md"] = Reply(200, b"x" * 2000)
    result = fetch(FetchRequest(docs.url("/p.md")), FetchOptions(max_bytes=1000, trust_env=False))
    assert isinstance(result, FetchFailed) and "1000-byte limit" in result.reason


def test_streamed_oversize_is_cut_off_at_the_5_mb_limit(docs: DocsServer) -> None:
    docs.routes["/p.md"] = Reply(200, b"x" * (5 * 1024 * 1024 + 1), stream=True)
    result = fetch(FetchRequest(docs.url("/p.md")))
    assert isinstance(result, FetchFailed) and f"{5 * 1024 * 1024}-byte limit" in result.reason


def test_streamed_body_under_the_limit_is_read(docs: DocsServer) -> None:
    docs.routes["/p.md"] = Reply(200, b"y" * 300_000, stream=True)
    result = fetch(FetchRequest(docs.url("/p.md")))
    assert isinstance(result, Fetched) and len(result.content) == 300_000


def test_unsupported_scheme_is_refused_without_io() -> None:
    result = fetch(FetchRequest("file:///etc/passwd"))
    assert isinstance(result, FetchFailed) and "scheme" in result.reason


def test_concurrency_is_bounded_and_order_kept(docs: DocsServer) -> None:
    for i in range(6):
        docs.routes[f"/p{i}.md"] = Reply(200, f"page {i}".encode(), delay=0.15)
    requests = [FetchRequest(docs.url(f"/p{i}.md")) for i in range(6)]
    results = fetch_all(requests, FetchOptions(concurrency=2, trust_env=False), Sleeps())
    assert [r.content for r in results if isinstance(r, Fetched)] == [f"page {i}".encode() for i in range(6)]
    assert docs.max_in_flight == 2


def _echo(seen: Seen) -> Reply:
    return Reply(200, seen.path.encode())


def test_one_failure_does_not_stop_the_others(docs: DocsServer) -> None:
    docs.routes["/ok.md"] = _echo
    docs.routes["/bad.md"] = Reply(410)
    results = fetch_all([FetchRequest(docs.url("/bad.md")), FetchRequest(docs.url("/ok.md"))], FAST, Sleeps())
    assert isinstance(results[0], FetchFailed)
    assert isinstance(results[1], Fetched) and results[1].content == b"/ok.md"


NOW = 1_780_000_000.0  # a fixed clock for the Retry-After parser


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("7", 7.0),
        (" 2.5 ", 2.5),
        ("-3", 0.0),
        (email.utils.formatdate(NOW + 42, usegmt=True), 42.0),
        (email.utils.formatdate(NOW + 42, localtime=False).replace("+0000", "-0000"), 42.0),
        (email.utils.formatdate(NOW - 600, usegmt=True), 0.0),
        ("nan", None),
        ("inf", None),
        ("soon", None),
        ("", None),
        (None, None),
    ],
)
def test_retry_after_reads_seconds_and_http_dates(value: str | None, seconds: float | None) -> None:
    assert retry_after(value, now=NOW) == seconds


@pytest.mark.parametrize(("offset", "pause"), [(3600, 10.0), (-3600, 0.0)], ids=["future", "past"])
def test_429_honours_an_http_date_retry_after(docs: DocsServer, offset: int, pause: float) -> None:
    when = email.utils.formatdate(time.time() + offset, usegmt=True)
    answers = iter([Reply(429, headers={"Retry-After": when}), Reply(200, b"ok")])
    docs.routes["/p.md"] = lambda seen: next(answers)
    sleeps = Sleeps()
    result = fetch(
        FetchRequest(docs.url("/p.md")),
        FetchOptions(retries=1, backoff=1.0, max_backoff=10, trust_env=False),
        sleeps,
    )
    assert isinstance(result, Fetched)
    assert sleeps.calls == [pause]  # not the 1 s backoff used when the header is unreadable


def test_304_to_a_request_without_validators_is_refused(docs: DocsServer) -> None:
    docs.routes["/p.md"] = Reply(304)
    result = fetch(FetchRequest(docs.url("/p.md")))
    assert isinstance(result, FetchFailed)
    assert result.status == 304 and "without ETag or Last-Modified" in result.reason


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        (
            "https://docs.example.test/a\0b",
            "invalid URL 'https://docs.example.test/a\\x00b': Invalid non-printable",
        ),
        ("http://[::1", "invalid URL 'http://[::1': Invalid port"),
        ("https://", "no host in the URL 'https://'"),
    ],
)
def test_a_malformed_url_is_a_failed_page_not_a_crash(url: str, reason: str) -> None:
    result = fetch(FetchRequest(url))
    assert isinstance(result, FetchFailed) and result.reason.startswith(reason)
