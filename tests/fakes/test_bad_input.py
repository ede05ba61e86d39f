"""Hostile input never gets a 500 or a crash: always the vendor's own error shape."""

from __future__ import annotations

import http.client
import json
from typing import Any
from urllib.parse import quote

import pytest
from intermission.fakes import FakeVendors
from intermission.fakes.inprocess import auth_headers

from tests.support.fakes import org_id

IDS = {
    "dot-dot": "..",
    "encoded dot-dot": "%2e%2e",
    "encoded slash": "a%2Fb",
    "slash": "a/b",
    "10 KB": "x" * 10_240,
    "10 KB of digits": "9" * 10_240,
    "NUL": "%00",
    "bad UTF-8": "%ff%fe",
    "unicode": quote("séance-✓"),
    "quote": quote("' OR 1=1 --"),
    "negative": "-1",
    "float": "1.5",
    "huge integer": "9" * 40,
    "space": "%20",
    "traversal": "..%2F..%2Fetc%2Fpasswd",
}

# Each operation with a slot for an id: (provider, method, raw path with {id}, body).
SLOTS = [
    ("anchorbrowser", "GET", "/v1/sessions/{id}", None),
    ("anchorbrowser", "POST", "/v1/sessions/{id}/agent/pause", None),
    ("anchorbrowser", "POST", "/v1/sessions/{id}/agent/resume", None),
    ("agi", "GET", "/v1/sessions/{id}/status", None),
    ("agi", "POST", "/v1/sessions/{id}/pause", None),
    ("agi", "POST", "/v1/sessions/{id}/resume", None),
    ("codegen", "GET", "/v1/organizations/{org}/agent/run/{id}", None),
    ("codegen", "GET", "/v1/organizations/{id}/agent/run/1", None),
    ("codegen", "POST", "/v1/organizations/{id}/agent/run/resume", b'{"agent_run_id": 1, "prompt": "x"}'),
    ("browser_use", "GET", "/api/v1/task/{id}/status", None),
    ("browser_use", "PUT", "/api/v1/pause-task?task_id={id}", None),
    ("browser_use", "PUT", "/api/v1/resume-task?task_id={id}", None),
    ("browser_use", "PUT", "/api/v1/stop-task?task_id={id}", None),
]


def send(
    fakes: FakeVendors, provider: str, method: str, path: str, body: bytes | None, headers: dict[str, str]
) -> tuple[int, dict[str, str], bytes]:
    """A raw request: no client library normalizes the path (``..`` reaches the server as sent)."""
    host, port = fakes.base_url(provider).removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=5)
    try:
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        connection.close()


def assert_vendor_error(provider: str, status: int, body: bytes) -> None:
    assert 400 <= status < 500, (status, body[:200])
    data: Any = json.loads(body)
    if provider == "anchorbrowser":
        assert set(data) == {"error"} and data["error"]["code"] == status
        assert isinstance(data["error"]["message"], str)
    elif status == 422 and provider in ("codegen", "browser_use"):
        assert isinstance(data["detail"], list) and {"loc", "msg", "type"} <= set(data["detail"][0])
    elif provider == "codegen":
        assert data == {"message": data["message"], "status_code": status}
    else:
        assert set(data) == {"detail"} and isinstance(data["detail"], str)


@pytest.mark.parametrize(("provider", "method", "template", "body"), SLOTS)
def test_bad_ids_get_the_vendors_error(
    vendor_fakes: FakeVendors, provider: str, method: str, template: str, body: bytes | None
) -> None:
    headers = {**auth_headers(vendor_fakes, provider), "content-type": "application/json"}
    for name, bad in IDS.items():
        path = template.format(id=bad, org=org_id(vendor_fakes))
        status, _, answer = send(vendor_fakes, provider, method, path, body, headers)
        assert_vendor_error(provider, status, answer), name
    assert vendor_fakes.bugs() == []


BAD_AUTH = [
    {},
    {"authorization": ""},
    {"authorization": "Bearer"},
    {"authorization": "Bearer "},
    {"authorization": "Basic dXNlcjpwYXNz"},
    {"authorization": "Bearer " + "k" * 10_240},
    {"anchor-api-key": ""},
    {"anchor-api-key": "wrong"},
    {"authorization": "Bearer \u00e9"},
]


@pytest.mark.parametrize(("provider", "method", "template", "body"), SLOTS)
def test_missing_or_bad_keys_get_401(
    vendor_fakes: FakeVendors, provider: str, method: str, template: str, body: bytes | None
) -> None:
    resource = vendor_fakes.create(provider)
    before = vendor_fakes.status(provider, resource)
    org = org_id(vendor_fakes)
    path = template.format(id=resource, org=org).replace(
        f"/organizations/{resource}/", f"/organizations/{org}/"
    )
    for headers in BAD_AUTH:
        encoded = {k: v.encode("utf-8").decode("latin-1") for k, v in headers.items()}
        status, _, answer = send(vendor_fakes, provider, method, path, body, encoded)
        assert status == 401, headers
        assert_vendor_error(provider, status, answer)
    assert vendor_fakes.status(provider, resource) == before


BAD_BODIES = [
    b"{",
    b"null",
    b"[]",
    b'"text"',
    b"\xff\xfe",
    b"{" * 5_000,
    b'{"agent_run_id": 1e400}',
    b"x" * 10_240,
]


def test_bad_json_bodies_get_422_at_codegen(vendor_fakes: FakeVendors) -> None:
    path = f"/v1/organizations/{org_id(vendor_fakes)}/agent/run/resume"
    headers = {**auth_headers(vendor_fakes, "codegen"), "content-type": "application/json"}
    for body in BAD_BODIES:
        status, _, answer = send(vendor_fakes, "codegen", "POST", path, body, headers)
        assert status == 422, body[:20]
        assert_vendor_error("codegen", status, answer)


