"""Browser Use API v2 tasks at the fake: get, status and stop, on the same tasks v1 pauses and resumes."""

from __future__ import annotations

from uuid import UUID

from intermission.fakes import FakeVendors
from intermission_browser_use.api.tasks import get_task, get_task_status_tasks_task_id_status_get, update_task
from intermission_browser_use.models import TaskStatus, TaskUpdateAction, UpdateTaskRequest

from .conftest import PAUSE, call, client, generated

v2_status = get_task_status_tasks_task_id_status_get


def test_v2_shows_v1_states(vendor_fakes: FakeVendors) -> None:
    created, running, paused, finished = vendor_fakes.seed(
        "browser_use", {"created": 1, "running": 1, "paused": 1, "finished": 1}
    )
    with generated(vendor_fakes, "browser_use") as api:
        shown = [v2_status.sync(UUID(t), client=api).status for t in (created, running, paused, finished)]
        view = get_task.sync(UUID(running), client=api)
    # v2 has no paused: a paused task shows as started, as a running one does
    assert shown == [TaskStatus.CREATED, TaskStatus.STARTED, TaskStatus.STARTED, TaskStatus.FINISHED]
    assert (str(view.id), view.status, view.steps, view.output_files) == (running, TaskStatus.STARTED, [], [])


def test_v2_stop_moves_the_task_v1_sees(vendor_fakes: FakeVendors) -> None:
    task, other = vendor_fakes.seed("browser_use", {"running": 2})
    assert call(vendor_fakes, "browser_use", PAUSE, task).status_code == 200
    with generated(vendor_fakes, "browser_use") as api:
        stopped = update_task.sync(UUID(task), client=api, body=UpdateTaskRequest(TaskUpdateAction.STOP))
        assert stopped.status is TaskStatus.STOPPED
        both = UpdateTaskRequest(TaskUpdateAction.STOP_TASK_AND_SESSION)
        assert update_task.sync(UUID(other), client=api, body=both).status is TaskStatus.STOPPED
        # a task that has ended is answered as it is: the document gives no refusal for it
        again = update_task.sync_detailed(
            UUID(task), client=api, body=UpdateTaskRequest(TaskUpdateAction.STOP)
        )
        assert (again.status_code, again.parsed.status) == (200, TaskStatus.STOPPED)
    assert (vendor_fakes.status("browser_use", task), vendor_fakes.status("browser_use", other)) == (
        "stopped",
        "stopped",
    )


def test_v2_refusals(vendor_fakes: FakeVendors) -> None:
    unknown = "00000000-0000-4000-8000-000000000000"
    with client(vendor_fakes, "browser_use") as http:
        assert http.get(f"/api/v2/tasks/{unknown}").json() == {"detail": "Task not found"}
        assert http.get(f"/api/v2/tasks/{unknown}/status").status_code == 404
        assert http.patch(f"/api/v2/tasks/{unknown}", json={"action": "stop"}).status_code == 404
        task = vendor_fakes.create("browser_use", status="running")
        assert http.patch(f"/api/v2/tasks/{task}", json={"action": "pause"}).status_code == 422
        assert http.get("/api/v2/tasks/not-a-uuid").status_code == 422
    assert vendor_fakes.status("browser_use", task) == "running"
    v1_only = client(vendor_fakes, "browser_use", with_auth=False)
    key = vendor_fakes.api_key("browser_use")
    with v1_only as http:  # v2 takes its key in X-Browser-Use-API-Key only
        assert http.get("/api/v2/tasks", headers={"authorization": f"Bearer {key}"}).status_code == 401
        assert http.get("/api/v2/tasks", headers={"x-browser-use-api-key": key}).status_code == 200
