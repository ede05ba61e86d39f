"""One error hierarchy for every vendor.

::

    IntermissionError
    ├── ConfigurationError (ValueError)       bad provider name, base URL or option; raised before any request
    │   └── InsecureTransport                  a key would travel over plain http to a non-loopback host
    ├── Unsupported (NotImplementedError)     the provider has no such operation; raised before any request
    │   └── EndpointRemoved                    the vendor removed the (legacy) endpoint behind the operation
    ├── RequestInvalid (ValueError)           400/422 that is not a state error, or a bad argument
    │   └── InvalidId                          an id refused before any request
    ├── AuthenticationError                   401
    │   └── MissingCredentials                 no key (names the env var); raised before any request
    ├── PermissionDenied                      403
    ├── NotFound                              404
    ├── InvalidState                          the vendor refused the transition (current state when known)
    ├── RateLimited                           429 after the retries ran out (retry_after)
    ├── OutcomeUnknown                        a transition was sent and whether it happened cannot be learnt
    ├── GeneratedClientError                  the generated client failed (TypeError, AttributeError, ...)
    ├── ProviderError                         any other status: 5xx, 520, 499, 3xx
    │   ├── PaginationError                    a listing that does not end: a cursor repeated, too many pages
    │   └── UnreadableAnswer                   an answer the facade cannot read (broken, unknown encoding)
    │       ├── ResponseTooLarge                an answer over ``max_response_bytes`` (decompressed)
    │       └── UnreadablePage                  a page of a listing that is not of the documented shape
    └── TransportError                        no HTTP answer
        ├── ConnectionFailed                   connect/reset/protocol failure after the retries ran out
        └── Timeout (TimeoutError)             an attempt or the call's deadline ran out

Every error carries ``provider``, ``operation`` (the facade's), ``vendor_operation`` (the vendor's
operationId), ``id``, ``http_status``, ``request_id`` (the vendor's request id header), ``retry_after`` and,
while listing, ``page`` (counted from 1) where known (``as_dict()`` gives them all), and the original
exception as ``__cause__``. Messages are built from these fields, never by editing another error's text.
No error ever holds or prints an API key.
Only transport code retries, and never after a 4xx other than 429.

Standard library only, so ``import intermission`` stays cheap.
"""

from __future__ import annotations

from typing import Any

from intermission.result import State

_EXCERPT = 200


def excerpt(body: bytes | str | None, limit: int = _EXCERPT) -> str | None:
    """A short, single-line, printable excerpt of a response body (``None`` for an empty body)."""
    if body is None:
        return None
    text = body.decode("utf-8", errors="replace") if isinstance(body, bytes) else body
    text = " ".join(text.split())
    text = "".join(ch if ch.isprintable() else "?" for ch in text)
    if not text:
        return None
    return text if len(text) <= limit else text[: limit - 1] + "…"


