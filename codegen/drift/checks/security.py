"""Security requirements: authentication added or removed, alternatives changed, the API key header
renamed, the scheme replaced. Schemes are compared by what goes on the wire (kind, location, header
name), not by their names in the document."""

from __future__ import annotations

from typing import TYPE_CHECKING

from codegen.drift.documents import Document, OperationNode, mapping, sequence
from codegen.drift.model import Rule

if TYPE_CHECKING:
    from codegen.drift.rules import OperationPair

API_KEY_HEADER_NAME_CHANGED = Rule(
    "api-key-header-name-changed",
    "breaking",
    "request",
    "auth header name changed",
    "the generated client and the facade send the old header",
)
API_SECURITY_SCHEME_CHANGED = Rule(
    "api-security-scheme-changed",
    "breaking",
    "request",
    "security scheme changed",
    "the generated client sends the old credentials",
)
API_SECURITY_ADDED = Rule("api-security-added", "warning", "request", "authentication now required")
API_SECURITY_REMOVED = Rule("api-security-removed", "info", "request", "authentication no longer required")
API_SECURITY_ALTERNATIVES_CHANGED = Rule(
    "api-security-alternatives-changed", "info", "request", "ways to authenticate changed"
)

Signature = tuple[str, ...]
Requirements = frozenset[frozenset[Signature]]


def check(op: OperationPair) -> None:
    old_names, old_reqs = _security(op.old, op.old_op)
    new_names, new_reqs = _security(op.new, op.new_op)
    if old_reqs == new_reqs:
        return
    location = f"{op.key} security"
    if old_names == new_names and len(old_names) == 1:
        location = f"#/components/securitySchemes/{next(iter(old_names))}"
    old_open, new_open = frozenset() in old_reqs, frozenset() in new_reqs
    shown = f"{_show_security(old_reqs)} -> {_show_security(new_reqs)}"
    old_header, new_header = _single_header(old_reqs), _single_header(new_reqs)
    if old_open and not new_open:
        op.add(API_SECURITY_ADDED, location, _show_security(new_reqs))
    elif new_open and not old_open:
        op.add(API_SECURITY_REMOVED, location, _show_security(old_reqs))
    elif old_reqs & new_reqs:
        op.add(API_SECURITY_ALTERNATIVES_CHANGED, location, shown)
    elif old_header and new_header:
        op.add(API_KEY_HEADER_NAME_CHANGED, location, f"{old_header} -> {new_header}")
    else:
        op.add(API_SECURITY_SCHEME_CHANGED, location, shown)


def _scheme(doc: Document, name: str) -> Signature:
    scheme = doc.deref(mapping(mapping(doc.data.get("components")).get("securitySchemes")).get(name))[0]
    kind = str(scheme.get("type"))
    if kind == "apiKey":
        where, header = str(scheme.get("in")), str(scheme.get("name"))
        return (kind, where, header.lower() if where == "header" else header)
    if kind == "http":
        return (kind, str(scheme.get("scheme", "")).lower())
    return (kind, name)


def _security(doc: Document, op: OperationNode) -> tuple[frozenset[str], Requirements]:
    raw = op.node["security"] if "security" in op.node else doc.data.get("security")
    names: set[str] = set()
    requirements: set[frozenset[Signature]] = set()
    for requirement in sequence(raw):
        if isinstance(requirement, dict):
            names |= {str(n) for n in requirement}
            requirements.add(frozenset(_scheme(doc, str(n)) for n in requirement))
    return frozenset(names), frozenset(requirements or {frozenset()})  # no requirement: open


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
