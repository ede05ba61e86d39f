"""Browser Use as it is today: status, stop and the list through API v2; pause and resume on the retired v1,
and a clear error when v1 is gone."""

from __future__ import annotations

import pytest
from intermission import Client, State, capabilities
from intermission.errors import EndpointRemoved, InvalidState, NotFound, Unsupported
from intermission.fakes import FakeVendors

from tests.wrappers.conftest import count, options

MISSING = "4b0c8a57-4a0e-4a3e-9d3f-1b2b3c4d5e6f"


def test_status_stop_and_list_go_through_v2(vendor_fakes: FakeVendors) -> None:
    task = vendor_fakes.create("browser_use", status="running")
    with Client("browser_use", **options(vendor_fakes, "browser_use")) as bu:
        assert (bu.status(task).state, bu.status(task).raw_status) == (State.RUNNING, "started")
        assert bu.stop(task).state is State.STOPPED
        assert [r.id for r in bu.list(State.STOPPED)] == [task]
    paths = {(r.method, r.path.split("?")[0]) for r in vendor_fakes.requests("browser_use")}
    assert paths == {
        ("GET", f"/api/v2/tasks/{task}"),
        ("PATCH", f"/api/v2/tasks/{task}"),
        ("GET", "/api/v2/tasks"),
    }
    (stop,) = [r for r in vendor_fakes.requests("browser_use") if r.method == "PATCH"]
    assert stop.body.replace(b" ", b"") == b'{"action":"stop"}'


def test_stopping_a_finished_task_is_invalid_state(vendor_fakes: FakeVendors) -> None:
    task = vendor_fakes.create("browser_use", status="finished")
    with (
        Client("browser_use", **options(vendor_fakes, "browser_use")) as bu,
        pytest.raises(InvalidState) as info,
    ):
        bu.stop(task)  # v2 answers 200 with the task as it is
    assert info.value.current_state is State.FINISHED
    assert vendor_fakes.status("browser_use", task) == "finished"


def test_pause_and_resume_stay_on_v1_and_confirm_through_v1(vendor_fakes: FakeVendors) -> None:
    task = vendor_fakes.create("browser_use", status="paused")
    with Client("browser_use", **options(vendor_fakes, "browser_use")) as bu:
        again = bu.pause(task)  # refused by v1 (already paused); v1's status says paused: a success
        assert (again.state, again.raw_status) == (State.PAUSED, "paused")
        assert bu.resume(task).state is State.RUNNING
    v1 = [r.path for r in vendor_fakes.requests("browser_use")]
    assert v1 == ["/api/v1/pause-task", f"/api/v1/task/{task}/status", "/api/v1/resume-task"]


@pytest.mark.parametrize("code", [404, 410])
def test_a_removed_v1_endpoint_names_the_vendors_change(vendor_fakes: FakeVendors, code: int) -> None:
    task = vendor_fakes.create("browser_use", status="running")
    assert set(vendor_fakes.remove_endpoints("browser_use", code=code)) == {"pause_task", "resume_task"}
    with Client("browser_use", **options(vendor_fakes, "browser_use")) as bu:
        for call in (bu.pause, bu.resume):
            with pytest.raises(EndpointRemoved) as info:
                call(task)
            error = info.value
            assert isinstance(error, Unsupported) and error.http_status == code
            assert "November 2025" in error.change and "retired" in str(error)
        assert bu.status(task).state is State.RUNNING  # v2 still answers
    assert vendor_fakes.status("browser_use", task) == "running"


def test_a_404_for_a_task_that_does_not_exist_stays_not_found(vendor_fakes: FakeVendors) -> None:
    vendor_fakes.remove_endpoints("browser_use", code=404)
    with Client("browser_use", **options(vendor_fakes, "browser_use")) as bu, pytest.raises(NotFound):
        bu.pause(MISSING)
    assert count(vendor_fakes, "browser_use", "get_task") == 1  # the v2 read that told them apart


def test_pause_and_resume_are_marked_legacy_in_the_capabilities() -> None:
    from intermission.providers import legacy

    assert capabilities()["browser_use"] == {
        "pause": True,
        "resume": True,
        "status": True,
        "stop": True,
        "list": True,
    }
    assert set(legacy()["browser_use"]) == {"pause", "resume"}
