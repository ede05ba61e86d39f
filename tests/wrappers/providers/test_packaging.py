"""The wheel ships every generated package, found by pattern; a checkout imports generated/ in place."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
from intermission.providers import load, names

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
import hatch_build  # noqa: E402

sys.path.remove(str(ROOT))


@pytest.mark.slow
def test_the_wheel_ships_every_generated_package_typed_and_not_the_pipeline(tmp_path: Path) -> None:
    build = [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation"]
    done = subprocess.run(
        [*build, "-w", str(tmp_path), str(ROOT)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    (wheel,) = tmp_path.glob("*.whl")
    shipped = set(zipfile.ZipFile(wheel).namelist())
    for name in names():
        package = load(name).package
        assert {f"{package}/__init__.py", f"{package}/py.typed", f"{package}/openapi.yaml"} <= shipped
        assert {f"{package}_pydantic.py", f"{package}_pydantic/py.typed"} & shipped
        assert f"intermission/_specs/{name}/provider.yaml" in shipped
    assert not [n for n in shipped if n.startswith(("codegen/", "specs/", "generated/", "tests/"))]
    assert not [n for n in shipped if "__pycache__" in n]


def test_pyproject_names_no_provider() -> None:
    text = (ROOT / "pyproject.toml").read_text()
    assert not [name for name in names() if f"generated/{name}" in text or f"intermission_{name}" in text]


def test_a_development_checkout_imports_generated_code_where_it_is() -> None:
    site = Path(sysconfig.get_paths()["purelib"])
    copies = sorted(p.name for p in site.iterdir() if p.name.startswith("intermission_"))
    assert copies == [], "an install copied generated code into site-packages"
    for name in names():
        package = load(name).package
        for module in (package, f"{package}_pydantic"):
            spec = importlib.util.find_spec(module)
            assert spec is not None and spec.origin is not None
            assert Path(spec.origin).is_relative_to(ROOT / "generated" / name), spec.origin


def test_an_edit_to_a_generated_module_is_seen_without_reinstalling(tmp_path: Path) -> None:
    # The same .pth line the editable install writes, over a generated/ of our own that we can edit.
    generated = tmp_path / "generated"
    (generated / "demo").mkdir(parents=True)
    module = generated / "demo" / "intermission_demo_pydantic.py"
    module.write_text("VALUE = 'before'\n")
    pth = hatch_build.PTH_LINE.format(root=str(generated))
    script = f"{pth}import intermission_demo_pydantic as m; print(m.VALUE)"
    read = [sys.executable, "-S", "-c", script]
    assert subprocess.run(read, capture_output=True, text=True, check=True).stdout.strip() == "before"
    module.write_text("VALUE = 'after make generate'\n")
    assert (
        subprocess.run(read, capture_output=True, text=True, check=True).stdout.strip()
        == "after make generate"
    )
    installed = Path(sysconfig.get_paths()["purelib"]) / hatch_build.PTH
    assert installed.read_text() == hatch_build.PTH_LINE.format(root=str(ROOT / "generated"))
