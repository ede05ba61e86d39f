"""Composition: ``oneOf``/``anyOf`` branches and ``allOf`` members added or removed.

Branches are matched by ``$ref`` or, inline, by their types, and matched branches are compared further. A
branch removed from a request union refuses requests shaped like it; a branch added to a response union
is a shape the generated parser does not know. ``allOf`` members are matched by ``$ref`` (inline members
show up as property changes); null branches are nullability, not composition.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from codegen.drift.checks.position import ByPosition, by_position
from codegen.drift.documents import Document, mapping, sequence

if TYPE_CHECKING:
    from codegen.drift.schemas import At, SchemaWalker, View

_PARSER = "the generated parser does not know the new shape"
_SENT = "requests shaped like the removed branch are refused"
_MORE = "requests must now match one more schema"
_LESS = "fields the removed schema guaranteed may be missing"

ONE_OF_ADDED = by_position(
    "oneOf branch added",
    request="info",
    response="breaking",
    why_response=_PARSER,
    ids={
        "request-parameter": "request-parameter-one-of-added",
        "request-body": "request-body-one-of-added",
        "request-property": "request-property-one-of-added",
        "response-body": "response-body-one-of-added",
        "response-property": "response-property-one-of-added",
    },
)
ONE_OF_REMOVED = by_position(
    "oneOf branch removed",
    request="breaking",
    response="info",
    why_request=_SENT,
    ids={
        "request-parameter": "request-parameter-one-of-removed",
        "request-body": "request-body-one-of-removed",
        "request-property": "request-property-one-of-removed",
        "response-body": "response-body-one-of-removed",
        "response-property": "response-property-one-of-removed",
    },
)
ANY_OF_ADDED = by_position(
    "anyOf branch added",
    request="info",
    response="breaking",
    why_response=_PARSER,
    ids={
        "request-parameter": "request-parameter-any-of-added",
        "request-body": "request-body-any-of-added",
        "request-property": "request-property-any-of-added",
        "response-body": "response-body-any-of-added",
        "response-property": "response-property-any-of-added",
    },
)
ANY_OF_REMOVED = by_position(
    "anyOf branch removed",
    request="breaking",
    response="info",
    why_request=_SENT,
    ids={
        "request-parameter": "request-parameter-any-of-removed",
        "request-body": "request-body-any-of-removed",
        "request-property": "request-property-any-of-removed",
        "response-body": "response-body-any-of-removed",
        "response-property": "response-property-any-of-removed",
    },
)
ALL_OF_ADDED = by_position(
    "allOf schema added",
    request="warning",
    response="info",
    why_request=_MORE,
    ids={
        "request-parameter": "request-parameter-all-of-added",
        "request-body": "request-body-all-of-added",
        "request-property": "request-property-all-of-added",
        "response-body": "response-body-all-of-added",
        "response-property": "response-property-all-of-added",
    },
)
ALL_OF_REMOVED = by_position(
    "allOf schema removed",
    request="info",
    response="warning",
    why_response=_LESS,
    ids={
        "request-parameter": "request-parameter-all-of-removed",
        "request-body": "request-body-all-of-removed",
        "request-property": "request-property-all-of-removed",
        "response-body": "response-body-all-of-removed",
        "response-property": "response-property-all-of-removed",
    },
)

_UNION_RULES: dict[str, tuple[ByPosition, ByPosition]] = {
    "oneOf": (ONE_OF_ADDED, ONE_OF_REMOVED),
    "anyOf": (ANY_OF_ADDED, ANY_OF_REMOVED),
}


def check(walker: SchemaWalker, at: At, old: View, new: View) -> list[tuple[Any, Any]] | None:
    """Report composition changes; return the matched union branch pairs to compare further, or None
    when neither side is a union (the types are then compared instead)."""
    _all_of(walker, at, old, new)
    from codegen.drift.schemas import union_branches

    old_union, new_union = union_branches(old.node), union_branches(new.node)
    if old_union is None and new_union is None:
        return None
    old_keyed = _keyed(walker, walker.old, old, old_union)
    new_keyed = _keyed(walker, walker.new, new, new_union)
    keyword = (new_union or old_union or ("oneOf", []))[0]
    added, removed = _UNION_RULES[keyword]
    removed_rule = _UNION_RULES[old_union[0]][1] if old_union else removed
    for key in sorted(old_keyed.keys() - new_keyed.keys()):
        walker.emit(removed_rule, at, key)
    for key in sorted(new_keyed.keys() - old_keyed.keys()):
        walker.emit(added, at, key)
    return [(old_keyed[k], new_keyed[k]) for k in sorted(old_keyed.keys() & new_keyed.keys())]


def _keyed(
    walker: SchemaWalker, doc: Document, view: View, union: tuple[str, list[Any]] | None
) -> dict[str, Any]:
    """Non-null branches by ``$ref`` or types; a schema that is not a union is its own one branch."""
    from codegen.drift.checks.types import show, types_of
    from codegen.drift.schemas import is_null

    branches = union[1] if union is not None else [view.node]
    keyed: dict[str, Any] = {}
    for branch in branches:
        ref = mapping(branch).get("$ref")
        if union is None and view.ref is not None:
            ref = view.ref
        branch_view = walker.view(doc, branch)
        if is_null(branch_view.node):
            continue
        key = ref if isinstance(ref, str) else show(types_of(walker, doc, branch_view))
        keyed.setdefault(key, branch)
    return keyed


def _all_of(walker: SchemaWalker, at: At, old: View, new: View) -> None:
    if "allOf" not in old.node and "allOf" not in new.node:
        return
    old_refs, new_refs = _all_of_refs(old), _all_of_refs(new)
    for ref in sorted(old_refs - new_refs):
        walker.emit(ALL_OF_REMOVED, at, ref)
    for ref in sorted(new_refs - old_refs):
        walker.emit(ALL_OF_ADDED, at, ref)


def _all_of_refs(view: View) -> set[str]:
    members = sequence(view.node.get("allOf"))
    if not members:
        return {view.ref} if view.ref is not None else set()
    return {ref for m in members if isinstance(ref := mapping(m).get("$ref"), str)}
