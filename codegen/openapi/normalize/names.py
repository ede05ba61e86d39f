"""Component schema names with dots (``fly.DNSConfig``), renamed with underscores.

OpenAPI allows dots in component names, but datamodel-code-generator reads ``a.B`` as class ``B`` of a
module ``a`` and then refuses to write a single module. Every ``$ref`` follows the new name.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from codegen.openapi.normalize.walk import pointer
from codegen.openapi.notice import Notice

DOTTED_SCHEMA_NAME = "dotted-schema-name"
_PREFIX = "#/components/schemas/"


def _rewrite_refs(node: Any, renamed: dict[str, str]) -> None:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(_PREFIX) and ref[len(_PREFIX) :] in renamed:
            node["$ref"] = _PREFIX + renamed[ref[len(_PREFIX) :]]
        for value in node.values():
            _rewrite_refs(value, renamed)
    elif isinstance(node, list):
        for value in node:
            _rewrite_refs(value, renamed)


def fix(document: dict[str, Any]) -> Iterator[Notice]:
    schemas = (document.get("components") or {}).get("schemas")
    if not isinstance(schemas, dict):
        return
    taken = set(schemas)
    renamed: dict[str, str] = {}
    for name in sorted(schemas):
        if "." not in name:
            continue
        new = base = name.replace(".", "_")
        suffix = 2
        while new in taken:
            new, suffix = f"{base}{suffix}", suffix + 1
        taken.add(new)
        renamed[name] = new
    if not renamed:
        return
    document["components"]["schemas"] = {renamed.get(k, k): v for k, v in schemas.items()}
    _rewrite_refs(document, renamed)
    for old, new in renamed.items():
        yield Notice(DOTTED_SCHEMA_NAME, pointer("components", "schemas", old), f"renamed {new!r}")
