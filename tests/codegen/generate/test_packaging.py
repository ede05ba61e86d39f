"""The root project ships every generated client and pydantic module, importable from anywhere."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from codegen.providers import load_provider
from tests.codegen.generate.helpers import PROVIDERS, SPECS


def _packages() -> list[str]:
    return [load_provider(SPECS / name).client_package for name in PROVIDERS]


def test_the_installed_project_imports_every_client_from_elsewhere(tmp_path: Path) -> None:
    modules = [m for p in _packages() for m in (p, f"{p}.api", f"{p}.models", f"{p}_pydantic")]
    script = "import importlib, sys\nfor m in sys.argv[1:]:\n    print(importlib.import_module(m).__name__)\n"
    result = subprocess.run(
        [sys.executable, "-c", script, *modules], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == modules
