"""The one place with transport policy: timeouts, deadlines, retries, backoff, Retry-After, the https rule,
redirects, credentials on the wire, logging of attempts, and the mapping of wire outcomes to errors.

Adapters never retry and never touch httpx settings. They hand over a ``Call`` (a thunk around a generated
``sync_detailed`` / ``asyncio_detailed``); a facade operation is written once as a generator of ``Send`` /
``Sleep`` steps (``attempts`` below does the retrying) and two small drivers run it, ``run_sync`` with
blocking I/O and ``run_async`` on asyncio.

Per-attempt settings reach httpx through a context variable read by the clients' event hooks, so one httpx
client per provider serves every call (and every bulk task) with its own timeout:

* the request hook refuses anything but https (or http to a loopback host), attaches the key (the httpx
  client itself never holds it, so nothing that prints the client can leak it), and sets the attempt's
  timeouts;
* the response hook keeps the raw ``httpx.Response`` (the generated layer loses it when it raises, e.g.
  ``HTTPStatus(520)``) and, for the sync client, enforces the attempt's total time while the body streams.
  The async driver wraps each attempt in ``asyncio.timeout``.

The clients keep no cookies, and they all share one TLS context.
"""

from __future__ import annotations

import contextlib
import contextvars
import email.utils
import enum
import functools
import ipaddress
import logging
import random
import time
from collections.abc import Awaitable, Callable, Generator, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar, cast

import httpx

if TYPE_CHECKING:
    import ssl  # httpx too imports it only when a client is built

from intermission.errors import (
    AuthenticationError,
    ConfigurationError,
    ConnectionFailed,
    InsecureTransport,
    IntermissionError,
    NotFound,
    PermissionDenied,
    ProviderError,
    RateLimited,
    RequestInvalid,
    Timeout,
    excerpt,
)

log = logging.getLogger("intermission")

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
HTTPClient = TypeVar("HTTPClient", httpx.Client, httpx.AsyncClient)

REQUEST_ID_HEADERS = (
    "x-request-id",
    "request-id",
    "x-amzn-requestid",
    "x-correlation-id",
    "x-trace-id",
    "cf-ray",
)


# --------------------------------------------------------------------------------------------- settings


@dataclass(frozen=True)
class Timeouts:
    """``connect``: to open a connection; ``total``: one attempt, from sending to the last byte of the answer;
    ``deadline``: one facade call, every attempt, backoff wait and status check included (``None``: none).
    """

    connect: float = 5.0
    total: float = 30.0
    deadline: float | None = 60.0

    def __post_init__(self) -> None:
        for name in ("connect", "total", "deadline"):
            value = getattr(self, name)
            if value is not None and not value > 0:
                raise ConfigurationError(
                    f"timeout {name} must be a positive number of seconds, not {value!r}"
                )

    @classmethod
    def coerce(cls, value: float | Timeouts | None, base: Timeouts | None = None) -> Timeouts:
        """A number is the per-attempt ``total`` (connect is capped by it); ``None`` keeps ``base``."""
        base = base or cls()
        if value is None:
            return base
        if isinstance(value, Timeouts):
            return value
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ConfigurationError(f"timeout must be seconds or Timeouts, not {type(value).__name__}")
        return cls(connect=min(base.connect, value), total=value, deadline=base.deadline)

    def with_deadline(self, deadline: float | None) -> Timeouts:
        return Timeouts(connect=self.connect, total=self.total, deadline=deadline)


async def _asyncio_sleep(seconds: float) -> None:
    import asyncio  # here, not at the top: a blocking client never loads asyncio

    await asyncio.sleep(seconds)


