"""The fakes without sockets: a pause/status/resume round trip over the sync and async httpx transports."""

from __future__ import annotations

import asyncio

from intermission.fakes.inprocess import async_fakes_client, fakes_client, in_process_fakes


def test_sync_round_trip_without_a_server() -> None:
    fakes = in_process_fakes(["agi"])
    sid = fakes.create("agi", status="running")
    with fakes_client(fakes, "agi") as http:
        assert http.post(f"/v1/sessions/{sid}/pause").status_code == 200
        assert http.get(f"/v1/sessions/{sid}/status").json() == {"status": "paused"}
        assert http.post(f"/v1/sessions/{sid}/pause").status_code == 409
        assert http.post(f"/v1/sessions/{sid}/resume").status_code == 200
        assert http.get(f"/v1/sessions/{sid}/status").json() == {"status": "running"}
    with fakes_client(fakes, "agi", with_auth=False) as http:
        assert http.get(f"/v1/sessions/{sid}/status").status_code == 401
    assert [r.operation for r in fakes.requests("agi")][:2] == ["pause_session", "get_session_status"]
    assert fakes.bugs() == []


def test_async_round_trip_with_a_timed_transition() -> None:
    fakes = in_process_fakes(["browser_use"])
    fakes.set_transitions("browser_use", "polls", 2)
    sid = fakes.create("browser_use", status="running")

    async def main() -> list[str]:
        seen = []
        async with async_fakes_client(fakes, "browser_use") as http:
            assert (await http.put("/api/v1/pause-task", params={"task_id": sid})).status_code == 200
            for _ in range(2):
                seen.append((await http.get(f"/api/v1/task/{sid}/status")).json())
            assert (await http.put("/api/v1/resume-task", params={"task_id": sid})).status_code == 200
            fakes.advance("browser_use")
            seen.append((await http.get(f"/api/v1/task/{sid}/status")).json())
        return seen

    assert asyncio.run(main()) == ["running", "paused", "running"]
    assert fakes.bugs() == []


def test_the_admin_routes_answer_in_process_too() -> None:
    fakes = in_process_fakes(["agi"])
    with fakes_client(fakes, "agi", with_auth=False) as http:
        created = http.post("/_fake/resources", json={"status": "paused"}).json()
        assert http.put("/_fake/transitions", json={"mode": "manual"}).status_code == 200
    assert fakes.status("agi", created["id"]) == "paused"
    assert fakes.fake("agi").store.transitions.mode == "manual"


def test_the_generated_client_runs_over_the_in_process_transport() -> None:
    from intermission_agi.api.default import get_session_status, pause_session
    from intermission_agi.client import AuthenticatedClient

    fakes = in_process_fakes(["agi"])
    sid = fakes.create("agi", status="running")
    generated = AuthenticatedClient(base_url=fakes.base_url("agi"), token=fakes.api_key("agi"))
    generated.set_httpx_client(fakes_client(fakes, "agi"))
    with generated:
        assert pause_session.sync_detailed(sid, client=generated).status_code == 200
        status = get_session_status.sync(sid, client=generated)
    assert getattr(status, "status", None) == "paused"
