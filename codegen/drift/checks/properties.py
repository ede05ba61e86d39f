"""Object properties: added, removed, required-ness both ways, deprecation, ``readOnly``/``writeOnly``
transitions, and properties moved under a new wrapper object (or out of one).

A property that only moved (``{id, status}`` -> ``{data: {id, status}}``) is one breaking change per
moved property, not a removal plus an addition: every caller reading or sending it at the old place
breaks. ``readOnly`` properties are never sent and ``writeOnly`` ones never received, so once hidden on
a side they are not compared further there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from codegen.drift.documents import mapping
from codegen.drift.model import Rule

if TYPE_CHECKING:
    from codegen.drift.schemas import At, SchemaWalker, View

_FIELD_GONE = "the generated model loses the field; code constructing it with the field fails"
_MOVED = "every caller reading or sending it at the old place breaks"

# requests: what the generated client sends
NEW_REQUIRED_REQUEST_PROPERTY = Rule(
    "new-required-request-property", "breaking", "request", "required request property added"
)
NEW_OPTIONAL_REQUEST_PROPERTY = Rule(
    "new-optional-request-property", "info", "request", "optional request property added"
)
REQUEST_PROPERTY_REMOVED = Rule(
    "request-property-removed", "breaking", "request", "request property removed", _FIELD_GONE
)
REQUEST_PROPERTY_BECAME_REQUIRED = Rule(
    "request-property-became-required", "breaking", "request", "request property made required"
)
REQUEST_PROPERTY_BECAME_OPTIONAL = Rule(
    "request-property-became-optional", "info", "request", "request property made optional"
)
REQUEST_PROPERTY_DEPRECATED = Rule(
    "request-property-deprecated", "info", "request", "request property deprecated"
)
REQUEST_PROPERTY_REACTIVATED = Rule(
    "request-property-reactivated", "info", "request", "request property no longer deprecated"
)
REQUEST_PROPERTY_BECAME_READ_ONLY = Rule(
    "request-property-became-read-only",
    "warning",
    "request",
    "request property made read-only",
    "the server ignores or refuses it; the generated model still sends it",
)
REQUEST_PROPERTY_BECAME_NOT_READ_ONLY = Rule(
    "request-property-became-not-read-only", "info", "request", "request property no longer read-only"
)
REQUEST_PROPERTY_MOVED = Rule(
    "request-property-moved", "breaking", "request", "request property moved to another object", _MOVED
)

# responses: what the generated client parses
RESPONSE_REQUIRED_PROPERTY_REMOVED = Rule(
    "response-required-property-removed", "breaking", "response", "required response property removed"
)
RESPONSE_OPTIONAL_PROPERTY_REMOVED = Rule(
    "response-optional-property-removed",
    "warning",
    "response",
    "optional response property removed",
    "code reading it always gets Unset",
)
RESPONSE_REQUIRED_PROPERTY_ADDED = Rule(
    "response-required-property-added", "info", "response", "required response property added"
)
RESPONSE_OPTIONAL_PROPERTY_ADDED = Rule(
    "response-optional-property-added", "info", "response", "optional response property added"
)
RESPONSE_PROPERTY_BECAME_OPTIONAL = Rule(
    "response-property-became-optional",
    "breaking",
    "response",
    "response property made optional",
    "the generated parser requires it",
)
RESPONSE_PROPERTY_BECAME_REQUIRED = Rule(
    "response-property-became-required", "info", "response", "response property made required"
)
RESPONSE_PROPERTY_DEPRECATED = Rule(
    "response-property-deprecated", "info", "response", "response property deprecated"
)
RESPONSE_PROPERTY_REACTIVATED = Rule(
    "response-property-reactivated", "info", "response", "response property no longer deprecated"
)
RESPONSE_PROPERTY_BECAME_WRITE_ONLY = Rule(
    "response-property-became-write-only",
    "breaking",
    "response",
    "response property made write-only",
    "the server no longer returns it",
)
RESPONSE_PROPERTY_BECAME_NOT_WRITE_ONLY = Rule(
    "response-property-became-not-write-only", "info", "response", "response property no longer write-only"
)
RESPONSE_PROPERTY_MOVED = Rule(
    "response-property-moved", "breaking", "response", "response property moved to another object", _MOVED
)


def check(walker: SchemaWalker, at: At, old: View, new: View, depth: int) -> None:
    old_props, old_required = walker.properties(walker.old, old)
    new_props, new_required = walker.properties(walker.new, new)
    if not old_props and not new_props:
        return
    request = at.side == "request"
    hidden = "readOnly" if request else "writeOnly"  # never sent / never received on this side
    old_nodes = {n: walker.view(walker.old, s).node for n, s in old_props.items()}
    new_nodes = {n: walker.view(walker.new, s).node for n, s in new_props.items()}
    visible_old = {n for n, node in old_nodes.items() if node.get(hidden) is not True}
    visible_new = {n for n, node in new_nodes.items() if node.get(hidden) is not True}
    for name in sorted(old_props.keys() & new_props.keys()):
        was, now = name in visible_old, name in visible_new
        if was and not now:
            walker.emit(
                REQUEST_PROPERTY_BECAME_READ_ONLY if request else RESPONSE_PROPERTY_BECAME_WRITE_ONLY,
                at.child(name),
            )
        elif now and not was:
            walker.emit(
                REQUEST_PROPERTY_BECAME_NOT_READ_ONLY if request else RESPONSE_PROPERTY_BECAME_NOT_WRITE_ONLY,
                at.child(name),
            )
    removed = sorted(visible_old - new_props.keys())
    added = sorted(visible_new - old_props.keys())
    moves = _moves(walker, old_nodes, new_nodes, removed, added)
    moved_from = {m[0] for m in moves}
    moved_to = {m[1] for m in moves}
    for old_path, new_path, old_schema, new_schema in moves:
        walker.emit(
            REQUEST_PROPERTY_MOVED if request else RESPONSE_PROPERTY_MOVED,
            _at(at, old_path),
            f"$.{'.'.join(old_path)} -> $.{'.'.join(new_path)}",
        )
        walker.descend(old_schema, new_schema, _at(at, new_path), depth=depth + 1)
    for name in removed:
        if (name,) in moved_from:
            continue
        if request:
            walker.emit(REQUEST_PROPERTY_REMOVED, at.child(name))
        elif name in old_required:
            walker.emit(RESPONSE_REQUIRED_PROPERTY_REMOVED, at.child(name))
        else:
            walker.emit(RESPONSE_OPTIONAL_PROPERTY_REMOVED, at.child(name))
    for name in added:
        if (name,) in moved_to:
            continue
        if request:
            required = name in new_required
            walker.emit(
                NEW_REQUIRED_REQUEST_PROPERTY if required else NEW_OPTIONAL_REQUEST_PROPERTY, at.child(name)
            )
        elif name in new_required:
            walker.emit(RESPONSE_REQUIRED_PROPERTY_ADDED, at.child(name))
        else:
            walker.emit(RESPONSE_OPTIONAL_PROPERTY_ADDED, at.child(name))
    for name in sorted(visible_old & visible_new):
        _compare_kept(
            walker, at, name, name in old_required, name in new_required, old_nodes[name], new_nodes[name]
        )
        walker.descend(old_props[name], new_props[name], at.child(name), depth=depth + 1)


def _compare_kept(
    walker: SchemaWalker, at: At, name: str, was: bool, now: bool, old: dict[str, Any], new: dict[str, Any]
) -> None:
    request = at.side == "request"
    if was != now:
        if request:
            walker.emit(
                REQUEST_PROPERTY_BECAME_REQUIRED if now else REQUEST_PROPERTY_BECAME_OPTIONAL, at.child(name)
            )
        else:
            walker.emit(
                RESPONSE_PROPERTY_BECAME_REQUIRED if now else RESPONSE_PROPERTY_BECAME_OPTIONAL,
                at.child(name),
            )
    deprecated_before, deprecated_now = old.get("deprecated") is True, new.get("deprecated") is True
    if deprecated_now and not deprecated_before:
        walker.emit(REQUEST_PROPERTY_DEPRECATED if request else RESPONSE_PROPERTY_DEPRECATED, at.child(name))
    elif deprecated_before and not deprecated_now:
        walker.emit(
            REQUEST_PROPERTY_REACTIVATED if request else RESPONSE_PROPERTY_REACTIVATED, at.child(name)
        )


Move = tuple[tuple[str, ...], tuple[str, ...], Any, Any]  # old path, new path, old schema, new schema


def _moves(
    walker: SchemaWalker,
    old_nodes: dict[str, dict[str, Any]],
    new_nodes: dict[str, dict[str, Any]],
    removed: list[str],
    added: list[str],
) -> list[Move]:
    """Removed properties found inside an added object (wrapped), and added ones found inside a removed
    object (unwrapped)."""
    moves: list[Move] = []
    for wrapper in added:
        inner = mapping(walker.properties(walker.new, walker.view(walker.new, new_nodes[wrapper]))[0])
        for name in removed:
            if name in inner:
                old_schema = mapping(walker.old.deref(old_nodes[name])[0])
                moves.append(((name,), (wrapper, name), old_schema, inner[name]))
    for wrapper in removed:
        inner = mapping(walker.properties(walker.old, walker.view(walker.old, old_nodes[wrapper]))[0])
        for name in added:
            if name in inner:
                moves.append(((wrapper, name), (name,), inner[name], new_nodes[name]))
    return moves


def _at(at: At, path: tuple[str, ...]) -> At:
    for name in path:
        at = at.child(name)
    return at
