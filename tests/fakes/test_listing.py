"""Each fake's list operation through the generated clients, over HTTP: every page, filters, fresh state."""

from __future__ import annotations

import math
from datetime import UTC, datetime
from typing import Any

import pytest
from intermission.fakes import FakeVendors
from intermission_agi.api.default import list_sessions as agi_list
from intermission_anchorbrowser.api.browser_sessions import list_sessions_history_page as anchor_list
from intermission_anchorbrowser.models import ListSessionsHistoryPageLimit, ListSessionsHistoryPageSortOrder
from intermission_browser_use.api.tasks import list_tasks as bu_list
from intermission_browser_use.models import TaskStatus
from intermission_codegen.api.agents import list_agent_runs as codegen_list
from intermission_e2b.api.sandboxes import list_sandboxes_v2 as e2b_list
from intermission_e2b.models import SandboxState

from tests.support.fakes import org_id

from .conftest import PAUSE, call, client, generated

PAGE = 10
Listed = list[tuple[str, str]]  # (id, status as the list shows it), in the vendor's order


def anchor_pages(fakes: FakeVendors, **filters: Any) -> tuple[Listed, int]:
    found: Listed = []
    with generated(fakes, "anchorbrowser") as api:
        page = 1
        while True:
            limit = ListSessionsHistoryPageLimit.VALUE_10
            data = anchor_list.sync_detailed(client=api, page=page, limit=limit, **filters).parsed.data
            found += [(s.id, s.status) for s in data.sessions]
            if page >= data.total_pages:
                return found, page
            page += 1


def agi_pages(fakes: FakeVendors) -> tuple[Listed, int]:
    with generated(fakes, "agi") as api:
        return [(s.session_id, str(s.status)) for s in agi_list.sync_detailed(client=api).parsed], 1


def codegen_pages(fakes: FakeVendors, **filters: Any) -> tuple[Listed, int]:
    found: Listed = []
    with generated(fakes, "codegen") as api:
        skip, pages = 0, 0
        while True:
            page = codegen_list.sync_detailed(
                org_id(fakes), client=api, skip=skip, limit=PAGE, **filters
            ).parsed
            pages += 1
            found += [(str(r.id), str(r.status)) for r in page.items]
            skip += PAGE
            if skip >= page.total:
                return found, pages


def bu_pages(fakes: FakeVendors, **filters: Any) -> tuple[Listed, int]:
    found: Listed = []
    with generated(fakes, "browser_use") as api:
        number = 1
        while True:
            page = bu_list.sync_detailed(client=api, page_size=PAGE, page_number=number, **filters).parsed
            found += [(str(t.id), t.status.value) for t in page.items]
            if number * PAGE >= page.total_items:
                return found, number
            number += 1


def e2b_pages(fakes: FakeVendors, **filters: Any) -> tuple[Listed, int]:
    found: Listed = []
    with generated(fakes, "e2b") as api:
        token, pages = None, 0
        while True:
            more = {"next_token": token} if token else {}
            response = e2b_list.sync_detailed(client=api, limit=PAGE, **filters, **more)
            pages += 1
            found += [(s.sandbox_id, s.state.value) for s in response.parsed]
            token = response.headers.get("x-next-token")
            if token is None:
                return found, pages


PAGERS = {
    "anchorbrowser": anchor_pages,
    "agi": agi_pages,
    "codegen": codegen_pages,
    "browser_use": bu_pages,
    "e2b": e2b_pages,
}
# What each fake is seeded with, and how its list names each of those statuses (None: never listed).
SEEDS: dict[str, dict[str, tuple[int, str | None]]] = {
    "anchorbrowser": {"running": (23, "running"), "paused": (11, "paused"), "completed": (4, "completed")},
    "agi": {"running": (23, "running"), "waiting_for_input": (3, "running"), "finished": (4, "completed")},
    "codegen": {"ACTIVE": (23, "ACTIVE"), "PAUSED": (11, "PAUSED"), "COMPLETE": (4, "COMPLETE")},
    "browser_use": {"running": (23, "started"), "paused": (11, "started"), "finished": (4, "finished")},
    "e2b": {"running": (23, "running"), "paused": (11, "paused"), "killed": (4, None)},
}
# The order the vendor lists in: creation order, or newest first.
NEWEST_FIRST = {"anchorbrowser": False, "agi": True, "codegen": True, "browser_use": True, "e2b": True}


