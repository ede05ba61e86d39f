"""``intermission list`` and ``intermission pause|resume PROVIDER --all``: lines, summary, exit status."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from intermission.cli import main
from intermission.fakes import FakeVendors, Fault

from tests.wrappers.cli.conftest import exit_code, op, run
from tests.wrappers.cli.test_terminal import _env, _on_a_terminal
from tests.wrappers.conftest import PAUSE, count


def rows(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines()]


def test_list_prints_one_line_per_agent_and_a_summary(
    keys: FakeVendors, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = keys.seed("anchorbrowser", {"running": 60, "paused": 20})
    code, out, err = run(capsys, *op(keys, "list", "anchorbrowser"))
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 80 and {line.split()[1].rstrip(":") for line in lines} == set(ids)
    assert err == "anchorbrowser: 80 listed (2 page(s))\n"


def test_list_with_state_limit_and_json(keys: FakeVendors, capsys: pytest.CaptureFixture[str]) -> None:
    keys.seed("e2b", {"running": 10, "paused": 10})
    code, out, err = run(capsys, "--json", *op(keys, "list", "e2b", "--state", "paused", "--limit", "4"))
    assert code == 0
    found = rows(out)
    assert len(found) == 4 and {r["state"] for r in found} == {"paused"}
    assert {r["operation"] for r in found} == {"list"} and "4 listed in state paused" in err


def test_list_stopped_by_a_fault_exits_with_its_code(
    keys: FakeVendors, capsys: pytest.CaptureFixture[str]
) -> None:
    keys.seed("browser_use", {"running": 150})
    keys.inject("browser_use", Fault.wrong_shape(times=1, skip=1), operation="list_tasks")
    code, out, err = run(capsys, *op(keys, "list", "browser_use"))
    assert code == exit_code("ProviderError")  # UnreadablePage is one
    assert len(out.splitlines()) == 100  # page 1 was printed before page 2 failed
    assert "page 2" in err and "stopped at page 2" in err


def test_a_json_listing_error_names_its_page(keys: FakeVendors, capsys: pytest.CaptureFixture[str]) -> None:
    keys.seed("browser_use", {"running": 150})
    keys.inject("browser_use", Fault.wrong_shape(times=1, skip=1), operation="list_tasks")
    code, out, _ = run(capsys, "--json", *op(keys, "list", "browser_use"))
    assert code == exit_code("ProviderError")
    *listed, error = rows(out)
    assert len(listed) == 100
    assert (error["error"], error["operation"], error["page"]) == ("UnreadablePage", "list", 2)


def test_pause_all_pauses_the_running_ones(keys: FakeVendors, capsys: pytest.CaptureFixture[str]) -> None:
    keys.seed("agi", {"running": 12, "paused": 5})
    code, out, err = run(capsys, *op(keys, "pause", "agi", "--all"))
    assert code == 0
    assert len(out.splitlines()) == 12 and all(line.endswith(": paused") for line in out.splitlines())
    assert "12 running listed" in err and "paused 12, failed 0" in err
    assert count(keys, "agi", PAUSE["agi"]) == 12


def test_pause_all_dry_run_sends_nothing(keys: FakeVendors, capsys: pytest.CaptureFixture[str]) -> None:
    keys.seed("agi", {"running": 7, "paused": 5})
    code, out, err = run(capsys, "--json", *op(keys, "pause", "agi", "--all", "--dry-run"))
    assert code == 0 and len(rows(out)) == 7 and "dry run, nothing sent" in err
    assert count(keys, "agi", PAUSE["agi"]) == 0


def test_resume_all_exit_status_says_whether_every_item_succeeded(
    keys: FakeVendors, capsys: pytest.CaptureFixture[str]
) -> None:
    keys.seed("agi", {"paused": 6})
    keys.inject("agi", Fault.status(404, times=1), operation="resume_session")
    code, out, err = run(capsys, *op(keys, "resume", "agi", "--all", "--concurrency", "2"))
    assert code == exit_code("NotFound")
    assert len(out.splitlines()) == 5 and "resumed 5, failed 1" in err


def test_a_refused_id_from_the_list_fails_the_run(
    keys: FakeVendors, capsys: pytest.CaptureFixture[str]
) -> None:
    keys.seed("e2b", {"running": 3})
    keys.inject("e2b", Fault.malformed_id("a/b", times=1), operation="list_sandboxes_v2")
    code, out, err = run(capsys, *op(keys, "pause", "e2b", "--all"))
    assert code == exit_code("RequestInvalid")  # InvalidId
    assert len(out.splitlines()) == 2 and "1 refused id(s) not sent" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["pause", "agi", "--all", "s1"],  # ids and --all
        ["pause", "agi", "--dry-run", "s1"],  # --dry-run without --all
        ["status", "agi", "--all"],  # status has no --all
        ["list", "agi", "--state", "asleep"],
        ["list", "agi", "--limit", "0"],
    ],
)
def test_usage_errors(argv: list[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2


def test_progress_line_only_on_a_terminal(vendor_fakes: FakeVendors) -> None:
    vendor_fakes.seed("agi", {"running": 3})
    argv = op(vendor_fakes, "pause", "agi", "--all")
    code, shown = _on_a_terminal(argv, _env(vendor_fakes))
    assert code == 0 and "\rpause 3/3" in shown and "paused 3, failed 0" in shown
    vendor_fakes.seed("agi", {"running": 3})
    piped = subprocess.run(
        [sys.executable, "-m", "intermission", *argv],
        capture_output=True,
        text=True,
        timeout=60,
        env=_env(vendor_fakes),
    )
    assert piped.returncode == 0 and "\r" not in piped.stderr and "paused 3, failed 0" in piped.stderr
