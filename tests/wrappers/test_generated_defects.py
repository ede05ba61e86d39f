"""Known defects of openapi-python-client 0.29.1's output, each shown on the raw generated call and then
covered by the facade.
"""

from __future__ import annotations

import uuid

import pytest
from intermission import Client, State, providers
from intermission.errors import InvalidId, ProviderError
from intermission.fakes import FakeVendors, Fault
from intermission_agi.api.default import get_session_status, pause_session
from intermission_agi.client import AuthenticatedClient as AgiClient
from intermission_anchorbrowser.api.browser_sessions import get_browser_session as get_session
from intermission_anchorbrowser.client import AuthenticatedClient as AnchorClient
from intermission_browser_use.api.default import get_task_status

from tests.wrappers.conftest import Recorder, Seen, json_answer, options


# (a) The apiKey scheme's header name is ignored: AuthenticatedClient sends "Authorization: Bearer <key>".
def test_a_anchor_key_travels_in_anchor_api_key(vendor_fakes: FakeVendors) -> None:
    key = vendor_fakes.api_key("anchorbrowser")
    sid = vendor_fakes.create("anchorbrowser")
    raw = AnchorClient(base_url=vendor_fakes.base_url("anchorbrowser"), token=key)
    with raw:
        assert get_session.sync_detailed(sid, client=raw).status_code == 401
    (sent,) = vendor_fakes.requests("anchorbrowser")
    assert sent.headers.get("authorization") == f"Bearer {key}" and "anchor-api-key" not in sent.headers

    with Client("anchorbrowser", **options(vendor_fakes, "anchorbrowser")) as client:
        assert client.status(sid).state is State.RUNNING
    sent = vendor_fakes.requests("anchorbrowser")[-1]
    assert sent.headers["anchor-api-key"] == key and "authorization" not in sent.headers


@pytest.mark.parametrize("provider", ["agi", "codegen", "browser_use"])
def test_a_each_provider_gets_its_declared_auth_header(vendor_fakes: FakeVendors, provider: str) -> None:
    sid = vendor_fakes.create(provider)
    with Client(provider, **options(vendor_fakes, provider)) as client:
        client.status(sid)
    (sent,) = vendor_fakes.requests(provider)
    adapter = providers.load(provider)  # the header and prefix each manifest declares
    assert sent.headers[adapter.auth_header.lower()] == adapter.auth_prefix + vendor_fakes.api_key(provider)


# (b) AuthenticatedClient's repr prints the token.
def test_b_generated_repr_leaks_ours_does_not() -> None:
    key = "sk-live-0123456789abcdef"
    assert key in repr(AgiClient(base_url="https://api.agi.tech", token=key))
    with Client("agi", api_key=key) as client:
        engine = client._engine
        for text in (
            repr(client),
            str(client),
            repr(engine.adapter._client),  # type: ignore[attr-defined]
            repr(engine.credentials),
            repr(engine.sync_http.headers) if engine.sync_http else "",
            repr(vars(engine)),
        ):
            assert key not in text


# (c) _build_response calls HTTPStatus(code): 520 / 499 raise ValueError out of the generated layer.
@pytest.mark.parametrize("code", [520, 499])
def test_c_non_iana_status_is_provider_error(vendor_fakes: FakeVendors, code: int) -> None:
    sid = vendor_fakes.create("agi")
    vendor_fakes.inject("agi", Fault.status(code, body=b"origin unreachable"), operation="get_session_status")
    raw = AgiClient(base_url=vendor_fakes.base_url("agi"), token=vendor_fakes.api_key("agi"))
    with raw, pytest.raises(ValueError, match=f"{code} is not a valid HTTPStatus"):
        get_session_status.sync_detailed(sid, client=raw)

    with Client("agi", **options(vendor_fakes, "agi")) as client, pytest.raises(ProviderError) as info:
        client.status(sid)
    error = info.value
    assert error.http_status == code and error.body == "origin unreachable"
    assert isinstance(error.__cause__, ValueError)
    assert f"HTTP {code}" in str(error) and "origin unreachable" in str(error)


# (d) The generated parser raises on an enum value it does not know.
def test_d_unknown_enum_value_is_state_unknown(recorder: Recorder) -> None:
    recorder.answer = lambda seen: json_answer(200, {"status": "hibernating"})
    raw = AgiClient(base_url=recorder.url, token="k")
    with raw, pytest.raises(ValueError, match="hibernating"):
        get_session_status.sync_detailed("s1", client=raw)

    with Client("agi", api_key="k", base_url=recorder.url) as client:
        result = client.status("s1")
    assert (result.state, result.raw_status, result.model) == (State.UNKNOWN, "hibernating", None)


def test_d_unknown_bare_string_status(recorder: Recorder) -> None:
    recorder.answer = lambda seen: json_answer(200, "archived")
    raw = AgiClient(base_url=recorder.url, token="k")
    from intermission_browser_use.client import AuthenticatedClient as BuClient

    with BuClient(base_url=recorder.url, token="k") as bu, pytest.raises(ValueError):
        get_task_status.sync_detailed("t1", client=bu)
    raw.get_httpx_client().close()
    # The facade reads status through API v2 ({"id", "status", ...}): the same unknown value, in an object.
    task = str(uuid.uuid4())
    recorder.answer = lambda seen: json_answer(200, {"id": task, "status": "archived"})
    with Client("browser_use", api_key="k", base_url=recorder.url) as client:
        result = client.status(task)
    assert (result.state, result.raw_status) == (State.UNKNOWN, "archived")


