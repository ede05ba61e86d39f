"""Schemas from JSON examples: what a page's example values say about their types."""

from __future__ import annotations

import json
from typing import Any

MAX_SCHEMA_DEPTH = 64


def infer_schema(value: Any, *, _depth: int = 0) -> dict[str, Any]:
    """The JSON Schema of a JSON example value (properties in example order)."""
    if _depth > MAX_SCHEMA_DEPTH:
        return {}
    if isinstance(value, dict):
        if not value:
            return {"type": "object"}
        properties = {str(k): infer_schema(v, _depth=_depth + 1) for k, v in value.items()}
        return {"type": "object", "properties": properties}
    if isinstance(value, list):
        items = infer_schema(value[0], _depth=_depth + 1) if value else {}
        return {"type": "array", "items": items}
    if isinstance(value, bool):
        return {"type": "boolean"}
    if isinstance(value, int):
        return {"type": "integer"}
    if isinstance(value, float):
        return {"type": "number"}
    if isinstance(value, str):
        return {"type": "string"}
    if value is None:
        return {"type": "null"}
    return {}


def parse_json_example(text: str) -> tuple[bool, Any]:
    """``(True, value)`` when ``text`` is JSON, else ``(False, None)``. Never raises."""
    try:
        return True, json.loads(text)
    except (ValueError, RecursionError):
        return False, None