def seed(fakes: FakeVendors, provider: str) -> Listed:
    """Seed the provider's mix; the (id, listed status) pairs the list must show, in creation order."""
    counts = {status: n for status, (n, _) in SEEDS[provider].items()}
    ids = fakes.seed(provider, counts)
    named = {status: shown for status, (_, shown) in SEEDS[provider].items()}
    pairs = [(i, named[fakes.status(provider, i)]) for i in ids]
    return [(i, shown) for i, shown in pairs if shown is not None]


@pytest.mark.parametrize("provider", list(PAGERS))
def test_every_item_listed_once_across_pages(vendor_fakes: FakeVendors, provider: str) -> None:
    expected = seed(vendor_fakes, provider)
    listed, pages = PAGERS[provider](vendor_fakes)
    assert listed == (expected[::-1] if NEWEST_FIRST[provider] else expected)
    assert pages == (1 if provider == "agi" else math.ceil(len(expected) / PAGE))
    assert vendor_fakes.bugs() == []


# The vendors that filter by status on their side, with the filter as their generated client takes it.
FILTERS: list[tuple[str, dict[str, Any], set[str]]] = [
    ("anchorbrowser", {"status": "paused"}, {"paused"}),
    ("browser_use", {"filter_by": TaskStatus.STARTED}, {"running", "paused"}),
    ("browser_use", {"filter_by": TaskStatus.FINISHED}, {"finished"}),
    ("e2b", {"state": [SandboxState.PAUSED]}, {"paused"}),
    ("e2b", {"state": [SandboxState.RUNNING]}, {"running"}),
]


@pytest.mark.parametrize(("provider", "filters", "statuses"), FILTERS)
def test_state_filter_on_the_vendor_side(
    vendor_fakes: FakeVendors, provider: str, filters: dict[str, Any], statuses: set[str]
) -> None:
    seed(vendor_fakes, provider)
    listed, _ = PAGERS[provider](vendor_fakes, **filters)
    assert listed
    assert {vendor_fakes.status(provider, i) for i, _ in listed} == statuses
    everything = [i for i, _ in PAGERS[provider](vendor_fakes)[0]]
    assert {i for i, _ in listed} == {i for i in everything if vendor_fakes.status(provider, i) in statuses}


@pytest.mark.parametrize("provider", ["anchorbrowser", "agi", "browser_use", "e2b"])
def test_a_pause_shows_in_the_next_listing(vendor_fakes: FakeVendors, provider: str) -> None:
    running = "running"
    first, *_ = vendor_fakes.seed(provider, {running: 3})
    if provider == "e2b":
        with client(vendor_fakes, "e2b") as http:
            assert http.post(f"/sandboxes/{first}/pause").status_code == 204
    else:
        assert call(vendor_fakes, provider, PAUSE, first).status_code == 200
    listed = dict(PAGERS[provider](vendor_fakes)[0])
    assert listed[first] == ("started" if provider == "browser_use" else "paused")  # v2 has no paused
    assert (
        sorted(v for k, v in listed.items() if k != first)
        == ["started" if provider == "browser_use" else running] * 2
    )


def test_codegen_lists_its_runs_newest_first_with_the_page_numbers(vendor_fakes: FakeVendors) -> None:
    ids = vendor_fakes.seed("codegen", {"ACTIVE": 25})
    with client(vendor_fakes, "codegen") as http:
        answer = http.get(
            f"/v1/organizations/{org_id(vendor_fakes)}/agent/runs", params={"skip": 20, "limit": 10}
        )
        assert answer.status_code == 200
        page = answer.json()
        assert [str(r["id"]) for r in page["items"]] == ids[:5][::-1]
        assert {k: page[k] for k in ("total", "page", "size", "pages")} == {
            "total": 25,
            "page": 3,
            "size": 10,
            "pages": 3,
        }
        other = http.get(f"/v1/organizations/{org_id(vendor_fakes) + 1}/agent/runs")
        assert other.status_code == 403
        filtered = http.get(
            f"/v1/organizations/{org_id(vendor_fakes)}/agent/runs", params={"source_type": "SLACK"}
        )
        assert filtered.json()["total"] == 0
        assert (
            http.get(
                f"/v1/organizations/{org_id(vendor_fakes)}/agent/runs", params={"source_type": "API"}
            ).json()["total"]
            == 25
        )


