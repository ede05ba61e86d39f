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
from codegen.drift.documents import Document, Operation
from codegen.drift.model import Change, Rule, Severity
from codegen.drift.schemas import Finding, SchemaWalker


@dataclass(frozen=True)
class Raw:
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
    old_op: Operation
    new_op: Operation
    walker: SchemaWalker
    found: list[Raw] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.key = self.new_op.key
        self.renamed = operations.renamed_path_parameters(self.old_op, self.new_op)

    def add(self, rule: Rule, location: str, detail: str = "") -> None:
        self.found.append(Raw(rule, location, self.key, detail))

    def schemas(self, side: Side, position: Position, base: str, old: Any, new: Any) -> None:
        if old is None and new is None:
            return
        findings = self.walker.compare(self.key, side, position, old if old is not None else {}, new or {})
        for f in findings:
            self.found.append(Raw(f.rule, _where(base, f), self.key, f.detail, f.severity, f.users))


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
    found: list[Raw] = []
    pairs, removed, added = operations.pair(old, new)
    found += [Raw(operations.ENDPOINT_REMOVED, key, key) for key in removed]
    found += [Raw(operations.ENDPOINT_ADDED, key, key) for key in added]
    walker = SchemaWalker(old, new)
    for old_op, new_op in pairs:
        pair = OperationPair(old, new, old_op, new_op, walker)
        for check in _OPERATION_CHECKS:
            check(pair)
        found += pair.found
    return _merge(found)


def _merge(found: Iterable[Raw]) -> list[Change]:
    """One change per (rule, location, detail), naming every operation it was seen in."""
    grouped: dict[tuple[str, str, str], tuple[Raw, set[str]]] = {}
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
