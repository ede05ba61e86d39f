"""Helpers for the fake vendor servers' tests; the ``vendor_fakes`` fixture comes from the pytest plugin."""

from __future__ import annotations

import importlib
import importlib.util
import os
from typing import Any

import httpx
import pytest
from intermission.fakes import PROVIDERS, FakeVendors
from intermission.fakes.inprocess import auth_headers

from tests.support.fakes import org_id

MISSING = [
    f"intermission_{p}_pydantic"
    for p in PROVIDERS
    if importlib.util.find_spec(f"intermission_{p}_pydantic") is None
]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Before `make generate` has run there are no models to check the fakes against."""
    if not MISSING or os.environ.get("CI"):
        return
    skip = pytest.mark.skip(reason=f"run `make generate` first (missing: {', '.join(MISSING)})")
    for item in items:
        if "tests/fakes/" in str(item.path).replace(os.sep, "/"):
            item.add_marker(skip)


def client(fakes: FakeVendors, provider: str, *, with_auth: bool = True) -> httpx.Client:
    headers = auth_headers(fakes, provider) if with_auth else {}
    return httpx.Client(base_url=fakes.base_url(provider), headers=headers, timeout=5)


def generated(fakes: FakeVendors, provider: str) -> Any:
    """The provider's generated ``AuthenticatedClient``, pointed at its fake with every header it accepts."""
    module = importlib.import_module(f"intermission_{provider}.client")
    return module.AuthenticatedClient(
        base_url=fakes.base_url(provider),
        token=fakes.api_key(provider),
        headers=auth_headers(fakes, provider),
        raise_on_unexpected_status=True,
    )


# Each provider's operations as (method, path template or path, query) built from its document.
PAUSE = {
    "anchorbrowser": ("POST", "/v1/sessions/{id}/agent/pause", None),
    "agi": ("POST", "/v1/sessions/{id}/pause", None),
    "browser_use": ("PUT", "/api/v1/pause-task", "task_id"),
}
RESUME = {
    "anchorbrowser": ("POST", "/v1/sessions/{id}/agent/resume", None),
    "agi": ("POST", "/v1/sessions/{id}/resume", None),
    "browser_use": ("PUT", "/api/v1/resume-task", "task_id"),
    "codegen": ("POST", "/v1/organizations/{org}/agent/run/resume", None),
}
STOP = {"browser_use": ("PUT", "/api/v1/stop-task", "task_id")}
STATUS = {
    "anchorbrowser": ("GET", "/v1/sessions/{id}", None),
    "agi": ("GET", "/v1/sessions/{id}/status", None),
    "browser_use": ("GET", "/api/v1/task/{id}/status", None),
    "codegen": ("GET", "/v1/organizations/{org}/agent/run/{id}", None),
}


def call(
    fakes: FakeVendors, provider: str, table: dict[str, tuple[str, str, str | None]], resource_id: str
) -> httpx.Response:
    method, template, query = table[provider]
    path = template.format(id=resource_id, org=org_id(fakes) if provider == "codegen" else "")
    params = {query: resource_id} if query else None
    body = (
        {"agent_run_id": int(resource_id), "prompt": "carry on"}
        if (provider, method) == ("codegen", "POST")
        else None
    )
    with client(fakes, provider) as http:
        return http.request(method, path, params=params, json=body)


def vendor_status(provider: str, response: httpx.Response) -> str:
    """The status field of a status answer, wherever the vendor puts it."""
    body = response.json()
    if provider == "anchorbrowser":
        return str(body["data"]["status"])
    return body if isinstance(body, str) else str(body["status"])
