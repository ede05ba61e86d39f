"""The error hierarchy, its text and its pickling; the Result and State types."""

from __future__ import annotations

import pickle

import intermission
import pytest
from intermission import errors
from intermission.result import Operation, Result, State

STATUS_CLASSES = [
    errors.NotFound,
    errors.InvalidState,
    errors.AuthenticationError,
    errors.PermissionDenied,
    errors.RateLimited,
    errors.RequestInvalid,
    errors.ProviderError,
]


def test_hierarchy() -> None:
    for cls in [
        *STATUS_CLASSES,
        errors.Unsupported,
        errors.Timeout,
        errors.ConnectionFailed,
        errors.ConfigurationError,
        errors.MissingCredentials,
        errors.InvalidId,
    ]:
        assert issubclass(cls, errors.IntermissionError)
    assert issubclass(errors.InvalidId, errors.RequestInvalid) and issubclass(
        errors.RequestInvalid, ValueError
    )
    assert issubclass(errors.MissingCredentials, errors.AuthenticationError)
    assert issubclass(errors.Timeout, errors.TransportError) and issubclass(errors.Timeout, TimeoutError)
    assert issubclass(errors.Unsupported, NotImplementedError)
    assert not issubclass(errors.ConnectionFailed, errors.Timeout)
    assert issubclass(errors.ResponseTooLarge, errors.UnreadableAnswer)
    assert issubclass(errors.UnreadableAnswer, errors.ProviderError)
    # Neither is a transport error nor a provider error: a script must not retry them blindly.
    for cls in (errors.OutcomeUnknown, errors.GeneratedClientError):
        assert not issubclass(cls, errors.TransportError | errors.ProviderError)
    assert {"OutcomeUnknown", "GeneratedClientError", "UnreadableAnswer"} <= set(intermission.__all__)


def test_text_carries_context() -> None:
    error = errors.InvalidState(
        "AGI refused to pause",
        current_state=State.FINISHED,
        raw_status="finished",
        provider="agi",
        operation="pause",
        vendor_operation="pause_session",
        id="s1",
        http_status=409,
        request_id="r-1",
    )
    assert (
        str(error) == "AGI refused to pause [agi, pause (pause_session), id='s1', HTTP 409, request-id=r-1]"
    )
    assert repr(error).startswith("InvalidState(")
    copy = pickle.loads(pickle.dumps(error))
    assert (
        type(copy) is errors.InvalidState and copy.current_state is State.FINISHED and str(copy) == str(error)
    )
    assert str(errors.IntermissionError("plain")) == "plain"
    long_id = errors.NotFound("x", id="a" * 300)
    assert len(str(long_id)) < 120


def test_specific_attributes() -> None:
    assert errors.RateLimited("slow", retry_after=2.5).retry_after == 2.5
    provider_error = errors.ProviderError("boom", body="<html>", http_status=520)
    assert (provider_error.http_status, provider_error.body) == (520, "<html>")
    assert errors.MissingCredentials("no key", env_var="AGI_API_KEY").env_var == "AGI_API_KEY"


def test_excerpt() -> None:
    assert errors.excerpt(None) is None and errors.excerpt(b"  ") is None
    assert errors.excerpt(b"a\n  b\x00c") == "a b?c"
    assert errors.excerpt("x" * 500, 10) == "x" * 9 + "…"
    assert errors.excerpt(b"\xff\xfe") == "��"


def test_state_and_operation() -> None:
    assert [s.value for s in State] == [
        "running",
        "paused",
        "waiting_for_input",
        "finished",
        "stopped",
        "failed",
        "unknown",
    ]
    assert State.FINISHED.is_terminal and not State.PAUSED.is_terminal
    assert Operation.PAUSE.target is State.PAUSED and Operation.STATUS.target is None
    assert State("paused") is State.PAUSED and str(State.PAUSED) == "paused"


def test_result_is_frozen_and_compares_without_model() -> None:
    result = Result("agi", "s1", State.PAUSED, "paused", model={"x": 1})
    assert result == Result("agi", "s1", State.PAUSED, "paused")
    with pytest.raises(AttributeError):
        result.id = "s2"  # type: ignore[misc]


def test_every_error_carries_its_fields_for_json() -> None:
    """Issue 18: JSON errors need status, request id, retry_after, provider and operation."""
    error = errors.RateLimited(
        "slow down", retry_after=2.0, provider="agi", operation="pause", http_status=429, request_id="r1"
    )
    fields = error.as_dict()
    assert fields["error"] == "RateLimited"
    assert {k: fields[k] for k in ("provider", "operation", "http_status", "request_id", "retry_after")} == {
        "provider": "agi",
        "operation": "pause",
        "http_status": 429,
        "request_id": "r1",
        "retry_after": 2.0,
    }
    assert errors.NotFound("gone").as_dict()["retry_after"] is None
    unknown = errors.OutcomeUnknown("lost", times_sent=1, message_sent="deploy", provider="codegen")
    assert unknown.as_dict()["times_sent"] == 1 and unknown.as_dict()["message_sent"] == "deploy"
