"""E2B: X-API-Key, errors as {"code", "message"}, 204s for pause and kill, 409 for the wrong state."""

from __future__ import annotations

from typing import Any

from intermission.fakes.spec import ErrorDetail
from intermission.fakes.state import Lifecycle, Resource, UnknownResource, WrongState
from intermission.fakes.vendors import NO_BODY, Call, Handler, Reply, Wire

# "killed" is ours: the API shows a killed sandbox as gone (404), never as a state.
GONE = "killed"


def error(status: int, message: str) -> Reply:
    return Reply(status, {"code": status, "message": message})


def invalid(errors: list[ErrorDetail]) -> Reply:
    where = ", ".join(".".join(str(part) for part in e["loc"]) for e in errors)
    return error(400, f"invalid request: {where}")


def sandbox_body(sandbox: Resource, *, with_state: bool = True) -> dict[str, Any]:
    body: dict[str, Any] = {
        "templateID": "base",
        "sandboxID": sandbox.id,
        "clientID": "6532622b",
        "envdVersion": "0.2.0",
    }
    if with_state:
        body |= {
            "startedAt": sandbox.created_at,
            "endAt": sandbox.created_at,
            "cpuCount": 2,
            "memoryMB": 512,
            "diskSizeMB": 1024,
            "state": sandbox.status,
        }
    return body


def _find(call: Call) -> Resource | Reply:
    try:
        found = call.store.get(call.params["sandboxID"])
    except UnknownResource:
        found = None
    if found is None or found.status == GONE:
        return error(404, f"sandbox {call.params['sandboxID']} not found")
    return found


def get_sandbox(call: Call) -> Reply:
    found = _find(call)
    return found if isinstance(found, Reply) else Reply(200, sandbox_body(found))


def act(action: str, success: int) -> Handler:
    def handle(call: Call) -> Reply:
        found = _find(call)
        if isinstance(found, Reply):
            return found
        try:
            moved = call.store.apply(found.id, action)
        except WrongState as exc:
            return error(409, f"sandbox {found.id} cannot {action}: it is {exc.resource.status}")
        if success == 201:
            return Reply(201, sandbox_body(moved, with_state=False))
        return Reply(success, NO_BODY)

    return handle


WIRE = Wire(
    lifecycle=Lifecycle(
        statuses=("running", "paused", GONE),
        initial="running",
        terminal=frozenset({GONE}),
        actions={
            "pause": {"running": "paused"},
            "resume": {"paused": "running"},
            "stop": {"running": GONE, "paused": GONE},
        },
    ),
    unauthorized="Invalid API key",
    error=error,
    invalid=invalid,
    error_schema="Error",
    routes={
        "GET /sandboxes/{sandboxID}": get_sandbox,
        "POST /sandboxes/{sandboxID}/pause": act("pause", 204),
        "POST /sandboxes/{sandboxID}/resume": act("resume", 201),
        "DELETE /sandboxes/{sandboxID}": act("stop", 204),
    },
)
