"""``mypy --strict`` over code that calls every generated function: a breaking vendor change fails it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from codegen.generate.outcome import REGENERATED
from codegen.generate.pipeline import generate
from tests.codegen.generate.helpers import ROOT

pytestmark = pytest.mark.slow

USER = ROOT / "tests" / "typing" / "use_generated_clients.py"


def _mypy(cache: Path, mypypath: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "MYPYPATH"}
    if mypypath:
        env["MYPYPATH"] = mypypath
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-error-summary",
            "--cache-dir",
            str(cache),
            str(USER),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture(scope="session")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("mypy-cache")


def test_the_committed_clients_type_check(mypy_cache: Path) -> None:
    result = _mypy(mypy_cache)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_renamed_vendor_field_is_a_type_error(workspace: tuple[Path, Path], mypy_cache: Path) -> None:
    specs, out = workspace
    overlay_path = specs / "agi" / "overlay.yaml"
    overlay = yaml.safe_load(overlay_path.read_text())
    [schema] = [
        a["update"]["schemas"]["SessionActionResponse"]
        for a in overlay["actions"]
        if "SessionActionResponse" in a.get("update", {}).get("schemas", {})
    ]
    schema["properties"]["text"] = schema["properties"].pop("message")
    schema["required"] = ["success", "text"]
    overlay_path.write_text(yaml.safe_dump(overlay, sort_keys=False))
    [outcome] = generate(specs, out, ["agi"], jobs=1)
    assert outcome.status == REGENERATED, outcome
    result = _mypy(mypy_cache, str(out / "agi"))
    assert result.returncode == 1
    assert 'error: "SessionActionResponse" has no attribute "message"' in result.stdout
    assert "intermission_agi/" not in result.stdout  # the generated code itself is clean
