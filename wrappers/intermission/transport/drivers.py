"""The two drivers of a ``Flow``: ``run_sync`` with blocking I/O and ``run_async`` on asyncio, each
sending one attempt at a time (``execute_sync`` / ``execute_async``) and logging it."""

from __future__ import annotations

import contextlib
import logging
import time
from typing import cast

import httpx

from intermission.transport.scope import CURRENT, Scope, scope_for
from intermission.transport.settings import RetryPolicy
from intermission.transport.steps import Attempt, Flow, Send, Sleep, T

log = logging.getLogger("intermission")


def _log_attempt(attempt: Attempt) -> None:
    if not log.isEnabledFor(logging.DEBUG):
        return
    info = attempt.info
    outcome = attempt.describe()
    log.debug(
        "%s %s (%s) id=%s attempt %d: %s in %.1f ms",
        info.provider,
        info.operation,
        info.vendor_operation,
        info.id,
        attempt.number,
        outcome,
        attempt.latency * 1000.0,
        extra={
            "provider": info.provider,
            "operation": info.operation,
            "vendor_operation": info.vendor_operation,
            "id": info.id,
            "status": attempt.status_code,
            "outcome": outcome,
            "attempt": attempt.number,
            "latency": attempt.latency,
        },
    )


def _forget_keys(scope: Scope, error: BaseException | None) -> None:
    """Take the key header out of every request of the attempt: they stay reachable from the answer, the
    error and its traceback, and must not carry the key once the attempt is over."""
    requests = scope.requests
    if isinstance(error, httpx.RequestError):
        with contextlib.suppress(RuntimeError):
            requests = [*requests, error.request]
    for request in requests:
        headers = request.headers
        for header in scope.key_headers:
            if header in headers:
                del headers[header]


def execute_sync(send: Send) -> Attempt:
    """Send one attempt with blocking I/O; whatever happens is in the ``Attempt``."""
    scope = scope_for(send)
    token = CURRENT.set(scope)
    started = time.perf_counter()
    parsed: object | None = None
    error: BaseException | None = None
    try:
        parsed = send.call.sync().parsed
    except Exception as exc:  # the generated layer or httpx: classified later, never lost
        error = exc
    finally:
        CURRENT.reset(token)
    _forget_keys(scope, error)
    attempt = Attempt(send.info, send.number, scope.raw, parsed, error, time.perf_counter() - started)
    _log_attempt(attempt)
    return attempt


async def execute_async(send: Send) -> Attempt:
    """Send one attempt on asyncio; whatever happens is in the ``Attempt``."""
    scope = scope_for(send)
    token = CURRENT.set(scope)
    started = time.perf_counter()
    parsed: object | None = None
    error: BaseException | None = None
    try:
        parsed = (await send.call.aio()).parsed
    except Exception as exc:  # the generated layer or httpx: classified later, never lost
        error = exc
    finally:
        CURRENT.reset(token)
    _forget_keys(scope, error)
    attempt = Attempt(send.info, send.number, scope.raw, parsed, error, time.perf_counter() - started)
    _log_attempt(attempt)
    return attempt


def run_sync(flow: Flow[T], retry: RetryPolicy) -> T:
    """Drive a flow with blocking I/O."""
    try:
        action = next(flow)
        while True:
            if isinstance(action, Sleep):
                retry.sleep(action.seconds)
                action = flow.send(None)
            else:
                action = flow.send(execute_sync(action))
    except StopIteration as stop:
        return cast(T, stop.value)


async def run_async(flow: Flow[T], retry: RetryPolicy) -> T:
    """Drive a flow on asyncio."""
    try:
        action = next(flow)
        while True:
            if isinstance(action, Sleep):
                await retry.async_sleep(action.seconds)
                action = flow.send(None)
            else:
                action = flow.send(await execute_async(action))
    except StopIteration as stop:
        return cast(T, stop.value)
