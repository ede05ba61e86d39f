"""One forced generation of the real specs per test process, and writable copies of it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from codegen.generate.outcome import REGENERATED
from codegen.generate.pipeline import generate
from tests.codegen.generate.helpers import PROVIDERS, SPECS


@pytest.fixture(scope="session")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """generated/ as ``generate --force`` makes it from specs/ now, in a temporary folder."""
    out = tmp_path_factory.mktemp("fresh") / "generated"
    outcomes = generate(SPECS, out, force=True)
    assert [o.status for o in outcomes] == [REGENERATED] * len(PROVIDERS), outcomes
    return out


@pytest.fixture
def workspace(tmp_path: Path, fresh: Path) -> tuple[Path, Path]:
    """A copy of specs/ and of the generated/ made from it, for a test to change."""
    specs = shutil.copytree(SPECS, tmp_path / "specs")
    out = shutil.copytree(fresh, tmp_path / "generated")
    return specs, out
