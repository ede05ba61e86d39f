"""``pause_all`` / ``resume_all`` against the fakes: list, then one pause (or resume) per listed agent."""

from __future__ import annotations

import re

import intermission
import pytest
from intermission import State
from intermission.errors import ConfigurationError, InvalidId, RateLimited, RequestInvalid, Unsupported
from intermission.fakes import FakeVendors, Fault
from intermission.providers import load
from intermission.result import Operation
from intermission.transport import RetryPolicy

from tests.wrappers.conftest import PAUSE, RESUME, count, options

LIST = {
    p: load(p).operations[Operation.LIST] for p in ("anchorbrowser", "agi", "browser_use", "e2b", "codegen")
}
# 1,000 agents of mixed states per provider: 500 running, the rest in states a pause must not touch.
# (Browser Use: none paused, since its v2 list shows a v1-paused task as running; E2B lists two states.)
MIXES = {
    "anchorbrowser": {"running": 500, "paused": 250, "completed": 250},
    "agi": {"running": 500, "paused": 250, "finished": 250},
    "browser_use": {"running": 500, "finished": 250, "stopped": 250},
    "e2b": {"running": 500, "paused": 500},
}
ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def seed(fakes: FakeVendors, provider: str, mix: dict[str, int]) -> dict[str, list[str]]:
    ids = fakes.seed(provider, mix)
    statuses = list(mix)
    by_status: dict[str, list[str]] = {status: [] for status in statuses}
    for sid in ids:
        by_status[fakes.status(provider, sid)].append(sid)
    return by_status


def acted_on(fakes: FakeVendors, provider: str, operation: str) -> list[str]:
    """The id each request of ``operation`` named (in its path or query), in the order they came."""
    found = []
    for request in fakes.requests(provider):
        if request.operation == operation:
            (ident,) = ID.findall(request.path + " " + " ".join(request.query.values()))
            found.append(ident)
    return found


@pytest.mark.parametrize("provider", list(MIXES))
def test_pause_all_pauses_every_running_agent_once_and_nothing_else(
    vendor_fakes: FakeVendors, provider: str
) -> None:
    by_status = seed(vendor_fakes, provider, MIXES[provider])
    report = intermission.pause_all(provider, concurrency=16, **options(vendor_fakes, provider))
    assert report.ok and report.complete and report.rejected == []
    running = by_status["running"]
    assert sorted(r.id for r in report.listed) == sorted(running)
    assert [r.id for r in report.results] == [r.id for r in report.listed]  # listing order
    assert all(isinstance(r, intermission.Result) and r.state is State.PAUSED for r in report.results)
    sent = acted_on(vendor_fakes, provider, PAUSE[provider])
    assert sorted(sent) == sorted(running)  # each running agent once, no other
    paused_status = "paused"
    for status, ids in by_status.items():
        expected = paused_status if status == "running" else status
        assert {vendor_fakes.status(provider, sid) for sid in ids} == {expected}


def test_dry_run_only_lists(vendor_fakes: FakeVendors) -> None:
    by_status = seed(vendor_fakes, "anchorbrowser", MIXES["anchorbrowser"])
    report = intermission.pause_all("anchorbrowser", dry_run=True, **options(vendor_fakes, "anchorbrowser"))
    assert report.ok and report.dry_run
    assert sorted(r.id for r in report.results) == sorted(by_status["running"])
    assert report.results == report.listed and report.pages == 10  # 500 running, 50 a page
    assert count(vendor_fakes, "anchorbrowser", PAUSE["anchorbrowser"]) == 0
    assert {vendor_fakes.status("anchorbrowser", s) for s in by_status["running"]} == {"running"}


