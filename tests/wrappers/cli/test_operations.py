"""``intermission pause|resume|status|stop``: one id or many, from arguments or stdin, any flag position."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest
from intermission import capabilities
from intermission.fakes import FakeVendors, Fault

from tests.wrappers.cli.conftest import exit_code, op, run
from tests.wrappers.conftest import ENV, PAUSED, PROVIDERS, RUNNING, STATUS, count, reads_as


def rows(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines()]


@pytest.fixture
def quiet_logger() -> Iterator[None]:
    """Undo the level ``-v`` gives the ``intermission`` logger, for the tests after this one."""
    yield
    logging.getLogger("intermission").setLevel(logging.NOTSET)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_status_pause_resume_with_json_output(
    provider: str, keys: FakeVendors, capsys: pytest.CaptureFixture[str]
) -> None:
    resource = keys.create(provider, status=RUNNING[provider])
    code, out, _ = run(capsys, "--json", *op(keys, "status", provider, resource))
    assert code == 0
    [row] = rows(out)
    assert row["provider"] == provider and row["id"] == resource and row["state"] == "running"
    assert row["raw_status"] == reads_as(provider, RUNNING[provider]) and row["operation"] == "status"
    assert isinstance(row["latency_ms"], float)

    if capabilities()[provider]["pause"]:
        code, out, _ = run(capsys, "--json", *op(keys, "pause", provider, resource))
        assert (code, rows(out)[0]["state"]) == (0, "paused")
        assert keys.status(provider, resource) == PAUSED[provider]
    else:
        keys.set_status(provider, resource, PAUSED[provider])

    code, out, _ = run(capsys, "--json", *op(keys, "resume", provider, resource, "--message", "go on"))
    assert (code, rows(out)[0]["state"]) == (0, "running")
    assert keys.status(provider, resource) == RUNNING[provider]


def test_stop_at_browser_use(keys: FakeVendors, capsys: pytest.CaptureFixture[str]) -> None:
    task = keys.create("browser_use", status="running")
    code, out, _ = run(capsys, "--json", *op(keys, "stop", "browser_use", task))
    assert (code, rows(out)[0]["state"]) == (0, "stopped")


def test_human_output_names_state_and_vendor_status(
    keys: FakeVendors, capsys: pytest.CaptureFixture[str]
) -> None:
    run_id = keys.create("codegen", status="PAUSED")
    code, out, _ = run(capsys, *op(keys, "status", "codegen", run_id))
    assert code == 0
    assert out.strip() == f"codegen {run_id}: paused (PAUSED)"


def test_pause_many_ids_one_row_each_in_input_order(
    keys: FakeVendors, capsys: pytest.CaptureFixture[str]
) -> None:
    sessions = [keys.create("agi", status="running") for _ in range(5)]
    code, out, err = run(capsys, "--json", *op(keys, "pause", "agi", *sessions))
    assert (code, err) == (0, "")
    assert [(r["id"], r["state"], r["operation"]) for r in rows(out)] == [
        (s, "paused", "pause") for s in sessions
    ]
    assert all(isinstance(r["latency_ms"], float) for r in rows(out))
    assert {keys.status("agi", s) for s in sessions} == {"paused"}


def test_one_failing_id_fails_alone_and_sets_the_exit_status(
    keys: FakeVendors, capsys: pytest.CaptureFixture[str]
) -> None:
    first, last = keys.create("agi", status="running"), keys.create("agi", status="running")
    missing = "4b0c8a57-4a0e-4a3e-9d3f-1b2b3c4d5e6f"
    code, out, err = run(capsys, "--json", *op(keys, "pause", "agi", first, missing, last))
    assert code == exit_code("NotFound")
    assert [(r["id"], r.get("state"), r.get("error")) for r in rows(out)] == [
        (first, "paused", None),
        (missing, None, "NotFound"),
        (last, "paused", None),
    ]
    assert err.count("error: ") == 1 and missing in err
    assert keys.status("agi", first) == keys.status("agi", last) == "paused"


def test_resume_many_sends_the_message_for_each(
    keys: FakeVendors, capsys: pytest.CaptureFixture[str]
) -> None:
    runs = [keys.create("codegen", status="PAUSED") for _ in range(3)]
    code, out, _ = run(capsys, *op(keys, "resume", "codegen", *runs, "--message", "carry on"))
    assert code == 0
    assert out.splitlines() == [f"codegen {r}: running (ACTIVE)" for r in runs]


def test_ids_from_stdin_after_the_given_ones_each_once(
    keys: FakeVendors, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, c = (keys.create("browser_use", status="running") for _ in range(3))
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{b}\n\n# a comment\n  {c}  \n{a}\n"))
    code, out, _ = run(capsys, "--json", *op(keys, "pause", "browser_use", a, "-"))
    assert code == 0
    assert [r["id"] for r in rows(out)] == [a, b, c]
    assert count(keys, "browser_use", "pause_task") == 3


def test_empty_stdin_is_a_usage_error(
    keys: FakeVendors, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("\n# nothing\n"))
    code, out, err = run(capsys, *op(keys, "pause", "agi", "-"))
    assert (code, out) == (2, "")
    assert "no ids" in err


@pytest.mark.parametrize(
    ("typed", "provider"),
    [
        ("anchor", "anchorbrowser"),
        ("browser-use", "browser_use"),
        ("Browser-Use", "browser_use"),
        ("AGI", "agi"),
    ],
)
def test_provider_aliases(
    typed: str, provider: str, keys: FakeVendors, capsys: pytest.CaptureFixture[str]
) -> None:
    resource = keys.create(provider, status=RUNNING[provider])
    argv = ["--json", "status", typed, resource, "--base-url", keys.base_url(provider)]
    code, out, _ = run(capsys, *argv)
    assert code == 0 and rows(out)[0]["provider"] == provider


def test_an_unknown_provider_is_a_usage_error_naming_the_known_ones(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as info:
        run(capsys, "pause", "nobody", "x")
    assert info.value.code == 2
    assert "unknown provider 'nobody'" in capsys.readouterr().err


@pytest.mark.parametrize(
    "position",
    ["before the command", "after the command", "after the ids", "split"],
)
def test_json_and_verbose_anywhere(
    position: str,
    keys: FakeVendors,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    quiet_logger: None,
) -> None:
    session = keys.create("agi", status="running")
    base = ["--base-url", keys.base_url("agi")]
    argv = {
        "before the command": ["--json", "-v", "status", "agi", session, *base],
        "after the command": ["status", "--json", "-v", "agi", session, *base],
        "after the ids": ["status", "agi", session, *base, "-v", "--json"],
        "split": ["-v", "status", "agi", session, *base, "--json"],
    }[position]
    code, out, _ = run(capsys, *argv)
    assert code == 0 and rows(out)[0]["state"] == "running"
    attempts = [r for r in caplog.records if r.name == "intermission" and r.levelno == logging.DEBUG]
    assert attempts and "attempt 1" in attempts[0].getMessage()


def test_timeout_bounds_one_attempt_and_deadline_the_call(
    keys: FakeVendors, capsys: pytest.CaptureFixture[str]
) -> None:
    session = keys.create("agi", status="running")
    keys.inject("agi", Fault.latency(1.5), operation=STATUS["agi"])
    code, _, _ = run(capsys, *op(keys, "status", "agi", session, "--timeout", "0.2"))
    assert code == exit_code("Timeout")
    assert count(keys, "agi", STATUS["agi"]) == 3  # each attempt timed out, and was retried twice

    keys.reset()
    session = keys.create("agi", status="running")
    keys.inject("agi", Fault.latency(1.5), operation=STATUS["agi"])
    code, _, _ = run(capsys, *op(keys, "status", "agi", session, "--deadline", "0.3"))
    assert code == exit_code("Timeout")
    assert count(keys, "agi", STATUS["agi"]) == 1  # the whole call's time ran out during the first attempt


def test_the_official_sdks_key_name_and_the_base_url_env_var_suffice(
    vendor_fakes: FakeVendors, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for var in ENV.values():
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("ANCHORBROWSER_API_KEY", vendor_fakes.api_key("anchorbrowser"))
    monkeypatch.setenv("ANCHORBROWSER_BASE_URL", vendor_fakes.base_url("anchorbrowser"))
    session = vendor_fakes.create("anchorbrowser", status="running")
    code, out, err = run(capsys, "--json", "pause", "anchor", session)
    assert (code, err) == (0, "")
    assert rows(out)[0]["state"] == "paused"
