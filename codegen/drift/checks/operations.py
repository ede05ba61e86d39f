"""Operations: added, removed, moved (same operationId, other method or path), operationId changed,
deprecated or reactivated, and path parameters renamed in the template.

Operations are paired by method and path, then by method and path template with parameter names blanked
(``/books/{bookId}`` and ``/books/{id}`` are one operation whose path parameter was renamed), then by
operationId (a moved endpoint).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from codegen.drift.documents import Document, OperationNode, template, template_names
from codegen.drift.model import Rule

if TYPE_CHECKING:
    from codegen.drift.rules import OperationPair

ENDPOINT_REMOVED = Rule("endpoint-removed", "breaking", "none", "operation removed")
ENDPOINT_ADDED = Rule("endpoint-added", "info", "none", "operation added")
ENDPOINT_MOVED = Rule(
    "endpoint-moved",
    "breaking",
    "none",
    "path or method changed",
    "clients generated before the change call the old URL",
)
OPERATION_ID_CHANGED = Rule(
    "operation-id-changed",
    "breaking",
    "none",
    "operationId changed",
    "the generated function is renamed; an adapter naming the old module breaks",
)
ENDPOINT_DEPRECATED = Rule("endpoint-deprecated", "warning", "none", "operation deprecated")
ENDPOINT_REACTIVATED = Rule("endpoint-reactivated", "info", "none", "operation no longer deprecated")
REQUEST_PATH_PARAMETER_RENAMED = Rule(
    "request-path-parameter-renamed",
    "warning",
    "request",
    "path parameter renamed",
    "the generated function's argument is renamed; callers passing it by keyword break",
)

Pairs = list[tuple[OperationNode, OperationNode]]


def pair(old: Document, new: Document) -> tuple[Pairs, list[str], list[str]]:
    """Matched operations, and the keys of those only in ``old`` (removed) or only in ``new`` (added)."""
    old_ops, new_ops = old.operations, new.operations
    pairs = [(old_ops[k], new_ops[k]) for k in sorted(old_ops.keys() & new_ops.keys())]
    removed = sorted(old_ops.keys() - new_ops.keys())
    added = sorted(new_ops.keys() - old_ops.keys())
    by_template = {(new_ops[k].method, template(new_ops[k].path)): k for k in added}
    for key in list(removed):
        target = by_template.pop((old_ops[key].method, template(old_ops[key].path)), None)
        if target is not None and target in added:
            pairs.append((old_ops[key], new_ops[target]))
            removed.remove(key)
            added.remove(target)
    by_id = {new_ops[k].operation_id: k for k in added if new_ops[k].operation_id}
    for key in list(removed):
        target = by_id.pop(old_ops[key].operation_id or "", None)
        if target is not None:
            pairs.append((old_ops[key], new_ops[target]))
            removed.remove(key)
            added.remove(target)
    return pairs, removed, added


def renamed_path_parameters(old: OperationNode, new: OperationNode) -> dict[str, str]:
    """Old name -> new name of path parameters whose place in a same-shaped template kept them apart."""
    if old.path == new.path or template(old.path) != template(new.path):
        return {}
    pairs = zip(template_names(old.path), template_names(new.path), strict=True)
    return {a: b for a, b in pairs if a != b}


def check(op: OperationPair) -> None:
    old, new = op.old_op, op.new_op
    if template(old.path) != template(new.path) or old.method != new.method:
        op.add(ENDPOINT_MOVED, new.key, f"{old.key} -> {new.key}")
    for before, after in sorted(op.renamed.items()):
        op.add(REQUEST_PATH_PARAMETER_RENAMED, f"{new.key} path parameter {after}", f"{before} -> {after}")
    if old.operation_id != new.operation_id:
        op.add(OPERATION_ID_CHANGED, new.key, f"{old.operation_id or 'none'} -> {new.operation_id or 'none'}")
    was, now = old.node.get("deprecated") is True, new.node.get("deprecated") is True
    if now != was:
        op.add(ENDPOINT_DEPRECATED if now else ENDPOINT_REACTIVATED, new.key)
