"""Shared pieces of the drift tests: the base document and a comparison that names the facade impact."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen.drift.documents import Document, check_references
from codegen.drift.facade import Facade, reference
from codegen.drift.impact import with_impact
from codegen.drift.model import Change
from codegen.drift.rules import compare_documents

CASES = Path(__file__).parent / "cases"
_BASE: dict[str, Any] = yaml.safe_load((CASES / "base.yaml").read_text(encoding="utf-8"))

Diff = Callable[[dict[str, Any], dict[str, Any]], list[Change]]


@pytest.fixture
def base() -> dict[str, Any]:
    """A fresh copy of cases/base.yaml (browser_use-shaped: pause_task, resume_task, update_task, ...)."""
    return copy.deepcopy(_BASE)


@pytest.fixture
def diff() -> Diff:
    def run(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
        old_doc, new_doc = Document(old, "old"), Document(new, "new")
        check_references(old_doc)
        check_references(new_doc)
        changes = compare_documents(old_doc, new_doc)
        return list(
            with_impact(
                "browser_use",
                changes,
                Facade.of("browser_use", [old_doc, new_doc, *reference("browser_use")]),
            )
        )

    return run


# A tiny package shaped like openapi-python-client's output for cases/base.yaml, and the same package
# with a function module, a model field and a parameter removed or changed.

_OLD_PACKAGE = {
    "__init__.py": 'from .client import Client\n\n__all__ = ("Client",)\n',
    "client.py": "class Client:\n    def __init__(self, base_url: str) -> None: ...\n",
    "api/__init__.py": "",
    "api/default/__init__.py": "",
    "api/default/pause_task.py": "def sync(task_id: str, *, client: object) -> object: ...\n",
    "api/default/resume_task.py": (
        "def sync(task_id: str, *, client: object, mode: str = '') -> None: ...\n"
        "def sync_detailed(task_id: str, *, client: object, mode: str = '') -> None: ...\n"
    ),
    "api/default/update_task.py": "def sync(task_id: str, *, client: object) -> object: ...\n",
    "models/__init__.py": 'from .task_view import TaskView\n\n__all__ = ("TaskView",)\n',
    "models/task_view.py": "class TaskView:\n    id: str\n    status: str\n    output: str | None = None\n",
}


def _new_package() -> dict[str, str]:
    files = dict(_OLD_PACKAGE)
    del files["api/default/update_task.py"]
    files["api/default/pause_task.py"] = "def sync(task_id: UUID, *, client: object) -> object: ...\n"
    files["api/default/resume_task.py"] = (
        "def sync(task_id: str, *, client: object, reason: str, mode: str = '') -> None: ...\n"
        "def sync_detailed(task_id: str, *, client: object, reason: str, mode: str = '') -> None: ...\n"
    )
    files["models/task_view.py"] = "class TaskView:\n    id: int\n    status: str\n"
    return files


@pytest.fixture
def package_files() -> tuple[dict[str, str], dict[str, str]]:
    return dict(_OLD_PACKAGE), _new_package()


@pytest.fixture
def write_package() -> Callable[[Path, dict[str, str]], Path]:
    """Write files of the intermission_browser_use package under ``root``; return ``root``."""

    def write(root: Path, files: dict[str, str]) -> Path:
        for name, text in files.items():
            path = root / "intermission_browser_use" / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        return root

    return write
