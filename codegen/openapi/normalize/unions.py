"""Nested unions (``anyOf`` inside ``anyOf``) and branches that match nothing (``not: {}``), flattened.

Schema libraries such as zod emit ``anyOf: [{not: {}}, {anyOf: [...]}]`` for an optional union;
openapi-python-client names each level's members ``_type_0``, ``_type_1``... and the nested levels give
two models one name, so it drops both (and every operation using them). The flat union means the same.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from codegen.openapi.normalize.walk import schemas
from codegen.openapi.notice import Notice

NESTED_UNION = "nested-union"
_NOTHING: dict[str, Any] = {"not": {}}
_ANNOTATIONS = frozenset({"description", "title", "deprecated", "example", "examples"})


def _members(keyword: str, members: list[Any]) -> list[Any]:
    flat: list[Any] = []
    for member in members:
        if member == _NOTHING:
            continue
        if isinstance(member, dict) and keyword in member and set(member) - {keyword} <= _ANNOTATIONS:
            flat.extend(_members(keyword, member[keyword]))
        elif member not in flat:
            flat.append(member)
    return flat


def fix(document: dict[str, Any]) -> Iterator[Notice]:
    for location, schema in list(schemas(document)):
        for keyword in ("anyOf", "oneOf"):
            members = schema.get(keyword)
            if not isinstance(members, list):
                continue
            flat = _members(keyword, members)
            if flat == members:
                continue
            if len(flat) == 1 and isinstance(flat[0], dict) and set(schema) - {keyword} <= _ANNOTATIONS:
                only = flat[0]
                del schema[keyword]
                schema.update({k: v for k, v in only.items() if k not in schema})
                done = "one branch is left: the schema is that branch"
            else:
                schema[keyword] = flat
                done = f"{len(members)} branches flattened into {len(flat)}"
            yield Notice(NESTED_UNION, location, f"nested {keyword} or never-matching branches: {done}")
