"""Browser Use (API v1): Bearer key, task id in the query, empty 200 bodies, FastAPI errors ({"detail"})."""

from __future__ import annotations

from intermission.fakes.spec import ErrorDetail
from intermission.fakes.state import Lifecycle, UnknownResource, WrongState
from intermission.fakes.vendors import Call, Handler, Reply, Wire, fastapi_validation_error


def error(status: int, message: str) -> Reply:
    return Reply(status, {"detail": message})


def invalid(errors: list[ErrorDetail]) -> Reply:
    # The resume-task page's 422 example is pydantic v1's wording for a missing parameter.
    v1 = {"missing": ("field required", "value_error.missing")}
    return fastapi_validation_error(
        [{**e, "msg": v1[e["type"]][0], "type": v1[e["type"]][1]} if e["type"] in v1 else e for e in errors]
    )


def get_task_status(call: Call) -> Reply:
    try:
        task = call.store.get(call.params["task_id"])
    except UnknownResource:
        return error(404, "Task not found")
    return Reply(200, task.status)


def task_action(name: str) -> Handler:
    def handle(call: Call) -> Reply:
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
    },
)
