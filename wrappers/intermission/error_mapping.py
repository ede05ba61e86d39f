"""From what came over the wire to the facade's errors: ``error_for`` maps a final attempt to its error,
``outcome_unknown`` says a transition's fate could not be learnt; both keep the key out of what they attach.
"""

from __future__ import annotations

import contextlib
from typing import Any

import httpx

from intermission.errors import (
    AuthenticationError,
    ConnectionFailed,
    EndpointRemoved,
    GeneratedClientError,
    IntermissionError,
    InvalidState,
    NotFound,
    OutcomeUnknown,
    PermissionDenied,
    ProviderError,
    RateLimited,
    RequestInvalid,
    Timeout,
    UnreadableAnswer,
    excerpt,
)
from intermission.result import Result, State
from intermission.transport.credentials import REDACTED, Credentials
from intermission.transport.retry import retry_after
from intermission.transport.steps import Attempt, Deadline, DeadlineExceeded, is_transport_error

REQUEST_ID_HEADERS = (
    "x-request-id",
    "request-id",
    "x-amzn-requestid",
    "x-correlation-id",
    "x-trace-id",
    "cf-ray",
)


class RedactedCause(Exception):
    """Stands in for an exception whose text held the key: its type name and its text, redacted."""


def request_id(attempt: Attempt) -> str | None:
    for name in REQUEST_ID_HEADERS:
        value = attempt.header(name)
        if value:
            return excerpt(value, 100)
    return None


def context_of(attempt: Attempt) -> dict[str, Any]:
    """The fields every error about ``attempt`` carries."""
    info = attempt.info
    return {
        "provider": info.provider,
        "operation": info.operation,
        "vendor_operation": info.vendor_operation,
        "id": info.id,
        "http_status": attempt.status_code if attempt.answered else None,
        "request_id": request_id(attempt),
        "retry_after": retry_after(attempt) if attempt.answered else None,
    }


def body_excerpt(attempt: Attempt, credentials: Credentials | None) -> str | None:
    """A short excerpt of the answer's body, the key redacted before it is cut (so no part of it shows)."""
    if not attempt.answered:
        return None
    body = attempt.body()
    if body is None:
        return None
    text = body[:4096].decode("utf-8", errors="replace")
    return excerpt(credentials.redact(text) if credentials is not None else text)


def safe_cause(cause: BaseException | None, credentials: Credentials | None) -> BaseException | None:
    """``cause``, or a ``RedactedCause`` in its place when its text holds the key."""
    if cause is None or credentials is None:
        return cause
    text = f"{cause!s} {cause!r}"
    if not credentials.appears_in(text):
        return cause
    stand_in = RedactedCause(f"{type(cause).__name__}: {credentials.redact(str(cause))}")
    stand_in.__suppress_context__ = True
    return stand_in


def _status_cause(attempt: Attempt) -> BaseException | None:
    """For an answer the generated layer parsed without raising: the HTTP status as the original error."""
    raw = attempt.raw
    if raw is None:
        return None
    with contextlib.suppress(RuntimeError):
        return httpx.HTTPStatusError(f"HTTP {raw.status_code}", request=raw.request, response=raw)
    return None


