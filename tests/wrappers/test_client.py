"""``intermission.Client`` end to end against the fakes: every provider, every operation, every outcome."""

from __future__ import annotations

import intermission
import pytest
from intermission import Client, Result, State
from intermission.errors import (
    AuthenticationError,
    ConfigurationError,
    InsecureTransport,
    InvalidId,
    InvalidState,
    MissingCredentials,
    NotFound,
    PermissionDenied,
    RequestInvalid,
    Unsupported,
)
from intermission.fakes import FakeVendors

from tests.support.fakes import org_id
from tests.wrappers.conftest import (
    CONFIRM,
    ENV,
    FINISHED,
    PAUSE,
    PAUSED,
    PROVIDERS,
    RESUME,
    RUNNING,
    STATUS,
    count,
    options,
    reads_as,
)

PAUSABLE = ("anchorbrowser", "agi", "browser_use")


@pytest.mark.parametrize("provider", PAUSABLE)
def test_pause_status_resume_status(vendor_fakes: FakeVendors, provider: str) -> None:
    sid = vendor_fakes.create(provider, status=RUNNING[provider])
    with Client(provider, **options(vendor_fakes, provider)) as client:
        paused = client.pause(sid)
        assert (paused.provider, paused.id, paused.state) == (provider, sid, State.PAUSED)
        assert vendor_fakes.status(provider, sid) == PAUSED[provider]
        status = client.status(sid)
        assert status.raw_status == reads_as(provider, PAUSED[provider])
        assert status.state is (State.RUNNING if provider == "browser_use" else State.PAUSED)
        assert status.model is not None
        resumed = client.resume(sid)
        assert resumed.state is State.RUNNING
        assert vendor_fakes.status(provider, sid) == "running"
        assert client.status(sid).state is State.RUNNING
    assert count(vendor_fakes, provider, PAUSE[provider]) == 1
    assert count(vendor_fakes, provider, RESUME[provider]) == 1
    assert count(vendor_fakes, provider, STATUS[provider]) == 2


def test_codegen_resume_sends_the_message_as_prompt(vendor_fakes: FakeVendors) -> None:
    run = vendor_fakes.create("codegen", status="PAUSED")
    with Client("codegen", **options(vendor_fakes, "codegen")) as client:
        assert client.status(run).state is State.PAUSED
        result = client.resume(int(run), message="carry on, please")
    assert result.state is State.RUNNING and result.raw_status == "ACTIVE" and result.id == run
    assert type(result.model).__name__ == "AgentRunResponse"
    sent = [r for r in vendor_fakes.requests("codegen") if r.operation == "resume_agent_run"]
    assert len(sent) == 1
    assert b'"prompt": "carry on, please"' in sent[0].body or b'"prompt":"carry on, please"' in sent[0].body
    assert sent[0].path == f"/v1/organizations/{org_id(vendor_fakes)}/agent/run/resume"


def test_browser_use_stop(vendor_fakes: FakeVendors) -> None:
    task = vendor_fakes.create("browser_use", status="running")
    with Client("browser_use", **options(vendor_fakes, "browser_use")) as client:
        assert client.stop(task).state is State.STOPPED
        assert vendor_fakes.status("browser_use", task) == "stopped"
        # Stopping again is idempotent: the current state, read from the status endpoint.
        again = client.stop(task)
        assert again.state is State.STOPPED and again.raw_status == "stopped"
        with pytest.raises(InvalidState) as info:
            client.resume(task)
        assert info.value.current_state is State.STOPPED and info.value.http_status == 400
        assert "can't resume a stopped task" in str(info.value)


def test_browser_use_created_task_counts_as_running(vendor_fakes: FakeVendors) -> None:
    task = vendor_fakes.create("browser_use")  # the vendor's first status: "created"
    with Client("browser_use", **options(vendor_fakes, "browser_use")) as client:
        status = client.status(task)
        assert (status.state, status.raw_status) == (State.RUNNING, "created")
        assert client.pause(task).state is State.PAUSED


