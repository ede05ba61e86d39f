"""Download vendor pages: conditional GETs, bounded concurrency, retries, a size cap and
redirects that may not leave the page's own origin (scheme, host and port)."""

from __future__ import annotations

import asyncio
import datetime
import email.utils
import math
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

import httpx

from codegen.ingest.page import MAX_PAGE_BYTES
from codegen.vocabulary import reason_phrase

Sleep = Callable[[float], Awaitable[None]]

REDIRECTS = frozenset({301, 302, 303, 307, 308})
GONE = frozenset({404, 410})
USER_AGENT = "intermission-refresh/1 (+python -m codegen refresh)"


@dataclass(frozen=True)
class FetchOptions:
    concurrency: int = 4
    timeout: float = 30.0  # seconds for one attempt, connect to last byte
    retries: int = 2  # extra attempts after a 5xx, a 429 or a connection error
    backoff: float = 1.0  # first pause between attempts; doubles each time
    max_backoff: float = 10.0  # cap of any pause, Retry-After included
    max_bytes: int = MAX_PAGE_BYTES
    max_redirects: int = 5
    trust_env: bool = True  # honour HTTP(S)_PROXY and friends


@dataclass(frozen=True)
class FetchRequest:
    url: str
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class Fetched:
    """200: the page body and the validators to send next time."""

    content: bytes
    etag: str | None
    last_modified: str | None
    content_type: str | None
    final_url: str


@dataclass(frozen=True)
class NotModified:
    """304: the copy we keep is current."""


@dataclass(frozen=True)
class FetchFailed:
    reason: str
    status: int | None = None


FetchResult = Fetched | NotModified | FetchFailed


@dataclass(frozen=True)
class _Retry:
    reason: str
    status: int | None = None
    after: float | None = None  # the server's Retry-After, in seconds


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    default = {"http": 80, "https": 443}.get(url.scheme)
    return url.scheme, url.host, url.port or default


def _phrase(status: int) -> str:
    phrase = reason_phrase(status)
    return f"HTTP {status} {phrase}" if phrase else f"HTTP {status}"


def retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` value: delay-seconds or an HTTP date (a past date is 0).

    None when absent or unreadable (``nan``, ``inf``, garbage): the caller's own backoff applies.
    """
    if value is None or not value.strip():
        return None
    try:
        seconds = float(value.strip())
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value.strip())
            if when.tzinfo is None:  # "-0000": HTTP dates are in GMT
                when = when.replace(tzinfo=datetime.UTC)
            seconds = when.timestamp() - (time.time() if now is None else now)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
    return max(0.0, seconds) if math.isfinite(seconds) else None


def conditional_headers(request: FetchRequest) -> dict[str, str]:
    headers = {"User-Agent": USER_AGENT}
    if request.etag:
        headers["If-None-Match"] = request.etag
    if request.last_modified:
        headers["If-Modified-Since"] = request.last_modified
    return headers


async def _read_limited(response: httpx.Response, limit: int) -> bytes | None:
    """The body, or None as soon as it grows past ``limit`` bytes."""
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        return None
    body = bytearray()
    async for chunk in response.aiter_bytes():
        body += chunk
        if len(body) > limit:
            return None
    return bytes(body)


async def _attempt(
    client: httpx.AsyncClient, request: FetchRequest, options: FetchOptions
) -> FetchResult | _Retry:
    origin = _origin(httpx.URL(request.url))
    url = httpx.URL(request.url)
    headers = conditional_headers(request)
    for _ in range(options.max_redirects + 1):
        async with client.stream("GET", url, headers=headers) as response:
            status = response.status_code
            if status in REDIRECTS:
                location = response.headers.get("location")
                if not location:
                    return FetchFailed(f"{_phrase(status)} without a Location header", status)
                target = url.join(location)
                if _origin(target) != origin:
                    return FetchFailed(
                        f"{_phrase(status)} to another host or scheme ({target}); not followed: "
                        "check where the page moved and update its url",
                        status,
                    )
                url = target
                continue
            if status == 304:
                if not (request.etag or request.last_modified):
                    return FetchFailed(
                        f"{_phrase(status)} to a request sent without ETag or Last-Modified: "
                        "nothing to be unchanged from",
                        status,
                    )
                return NotModified()
            if status == 200:
                body = await _read_limited(response, options.max_bytes)
                if body is None:
                    return FetchFailed(f"the page is larger than the {options.max_bytes}-byte limit", status)
                return Fetched(
                    content=body,
                    etag=response.headers.get("etag"),
                    last_modified=response.headers.get("last-modified"),
                    content_type=response.headers.get("content-type"),
                    final_url=str(url),
                )
            if status in GONE:
                return FetchFailed(f"{_phrase(status)}: the page was removed or moved", status)
            if status == 429 or status >= 500:
                return _Retry(_phrase(status), status, retry_after(response.headers.get("retry-after")))
            return FetchFailed(f"unexpected {_phrase(status)}", status)
    return FetchFailed(f"more than {options.max_redirects} redirects")


async def fetch_one(
    client: httpx.AsyncClient, request: FetchRequest, options: FetchOptions, sleep: Sleep = asyncio.sleep
) -> FetchResult:
    """One page, with retries; never raises for network trouble or a malformed URL."""
    try:
        url = httpx.URL(request.url)
    except httpx.InvalidURL as exc:
        return FetchFailed(f"invalid URL {request.url!r}: {exc}")
    if url.scheme not in ("http", "https"):
        return FetchFailed(f"unsupported URL scheme in {request.url!r}")
    if not url.host:
        return FetchFailed(f"no host in the URL {request.url!r}")
    attempts = options.retries + 1
    for attempt in range(attempts):
        outcome: FetchResult | _Retry
        try:
            async with asyncio.timeout(options.timeout):
                outcome = await _attempt(client, request, options)
        except (TimeoutError, httpx.TimeoutException):
            outcome = _Retry(f"no complete answer within {options.timeout:g} s")
        except httpx.TransportError as exc:
            outcome = _Retry(f"connection error: {exc or type(exc).__name__}")
        except httpx.InvalidURL as exc:
            return FetchFailed(f"invalid URL: {exc}")
        if not isinstance(outcome, _Retry):
            return outcome
        if attempt + 1 == attempts:
            tries = f" (after {attempts} attempts)" if attempts > 1 else ""
            return FetchFailed(outcome.reason + tries, outcome.status)
        delay = outcome.after if outcome.after is not None else options.backoff * 2**attempt
        await sleep(min(delay, options.max_backoff))
    raise AssertionError("unreachable")


async def fetch_all_async(
    requests: Sequence[FetchRequest], options: FetchOptions, sleep: Sleep = asyncio.sleep
) -> list[FetchResult]:
    gate = asyncio.Semaphore(max(1, options.concurrency))
    timeout = httpx.Timeout(options.timeout)
    limits = httpx.Limits(max_connections=max(1, options.concurrency))
    async with httpx.AsyncClient(
        timeout=timeout, limits=limits, follow_redirects=False, trust_env=options.trust_env
    ) as client:

        async def one(request: FetchRequest) -> FetchResult:
            async with gate:
                return await fetch_one(client, request, options, sleep)

        return list(await asyncio.gather(*(one(r) for r in requests)))


def fetch_all(
    requests: Sequence[FetchRequest], options: FetchOptions | None = None, sleep: Sleep = asyncio.sleep
) -> list[FetchResult]:
    """Fetch every request (results in the same order) from synchronous code."""
    return asyncio.run(fetch_all_async(requests, options or FetchOptions(), sleep))