def error_for(
    attempt: Attempt, credentials: Credentials | None = None, deadline: Deadline | None = None
) -> IntermissionError:
    """The facade error for a final, unsuccessful attempt (the cause attached)."""
    context = context_of(attempt)
    status = context["http_status"]
    cause = attempt.error
    if isinstance(cause, IntermissionError):
        for key, value in context.items():
            if getattr(cause, key, None) is None:
                setattr(cause, key, value)
        return cause
    body = body_excerpt(attempt, credentials)
    detail = f": {body}" if body else ""
    error: IntermissionError
    if isinstance(cause, DeadlineExceeded):
        error = Timeout(str(cause), **context)
    elif status is None and cause is not None and not is_transport_error(cause):
        error = GeneratedClientError(
            f"the generated client failed before an answer was read: {type(cause).__name__}", **context
        )
    elif status is None:
        if isinstance(cause, httpx.TimeoutException | TimeoutError):
            what = "no answer within the attempt's timeout"
            if deadline is not None and deadline.seconds is not None and deadline.expired():
                what = f"no answer within the call's deadline of {deadline.seconds} s"
            error = Timeout(f"{what} ({type(cause).__name__})", **context)
        else:
            reason = excerpt(str(cause), 120) or ""
            if credentials is not None:
                reason = credentials.redact(reason)
            error = ConnectionFailed(f"connection failed: {type(cause).__name__}: {reason}", **context)
    elif 200 <= status < 300:
        error = UnreadableAnswer(f"unreadable answer to HTTP {status}{detail}", body=body, **context)
    elif status == 401:
        error = AuthenticationError(f"the API key was rejected{detail}", **context)
    elif status == 403:
        error = PermissionDenied(f"permission denied{detail}", **context)
    elif status == 404:
        error = NotFound(f"not found{detail}", **context)
    elif status == 429:
        error = RateLimited(f"rate limited{detail}", **context)
    elif status in (400, 422):
        error = RequestInvalid(f"request refused{detail}", **context)
    elif 300 <= status < 400:
        location = attempt.header("location")
        error = ProviderError(
            f"redirect to {excerpt(location, 120)!r} not followed (the key is never sent to another URL)",
            body=body,
            **context,
        )
    else:
        error = ProviderError(f"unexpected HTTP {status}{detail}", body=body, **context)
    if cause is None and status is not None:
        cause = _status_cause(attempt)
    error.__cause__ = safe_cause(cause, credentials)
    return error


def outcome_unknown(
    attempt: Attempt,
    message_sent: str | None,
    why: str,
    current: State | None = None,
    credentials: Credentials | None = None,
) -> OutcomeUnknown:
    """The error for a transition that was sent and whose fate the status reads could not tell."""
    info = attempt.info
    times_sent = attempt.number
    error = OutcomeUnknown(
        f"{info.operation} was sent ({info.vendor_operation}, {times_sent}x) and {why}; "
        "it was not sent again: read the status before retrying",
        times_sent=times_sent,
        message_sent=message_sent,
        current_state=current,
        **context_of(attempt),
    )
    error.__cause__ = safe_cause(attempt.error or _status_cause(attempt), credentials)
    return error


def invalid_state(
    attempt: Attempt, display_name: str, current: Result | None, credentials: Credentials | None = None
) -> InvalidState:
    """The vendor refused the transition; ``current`` is the state read afterwards, if one was."""
    body = body_excerpt(attempt, credentials)
    where = f" in state {current.state.value} (vendor status {current.raw_status!r})" if current else ""
    detail = f": {body}" if body else ""
    error = InvalidState(
        f"{display_name} refused to {attempt.info.operation}{where}{detail}",
        current_state=current.state if current else None,
        raw_status=current.raw_status if current else None,
        body=body,
        **context_of(attempt),
    )
    error.__cause__ = safe_cause(attempt.error or _status_cause(attempt), credentials)
    return error


def endpoint_removed(
    attempt: Attempt, change: str, credentials: Credentials | None = None
) -> EndpointRemoved:
    """A retired endpoint answered 404/410 for an agent that exists: the vendor took it down."""
    body = body_excerpt(attempt, credentials)
    detail = f" ({body})" if body else ""
    error = EndpointRemoved(
        f"the endpoint behind {attempt.info.operation} answered HTTP {attempt.status_code}{detail}: "
        f"it is on an API version the vendor has retired ({change})",
        change=change,
        **context_of(attempt),
    )
    error.__cause__ = safe_cause(attempt.error or _status_cause(attempt), credentials)
    return error


__all__ = [
    "REDACTED",
    "RedactedCause",
    "endpoint_removed",
    "error_for",
    "invalid_state",
    "outcome_unknown",
    "request_id",
    "safe_cause",
]
