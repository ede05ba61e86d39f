"""Pairs that differ in nothing a caller sees give an empty report; recursive schemas terminate."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from codegen.drift.documents import read_document
from codegen.drift.model import Change
from codegen.drift.rules import compare_documents

Doc = dict[str, Any]
Diff = Callable[[Doc, Doc], list[Change]]
ROOT = Path(__file__).resolve().parents[3]


def _reordered(node: Any) -> Any:
    """Every mapping's keys and every list reversed: the same API written in another order."""
    if isinstance(node, dict):
        return {k: _reordered(node[k]) for k in reversed(list(node))}
    if isinstance(node, list):
        return [_reordered(v) for v in reversed(node)]
    return node


def test_identical_documents_give_no_changes(base: Doc, diff: Diff) -> None:
    assert diff(base, copy.deepcopy(base)) == []


def test_reordering_only_gives_no_changes(base: Doc, diff: Diff) -> None:
    reordered = _reordered(base)
    assert reordered != base or list(reordered) != list(base)
    assert diff(base, reordered) == []
    assert diff(reordered, base) == []


def test_descriptions_summaries_and_examples_are_not_drift(base: Doc, diff: Diff) -> None:
    changed = copy.deepcopy(base)
    changed["info"]["description"] = "now with words"
    changed["paths"]["/tasks/{task_id}/pause"]["put"]["summary"] = "Pause a task"
    changed["components"]["schemas"]["TaskView"]["properties"]["id"]["description"] = "The id"
    changed["components"]["schemas"]["TaskView"]["properties"]["id"]["examples"] = ["t_1"]
    assert diff(base, changed) == []


def test_renaming_a_component_schema_everywhere_is_not_drift(base: Doc, diff: Diff) -> None:
    renamed = json.loads(json.dumps(base).replace("TaskView", "TaskNode"))
    assert diff(base, renamed) == []


def test_a_change_inside_a_recursive_schema_is_reported_once(base: Doc, diff: Diff) -> None:
    changed = copy.deepcopy(base)
    changed["components"]["schemas"]["TaskView"]["properties"]["id"]["type"] = "integer"
    changes = diff(base, changed)
    assert [(c.rule, c.location) for c in changes] == [
        ("response-property-type-changed", "#/components/schemas/TaskView $.id")
    ]
    assert len(changes[0].operations) == 5


def test_mutually_recursive_schemas_with_different_names_terminate(base: Doc, diff: Diff) -> None:
    old = copy.deepcopy(base)
    new = copy.deepcopy(base)
    schemas = new["components"]["schemas"]
    schemas["TaskView"]["properties"]["children"]["items"] = {"$ref": "#/components/schemas/Child"}
    schemas["Child"] = copy.deepcopy(schemas["TaskView"])
    schemas["Child"]["properties"]["children"]["items"] = {"$ref": "#/components/schemas/TaskView"}
    schemas["Child"]["properties"]["id"]["type"] = "integer"
    changes = diff(old, new)
    assert {(c.rule, c.location) for c in changes} == {
        ("response-property-type-changed", "#/components/schemas/TaskView $.children[*].id")
    }


@pytest.mark.parametrize("provider", ["agi", "anchorbrowser", "browser_use", "codegen"])
def test_each_generated_document_compared_with_itself_is_clean(provider: str) -> None:
    path = ROOT / "generated" / provider / "openapi.yaml"
    if not path.is_file():
        pytest.skip(f"{path} not generated yet")
    document = read_document(path)
    assert compare_documents(document, document) == []
