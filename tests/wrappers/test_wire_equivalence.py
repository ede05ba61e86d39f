"""Our facade (through the generated clients) sends what the vendors' own SDKs send."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import agi
import anchorbrowser
import intermission
import pytest
from intermission.fakes import FakeVendors


def last_request(
    fakes: FakeVendors, provider: str, auth_header: str, call: Callable[[], Any]
) -> tuple[Any, ...]:
    before = len(fakes.requests(provider))
    call()
    (request,) = fakes.requests(provider)[before:]
    return request.method, request.path, request.query, request.headers.get(auth_header), request.body or b""


@pytest.mark.parametrize(
    ("operation", "sdk_call", "start"),
    [("pause", "pause_agent", "running"), ("resume", "resume_agent", "paused")],
)
def test_anchorbrowser(vendor_fakes: FakeVendors, operation: str, sdk_call: str, start: str) -> None:
    sid = vendor_fakes.create("anchorbrowser", status=start)
    key, url = vendor_fakes.api_key("anchorbrowser"), vendor_fakes.base_url("anchorbrowser")
    with anchorbrowser.Anchorbrowser(api_key=key, base_url=url, max_retries=0) as sdk:
        official = last_request(
            vendor_fakes, "anchorbrowser", "anchor-api-key", lambda: getattr(sdk.agent, sdk_call)(sid)
        )
    vendor_fakes.set_status("anchorbrowser", sid, start)
    with intermission.Client("anchorbrowser", api_key=key, base_url=url) as ours:
        facade = last_request(
            vendor_fakes, "anchorbrowser", "anchor-api-key", lambda: getattr(ours, operation)(sid)
        )
    assert facade == official
    assert official[3] == key  # the raw key, no "Bearer " prefix


@pytest.mark.parametrize(
    ("operation", "sdk_call", "start"),
    [("pause", "pause", "running"), ("resume", "resume", "paused"), ("status", "get_status", "running")],
)
def test_agi(vendor_fakes: FakeVendors, operation: str, sdk_call: str, start: str) -> None:
    sid = vendor_fakes.create("agi", status=start)
    key, url = vendor_fakes.api_key("agi"), vendor_fakes.base_url("agi")
    sdk = agi.AGIClient(api_key=key, base_url=url)
    official = last_request(
        vendor_fakes, "agi", "authorization", lambda: getattr(sdk.sessions, sdk_call)(sid)
    )
    vendor_fakes.set_status("agi", sid, start)
    with intermission.Client("agi", api_key=key, base_url=url) as ours:
        facade = last_request(vendor_fakes, "agi", "authorization", lambda: getattr(ours, operation)(sid))
    assert facade == official
    assert official[3] == f"Bearer {key}"


def test_anchorbrowser_list(vendor_fakes: FakeVendors) -> None:
    """Page 1 of running sessions, 50 a page: what the SDK's ``sessions.list_sessions`` sends."""
    vendor_fakes.seed("anchorbrowser", {"running": 3, "paused": 2})
    key, url = vendor_fakes.api_key("anchorbrowser"), vendor_fakes.base_url("anchorbrowser")
    with anchorbrowser.Anchorbrowser(api_key=key, base_url=url, max_retries=0) as sdk:
        official = last_request(
            vendor_fakes,
            "anchorbrowser",
            "anchor-api-key",
            lambda: sdk.sessions.list_sessions(page=1, limit=50, status="running"),
        )
    with intermission.Client("anchorbrowser", api_key=key, base_url=url) as ours:
        facade = last_request(
            vendor_fakes,
            "anchorbrowser",
            "anchor-api-key",
            lambda: list(ours.list(intermission.State.RUNNING)),
        )
    assert facade == official


def test_agi_list(vendor_fakes: FakeVendors) -> None:
    vendor_fakes.seed("agi", {"running": 3, "paused": 2})
    key, url = vendor_fakes.api_key("agi"), vendor_fakes.base_url("agi")
    sdk = agi.AGIClient(api_key=key, base_url=url)
    official = last_request(vendor_fakes, "agi", "authorization", sdk.sessions.list)
    with intermission.Client("agi", api_key=key, base_url=url) as ours:
        facade = last_request(vendor_fakes, "agi", "authorization", lambda: list(ours.list()))
    assert facade == official
