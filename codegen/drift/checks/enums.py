"""Enumerations: a schema newly restricted to an enum, and values added or removed (``const`` counts as
a one-value enum). Body-level rules use oasdiff's body ids (``request-body-...``,
``response-mediatype-...``)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from codegen.drift.checks.position import by_position

if TYPE_CHECKING:
    from codegen.drift.schemas import At, SchemaWalker, View

_PARSER = "the generated parser rejects values it does not know"
_MEMBER = "code naming the enum member breaks"
_SENT = "values the client sends today may be refused"

BECAME_ENUM = by_position(
    "restricted to an enum",
    request="breaking",
    response="info",
    why_request=_SENT,
    ids={
        "request-parameter": "request-parameter-became-enum",
        "request-body": "request-body-became-enum",
        "request-property": "request-property-became-enum",
        "response-body": "response-body-became-enum",
        "response-property": "response-property-became-enum",
    },
)
ENUM_REMOVED = by_position(
    "no longer restricted to an enum",
    request="info",
    response="breaking",
    why_response="the generated model parses only the enum's values",
    ids={
        "request-parameter": "request-parameter-enum-removed",
        "request-body": "request-body-enum-removed",
        "request-property": "request-property-enum-removed",
        "response-body": "response-body-enum-removed",
        "response-property": "response-property-enum-removed",
    },
)
ENUM_VALUE_REMOVED = by_position(
    "enum value removed",
    request="breaking",
    response="warning",
    why_request=_SENT,
    why_response=_MEMBER,
    ids={
        "request-parameter": "request-parameter-enum-value-removed",
        "request-body": "request-body-enum-value-removed",
        "request-property": "request-property-enum-value-removed",
        "response-body": "response-mediatype-enum-value-removed",
        "response-property": "response-property-enum-value-removed",
    },
)
ENUM_VALUE_ADDED = by_position(
    "enum value added",
    request="info",
    response="warning",
    why_response=_PARSER,
    ids={
        "request-parameter": "request-parameter-enum-value-added",
        "request-body": "request-body-enum-value-added",
        "request-property": "request-property-enum-value-added",
        "response-body": "response-body-enum-value-added",
        "response-property": "response-property-enum-value-added",
    },
)


def values(node: dict[str, Any]) -> list[Any] | None:
    if "const" in node:
        return [node["const"]]
    found = node.get("enum")
    return list(found) if isinstance(found, list) else None


def _key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def check(walker: SchemaWalker, at: At, old: View, new: View) -> None:
    old_values, new_values = values(old.node), values(new.node)
    if new_values is None:
        if old_values is not None:
            walker.emit(ENUM_REMOVED, at, ", ".join(sorted(_key(v) for v in old_values)))
        return
    new_keys = {_key(v) for v in new_values}
    if old_values is None:
        walker.emit(BECAME_ENUM, at, ", ".join(sorted(new_keys)))
        return
    old_keys = {_key(v) for v in old_values}
    for key in sorted(old_keys - new_keys):
        walker.emit(ENUM_VALUE_REMOVED, at, key)
    for key in sorted(new_keys - old_keys):
        walker.emit(ENUM_VALUE_ADDED, at, key)
