"""Schema keywords that a 3.1 document should not carry, or that a generator cannot read."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from codegen.ingest.openapi_file import upgrade_keywords
from codegen.openapi.normalize.walk import schemas
from codegen.openapi.notice import Notice

OPENAPI_30_KEYWORD = "openapi-30-keyword"
ARRAY_WITHOUT_ITEMS = "array-without-items"

_30_KEYWORDS = ("nullable", "exclusiveMinimum", "exclusiveMaximum")


def fix_30_keywords(document: dict[str, Any]) -> Iterator[Notice]:
    """``nullable: true`` and boolean exclusive bounds in a 3.1 document, rewritten as 3.1 says them."""
    for location, schema in list(schemas(document)):
        found = [k for k in _30_KEYWORDS if isinstance(schema.get(k), bool)]
        if not found:
            continue
        upgraded = upgrade_keywords(schema)
        schema.clear()
        schema.update(upgraded)
        yield Notice(OPENAPI_30_KEYWORD, location, f"OpenAPI 3.0 {', '.join(found)} rewritten in 3.1 form")


def fix_array_items(document: dict[str, Any]) -> Iterator[Notice]:
    """An array with no ``items`` is an array of anything (openapi-python-client refuses it)."""
    for location, schema in schemas(document):
        kind = schema.get("type")
        is_array = kind == "array" or (isinstance(kind, list) and "array" in kind)
        if is_array and "items" not in schema and "prefixItems" not in schema:
            schema["items"] = {}
            yield Notice(ARRAY_WITHOUT_ITEMS, location, "array without 'items': items may be anything")
