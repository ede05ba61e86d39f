"""Browser Use's v1 pause and resume taken down: 404 or 410 as the vendor answers, switchable per test."""

from __future__ import annotations

import pytest
from intermission.fakes import FakeVendors, Fault

from .conftest import PAUSE, RESUME, STATUS, STOP, call, client


@pytest.mark.parametrize(("code", "body"), [(404, {"detail": "Not Found"}), (410, {"detail": "Gone"})])
def test_removed_v1_pause_and_resume(vendor_fakes: FakeVendors, code: int, body: dict[str, str]) -> None:
    running = vendor_fakes.create("browser_use", status="running")
    paused = vendor_fakes.create("browser_use", status="paused")
    assert vendor_fakes.remove_endpoints("browser_use", code=code) == ("pause_task", "resume_task")
    for _ in range(2):  # until reset, not once
        for table, task in ((PAUSE, running), (RESUME, paused)):
            answer = call(vendor_fakes, "browser_use", table, task)
            assert (answer.status_code, answer.json()) == (code, body)
    assert (vendor_fakes.status("browser_use", running), vendor_fakes.status("browser_use", paused)) == (
        "running",
        "paused",
    )
    assert call(vendor_fakes, "browser_use", STATUS, running).status_code == 200  # the rest still answers
    with client(vendor_fakes, "browser_use") as http:
        assert http.get(f"/api/v2/tasks/{running}/status").json()["status"] == "started"
    assert call(vendor_fakes, "browser_use", STOP, running).status_code == 200
    vendor_fakes.reset()
    again = vendor_fakes.create("browser_use", status="running")
    assert call(vendor_fakes, "browser_use", PAUSE, again).status_code == 200


def test_removed_over_http(vendor_fakes: FakeVendors) -> None:
    task = vendor_fakes.create("browser_use", status="running")
    with client(vendor_fakes, "browser_use") as http:
        armed = http.post("/_fake/removed", json={"code": 410})
        assert (armed.status_code, armed.json()) == (
            201,
            {"removed": ["pause_task", "resume_task"], "code": 410},
        )
        assert http.post("/_fake/removed", json={"code": 500}).status_code == 400
        assert http.post("/_fake/removed", json={"operations": ["nope"]}).status_code == 400
    assert call(vendor_fakes, "browser_use", PAUSE, task).status_code == 410


def test_removed_names_what_it_removes(vendor_fakes: FakeVendors) -> None:
    with pytest.raises(ValueError, match="retired no operation"):
        vendor_fakes.remove_endpoints("agi")
    with pytest.raises(ValueError, match="404 or 410"):
        Fault.removed(500)
    with pytest.raises(ValueError, match="no operation"):
        vendor_fakes.remove_endpoints("agi", ["pause_session", "nope"])
    session = vendor_fakes.create("agi", status="running")
    call(vendor_fakes, "agi", PAUSE, session)  # nothing was armed by the refused call
    assert vendor_fakes.status("agi", session) == "paused"
    assert vendor_fakes.remove_endpoints("agi", ["resume_session"], code=410) == ("resume_session",)
    assert call(vendor_fakes, "agi", RESUME, session).status_code == 410
