"""Hostile documents: any node of a valid document replaced by any JSON value.

The reference check refuses them with a DriftError, or the comparison runs to the end; validation
turns whatever is wrong into problems; nothing else escapes. The comparison is also run without the
check, since it must not depend on it to terminate.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from codegen.drift.checks import documents
from codegen.drift.documents import Document, check_references
from codegen.drift.model import DriftError
from codegen.drift.rules import compare_documents
from codegen.errors import CodegenError

BASE: dict[str, Any] = yaml.safe_load(
    (Path(__file__).parent / "cases" / "base.yaml").read_text(encoding="utf-8")
)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*prefix, index))
    return found


PATHS = _paths(BASE)
REFS = st.sampled_from(
    [
        "#/components/schemas/TaskView",
        "#/components/schemas/Nope",
        "#",
        "#/paths",
        "http://x/y",
        "#/components",
    ]
)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5) | st.builds(lambda r: {"$ref": r}, REFS),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3)
    ),
    max_leaves=10,
)


def _mutated(replacements: list[tuple[tuple[Any, ...], Any]]) -> dict[str, Any]:
    doc = copy.deepcopy(BASE)
    for path, value in replacements:
        node: Any = doc
        try:
            for key in path[:-1]:
                node = node[key]
            node[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue  # an earlier replacement removed the place
    return doc


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(PATHS), JSON), min_size=1, max_size=3), st.booleans())
def test_mutated_documents_never_crash_the_comparison(
    replacements: list[tuple[tuple[Any, ...], Any]], mutated_is_new: bool
) -> None:
    mutated = Document(_mutated(replacements), "mutated")
    base = Document(copy.deepcopy(BASE), "base")
    old, new = (base, mutated) if mutated_is_new else (mutated, base)
    compare_documents(old, new)
    documents.check(old, new)
    try:
        check_references(mutated)
    except DriftError:
        return
    except CodegenError as exc:  # pragma: no cover - would be a wrong error class
        raise AssertionError(f"expected a DriftError, got {exc!r}") from exc
    compare_documents(old, new)