@pytest.mark.parametrize("provider", PAUSABLE)
def test_pause_paused_is_idempotent(vendor_fakes: FakeVendors, provider: str) -> None:
    sid = vendor_fakes.create(provider, status=PAUSED[provider])
    with Client(provider, **options(vendor_fakes, provider)) as client:
        result = client.pause(sid)
    assert result.state is State.PAUSED and result.raw_status == PAUSED[provider]
    assert vendor_fakes.status(provider, sid) == PAUSED[provider]
    # One refused pause, one status read to confirm; nothing else.
    assert count(vendor_fakes, provider, PAUSE[provider]) == 1
    assert count(vendor_fakes, provider, CONFIRM[provider]) == 1


@pytest.mark.parametrize("provider", PROVIDERS)
def test_resume_running_is_idempotent(vendor_fakes: FakeVendors, provider: str) -> None:
    sid = vendor_fakes.create(provider, status=RUNNING[provider])
    with Client(provider, **options(vendor_fakes, provider)) as client:
        result = client.resume(sid, message="go")
    assert result.state is State.RUNNING and result.raw_status == RUNNING[provider]
    assert vendor_fakes.status(provider, sid) == RUNNING[provider]
    assert count(vendor_fakes, provider, RESUME[provider]) == 1
    assert count(vendor_fakes, provider, CONFIRM[provider]) == 1


@pytest.mark.parametrize("provider", PAUSABLE)
def test_pause_finished_is_invalid_state(vendor_fakes: FakeVendors, provider: str) -> None:
    sid = vendor_fakes.create(provider, status=FINISHED[provider])
    with Client(provider, **options(vendor_fakes, provider)) as client, pytest.raises(InvalidState) as info:
        client.pause(sid)
    error = info.value
    assert error.current_state is State.FINISHED and error.raw_status == FINISHED[provider]
    assert (error.provider, error.operation, error.id) == (provider, "pause", sid)
    assert error.vendor_operation == PAUSE[provider]
    assert error.http_status == (409 if provider == "agi" else 400)
    assert f"in state finished (vendor status '{FINISHED[provider]}')" in str(error)


def test_agi_pause_waiting_for_input_and_ready(vendor_fakes: FakeVendors) -> None:
    waiting = vendor_fakes.create("agi", status="waiting_for_input")
    ready = vendor_fakes.create("agi", status="ready")
    with Client("agi", **options(vendor_fakes, "agi")) as client:
        assert client.pause(waiting).state is State.PAUSED
        assert client.status(ready).state is State.WAITING_FOR_INPUT
        with pytest.raises(InvalidState, match="not_running") as info:
            client.pause(ready)
    assert info.value.current_state is State.WAITING_FOR_INPUT and info.value.raw_status == "ready"


def test_codegen_resume_finished_is_invalid_state(vendor_fakes: FakeVendors) -> None:
    run = vendor_fakes.create("codegen", status="CANCELLED")
    with Client("codegen", **options(vendor_fakes, "codegen")) as client, pytest.raises(InvalidState) as info:
        client.resume(run, message="again")
    assert info.value.current_state is State.STOPPED and info.value.raw_status == "CANCELLED"


@pytest.mark.parametrize("provider", PROVIDERS)
def test_not_found(vendor_fakes: FakeVendors, provider: str) -> None:
    missing = "99999999" if provider == "codegen" else "00000000-0000-4000-8000-000000000000"
    with Client(provider, **options(vendor_fakes, provider)) as client:
        with pytest.raises(NotFound) as info:
            client.status(missing)
        assert info.value.http_status == 404 and info.value.id == missing
        with pytest.raises(NotFound):
            client.resume(missing, message="x")


@pytest.mark.parametrize("provider", PROVIDERS)
def test_wrong_key_is_authentication_error(vendor_fakes: FakeVendors, provider: str) -> None:
    sid = vendor_fakes.create(provider)
    bad = options(vendor_fakes, provider, api_key="wrong-key-123")
    with Client(provider, **bad) as client, pytest.raises(AuthenticationError) as info:
        client.status(sid)
    assert info.value.http_status == 401 and info.value.provider == provider
    assert count(vendor_fakes, provider, STATUS[provider]) == 1  # a 401 is never retried


def test_codegen_other_organization_is_permission_denied(vendor_fakes: FakeVendors) -> None:
    run = vendor_fakes.create("codegen", status="PAUSED")
    other = org_id(vendor_fakes) + 1
    with Client("codegen", **options(vendor_fakes, "codegen", org_id=other)) as client:
        with pytest.raises(PermissionDenied) as info:
            client.resume(run, message="go")
        assert info.value.http_status == 403
        with pytest.raises(PermissionDenied):
            client.status(run)
    assert vendor_fakes.status("codegen", run) == "PAUSED"


