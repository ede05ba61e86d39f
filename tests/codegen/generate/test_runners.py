"""The generators' settings: the pinned ruff, never one from PATH, and a checked client config."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from codegen.generate import runners
from codegen.generate.outcome import FAILED, REGENERATED
from codegen.generate.pipeline import generate
from tests.codegen.generate.helpers import SPECS, snapshot

pytestmark = pytest.mark.slow


def test_the_ruff_next_to_the_interpreter_is_used_not_the_one_on_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh: Path
) -> None:
    impostor = tmp_path / "bin" / "ruff"
    impostor.parent.mkdir()
    impostor.write_text(f"#!/bin/sh\ntouch {tmp_path / 'impostor-ran'}\nexit 1\n")
    impostor.chmod(0o755)
    monkeypatch.setenv("PATH", f"{impostor.parent}:/usr/bin:/bin")
    assert runners.pinned_ruff() == Path(sys.executable).parent / "ruff"
    specs = tmp_path / "specs"
    shutil.copytree(SPECS / "anchorbrowser", specs / "anchorbrowser")
    [outcome] = generate(specs, tmp_path / "generated", jobs=1)
    assert outcome.status == REGENERATED, outcome
    assert not (tmp_path / "impostor-ran").exists()
    assert snapshot(tmp_path / "generated" / "anchorbrowser") == snapshot(fresh / "anchorbrowser")


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ("post_hooks:\n  - ruff format .\n", "post_hooks must be empty"),
        ("package_name_override: something_else\n", "package_name_override is 'something_else'"),
        ("class_override: {}\n", "unknown settings class_override"),
        ("post_hooks: 3\n", "post_hooks"),
        ("[a, b]\n", "must be a mapping"),
    ],
)
def test_a_bad_client_config_is_bad_input(tmp_path: Path, config: str, message: str) -> None:
    specs = tmp_path / "specs"
    shutil.copytree(SPECS / "agi", specs / "agi")
    (specs / "agi" / "openapi-python-client.yaml").write_text(config)
    out = tmp_path / "generated"
    [outcome] = generate(specs, out, jobs=1)
    assert (outcome.status, outcome.step, outcome.bad_input) == (FAILED, "openapi-python-client", True)
    assert message in outcome.reason
    assert not out.exists() or not list(out.iterdir())