@pytest.mark.parametrize("provider", ["anchorbrowser", "agi", "browser_use"])
def test_bodies_where_none_is_expected_are_ignored(vendor_fakes: FakeVendors, provider: str) -> None:
    from .conftest import PAUSE

    method, template, query = PAUSE[provider]
    resource = vendor_fakes.create(provider, status="running")
    path = template.format(id=resource) + (f"?{query}={resource}" if query else "")
    status, _, _ = send(
        vendor_fakes, provider, method, path, b"{not json", auth_headers(vendor_fakes, provider)
    )
    assert status == 200


@pytest.mark.parametrize("provider", ["anchorbrowser", "agi", "codegen", "browser_use"])
def test_unknown_routes_and_methods(vendor_fakes: FakeVendors, provider: str) -> None:
    headers = auth_headers(vendor_fakes, provider)
    for path in ("/", "/v1", "/v9/sessions", "/api/v9/tasks", "/%2e%2e/%2e%2e/etc/passwd", "/_fakes"):
        status, _, answer = send(vendor_fakes, provider, "GET", path, None, headers)
        assert status == 404
        assert_vendor_error(provider, status, answer)
    method, path = {
        "anchorbrowser": ("DELETE", "/v1/sessions/00000000-0000-4000-8000-000000000000/agent/pause"),
        "agi": ("GET", "/v1/sessions/x/pause"),
        "codegen": ("DELETE", "/v1/organizations/1/agent/run/resume"),
        "browser_use": ("POST", "/api/v1/pause-task?task_id=x"),
    }[provider]
    status, response_headers, answer = send(vendor_fakes, provider, method, path, None, headers)
    assert status == 405 and response_headers["allow"]
    assert_vendor_error(provider, status, answer)
    status, _, _ = send(vendor_fakes, provider, "HEAD", "/v1/sessions/x", None, headers)
    assert status in (404, 405)


def test_pipelined_garbage_does_not_take_the_server_down(vendor_fakes: FakeVendors) -> None:
    import socket

    host, port = vendor_fakes.base_url("agi").removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as sock:
        sock.sendall(b"NOT HTTP AT ALL\r\n\r\n")
        assert sock.recv(1024).startswith(b"HTTP/1.1 400")
    sid = vendor_fakes.create("agi")
    status, _, _ = send(
        vendor_fakes, "agi", "GET", f"/v1/sessions/{sid}/status", None, auth_headers(vendor_fakes, "agi")
    )
    assert status == 200


# List parameters out of the document's bounds, enums or types: the vendor's refusal, never a page.
LIST_REFUSALS = [
    ("anchorbrowser", "/v1/sessions?limit=30", 400),  # limit is one of 10, 20, 50
    ("anchorbrowser", "/v1/sessions?page=0", 400),
    ("anchorbrowser", "/v1/sessions?sort_order=sideways", 400),
    ("anchorbrowser", "/v1/sessions?sort_by=colour", 400),
    ("anchorbrowser", "/v1/sessions?created_from=yesterday", 400),
    ("codegen", "/v1/organizations/{org}/agent/runs?limit=0", 422),
    ("codegen", "/v1/organizations/{org}/agent/runs?limit=101", 422),
    ("codegen", "/v1/organizations/{org}/agent/runs?skip=-1", 422),
    ("codegen", "/v1/organizations/{org}/agent/runs?user_id=me", 422),
    ("codegen", "/v1/organizations/{org}/agent/runs?source_type=EMAIL", 422),
    ("browser_use", "/api/v2/tasks?pageSize=101", 422),
    ("browser_use", "/api/v2/tasks?pageNumber=0", 422),
    ("browser_use", "/api/v2/tasks?filterBy=paused", 422),  # v2 has no paused status
    ("browser_use", "/api/v2/tasks?sessionId=abc", 422),
    ("browser_use", "/api/v2/tasks?after=soon", 422),
    ("e2b", "/v2/sandboxes?limit=0", 400),
    ("e2b", "/v2/sandboxes?state=killed", 400),
    ("e2b", "/v2/sandboxes?state=running&state=paused", 400),  # not exploded: one comma-separated value
    ("e2b", "/v2/sandboxes?order=up", 400),
    ("e2b", "/v2/sandboxes?startedAfter=1999", 400),
]


@pytest.mark.parametrize(("provider", "path", "status"), LIST_REFUSALS)
def test_list_parameters_are_checked(
    vendor_fakes: FakeVendors, provider: str, path: str, status: int
) -> None:
    vendor_fakes.seed(provider, {vendor_fakes.fake(provider).wire.lifecycle.initial: 3})
    headers = auth_headers(vendor_fakes, provider)
    code, _, answer = send(
        vendor_fakes, provider, "GET", path.format(org=org_id(vendor_fakes)), None, headers
    )
    assert code == status
    if provider == "e2b":
        assert set(json.loads(answer)) == {"code", "message"}
    else:
        assert_vendor_error(provider, code, answer)


def test_head_of_a_documented_get_is_not_allowed(vendor_fakes: FakeVendors) -> None:
    """Starlette answers HEAD on every GET route; the fakes answer only what the document has."""
    sid = vendor_fakes.create("agi")
    headers = auth_headers(vendor_fakes, "agi")
    path = f"/v1/sessions/{sid}/status"
    status, _, _ = send(vendor_fakes, "agi", "GET", path, None, headers)
    assert status == 200
    status, response_headers, _ = send(vendor_fakes, "agi", "HEAD", path, None, headers)
    assert (status, response_headers["allow"]) == (405, "GET")
