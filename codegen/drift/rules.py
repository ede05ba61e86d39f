"""Comparing two OpenAPI documents operation by operation, with the checks of ``codegen.drift.checks``.

Operations are paired by ``checks.operations``; each pair runs the operation-level checks, which hand
schemas to one ``SchemaWalker`` shared by the whole document pair. Findings at a component schema are
attributed to every operation that reaches the component. The order of anything in a document never
shows up as a change.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from codegen.drift.checks import bodies, operations, parameters, responses, security, servers
from codegen.drift.checks.position import Position, Side
from codegen.drift.documents import Document, OperationNode, mapping
from codegen.drift.model import Change, Rule, Severity
from codegen.drift.schemas import Finding, SchemaWalker


@dataclass(frozen=True)
class RawFinding:
    """A finding before merging: its rule, where, the operation it was seen in, and a detail."""

    rule: Rule
    location: str
    operation: str
    detail: str = ""
    severity: Severity | None = None
    users: frozenset[str] | set[str] = frozenset()  # more operations it concerns (see ``Finding``)


@dataclass
class OperationPair:
    """The same operation in both documents, and what the operation-level checks found in it."""

    old: Document
    new: Document
    old_op: OperationNode
    new_op: OperationNode
    walker: SchemaWalker
    found: list[RawFinding] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.key = self.new_op.key
        self.renamed = operations.renamed_path_parameters(self.old_op, self.new_op)

    def add(self, rule: Rule, location: str, detail: str = "") -> None:
        self.found.append(RawFinding(rule, location, self.key, detail))

    def schemas(self, side: Side, position: Position, base: str, old: Any, new: Any) -> None:
        if old is None and new is None:
            return
        findings = self.walker.compare(self.key, side, position, old if old is not None else {}, new or {})
        for f in findings:
            self.found.append(RawFinding(f.rule, _where(base, f), self.key, f.detail, f.severity, f.users))


_OPERATION_CHECKS = (
    operations.check,
    parameters.check,
    bodies.request,
    responses.check,
    security.check,
    servers.check,
)


def compare_documents(old: Document, new: Document) -> list[Change]:
    """Every change from ``old`` to ``new``, without provider or facade (see ``impact``), sorted."""
    found: list[RawFinding] = []
    pairs, removed, added = operations.pair(old, new)
    found += [RawFinding(operations.ENDPOINT_REMOVED, key, key) for key in removed]
    found += [RawFinding(operations.ENDPOINT_ADDED, key, key) for key in added]
    walker = SchemaWalker(old, new)
    same_context = all(_document_level(old, key) == _document_level(new, key) for key in _CONTEXT)
    for old_op, new_op in pairs:
        if same_context and _unchanged(walker, old_op, new_op):
            continue
        pair = OperationPair(old, new, old_op, new_op, walker)
        for check in _OPERATION_CHECKS:
            check(pair)
        found += pair.found
    return _merge(found)


# What an operation inherits from the document: its security, servers and security schemes.
_CONTEXT = ("security", "servers", "securitySchemes")


def _document_level(doc: Document, key: str) -> Any:
    if key == "securitySchemes":
        return mapping(doc.data.get("components")).get(key)
    return doc.data.get(key)


def _unchanged(walker: SchemaWalker, old: OperationNode, new: OperationNode) -> bool:
    """The same operation, written the same, whose references lead to the same schemas: no check can
    find anything in it (most operations of a real pair)."""
    if old.key != new.key or old.node != new.node:
        return False
    inherited = ("parameters", "servers")
    if any(old.path_item.get(k) != new.path_item.get(k) for k in inherited):
        return False
    return walker.same_targets([old.node, *(old.path_item.get(k) for k in inherited)])


def _merge(found: Iterable[RawFinding]) -> list[Change]:
    """One change per (rule, location, detail), naming every operation it was seen in."""
    grouped: dict[tuple[str, str, str], tuple[RawFinding, set[str]]] = {}
    for raw in found:
        entry = grouped.setdefault((raw.rule.id, raw.location, raw.detail), (raw, set()))
        entry[1].add(raw.operation)
        entry[1].update(raw.users)
    changes = []
    for (_, location, detail), (raw, keys) in grouped.items():
        rule = raw.rule
        message = rule.title + (f": {detail}" if detail else "") + (f" ({rule.why})" if rule.why else "")
        severity = raw.severity or rule.severity
        changes.append(Change(rule.id, severity, rule.direction, location, message, tuple(sorted(keys))))
    return sorted(changes, key=Change.sort_key)


def _where(base: str, finding: Finding) -> str:
    if finding.component is not None:
        return finding.component if finding.path == "$" else f"{finding.component} {finding.path}"
    return base if finding.path == "$" else f"{base} {finding.path}"
