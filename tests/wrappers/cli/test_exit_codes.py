"""Each error class has its own exit status, one scenario per case, and JSON errors carry its fields."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from intermission import errors
from intermission.cli import EXIT_CODES, main
from intermission.fakes import FakeVendors, Fault

from tests.wrappers.cli.conftest import exit_code, op, run
from tests.wrappers.conftest import STATUS

ROOT = Path(__file__).resolve().parents[3]
MISSING_SESSION = "4b0c8a57-4a0e-4a3e-9d3f-1b2b3c4d5e6f"
Scenario = Callable[[FakeVendors, pytest.MonkeyPatch], list[str]]


def _agi_status(fakes: FakeVendors, *extra: str, status: str = "running") -> list[str]:
    return op(fakes, "status", "agi", fakes.create("agi", status=status), *extra)


def _failing(fault: Fault, *extra: str) -> Scenario:
    def scenario(fakes: FakeVendors, env: pytest.MonkeyPatch) -> list[str]:
        fakes.inject("agi", fault, operation=STATUS["agi"])
        return _agi_status(fakes, *extra)

    return scenario


def _with_key(value: str | None) -> Scenario:
    def scenario(fakes: FakeVendors, env: pytest.MonkeyPatch) -> list[str]:
        argv = _agi_status(fakes)
        if value is None:
            env.delenv("AGI_API_KEY")
        else:
            env.setenv("AGI_API_KEY", value)
        return argv

    return scenario


def _removed_v1(fakes: FakeVendors, env: pytest.MonkeyPatch) -> list[str]:
    task = fakes.create("browser_use", status="running")
    fakes.remove_endpoints("browser_use")  # the retired v1 pause and resume answer 404
    return op(fakes, "pause", "browser_use", task)


SCENARIOS: dict[str, tuple[str, Scenario]] = {
    "pause through a v1 endpoint Browser Use took down": ("EndpointRemoved", _removed_v1),
    "pause where there is none": ("Unsupported", lambda f, e: op(f, "pause", "codegen", "1")),
    "unknown session": ("NotFound", lambda f, e: op(f, "status", "agi", MISSING_SESSION)),
    "resume a finished session": (
        "InvalidState",
        lambda f, e: op(f, "resume", "agi", f.create("agi", status="finished")),
    ),
    "resume without the message Codegen needs": (
        "RequestInvalid",
        lambda f, e: op(f, "resume", "codegen", "12"),
    ),
    "an id that is a path segment": ("RequestInvalid", lambda f, e: op(f, "pause", "agi", "..")),
    "nothing listens": (
        "ConnectionFailed",
        lambda f, e: [
            "status",
            "agi",
            MISSING_SESSION,
            "--base-url",
            "http://127.0.0.1:9",
            "--deadline",
            "2",
        ],
    ),
    "403": ("PermissionDenied", _failing(Fault.status(403, times=1, body='{"detail": "forbidden"}'))),
    "520 every time": ("ProviderError", _failing(Fault.status(520, times=5))),
    "429 every time": ("RateLimited", _failing(Fault.rate_limit(retry_after=0, times=20))),
    "slower than the deadline": ("Timeout", _failing(Fault.latency(3.0), "--deadline", "0.5")),
    "a wrong key": ("AuthenticationError", _with_key("wrong-key")),
    "no key": ("MissingCredentials", _with_key(None)),
    "a key over plain http to another host": (
        "ConfigurationError",
        lambda f, e: ["status", "agi", MISSING_SESSION, "--base-url", "http://agents.internal.test"],
    ),
}


@pytest.mark.parametrize("scenario", list(SCENARIOS))
def test_every_exit_code(
    scenario: str, keys: FakeVendors, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    name, make = SCENARIOS[scenario]
    argv = make(keys, monkeypatch)
    code, out, err = run(capsys, "--json", *argv)
    assert code == exit_code(name), err
    [row] = [json.loads(line) for line in out.splitlines()]
    assert issubclass(getattr(errors, row["error"]), getattr(errors, name))
    assert err.startswith("error: ") and err.count("\n") == 1


def test_every_error_class_has_a_scenario() -> None:
    assert {cls.__name__ for cls, _, _ in EXIT_CODES} == {name for name, _ in SCENARIOS.values()}


def test_a_json_error_carries_status_request_id_retry_after_provider_operation(
    keys: FakeVendors, capsys: pytest.CaptureFixture[str]
) -> None:
    keys.inject("agi", Fault.rate_limit(retry_after=0, times=20), operation="pause_session")
    session = keys.create("agi", status="running")
    code, out, _ = run(capsys, "--json", *op(keys, "pause", "agi", session))
    assert code == exit_code("RateLimited")
    row = json.loads(out)
    assert row["status"] == 429 and row["retry_after"] == 0
    assert (row["provider"], row["operation"], row["id"]) == ("agi", "pause", session)
    assert row["request_id"] is None or isinstance(row["request_id"], str)
    assert set(row) == {
        "error",
        "message",
        "provider",
        "operation",
        "id",
        "status",
        "request_id",
        "retry_after",
        "page",
    }
    assert row["page"] is None


def test_a_missing_key_in_json_names_the_provider(
    keys: FakeVendors, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("BROWSER_USE_API_KEY")
    code, out, err = run(capsys, "--json", *op(keys, "pause", "browser_use", "t1", "t2"))
    assert code == exit_code("MissingCredentials")
    row = json.loads(out)
    assert (row["error"], row["provider"], row["status"]) == ("MissingCredentials", "browser_use", None)
    assert "BROWSER_USE_API_KEY" in err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (
        ["pause", "nobody", "x"],
        [],
        ["pause", "agi"],
        ["status", "agi", "x", "--deadline", "soon"],
        ["pause", "agi", "x", "--concurrency", "0"],
    ):
        with pytest.raises(SystemExit) as info:
            main(argv)
        assert info.value.code == 2, argv


def test_readme_lists_every_exit_code() -> None:
    readme = (ROOT / "README.md").read_text()
    listed = {int(code): name for code, name in re.findall(r"^\| (\d+) \| `(\w+)` \|", readme, re.M)}
    for cls, code, _ in EXIT_CODES:
        if cls.__name__ != "MissingCredentials":  # shares 6 with AuthenticationError, its base class
            assert listed.get(code) == cls.__name__, (code, cls.__name__)
