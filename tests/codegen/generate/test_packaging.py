"""The root project ships every generated client and pydantic package, importable from anywhere."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

from codegen.providers import load_provider
from tests.codegen.generate.helpers import PROVIDERS, ROOT, SPECS


def _packages() -> list[str]:
    return [load_provider(SPECS / name).client_package for name in PROVIDERS]


def test_pyproject_ships_every_provider_and_not_the_pipeline() -> None:
    wheel = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["hatch"]["build"]["targets"]["wheel"]
    for name, package in zip(PROVIDERS, _packages(), strict=True):
        assert f"generated/{name}/{package}" in wheel["packages"]
        assert f"generated/{name}/{package}_pydantic" in wheel["packages"]
        assert wheel["force-include"][f"generated/{name}/openapi.yaml"] == f"{package}/openapi.yaml"
    assert not [p for p in wheel["packages"] if p.split("/")[0] == "codegen"]


def test_the_installed_project_imports_every_client_from_elsewhere(tmp_path: Path) -> None:
    modules = [m for p in _packages() for m in (p, f"{p}.api.default", f"{p}.models", f"{p}_pydantic")]
    script = "import importlib, sys\nfor m in sys.argv[1:]:\n    print(importlib.import_module(m).__name__)\n"
    result = subprocess.run(
        [sys.executable, "-c", script, *modules], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == modules
