"""A new provider is its own files only: AGI copied under a new name is listed, packaged, faked, demoed."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from codegen.drift.documents import read_document
from codegen.drift.facade import Facade

ROOT = Path(__file__).resolve().parents[3]
NEW = "zeta"
SKIP = shutil.ignore_patterns("__pycache__", "*.pyc", ".*")

CHECK = """
import json
from intermission.providers import canonical, capabilities, load, names
from intermission.providers._tables import provider_table
from intermission.fakes import PROVIDERS, run_fakes
from intermission.demo import walk
assert "zeta" in names() and "zeta" in PROVIDERS and canonical("ZETA") == "zeta", names()
adapter = load("zeta")
assert adapter.package == "intermission_zeta" and adapter.key_env == "ZETA_API_KEY", adapter.package
assert "`zeta`" in provider_table() and capabilities()["zeta"]["pause"]
with run_fakes(["zeta"]) as fakes:
    steps = walk(fakes)
    assert fakes.bugs() == [], fakes.bugs()
print(json.dumps([[s.provider, s.operation, s.state] for s in steps]))
"""


def _snapshot(tree: Path) -> dict[str, bytes]:
    return {
        p.relative_to(tree).as_posix(): p.read_bytes()
        for p in sorted(tree.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def _renamed(text: str) -> str:
    return (
        text.replace("intermission_agi", "intermission_zeta")
        .replace("AGI_", "ZETA_")
        .replace("name: agi", "name: zeta")
        .replace("class AGI(", "class Zeta(")
        .replace("aliases: [agi.tech]", "aliases: [zeta.example]")
    )


def _copy_renamed(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    if source.is_dir():
        for path in sorted(source.iterdir()):
            _copy_renamed(path, target / path.name)
    else:
        target.write_text(_renamed(source.read_text(encoding="utf-8")), encoding="utf-8")


@pytest.mark.slow
def test_a_copied_provider_is_listed_packaged_faked_demoed_and_drifted(tmp_path: Path) -> None:
    tree = tmp_path / "checkout"
    for folder in ("specs", "generated", "wrappers"):
        shutil.copytree(ROOT / folder, tree / folder, ignore=SKIP)
    for file in ("pyproject.toml", "hatch_build.py", "README.md"):
        shutil.copy2(ROOT / file, tree / file)
    before = _snapshot(tree)

    # What the README says adding a provider is: specs/<name>/, make generate, the adapter, the fake's table.
    _copy_renamed(ROOT / "specs" / "agi", tree / "specs" / NEW)
    generate = [sys.executable, "-m", "codegen", "generate", "--specs", str(tree / "specs")]
    generate += ["--out", str(tree / "generated"), NEW]
    done = subprocess.run(generate, cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    package = tree / "wrappers" / "intermission"
    _copy_renamed(package / "providers" / "agi.py", package / "providers" / f"{NEW}.py")
    _copy_renamed(package / "fakes" / "vendors" / "agi.py", package / "fakes" / "vendors" / f"{NEW}.py")

    after = _snapshot(tree)
    touched = sorted(p for p in after if before.get(p) != after[p])
    assert not set(before) - set(after)
    allowed = (f"specs/{NEW}/", f"generated/{NEW}/")
    own = (f"wrappers/intermission/providers/{NEW}.py", f"wrappers/intermission/fakes/vendors/{NEW}.py")
    assert [p for p in touched if not p.startswith(allowed) and p not in own] == []

    # Listed, faked, demoed: from the temporary checkout, whose wrappers/ and generated/zeta come first.
    path = [str(tree / "wrappers"), str(tree / "generated" / NEW), *sys.path]
    env = {"PYTHONPATH": ":".join(path), "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-c", CHECK], cwd=tmp_path, env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert '["zeta", "resume", "running"], ["zeta", "status", "running"]' in done.stdout

    # Drifted: the drift report maps the new provider's operations to the facade, from its adapter alone.
    folder = tree / "wrappers" / "intermission" / "providers"
    document = read_document(tree / "generated" / NEW / "openapi.yaml")
    facade = Facade.of(NEW, [document], folder)
    assert facade.operations(["POST /v1/sessions/{session_id}/pause"]) == ("pause",)
    assert facade.operations(["GET /v1/sessions/{session_id}/status"]) == ("status",)

    # Packaged: the wheel built from the temporary checkout ships the new client, models, document, manifest.
    build = [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation"]
    done = subprocess.run(
        [*build, "-w", str(tmp_path / "dist"), str(tree)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    (wheel,) = (tmp_path / "dist").glob("*.whl")
    shipped = set(zipfile.ZipFile(wheel).namelist())
    for name in (
        "intermission_zeta/__init__.py",
        "intermission_zeta/py.typed",
        "intermission_zeta/openapi.yaml",
        "intermission/_specs/zeta/provider.yaml",
        "intermission/providers/zeta.py",
        "intermission/fakes/vendors/zeta.py",
    ):
        assert name in shipped, name
    assert {"intermission_zeta_pydantic.py", "intermission_zeta_pydantic/__init__.py"} & shipped
