"""Walking two JSON schemas of one request or response position side by side, ``$ref``s resolved.

The walker decides what is compared with what (properties by name, ``items``, ``additionalProperties``,
union branches by reference or type); the checks in ``codegen.drift.checks`` decide what a difference
means at each place. Whether it breaks callers depends on the side: the generated client *sends* request
schemas and *parses* response schemas. A component schema reachable from both documents is compared once
per side and place and reported at the component (``#/components/schemas/Name $.field``), so a shared
schema yields one finding, attributed afterwards to every operation that uses it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from codegen.drift.checks import composition, constraints, enums, properties, types
from codegen.drift.checks.position import ByPosition, Position, Side
from codegen.drift.documents import MAX_REF_HOPS, SCHEMA_PREFIX, Document, mapping, refs_in, sequence
from codegen.drift.model import Rule, Severity

MAX_DEPTH = 64  # nesting levels followed below one parameter or body
MAX_NODES = 200_000  # schema pairs compared for one pair of documents
MAX_BRANCH_DEPTH = 8  # union and allOf levels looked through to find types and properties

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
_Key = tuple[str, str, str]  # component ref, side, position


@dataclass(frozen=True)
class Finding:
    rule: Rule
    path: str  # JSON path: "$" is the parameter's or body's schema (or the component's, see below)
    component: str | None = None  # "#/components/schemas/Name" when ``path`` is relative to it
    detail: str = ""
    severity: Severity | None = None  # set when a check lowers the rule's severity for this finding
    # operations that reach ``component`` on this side; filled while later operations are compared
    users: set[str] = field(default_factory=set, compare=False, hash=False)


@dataclass(frozen=True)
class At:
    """The place being compared: a JSON path, the component it is relative to, and its position."""

    path: str
    component: str | None
    position: Position
    side: Side

    def child(self, name: str) -> At:
        path = f"{self.path}.{name}" if _IDENTIFIER.fullmatch(name) else f"{self.path}[{json.dumps(name)}]"
        return At(path, self.component, _inner(self.side), self.side)

    def below(self, suffix: str) -> At:
        return At(f"{self.path}{suffix}", self.component, _inner(self.side), self.side)


def _inner(side: Side) -> Position:
    return "request-property" if side == "request" else "response-property"


@dataclass
class View:
    """A schema with references followed, nullable wrappers and single-branch ``allOf`` unwrapped."""

    node: dict[str, Any]
    ref: str | None
    nullable: bool


def union_branches(node: dict[str, Any]) -> tuple[str, list[Any]] | None:
    """``("oneOf"|"anyOf", branches)`` of a union node, else None."""
    for key in ("oneOf", "anyOf"):
        if isinstance(node.get(key), list):
            return key, list(node[key])
    return None


def is_null(node: dict[str, Any]) -> bool:
    return node.get("type") in ("null", ["null"])


@dataclass
class SchemaWalker:
    """Compare the schemas of every parameter and body of two documents; one walker per document pair."""

    old: Document
    new: Document
    _stack: set[tuple[str | None, str | None]] = field(default_factory=set)
    _budget: int = MAX_NODES
    _findings: list[Finding] = field(default_factory=list)
    _operation: str = ""
    # per component compared (ref, side, position): the operations reaching it, and the components
    # reached below it, so an operation that meets an already compared component is still named
    _users: dict[_Key, set[str]] = field(default_factory=dict)
    _beneath: dict[_Key, set[_Key]] = field(default_factory=dict)
    _active: list[_Key] = field(default_factory=list)
    _same: dict[str, bool] = field(default_factory=dict)  # $ref -> equal targets (see _same_targets)

    def compare(self, operation: str, side: Side, position: Position, old: Any, new: Any) -> list[Finding]:
        """Findings for one parameter's or body's schema pair of ``operation`` (``position`` is the
        root's)."""
        self._findings = []
        self._operation = operation
        self.descend(old, new, At("$", None, position, side), depth=0)
        return self._findings

    # --- what checks call --------------------------------------------------------------------

    def emit(
        self, rule: Rule | ByPosition, at: At, detail: str = "", severity: Severity | None = None
    ) -> None:
        found = rule.at(at.position) if isinstance(rule, ByPosition) else rule
        if found is None:
            return
        users = self._users[self._active[-1]] if at.component is not None and self._active else set()
        self._findings.append(Finding(found, at.path, at.component, detail, severity, users))

    def view(self, doc: Document, raw: Any) -> View:
        node, ref = doc.deref(raw)
        nullable = node.get("nullable") is True
        for _ in range(MAX_REF_HOPS):
            inner = self._nullable_inner(doc, node)
            if inner is None:
                all_of = sequence(node.get("allOf"))
                if len(all_of) != 1 or "properties" in node or "type" in node:
                    break
                inner = all_of[0]
            else:
                nullable = True
            node, hop = doc.deref(inner)
            ref = hop or ref
            nullable = nullable or node.get("nullable") is True
        return View(node, ref, nullable)

    def descend(self, old_raw: Any, new_raw: Any, at: At, *, depth: int) -> None:
        if depth > MAX_DEPTH or self._budget <= 0:
            return
        self._budget -= 1
        old, new = self.view(self.old, old_raw), self.view(self.new, new_raw)
        pair = (old.ref, new.ref)
        if pair != (None, None) and pair in self._stack:
            return  # a cycle: the comparison further up covers it
        component = (
            old.ref is not None
            and old.ref == new.ref
            and old.nullable == new.nullable
            and old.ref.startswith(SCHEMA_PREFIX)
        )
        if component:
            key = (str(old.ref), at.side, at.position)
            if self._seen(key):
                return
            at = At("$", old.ref, at.position, at.side)
            self._active.append(key)
        if pair != (None, None):
            self._stack.add(pair)
        try:
            self._compare_views(old, new, at, depth)
        finally:
            self._stack.discard(pair)
            if component:
                self._active.pop()

    def same_targets(self, node: Any) -> bool:
        """Whether every ``$ref`` in ``node`` points at equal nodes in both documents, recursively
        (then a node equal on both sides means the same on both sides)."""
        assumed: list[str] = []
        same = all(self._same_target(ref, assumed) for ref in refs_in(node))
        if not same:
            # a True found while a reference on the way was assumed True (a cycle) may rest on the
            # assumption; False is always found from a real difference and stays
            for ref in assumed:
                if self._same.get(ref):
                    del self._same[ref]
        return same

    def _same_target(self, ref: str, assumed: list[str]) -> bool:
        known = self._same.get(ref)
        if known is None:
            self._same[ref] = True  # assumed while it is being decided: a cycle back here adds nothing
            assumed.append(ref)
            old, new = self.old.pointer(ref), self.new.pointer(ref)
            known = old == new and all(self._same_target(inner, assumed) for inner in refs_in(old))
            self._same[ref] = known
        return known

    def _seen(self, key: _Key) -> bool:
        """Record that the current operation reaches component ``key``; True when it was compared."""
        for ancestor in self._active:
            self._beneath.setdefault(ancestor, set()).add(key)
        if key not in self._users:
            self._users[key] = {self._operation}
            return False
        below = self._beneath.get(key, set())
        for reached in (key, *below):
            self._users[reached].add(self._operation)
        for ancestor in self._active:
            self._beneath[ancestor] |= below
        return True

    # --- the order of the checks -----------------------------------------------------------------

    def _compare_views(self, old: View, new: View, at: At, depth: int) -> None:
        if old.node == new.node and old.nullable == new.nullable and self.same_targets(old.node):
            return  # equal, and every reference in it leads to equal schemas: nothing below differs
        matched = composition.check(self, at, old, new)
        if matched is None:
            types.check(self, at, old, new)
        enums.check(self, at, old, new)
        constraints.check(self, at, old, new)
        if matched is None or ("properties" in old.node and "properties" in new.node):
            properties.check(self, at, old, new, depth)  # a union's properties are its branches'
        for key in ("items", "additionalProperties"):
            old_sub, new_sub = old.node.get(key), new.node.get(key)
            if isinstance(old_sub, dict) and isinstance(new_sub, dict):
                self.descend(old_sub, new_sub, at.below("[*]" if key == "items" else ".*"), depth=depth + 1)
        for old_branch, new_branch in matched or ():
            self.descend(old_branch, new_branch, at, depth=depth + 1)

    # --- reading one side ----------------------------------------------------------------------

    def _nullable_inner(self, doc: Document, node: dict[str, Any]) -> Any:
        """The one non-null branch of ``anyOf: [X, {type: null}]``, else None."""
        union = union_branches(node)
        if not union:
            return None
        branches = union[1]
        real = [b for b in branches if not is_null(doc.deref(b)[0])]
        return real[0] if len(real) == 1 and len(real) < len(branches) else None

    def properties(self, doc: Document, view: View, depth: int = 0) -> tuple[dict[str, Any], set[str]]:
        """Own properties and required names, merged with those of multi-branch ``allOf``."""
        props = dict(mapping(view.node.get("properties")))
        required = {r for r in sequence(view.node.get("required")) if isinstance(r, str)}
        if depth < MAX_BRANCH_DEPTH:
            for branch in sequence(view.node.get("allOf")):
                more, more_required = self.properties(doc, self.view(doc, branch), depth + 1)
                for name, schema in more.items():
                    props.setdefault(name, schema)
                required |= more_required
        return props, required
