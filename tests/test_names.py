"""One meaning per class name: no two modules of ``codegen/`` and ``wrappers/`` define a class of one name."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("codegen", "wrappers")


def classes_by_name(root: Path, base: Path = ROOT) -> dict[str, list[str]]:
    """``{class name: [module path relative to base, ...]}`` for the top-level classes under ``root``."""
    found: dict[str, list[str]] = defaultdict(list)
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in tree.body:
            if isinstance(node, ast.ClassDef):
                found[node.name].append(str(path.relative_to(base)))
    return found


def test_each_class_name_names_one_type() -> None:
    found: dict[str, list[str]] = defaultdict(list)
    for package in PACKAGES:
        for name, modules in classes_by_name(ROOT / package).items():
            found[name] += modules
    shared = {name: modules for name, modules in found.items() if len(modules) > 1}
    assert not shared, f"class names defined in more than one module: {shared}"


def test_a_shared_name_is_found(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "m.py").write_text("class Operation:\n    pass\n", encoding="utf-8")
    assert classes_by_name(tmp_path, tmp_path)["Operation"] == ["a/m.py", "b/m.py"]
