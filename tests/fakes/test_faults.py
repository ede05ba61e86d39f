"""Every fault kind as an httpx client sees it, per route or everywhere, reproducible by seed."""

from __future__ import annotations

import json
import time

import httpx
import pytest
from intermission.fakes import FakeVendors, Fault, run_fakes

from tests.support.fakes import org_id

from .conftest import client


def pause(fakes: FakeVendors, sid: str) -> httpx.Response:
    with client(fakes, "agi") as http:
        return http.post(f"/v1/sessions/{sid}/pause")


def test_latency_delays_then_answers_normally(vendor_fakes: FakeVendors) -> None:
    sid = vendor_fakes.create("agi", status="running")
    vendor_fakes.inject("agi", Fault.latency(0.3, times=1), operation="pause_session")
    started = time.perf_counter()
    assert pause(vendor_fakes, sid).status_code == 200
    assert time.perf_counter() - started >= 0.3
    started = time.perf_counter()
    assert pause(vendor_fakes, sid).status_code == 409
    assert time.perf_counter() - started < 0.3


def test_status_answers_without_processing_then_runs_out(vendor_fakes: FakeVendors) -> None:
    sid = vendor_fakes.create("agi", status="running")
    vendor_fakes.inject("agi", Fault.status(503, times=2), operation="pause_session")
    for _ in range(2):
        response = pause(vendor_fakes, sid)
        assert (response.status_code, response.json()) == (503, {"detail": "Service Unavailable"})
        assert vendor_fakes.status("agi", sid) == "running"
    assert pause(vendor_fakes, sid).status_code == 200
    assert [r.operation for r in vendor_fakes.requests("agi")] == ["pause_session"] * 3


def test_status_codes_outside_the_registry_and_custom_bodies(vendor_fakes: FakeVendors) -> None:
    sid = vendor_fakes.create("anchorbrowser")
    vendor_fakes.inject("anchorbrowser", Fault.status(520, times=1))
    vendor_fakes.inject("anchorbrowser", Fault.status(500, times=1, body="oops", content_type="text/x-oops"))
    with client(vendor_fakes, "anchorbrowser") as http:
        first = http.get(f"/v1/sessions/{sid}")
        assert first.status_code == 520
        assert first.json() == {"error": {"code": 520, "message": "Unknown Error"}}
        second = http.get(f"/v1/sessions/{sid}")
        assert (second.status_code, second.text, second.headers["content-type"]) == (
            500,
            "oops",
            "text/x-oops",
        )
        assert http.get(f"/v1/sessions/{sid}").status_code == 200


def test_faults_on_one_operation_leave_the_others_alone(vendor_fakes: FakeVendors) -> None:
    sid = vendor_fakes.create("agi", status="running")
    vendor_fakes.inject("agi", Fault.status(500), operation="pause_session")
    with client(vendor_fakes, "agi") as http:
        assert http.get(f"/v1/sessions/{sid}/status").status_code == 200
        assert http.post(f"/v1/sessions/{sid}/pause").status_code == 500
        assert http.post(f"/v1/sessions/{sid}/pause").status_code == 500  # times=None: until reset
    vendor_fakes.reset()
    sid = vendor_fakes.create("agi", status="running")
    assert pause(vendor_fakes, sid).status_code == 200


@pytest.mark.parametrize(
    ("retry_after", "header"),
    [(2, "2"), (0.5, "0.5"), (86_400, "86400"), ("Wed, 21 Oct 2015 07:28:00 GMT",) * 2],
)
def test_rate_limit_sends_retry_after(
    vendor_fakes: FakeVendors, retry_after: float | str, header: str
) -> None:
    rid = vendor_fakes.create("codegen")
    vendor_fakes.inject("codegen", Fault.rate_limit(retry_after=retry_after, times=1))
    with client(vendor_fakes, "codegen") as http:
        response = http.get(f"/v1/organizations/{org_id(vendor_fakes)}/agent/run/{rid}")
    assert response.status_code == 429
    assert response.headers["retry-after"] == header
    # Codegen documents its 429 body; the fake's is checked against that model like any other.
    assert response.json() == {"message": "Rate limit exceeded. Please try again later.", "status_code": 429}


@pytest.mark.parametrize("provider", ["agi", "browser_use"])
def test_reset_before_drops_the_connection_and_keeps_the_state(
    vendor_fakes: FakeVendors, provider: str
) -> None:
    from .conftest import PAUSE, call

    resource = vendor_fakes.create(provider, status="running")
    vendor_fakes.inject(provider, Fault.reset_before(times=1))
    with pytest.raises((httpx.ReadError, httpx.RemoteProtocolError)):
        call(vendor_fakes, provider, PAUSE, resource)
    assert vendor_fakes.status(provider, resource) == "running"
    assert call(vendor_fakes, provider, PAUSE, resource).status_code == 200


def test_reset_after_drops_the_connection_after_the_change(vendor_fakes: FakeVendors) -> None:
    sid = vendor_fakes.create("agi", status="running")
    vendor_fakes.inject("agi", Fault.reset_after(times=1), operation="pause_session")
    with pytest.raises((httpx.ReadError, httpx.RemoteProtocolError)):
        pause(vendor_fakes, sid)
    assert vendor_fakes.status("agi", sid) == "paused"
    assert pause(vendor_fakes, sid).json() == {"detail": "not_running"}


