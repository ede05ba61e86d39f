"""The generated client's public Python API, old against new, with griffe: two tiny hand-written packages."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from codegen.drift.documents import read_document
from codegen.drift.facade import Facade
from codegen.drift.impact import with_impact
from codegen.drift.model import DriftError
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
        ("python-api-object-removed", "breaking", f"{PACKAGE}.api.default.stop_task", ("stop",)),
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
            ("pause", "resume", "status", "stop"),
        ),
        (
            "python-api-attribute-annotation-changed",
            "warning",
            f"{PACKAGE}.models.task_view.TaskView.id",
            ("pause", "resume", "status", "stop"),
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
