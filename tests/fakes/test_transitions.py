"""Each vendor's documented transitions over real HTTP, its wrong-state errors, and terminal states."""

from __future__ import annotations

import pytest
from intermission.fakes import PROVIDERS, FakeVendors
from intermission.fakes.vendors import wire_for

from tests.support.fakes import org_id

from .conftest import PAUSE, RESUME, STATUS, STOP, call, client, vendor_status

LIFECYCLES = {provider: wire_for(provider).lifecycle for provider in PROVIDERS}

# (provider, status before, operation, HTTP status, status after)
MOVES = [
    ("anchorbrowser", "running", PAUSE, 200, "paused"),
    ("anchorbrowser", "paused", RESUME, 200, "running"),
    ("anchorbrowser", "paused", PAUSE, 400, "paused"),
    ("anchorbrowser", "running", RESUME, 400, "running"),
    ("agi", "running", PAUSE, 200, "paused"),
    ("agi", "waiting_for_input", PAUSE, 200, "paused"),
    ("agi", "ready", PAUSE, 409, "ready"),
    ("agi", "paused", PAUSE, 409, "paused"),
    ("agi", "paused", RESUME, 200, "running"),
    ("agi", "running", RESUME, 409, "running"),
    ("codegen", "PAUSED", RESUME, 200, "ACTIVE"),
    ("codegen", "ACTIVE", RESUME, 400, "ACTIVE"),
    ("browser_use", "created", PAUSE, 200, "paused"),
    ("browser_use", "running", PAUSE, 200, "paused"),
    ("browser_use", "paused", PAUSE, 400, "paused"),
    ("browser_use", "paused", RESUME, 200, "running"),
    ("browser_use", "running", RESUME, 400, "running"),
    ("browser_use", "created", STOP, 200, "stopped"),
    ("browser_use", "running", STOP, 200, "stopped"),
    ("browser_use", "paused", STOP, 200, "stopped"),
]


@pytest.mark.parametrize(("provider", "before", "table", "code", "after"), MOVES)
def test_documented_moves(
    vendor_fakes: FakeVendors, provider: str, before: str, table: dict, code: int, after: str
) -> None:
    resource = vendor_fakes.create(provider, status=before)
    assert call(vendor_fakes, provider, table, resource).status_code == code
    assert vendor_fakes.status(provider, resource) == after
    assert vendor_status(provider, call(vendor_fakes, provider, STATUS, resource)) == after


WRONG_STATE = {"anchorbrowser": 400, "agi": 409, "codegen": 400, "browser_use": 400}
TERMINAL = [
    (provider, status, table)
    for provider, lifecycle in LIFECYCLES.items()
    for status in sorted(lifecycle.terminal)
    for table in (PAUSE, RESUME, STOP)
    if provider in table
]


@pytest.mark.parametrize(("provider", "status", "table"), TERMINAL)
def test_terminal_states_refuse_everything(
    vendor_fakes: FakeVendors, provider: str, status: str, table: dict
) -> None:
    resource = vendor_fakes.create(provider, status=status)
    assert call(vendor_fakes, provider, table, resource).status_code == WRONG_STATE[provider]
    assert vendor_fakes.status(provider, resource) == status


def test_anchorbrowser_bodies(vendor_fakes: FakeVendors) -> None:
    sid = vendor_fakes.create("anchorbrowser", status="running")
    with client(vendor_fakes, "anchorbrowser") as http:
        assert http.post(f"/v1/sessions/{sid}/agent/pause").json() == {"data": {"status": "paused"}}
        refused = http.post(f"/v1/sessions/{sid}/agent/pause")
        assert refused.json()["error"]["code"] == 400
        assert refused.json()["error"]["message"].startswith("Session is not running")
        session = http.get(f"/v1/sessions/{sid}").json()["data"]
        assert session["session_id"] == sid and session["status"] == "paused"
        missing = http.get("/v1/sessions/00000000-0000-4000-8000-000000000000")
        assert (missing.status_code, missing.json()) == (
            404,
            {"error": {"code": 404, "message": "Session not found"}},
        )
        not_uuid = http.post("/v1/sessions/not-a-uuid/agent/resume")
        assert not_uuid.status_code == 404 and not_uuid.json()["error"]["code"] == 404
    with client(vendor_fakes, "anchorbrowser", with_auth=False) as http:
        for headers in (
            {},
            {"anchor-api-key": "wrong"},
            {"Authorization": f"Bearer {vendor_fakes.api_key('anchorbrowser')}"},
        ):
            response = http.get(f"/v1/sessions/{sid}", headers=headers)
            assert response.status_code == 401 and response.json()["error"]["code"] == 401


def test_agi_bodies(vendor_fakes: FakeVendors) -> None:
    sid = vendor_fakes.create("agi", status="running")
    with client(vendor_fakes, "agi") as http:
        assert http.post(f"/v1/sessions/{sid}/pause").json() == {
            "success": True,
            "message": "Session paused successfully",
        }
        assert http.post(f"/v1/sessions/{sid}/pause").json() == {"detail": "not_running"}
        assert http.get(f"/v1/sessions/{sid}/status").json() == {"status": "paused"}
        assert http.post(f"/v1/sessions/{sid}/resume").json() == {
            "success": True,
            "message": "Session resumed successfully",
        }
        assert http.post(f"/v1/sessions/{sid}/resume").json() == {"detail": "not_paused"}
        missing = http.get("/v1/sessions/nope/status")
        assert missing.status_code == 404 and "detail" in missing.json()
    with client(vendor_fakes, "agi", with_auth=False) as http:
        key = vendor_fakes.api_key("agi")
        for headers in (
            {},
            {"Authorization": "Bearer wrong"},
            {"Authorization": f"Basic {key}"},
            {"Authorization": key},
        ):
            response = http.post(f"/v1/sessions/{sid}/pause", headers=headers)
            assert response.status_code == 401 and isinstance(response.json()["detail"], str)
    assert vendor_fakes.status("agi", sid) == "running"


