"""The faults a listing meets mid-way: a stuck cursor, a page of the wrong shape, a malformed id, a 429
on one page only; armed from Python and over HTTP."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from intermission.fakes import FakeVendors, Fault

from tests.support.fakes import org_id

from .conftest import client

# Each fake's list request, where its items are, and the field holding an item's id.
LISTS: dict[str, tuple[str, str, tuple[str, ...], str]] = {
    "anchorbrowser": ("list_sessions_history_page", "/v1/sessions", ("data", "sessions"), "id"),
    "agi": ("list_sessions", "/v1/sessions", (), "session_id"),
    "codegen": ("list_agent_runs", "/v1/organizations/{org}/agent/runs", ("items",), "id"),
    "browser_use": ("list_tasks", "/api/v2/tasks", ("items",), "id"),
    "e2b": ("list_sandboxes_v2", "/v2/sandboxes", (), "sandboxID"),
}
# The query asking for page 1 and page 2 with 10 items each (e2b: its cursor comes from page 1).
PAGES: dict[str, list[dict[str, Any]]] = {
    "anchorbrowser": [{"page": 1}, {"page": 2}],
    "agi": [{}, {}],
    "codegen": [{"limit": 10}, {"limit": 10, "skip": 10}],
    "browser_use": [{"pageNumber": 1}, {"pageNumber": 2}],
    "e2b": [{"limit": 10}, {"limit": 10}],
}
RUNNING = {"codegen": "ACTIVE"}


def get_page(fakes: FakeVendors, provider: str, params: dict[str, Any]) -> httpx.Response:
    path = LISTS[provider][1].format(org=org_id(fakes))
    with client(fakes, provider) as http:
        return http.get(path, params=params)


def items(provider: str, body: Any) -> Any:
    for key in LISTS[provider][2]:
        body = body[key]
    return body


@pytest.mark.parametrize("provider", list(LISTS))
def test_wrong_shape_sends_the_items_as_an_object(vendor_fakes: FakeVendors, provider: str) -> None:
    ids = vendor_fakes.seed(provider, {RUNNING.get(provider, "running"): 3})
    vendor_fakes.inject(provider, Fault.wrong_shape(times=1), operation=LISTS[provider][0])
    spoiled = get_page(vendor_fakes, provider, PAGES[provider][0])
    assert spoiled.status_code == 200
    keyed = items(provider, spoiled.json())
    assert isinstance(keyed, dict) and sorted(keyed) == ["0", "1", "2"]
    id_field = LISTS[provider][3]
    assert {str(item[id_field]) for item in keyed.values()} == set(ids)
    assert isinstance(items(provider, get_page(vendor_fakes, provider, PAGES[provider][0]).json()), list)


@pytest.mark.parametrize("provider", list(LISTS))
@pytest.mark.parametrize("bad", ["../../v1/admin", "a/b", ".."])
def test_malformed_id_on_the_first_item_only(vendor_fakes: FakeVendors, provider: str, bad: str) -> None:
    vendor_fakes.seed(provider, {RUNNING.get(provider, "running"): 3})
    clean = items(provider, get_page(vendor_fakes, provider, PAGES[provider][0]).json())
    vendor_fakes.inject(provider, Fault.malformed_id(bad, times=1), operation=LISTS[provider][0])
    spoiled = items(provider, get_page(vendor_fakes, provider, PAGES[provider][0]).json())
    id_field = LISTS[provider][3]
    assert spoiled[0][id_field] == bad
    assert spoiled[1:] == clean[1:]
    assert {k: v for k, v in spoiled[0].items() if k != id_field} == {
        k: v for k, v in clean[0].items() if k != id_field
    }


def test_repeat_page_sends_the_cursor_back_forever(vendor_fakes: FakeVendors) -> None:
    vendor_fakes.seed("e2b", {"running": 30})
    vendor_fakes.inject("e2b", Fault.repeat_page(), operation="list_sandboxes_v2")  # skip=1: page 1 is fine
    first = get_page(vendor_fakes, "e2b", {"limit": 10})
    token = first.headers["x-next-token"]
    for _ in range(5):
        again = get_page(vendor_fakes, "e2b", {"limit": 10, "nextToken": token})
        assert (again.headers["x-next-token"], again.json()) == (token, first.json())


@pytest.mark.parametrize("provider", ["anchorbrowser", "codegen", "browser_use"])
def test_repeat_page_answers_page_two_with_page_one(vendor_fakes: FakeVendors, provider: str) -> None:
    vendor_fakes.seed(provider, {RUNNING.get(provider, "running"): 30})
    first_params, second_params = PAGES[provider]
    vendor_fakes.inject(provider, Fault.repeat_page(times=1), operation=LISTS[provider][0])
    first = get_page(vendor_fakes, provider, first_params)
    assert get_page(vendor_fakes, provider, second_params).content == first.content
    real_second = get_page(vendor_fakes, provider, second_params)  # times=1: used up
    assert real_second.content != first.content
    assert not {str(i[LISTS[provider][3]]) for i in items(provider, real_second.json())} & {
        str(i[LISTS[provider][3]]) for i in items(provider, first.json())
    }


def test_repeat_page_with_nothing_before_answers_normally(vendor_fakes: FakeVendors) -> None:
    vendor_fakes.seed("agi", {"running": 2})
    vendor_fakes.inject("agi", Fault.repeat_page(skip=0), operation="list_sessions")
    assert len(get_page(vendor_fakes, "agi", {}).json()) == 2


@pytest.mark.parametrize("provider", ["anchorbrowser", "codegen", "browser_use", "e2b"])
def test_rate_limit_on_page_three_only(vendor_fakes: FakeVendors, provider: str) -> None:
    vendor_fakes.seed(provider, {RUNNING.get(provider, "running"): 40})
    operation = LISTS[provider][0]
    vendor_fakes.inject(provider, Fault.rate_limit(retry_after=2, times=1, skip=2), operation=operation)
    third = {
        "anchorbrowser": {"page": 3},
        "codegen": {"limit": 10, "skip": 20},
        "browser_use": {"pageNumber": 3},
        "e2b": {"limit": 10},
    }[provider]
    assert get_page(vendor_fakes, provider, PAGES[provider][0]).status_code == 200
    assert get_page(vendor_fakes, provider, PAGES[provider][1]).status_code == 200
    limited = get_page(vendor_fakes, provider, third)
    assert (limited.status_code, limited.headers["retry-after"]) == (429, "2")
    retried = get_page(vendor_fakes, provider, third)
    assert retried.status_code == 200 and len(items(provider, retried.json())) == 10
    assert [r.operation for r in vendor_fakes.requests(provider)] == [operation] * 4


def test_page_faults_need_a_list_operation(vendor_fakes: FakeVendors) -> None:
    for fault in (Fault.repeat_page(), Fault.wrong_shape(), Fault.malformed_id()):
        with pytest.raises(ValueError, match="list_sessions"):
            vendor_fakes.inject("agi", fault, operation="pause_session")
        with pytest.raises(ValueError, match="spoils a page"):
            vendor_fakes.inject("agi", fault)
    with client(vendor_fakes, "agi") as http:
        refused = http.post("/_fake/faults", json={"kind": "wrong_shape", "operation": "pause_session"})
        assert refused.status_code == 400 and "list_sessions" in refused.json()["error"]


def test_page_faults_over_http(vendor_fakes: FakeVendors) -> None:
    vendor_fakes.seed("browser_use", {"running": 3})
    with client(vendor_fakes, "browser_use") as http:
        armed = http.post(
            "/_fake/faults", json={"kind": "malformed_id", "bad_id": "x/y", "operation": "list_tasks"}
        )
        assert armed.status_code == 201
        assert (armed.json()["bad_id"], armed.json()["skip"]) == ("x/y", 0)
        assert http.get("/api/v2/tasks").json()["items"][0]["id"] == "x/y"
        repeat = http.post("/_fake/faults", json={"kind": "repeat_page", "operation": "list_tasks"})
        assert repeat.json()["skip"] == 1  # the first page has nothing to repeat


def test_skip_lets_the_first_requests_through(vendor_fakes: FakeVendors) -> None:
    sid = vendor_fakes.create("agi", status="running")
    vendor_fakes.inject("agi", Fault.status(503, times=1, skip=2), operation="get_session_status")
    with client(vendor_fakes, "agi") as http:
        codes = [http.get(f"/v1/sessions/{sid}/status").status_code for _ in range(4)]
    assert codes == [200, 200, 503, 200]


@pytest.mark.parametrize("skip", [-1, 1.5, True])
def test_skip_must_be_a_count(skip: Any) -> None:
    with pytest.raises(ValueError, match="skip"):
        Fault.status(500, skip=skip)