@dataclass(frozen=True)
class RetryPolicy:
    """Retries with exponential backoff: ``initial_backoff * 2**n`` capped at ``max_backoff``, minus up to
    ``jitter`` of it at random; a ``Retry-After`` (seconds, milliseconds or HTTP date) wins, capped at
    ``max_retry_after``. ``sleep`` / ``async_sleep`` / ``rng`` are injectable so tests run fast.

    Retried: 429, 503 and failures to connect (nothing was done); 502, 504, resets after sending and
    read timeouts are ambiguous, so a pause/resume/stop first asks the vendor for the status and only
    retries when the transition has not happened. Never retried: any other 4xx.
    """

    max_retries: int = 2
    initial_backoff: float = 0.5
    max_backoff: float = 8.0
    jitter: float = 0.25
    max_retry_after: float = 60.0
    sleep: Callable[[float], None] = field(default=time.sleep, compare=False)
    async_sleep: Callable[[float], Awaitable[None]] = field(default=_asyncio_sleep, compare=False)
    rng: Callable[[], float] = field(default=random.random, compare=False)

    def __post_init__(self) -> None:
        if (
            isinstance(self.max_retries, bool)
            or not isinstance(self.max_retries, int)
            or self.max_retries < 0
        ):
            raise ConfigurationError(f"retries must be a non-negative integer, not {self.max_retries!r}")

    @classmethod
    def coerce(cls, value: int | RetryPolicy | None, base: RetryPolicy | None = None) -> RetryPolicy:
        base = base or cls()
        if value is None:
            return base
        if isinstance(value, RetryPolicy):
            return value
        return cls(
            max_retries=value,
            initial_backoff=base.initial_backoff,
            max_backoff=base.max_backoff,
            jitter=base.jitter,
            max_retry_after=base.max_retry_after,
            sleep=base.sleep,
            async_sleep=base.async_sleep,
            rng=base.rng,
        )

    def delay(self, retry: int, retry_after: float | None = None) -> float:
        """Seconds to wait before retry number ``retry`` (0-based)."""
        if retry_after is not None:
            return min(max(retry_after, 0.0), self.max_retry_after)
        backoff = min(self.initial_backoff * (2.0**retry), self.max_backoff)
        return max(backoff * (1.0 - self.jitter * self.rng()), 0.0)


@dataclass(frozen=True)
class Policy:
    timeouts: Timeouts = field(default_factory=Timeouts)
    retry: RetryPolicy = field(default_factory=RetryPolicy)


class Credentials:
    """The header that carries a key. Its repr never shows the key."""

    __slots__ = ("_header", "_value")

    def __init__(self, header: str, value: str) -> None:
        self._header = header
        self._value = value

    @property
    def header(self) -> str:
        return self._header

    def apply(self, headers: httpx.Headers) -> None:
        headers[self._header] = self._value

    def redact(self, text: str) -> str:
        secret = self._value.split(" ")[-1]
        return text.replace(secret, "***") if len(secret) >= 4 else text

    def __repr__(self) -> str:
        return f"Credentials(header={self._header!r}, value='***')"

    def __reduce__(self) -> Any:
        raise TypeError("credentials are not picklable")


# --------------------------------------------------------------------------------- the https rule


def is_loopback(host: str) -> bool:
    host = host.strip("[]").lower().rstrip(".")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@functools.lru_cache(maxsize=64)
def _allowed(scheme: str, host: str) -> bool:
    return bool(host) and (scheme == "https" or (scheme == "http" and is_loopback(host)))