def test_d_unknown_free_text_status_keeps_the_model(recorder: Recorder) -> None:
    sid = str(uuid.uuid4())
    recorder.answer = lambda seen: json_answer(200, {"data": {"session_id": sid, "status": "hibernating"}})
    with Client("anchorbrowser", api_key="k", base_url=recorder.url) as client:
        result = client.status(sid)
    assert (result.state, result.raw_status) == (State.UNKNOWN, "hibernating")
    assert type(result.model).__name__ == "GetBrowserSessionResponse200"


# (e) ".." in a path parameter is left as is, and httpx normalises the path to another endpoint.
@pytest.mark.parametrize(("ident", "reached"), [("..", "/v1/pause"), (".", "/v1/sessions/pause")])
def test_e_dot_segments_reach_another_endpoint(recorder: Recorder, ident: str, reached: str) -> None:
    recorder.answer = lambda seen: json_answer(404, {"detail": "Not Found"})
    raw = AgiClient(base_url=recorder.url, token="k")
    with raw:
        assert pause_session.sync_detailed(ident, client=raw).status_code == 404
    assert [seen.path for seen in recorder.seen] == [reached]  # not /v1/sessions/<id>/pause

    recorder.seen.clear()
    with Client("agi", api_key="k", base_url=recorder.url) as client, pytest.raises(InvalidId) as info:
        client.pause(ident)
    assert recorder.seen == [] and "dot segment" in str(info.value)


@pytest.mark.parametrize(
    "ident",
    [
        "",
        ".",
        "..",
        "%2e",
        "%2E%2e",
        "%252e%252e",
        " .. ",
        "a/b",
        "%2F",
        "a?b",
        "a#b",
        "a\\b",
        "a\x00b",
        "a\tb",
        "a\x7fb",
        " a",
        "a" * 257,
    ],
)
def test_e_bad_ids_never_reach_the_wire(recorder: Recorder, ident: str) -> None:
    with Client("agi", api_key="k", base_url=recorder.url) as client:
        for call in (client.pause, client.resume, client.status):
            with pytest.raises(InvalidId):
                call(ident)
    with Client("browser_use", api_key="k", base_url=recorder.url) as client, pytest.raises(InvalidId):
        client.stop(ident)
    assert recorder.seen == []


def test_e_ordinary_ids_are_encoded_by_the_generated_layer(recorder: Recorder) -> None:
    recorder.answer = lambda seen: json_answer(200, {"status": "running"})
    with Client("agi", api_key="k", base_url=recorder.url) as client:
        client.status("sess ion:1+a.b")
        client.status("x" * 256)
    assert recorder.seen[0].path == "/v1/sessions/sess%20ion%3A1%2Ba.b/status"
    assert len(recorder.seen) == 2


# Beyond the generator: what else the raw layer would let through.
def test_redirects_are_not_followed(recorder: Recorder) -> None:
    def answer(seen: Seen) -> tuple[int, dict[str, str], bytes]:
        return 307, {"location": "http://127.0.0.1:9/steal"}, b""

    recorder.answer = answer
    client = Client("agi", api_key="sk-secret-value", base_url=recorder.url)
    with client, pytest.raises(ProviderError, match="not followed") as info:
        client.status("s1")
    assert info.value.http_status == 307 and len(recorder.seen) == 1


def test_unreadable_2xx(recorder: Recorder) -> None:
    def answer(seen: Seen) -> tuple[int, dict[str, str], bytes]:
        if seen.path.endswith("/status"):
            return json_answer(200, {"status": "paused"}) if seen.method == "GET" else (500, {}, b"")
        return 200, {"content-type": "text/html"}, b"<html>OK</html>"

    recorder.answer = answer
    with Client("agi", api_key="k", base_url=recorder.url) as client:
        # A 2xx pause whose body the generated layer cannot read: confirmed with the status.
        assert client.pause("s1").state is State.PAUSED
    assert [s.method for s in recorder.seen] == ["POST", "GET"]

    recorder.answer = lambda seen: (200, {"content-type": "text/html"}, b"<html>OK</html>")
    with Client("agi", api_key="k", base_url=recorder.url) as client, pytest.raises(ProviderError) as info:
        client.status("s1")
    assert "unreadable" in str(info.value) and info.value.body == "<html>OK</html>"


def test_request_id_is_kept(recorder: Recorder) -> None:
    recorder.answer = lambda seen: json_answer(500, {"detail": "boom"}, **{"x-request-id": "req_123"})
    with (
        Client("agi", api_key="k", base_url=recorder.url, retries=0) as client,
        pytest.raises(ProviderError) as info,
    ):
        client.status("s1")
    assert info.value.request_id == "req_123" and "request-id=req_123" in str(info.value)

    recorder.answer = lambda seen: json_answer(404, {"detail": "nope"}, **{"cf-ray": "8a1b2c-AMS"})
    with Client("agi", api_key="k", base_url=recorder.url) as client, pytest.raises(Exception) as caught:
        client.status("s1")
    assert getattr(caught.value, "request_id", None) == "8a1b2c-AMS"
