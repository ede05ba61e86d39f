"""The retry policy in motion: what an attempt's outcome means (``classify``), how long to wait
(``retry_after``, backoff), and the two loops every facade call is made of:

* ``read``: a status read. Reading twice does no harm, so anything but a final answer is retried, within
  the retries and the deadline.
* ``transition``: a pause, resume or stop. Sent again only when nothing was done (429, 503, no connection)
  or when a status read shows the transition has not happened; when that read cannot tell, the call ends
  with ``OutcomeUnknown`` instead of sending the transition a second time.
"""

from __future__ import annotations

import email.utils
import enum
import logging
import math
import time
from collections.abc import Callable

import httpx

from intermission.transport.settings import Policy
from intermission.transport.steps import (
    Attempt,
    Call,
    CallInfo,
    Confirmed,
    Deadline,
    DeadlineExceeded,
    Flow,
    Send,
    Sleep,
    T,
)

log = logging.getLogger("intermission")


class Verdict(enum.Enum):
    DONE = "done"  # an answer to hand back (success or a final error)
    RETRY = "retry"  # nothing was done: safe to send again
    AMBIGUOUS = "ambiguous"  # the request may have been acted on: confirm before sending again


def classify(attempt: Attempt) -> Verdict:
    error = attempt.error
    if error is None and attempt.raw is not None:  # the common case: an answer, parsed
        return _verdict_for_status(attempt.raw.status_code)
    if isinstance(error, DeadlineExceeded):
        return Verdict.DONE
    if isinstance(error, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout):
        return Verdict.RETRY
    if isinstance(
        error, httpx.TimeoutException | httpx.NetworkError | httpx.RemoteProtocolError | TimeoutError
    ):
        return Verdict.AMBIGUOUS
    if isinstance(error, httpx.TransportError) or attempt.raw is None:
        return Verdict.DONE
    return _verdict_for_status(attempt.raw.status_code)


def _verdict_for_status(status: int) -> Verdict:
    if status in (429, 503):
        return Verdict.RETRY
    if status in (502, 504):
        return Verdict.AMBIGUOUS
    return Verdict.DONE


def _seconds(text: str, scale: float) -> float | None:
    try:
        value = float(text) / scale
    except ValueError:
        return None
    return max(value, 0.0) if math.isfinite(value) else None


def retry_after(attempt: Attempt, now: Callable[[], float] = time.time) -> float | None:
    """Seconds from ``retry-after-ms`` or ``Retry-After`` (seconds or an HTTP date), if present and a finite
    number (``nan`` and ``inf`` count as absent; a negative wait or a past date is 0)."""
    milliseconds = attempt.header("retry-after-ms")
    if milliseconds:
        value = _seconds(milliseconds, 1000.0)
        if value is not None:
            return value
    text = attempt.header("retry-after")
    if not text:
        return None
    value = _seconds(text, 1.0)
    if value is not None:
        return value
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    try:
        return max(when.timestamp() - now(), 0.0)
    except (OverflowError, ValueError, OSError):
        return None


def plan_attempt(
    call: Call, info: CallInfo, policy: Policy, deadline: Deadline, number: int = 1
) -> Send | None:
    """Attempt number ``number``, or ``None`` when the deadline leaves no time."""
    budget = deadline.budget(policy.timeouts.total)
    if budget <= 0.0:
        return None
    connect = min(policy.timeouts.connect, budget)
    return Send(call, info, number, budget, connect, policy.max_response_bytes)


def expired(info: CallInfo, number: int, deadline: Deadline) -> Attempt:
    """The attempt that could not be made: the deadline ran out."""
    error = DeadlineExceeded(f"the call's deadline of {deadline.seconds} s ran out")
    return Attempt(info, number, None, None, error)


def _wait(retry: int, attempt: Attempt, policy: Policy, deadline: Deadline) -> Sleep | None:
    """The wait before retry number ``retry + 1``, or ``None`` when the retries or the deadline say stop."""
    info = attempt.info
    if retry >= policy.retry.max_retries:
        return None
    delay = policy.retry.delay(retry, retry_after(attempt))
    remaining = deadline.remaining()
    if remaining is not None and delay >= remaining:
        log.info(
            "%s %s id=%s: not retrying after %s: the deadline leaves %.2f s, the wait is %.2f s",
            info.provider,
            info.operation,
            info.id,
            attempt.describe(),
            max(remaining, 0.0),
            delay,
        )
        return None
    log.info(
        "%s %s id=%s: retry %d in %.2f s after %s",
        info.provider,
        info.operation,
        info.id,
        retry + 1,
        delay,
        attempt.describe(),
    )
    return Sleep(delay)


def read(
    call: Call, info: CallInfo, policy: Policy, deadline: Deadline, accept: Callable[[Attempt], T | None]
) -> Flow[tuple[T | None, Attempt]]:
    """Send a read until ``accept`` takes its answer, a final error arrives, or retries or time run out.

    Returns what ``accept`` made of the answer (``None`` if nothing was accepted) and the last attempt.
    """
    retry = 0
    while True:
        send = plan_attempt(call, info, policy, deadline, retry + 1)
        if send is None:
            return None, expired(info, retry + 1, deadline)
        received = yield send
        assert received is not None
        verdict = classify(received)
        value = accept(received) if verdict is Verdict.DONE else None
        if value is not None:
            return value, received
        if verdict is Verdict.DONE and not received.answered_2xx:
            return None, received  # a final answer that is not a reading (404, 401, ...)
        pause = _wait(retry, received, policy, deadline)
        if pause is None:
            return None, received
        yield pause
        retry += 1


def transition(
    call: Call,
    info: CallInfo,
    policy: Policy,
    deadline: Deadline,
    check: Callable[[], Flow[T | None]] | None,
    reached: Callable[[T], bool],
    unknown: Callable[[Attempt], Exception],
) -> Flow[Attempt | Confirmed[T]]:
    """Send a state change until it gets a final answer, the retries run out or the deadline does.

    After an ambiguous failure, ``check`` reads the status: ``reached`` -> the outcome is that reading and
    nothing is sent again; another state -> the change did not happen, so it may be sent again; no
    reading -> ``unknown(attempt)`` is raised (``attempt.number``: how often it was sent). Without
    ``check`` (no status operation) an ambiguous failure is final.
    """
    retry = 0
    while True:
        send = plan_attempt(call, info, policy, deadline, retry + 1)
        if send is None:
            return expired(info, retry + 1, deadline)
        received = yield send
        assert received is not None
        verdict = classify(received)
        if verdict is Verdict.DONE:
            return received
        if verdict is Verdict.AMBIGUOUS:
            if check is None:
                return received
            current = yield from check()
            if current is None:
                raise unknown(received)
            if reached(current):
                log.info(
                    "%s %s id=%s: already done after an ambiguous failure (%s); not sent again",
                    info.provider,
                    info.operation,
                    info.id,
                    received.describe(),
                )
                return Confirmed(current)
        pause = _wait(retry, received, policy, deadline)
        if pause is None:
            return received
        yield pause
        retry += 1