def test_vendor_422_is_request_invalid(vendor_fakes: FakeVendors) -> None:
    from intermission.fakes import Fault

    run = vendor_fakes.create("codegen", status="PAUSED")
    body = '{"detail": [{"loc": ["body", "prompt"], "msg": "field required", "type": "missing"}]}'
    vendor_fakes.inject("codegen", Fault.status(422, times=1, body=body), operation="resume_agent_run")
    with (
        Client("codegen", **options(vendor_fakes, "codegen")) as client,
        pytest.raises(RequestInvalid) as info,
    ):
        client.resume(run, message="go")
    assert type(info.value) is RequestInvalid and info.value.http_status == 422
    assert count(vendor_fakes, "codegen", "resume_agent_run") == 1  # a 4xx is never retried


def test_vendor_400_on_status_is_request_invalid(vendor_fakes: FakeVendors) -> None:
    from intermission.fakes import Fault

    sid = vendor_fakes.create("agi")
    vendor_fakes.inject("agi", Fault.status(400, times=1), operation="get_session_status")
    with Client("agi", **options(vendor_fakes, "agi")) as client, pytest.raises(RequestInvalid) as info:
        client.status(sid)
    assert info.value.http_status == 400


# ------------------------------------------------------------------- refused before any request


@pytest.mark.parametrize(
    ("provider", "operation"),
    [("codegen", "pause"), ("codegen", "stop"), ("anchorbrowser", "stop"), ("agi", "stop")],
)
def test_unsupported_before_any_request(vendor_fakes: FakeVendors, provider: str, operation: str) -> None:
    sid = vendor_fakes.create(provider)
    with Client(provider, **options(vendor_fakes, provider)) as client, pytest.raises(Unsupported) as info:
        getattr(client, operation)(sid)
    assert info.value.provider == provider and info.value.operation == operation
    assert isinstance(info.value, NotImplementedError)
    assert vendor_fakes.requests(provider) == []


@pytest.mark.parametrize("message", [None, "", "   "])
def test_codegen_resume_without_message_before_any_request(
    vendor_fakes: FakeVendors, message: str | None
) -> None:
    run = vendor_fakes.create("codegen", status="PAUSED")
    with (
        Client("codegen", **options(vendor_fakes, "codegen")) as client,
        pytest.raises(RequestInvalid) as info,
    ):
        client.resume(run, message=message)
    assert isinstance(info.value, ValueError) and "message" in str(info.value)
    assert vendor_fakes.requests("codegen") == []


def test_message_is_dropped_where_resume_takes_none(vendor_fakes: FakeVendors) -> None:
    sid = vendor_fakes.create("agi", status="paused")
    with Client("agi", **options(vendor_fakes, "agi")) as client:
        assert client.resume(sid, message="hello").state is State.RUNNING
    (sent,) = vendor_fakes.requests("agi")
    assert sent.body == b""


@pytest.mark.parametrize("provider", PROVIDERS)
def test_missing_key_names_the_env_var(monkeypatch: pytest.MonkeyPatch, provider: str) -> None:
    for env in (*ENV.values(), "CODEGEN_ORG_ID"):
        monkeypatch.delenv(env, raising=False)
    with pytest.raises(MissingCredentials) as info:
        Client(provider, org_id=1) if provider == "codegen" else Client(provider)
    assert info.value.env_var == ENV[provider] and ENV[provider] in str(info.value)
    assert isinstance(info.value, AuthenticationError) and isinstance(info.value, ConfigurationError)


