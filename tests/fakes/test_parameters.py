"""How a fake reads a query value as the document types it: defaults, bounds, "X or null", arrays, dates."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from intermission.fakes.spec import Parameter, operations, parse_parameter

DOCUMENT: dict[str, Any] = {
    "paths": {
        "/things": {
            "get": {
                "parameters": [
                    {
                        "name": "size",
                        "in": "query",
                        "schema": {"type": "integer", "minimum": 1, "maximum": 5, "default": 2},
                    },
                    {
                        "name": "kind",
                        "in": "query",
                        "schema": {"anyOf": [{"$ref": "#/components/schemas/Kind"}, {"type": "null"}]},
                    },
                    {
                        "name": "tags",
                        "in": "query",
                        "schema": {"type": "array", "items": {"$ref": "#/components/schemas/Kind"}},
                    },
                    {
                        "name": "states",
                        "in": "query",
                        "style": "form",
                        "explode": False,
                        "schema": {"type": "array", "items": {"$ref": "#/components/schemas/Kind"}},
                    },
                    {"name": "since", "in": "query", "schema": {"type": "string", "format": "date-time"}},
                    {"name": "limit", "in": "query", "schema": {"type": "integer", "enum": [10, 20]}},
                ]
            }
        }
    },
    "components": {"schemas": {"Kind": {"type": "string", "enum": ["a", "b"]}}},
}
PARAMETERS = {p.name: p for p in operations(DOCUMENT)[0].parameters}


def parse(name: str, raw: str | list[str] | None) -> tuple[Any, Any]:
    parameter: Parameter = PARAMETERS[name]
    return parse_parameter(parameter, raw)


@pytest.mark.parametrize(
    ("name", "raw", "value"),
    [
        ("size", None, 2),  # the documented default
        ("size", [], 2),
        ("size", "5", 5),
        ("size", ["1", "4"], 4),  # a scalar sent twice: the last
        ("kind", None, None),
        ("kind", "b", "b"),
        ("tags", ["a", "b"], ["a", "b"]),  # exploded: one value per name
        ("states", ["a,b"], ["a", "b"]),  # not exploded: one comma-separated value
        ("since", "2025-01-01T00:03:00Z", datetime(2025, 1, 1, 0, 3, tzinfo=UTC)),
        ("since", "2025-01-01T00:03:00", datetime(2025, 1, 1, 0, 3, tzinfo=UTC)),  # naive: UTC
        ("limit", "20", 20),
    ],
)
def test_accepted(name: str, raw: str | list[str] | None, value: Any) -> None:
    assert parse(name, raw) == (value, None)


@pytest.mark.parametrize(
    ("name", "raw", "kind", "loc"),
    [
        ("size", "0", "greater_than_equal", ["query", "size"]),
        ("size", "6", "less_than_equal", ["query", "size"]),
        ("kind", "c", "enum", ["query", "kind"]),  # the "or null" does not hide the enum
        ("tags", ["a", "c"], "enum", ["query", "tags", 1]),
        ("states", ["a", "b"], "multiple_values", ["query", "states"]),
        ("states", ["a,c"], "enum", ["query", "states", 1]),
        ("since", "yesterday", "datetime_from_date_parsing", ["query", "since"]),
        ("limit", "15", "enum", ["query", "limit"]),
    ],
)
def test_refused(name: str, raw: str | list[str], kind: str, loc: list[Any]) -> None:
    value, error = parse(name, raw)
    assert value is None and error is not None
    assert (error["type"], error["loc"]) == (kind, loc)
