"""Browser Use: FastAPI errors ({"detail"}). API v1: Bearer key, task id in the query, empty 200 bodies;
API v2 (X-Browser-Use-API-Key): tasks listed by page, read and stopped, never paused (v1 only)."""

from __future__ import annotations

import uuid
from typing import Any

from intermission.fakes.pages import PageShape, created_within, numbered
from intermission.fakes.spec import ErrorDetail
from intermission.fakes.state import Lifecycle, Resource, UnknownResource, WrongState
from intermission.fakes.vendors import Handler, HandlerInput, Reply, Wire, fastapi_validation_error


def error(status: int, message: str) -> Reply:
    return Reply(status, {"detail": message})


def invalid(errors: list[ErrorDetail]) -> Reply:
    # The resume-task page's 422 example is pydantic v1's wording for a missing parameter.
    v1 = {"missing": ("field required", "value_error.missing")}
    return fastapi_validation_error(
        [{**e, "msg": v1[e["type"]][0], "type": v1[e["type"]][1]} if e["type"] in v1 else e for e in errors]
    )


def get_task_status(call: HandlerInput) -> Reply:
    try:
        task = call.store.get(call.params["task_id"])
    except UnknownResource:
        return error(404, "Task not found")
    return Reply(200, task.status)


def task_action(name: str) -> Handler:
    def handle(call: HandlerInput) -> Reply:
        try:
            call.store.apply(call.params["task_id"], name)
        except UnknownResource:
            return error(404, "Task not found")
        except WrongState as exc:
            status = exc.resource.status
            if name == "resume" and status == "stopped":
                return error(400, "You can't resume a stopped task")
            return error(400, f"You can't {name} a task that is {status}")
        return Reply(200, {})

    return handle


# API v2 has no paused status (its TaskStatus): a task paused through v1 shows as started, as running does.
V2_STATUS = {"running": "started", "paused": "started"}
LIST = "GET /api/v2/tasks"


def _v2_status(task: Resource) -> str:
    return V2_STATUS.get(task.status, task.status)


def _session_of(task: Resource) -> str:
    """The task's session: one per task, the same on every run."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"browser-use-session:{task.id}"))


def task_item(task: Resource) -> dict[str, Any]:
    """A task as v2 lists it (TaskItemView)."""
    return {
        "id": task.id,
        "sessionId": _session_of(task),
        "llm": "browser-use-llm",
        "task": "Find the cheapest flight",
        "status": _v2_status(task),
        "createdAt": task.created_at,
        "startedAt": None if task.status == "created" else task.created_at,
        "finishedAt": None,
        "metadata": {},
    }


def task_view(task: Resource) -> dict[str, Any]:
    """A task as v2 shows one (TaskView)."""
    return {**task_item(task), "steps": [], "outputFiles": []}


def _wanted(task: Resource, params: Any) -> bool:
    if params["filterBy"] is not None and _v2_status(task) != params["filterBy"]:
        return False
    if params["sessionId"] is not None and _session_of(task) != params["sessionId"].lower():
        return False
    return created_within(task, params["after"], params["before"])


def list_tasks(call: HandlerInput) -> Reply:
    """Newest first (the document names no order), by pageNumber and pageSize."""
    params = call.params
    tasks = [t for t in reversed(call.store.all()) if _wanted(t, params)]
    number, size = params["pageNumber"], params["pageSize"]
    page = {
        "items": [task_item(t) for t in numbered(tasks, number, size)],
        "totalItems": len(tasks),
        "pageNumber": number,
        "pageSize": size,
    }
    return Reply(200, page)


def get_task(call: HandlerInput) -> Reply:
    try:
        task = call.store.get(call.params["task_id"])
    except UnknownResource:
        return error(404, "Task not found")
    return Reply(200, task_view(task))


def get_task_status_v2(call: HandlerInput) -> Reply:
    try:
        task = call.store.get(call.params["task_id"])
    except UnknownResource:
        return error(404, "Task not found")
    return Reply(200, {"id": task.id, "status": _v2_status(task), "output": None})


def update_task(call: HandlerInput) -> Reply:
    """stop and stop_task_and_session both stop the task (our tasks share no session). The document
    gives no refusal for a task that has already ended: that task is answered as it is."""
    try:
        task = call.store.apply(call.params["task_id"], "stop")
    except UnknownResource:
        return error(404, "Task not found")
    except WrongState as exc:
        task = exc.resource
    return Reply(200, task_view(task))


WIRE = Wire(
    lifecycle=Lifecycle(
        statuses=("created", "running", "paused", "finished", "stopped", "failed"),
        initial="created",
        terminal=frozenset({"finished", "stopped", "failed"}),
        actions={
            "pause": {"created": "paused", "running": "paused"},
            "resume": {"paused": "running"},
            "stop": {"created": "stopped", "running": "stopped", "paused": "stopped"},
        },
    ),
    unauthorized="Invalid API key",
    error=error,
    invalid=invalid,
    error_schema="ErrorResponse",
    routes={
        "GET /api/v1/task/{task_id}/status": get_task_status,
        "PUT /api/v1/pause-task": task_action("pause"),
        "PUT /api/v1/resume-task": task_action("resume"),
        "PUT /api/v1/stop-task": task_action("stop"),
        LIST: list_tasks,
        "GET /api/v2/tasks/{task_id}": get_task,
        "GET /api/v2/tasks/{task_id}/status": get_task_status_v2,
        "PATCH /api/v2/tasks/{task_id}": update_task,
    },
    listings={LIST: PageShape(items=("items",), id="id")},
    # The vendor removed pause and resume from its task actions in November 2025; v1's pages are gone.
    retired=("pause_task", "resume_task"),
)
