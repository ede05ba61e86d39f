"""Anchor Browser: `anchor-api-key` header, UUID session ids, every error as {"error": {code, message}}."""

from __future__ import annotations

from typing import Any

from intermission.fakes.pages import PageShape, created_within, numbered, page_count
from intermission.fakes.spec import ErrorDetail
from intermission.fakes.state import Lifecycle, Resource, UnknownResource, WrongState
from intermission.fakes.vendors import Handler, HandlerInput, Reply, Wire


def error(status: int, message: str) -> Reply:
    return Reply(status, {"error": {"code": status, "message": message}})


def invalid(errors: list[ErrorDetail]) -> Reply:
    if any(e["loc"] == ["path", "session_id"] for e in errors):
        return error(404, "Session not found")  # a session id that is not a UUID names no session
    return error(400, "Invalid request")


def get_session(call: HandlerInput) -> Reply:
    try:
        session = call.store.get(call.params["session_id"])
    except UnknownResource:
        return error(404, "Session not found")
    data = {"session_id": session.id, "status": session.status, "created_at": session.created_at}
    return Reply(200, {"data": data})


def agent(action: str, refusal: str) -> Handler:
    def handle(call: HandlerInput) -> Reply:
        try:
            session = call.store.apply(call.params["session_id"], action)
        except UnknownResource:
            return error(404, "Session not found")
        except WrongState as exc:
            return error(400, f"{refusal} (session is {exc.resource.status})")
        return Reply(200, {"data": {"status": session.status}})

    return handle


# The sessions list. Of the document's two, GET /v1/sessions (list_sessions_history_page) is the one to
# serve: it pages (page, limit, total_pages) and filters by status; GET /v1/sessions/all/status
# (list_all_sessions_status) answers every session at once with neither.
LIST = "GET /v1/sessions"
# Filters on what our sessions do not carry (tags, domains, a batch, a profile; none is task-initiated, a
# playground, proxied or extra-stealthy): given, they match no session.
_ABSENT = ("search", "tags", "domains", "batch_id", "profile_name")
_FLAGS = ("task_initiated", "playground", "proxy", "extra_stealth")
_SORT_KEYS = ("created_at", "session_id", "used_credits", "api_key_name")
_LIVE = frozenset({"running", "paused"})  # used_credits reads "N/A" while a session lives


def _history_item(session: Resource) -> dict[str, Any]:
    return {
        "id": session.id,
        "status": session.status,
        "tags": [],
        "headless": False,
        "recording": True,
        "used_credits": "N/A" if session.status in _LIVE else 0,
        "created_at": session.created_at,
        "user_configuration": {},
        "task_initiated": False,
        "task_executions_count": 0,
        "api_key_name": "default",
        "browser_ip": None,
    }


def _wanted(session: Resource, params: Any) -> bool:
    """The filters both lists share; ``status`` and ``search`` are the paged list's own."""
    if any(params.get(name) is not None for name in _ABSENT) or any(params[name] for name in _FLAGS):
        return False
    if params.get("status") is not None and session.status != params["status"]:
        return False
    return created_within(session, params["created_from"], params["created_to"])


def list_sessions(call: HandlerInput) -> Reply:
    params = call.params
    if params["sort_by"] not in _SORT_KEYS:
        return error(400, f"Unsupported sort_by: {params['sort_by']}")
    sessions = [s for s in call.store.all() if _wanted(s, params)]
    if params["sort_by"] == "session_id":  # the other keys: creation order (the rest are equal for all)
        sessions.sort(key=lambda s: s.id)
    if params["sort_order"] == "desc":
        sessions.reverse()
    page, limit = params["page"], params["limit"]
    data = {
        "sessions": [_history_item(s) for s in numbered(sessions, page, limit)],
        "total": len(sessions),
        "page": page,
        "total_pages": page_count(len(sessions), limit),
    }
    return Reply(200, {"data": data})


STATUS_OF_ALL = "GET /v1/sessions/all/status"


def list_all_sessions_status(call: HandlerInput) -> Reply:
    """Every session at once, in creation order, with the shared filters."""
    sessions = [s for s in call.store.all() if _wanted(s, call.params)]
    items = [
        {"session_id": s.id, "status": s.status, "tags": [], "created_at": s.created_at} for s in sessions
    ]
    return Reply(200, {"data": {"count": len(items), "items": items}})


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
        LIST: list_sessions,
        STATUS_OF_ALL: list_all_sessions_status,
        "GET /v1/sessions/{session_id}": get_session,
        "POST /v1/sessions/{session_id}/agent/pause": agent("pause", "Session is not running"),
        "POST /v1/sessions/{session_id}/agent/resume": agent("resume", "Agent is not paused"),
    },
    listings={
        LIST: PageShape(items=("data", "sessions"), id="id"),
        STATUS_OF_ALL: PageShape(items=("data", "items"), id="session_id"),
    },
)
