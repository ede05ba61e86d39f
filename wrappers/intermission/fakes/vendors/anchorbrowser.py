"""Anchor Browser: `anchor-api-key` header, UUID session ids, every error as {"error": {code, message}}."""

from __future__ import annotations

from intermission.fakes.spec import ErrorDetail
from intermission.fakes.state import Lifecycle, UnknownResource, WrongState
from intermission.fakes.vendors import Call, Handler, Reply, Wire


def error(status: int, message: str) -> Reply:
    return Reply(status, {"error": {"code": status, "message": message}})


def invalid(errors: list[ErrorDetail]) -> Reply:
    if any(e["loc"] == ["path", "session_id"] for e in errors):
        return error(404, "Session not found")  # a session id that is not a UUID names no session
    return error(400, "Invalid request")


def get_session(call: Call) -> Reply:
    try:
        session = call.store.get(call.params["session_id"])
    except UnknownResource:
        return error(404, "Session not found")
    data = {"session_id": session.id, "status": session.status, "created_at": session.created_at}
    return Reply(200, {"data": data})


def agent(action: str, refusal: str) -> Handler:
    def handle(call: Call) -> Reply:
        try:
            session = call.store.apply(call.params["session_id"], action)
        except UnknownResource:
            return error(404, "Session not found")
        except WrongState as exc:
            return error(400, f"{refusal} (session is {exc.resource.status})")
        return Reply(200, {"data": {"status": session.status}})

    return handle


WIRE = Wire(
    lifecycle=Lifecycle(
        statuses=("running", "paused", "completed", "failed", "terminated"),
        initial="running",
        terminal=frozenset({"completed", "failed", "terminated"}),
        actions={"pause": {"running": "paused"}, "resume": {"paused": "running"}},
    ),
    unauthorized="Invalid API key",
    error=error,
    invalid=invalid,
    error_schema="ErrorResponse",
    routes={
        "GET /v1/sessions/{session_id}": get_session,
        "POST /v1/sessions/{session_id}/agent/pause": agent("pause", "Session is not running"),
        "POST /v1/sessions/{session_id}/agent/resume": agent("resume", "Agent is not paused"),
    },
)
