"""Constraints on values: numeric bounds and their exclusivity, string length, pattern, array length,
``uniqueItems`` and defaults.

A tighter constraint breaks requests (values the client sends today may be refused) and is harmless in
responses; a looser one is harmless in requests and a warning in responses (code relying on the old
bound may see values outside it). A bound that appears counts as tightened, one that disappears as
loosened. Formats are part of the type (``types``).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeGuard

from codegen.drift.checks.position import ByPosition, by_position

if TYPE_CHECKING:
    from codegen.drift.schemas import At, SchemaWalker, View

_SENT = "values the client sends today may be refused"
_READ = "code relying on the old bound may see values outside it"
_DEFAULT = "callers that leave the value out get a different behaviour"

Bound = tuple[float, bool]  # the limit, and whether it is exclusive

MAX_DECREASED = by_position(
    "maximum lowered",
    request="breaking",
    response="info",
    why_request=_SENT,
    ids={
        "request-parameter": "request-parameter-max-decreased",
        "request-body": "request-body-max-decreased",
        "request-property": "request-property-max-decreased",
        "response-body": "response-body-max-decreased",
        "response-property": "response-property-max-decreased",
    },
)
MAX_INCREASED = by_position(
    "maximum raised or removed",
    request="info",
    response="warning",
    why_response=_READ,
    ids={
        "request-parameter": "request-parameter-max-increased",
        "request-body": "request-body-max-increased",
        "request-property": "request-property-max-increased",
        "response-body": "response-body-max-increased",
        "response-property": "response-property-max-increased",
    },
)
MIN_INCREASED = by_position(
    "minimum raised",
    request="breaking",
    response="info",
    why_request=_SENT,
    ids={
        "request-parameter": "request-parameter-min-increased",
        "request-body": "request-body-min-increased",
        "request-property": "request-property-min-increased",
        "response-body": "response-body-min-increased",
        "response-property": "response-property-min-increased",
    },
)
MIN_DECREASED = by_position(
    "minimum lowered or removed",
    request="info",
    response="warning",
    why_response=_READ,
    ids={
        "request-parameter": "request-parameter-min-decreased",
        "request-body": "request-body-min-decreased",
        "request-property": "request-property-min-decreased",
        "response-body": "response-body-min-decreased",
        "response-property": "response-property-min-decreased",
    },
)
MAX_LENGTH_DECREASED = by_position(
    "maxLength lowered",
    request="breaking",
    response="info",
    why_request=_SENT,
    ids={
        "request-parameter": "request-parameter-max-length-decreased",
        "request-body": "request-body-max-length-decreased",
        "request-property": "request-property-max-length-decreased",
        "response-body": "response-body-max-length-decreased",
        "response-property": "response-property-max-length-decreased",
    },
)
MAX_LENGTH_INCREASED = by_position(
    "maxLength raised or removed",
    request="info",
    response="warning",
    why_response=_READ,
    ids={
        "request-parameter": "request-parameter-max-length-increased",
        "request-body": "request-body-max-length-increased",
        "request-property": "request-property-max-length-increased",
        "response-body": "response-body-max-length-increased",
        "response-property": "response-property-max-length-increased",
    },
)
MIN_LENGTH_INCREASED = by_position(
    "minLength raised",
    request="breaking",
    response="info",
    why_request=_SENT,
    ids={
        "request-parameter": "request-parameter-min-length-increased",
        "request-body": "request-body-min-length-increased",
        "request-property": "request-property-min-length-increased",
        "response-body": "response-body-min-length-increased",
        "response-property": "response-property-min-length-increased",
    },
)
MIN_LENGTH_DECREASED = by_position(
    "minLength lowered or removed",
    request="info",
    response="warning",
    why_response=_READ,
    ids={
        "request-parameter": "request-parameter-min-length-decreased",
        "request-body": "request-body-min-length-decreased",
        "request-property": "request-property-min-length-decreased",
        "response-body": "response-body-min-length-decreased",
        "response-property": "response-property-min-length-decreased",
    },
)
MAX_ITEMS_DECREASED = by_position(
    "maxItems lowered",
    request="breaking",
    response="info",
    why_request=_SENT,
    ids={
        "request-parameter": "request-parameter-max-items-decreased",
        "request-body": "request-body-max-items-decreased",
        "request-property": "request-property-max-items-decreased",
        "response-body": "response-body-max-items-decreased",
        "response-property": "response-property-max-items-decreased",
    },
)
MAX_ITEMS_INCREASED = by_position(
    "maxItems raised or removed",
    request="info",
    response="warning",
    why_response=_READ,
    ids={
        "request-parameter": "request-parameter-max-items-increased",
        "request-body": "request-body-max-items-increased",
        "request-property": "request-property-max-items-increased",
        "response-body": "response-body-max-items-increased",
        "response-property": "response-property-max-items-increased",
    },
)
MIN_ITEMS_INCREASED = by_position(
    "minItems raised",
    request="breaking",
    response="info",
    why_request=_SENT,
    ids={
        "request-parameter": "request-parameter-min-items-increased",
        "request-body": "request-body-min-items-increased",
        "request-property": "request-property-min-items-increased",
        "response-body": "response-body-min-items-increased",
        "response-property": "response-property-min-items-increased",
    },
)
MIN_ITEMS_DECREASED = by_position(
    "minItems lowered or removed",
    request="info",
    response="warning",
    why_response=_READ,
    ids={
        "request-parameter": "request-parameter-min-items-decreased",
        "request-body": "request-body-min-items-decreased",
        "request-property": "request-property-min-items-decreased",
        "response-body": "response-body-min-items-decreased",
        "response-property": "response-property-min-items-decreased",
    },
)
UNIQUE_ITEMS_ADDED = by_position(
    "items must be unique",
    request="breaking",
    response="info",
    why_request=_SENT,
    ids={
        "request-parameter": "request-parameter-unique-items-added",
        "request-body": "request-body-unique-items-added",
        "request-property": "request-property-unique-items-added",
        "response-body": "response-body-unique-items-added",
        "response-property": "response-property-unique-items-added",
    },
)
UNIQUE_ITEMS_REMOVED = by_position(
    "items no longer unique",
    request="info",
    response="warning",
    why_response=_READ,
    ids={
        "request-parameter": "request-parameter-unique-items-removed",
        "request-body": "request-body-unique-items-removed",
        "request-property": "request-property-unique-items-removed",
        "response-body": "response-body-unique-items-removed",
        "response-property": "response-property-unique-items-removed",
    },
)
PATTERN_ADDED = by_position(
    "pattern added",
    request="breaking",
    response="info",
    why_request=_SENT,
    ids={
        "request-parameter": "request-parameter-pattern-added",
        "request-body": "request-body-pattern-added",
        "request-property": "request-property-pattern-added",
        "response-body": "response-body-pattern-added",
        "response-property": "response-property-pattern-added",
    },
)
PATTERN_REMOVED = by_position(
    "pattern removed",
    request="info",
    response="warning",
    why_response=_READ,
    ids={
        "request-parameter": "request-parameter-pattern-removed",
        "request-body": "request-body-pattern-removed",
        "request-property": "request-property-pattern-removed",
        "response-body": "response-body-pattern-removed",
        "response-property": "response-property-pattern-removed",
    },
)
PATTERN_CHANGED = by_position(
    "pattern changed",
    request="breaking",
    response="warning",
    why_request=_SENT,
    why_response=_READ,
    ids={
        "request-parameter": "request-parameter-pattern-changed",
        "request-body": "request-body-pattern-changed",
        "request-property": "request-property-pattern-changed",
        "response-body": "response-body-pattern-changed",
        "response-property": "response-property-pattern-changed",
    },
)
DEFAULT_VALUE_ADDED = by_position(
    "default added",
    request="warning",
    response="info",
    why_request=_DEFAULT,
    ids={
        "request-parameter": "request-parameter-default-value-added",
        "request-body": "request-body-default-value-added",
        "request-property": "request-property-default-value-added",
        "response-body": "response-body-default-value-added",
        "response-property": "response-property-default-value-added",
    },
)
DEFAULT_VALUE_REMOVED = by_position(
    "default removed",
    request="warning",
    response="info",
    why_request=_DEFAULT,
    ids={
        "request-parameter": "request-parameter-default-value-removed",
        "request-body": "request-body-default-value-removed",
        "request-property": "request-property-default-value-removed",
        "response-body": "response-body-default-value-removed",
        "response-property": "response-property-default-value-removed",
    },
)
DEFAULT_VALUE_CHANGED = by_position(
    "default changed",
    request="warning",
    response="info",
    why_request=_DEFAULT,
    ids={
        "request-parameter": "request-parameter-default-value-changed",
        "request-body": "request-body-default-value-changed",
        "request-property": "request-property-default-value-changed",
        "response-body": "response-body-default-value-changed",
        "response-property": "response-property-default-value-changed",
    },
)


def _number(value: Any) -> TypeGuard[int | float]:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _bound(node: dict[str, Any], inclusive_key: str, exclusive_key: str, upper: bool) -> Bound | None:
    """The effective bound from OpenAPI 3.0 (``exclusiveMaximum: true``) or 3.1 (a number) spelling."""
    candidates: list[Bound] = []
    inclusive, exclusive = node.get(inclusive_key), node.get(exclusive_key)
    if _number(inclusive):
        candidates.append((float(inclusive), exclusive is True))
    if _number(exclusive):
        candidates.append((float(exclusive), True))
    if not candidates:
        return None
    # the tightest: smallest upper / largest lower, exclusive before inclusive at the same limit
    if upper:
        return min(candidates, key=lambda b: (b[0], not b[1]))
    return max(candidates, key=lambda b: (b[0], b[1]))


def _tighter(old: Bound | None, new: Bound | None, upper: bool) -> bool | None:
    """True when ``new`` admits fewer values, False when more, None when the same."""
    if old == new:
        return None
    if old is None:
        return True
    if new is None:
        return False
    if old[0] != new[0]:
        return (new[0] < old[0]) if upper else (new[0] > old[0])
    return new[1]  # same limit: exclusivity added tightens


def _show(bound: Bound | None, upper: bool) -> str:
    if bound is None:
        return "none"
    value = int(bound[0]) if bound[0].is_integer() else bound[0]
    sign = ("<" if bound[1] else "<=") if upper else (">" if bound[1] else ">=")
    return f"{sign} {value}"


def _count(node: dict[str, Any], key: str) -> Bound | None:
    value = node.get(key)
    return (float(value), False) if _number(value) else None


_Reader = Callable[[dict[str, Any]], Bound | None]
_LIMITS: tuple[tuple[_Reader, bool, ByPosition, ByPosition], ...] = (
    (lambda n: _bound(n, "maximum", "exclusiveMaximum", True), True, MAX_DECREASED, MAX_INCREASED),
    (lambda n: _bound(n, "minimum", "exclusiveMinimum", False), False, MIN_INCREASED, MIN_DECREASED),
    (lambda n: _count(n, "maxLength"), True, MAX_LENGTH_DECREASED, MAX_LENGTH_INCREASED),
    (lambda n: _count(n, "minLength"), False, MIN_LENGTH_INCREASED, MIN_LENGTH_DECREASED),
    (lambda n: _count(n, "maxItems"), True, MAX_ITEMS_DECREASED, MAX_ITEMS_INCREASED),
    (lambda n: _count(n, "minItems"), False, MIN_ITEMS_INCREASED, MIN_ITEMS_DECREASED),
)


def check(walker: SchemaWalker, at: At, old: View, new: View) -> None:
    for read, upper, tightened, loosened in _LIMITS:
        old_bound, new_bound = read(old.node), read(new.node)
        tighter = _tighter(old_bound, new_bound, upper)
        if tighter is not None:
            detail = f"{_show(old_bound, upper)} -> {_show(new_bound, upper)}"
            walker.emit(tightened if tighter else loosened, at, detail)
    was_unique, is_unique = old.node.get("uniqueItems") is True, new.node.get("uniqueItems") is True
    if is_unique != was_unique:
        walker.emit(UNIQUE_ITEMS_ADDED if is_unique else UNIQUE_ITEMS_REMOVED, at)
    _pattern(walker, at, old.node.get("pattern"), new.node.get("pattern"))
    _default(walker, at, old.node, new.node)


def _pattern(walker: SchemaWalker, at: At, old: Any, new: Any) -> None:
    """Patterns are compared as text: a document may hold one Python's ``re`` cannot compile."""
    old = old if isinstance(old, str) else None
    new = new if isinstance(new, str) else None
    if old == new:
        return
    if old is None:
        walker.emit(PATTERN_ADDED, at, str(new))
    elif new is None:
        walker.emit(PATTERN_REMOVED, at, old)
    else:
        walker.emit(PATTERN_CHANGED, at, f"{old} -> {new}")


def _default(walker: SchemaWalker, at: At, old: dict[str, Any], new: dict[str, Any]) -> None:
    if "default" not in old and "default" not in new:
        return
    if "default" not in old:
        walker.emit(DEFAULT_VALUE_ADDED, at, _json(new["default"]))
    elif "default" not in new:
        walker.emit(DEFAULT_VALUE_REMOVED, at, _json(old["default"]))
    elif _json(old["default"]) != _json(new["default"]):
        walker.emit(DEFAULT_VALUE_CHANGED, at, f"{_json(old['default'])} -> {_json(new['default'])}")


def _json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)
