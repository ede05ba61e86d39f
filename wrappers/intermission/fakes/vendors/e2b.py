"""E2B: X-API-Key, errors as {"code", "message"}, 204s for pause and kill, 409 for the wrong state."""

from __future__ import annotations

import base64
import binascii
from typing import Any

from intermission.fakes.pages import PageShape, created_within
from intermission.fakes.spec import ErrorDetail
from intermission.fakes.state import Lifecycle, Resource, UnknownResource, WrongState
from intermission.fakes.vendors import NO_BODY, Handler, HandlerInput, Reply, Wire

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


def _find(call: HandlerInput) -> Resource | Reply:
    try:
        found = call.store.get(call.params["sandboxID"])
    except UnknownResource:
        found = None
    if found is None or found.status == GONE:
        return error(404, f"sandbox {call.params['sandboxID']} not found")
    return found


def get_sandbox(call: HandlerInput) -> Reply:
    found = _find(call)
    return found if isinstance(found, Reply) else Reply(200, sandbox_body(found))


def act(action: str, success: int) -> Handler:
    def handle(call: HandlerInput) -> Reply:
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


LIST = "GET /v2/sandboxes"
LISTED_STATES = ("running", "paused")  # SandboxState: a killed sandbox is never listed


def _cursor(sandbox: Resource) -> str:
    """The opaque nextToken after ``sandbox``: its place in start order, which no state change moves."""
    return base64.urlsafe_b64encode(f"{sandbox.created_at}|{sandbox.id}".encode()).decode()


def _place(token: str) -> tuple[str, str] | None:
    try:
        started, _, sandbox_id = base64.urlsafe_b64decode(token.encode()).decode().partition("|")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    return (started, sandbox_id) if sandbox_id else None


def _wanted(sandbox: Resource, params: Any) -> bool:
    if sandbox.status not in (params["state"] or LISTED_STATES):
        return False
    if params["metadata"] is not None or params["template"] not in (None, "base"):
        return False  # our sandboxes carry no metadata and all come from the base template
    return created_within(sandbox, params["startedAfter"], None)


def list_sandboxes(call: HandlerInput) -> Reply:
    """By start time (desc unless order=asc), ``limit`` at a time; X-Next-Token names the next page."""
    params = call.params
    newest_first = params["order"] != "asc"
    found = sorted(
        (s for s in call.store.all() if _wanted(s, params)),
        key=lambda s: (s.created_at, s.id),
        reverse=newest_first,
    )
    if params["nextToken"] is not None:
        place = _place(params["nextToken"])
        if place is None:
            return error(400, "invalid next token")
        if newest_first:
            found = [s for s in found if (s.created_at, s.id) < place]
        else:
            found = [s for s in found if (s.created_at, s.id) > place]
    page = found[: params["limit"]]
    headers = {}
    if len(found) > len(page):
        headers["X-Next-Token"] = _cursor(page[-1])
    if "running" in (params["state"] or LISTED_STATES):
        headers["X-Total-Running"] = str(
            sum(1 for s in call.store.all() if s.status == "running" and _wanted(s, params))
        )
    return Reply(200, [sandbox_body(s) for s in page], headers)


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
        LIST: list_sandboxes,
        "GET /sandboxes/{sandboxID}": get_sandbox,
        "POST /sandboxes/{sandboxID}/pause": act("pause", 204),
        "POST /sandboxes/{sandboxID}/resume": act("resume", 201),
        "DELETE /sandboxes/{sandboxID}": act("stop", 204),
    },
    listings={LIST: PageShape(items=(), id="sandboxID")},
)
