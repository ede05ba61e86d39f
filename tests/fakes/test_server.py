"""Ways to run the fakes, their admin routes, determinism, shutdown, and the check of every body sent."""

from __future__ import annotations

import dataclasses
import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import intermission.fakes.vendors.agi as agi_wire
import pytest
from intermission.fakes import FakeVendors, Fault, load_document, run_fakes
from intermission.fakes import spec as fake_spec
from intermission.fakes.vendors import Reply

from tests.support.fakes import org_id

from .conftest import client


def test_only_the_providers_asked_for(vendor_fakes: FakeVendors) -> None:
    with run_fakes(["codegen", "agi"], seed=3) as fakes:
        assert fakes.providers == ("codegen", "agi")
        assert fakes.base_url("agi").startswith("http://127.0.0.1:")
        assert fakes.base_url("agi") != fakes.base_url("codegen")
        with pytest.raises(ValueError, match="not running"):
            fakes.base_url("browser_use")
    with pytest.raises(ValueError, match="unknown provider"), run_fakes(["nope"]):
        pass


def test_same_seed_same_fakes_and_clean_shutdown() -> None:
    def snapshot(fakes: FakeVendors) -> tuple[object, ...]:
        ids = tuple(fakes.create(p) for p in fakes.providers)
        return ids, tuple(fakes.api_key(p) for p in fakes.providers), org_id(fakes)

    with run_fakes(seed=5) as first:
        url = first.base_url("agi")
        seen = snapshot(first)
        with client(first, "codegen") as http:
            body = http.get(f"/v1/organizations/{org_id(first)}/agent/run/{seen[0][2]}").content
    with pytest.raises(httpx.ConnectError):
        httpx.get(url, timeout=1)
    with run_fakes(seed=5) as again:
        assert snapshot(again) == seen
        with client(again, "codegen") as http:
            assert http.get(f"/v1/organizations/{org_id(again)}/agent/run/{seen[0][2]}").content == body
    with run_fakes(seed=6) as other:
        assert snapshot(other)[1] != seen[1]


def test_keys_stay_out_of_reprs(vendor_fakes: FakeVendors) -> None:
    sid = vendor_fakes.create("agi")
    with client(vendor_fakes, "agi") as http:
        http.get(f"/v1/sessions/{sid}/status")
    (recorded,) = vendor_fakes.requests("agi")
    assert recorded.headers["authorization"] == f"Bearer {vendor_fakes.api_key('agi')}"
    assert vendor_fakes.api_key("agi") not in repr(recorded)


def test_admin_routes(vendor_fakes: FakeVendors) -> None:
    with httpx.Client(base_url=vendor_fakes.base_url("browser_use"), timeout=5) as admin:
        created = admin.post("/_fake/resources", json={"status": "running"})
        assert created.status_code == 201
        tid = created.json()["id"]
        assert vendor_fakes.status("browser_use", tid) == "running"
        assert admin.put(f"/_fake/resources/{tid}", json={"status": "paused"}).json()["status"] == "paused"
        assert admin.get(f"/_fake/resources/{tid}").json()["status"] == "paused"
        assert admin.get("/_fake/resources").json()[0]["id"] == tid
        assert admin.get("/_fake/resources/nope").status_code == 404
        assert admin.put(f"/_fake/resources/{tid}", json={"status": "asleep"}).status_code == 400
        assert admin.post("/_fake/resources", content=b"{").status_code == 400
        fault = {"kind": "status", "code": 503, "times": 1, "operation": "resume_task"}
        assert admin.post("/_fake/faults", json=fault).status_code == 201
        assert (
            admin.post("/_fake/faults", json={"kind": "status", "code": 503, "operation": "x"}).status_code
            == 400
        )
        assert admin.post("/_fake/faults", json={"kind": "meteor"}).status_code == 400
        assert admin.post("/_fake/faults", json={"kind": "rate_limit", "retry_after": 3}).status_code == 201
        with client(vendor_fakes, "browser_use") as http:
            assert http.put("/api/v1/resume-task", params={"task_id": tid}).status_code == 503
            limited = http.put("/api/v1/resume-task", params={"task_id": tid})
            assert (limited.status_code, limited.headers["retry-after"]) == (429, "3")
        requests = admin.get("/_fake/requests").json()
        assert [(r["method"], r["path"], r["query"], r["operation"]) for r in requests] == [
            ("PUT", "/api/v1/resume-task", {"task_id": tid}, "resume_task")
        ] * 2
        assert requests[0]["headers"]["authorization"] == "<redacted>"
        assert admin.get("/_fake/bugs").json() == []
        assert admin.get("/_fake/nothing").status_code == 404
        assert admin.post("/_fake/reset").status_code == 204
        assert admin.get("/_fake/requests").json() == []
        assert admin.get("/_fake/resources").json() == []


