"""Helpers for the command's tests: keys for the local fakes in the environment, running the command."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from intermission.cli import EXIT_CODES, main
from intermission.fakes import FakeVendors

from tests.support.fakes import org_id
from tests.wrappers.conftest import ENV

EXE = Path(sys.executable).parent / "intermission"


@pytest.fixture
def keys(vendor_fakes: FakeVendors, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeVendors]:
    """The fakes, with every provider's key (and Codegen's org id) in the environment."""
    for provider, var in ENV.items():
        monkeypatch.setenv(var, vendor_fakes.api_key(provider))
    monkeypatch.setenv("CODEGEN_ORG_ID", str(org_id(vendor_fakes)))
    yield vendor_fakes


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """``intermission ARGV`` in this process: exit status, stdout, stderr."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def spawn(*argv: str, env: dict[str, str] | None = None, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    """``python -m intermission ARGV`` in a child process (text mode, 60 s at most)."""
    return subprocess.run(
        [sys.executable, "-m", "intermission", *argv],
        capture_output=True,
        text=True,
        timeout=60,
        env=env if env is not None else dict(os.environ),
        **kwargs,
    )


def op(fakes: FakeVendors, operation: str, provider: str, *rest: str) -> list[str]:
    """``OPERATION PROVIDER REST... --base-url <the provider's fake>``."""
    return [operation, provider, *rest, "--base-url", fakes.base_url(provider)]


def exit_code(name: str) -> int:
    """The exit status the command documents for the error class ``name``."""
    return next(code for cls, code, _ in EXIT_CODES if cls.__name__ == name)
