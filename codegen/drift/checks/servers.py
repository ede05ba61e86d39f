"""Servers: the base URL an operation is called at changed, or another one was added."""

from __future__ import annotations

from typing import TYPE_CHECKING

from codegen.drift.documents import Document, OperationNode, mapping, sequence
from codegen.drift.model import Rule

if TYPE_CHECKING:
    from codegen.drift.rules import OperationPair

SERVER_URL_CHANGED = Rule(
    "server-url-changed",
    "warning",
    "none",
    "server URL changed",
    "clients built with the old base URL keep calling it; check specs/<provider>/provider.yaml",
)
SERVER_ADDED = Rule("server-added", "info", "none", "server added")


def check(op: OperationPair) -> None:
    old_urls, old_level = _servers(op.old, op.old_op)
    new_urls, new_level = _servers(op.new, op.new_op)
    if old_urls == new_urls:
        return
    location = "servers" if old_level == new_level == "document" else f"{op.key} servers"
    if old_urls <= new_urls:
        op.add(SERVER_ADDED, location, ", ".join(sorted(new_urls - old_urls)))
    else:
        op.add(
            SERVER_URL_CHANGED, location, f"{', '.join(sorted(old_urls))} -> {', '.join(sorted(new_urls))}"
        )


def _servers(doc: Document, op: OperationNode) -> tuple[frozenset[str], str]:
    for level, node in (("operation", op.node), ("path", op.path_item), ("document", doc.data)):
        servers = sequence(node.get("servers"))
        if servers:
            urls = {str(mapping(s).get("url", "")).rstrip("/") for s in servers}
            return frozenset(urls), level
    return frozenset({""}), "document"