def test_a_listing_that_fails_midway_says_which_agents_were_reached(
    vendor_fakes: FakeVendors, fast_retry: RetryPolicy
) -> None:
    seed(vendor_fakes, "anchorbrowser", {"running": 200})
    vendor_fakes.inject(
        "anchorbrowser", Fault.rate_limit(retry_after=1, skip=2), operation=LIST["anchorbrowser"]
    )
    report = intermission.pause_all(
        "anchorbrowser", retries=fast_retry, **options(vendor_fakes, "anchorbrowser")
    )
    assert not report.ok and not report.complete
    assert isinstance(report.listing_error, RateLimited) and report.listing_error.page == 3
    assert len(report.listed) == len(report.results) == 100  # pages 1 and 2 listed and paused
    reached = {r.id for r in report.results if isinstance(r, intermission.Result)}
    assert reached == set(acted_on(vendor_fakes, "anchorbrowser", PAUSE["anchorbrowser"]))
    assert {vendor_fakes.status("anchorbrowser", sid) for sid in reached} == {"paused"}


def test_a_malformed_id_from_the_list_is_reported_and_not_sent(vendor_fakes: FakeVendors) -> None:
    seed(vendor_fakes, "e2b", {"running": 30})
    vendor_fakes.inject("e2b", Fault.malformed_id("..", times=1), operation=LIST["e2b"])
    report = intermission.pause_all("e2b", **options(vendor_fakes, "e2b"))
    assert not report.ok and report.complete
    (refused,) = report.rejected
    assert isinstance(refused, InvalidId) and refused.id == ".." and refused.page == 1
    assert report.failed == [refused] and len(report.results) == 29
    assert count(vendor_fakes, "e2b", PAUSE["e2b"]) == 29


def test_one_failing_pause_fails_alone(vendor_fakes: FakeVendors) -> None:
    seed(vendor_fakes, "agi", {"running": 20})
    vendor_fakes.inject("agi", Fault.status(403, times=1), operation=PAUSE["agi"])
    report = intermission.pause_all("agi", concurrency=4, **options(vendor_fakes, "agi"))
    assert not report.ok and report.complete
    (failed,) = report.failed
    assert failed.http_status == 403 and failed.operation == "pause"
    assert sum(isinstance(r, intermission.Result) for r in report.results) == 19


def test_resume_all_codegen_needs_the_message_before_anything_is_sent(vendor_fakes: FakeVendors) -> None:
    by_status = seed(vendor_fakes, "codegen", {"PAUSED": 150, "ACTIVE": 50})
    with pytest.raises(RequestInvalid):
        intermission.resume_all("codegen", **options(vendor_fakes, "codegen"))
    assert vendor_fakes.requests("codegen") == []
    report = intermission.resume_all("codegen", message="carry on", **options(vendor_fakes, "codegen"))
    assert report.ok and report.pages == 2
    assert sorted(acted_on_runs(vendor_fakes)) == sorted(by_status["PAUSED"])
    assert {vendor_fakes.status("codegen", run) for run in by_status["PAUSED"]} == {"ACTIVE"}


def acted_on_runs(fakes: FakeVendors) -> list[str]:
    import json

    return [
        str(json.loads(r.body)["agent_run_id"])
        for r in fakes.requests("codegen")
        if r.operation == RESUME["codegen"]
    ]


def test_pause_all_where_there_is_no_pause_is_unsupported(vendor_fakes: FakeVendors) -> None:
    with pytest.raises(Unsupported):
        intermission.pause_all("codegen", **options(vendor_fakes, "codegen"))
    assert vendor_fakes.requests("codegen") == []
    report = intermission.pause_all(
        "codegen", state="running", dry_run=True, **options(vendor_fakes, "codegen")
    )
    assert report.ok  # a dry run only lists, which Codegen can


@pytest.mark.anyio
async def test_async_resume_all(vendor_fakes: FakeVendors) -> None:
    by_status = seed(vendor_fakes, "e2b", {"paused": 150, "running": 50})
    report = await intermission.aio.resume_all("e2b", **options(vendor_fakes, "e2b"))
    assert report.ok and sorted(r.id for r in report.results) == sorted(by_status["paused"])
    assert sorted(acted_on(vendor_fakes, "e2b", RESUME["e2b"])) == sorted(by_status["paused"])
    with pytest.raises(ConfigurationError, match=r"aio\.pause_all"):
        intermission.pause_all("e2b", **options(vendor_fakes, "e2b"))
