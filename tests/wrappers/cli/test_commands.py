"""The rest of the command: help, --version, providers, demo, the entry points, -v, a missing extra."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from intermission import __version__, capabilities, providers
from intermission.cli import capability_table, main
from intermission.fakes import FakeVendors, Fault

from tests.wrappers.cli.conftest import EXE, op, run, spawn
from tests.wrappers.conftest import ENV, PROVIDERS

ROOT = Path(__file__).resolve().parents[3]
# Run the command with these modules unimportable, as on a plain `pip install intermission`.
WITHOUT_FAKES = (
    "import sys; sys.modules.update(dict.fromkeys(['starlette', 'uvicorn'])); "
    "from intermission.cli import main; sys.exit(main(sys.argv[1:]))"
)


@pytest.mark.parametrize(
    "command",
    [[], ["pause"], ["resume"], ["status"], ["stop"], ["providers"], ["fakes"], ["demo"], ["completion"]],
)
def test_help_for_every_command(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main([*command, "--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: intermission")
    if command and command[0] in ("pause", "resume", "status", "stop"):
        assert "exit codes" in out and "NotFound" in out and "--base-url" in out and "--deadline" in out
        assert "`intermission providers` lists them" in out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"intermission {__version__}"


def test_providers_prints_the_matrix_and_every_env_var(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "providers")
    assert code == 0
    matrix, env = out.strip().split("\n\n")
    assert matrix == capability_table(capabilities())
    for provider in PROVIDERS:
        [line] = [row for row in env.splitlines() if row.startswith(f"| `{provider}` |")]
        assert f"`{ENV[provider]}`" in line
        for var in providers.load(provider).base_url_envs:
            assert f"`{var}` (base URL)" in line
    assert "`ANCHOR_API_KEY`, `ANCHORBROWSER_API_KEY`" in env  # the official SDK's name too
    assert "`CODEGEN_ORG_ID`" in env


def test_providers_json_adds_the_env_vars_to_the_matrix(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--json", "providers")
    data = json.loads(out)
    assert code == 0
    assert {
        name: {k: v for k, v in row.items() if k != "env"} for name, row in data.items()
    } == capabilities()
    assert {name: row["env"]["API key"][0] for name, row in data.items()} == ENV


def test_readme_matrix_is_the_facade_table() -> None:
    readme = (ROOT / "README.md").read_text()
    match = re.search(r"<!-- capabilities:start -->\n(.*?)\n<!-- capabilities:end -->", readme, re.S)
    assert match, "README lost its capability markers"
    assert match.group(1) == capability_table(capabilities())


def test_the_installed_script_and_python_m_run_the_command() -> None:
    for argv in (
        [str(EXE)],
        [sys.executable, "-m", "intermission"],
        [sys.executable, "-m", "intermission.cli"],
    ):
        proc = subprocess.run([*argv, "--json", "providers"], capture_output=True, text=True, timeout=60)
        assert proc.returncode == 0, (argv, proc.stderr)
        assert json.loads(proc.stdout)["browser_use"]["stop"] is True


def _verbose_pause(fakes: FakeVendors, flag: str) -> subprocess.CompletedProcess[str]:
    session = fakes.create("anchorbrowser", status="running")
    fakes.inject("anchorbrowser", Fault.status(503, times=1), operation="pause_agent")
    env = {"ANCHOR_API_KEY": fakes.api_key("anchorbrowser"), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    return spawn(*op(fakes, "pause", "anchorbrowser", session), flag, env=env)


def test_verbose_logs_our_attempts_but_not_httpx_and_never_the_key(vendor_fakes: FakeVendors) -> None:
    proc = _verbose_pause(vendor_fakes, "-v")
    assert proc.returncode == 0, proc.stderr
    assert "pause_agent" in proc.stderr and "503" in proc.stderr and "retry 1" in proc.stderr
    assert "httpcore" not in proc.stderr and "httpx" not in proc.stderr
    assert vendor_fakes.api_key("anchorbrowser") not in proc.stdout + proc.stderr


def test_twice_verbose_adds_httpx_internals_but_never_the_key(vendor_fakes: FakeVendors) -> None:
    proc = _verbose_pause(vendor_fakes, "-vv")
    assert proc.returncode == 0, proc.stderr
    assert "DEBUG httpcore" in proc.stderr and "pause_agent" in proc.stderr
    assert vendor_fakes.api_key("anchorbrowser") not in proc.stdout + proc.stderr


def test_not_verbose_logs_nothing(vendor_fakes: FakeVendors) -> None:
    proc = _verbose_pause(vendor_fakes, "--json")
    assert proc.returncode == 0 and proc.stderr == ""


def test_demo_runs_every_provider_to_running(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--json", "demo")
    assert code == 0
    shown = json.loads(out)
    steps = shown["steps"]
    assert [(s["provider"], s["operation"]) for s in steps][:4] == [
        ("agi", "pause"),
        ("agi", "status"),
        ("agi", "resume"),
        ("agi", "status"),
    ]
    assert {s["provider"]: s["state"] for s in steps} == dict.fromkeys(PROVIDERS, "running")
    assert {s["state"] for s in steps if s["provider"] == "codegen" and s["operation"] == "pause"} == {
        "unsupported"
    }


def test_demo_pauses_all_running_agents_where_a_provider_lists_and_pauses(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "--json", "demo")
    assert code == 0
    sweeps = {w["provider"]: w for w in json.loads(out)["pause_all"]}
    able = [p for p, ops in capabilities().items() if ops["list"] and ops["pause"]]
    assert sorted(sweeps) == sorted(able) and "codegen" not in sweeps
    for provider, sweep in sweeps.items():
        assert sweep["failed"] == 0, provider
        # four running agents were seeded; every one listed was paused
        assert sweep["listed"] >= 4 and sweep["paused"] == sweep["listed"], provider


@pytest.mark.parametrize("command", [["demo"], ["fakes"], ["fakes", "agi"]])
def test_without_the_fakes_extra_the_message_names_it(command: list[str]) -> None:
    proc = subprocess.run(
        [sys.executable, "-c", WITHOUT_FAKES, *command], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 1
    assert proc.stdout == ""
    assert (
        f"`intermission {command[0]}` needs the fakes extra: pip install 'intermission[fakes]'" in proc.stderr
    )
    assert "Traceback" not in proc.stderr