class IntermissionError(Exception):
    """Base of every error the facade raises."""

    def __init__(
        self,
        message: str,
        *,
        provider: str | None = None,
        operation: str | None = None,
        vendor_operation: str | None = None,
        id: str | None = None,
        http_status: int | None = None,
        request_id: str | None = None,
        retry_after: float | None = None,
        page: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.provider = provider
        self.operation = operation
        self.vendor_operation = vendor_operation
        self.id = id
        self.http_status = http_status
        self.request_id = request_id
        self.retry_after = retry_after
        self.page = page

    def as_dict(self) -> dict[str, Any]:
        """The error's class name and every public field, e.g. for JSON output."""
        fields = {k: v for k, v in self.__dict__.items() if not k.startswith("_")}
        return {"error": type(self).__name__, **fields}

    def _context(self) -> list[str]:
        parts: list[str] = []
        if self.provider:
            parts.append(self.provider)
        if self.operation:
            op = self.operation
            if self.vendor_operation and self.vendor_operation != self.operation:
                op += f" ({self.vendor_operation})"
            parts.append(op)
        if self.id is not None:
            shown = self.id if len(self.id) <= 80 else self.id[:79] + "…"
            parts.append(f"id={shown!r}")
        if self.page is not None:
            parts.append(f"page {self.page}")
        if self.http_status is not None:
            parts.append(f"HTTP {self.http_status}")
        if self.request_id:
            parts.append(f"request-id={self.request_id}")
        return parts

    def __str__(self) -> str:
        context = self._context()
        return f"{self.message} [{', '.join(context)}]" if context else self.message

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        # Keep the keyword attributes across pickling (multiprocessing, bulk workers).
        return (_rebuild, (type(self), self.message, dict(self.__dict__)))


def _rebuild(cls: type[IntermissionError], message: str, state: dict[str, Any]) -> IntermissionError:
    error = cls.__new__(cls)
    Exception.__init__(error, message)
    error.__dict__.update(state)
    return error


class ConfigurationError(IntermissionError, ValueError):
    """The client cannot be built as asked (unknown provider, bad option, bad base URL)."""


class InsecureTransport(ConfigurationError):
    """An API key would be sent over plain http to a host that is not loopback."""


class Unsupported(IntermissionError, NotImplementedError):
    """The provider has no such operation (see ``intermission.capabilities()``)."""


class EndpointRemoved(Unsupported):
    """The vendor answered 404 or 410 from an endpoint of an API version it has retired (the adapter's
    ``legacy`` note, in ``change``, says what it changed), for an agent that still exists."""

    def __init__(self, message: str, *, change: str, **context: Any) -> None:
        super().__init__(message, **context)
        self.change = change


class RequestInvalid(IntermissionError, ValueError):
    """The request was refused as invalid: a 400/422 that is not a state error, or a bad argument."""


class InvalidId(RequestInvalid):
    """An id refused before any request (empty, ``..``, ``/``, control characters, too long, wrong kind)."""


class AuthenticationError(IntermissionError):
    """The vendor rejected the key (401)."""


class MissingCredentials(AuthenticationError, ConfigurationError):
    """No API key (or Codegen organization id) was given or found in the environment."""

    def __init__(self, message: str, *, env_var: str, provider: str | None = None) -> None:
        super().__init__(message, provider=provider)
        self.env_var = env_var


class PermissionDenied(IntermissionError):
    """The key may not act on that resource (403; Codegen: another organization)."""


class NotFound(IntermissionError):
    """No session, task or run with that id (404)."""


class InvalidState(IntermissionError):
    """The vendor refused the transition in the agent's current state (``current_state`` where known;
    ``body``: an excerpt of the refusal)."""

    def __init__(
        self,
        message: str,
        *,
        current_state: State | None = None,
        raw_status: str | None = None,
        body: str | None = None,
        **context: Any,
    ) -> None:
        super().__init__(message, **context)
        self.current_state = current_state
        self.raw_status = raw_status
        self.body = body


class RateLimited(IntermissionError):
    """Still rate limited (429) when the retries or the deadline ran out (``retry_after`` when given)."""


class OutcomeUnknown(IntermissionError):
    """A pause, resume or stop was sent, its answer was lost or did not say whether it worked, and the
    status could not be read within the deadline either. It was not sent again: check the status before
    retrying. ``times_sent``: how often the request went out; ``message_sent``: the resume message, if any;
    ``current_state``: the state last read, when one was (it was not the target state).
    """

    def __init__(
        self,
        message: str,
        *,
        times_sent: int,
        message_sent: str | None = None,
        current_state: State | None = None,
        **context: Any,
    ) -> None:
        super().__init__(message, **context)
        self.times_sent = times_sent
        self.message_sent = message_sent
        self.current_state = current_state


class GeneratedClientError(IntermissionError):
    """The generated client raised where it should not (``TypeError``, ``AttributeError``, ...): it no longer
    fits the adapter or the answer. The original is the ``__cause__``."""


class ProviderError(IntermissionError):
    """The vendor answered with a status the facade does not map (5xx, 520, 499, 3xx).

    ``body`` is a short excerpt of what came back.
    """

    def __init__(self, message: str, *, body: str | None = None, **context: Any) -> None:
        super().__init__(message, **context)
        self.body = body


class PaginationError(ProviderError):
    """A listing that would not end: the vendor handed back a cursor (or a page) it had already given, or
    the pages went past the bound (``max_pages``). ``page`` names the page where it was noticed."""


class UnreadableAnswer(ProviderError):
    """An answer the facade cannot read: not what the vendor documents, broken compression, an encoding it
    did not ask for."""


class ResponseTooLarge(UnreadableAnswer):
    """An answer larger than the client's ``max_response_bytes`` (counted after decompression)."""


class UnreadablePage(UnreadableAnswer):
    """A page of a listing that is not of the shape the vendor documents (``page`` names it)."""


class TransportError(IntermissionError):
    """No HTTP answer arrived."""


class ConnectionFailed(TransportError):
    """The connection failed (refused, reset, broken answer) and the retries ran out."""


class Timeout(TransportError, TimeoutError):
    """An attempt's timeout or the call's overall deadline ran out."""


__all__ = [
    "AuthenticationError",
    "ConfigurationError",
    "ConnectionFailed",
    "EndpointRemoved",
    "GeneratedClientError",
    "InsecureTransport",
    "IntermissionError",
    "InvalidId",
    "InvalidState",
    "MissingCredentials",
    "NotFound",
    "OutcomeUnknown",
    "PaginationError",
    "PermissionDenied",
    "ProviderError",
    "RateLimited",
    "RequestInvalid",
    "ResponseTooLarge",
    "Timeout",
    "TransportError",
    "UnreadableAnswer",
    "UnreadablePage",
    "Unsupported",
    "excerpt",
]