def test_codegen_needs_an_org_id(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CODEGEN_ORG_ID", raising=False)
    with pytest.raises(MissingCredentials, match="CODEGEN_ORG_ID") as info:
        Client("codegen", api_key="k")
    assert info.value.env_var == "CODEGEN_ORG_ID"
    with pytest.raises(ConfigurationError, match="integer"):
        Client("codegen", api_key="k", org_id="acme")
    with pytest.raises(ConfigurationError, match="does not apply"):
        Client("agi", api_key="k", org_id=5)


def test_keys_and_org_from_the_environment(
    vendor_fakes: FakeVendors, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CODEGEN_API_KEY", vendor_fakes.api_key("codegen"))
    monkeypatch.setenv("CODEGEN_ORG_ID", str(org_id(vendor_fakes)))
    monkeypatch.setenv("AGI_API_KEY", vendor_fakes.api_key("agi"))
    run = vendor_fakes.create("codegen", status="PAUSED")
    sid = vendor_fakes.create("agi")
    with Client("codegen", base_url=vendor_fakes.base_url("codegen")) as client:
        assert client.status(run).state is State.PAUSED
    assert intermission.status("agi", sid, base_url=vendor_fakes.base_url("agi")).state is State.RUNNING


def test_unknown_provider_and_aliases() -> None:
    with pytest.raises(ConfigurationError, match="unknown provider 'nope'"):
        Client("nope", api_key="k")
    with Client("Browser-Use", api_key="k", base_url="http://127.0.0.1:9") as client:
        assert client.provider == "browser_use"
    with Client("anchor", api_key="k", base_url="http://localhost:9") as client:
        assert client.provider == "anchorbrowser"


@pytest.mark.parametrize("url", ["http://api.agi.tech", "http://10.0.0.1:8080", "http://127.example.com"])
def test_plain_http_only_to_loopback(url: str) -> None:
    with pytest.raises(InsecureTransport):
        Client("agi", api_key="k", base_url=url)


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:1", "http://127.9.9.9", "http://[::1]:8", "http://localhost"]
)
def test_plain_http_to_loopback_is_allowed(url: str) -> None:
    Client("agi", api_key="k", base_url=url).close()


def test_bad_base_url_and_options() -> None:
    with pytest.raises(ConfigurationError):
        Client("agi", api_key="k", base_url="ftp://example.com")
    with pytest.raises(ConfigurationError):
        Client("agi", api_key="k", timeout=-1)
    with pytest.raises(ConfigurationError):
        Client("agi", api_key="k", retries=-1)
    with pytest.raises(ConfigurationError, match="control characters"):
        Client("agi", api_key="k\r\nX-Evil: 1")


def test_ids_refused_before_any_request(vendor_fakes: FakeVendors) -> None:
    with Client("agi", **options(vendor_fakes, "agi")) as client:
        for bad in ["", "..", "%2e%2E", "a/b", "a?b", "a#b", "a\nb", "x" * 257]:
            with pytest.raises(InvalidId):
                client.pause(bad)
    with (
        Client("anchorbrowser", **options(vendor_fakes, "anchorbrowser")) as client,
        pytest.raises(InvalidId),
    ):
        client.pause("not-a-uuid")
    with Client("codegen", **options(vendor_fakes, "codegen")) as client, pytest.raises(InvalidId):
        client.status("12a")
    assert all(vendor_fakes.requests(p) == [] for p in ("agi", "anchorbrowser", "codegen"))


def test_module_level_conveniences(vendor_fakes: FakeVendors) -> None:
    sid = vendor_fakes.create("browser_use", status="running")
    kw = options(vendor_fakes, "browser_use")
    assert intermission.pause("browser_use", sid, **kw).state is State.PAUSED
    assert intermission.status("browser_use", sid, **kw).raw_status == "started"  # v2 has no paused
    assert intermission.resume("browser_use", sid, **kw).state is State.RUNNING
    assert intermission.stop("browser_use", sid, **kw).state is State.STOPPED


def test_closed_client_refuses(vendor_fakes: FakeVendors) -> None:
    client = Client("agi", **options(vendor_fakes, "agi"))
    client.close()
    assert "closed" in repr(client)
    with pytest.raises(ConfigurationError, match="closed"):
        client.status("abc")


def test_capabilities_and_result_shape(vendor_fakes: FakeVendors) -> None:
    with Client("codegen", **options(vendor_fakes, "codegen")) as client:
        assert client.capabilities() == {
            "pause": False,
            "resume": True,
            "status": True,
            "stop": False,
            "list": True,
        }
    result = Result("agi", "x", State.PAUSED, "paused")
    assert result == Result("agi", "x", State.PAUSED, "paused", model=object())
    with pytest.raises(AttributeError):
        result.state = State.RUNNING  # type: ignore[misc]
