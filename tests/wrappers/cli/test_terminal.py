"""Where the output goes: a progress line only on a terminal, and a quiet exit when the reader has gone."""

from __future__ import annotations

import os
import pty
import subprocess
import sys

import pytest
from intermission.fakes import FakeVendors

from tests.wrappers.cli.conftest import exit_code, op
from tests.wrappers.conftest import ENV

MISSING_SESSION = "4b0c8a57-4a0e-4a3e-9d3f-1b2b3c4d5e6f"


def _env(fakes: FakeVendors) -> dict[str, str]:
    return {**os.environ, ENV["agi"]: fakes.api_key("agi")}


def _on_a_terminal(argv: list[str], env: dict[str, str]) -> tuple[int, str]:
    """``python -m intermission ARGV``, stdout and stderr on one pseudo-terminal: status, what it showed."""
    controller, terminal = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "intermission", *argv],
        stdin=subprocess.DEVNULL,
        stdout=terminal,
        stderr=terminal,
        env=env,
    )
    os.close(terminal)
    shown = b""
    while True:
        try:
            chunk = os.read(controller, 4096)
        except OSError:  # EIO: every writer has closed the terminal
            break
        if not chunk:
            break
        shown += chunk
    os.close(controller)
    return proc.wait(timeout=60), shown.decode()


def test_progress_line_on_a_terminal(vendor_fakes: FakeVendors) -> None:
    sessions = [vendor_fakes.create("agi", status="running") for _ in range(3)]
    code, shown = _on_a_terminal(op(vendor_fakes, "pause", "agi", *sessions), _env(vendor_fakes))
    assert code == 0, shown
    assert "\rpause 1/3" in shown and "\rpause 3/3" in shown
    for session in sessions:
        assert f"agi {session}: paused" in shown


def test_progress_counts_failures(vendor_fakes: FakeVendors) -> None:
    session = vendor_fakes.create("agi", status="running")
    code, shown = _on_a_terminal(
        op(vendor_fakes, "pause", "agi", session, MISSING_SESSION), _env(vendor_fakes)
    )
    assert code == exit_code("NotFound")
    assert "\rpause 2/2 (1 failed)" in shown


def test_no_progress_with_json_even_on_a_terminal(vendor_fakes: FakeVendors) -> None:
    sessions = [vendor_fakes.create("agi", status="running") for _ in range(3)]
    code, shown = _on_a_terminal(["--json", *op(vendor_fakes, "pause", "agi", *sessions)], _env(vendor_fakes))
    assert code == 0 and "pause 1/3" not in shown and "\r\x1b" not in shown


def test_no_progress_when_piped(vendor_fakes: FakeVendors) -> None:
    sessions = [vendor_fakes.create("agi", status="running") for _ in range(3)]
    proc = subprocess.run(
        [sys.executable, "-m", "intermission", *op(vendor_fakes, "pause", "agi", *sessions)],
        capture_output=True,
        text=True,
        timeout=60,
        env=_env(vendor_fakes),
    )
    assert proc.returncode == 0 and proc.stderr == ""
    assert proc.stdout.splitlines() == [f"agi {s}: paused" for s in sessions]


def _reader_gone(argv: list[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the command with stdout on a pipe whose reader has already closed it (``| head -0``)."""
    reader, writer = os.pipe()
    os.close(reader)
    try:
        return subprocess.run(
            [sys.executable, "-m", "intermission", *argv],
            stdout=writer,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
            env=env,
        )
    finally:
        os.close(writer)


@pytest.mark.parametrize("argv", [["providers"], ["--json", "providers"], ["completion", "bash"]])
def test_a_closed_pipe_is_a_quiet_success(argv: list[str]) -> None:
    proc = _reader_gone(argv)
    assert (proc.returncode, proc.stderr) == (0, "")


def test_a_closed_pipe_keeps_the_exit_status_of_the_operations(vendor_fakes: FakeVendors) -> None:
    session = vendor_fakes.create("agi", status="running")
    proc = _reader_gone(op(vendor_fakes, "pause", "agi", session, MISSING_SESSION), _env(vendor_fakes))
    assert proc.returncode == exit_code("NotFound")
    assert proc.stderr.startswith("error: ") and "Traceback" not in proc.stderr
    assert vendor_fakes.status("agi", session) == "paused"


def test_help_into_a_closed_pipe_is_quiet() -> None:
    proc = _reader_gone(["--help"])
    assert (proc.returncode, proc.stderr) == (0, "")


def test_output_cut_short_elsewhere_exits_like_a_shell_tool() -> None:
    proc = _reader_gone(["demo"])  # the demo prints its own table
    assert (proc.returncode, proc.stderr) == (141, "")
