"""Building the facade's httpx clients: one per provider and kind (sync or async), shared by every call.

Their event hooks apply the per-attempt ``Scope``:

* the request hook refuses anything but https (or http to a loopback host), attaches the key (the httpx
  client itself never holds it, so nothing that prints the client can leak it), sets the attempt's
  timeouts and notes the request, whose key header is taken out once the attempt is over;
* the response hook keeps the raw ``httpx.Response``, takes an echoed key out of its headers, and reads
  the body through ``BodyFilter``: decompressed here with a limit (a gzip bomb stops at the limit, not
  at the end of memory), capped at the attempt's size limit, and with any echo of the key replaced.

An attempt's deadline also holds while a server drips its headers: each client's network backend is
wrapped by ``intermission.transport.deadline``, which clamps every network wait to the time left.

The clients keep no cookies, and they all share one TLS context.
"""

from __future__ import annotations

import functools
import zlib
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from intermission.errors import ResponseTooLarge, UnreadableAnswer
from intermission.transport import seams
from intermission.transport.credentials import Credentials, install_log_filter
from intermission.transport.https import check_url
from intermission.transport.scope import CURRENT
from intermission.transport.settings import DEFAULT_MAX_CONNECTIONS, Timeouts

if TYPE_CHECKING:
    import ssl  # httpx too imports it only when a client is built

HTTPClientT = TypeVar("HTTPClientT", httpx.Client, httpx.AsyncClient)

ACCEPT_ENCODING = "gzip, deflate"  # what BodyFilter can decompress with a limit
_WBITS = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}


# ------------------------------------------------------------------------------------------- bodies


class BodyFilter:
    """Decompress (gzip/deflate) with a limit, count, and redact the key, chunk by chunk."""

    __slots__ = ("_count", "_credentials", "_decoder", "_held", "_hold", "_limit")

    def __init__(self, encoding: str | None, limit: int, credentials: Credentials) -> None:
        self._limit = limit
        self._count = 0
        self._credentials = credentials
        self._hold = max(credentials.longest - 1, 0)
        self._held = b""
        self._decoder: Any = None
        if encoding is not None:
            wbits = _WBITS.get(encoding.strip().lower())
            if wbits is None:
                raise UnreadableAnswer(
                    f"the answer uses a content-encoding the facade did not ask for: {encoding!r}"
                )
            self._decoder = zlib.decompressobj(wbits)

    def feed(self, chunk: bytes) -> bytes:
        if self._decoder is not None:
            chunk = self._inflate(chunk)
        self._count += len(chunk)
        if self._count > self._limit:
            raise ResponseTooLarge(
                f"the answer is larger than the limit of {self._limit} bytes (max_response_bytes)"
            )
        data = self._credentials.redact_bytes(self._held + chunk)
        if self._hold and len(data) > self._hold:
            data, self._held = data[: -self._hold], data[-self._hold :]
        elif self._hold:
            data, self._held = b"", data
        return data

    def finish(self) -> bytes:
        tail = b""
        if self._decoder is not None:
            try:
                tail = self._decoder.flush()
            except zlib.error as exc:
                raise UnreadableAnswer(f"the compressed answer is broken: {exc}") from None
        data = self.feed(tail) if tail else b""
        rest, self._held = self._held, b""
        return data + self._credentials.redact_bytes(rest)

    def _inflate(self, chunk: bytes) -> bytes:
        room = self._limit - self._count + 1  # one byte more than allowed is enough to know
        try:
            return bytes(self._decoder.decompress(chunk, room))
        except zlib.error as exc:
            raise UnreadableAnswer(f"the compressed answer is broken: {exc}") from None


class _FilteredStream(httpx.SyncByteStream):
    def __init__(self, inner: Iterable[bytes], body: BodyFilter) -> None:
        self._inner = inner
        self._body = body

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._inner:
            data = self._body.feed(chunk)
            if data:
                yield data
        tail = self._body.finish()
        if tail:
            yield tail

    def close(self) -> None:
        close = getattr(self._inner, "close", None)
        if close is not None:
            close()


class _AsyncFilteredStream(httpx.AsyncByteStream):
    def __init__(self, inner: httpx.AsyncByteStream, body: BodyFilter) -> None:
        self._inner = inner
        self._body = body

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._inner:
            data = self._body.feed(chunk)
            if data:
                yield data
        tail = self._body.finish()
        if tail:
            yield tail

    async def aclose(self) -> None:
        await self._inner.aclose()


