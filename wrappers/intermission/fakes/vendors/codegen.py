"""Codegen: Bearer key, integer org and run ids, errors as {"message", "status_code"}, FastAPI 422s."""

from __future__ import annotations

from typing import Any

from intermission.fakes.pages import PageShape, page_count
from intermission.fakes.state import Lifecycle, Resource, UnknownResource, WrongState
from intermission.fakes.vendors import HandlerInput, Reply, Wire, fastapi_validation_error


def error(status: int, message: str) -> Reply:
    return Reply(status, {"message": message, "status_code": status})


def run_body(run: Resource, org_id: int) -> dict[str, Any]:
    return {
        "id": int(run.id),
        "organization_id": org_id,
        "status": run.status,
        "created_at": run.created_at,
        "web_url": f"https://codegen.com/agent/trace/{run.id}",
        "result": None,
        "summary": None,
        "source_type": "API",
        "github_pull_requests": [],
        "metadata": {},
    }


def _org_id(call: HandlerInput) -> int:
    return int(call.account.settings["org_id"])


def _foreign_org(call: HandlerInput) -> Reply | None:
    if call.params["org_id"] != _org_id(call):
        return error(403, "You do not have access to this organization.")
    return None


def get_agent_run(call: HandlerInput) -> Reply:
    if refused := _foreign_org(call):
        return refused
    try:
        run = call.store.get(str(call.params["agent_run_id"]))
    except UnknownResource:
        return error(404, "Agent run not found.")
    return Reply(200, run_body(run, _org_id(call)))


def resume_agent_run(call: HandlerInput) -> Reply:
    if refused := _foreign_org(call):
        return refused
    try:
        run = call.store.apply(str(call.body.agent_run_id), "resume")
    except UnknownResource:
        return error(404, "Agent run not found.")
    except WrongState:
        return error(400, "Agent run is not paused.")
    return Reply(200, run_body(run, _org_id(call)))


LIST = "GET /v1/organizations/{org_id}/agent/runs"


def list_agent_runs(call: HandlerInput) -> Reply:
    """Newest first, by skip and limit, answered as a page (page, size, pages); no status filter. Every
    run here was started through the API by the key's own user, so a user_id filter matches none."""
    if refused := _foreign_org(call):
        return refused
    params = call.params
    wanted = params["user_id"] is None and params["source_type"] in (None, "API")
    runs = list(reversed(call.store.all())) if wanted else []
    skip, limit = params["skip"], params["limit"]
    page = {
        "items": [run_body(r, _org_id(call)) for r in runs[skip : skip + limit]],
        "total": len(runs),
        "page": skip // limit + 1,
        "size": limit,
        "pages": page_count(len(runs), limit),
    }
    return Reply(200, page)


WIRE = Wire(
    lifecycle=Lifecycle(
        statuses=("ACTIVE", "PAUSED", "COMPLETE", "FAILED", "ERROR", "CANCELLED"),
        initial="ACTIVE",
        terminal=frozenset({"COMPLETE", "FAILED", "ERROR", "CANCELLED"}),
        actions={"resume": {"PAUSED": "ACTIVE"}},
    ),
    unauthorized="Invalid or missing API token.",
    error=error,
    invalid=fastapi_validation_error,
    error_schema="AgentRunNotFoundErrorResponse",  # the {"message", "status_code"} shape of every error
    routes={
        LIST: list_agent_runs,
        "GET /v1/organizations/{org_id}/agent/run/{agent_run_id}": get_agent_run,
        "POST /v1/organizations/{org_id}/agent/run/resume": resume_agent_run,
    },
    listings={LIST: PageShape(items=("items",), id="id")},
)
