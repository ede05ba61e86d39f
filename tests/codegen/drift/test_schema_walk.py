"""The schema walker on cycles: a change below a cycle of component schemas is found once and named for
every operation that reaches it, whichever operation is compared first."""

from __future__ import annotations

from typing import Any

import pytest

from codegen.drift.documents import Document
from codegen.drift.rules import compare_documents


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _doc(leaf: str, order: list[str]) -> dict[str, Any]:
    """``GET /a`` returns A, ``GET /b`` returns B; A and B refer to each other, A also to D."""
    paths = {}
    for name in order:
        responses: Any = {
            "200": {"description": "ok", "content": {"application/json": {"schema": _ref(name)}}}
        }
        paths[f"/{name.lower()}"] = {"get": {"responses": responses}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": paths,
        "components": {
            "schemas": {
                "A": {"type": "object", "properties": {"b": _ref("B"), "d": _ref("D")}},
                "B": {"type": "object", "properties": {"a": _ref("A")}},
                "D": {"type": "object", "properties": {"x": {"type": leaf}}},
            }
        },
    }


@pytest.mark.parametrize("order", [["A", "B"], ["B", "A"]])
def test_a_change_below_a_cycle_names_every_operation(order: list[str]) -> None:
    changes = compare_documents(Document(_doc("string", order)), Document(_doc("integer", order)))
    assert [(c.rule, c.location, c.operations) for c in changes] == [
        ("response-property-type-changed", "#/components/schemas/D $.x", ("GET /a", "GET /b"))
    ]