def check_url(url: str | httpx.URL) -> httpx.URL:
    """Keys travel only over https, or over http to a loopback host (127.0.0.0/8, ::1, localhost)."""
    try:
        parsed = url if isinstance(url, httpx.URL) else httpx.URL(url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise ConfigurationError(f"invalid base URL {str(url)!r}") from exc
    if _allowed(parsed.scheme, parsed.host):
        return parsed
    if parsed.scheme == "http":
        raise InsecureTransport(
            f"refusing to send an API key over plain http to {parsed.host!r}: use https "
            "(plain http is allowed only to loopback hosts)"
        )
    raise ConfigurationError(f"base URL must be an https:// URL, not {str(url)!r}")


# ----------------------------------------------------------------------------- per-attempt scope


@dataclass
class _Scope:
    timeout: dict[str, float]
    ends_at: float
    raw: httpx.Response | None = None


_SCOPE: contextvars.ContextVar[_Scope | None] = contextvars.ContextVar("intermission_attempt", default=None)


class _DeadlineStream(httpx.SyncByteStream):
    """Ends a body that is still streaming when the attempt's total time has run out."""

    def __init__(self, inner: httpx.SyncByteStream, ends_at: float) -> None:
        self._inner = inner
        self._ends_at = ends_at

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._inner:
            if time.monotonic() > self._ends_at:
                raise httpx.ReadTimeout("the attempt's total timeout ran out while reading the body")
            yield chunk

    def close(self) -> None:
        self._inner.close()


def _on_request(credentials: Credentials, request: httpx.Request) -> None:
    check_url(request.url)
    credentials.apply(request.headers)
    scope = _SCOPE.get()
    if scope is not None:
        request.extensions["timeout"] = scope.timeout


def _hooks_sync(credentials: Credentials) -> dict[str, list[Callable[..., Any]]]:
    def request_hook(request: httpx.Request) -> None:
        _on_request(credentials, request)

    def response_hook(response: httpx.Response) -> None:
        scope = _SCOPE.get()
        if scope is not None:
            scope.raw = response
            if isinstance(response.stream, httpx.SyncByteStream):
                response.stream = _DeadlineStream(response.stream, scope.ends_at)

    return {"request": [request_hook], "response": [response_hook]}


def _hooks_async(credentials: Credentials) -> dict[str, list[Callable[..., Any]]]:
    async def request_hook(request: httpx.Request) -> None:
        _on_request(credentials, request)

    async def response_hook(response: httpx.Response) -> None:
        scope = _SCOPE.get()
        if scope is not None:
            scope.raw = response

    return {"request": [request_hook], "response": [response_hook]}


def _httpx_timeout(timeouts: Timeouts) -> httpx.Timeout:
    return httpx.Timeout(timeouts.total, connect=min(timeouts.connect, timeouts.total))


@functools.cache
def _tls_context() -> ssl.SSLContext:
    """One TLS context for every facade client in the process. Loading the CA bundle takes tens of
    milliseconds, and httpx would otherwise load it again for each client (``pause_many`` makes one client
    per provider on every call). ``SSL_CERT_FILE`` / ``SSL_CERT_DIR`` are read when it is first needed.
    """
    return httpx.create_ssl_context()


class _Cookieless(httpx.Cookies):
    """The facade's clients keep no cookies. The key authenticates every call, and a cookie set by one
    answer (a session, a load balancer's stickiness) must not ride along on the calls after it. Skipping
    the jar also spares every answer a pass through ``http.cookiejar``: about a third of the client's time
    for a call answered by ``httpx.MockTransport``.
    """

    def extract_cookies(self, response: httpx.Response) -> None:
        return None


def _query_in_url(
    url: httpx.URL | str, params: Any, client_params: httpx.QueryParams
) -> tuple[httpx.URL | str, Any]:
    """``(url?query, None)`` for a relative URL string and the ``params`` the generated code passes;
    ``(url, params)`` unchanged otherwise.

    httpx merges ``params`` into a request by parsing the whole URL a second time, which is the largest
    cost a generated call adds to a bare ``httpx`` request. Written into the URL string, the query is
    encoded by the same ``QueryParams`` and quoted by the same parser, so the bytes sent are the same
    (``tests/wrappers/test_transport.py`` checks this against httpx's own merge).
    """
    if not params or client_params or not isinstance(url, str) or "?" in url or "#" in url:
        return url, params
    return f"{url}?{httpx.QueryParams(params)}", None


class _Client(httpx.Client):
    def build_request(
        self, method: str, url: httpx.URL | str, *, params: Any = None, **kw: Any
    ) -> httpx.Request:
        url, params = _query_in_url(url, params, self.params)
        return super().build_request(method, url, params=params, **kw)


class _AsyncClient(httpx.AsyncClient):
    def build_request(
        self, method: str, url: httpx.URL | str, *, params: Any = None, **kw: Any
    ) -> httpx.Request:
        url, params = _query_in_url(url, params, self.params)
        return super().build_request(method, url, params=params, **kw)


def _build(
    cls: type[HTTPClient],
    base_url: str,
    timeouts: Timeouts,
    max_connections: int,
    hooks: dict[str, list[Callable[..., Any]]],
) -> HTTPClient:
    """What the sync and async httpx clients share: checked URL, timeouts, no redirects, pool size, the
    process's TLS context, no cookie jar."""
    check_url(base_url)
    client = cls(
        base_url=base_url,
        timeout=_httpx_timeout(timeouts),
        follow_redirects=False,
        limits=httpx.Limits(max_connections=max_connections, max_keepalive_connections=max_connections),
        verify=_tls_context(),
        event_hooks=hooks,
    )
    client._cookies = _Cookieless()  # where httpx keeps a client's jar
    return client


def build_sync_client(
    base_url: str, credentials: Credentials, timeouts: Timeouts, *, max_connections: int = 100
) -> httpx.Client:
    """The one httpx client a provider's sync facade uses: no redirects, key added per request."""
    return _build(_Client, base_url, timeouts, max_connections, _hooks_sync(credentials))


def build_async_client(
    base_url: str, credentials: Credentials, timeouts: Timeouts, *, max_connections: int = 100
) -> httpx.AsyncClient:
    """The one httpx client a provider's async facade (and the bulk functions) use."""
    return _build(_AsyncClient, base_url, timeouts, max_connections, _hooks_async(credentials))


# ------------------------------------------------------------------------------ calls and steps


class GeneratedResponse(Protocol[T_co]):
    """What every generated package's ``types.Response`` offers."""

    @property
    def parsed(self) -> T_co | None: ...


@dataclass(frozen=True)
class Call:
    """One vendor operation, bound to its arguments: the generated sync and async functions as thunks."""

    vendor_operation: str
    sync: Callable[[], GeneratedResponse[object]]
    aio: Callable[[], Awaitable[GeneratedResponse[object]]]


@dataclass(frozen=True, slots=True)
class CallInfo:
    """Who and what, for logs and errors."""

    provider: str
    operation: str
    vendor_operation: str
    id: str | None


@dataclass(slots=True)
class Send:
    call: Call
    info: CallInfo
    attempt: int
    budget: float
    connect: float


@dataclass(slots=True)
class Sleep:
    seconds: float


Step = Send | Sleep
Flow = Generator[Step, "Exchange | None", T]


class _DeadlineExceeded(Exception):
    """The call's deadline left no time for (another) attempt."""


@dataclass(slots=True)
class Exchange:
    """One attempt: what came over the wire, what the generated layer made of it, what went wrong."""

    info: CallInfo
    attempt: int
    raw: httpx.Response | None
    parsed: object | None
    error: BaseException | None
    latency: float = 0.0

    @property
    def status_code(self) -> int | None:
        return None if self.raw is None else self.raw.status_code

    @property
    def ok(self) -> bool:
        """A 2xx answer that the generated layer parsed."""
        return self.error is None and self.raw is not None and 200 <= self.raw.status_code < 300

    @property
    def answered(self) -> bool:
        """An HTTP answer arrived in full (whatever its status), even if the generated layer choked on it."""
        return self.raw is not None and not _is_transport_error(self.error)

    def body(self) -> bytes | None:
        if self.raw is None:
            return None
        try:
            return self.raw.content
        except httpx.ResponseNotRead:
            return None

    def json(self) -> object:
        """The body as JSON, or ``None`` when it is not JSON."""
        body = self.body()
        if not body:
            return None
        try:
            return cast(object, self.raw.json() if self.raw is not None else None)
        except ValueError:
            return None

    def header(self, name: str) -> str | None:
        return None if self.raw is None else self.raw.headers.get(name)


@dataclass(frozen=True, slots=True)
class Confirm(Generic[T]):
    """How to learn, after an ambiguous failure, whether a transition already happened.

    ``prepare`` builds the status call only when it is needed, which is rarely.
    """

    prepare: Callable[[], tuple[Call, CallInfo]]
    check: Callable[[Exchange], T | None]


@dataclass(frozen=True, slots=True)
class Confirmed(Generic[T]):
    value: T


class Deadline:
    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.ends_at = None if seconds is None else time.monotonic() + seconds

    def remaining(self) -> float | None:
        return None if self.ends_at is None else self.ends_at - time.monotonic()

    def budget(self, total: float) -> float:
        remaining = self.remaining()
        return total if remaining is None else min(total, remaining)


# ---------------------------------------------------------------------------------- the retry loop


class Verdict(enum.Enum):
    DONE = "done"  # an answer to hand back (success or a final error)
    RETRY = "retry"  # nothing was done: safe to send again
    AMBIGUOUS = "ambiguous"  # the request may have been acted on: confirm before sending again


def _is_transport_error(error: BaseException | None) -> bool:
    return isinstance(error, httpx.TransportError | TimeoutError)


def classify(exchange: Exchange) -> Verdict:
    error = exchange.error
    if error is None and exchange.raw is not None:  # the common case: an answer, parsed
        return _verdict_for_status(exchange.raw.status_code)
    if isinstance(error, _DeadlineExceeded):
        return Verdict.DONE
    if isinstance(error, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout):
        return Verdict.RETRY
    if isinstance(
        error, httpx.TimeoutException | httpx.NetworkError | httpx.RemoteProtocolError | TimeoutError
    ):
        return Verdict.AMBIGUOUS
    if isinstance(error, httpx.TransportError) or exchange.raw is None:
        return Verdict.DONE
    return _verdict_for_status(exchange.raw.status_code)


def _verdict_for_status(status: int) -> Verdict:
    if status in (429, 503):
        return Verdict.RETRY
    if status in (502, 504):
        return Verdict.AMBIGUOUS
    return Verdict.DONE


def retry_after(exchange: Exchange, now: Callable[[], float] = time.time) -> float | None:
    """Seconds from ``retry-after-ms`` or ``Retry-After`` (seconds or an HTTP date), if present."""
    milliseconds = exchange.header("retry-after-ms")
    if milliseconds:
        try:
            return max(float(milliseconds) / 1000.0, 0.0)
        except ValueError:
            pass
    value = exchange.header("retry-after")
    if not value:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(when.timestamp() - now(), 0.0)


def _expired(info: CallInfo, attempt: int, deadline: Deadline) -> Exchange:
    error = _DeadlineExceeded(f"the call's deadline of {deadline.seconds} s ran out")
    return Exchange(info, attempt, None, None, error)


def plan_attempt(
    call: Call, info: CallInfo, policy: Policy, deadline: Deadline, attempt: int = 1
) -> Send | None:
    """Attempt number ``attempt`` (the first by default), or ``None`` when the deadline leaves no time."""
    budget = deadline.budget(policy.timeouts.total)
    if budget <= 0.0:
        return None
    return Send(call, info, attempt, budget, min(policy.timeouts.connect, budget))


def attempts(
    call: Call,
    info: CallInfo,
    policy: Policy,
    deadline: Deadline,
    confirm: Confirm[T] | None = None,
    first: Exchange | None = None,
) -> Generator[Step, Exchange | None, Exchange | Confirmed[T]]:
    """Send ``call`` until it gets a final answer, the retries run out or the deadline does.

    With ``confirm`` (a pause, resume or stop), an ambiguous failure is followed by a status check; when
    the transition already happened, that is the outcome and the request is not sent again. ``first`` is
    the outcome of ``plan_attempt`` when the caller already sent it.
    """
    retry = 0
    last: Exchange | None = None
    while True:
        if first is not None:
            exchange, first = first, None
        else:
            send = plan_attempt(call, info, policy, deadline, retry + 1)
            if send is None:
                return last if last is not None else _expired(info, retry + 1, deadline)
            received = yield send
            assert received is not None
            exchange = received
        verdict = classify(exchange)
        if verdict is Verdict.DONE:
            return exchange
        last = exchange
        if verdict is Verdict.AMBIGUOUS and confirm is not None:
            status_call, status_info = confirm.prepare()
            status_send = plan_attempt(status_call, status_info, policy, deadline, retry + 1)
            if status_send is not None:
                checked = yield status_send
                assert checked is not None
                value = confirm.check(checked)
                if value is not None:
                    log.info(
                        "%s %s id=%s: already done after an ambiguous failure (%s); not sent again",
                        info.provider,
                        info.operation,
                        info.id,
                        _outcome(exchange),
                    )
                    return Confirmed(value)
        if retry >= policy.retry.max_retries:
            return exchange
        delay = policy.retry.delay(retry, retry_after(exchange))
        remaining = deadline.remaining()
        if remaining is not None and delay >= remaining:
            log.info(
                "%s %s id=%s: not retrying after %s: the deadline leaves %.2f s, the wait is %.2f s",
                info.provider,
                info.operation,
                info.id,
                _outcome(exchange),
                max(remaining, 0.0),
                delay,
            )
            return exchange
        log.info(
            "%s %s id=%s: retry %d in %.2f s after %s",
            info.provider,
            info.operation,
            info.id,
            retry + 1,
            delay,
            _outcome(exchange),
        )
        yield Sleep(delay)
        retry += 1


# ----------------------------------------------------------------------------------------- drivers


def _outcome(exchange: Exchange) -> str:
    if exchange.error is not None and not exchange.answered:
        return type(exchange.error).__name__
    return str(exchange.status_code)


def _log_attempt(exchange: Exchange) -> None:
    if not log.isEnabledFor(logging.DEBUG):
        return
    info = exchange.info
    outcome = _outcome(exchange)
    log.debug(
        "%s %s (%s) id=%s attempt %d: %s in %.1f ms",
        info.provider,
        info.operation,
        info.vendor_operation,
        info.id,
        exchange.attempt,
        outcome,
        exchange.latency * 1000.0,
        extra={
            "provider": info.provider,
            "operation": info.operation,
            "vendor_operation": info.vendor_operation,
            "id": info.id,
            "status": exchange.status_code,
            "outcome": outcome,
            "attempt": exchange.attempt,
            "latency": exchange.latency,
        },
    )


def _scope(send: Send) -> _Scope:
    timeout = {"connect": send.connect, "read": send.budget, "write": send.budget, "pool": send.budget}
    return _Scope(timeout=timeout, ends_at=time.monotonic() + send.budget)


def execute_sync(send: Send) -> Exchange:
    """Send one attempt with blocking I/O; whatever happens is in the ``Exchange``."""
    scope = _scope(send)
    token = _SCOPE.set(scope)
    started = time.perf_counter()
    parsed: object | None = None
    error: BaseException | None = None
    try:
        parsed = send.call.sync().parsed
    except Exception as exc:  # the generated layer or httpx: classified below, never lost
        error = exc
    finally:
        _SCOPE.reset(token)
    exchange = Exchange(send.info, send.attempt, scope.raw, parsed, error, time.perf_counter() - started)
    _log_attempt(exchange)
    return exchange


async def execute_async(send: Send) -> Exchange:
    """Send one attempt on asyncio, within its total time; whatever happens is in the ``Exchange``."""
    import asyncio

    scope = _scope(send)
    token = _SCOPE.set(scope)
    started = time.perf_counter()
    parsed: object | None = None
    error: BaseException | None = None
    try:
        async with asyncio.timeout(send.budget):
            parsed = (await send.call.aio()).parsed
    except Exception as exc:  # includes TimeoutError from asyncio.timeout
        error = exc
    finally:
        _SCOPE.reset(token)
    exchange = Exchange(send.info, send.attempt, scope.raw, parsed, error, time.perf_counter() - started)
    _log_attempt(exchange)
    return exchange


def run_sync(flow: Flow[T], retry: RetryPolicy) -> T:
    """Drive a flow with blocking I/O."""
    try:
        step = next(flow)
        while True:
            if isinstance(step, Sleep):
                retry.sleep(step.seconds)
                step = flow.send(None)
            else:
                step = flow.send(execute_sync(step))
    except StopIteration as stop:
        return cast(T, stop.value)


async def run_async(flow: Flow[T], retry: RetryPolicy) -> T:
    """Drive a flow on asyncio."""
    try:
        step = next(flow)
        while True:
            if isinstance(step, Sleep):
                await retry.async_sleep(step.seconds)
                step = flow.send(None)
            else:
                step = flow.send(await execute_async(step))
    except StopIteration as stop:
        return cast(T, stop.value)


# ----------------------------------------------------------------------- wire outcomes -> errors


def request_id(exchange: Exchange) -> str | None:
    for name in REQUEST_ID_HEADERS:
        value = exchange.header(name)
        if value:
            return excerpt(value, 100)
    return None


def _scrub(exchange: Exchange, credentials: Credentials) -> None:
    """Take the key out of the requests an error keeps reachable (``__cause__.request``, the raw answer's)."""
    requests: list[httpx.Request] = []
    if exchange.raw is not None:
        with contextlib.suppress(RuntimeError):
            requests.append(exchange.raw.request)
    if isinstance(exchange.error, httpx.RequestError):
        with contextlib.suppress(RuntimeError):
            requests.append(exchange.error.request)
    for request in requests:
        request.headers.pop(credentials.header, None)


def error_for(
    exchange: Exchange, credentials: Credentials | None = None, deadline: Deadline | None = None
) -> IntermissionError:
    """The facade error for a final, unsuccessful exchange (the cause attached)."""
    info = exchange.info
    status = exchange.status_code if exchange.answered else None
    context: dict[str, Any] = {
        "provider": info.provider,
        "operation": info.operation,
        "vendor_operation": info.vendor_operation,
        "id": info.id,
        "http_status": status,
        "request_id": request_id(exchange),
    }
    cause = exchange.error
    if credentials is not None:
        _scrub(exchange, credentials)
    body = excerpt(exchange.body()) if status is not None else None
    if body is not None and credentials is not None:
        body = credentials.redact(body)
    detail = f": {body}" if body else ""
    error: IntermissionError
    if isinstance(cause, IntermissionError):
        for key, value in context.items():
            if getattr(cause, key, None) is None:
                setattr(cause, key, value)
        return cause
    if isinstance(cause, _DeadlineExceeded):
        error = Timeout(str(cause), **context)
    elif status is None:
        if isinstance(cause, httpx.TimeoutException | TimeoutError):
            what = "no answer within the attempt's timeout"
            if deadline is not None and deadline.seconds is not None and (deadline.remaining() or 0.0) <= 0.0:
                what = f"no answer within the call's deadline of {deadline.seconds} s"
            error = Timeout(f"{what} ({type(cause).__name__})", **context)
        else:
            reason = credentials.redact(str(cause)) if credentials is not None else str(cause)
            error = ConnectionFailed(
                f"connection failed: {type(cause).__name__}: {excerpt(reason, 120)}", **context
            )
    elif 200 <= status < 300:
        error = ProviderError(f"unreadable answer to HTTP {status}{detail}", body=body, **context)
    elif status == 401:
        error = AuthenticationError(f"the API key was rejected{detail}", **context)
    elif status == 403:
        error = PermissionDenied(f"permission denied{detail}", **context)
    elif status == 404:
        error = NotFound(f"not found{detail}", **context)
    elif status == 429:
        error = RateLimited(f"rate limited{detail}", retry_after=retry_after(exchange), **context)
    elif status in (400, 422):
        error = RequestInvalid(f"request refused{detail}", **context)
    elif 300 <= status < 400:
        location = exchange.header("location")
        error = ProviderError(
            f"redirect to {excerpt(location, 120)!r} not followed (the key is never sent to another URL)",
            body=body,
            **context,
        )
    else:
        error = ProviderError(f"unexpected HTTP {status}{detail}", body=body, **context)
    if cause is None and exchange.raw is not None and status is not None:
        # The generated layer parsed the answer without raising: the HTTP status is the original error.
        # (Its request no longer carries the key: see _scrub above.)
        with contextlib.suppress(RuntimeError):
            cause = httpx.HTTPStatusError(
                f"HTTP {status}", request=exchange.raw.request, response=exchange.raw
            )
    error.__cause__ = cause
    return error


__all__ = [
    "Call",
    "CallInfo",
    "Confirm",
    "Confirmed",
    "Credentials",
    "Deadline",
    "Exchange",
    "Flow",
    "Policy",
    "RetryPolicy",
    "Send",
    "Sleep",
    "Timeouts",
    "attempts",
    "build_async_client",
    "build_sync_client",
    "check_url",
    "classify",
    "error_for",
    "execute_async",
    "execute_sync",
    "is_loopback",
    "plan_attempt",
    "run_async",
    "run_sync",
]
