"""AGI: Bearer key, errors as {"detail": "..."}, 409 with "not_running"/"not_paused" for the wrong state."""

from __future__ import annotations

from intermission.fakes.pages import PageShape
from intermission.fakes.spec import ErrorDetail
from intermission.fakes.state import Lifecycle, UnknownResource, WrongState
from intermission.fakes.vendors import Handler, HandlerInput, Reply, Wire


def error(status: int, message: str) -> Reply:
    return Reply(status, {"detail": message})


def invalid(_errors: list[ErrorDetail]) -> Reply:
    return error(404, "Session not found")


def get_status(call: HandlerInput) -> Reply:
    try:
        session = call.store.get(call.params["session_id"])
    except UnknownResource:
        return error(404, "Session not found")
    return Reply(200, {"status": session.status})


def act(name: str, refusal: str, done: str) -> Handler:
    def handle(call: HandlerInput) -> Reply:
        try:
            call.store.apply(call.params["session_id"], name)
        except UnknownResource:
            return error(404, "Session not found")
        except WrongState:
            return error(409, refusal)
        return Reply(200, {"success": True, "message": done})

    return handle


# The list speaks another vocabulary than the status route (SessionSummary's enum): these two differ. A
# session waiting for input is live and pausable, so it lists as running.
LISTED_STATUS = {"waiting_for_input": "running", "finished": "completed"}
LIST = "GET /v1/sessions"


def list_sessions(call: HandlerInput) -> Reply:
    """Every session at once, newest first (as the page's example): no pagination, no filter."""
    sessions = [
        {
            "session_id": s.id,
            "agent_name": "agi-0",
            "status": LISTED_STATUS.get(s.status, s.status),
            "created_at": s.created_at,
        }
        for s in reversed(call.store.all())
    ]
    return Reply(200, sessions)


WIRE = Wire(
    lifecycle=Lifecycle(
        statuses=("ready", "running", "waiting_for_input", "paused", "finished", "error"),
        initial="running",
        terminal=frozenset({"finished", "error"}),
        actions={
            "pause": {"running": "paused", "waiting_for_input": "paused"},
            "resume": {"paused": "running"},
        },
    ),
    unauthorized="Invalid API key",
    error=error,
    invalid=invalid,
    error_schema="ErrorResponse",
    routes={
        LIST: list_sessions,
        "GET /v1/sessions/{session_id}/status": get_status,
        "POST /v1/sessions/{session_id}/pause": act("pause", "not_running", "Session paused successfully"),
        "POST /v1/sessions/{session_id}/resume": act("resume", "not_paused", "Session resumed successfully"),
    },
    listings={LIST: PageShape(items=(), id="session_id")},
)
