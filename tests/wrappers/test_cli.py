"""The `intermission` command end to end against the local vendor servers."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from intermission import capabilities
from intermission.cli import EXIT_CODES, capability_table, main
from intermission.fakes import Fault

from tests.support.fakes import org_id

ROOT = Path(__file__).resolve().parents[2]
ENV = {
    "anchorbrowser": "ANCHOR_API_KEY",
    "agi": "AGI_API_KEY",
    "codegen": "CODEGEN_API_KEY",
    "browser_use": "BROWSER_USE_API_KEY",
}
START = {"anchorbrowser": "running", "agi": "running", "codegen": "ACTIVE", "browser_use": "running"}
PAUSED = {"anchorbrowser": "paused", "agi": "paused", "codegen": "PAUSED", "browser_use": "paused"}


@pytest.fixture
def keys(vendor_fakes: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    for provider, var in ENV.items():
        monkeypatch.setenv(var, vendor_fakes.api_key(provider))
    monkeypatch.setenv("CODEGEN_ORG_ID", str(org_id(vendor_fakes)))
    return vendor_fakes


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def op_args(fakes: Any, provider: str, operation: str, resource: str, *extra: str) -> list[str]:
    return ["--json", operation, provider, resource, "--base-url", fakes.base_url(provider), *extra]


@pytest.mark.parametrize("provider", list(ENV))
def test_status_pause_resume_with_json_output(
    provider: str, keys: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    resource = keys.create(provider, status=START[provider])
    code, out, _ = run(capsys, *op_args(keys, provider, "status", resource))
    assert code == 0
    row = json.loads(out)
    assert row["provider"] == provider and row["id"] == resource and row["state"] == "running"
    assert row["raw_status"] == START[provider] and row["operation"] == "status"
    assert isinstance(row["latency_ms"], float)

    if capabilities()[provider]["pause"]:
        code, out, _ = run(capsys, *op_args(keys, provider, "pause", resource))
        assert (code, json.loads(out)["state"]) == (0, "paused")
        assert keys.status(provider, resource) == PAUSED[provider]
    else:
        keys.set_status(provider, resource, PAUSED[provider])

    code, out, _ = run(capsys, *op_args(keys, provider, "resume", resource, "--message", "go on"))
    assert (code, json.loads(out)["state"]) == (0, "running")
    assert keys.status(provider, resource) == START[provider]


def test_stop_at_browser_use(keys: Any, capsys: pytest.CaptureFixture[str]) -> None:
    task = keys.create("browser_use", status="running")
    code, out, _ = run(capsys, *op_args(keys, "browser_use", "stop", task))
    assert (code, json.loads(out)["state"]) == (0, "stopped")


def test_human_output_names_state_and_vendor_status(keys: Any, capsys: pytest.CaptureFixture[str]) -> None:
    run_id = keys.create("codegen", status="PAUSED")
    code, out, _ = run(capsys, "status", "codegen", run_id, "--base-url", keys.base_url("codegen"))
    assert code == 0
    assert out.strip() == f"codegen {run_id}: paused (PAUSED)"


def exit_code(cls_name: str) -> int:
    return next(code for cls, code, _ in EXIT_CODES if cls.__name__ == cls_name)


def test_every_exit_code(
    keys: Any, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    fakes = keys
    agi = fakes.base_url("agi")
    session = fakes.create("agi", status="finished")
    cases: list[tuple[str, list[str]]] = [
        ("Unsupported", ["pause", "codegen", "1", "--base-url", fakes.base_url("codegen")]),
        ("NotFound", ["status", "agi", "4b0c8a57-4a0e-4a3e-9d3f-1b2b3c4d5e6f", "--base-url", agi]),
        ("InvalidState", ["resume", "agi", session, "--base-url", agi]),
        ("RequestInvalid", ["resume", "codegen", "12", "--base-url", fakes.base_url("codegen")]),
        ("RequestInvalid", ["pause", "agi", "..", "--base-url", agi]),
        (
            "ConnectionFailed",
            ["status", "agi", session, "--base-url", "http://127.0.0.1:9", "--timeout", "2"],
        ),
    ]
    for name, argv in cases:
        code, out, err = run(capsys, "--json", *argv)
        assert code == exit_code(name), (name, argv, err)
        assert json.loads(out)["error"] in {name, "InvalidId"}
        assert err.startswith("error: ")

    fakes.inject(
        "agi", Fault.status(403, times=1, body='{"detail": "forbidden"}'), operation="get_session_status"
    )
    assert run(capsys, "status", "agi", session, "--base-url", agi)[0] == exit_code("PermissionDenied")
    fakes.inject("agi", Fault.status(520, times=5), operation="get_session_status")
    assert run(capsys, "status", "agi", session, "--base-url", agi)[0] == exit_code("ProviderError")
    fakes.reset()
    session = fakes.create("agi", status="running")
    fakes.inject("agi", Fault.rate_limit(retry_after=0, times=20), operation="get_session_status")
    assert run(capsys, "status", "agi", session, "--base-url", agi)[0] == exit_code("RateLimited")
    fakes.reset()
    session = fakes.create("agi", status="running")
    fakes.inject("agi", Fault.latency(3.0), operation="get_session_status")
    assert run(capsys, "status", "agi", session, "--base-url", agi, "--timeout", "0.5")[0] == exit_code(
        "Timeout"
    )

    monkeypatch.setenv("AGI_API_KEY", "wrong-key")
    assert run(capsys, "status", "agi", session, "--base-url", agi)[0] == exit_code("AuthenticationError")
    monkeypatch.delenv("AGI_API_KEY")
    code, _, err = run(capsys, "status", "agi", session, "--base-url", agi)
    assert code == exit_code("MissingCredentials") and "AGI_API_KEY" in err
    monkeypatch.setenv("AGI_API_KEY", "k")
    code, _, err = run(capsys, "status", "agi", session, "--base-url", "http://agents.internal.test")
    assert code == exit_code("ConfigurationError")


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["pause", "nobody", "x"])
    assert info.value.code == 2
    with pytest.raises(SystemExit) as info:
        main([])
    assert info.value.code == 2


@pytest.mark.parametrize(
    "command", [[], ["pause"], ["resume"], ["status"], ["stop"], ["providers"], ["fakes"], ["demo"]]
)
def test_help_for_every_command(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main([*command, "--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: intermission")
    if command and command[0] in ("pause", "resume", "status", "stop"):
        assert "exit codes:" in out and "NotFound" in out and "--base-url" in out


def test_providers_json_and_table(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--json", "providers")
    assert code == 0 and json.loads(out) == capabilities()
    code, out, _ = run(capsys, "providers")
    assert out.strip() == capability_table(capabilities())


def test_readme_matrix_is_the_facade_table() -> None:
    readme = (ROOT / "README.md").read_text()
    match = re.search(r"<!-- capabilities:start -->\n(.*?)\n<!-- capabilities:end -->", readme, re.S)
    assert match, "README lost its capability markers"
    assert match.group(1) == capability_table(capabilities())


def test_verbose_logs_attempts_but_never_the_key(keys: Any, capsys: pytest.CaptureFixture[str]) -> None:
    session = keys.create("anchorbrowser", status="running")
    key = keys.api_key("anchorbrowser")
    keys.inject("anchorbrowser", Fault.status(503, times=1), operation="pause_agent")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "intermission.cli",
            "--verbose",
            "pause",
            "anchorbrowser",
            session,
            "--base-url",
            keys.base_url("anchorbrowser"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env={"ANCHOR_API_KEY": key, "PATH": "/usr/bin:/bin"},
    )
    assert proc.returncode == 0, proc.stderr
    assert "pause" in proc.stderr and "503" in proc.stderr  # the attempts are logged
    assert key not in proc.stdout + proc.stderr


def test_demo_runs_every_provider_to_running(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--json", "demo")
    assert code == 0
    steps = json.loads(out)
    assert [(s["provider"], s["operation"]) for s in steps][:4] == [
        ("agi", "pause"),
        ("agi", "status"),
        ("agi", "resume"),
        ("agi", "status"),
    ]
    final = {s["provider"]: s["state"] for s in steps}
    assert final == dict.fromkeys(ENV, "running")
    assert {s["state"] for s in steps if s["provider"] == "codegen" and s["operation"] == "pause"} == {
        "unsupported"
    }


def test_entry_point_is_installed() -> None:
    exe = Path(sys.executable).parent / "intermission"
    proc = subprocess.run([str(exe), "--json", "providers"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and json.loads(proc.stdout)["browser_use"]["stop"] is True
