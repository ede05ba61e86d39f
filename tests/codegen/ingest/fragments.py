"""Reading an importer's fragment in tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

PAGES = Path(__file__).parent / "pages"
SEEDS = Path(__file__).parents[1] / "golden" / "pages"


def only_operation(fragment: dict[str, Any]) -> tuple[str, str, dict[str, Any]]:
    """The (path, method, operation) of a fragment that holds exactly one operation."""
    ((path, item),) = fragment["paths"].items()
    ((method, operation),) = item.items()
    return path, method, operation
