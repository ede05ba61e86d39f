"""The generated client's public Python API, old against new, with griffe: two tiny hand-written packages."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from codegen.drift.collect import Snapshot, provider_report
from codegen.drift.documents import read_document
from codegen.drift.facade import Facade
from codegen.drift.impact import with_impact
from codegen.drift.model import DriftError
from codegen.drift.policy import DriftPolicy
from codegen.drift.python_api import compare_packages, find_package, load, locator, snake

CASES = Path(__file__).parent / "cases"
PACKAGE = "intermission_browser_use"
Files = dict[str, str]
Write = Callable[[Path, Files], Path]


def test_removed_function_field_and_new_required_parameter_are_reported(
    tmp_path: Path, package_files: tuple[Files, Files], write_package: Write
) -> None:
    old = write_package(tmp_path / "old", package_files[0])
    new = write_package(tmp_path / "new", package_files[1])
    document = read_document(CASES / "base.yaml")
    changes = compare_packages(load(old, PACKAGE), load(new, PACKAGE), locator(PACKAGE, [document]))
    facade = Facade.of("browser_use", [document])
    found = {(c.rule, c.severity, c.location, c.facade) for c in with_impact("browser_use", changes, facade)}
    assert found == {
        ("python-api-object-removed", "breaking", f"{PACKAGE}.api.default.update_task", ("stop",)),
        (
            "python-api-parameter-added-required",
            "breaking",
            f"{PACKAGE}.api.default.resume_task.{{sync,sync_detailed}}(reason)",
            ("resume",),
        ),
        (
            "python-api-object-removed",
            "breaking",
            f"{PACKAGE}.models.task_view.TaskView.output",
            ("pause", "resume", "status", "stop", "list"),
        ),
        (
            "python-api-attribute-annotation-changed",
            "warning",
            f"{PACKAGE}.models.task_view.TaskView.id",
            ("pause", "resume", "status", "stop", "list"),
        ),
        (
            "python-api-parameter-annotation-changed",
            "warning",
            f"{PACKAGE}.api.default.pause_task.sync(task_id)",
            ("pause",),
        ),
    }


def test_the_same_package_twice_has_no_changes(
    tmp_path: Path, package_files: tuple[Files, Files], write_package: Write
) -> None:
    root = write_package(tmp_path, package_files[0])
    assert compare_packages(load(root, PACKAGE), load(root, PACKAGE), lambda path: ()) == []


def test_package_is_found_directly_or_inside_a_project_folder(
    tmp_path: Path, package_files: tuple[Files, Files], write_package: Write
) -> None:
    write_package(tmp_path / "flat", package_files[0])
    write_package(tmp_path / "project" / PACKAGE, package_files[0])
    assert find_package(tmp_path / "flat", PACKAGE) == tmp_path / "flat"
    assert find_package(tmp_path / "project", PACKAGE) == tmp_path / "project" / PACKAGE
    assert find_package(tmp_path, PACKAGE) is None


def test_an_unloadable_package_is_a_drift_error(tmp_path: Path) -> None:
    with pytest.raises(DriftError, match="cannot read the Python package"):
        load(tmp_path, PACKAGE)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("GetSessionResponse", "get_session_response"),
        ("APIRateLimitErrorResponse", "api_rate_limit_error_response"),
    ],
)
def test_snake_matches_the_generator_module_names(name: str, expected: str) -> None:
    assert snake(name) == expected


# One module pair per Python API rule: ``pkg/m.py`` before and after.
API_CASES = {
    "python-api-object-removed": ("def f() -> None: ...\ndef g() -> None: ...\n", "def f() -> None: ...\n"),
    "python-api-object-changed-kind": ("class Thing:\n    pass\n", "def Thing() -> None: ...\n"),
    "python-api-parameter-removed": ("def f(a: int, b: int) -> None: ...\n", "def f(a: int) -> None: ...\n"),
    "python-api-parameter-moved": (
        "def f(a: int, b: int) -> None: ...\n",
        "def f(b: int, a: int) -> None: ...\n",
    ),
    "python-api-parameter-changed-kind": ("def f(a: int) -> None: ...\n", "def f(*, a: int) -> None: ...\n"),
    "python-api-parameter-changed-required": (
        "def f(a: int = 1) -> None: ...\n",
        "def f(a: int) -> None: ...\n",
    ),
    "python-api-parameter-added-required": (
        "def f(a: int) -> None: ...\n",
        "def f(a: int, b: int) -> None: ...\n",
    ),
    "python-api-parameter-changed-default": (
        "def f(a: int = 1) -> None: ...\n",
        "def f(a: int = 2) -> None: ...\n",
    ),
    "python-api-class-removed-base": (
        "class B:\n    pass\n\n\nclass A(B):\n    pass\n",
        "class B:\n    pass\n\n\nclass A:\n    pass\n",
    ),
    "python-api-parameter-annotation-changed": (
        "def f(a: int) -> None: ...\n",
        "def f(a: str) -> None: ...\n",
    ),
    "python-api-return-annotation-changed": ("def f() -> int: ...\n", "def f() -> str: ...\n"),
    "python-api-attribute-annotation-changed": ("class M:\n    x: int\n", "class M:\n    x: str\n"),
}


def _api_rules(root: Path, old: str, new: str) -> list[str]:
    for side, source in (("old", old), ("new", new)):
        (root / side / "pkg").mkdir(parents=True)
        (root / side / "pkg" / "__init__.py").write_text("", encoding="utf-8")
        (root / side / "pkg" / "m.py").write_text(source, encoding="utf-8")
    changes = compare_packages(load(root / "old", "pkg"), load(root / "new", "pkg"), lambda path: ())
    return sorted({c.rule for c in changes})


@pytest.mark.parametrize("rule", sorted(API_CASES))
def test_python_api_rule(rule: str, tmp_path: Path) -> None:
    assert _api_rules(tmp_path, *API_CASES[rule]) == [rule]


def _package_removed(root: Path) -> list[str]:
    """A provider whose generated client package exists only at the old state."""
    document = (CASES / "base.yaml").read_text(encoding="utf-8")
    for side in ("old", "new"):
        folder = root / side / "generated" / "browser_use"
        folder.mkdir(parents=True)
        (folder / "openapi.yaml").write_text(document, encoding="utf-8")
    package = root / "old" / "generated" / "browser_use" / PACKAGE
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    report = provider_report(
        "browser_use", Snapshot("old", root / "old"), Snapshot("new", root / "new"), PACKAGE, DriftPolicy()
    )
    return [c.rule for c in report.python_api]


def test_a_removed_client_package_is_breaking(tmp_path: Path) -> None:
    assert _package_removed(tmp_path) == ["python-api-package-removed"]


def emitted_rules(tmp_path: Path) -> set[str]:
    """Every Python API rule the cases above emit (for the catalog's coverage test)."""
    found = set(_package_removed(tmp_path / "removed"))
    for index, (old, new) in enumerate(API_CASES.values()):
        found |= set(_api_rules(tmp_path / str(index), old, new))
    return found
