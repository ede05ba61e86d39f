"""Local JSON Pointer references (``#/components/schemas/X``) inside one document."""

from __future__ import annotations

from typing import Any


def resolve_pointer(document: Any, ref: str) -> Any:
    """The node ``ref`` points at; ``KeyError`` when it is not local or points at nothing."""
    if not ref.startswith("#"):
        raise KeyError(ref)
    node = document
    for raw in ref[2:].split("/") if ref not in ("#", "#/") else []:
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            raise KeyError(ref)
    return node
