"""Comparing two OpenAPI documents operation by operation: what changed, with each rule's severity.

Operations are matched by method and path, then by operationId (a match that way is a moved endpoint).
Parameters are matched by location and name, statuses by code, media types by name, properties by name,
enum values as sets: the order of anything in a document never shows up as a change.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from codegen.drift.catalog import RULES
from codegen.drift.documents import Document, Operation, mapping, sequence
from codegen.drift.model import Change
from codegen.drift.schemas import Element, Finding, SchemaComparison, Side

JSON = "application/json"


@dataclass(frozen=True)
class _Raw:
    rule: str
    location: str
    operation: str
    detail: str = ""


def compare_documents(old: Document, new: Document) -> list[Change]:
    """Every change from ``old`` to ``new``, without provider or facade (see ``impact``), sorted."""
    found: list[_Raw] = []
    pairs, removed, added = _pair_operations(old, new)
    for key in removed:
        found.append(_Raw("endpoint-removed", key, key))
    for key in added:
        found.append(_Raw("endpoint-added", key, key))
    for old_op, new_op in pairs:
        if old_op.key != new_op.key:
            found.append(_Raw("endpoint-moved", new_op.key, new_op.key, f"{old_op.key} -> {new_op.key}"))
        found.extend(_OperationComparison(old, new, old_op, new_op).run())
    return _merge(found)


def _pair_operations(
    old: Document, new: Document
) -> tuple[list[tuple[Operation, Operation]], list[str], list[str]]:
    old_ops, new_ops = old.operations, new.operations
    pairs = [(old_ops[k], new_ops[k]) for k in sorted(old_ops.keys() & new_ops.keys())]
    removed = sorted(old_ops.keys() - new_ops.keys())
    added = sorted(new_ops.keys() - old_ops.keys())
    by_id = {new_ops[k].operation_id: k for k in added if new_ops[k].operation_id}
    for key in list(removed):
        target = by_id.pop(old_ops[key].operation_id or "", None)
        if target is not None:
            pairs.append((old_ops[key], new_ops[target]))
            removed.remove(key)
            added.remove(target)
    return pairs, removed, added


def _merge(found: Iterable[_Raw]) -> list[Change]:
    """One change per (rule, location, detail), naming every operation it was seen in."""
    grouped: dict[tuple[str, str, str], set[str]] = {}
    for raw in found:
        grouped.setdefault((raw.rule, raw.location, raw.detail), set()).add(raw.operation)
    changes = []
    for (rule_id, location, detail), operations in grouped.items():
        rule = RULES[rule_id]
        message = rule.title + (f": {detail}" if detail else "") + (f" ({rule.why})" if rule.why else "")
        changes.append(
            Change(rule.id, rule.severity, rule.direction, location, message, tuple(sorted(operations)))
        )
    return sorted(changes, key=Change.sort_key)


def _required(param: dict[str, Any]) -> bool:
    return param.get("required") is True or param.get("in") == "path"


def _param_schema(param: dict[str, Any]) -> Any:
    if "schema" in param:
        return param["schema"]
    content = mapping(param.get("content"))
    return next((mapping(media).get("schema") for media in content.values()), None)


def _where(base: str, finding: Finding) -> str:
    if finding.component is not None:
        return finding.component if finding.path == "$" else f"{finding.component} {finding.path}"
    return base if finding.path == "$" else f"{base} {finding.path}"


class _OperationComparison:
    def __init__(self, old: Document, new: Document, old_op: Operation, new_op: Operation) -> None:
        self.old, self.new = old, new
        self.old_op, self.new_op = old_op, new_op
        self.key = new_op.key
        self.found: list[_Raw] = []

    def run(self) -> list[_Raw]:
        if self.old_op.operation_id != self.new_op.operation_id:
            detail = f"{self.old_op.operation_id or 'none'} -> {self.new_op.operation_id or 'none'}"
            self._add("operation-id-changed", self.key, detail)
        was, now = self.old_op.node.get("deprecated") is True, self.new_op.node.get("deprecated") is True
        if now != was:
            self._add("endpoint-deprecated" if now else "endpoint-reactivated", self.key)
        self._parameters()
        self._request_body()
        self._responses()
        self._security()
        self._servers()
        return self.found

    def _add(self, rule: str, location: str, detail: str = "") -> None:
        self.found.append(_Raw(rule, location, self.key, detail))

    def _schemas(self, side: Side, element: Element, base: str, old_schema: Any, new_schema: Any) -> None:
        if old_schema is None and new_schema is None:
            return
        comparison = SchemaComparison(self.old, self.new, side, element)
        for finding in comparison.run(old_schema if old_schema is not None else {}, new_schema or {}):
            self._add(finding.rule, _where(base, finding), finding.detail)

    def _parameters(self) -> None:
        old_params = self.old.parameters(self.old_op)
        new_params = self.new.parameters(self.new_op)
        moved_to: set[tuple[str, str]] = set()
        for where, name in sorted(old_params.keys() - new_params.keys()):
            target = next(
                (
                    k
                    for k in sorted(new_params.keys() - old_params.keys())
                    if k[1].lower() == name.lower() and k not in moved_to
                ),
                None,
            )
            if target is not None:
                moved_to.add(target)
                self._add(
                    "request-parameter-moved", f"{self.key} parameter {name}", f"{where} -> {target[0]}"
                )
            else:
                self._add("request-parameter-removed", f"{self.key} {where} parameter {name}")
        for where, name in sorted(new_params.keys() - old_params.keys() - moved_to):
            kind = "required" if _required(new_params[(where, name)]) else "optional"
            self._add(f"new-{kind}-request-parameter", f"{self.key} {where} parameter {name}")
        for where, name in sorted(old_params.keys() & new_params.keys()):
            old_param, new_param = old_params[(where, name)], new_params[(where, name)]
            base = f"{self.key} {where} parameter {name}"
            if _required(old_param) != _required(new_param):
                self._add(
                    f"request-parameter-became-{'required' if _required(new_param) else 'optional'}", base
                )
            if new_param.get("deprecated") is True and old_param.get("deprecated") is not True:
                self._add("request-parameter-deprecated", base)
            self._schemas("request", "parameter", base, _param_schema(old_param), _param_schema(new_param))

    def _request_body(self) -> None:
        old_raw, new_raw = self.old_op.node.get("requestBody"), self.new_op.node.get("requestBody")
        if old_raw is None and new_raw is None:
            return
        base = f"{self.key} request body"
        old_body, new_body = self.old.deref(old_raw)[0], self.new.deref(new_raw)[0]
        if old_raw is None:
            self._add(
                f"request-body-added-{'required' if new_body.get('required') is True else 'optional'}", base
            )
            return
        if new_raw is None:
            self._add("request-body-removed", base)
            return
        was, now = old_body.get("required") is True, new_body.get("required") is True
        if was != now:
            self._add(f"request-body-became-{'required' if now else 'optional'}", base)
        self._content("request", base, old_body, new_body, "request-body-media-type")

    def _content(self, side: Side, base: str, old: dict[str, Any], new: dict[str, Any], rule: str) -> None:
        old_content, new_content = mapping(old.get("content")), mapping(new.get("content"))
        for media in sorted(old_content.keys() - new_content.keys()):
            self._add(f"{rule}-removed", base, media)
        for media in sorted(new_content.keys() - old_content.keys()):
            self._add(f"{rule}-added", base, media)
        for media in sorted(old_content.keys() & new_content.keys()):
            where = base if media == JSON else f"{base} ({media})"
            old_schema = mapping(old_content[media]).get("schema")
            new_schema = mapping(new_content[media]).get("schema")
            self._schemas(side, "body", where, old_schema, new_schema)

    def _responses(self) -> None:
        old_responses = {str(k): v for k, v in mapping(self.old_op.node.get("responses")).items()}
        new_responses = {str(k): v for k, v in mapping(self.new_op.node.get("responses")).items()}
        for code in sorted(old_responses.keys() - new_responses.keys()):
            kind = "success" if code.startswith("2") else "non-success"
            self._add(f"response-{kind}-status-removed", f"{self.key} response {code}")
        for code in sorted(new_responses.keys() - old_responses.keys()):
            kind = "success" if code.startswith("2") else "non-success"
            self._add(f"response-{kind}-status-added", f"{self.key} response {code}")
        for code in sorted(old_responses.keys() & new_responses.keys()):
            old_response = self.old.deref(old_responses[code])[0]
            new_response = self.new.deref(new_responses[code])[0]
            self._content(
                "response", f"{self.key} response {code}", old_response, new_response, "response-mediatype"
            )

    # --- security and servers -------------------------------------------------------------------

    def _security(self) -> None:
        old_names, old_reqs = _security(self.old, self.old_op)
        new_names, new_reqs = _security(self.new, self.new_op)
        if old_reqs == new_reqs:
            return
        location = f"{self.key} security"
        if old_names == new_names and len(old_names) == 1:
            location = f"#/components/securitySchemes/{next(iter(old_names))}"
        old_open, new_open = not old_reqs or frozenset() in old_reqs, not new_reqs or frozenset() in new_reqs
        shown = f"{_show_security(old_reqs)} -> {_show_security(new_reqs)}"
        if old_open and not new_open:
            self._add("api-security-added", location, _show_security(new_reqs))
        elif new_open and not old_open:
            self._add("api-security-removed", location, _show_security(old_reqs))
        elif old_reqs & new_reqs:
            self._add("api-security-alternatives-changed", location, shown)
        elif _single_header(old_reqs) and _single_header(new_reqs):
            self._add(
                "api-key-header-name-changed",
                location,
                f"{_single_header(old_reqs)} -> {_single_header(new_reqs)}",
            )
        else:
            self._add("api-security-scheme-changed", location, shown)

    def _servers(self) -> None:
        old_urls, old_level = _servers(self.old, self.old_op)
        new_urls, new_level = _servers(self.new, self.new_op)
        if old_urls == new_urls:
            return
        location = "servers" if old_level == new_level == "document" else f"{self.key} servers"
        if old_urls <= new_urls:
            self._add("server-added", location, ", ".join(sorted(new_urls - old_urls)))
        else:
            self._add(
                "server-url-changed",
                location,
                f"{', '.join(sorted(old_urls))} -> {', '.join(sorted(new_urls))}",
            )


Signature = tuple[str, ...]
Requirements = frozenset[frozenset[Signature]]


def _scheme(doc: Document, name: str) -> Signature:
    scheme = doc.deref(mapping(mapping(doc.data.get("components")).get("securitySchemes")).get(name))[0]
    kind = str(scheme.get("type"))
    if kind == "apiKey":
        where, header = str(scheme.get("in")), str(scheme.get("name"))
        return (kind, where, header.lower() if where == "header" else header)
    if kind == "http":
        return (kind, str(scheme.get("scheme", "")).lower())
    return (kind, name)


def _security(doc: Document, op: Operation) -> tuple[frozenset[str], Requirements]:
    raw = op.node["security"] if "security" in op.node else doc.data.get("security")
    names: set[str] = set()
    requirements: set[frozenset[Signature]] = set()
    for requirement in sequence(raw):
        if isinstance(requirement, dict):
            names |= {str(n) for n in requirement}
            requirements.add(frozenset(_scheme(doc, str(n)) for n in requirement))
    return frozenset(names), frozenset(requirements)


def _show_signature(signature: Signature) -> str:
    if signature[0] == "apiKey":
        return f"API key in {signature[1]} {signature[2]}"
    if signature[0] == "http":
        return f"HTTP {signature[1]}"
    return " ".join(signature)


def _show_security(requirements: Requirements) -> str:
    if not requirements:
        return "none"
    shown = sorted(" and ".join(sorted(_show_signature(s) for s in r)) or "none" for r in requirements)
    return " or ".join(shown)


def _single_header(requirements: Requirements) -> str | None:
    if len(requirements) == 1:
        (requirement,) = requirements
        if len(requirement) == 1:
            (signature,) = requirement
            if signature[:2] == ("apiKey", "header"):
                return signature[2]
    return None


def _servers(doc: Document, op: Operation) -> tuple[frozenset[str], str]:
    for level, node in (("operation", op.node), ("path", op.path_item), ("document", doc.data)):
        servers = sequence(node.get("servers"))
        if servers:
            urls = {str(mapping(s).get("url", "")).rstrip("/") for s in servers}
            return frozenset(urls), level
    return frozenset({""}), "document"
