"""The key never shows: not in repr() of clients, results or errors, not in error text or tracebacks, not in
log records (intermission's, httpx's or httpcore's).
"""

from __future__ import annotations

import logging
import pickle
import traceback
from collections.abc import Callable

import pytest
from intermission import Client, RetryPolicy, State
from intermission.errors import IntermissionError
from intermission.fakes import FakeVendors, Fault

from tests.wrappers.conftest import STATUS, options


def provoke_everything(fakes: FakeVendors, provider: str, closed_port: int) -> list[IntermissionError]:
    """Run successes and every error class through one provider; return the errors."""
    errors: list[IntermissionError] = []
    key = fakes.api_key(provider)
    sid = fakes.create(provider, status="running")
    finished = fakes.create(provider, status="completed" if provider == "anchorbrowser" else "finished")
    missing = "00000000-0000-4000-8000-000000000000"
    kw = options(fakes, provider, retries=0, timeout=0.3)
    with Client(provider, **kw) as client:
        client.pause(sid)
        client.status(sid)
        client.resume(sid)
        status_operation = STATUS[provider]
        fakes.inject(provider, Fault.status(520, times=1, body=f"echo {key}"), operation=status_operation)
        calls: list[Callable[[], object]] = [
            lambda: client.status(sid),
            lambda: client.pause(finished),
            lambda: client.status(missing),
            lambda: client.pause(".."),
            lambda: client.stop(sid),
        ]
        for call in calls:
            try:
                call()
            except IntermissionError as exc:
                errors.append(exc)
    for fault in (Fault.latency(1.0, times=1), Fault.rate_limit(retry_after=1, times=1)):
        fakes.inject(provider, fault)
        with Client(provider, **kw) as client:
            try:
                client.status(sid)
            except IntermissionError as exc:
                errors.append(exc)
    bad = {**kw, "api_key": key[:-1] + "X"}
    for extra in ({}, {"base_url": f"http://127.0.0.1:{closed_port}"}):
        with Client(provider, **{**bad, **extra}) as client:
            try:
                client.status(sid)
            except IntermissionError as exc:
                errors.append(exc)
    return errors


@pytest.mark.parametrize("provider", ["anchorbrowser", "agi"])
def test_key_never_in_errors_or_logs(
    vendor_fakes: FakeVendors, caplog: pytest.LogCaptureFixture, closed_port: int, provider: str
) -> None:
    key = vendor_fakes.api_key(provider)
    caplog.set_level(logging.DEBUG)
    errors = provoke_everything(vendor_fakes, provider, closed_port)
    kinds = {type(e).__name__ for e in errors}
    assert {
        "ProviderError",
        "InvalidState",
        "NotFound",
        "InvalidId",
        "Unsupported",
        "Timeout",
        "RateLimited",
        "AuthenticationError",
        "ConnectionFailed",
    } <= kinds
    for error in errors:
        texts = [
            str(error),
            repr(error),
            "".join(traceback.format_exception(error)),
            repr(vars(error)),
            repr(pickle.loads(pickle.dumps(error))),
        ]
        cause = error.__cause__
        request = getattr(cause, "_request", None)
        if request is not None:
            texts.append(repr(dict(request.headers)))
        for text in texts:
            assert key not in text and key[:-1] not in text, (type(error), text)
    provider_error = next(e for e in errors if type(e).__name__ == "ProviderError")
    assert "echo ***" in str(provider_error)  # a body echoing the key is redacted
    assert caplog.records
    for record in caplog.records:
        text = record.getMessage() + repr(record.args) + repr(record.__dict__)
        assert key not in text and key[:-1] not in text, record


def test_attempt_log_records(vendor_fakes: FakeVendors, caplog: pytest.LogCaptureFixture) -> None:
    sid = vendor_fakes.create("agi", status="running")
    vendor_fakes.inject("agi", Fault.status(503, times=1), operation="pause_session")
    caplog.set_level(logging.DEBUG, logger="intermission")
    with Client(
        "agi", retries=RetryPolicy(max_retries=1, initial_backoff=0.001), **options(vendor_fakes, "agi")
    ) as client:
        client.pause(sid, deadline=5)
    attempts = [r for r in caplog.records if r.name == "intermission" and hasattr(r, "attempt")]
    assert [
        (r.provider, r.operation, r.vendor_operation, r.id, r.status, r.attempt)  # type: ignore[attr-defined]
        for r in attempts
    ] == [("agi", "pause", "pause_session", sid, 503, 1), ("agi", "pause", "pause_session", sid, 200, 2)]
    assert all(r.latency >= 0 for r in attempts)  # type: ignore[attr-defined]
    assert any("retry 1 in" in r.getMessage() for r in caplog.records)


def test_results_and_clients_hold_no_key(vendor_fakes: FakeVendors) -> None:
    key = vendor_fakes.api_key("anchorbrowser")
    sid = vendor_fakes.create("anchorbrowser")
    with Client("anchorbrowser", **options(vendor_fakes, "anchorbrowser")) as client:
        result = client.status(sid)
        assert result.state is State.RUNNING
        assert key not in repr(client) and key not in repr(result)
        assert key not in repr(client._engine.adapter._client)  # type: ignore[attr-defined]
        assert client._engine.sync_http is not None
        assert "anchor-api-key" not in client._engine.sync_http.headers  # added per request, never stored
    with pytest.raises(TypeError):
        pickle.dumps(client._engine.credentials)
