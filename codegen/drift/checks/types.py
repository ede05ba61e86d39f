"""Type and format of a schema: changed, widened (fine for requests) or narrowed (fine for responses).

A format counts as part of the type (``string`` vs ``string (uuid)``), as in oasdiff's type rules; a
``number`` covers an ``integer``, and a schema without a type covers everything.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from codegen.drift.checks.position import by_position
from codegen.drift.documents import Document, sequence

if TYPE_CHECKING:
    from codegen.drift.schemas import At, SchemaWalker, View

TypeSet = frozenset[tuple[str, str | None]]

TYPE_CHANGED = by_position(
    "type or format changed",
    request="breaking",
    response="breaking",
    ids={
        "request-parameter": "request-parameter-type-changed",
        "request-body": "request-body-type-changed",
        "request-property": "request-property-type-changed",
        "response-body": "response-body-type-changed",
        "response-property": "response-property-type-changed",
    },
)
TYPE_GENERALIZED = by_position(
    "type widened",
    request="info",
    response="info",
    ids={
        "request-parameter": "request-parameter-type-generalized",
        "request-body": "request-body-type-generalized",
        "request-property": "request-property-type-generalized",
    },
)
TYPE_NARROWED = by_position(
    "type narrowed",
    request="info",
    response="info",
    ids={
        "response-body": "response-body-type-narrowed",
        "response-property": "response-property-type-narrowed",
    },
)

_ANY: TypeSet = frozenset({("any", None)})
_NULL = ("null", None)


def check(walker: SchemaWalker, at: At, old: View, new: View) -> None:
    old_types, new_types = types_of(walker, walker.old, old), types_of(walker, walker.new, new)
    if old_types == new_types:
        return
    detail = f"{show(old_types)} -> {show(new_types)}"
    if at.side == "request":
        walker.emit(TYPE_GENERALIZED if _superset(new_types, old_types) else TYPE_CHANGED, at, detail)
    else:
        walker.emit(TYPE_NARROWED if _superset(old_types, new_types) else TYPE_CHANGED, at, detail)


def types_of(walker: SchemaWalker, doc: Document, view: View, depth: int = 0) -> TypeSet:
    from codegen.drift.schemas import MAX_BRANCH_DEPTH, union_branches

    node = view.node
    raw = node.get("type")
    names = [raw] if isinstance(raw, str) else [t for t in sequence(raw) if isinstance(t, str)]
    fmt = node.get("format") if isinstance(node.get("format"), str) else None
    found: set[tuple[str, str | None]] = {(n, None if n == "null" else fmt) for n in names}
    union = union_branches(node)
    if not found and union is not None and depth < MAX_BRANCH_DEPTH:
        for branch in union[1]:
            found |= types_of(walker, doc, walker.view(doc, branch), depth + 1)
    if not found and depth < MAX_BRANCH_DEPTH:
        for branch in sequence(node.get("allOf")):
            found = set(types_of(walker, doc, walker.view(doc, branch), depth + 1))
            if found != set(_ANY):
                break
    if not found:
        values = node.get("enum") if "const" not in node else [node["const"]]
        found = {(_json_type(v), None) for v in values} if isinstance(values, list) and values else set(_ANY)
    if view.nullable:
        found.add(_NULL)
    return frozenset(found)


def show(found: TypeSet) -> str:
    return " or ".join(sorted(name if fmt is None else f"{name} ({fmt})" for name, fmt in found))


def _covers(wide: tuple[str, str | None], narrow: tuple[str, str | None]) -> bool:
    if wide[0] == "any":
        return True
    if wide[0] == narrow[0]:
        return wide[1] is None or wide[1] == narrow[1]
    return wide == ("number", None) and narrow[0] == "integer"


def _superset(wide: TypeSet, narrow: TypeSet) -> bool:
    return all(any(_covers(w, n) for w in wide) for n in narrow)


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"
