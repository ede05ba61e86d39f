"""Transition modes: immediate, after N polls, after N seconds (on an injected clock), manual; from
Python and through the /_fake admin routes."""

from __future__ import annotations

import httpx
import pytest
from intermission import Client
from intermission.fakes import FakeVendors

from .conftest import PAUSE, STATUS, call, vendor_status


def _status_polls(fakes: FakeVendors, provider: str, sid: str, n: int) -> list[str]:
    return [vendor_status(provider, call(fakes, provider, STATUS, sid)) for _ in range(n)]


def _admin(fakes: FakeVendors, provider: str) -> httpx.Client:
    return httpx.Client(base_url=fakes.base_url(provider) + "/_fake", timeout=5)


@pytest.mark.parametrize("provider", ["agi", "anchorbrowser", "browser_use"])
def test_immediate_is_the_default(vendor_fakes: FakeVendors, provider: str) -> None:
    sid = vendor_fakes.create(provider, status="running")
    assert call(vendor_fakes, provider, PAUSE, sid).status_code == 200
    assert vendor_fakes.pending(provider, sid) is None
    assert _status_polls(vendor_fakes, provider, sid, 1) == ["paused"]


@pytest.mark.parametrize("provider", ["agi", "anchorbrowser", "browser_use"])
def test_polls_mode_settles_on_the_nth_poll(vendor_fakes: FakeVendors, provider: str) -> None:
    vendor_fakes.set_transitions(provider, "polls", 3)
    sid = vendor_fakes.create(provider, status="running")
    assert call(vendor_fakes, provider, PAUSE, sid).status_code == 200
    # Looking from the test is no poll.
    assert (vendor_fakes.status(provider, sid), vendor_fakes.pending(provider, sid)) == ("running", "paused")
    assert _status_polls(vendor_fakes, provider, sid, 4) == ["running", "running", "paused", "paused"]
    assert vendor_fakes.pending(provider, sid) is None


def test_seconds_mode_follows_the_store_clock(vendor_fakes: FakeVendors) -> None:
    now = [100.0]
    vendor_fakes.fake("agi").store.clock = lambda: now[0]
    vendor_fakes.set_transitions("agi", "seconds", 5)
    sid = vendor_fakes.create("agi", status="running")
    assert call(vendor_fakes, "agi", PAUSE, sid).status_code == 200
    assert _status_polls(vendor_fakes, "agi", sid, 3) == ["running"] * 3
    now[0] = 104.9
    assert vendor_fakes.status("agi", sid) == "running"
    now[0] = 105.0
    assert vendor_fakes.status("agi", sid) == "paused"
    assert _status_polls(vendor_fakes, "agi", sid, 1) == ["paused"]


def test_manual_mode_waits_for_advance(vendor_fakes: FakeVendors) -> None:
    vendor_fakes.set_transitions("agi", "manual")
    first, second = (vendor_fakes.create("agi", status="running") for _ in range(2))
    for sid in (first, second):
        assert call(vendor_fakes, "agi", PAUSE, sid).status_code == 200
    assert _status_polls(vendor_fakes, "agi", first, 5) == ["running"] * 5
    assert vendor_fakes.advance("agi", first) == [first]
    assert (vendor_fakes.status("agi", first), vendor_fakes.status("agi", second)) == ("paused", "running")
    assert vendor_fakes.advance("agi") == [second]
    assert vendor_fakes.status("agi", second) == "paused"
    assert vendor_fakes.advance("agi") == []


def test_a_pending_move_is_checked_against_the_status_it_leaves(vendor_fakes: FakeVendors) -> None:
    vendor_fakes.set_transitions("agi", "manual")
    sid = vendor_fakes.create("agi", status="running")
    assert call(vendor_fakes, "agi", PAUSE, sid).status_code == 200
    # Still running as seen, so a second pause is accepted (and replaces the pending one), not a 409.
    assert call(vendor_fakes, "agi", PAUSE, sid).status_code == 200
    vendor_fakes.set_status("agi", sid, "waiting_for_input")
    assert vendor_fakes.pending("agi", sid) is None
    assert vendor_fakes.advance("agi") == []


def test_reset_restores_immediate_transitions(vendor_fakes: FakeVendors) -> None:
    vendor_fakes.set_transitions("agi", "manual")
    vendor_fakes.reset()
    sid = vendor_fakes.create("agi", status="running")
    call(vendor_fakes, "agi", PAUSE, sid)
    assert vendor_fakes.status("agi", sid) == "paused"


@pytest.mark.parametrize(
    ("mode", "after", "message"),
    [("soon", 1, "no transition mode"), ("polls", 1.5, "whole number"), ("seconds", -1, ">= 0")],
)
def test_bad_modes_are_refused_by_name(
    vendor_fakes: FakeVendors, mode: str, after: float, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        vendor_fakes.set_transitions("agi", mode, after)
    with _admin(vendor_fakes, "agi") as admin:
        answer = admin.put("/transitions", json={"mode": mode, "after": after})
    assert answer.status_code == 400 and message in answer.json()["error"]


def test_admin_routes_polls_and_manual(vendor_fakes: FakeVendors) -> None:
    with _admin(vendor_fakes, "agi") as admin:
        assert admin.get("/transitions").json() == {"mode": "immediate", "after": 0}
        assert admin.put("/transitions", json={"mode": "polls", "after": 2}).json() == {
            "mode": "polls",
            "after": 2,
        }
        sid = admin.post("/resources", json={"status": "running"}).json()["id"]
        call(vendor_fakes, "agi", PAUSE, sid)
        shown = admin.get(f"/resources/{sid}").json()
        assert (shown["status"], shown["pending"]) == ("running", "paused")
        assert _status_polls(vendor_fakes, "agi", sid, 2) == ["running", "paused"]

        admin.put("/transitions", json={"mode": "manual"})
        other = admin.post("/resources", json={"status": "running"}).json()["id"]
        call(vendor_fakes, "agi", PAUSE, other)
        assert _status_polls(vendor_fakes, "agi", other, 3) == ["running"] * 3
        moved = admin.post("/advance", json={"id": other}).json()
        assert [(r["id"], r["status"]) for r in moved] == [(other, "paused")]
        assert admin.get(f"/resources/{other}").json()["pending"] is None
        assert admin.post("/advance").json() == []
        assert admin.post("/advance", json={"id": 7}).status_code == 400
        assert admin.post("/advance", json={"id": "nope"}).status_code == 404


def test_the_facade_sees_a_pause_settle_after_polls(vendor_fakes: FakeVendors) -> None:
    vendor_fakes.set_transitions("agi", "polls", 2)
    sid = vendor_fakes.create("agi", status="running")
    with Client("agi", **vendor_fakes.options("agi")) as client:
        client.pause(sid)
        assert [client.status(sid).raw_status for _ in range(3)] == ["running", "paused", "paused"]