# -------------------------------------------------------------------------------------------- hooks


def _on_request(credentials: Credentials, request: httpx.Request) -> None:
    check_url(request.url)
    credentials.apply(request.headers)
    scope = CURRENT.get()
    if scope is not None:
        request.extensions["timeout"] = scope.timeout
        scope.requests.append(request)
        scope.key_headers = credentials.headers


def _on_response(credentials: Credentials, response: httpx.Response) -> BodyFilter | None:
    """Keep the raw answer, clean its headers; the filter its body must go through."""
    scope = CURRENT.get()
    if scope is None:
        return None
    scope.raw = response
    headers = response.headers
    raw_headers = headers.raw
    if credentials.appears_in_header(b"\n".join([value for _, value in raw_headers])):
        response.headers = httpx.Headers(
            [
                (name.decode("latin-1"), credentials.redact(value.decode("latin-1")))
                for name, value in raw_headers
            ]
        )
    reason = response.extensions.get("reason_phrase")
    if isinstance(reason, bytes) and credentials.appears_in_header(reason):
        response.extensions["reason_phrase"] = credentials.redact(reason.decode("latin-1")).encode("latin-1")
    encoding: str | None = None
    if "content-encoding" in headers:
        encoding = ", ".join(response.headers.get_list("content-encoding"))
        del response.headers["content-encoding"]  # decompressed by BodyFilter, not again by httpx
        if encoding.strip().lower() == "identity":
            encoding = None
    return BodyFilter(encoding, scope.max_bytes, credentials)


def _hooks_sync(credentials: Credentials) -> dict[str, list[Callable[..., Any]]]:
    def request_hook(request: httpx.Request) -> None:
        _on_request(credentials, request)

    def response_hook(response: httpx.Response) -> None:
        body = _on_response(credentials, response)
        if body is not None:
            response.stream = _FilteredStream(response.stream, body)  # type: ignore[arg-type]

    return {"request": [request_hook], "response": [response_hook]}


def _hooks_async(credentials: Credentials) -> dict[str, list[Callable[..., Any]]]:
    async def request_hook(request: httpx.Request) -> None:
        _on_request(credentials, request)

    async def response_hook(response: httpx.Response) -> None:
        body = _on_response(credentials, response)
        if body is not None:
            response.stream = _AsyncFilteredStream(response.stream, body)  # type: ignore[arg-type]

    return {"request": [request_hook], "response": [response_hook]}


# --------------------------------------------------------------------------------------- the clients


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
    the jar also spares every answer a pass through ``http.cookiejar``.
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
    cls: type[HTTPClientT],
    base_url: str,
    timeouts: Timeouts,
    max_connections: int,
    hooks: dict[str, list[Callable[..., Any]]],
) -> HTTPClientT:
    """What the sync and async httpx clients share: checked URL, timeouts, no redirects, pool size, the
    process's TLS context, no cookie jar, keys kept out of httpx's logs."""
    check_url(base_url)
    install_log_filter()
    client = cls(
        base_url=base_url,
        timeout=_httpx_timeout(timeouts),
        follow_redirects=False,
        limits=httpx.Limits(max_connections=max_connections, max_keepalive_connections=max_connections),
        verify=_tls_context(),
        headers={"accept-encoding": ACCEPT_ENCODING},
        event_hooks=hooks,
    )
    seams.set_cookie_jar(client, _Cookieless())
    return client


def build_sync_client(
    base_url: str,
    credentials: Credentials,
    timeouts: Timeouts,
    *,
    max_connections: int = DEFAULT_MAX_CONNECTIONS,
) -> httpx.Client:
    """The one httpx client a provider's sync facade uses: no redirects, key added per request."""
    # Here, not at the top: it imports httpcore, which httpx too imports only when a client is built.
    from intermission.transport.deadline import DeadlineBackend

    client = _build(_Client, base_url, timeouts, max_connections, _hooks_sync(credentials))
    seams.wrap_network_backends(client, DeadlineBackend)
    return client


def build_async_client(
    base_url: str,
    credentials: Credentials,
    timeouts: Timeouts,
    *,
    max_connections: int = DEFAULT_MAX_CONNECTIONS,
) -> httpx.AsyncClient:
    """The one httpx client a provider's async facade (and the bulk functions) use."""
    from intermission.transport.deadline import AsyncDeadlineBackend

    client = _build(_AsyncClient, base_url, timeouts, max_connections, _hooks_async(credentials))
    seams.wrap_network_backends(client, AsyncDeadlineBackend)
    return client
