"""Comparing two JSON schemas of one request or response position, with ``$ref``s resolved.

Whether a difference breaks callers depends on the direction: the generated client *sends* request schemas
(the server must still accept what it sends) and *parses* response schemas (it must still understand what
the server sends). Positions inside a component schema reachable from both documents are reported at the
component (``#/components/schemas/Name $.field``) so a shared schema yields one finding, not one per use.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any, Literal

from codegen.drift.documents import MAX_REF_HOPS, SCHEMA_PREFIX, Document, mapping, sequence

Side = Literal["request", "response"]
Element = Literal["parameter", "body"]
TypeSet = frozenset[tuple[str, str | None]]

MAX_DEPTH = 64  # nesting levels followed below one parameter or body
MAX_NODES = 20_000  # schema pairs compared for one parameter or body

_ANY: TypeSet = frozenset({("any", None)})
_NULL = ("null", None)
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")


@dataclass(frozen=True)
class Finding:
    rule: str
    path: str  # JSON path: "$" is the parameter's or body's schema (or the component's, see below)
    component: str | None = None  # "#/components/schemas/Name" when ``path`` is relative to it
    detail: str = ""


@dataclass
class _View:
    """A schema with references followed, nullable wrappers and single-branch ``allOf`` unwrapped."""

    node: dict[str, Any]
    ref: str | None
    nullable: bool


def _branches(node: dict[str, Any]) -> list[Any] | None:
    for key in ("anyOf", "oneOf"):
        if isinstance(node.get(key), list):
            return list(node[key])
    return None


def _child(path: str, name: str) -> str:
    return f"{path}.{name}" if _IDENTIFIER.fullmatch(name) else f"{path}[{json.dumps(name)}]"


def _enum_key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _show_types(types: TypeSet) -> str:
    shown = sorted(name if fmt is None else f"{name} ({fmt})" for name, fmt in types)
    return " or ".join(shown)


def _covers(wide: tuple[str, str | None], narrow: tuple[str, str | None]) -> bool:
    if wide[0] == "any":
        return True
    if wide[0] == narrow[0]:
        return wide[1] is None or wide[1] == narrow[1]
    return wide == ("number", None) and narrow[0] == "integer"


def _superset(wide: TypeSet, narrow: TypeSet) -> bool:
    return all(any(_covers(w, n) for w in wide) for n in narrow)


@dataclass
class SchemaComparison:
    """Compare the schemas of one parameter or body; read ``findings`` afterwards."""

    old: Document
    new: Document
    side: Side
    element: Element
    findings: list[Finding] = field(default_factory=list)
    _done: set[tuple[str, str]] = field(default_factory=set)
    _stack: set[tuple[str | None, str | None]] = field(default_factory=set)
    _budget: int = MAX_NODES

    def run(self, old: Any, new: Any) -> list[Finding]:
        self._compare(old, new, "$", None, at_root=True, depth=0)
        return self.findings

    # --- reading one side ---------------------------------------------------------------------

    def _view(self, doc: Document, raw: Any) -> _View:
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
        return _View(node, ref, nullable)

    def _nullable_inner(self, doc: Document, node: dict[str, Any]) -> Any:
        """The one non-null branch of ``anyOf: [X, {type: null}]``, else None."""
        branches = _branches(node)
        if not branches:
            return None
        real = [b for b in branches if doc.deref(b)[0].get("type") not in ("null", ["null"])]
        return real[0] if len(real) == 1 and len(real) < len(branches) else None

    def _types(self, doc: Document, view: _View, depth: int = 0) -> TypeSet:
        node = view.node
        raw = node.get("type")
        names = [raw] if isinstance(raw, str) else [t for t in sequence(raw) if isinstance(t, str)]
        fmt = node.get("format") if isinstance(node.get("format"), str) else None
        types: set[tuple[str, str | None]] = {(n, None if n == "null" else fmt) for n in names}
        branches = _branches(node)
        if not types and branches is not None and depth < 8:
            for branch in branches:
                types |= self._types(doc, self._view(doc, branch), depth + 1)
        if not types and depth < 8:
            for branch in sequence(node.get("allOf")):
                types = set(self._types(doc, self._view(doc, branch), depth + 1))
                if types != set(_ANY):
                    break
        if not types:
            values = self._enum(node)
            types = {(_json_type(v), None) for v in values} if values else set(_ANY)
        if view.nullable:
            types.add(_NULL)
        return frozenset(types)

    @staticmethod
    def _enum(node: dict[str, Any]) -> list[Any] | None:
        if "const" in node:
            return [node["const"]]
        values = node.get("enum")
        return list(values) if isinstance(values, list) else None

    def _properties(self, doc: Document, view: _View, depth: int = 0) -> tuple[dict[str, Any], set[str]]:
        """Own properties and required names, merged with those of multi-branch ``allOf``."""
        props = dict(mapping(view.node.get("properties")))
        required = {r for r in sequence(view.node.get("required")) if isinstance(r, str)}
        if depth < 8:
            for branch in sequence(view.node.get("allOf")):
                more, more_required = self._properties(doc, self._view(doc, branch), depth + 1)
                for name, schema in more.items():
                    props.setdefault(name, schema)
                required |= more_required
        return props, required

    # --- comparing ------------------------------------------------------------------------------

    def _emit(self, event: str, path: str, component: str | None, at_root: bool, detail: str = "") -> None:
        if event.startswith("type-"):
            noun = ("parameter" if self.element == "parameter" else "body") if at_root else "property"
        elif event.startswith("enum-"):
            noun = "parameter" if at_root and self.element == "parameter" else "property"
        else:
            noun = "property"
        self.findings.append(Finding(f"{self.side}-{noun}-{event}", path, component, detail))

    def _compare(
        self, old_raw: Any, new_raw: Any, path: str, component: str | None, *, at_root: bool, depth: int
    ) -> None:
        if depth > MAX_DEPTH or self._budget <= 0:
            return
        self._budget -= 1
        old, new = self._view(self.old, old_raw), self._view(self.new, new_raw)
        if (
            old.ref is not None
            and old.ref == new.ref
            and old.nullable == new.nullable
            and old.ref.startswith(SCHEMA_PREFIX)
        ):
            if (old.ref, new.ref) in self._done:
                return
            self._done.add((old.ref, new.ref))
            component, path = old.ref, "$"
        pair = (old.ref, new.ref)
        if pair != (None, None):
            if pair in self._stack:
                return
            self._stack.add(pair)
        try:
            self._compare_views(old, new, path, component, at_root=at_root, depth=depth)
        finally:
            self._stack.discard(pair)

    def _compare_views(
        self, old: _View, new: _View, path: str, component: str | None, *, at_root: bool, depth: int
    ) -> None:
        old_branches, new_branches = self._union(self.old, old), self._union(self.new, new)
        matched = [k for k in old_branches if k in new_branches]
        whole_union_matched = bool(old_branches) and set(old_branches) == set(new_branches)
        if not whole_union_matched:
            self._compare_types(old, new, path, component, at_root)
        self._compare_enum(old, new, path, component, at_root)
        self._compare_properties(old, new, path, component, depth)
        for key in ("items", "additionalProperties"):
            old_sub, new_sub = old.node.get(key), new.node.get(key)
            if isinstance(old_sub, dict) and isinstance(new_sub, dict):
                child = f"{path}[*]" if key == "items" else f"{path}.*"
                self._compare(old_sub, new_sub, child, component, at_root=False, depth=depth + 1)
        for key in matched:
            self._compare(
                old_branches[key], new_branches[key], path, component, at_root=at_root, depth=depth + 1
            )

    def _union(self, doc: Document, view: _View) -> dict[str, Any]:
        """The branches of a real union (two or more non-null branches) by a matching key."""
        branches = _branches(view.node)
        if not branches:
            return {}
        keyed: dict[str, Any] = {}
        for branch in branches:
            ref = mapping(branch).get("$ref")
            branch_view = self._view(doc, branch)
            if branch_view.node.get("type") in ("null", ["null"]):
                continue
            key = ref if isinstance(ref, str) else "types:" + _show_types(self._types(doc, branch_view))
            keyed.setdefault(key, branch)
        return keyed if len(keyed) > 1 else {}

    def _compare_types(self, old: _View, new: _View, path: str, component: str | None, at_root: bool) -> None:
        old_types, new_types = self._types(self.old, old), self._types(self.new, new)
        if old_types == new_types:
            return
        detail = f"{_show_types(old_types)} -> {_show_types(new_types)}"
        if self.side == "request":
            compatible, wider = _superset(new_types, old_types), "type-generalized"
        else:
            compatible, wider = _superset(old_types, new_types), "type-narrowed"
        self._emit(wider if compatible else "type-changed", path, component, at_root, detail)

    def _compare_enum(self, old: _View, new: _View, path: str, component: str | None, at_root: bool) -> None:
        old_values, new_values = self._enum(old.node), self._enum(new.node)
        if old_values is None or new_values is None:
            return
        old_keys = {_enum_key(v): v for v in old_values}
        new_keys = {_enum_key(v): v for v in new_values}
        for key in sorted(old_keys.keys() - new_keys.keys()):
            self._emit("enum-value-removed", path, component, at_root, key)
        for key in sorted(new_keys.keys() - old_keys.keys()):
            self._emit("enum-value-added", path, component, at_root, key)

    def _compare_properties(
        self, old: _View, new: _View, path: str, component: str | None, depth: int
    ) -> None:
        old_props, old_required = self._properties(self.old, old)
        new_props, new_required = self._properties(self.new, new)
        request = self.side == "request"
        hidden = "readOnly" if request else "writeOnly"  # never sent / never received in this direction
        for name in sorted(old_props.keys() | new_props.keys()):
            child = _child(path, name)
            old_prop = self._view(self.old, old_props[name]).node if name in old_props else None
            new_prop = self._view(self.new, new_props[name]).node if name in new_props else None
            if (old_prop or {}).get(hidden) is True or (new_prop or {}).get(hidden) is True:
                continue
            if new_prop is None:
                if request:
                    self.findings.append(Finding("request-property-removed", child, component))
                else:
                    kind = "required" if name in old_required else "optional"
                    self.findings.append(Finding(f"response-{kind}-property-removed", child, component))
                continue
            if old_prop is None:
                kind = "required" if name in new_required else "optional"
                rule = f"new-{kind}-request-property" if request else f"response-{kind}-property-added"
                self.findings.append(Finding(rule, child, component))
                continue
            was, now = name in old_required, name in new_required
            if was != now:
                self.findings.append(
                    Finding(
                        f"{self.side}-property-became-{'required' if now else 'optional'}", child, component
                    )
                )
            if new_prop.get("deprecated") is True and old_prop.get("deprecated") is not True:
                self.findings.append(Finding(f"{self.side}-property-deprecated", child, component))
            self._compare(old_props[name], new_props[name], child, component, at_root=False, depth=depth + 1)


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