def test_anchor_sorting_and_creation_window(vendor_fakes: FakeVendors) -> None:
    ids = vendor_fakes.seed("anchorbrowser", {"running": 12})
    desc = ListSessionsHistoryPageSortOrder.DESC
    listed, _ = anchor_pages(vendor_fakes, sort_order=desc)
    assert [i for i, _ in listed] == ids[::-1]
    by_id, _ = anchor_pages(vendor_fakes, sort_by="session_id")
    assert [i for i, _ in by_id] == sorted(ids)
    # The fake's sessions are created a minute apart from 2025-01-01T00:00Z.
    window = {
        "created_from": datetime(2025, 1, 1, 0, 3, tzinfo=UTC),
        "created_to": datetime(2025, 1, 1, 0, 5, tzinfo=UTC),
    }
    assert [i for i, _ in anchor_pages(vendor_fakes, **window)[0]] == ids[3:6]
    assert anchor_pages(vendor_fakes, tags="production")[0] == []  # no session of ours carries a tag


def test_offset_pages_shift_when_items_leave_the_filter(vendor_fakes: FakeVendors) -> None:
    """As at the vendor: pausing what page 1 showed moves later running sessions onto page 1."""
    ids = vendor_fakes.seed("anchorbrowser", {"running": 30})
    with client(vendor_fakes, "anchorbrowser") as http:
        first = http.get("/v1/sessions", params={"status": "running"}).json()["data"]["sessions"]
        for session in first:
            assert call(vendor_fakes, "anchorbrowser", PAUSE, session["id"]).status_code == 200
        second = http.get("/v1/sessions", params={"status": "running", "page": 2}).json()["data"]
    assert [s["id"] for s in second["sessions"]] == ids[20:30]
    assert second["total"] == 20


def test_e2b_cursor_is_stable_when_items_change_state(vendor_fakes: FakeVendors) -> None:
    ids = vendor_fakes.seed("e2b", {"running": 25})
    with client(vendor_fakes, "e2b") as http:
        first = http.get("/v2/sandboxes", params={"state": "running", "limit": 10})
        for sandbox in first.json():
            assert http.post(f"/sandboxes/{sandbox['sandboxID']}/pause").status_code == 204
        token = first.headers["x-next-token"]
        second = http.get("/v2/sandboxes", params={"state": "running", "limit": 10, "nextToken": token})
    assert [s["sandboxID"] for s in second.json()] == ids[::-1][10:20]
    assert first.headers["x-total-running"] == "25" and second.headers["x-total-running"] == "15"


def test_e2b_list_refusals(vendor_fakes: FakeVendors) -> None:
    vendor_fakes.seed("e2b", {"running": 2, "paused": 1})
    with client(vendor_fakes, "e2b") as http:
        assert http.get("/v2/sandboxes", params={"nextToken": "not a token"}).status_code == 400
        # state is form, explode: false: one value, comma-separated; the same name twice is refused
        assert len(http.get("/v2/sandboxes?state=running,paused").json()) == 3
        repeated = http.get("/v2/sandboxes?state=running&state=paused")
        assert (repeated.status_code, repeated.json()["code"]) == (400, 400)
        assert http.get("/v2/sandboxes", params={"state": "killed"}).status_code == 400
        assert http.get("/v2/sandboxes", params={"limit": 101}).status_code == 400
        only_paused = http.get("/v2/sandboxes", params={"state": "paused"})
        assert "x-total-running" not in only_paused.headers


def test_agi_lists_every_session_in_its_own_vocabulary(vendor_fakes: FakeVendors) -> None:
    ids = vendor_fakes.seed(
        "agi", {"ready": 1, "paused": 1, "error": 1, "finished": 1, "waiting_for_input": 1}
    )
    listed = dict(agi_pages(vendor_fakes)[0])
    assert [listed[i] for i in ids] == ["ready", "paused", "error", "completed", "running"]


def test_anchor_status_of_all_sessions_lists_the_same_sessions(vendor_fakes: FakeVendors) -> None:
    ids = vendor_fakes.seed("anchorbrowser", {"running": 2, "paused": 1})
    with client(vendor_fakes, "anchorbrowser") as http:
        data = http.get("/v1/sessions/all/status").json()["data"]
        assert data["count"] == 3
        assert [(s["session_id"], s["status"]) for s in data["items"]] == list(
            zip(ids, ["running", "paused", "running"], strict=True)
        )
        assert http.get("/v1/sessions/all/status", params={"batch_id": "b1"}).json()["data"]["count"] == 0
