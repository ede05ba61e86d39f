"""The official SDKs work against the fakes, and send what a plain request built from the document sends."""

from __future__ import annotations

from typing import Any

import agi
import anchorbrowser
import httpx
import pytest
from intermission.fakes import FakeVendors, RecordedRequest, load_document


def plain_request(fakes: FakeVendors, provider: str, method: str, template: str, **params: str) -> None:
    """The request the document's operation describes, built by hand: path, query, security scheme."""
    document = load_document(provider)
    operation = document["paths"][template][method.lower()]
    path = template
    query = {}
    for parameter in operation.get("parameters", []):
        if parameter["in"] == "path":
            path = path.replace("{" + parameter["name"] + "}", params[parameter["name"]])
        elif parameter["in"] == "query" and parameter["name"] in params:
            query[parameter["name"]] = params[parameter["name"]]
    headers = {}
    requirements = operation.get("security", document.get("security", []))
    for name in (name for requirement in requirements for name in requirement):
        scheme = document["components"]["securitySchemes"][name]
        if scheme["type"] == "apiKey" and scheme["in"] == "header":
            headers[scheme["name"]] = fakes.api_key(provider)
        elif scheme["type"] == "http" and scheme["scheme"] == "bearer":
            headers["Authorization"] = f"Bearer {fakes.api_key(provider)}"
    httpx.request(method, fakes.base_url(provider) + path, params=query, headers=headers)


def wire(request: RecordedRequest, auth_header: str) -> tuple[Any, ...]:
    return (request.method, request.path, request.query, request.headers.get(auth_header), request.body)


def test_anchorbrowser_sdk_pause_resume(vendor_fakes: FakeVendors) -> None:
    sid = vendor_fakes.create("anchorbrowser", status="running")
    sdk = anchorbrowser.Anchorbrowser(
        api_key=vendor_fakes.api_key("anchorbrowser"),
        base_url=vendor_fakes.base_url("anchorbrowser"),
        max_retries=0,
    )
    with sdk:
        assert sdk.agent.pause_agent(sid).data.status == "paused"
        assert vendor_fakes.status("anchorbrowser", sid) == "paused"
        assert sdk.agent.resume_agent(sid).data.status == "running"
        with pytest.raises(anchorbrowser.BadRequestError) as refused:
            sdk.agent.resume_agent(sid)
        assert refused.value.status_code == 400
        with pytest.raises(anchorbrowser.NotFoundError):
            sdk.agent.pause_agent("00000000-0000-4000-8000-000000000000")
    sent = vendor_fakes.requests("anchorbrowser")
    vendor_fakes.set_status("anchorbrowser", sid, "running")
    plain_request(
        vendor_fakes, "anchorbrowser", "POST", "/v1/sessions/{session_id}/agent/pause", session_id=sid
    )
    plain_request(
        vendor_fakes, "anchorbrowser", "POST", "/v1/sessions/{session_id}/agent/resume", session_id=sid
    )
    by_hand = vendor_fakes.requests("anchorbrowser")[len(sent) :]
    assert [wire(r, "anchor-api-key") for r in sent[:2]] == [wire(r, "anchor-api-key") for r in by_hand]
    assert [r.operation for r in sent] == ["pause_agent", "resume_agent", "resume_agent", "pause_agent"]


def test_agi_sdk_pause_status_resume(vendor_fakes: FakeVendors) -> None:
    sid = vendor_fakes.create("agi", status="running")
    sdk = agi.AGIClient(
        api_key=vendor_fakes.api_key("agi"), base_url=vendor_fakes.base_url("agi"), max_retries=1
    )
    assert sdk.sessions.pause(sid).message == "Session paused successfully"
    assert sdk.sessions.get_status(sid).status == "paused"
    assert sdk.sessions.resume(sid).success is True
    with pytest.raises(agi.AGIError, match=r"409.*not_paused") as refused:
        sdk.sessions.resume(sid)
    assert not isinstance(refused.value, agi.NotFoundError | agi.APIError | agi.AuthenticationError)
    with pytest.raises(agi.NotFoundError):
        sdk.sessions.pause("no-such-session")
    with pytest.raises(agi.AuthenticationError):
        agi.AGIClient(
            api_key="wrong", base_url=vendor_fakes.base_url("agi"), max_retries=1
        ).sessions.get_status(sid)
    sent = vendor_fakes.requests("agi")
    vendor_fakes.set_status("agi", sid, "running")
    for method, template in [
        ("POST", "/v1/sessions/{session_id}/pause"),
        ("GET", "/v1/sessions/{session_id}/status"),
        ("POST", "/v1/sessions/{session_id}/resume"),
    ]:
        plain_request(vendor_fakes, "agi", method, template, session_id=sid)
    by_hand = vendor_fakes.requests("agi")[len(sent) :]
    assert [wire(r, "authorization") for r in sent[:3]] == [wire(r, "authorization") for r in by_hand]
    assert [r.operation for r in sent[:3]] == [r.operation for r in by_hand]
    assert None not in [r.operation for r in by_hand]


def test_anchorbrowser_sdk_lists_pages(vendor_fakes: FakeVendors) -> None:
    ids = vendor_fakes.seed("anchorbrowser", {"running": 15, "paused": 15})
    sdk = anchorbrowser.Anchorbrowser(
        api_key=vendor_fakes.api_key("anchorbrowser"),
        base_url=vendor_fakes.base_url("anchorbrowser"),
        max_retries=0,
    )
    with sdk:
        page = sdk.sessions.list_sessions(page=2, limit=10, status="paused")
    assert [s.id for s in page.data.sessions] == ids[1::2][10:]
    assert (page.data.total, page.data.page, page.data.total_pages) == (15, 2, 2)
    sent = vendor_fakes.requests("anchorbrowser")
    plain_request(vendor_fakes, "anchorbrowser", "GET", "/v1/sessions", page="2", limit="10", status="paused")
    by_hand = vendor_fakes.requests("anchorbrowser")[len(sent) :]
    assert [wire(r, "anchor-api-key") for r in sent] == [wire(r, "anchor-api-key") for r in by_hand]
    assert [r.operation for r in sent] == ["list_sessions_history_page"]


def test_agi_sdk_lists_sessions(vendor_fakes: FakeVendors) -> None:
    ids = vendor_fakes.seed(
        "agi", {"running": 2, "paused": 1, "finished": 1}
    )  # running, paused, finished, running
    sdk = agi.AGIClient(
        api_key=vendor_fakes.api_key("agi"), base_url=vendor_fakes.base_url("agi"), max_retries=1
    )
    listed = sdk.sessions.list()
    assert [(s.session_id, s.status) for s in listed] == list(
        zip(ids[::-1], ["running", "completed", "paused", "running"], strict=True)
    )
    sent = vendor_fakes.requests("agi")
    plain_request(vendor_fakes, "agi", "GET", "/v1/sessions")
    by_hand = vendor_fakes.requests("agi")[len(sent) :]
    assert [wire(r, "authorization") for r in sent] == [wire(r, "authorization") for r in by_hand]