def test_a_kept_alive_client_survives_a_reset(vendor_fakes: FakeVendors) -> None:
    sid = vendor_fakes.create("agi", status="running")
    vendor_fakes.inject("agi", Fault.reset_before(times=1), operation="pause_session")
    with client(vendor_fakes, "agi") as http:
        assert http.get(f"/v1/sessions/{sid}/status").status_code == 200
        with pytest.raises((httpx.ReadError, httpx.RemoteProtocolError)):
            http.post(f"/v1/sessions/{sid}/pause")
        assert http.post(f"/v1/sessions/{sid}/pause").status_code == 200


def test_truncated_body_fails_to_decode(vendor_fakes: FakeVendors) -> None:
    sid = vendor_fakes.create("agi", status="running")
    vendor_fakes.inject("agi", Fault.truncated_body(times=1), operation="pause_session")
    response = pause(vendor_fakes, sid)
    assert response.status_code == 200
    assert int(response.headers["content-length"]) == len(response.content) > 0
    with pytest.raises(json.JSONDecodeError):
        response.json()
    assert vendor_fakes.status("agi", sid) == "paused"


def test_html_error_page(vendor_fakes: FakeVendors) -> None:
    tid = vendor_fakes.create("browser_use", status="running")
    vendor_fakes.inject("browser_use", Fault.html_error(times=1))
    vendor_fakes.inject("browser_use", Fault.html_error(status=504, times=1))
    with client(vendor_fakes, "browser_use") as http:
        first = http.put("/api/v1/pause-task", params={"task_id": tid})
        second = http.get(f"/api/v1/task/{tid}/status")
    assert first.status_code == 502 and first.headers["content-type"].startswith("text/html")
    assert "<title>502 Bad Gateway</title>" in first.text
    assert second.status_code == 504 and "Gateway Timeout" in second.text
    assert vendor_fakes.status("browser_use", tid) == "running"


def test_wrong_content_type_keeps_the_body(vendor_fakes: FakeVendors) -> None:
    tid = vendor_fakes.create("browser_use", status="running")
    vendor_fakes.inject("browser_use", Fault.wrong_content_type(times=1), operation="get_task_status")
    with client(vendor_fakes, "browser_use") as http:
        response = http.get(f"/api/v1/task/{tid}/status")
    assert response.headers["content-type"] == "text/plain; charset=utf-8"
    assert json.loads(response.text) == "running"


def test_latency_combines_with_another_fault(vendor_fakes: FakeVendors) -> None:
    sid = vendor_fakes.create("agi", status="running")
    vendor_fakes.inject("agi", Fault.latency(0.2, times=1))
    vendor_fakes.inject("agi", Fault.status(502, times=1))
    started = time.perf_counter()
    assert pause(vendor_fakes, sid).status_code == 502
    assert time.perf_counter() - started >= 0.2


def _pattern(fakes: FakeVendors, sid: str) -> list[int]:
    fakes.inject("agi", Fault.status(503, probability=0.5), operation="get_session_status")
    with client(fakes, "agi") as http:
        return [http.get(f"/v1/sessions/{sid}/status").status_code for _ in range(24)]


def test_random_faults_repeat_with_the_seed(vendor_fakes: FakeVendors) -> None:
    sid = vendor_fakes.create("agi")
    first = _pattern(vendor_fakes, sid)
    assert {200, 503} == set(first)
    vendor_fakes.reset()
    assert vendor_fakes.create("agi") == sid  # ids start again from the seed too
    assert _pattern(vendor_fakes, sid) == first
    with run_fakes(["agi"], seed=1) as other:
        assert _pattern(other, other.create("agi")) != first


def test_inject_refuses_unknown_operations_and_bad_faults(vendor_fakes: FakeVendors) -> None:
    with pytest.raises(ValueError, match="no operation 'pause'"):
        vendor_fakes.inject("agi", Fault.status(503), operation="pause")
    for make in (
        lambda: Fault.status(200),
        lambda: Fault.status(503, times=0),
        lambda: Fault.latency(-1),
        lambda: Fault.reset_before(probability=1.5),
    ):
        with pytest.raises(ValueError):
            make()


def test_faults_apply_to_unknown_routes_too_when_not_scoped(vendor_fakes: FakeVendors) -> None:
    vendor_fakes.inject("agi", Fault.status(503, times=1))
    with client(vendor_fakes, "agi") as http:
        assert http.get("/v2/nothing").status_code == 503
        assert http.get("/v2/nothing").status_code == 404
    assert [r.operation for r in vendor_fakes.requests("agi")] == [None, None]


def test_custom_bodies_are_labelled_by_what_they_are(vendor_fakes: FakeVendors) -> None:
    vendor_fakes.inject("agi", Fault.status(500, times=1, body='{"detail": "custom"}'))
    vendor_fakes.inject("agi", Fault.status(500, times=1, body=b"origin unreachable"))
    with client(vendor_fakes, "agi") as http:
        as_json = http.get("/v1/sessions/x/status")
        as_text = http.get("/v1/sessions/x/status")
    assert (as_json.headers["content-type"], as_json.json()) == ("application/json", {"detail": "custom"})
    assert (as_text.headers["content-type"], as_text.text) == (
        "text/plain; charset=utf-8",
        "origin unreachable",
    )