def test_codegen_bodies(vendor_fakes: FakeVendors) -> None:
    org = org_id(vendor_fakes)
    rid = vendor_fakes.create("codegen", status="PAUSED")
    with client(vendor_fakes, "codegen") as http:
        resumed = http.post(
            f"/v1/organizations/{org}/agent/run/resume", json={"agent_run_id": int(rid), "prompt": "go"}
        )
        assert resumed.status_code == 200
        assert resumed.json()["id"] == int(rid)
        assert resumed.json()["organization_id"] == org
        assert resumed.json()["status"] == "ACTIVE"
        again = http.post(
            f"/v1/organizations/{org}/agent/run/resume", json={"agent_run_id": int(rid), "prompt": "go"}
        )
        assert again.json() == {"message": "Agent run is not paused.", "status_code": 400}
        missing = http.get(f"/v1/organizations/{org}/agent/run/1")
        assert missing.json() == {"message": "Agent run not found.", "status_code": 404}
        foreign = http.get(f"/v1/organizations/{org + 1}/agent/run/{rid}")
        assert (foreign.status_code, foreign.json()) == (
            403,
            {"message": "You do not have access to this organization.", "status_code": 403},
        )
    with client(vendor_fakes, "codegen", with_auth=False) as http:
        response = http.get(f"/v1/organizations/{org}/agent/run/{rid}", headers={"Authorization": "Bearer x"})
        assert response.json() == {"message": "Invalid or missing API token.", "status_code": 401}


@pytest.mark.parametrize(
    ("body", "loc", "kind"),
    [
        ({"prompt": "go"}, ["body", "agent_run_id"], "missing"),
        ({"agent_run_id": 1}, ["body", "prompt"], "missing"),
        ({"agent_run_id": "1", "prompt": "go"}, ["body", "agent_run_id"], "int_type"),
        ({"agent_run_id": 1, "prompt": 5}, ["body", "prompt"], "string_type"),
        (b"{not json", ["body", 1], "json_invalid"),
        (b"", ["body"], "missing"),
        ([1, 2], ["body"], "model_type"),
    ],
)
def test_codegen_resume_validates_its_body(
    vendor_fakes: FakeVendors, body: object, loc: list, kind: str
) -> None:
    org = org_id(vendor_fakes)
    with client(vendor_fakes, "codegen") as http:
        path = f"/v1/organizations/{org}/agent/run/resume"
        response = http.post(path, content=body) if isinstance(body, bytes) else http.post(path, json=body)
    assert response.status_code == 422
    assert {"loc": loc, "type": kind} == {k: response.json()["detail"][0][k] for k in ("loc", "type")}


def test_codegen_path_ids_must_be_integers(vendor_fakes: FakeVendors) -> None:
    with client(vendor_fakes, "codegen") as http:
        response = http.get("/v1/organizations/abc/agent/run/1.5")
    assert response.status_code == 422
    # Both path values are reported, whatever the order of the document's parameters.
    assert sorted(d["loc"] for d in response.json()["detail"]) == [
        ["path", "agent_run_id"],
        ["path", "org_id"],
    ]


def test_browser_use_bodies(vendor_fakes: FakeVendors) -> None:
    tid = vendor_fakes.create("browser_use", status="running")
    with client(vendor_fakes, "browser_use") as http:
        assert http.put("/api/v1/pause-task", params={"task_id": tid}).json() == {}
        assert http.get(f"/api/v1/task/{tid}/status").json() == "paused"
        assert http.put("/api/v1/stop-task", params={"task_id": tid}).json() == {}
        refused = http.put("/api/v1/resume-task", params={"task_id": tid})
        assert (refused.status_code, refused.json()) == (400, {"detail": "You can't resume a stopped task"})
        missing = http.put("/api/v1/resume-task")
        assert missing.status_code == 422
        assert missing.json() == {
            "detail": [{"loc": ["query", "task_id"], "msg": "field required", "type": "value_error.missing"}]
        }
        unknown = http.put("/api/v1/pause-task", params={"task_id": "nope"})
        assert (unknown.status_code, unknown.json()) == (404, {"detail": "Task not found"})


def test_default_status_is_the_vendors_first(vendor_fakes: FakeVendors) -> None:
    for provider, lifecycle in LIFECYCLES.items():
        assert vendor_fakes.status(provider, vendor_fakes.create(provider)) == lifecycle.initial


def test_python_handle_refuses_unknown_statuses_and_ids(vendor_fakes: FakeVendors) -> None:
    with pytest.raises(ValueError, match="no status 'RUNNING'"):
        vendor_fakes.create("agi", status="RUNNING")
    sid = vendor_fakes.create("agi")
    with pytest.raises(ValueError, match="no status"):
        vendor_fakes.set_status("agi", sid, "sleeping")
    with pytest.raises(LookupError):
        vendor_fakes.status("agi", "nope")
    with pytest.raises(ValueError, match="unknown provider"):
        vendor_fakes.create("openai")


def test_ids_have_each_vendors_shape(vendor_fakes: FakeVendors) -> None:
    import uuid

    for provider in ("anchorbrowser", "agi", "browser_use"):
        uuid.UUID(vendor_fakes.create(provider))
    assert vendor_fakes.create("codegen").isdigit()