def test_admin_routes_are_never_faulted_nor_recorded(vendor_fakes: FakeVendors) -> None:
    vendor_fakes.inject("agi", Fault.reset_before())
    with httpx.Client(base_url=vendor_fakes.base_url("agi"), timeout=5) as admin:
        assert admin.post("/_fake/resources", json={}).status_code == 201
    assert vendor_fakes.requests("agi") == []


def broken(monkeypatch: pytest.MonkeyPatch, handler: object) -> None:
    routes = {**agi_wire.WIRE.routes, "GET /v1/sessions/{session_id}/status": handler}
    monkeypatch.setattr(agi_wire, "WIRE", dataclasses.replace(agi_wire.WIRE, routes=routes))


@pytest.mark.parametrize(
    ("reply", "reason"),
    [
        (Reply(200, {"status": "sleeping"}), "sleeping"),  # not in the enum
        (Reply(200, {"status": "running", "extra": 1}), "extra"),  # a field the model does not declare
        (Reply(200, {}), "status"),  # a required field missing
        (Reply(201, {"status": "running"}), "no status 201"),  # a status the operation does not document
    ],
)
def test_bodies_against_the_document_become_recorded_500s(
    monkeypatch: pytest.MonkeyPatch, reply: Reply, reason: str
) -> None:
    broken(monkeypatch, lambda _call: reply)
    with run_fakes(["agi"]) as fakes:
        with client(fakes, "agi") as http:
            response = http.get(f"/v1/sessions/{fakes.create('agi')}/status")
        assert response.status_code == 500
        assert response.text.startswith("intermission fake bug (agi): get_session_status")
        (bug,) = fakes.bugs()
        assert bug.operation == "get_session_status" and reason in bug.message


def test_a_crashing_handler_is_a_recorded_500(monkeypatch: pytest.MonkeyPatch) -> None:
    def crash(_call: object) -> Reply:
        raise ZeroDivisionError("boom")

    broken(monkeypatch, crash)
    with run_fakes(["agi"]) as fakes:
        with client(fakes, "agi") as http:
            assert http.get("/v1/sessions/x/status").status_code == 500
        assert "ZeroDivisionError: boom" in str(fakes.bugs("agi")[0])


def test_a_vendor_module_out_of_step_with_its_document_fails_at_start(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    routes = {**agi_wire.WIRE.routes, "POST /v1/sessions/{session_id}/explode": agi_wire.get_status}
    monkeypatch.setattr(agi_wire, "WIRE", dataclasses.replace(agi_wire.WIRE, routes=routes))
    with pytest.raises(Exception, match="handles routes the document lacks"), run_fakes(["agi"]):
        pass


def test_load_document_finds_the_generated_file_and_a_wheels(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert load_document("agi")["paths"]
    assert fake_spec.document_path("codegen").parent.name == "codegen"
    package = tmp_path / "wheel_shaped_agi"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "openapi.yaml").write_text("openapi: 3.1.0\npaths: {}\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(fake_spec, "package_for", lambda _provider: "wheel_shaped_agi")
    assert fake_spec.document_path("agi") == package / "openapi.yaml"
    monkeypatch.setattr(fake_spec, "package_for", lambda _provider: "not_installed_anywhere")
    with pytest.raises(FileNotFoundError, match="make generate"):
        load_document("agi")


def _ignore_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # what `make test &`, nohup or `trap '' INT` hand down


@pytest.mark.parametrize("inherited", ["default", "ignored"])
@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_python_m_serves_until_ctrl_c(stop: signal.Signals, inherited: str) -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "PYTHONPATH": os.pathsep.join(sys.path)}
    process = subprocess.Popen(
        [sys.executable, "-m", "intermission.fakes", "agi", "codegen"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        preexec_fn=_ignore_sigint if inherited == "ignored" else None,
    )
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline() for _ in range(3)]
        agi_line, codegen_line, ready = lines
        assert agi_line.startswith("agi ") and "export AGI_API_KEY=fk_agi_" in agi_line
        assert "CODEGEN_ORG_ID=" in codegen_line and "Ctrl-C" in ready
        url, key = agi_line.split()[1], agi_line.split("AGI_API_KEY=")[1].split()[0]
        response = httpx.get(f"{url}/v1/sessions/x/status", headers={"Authorization": f"Bearer {key}"})
        assert response.status_code == 404
        process.send_signal(stop)
        assert process.wait(timeout=10) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert "Traceback" not in (process.stderr.read() if process.stderr else "")
