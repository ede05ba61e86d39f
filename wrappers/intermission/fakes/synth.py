"""Answers from a document alone, as Prism makes them: the vendor's example, else one built from the schema.

A synthesized value is the smallest one the schema allows: required properties only, empty lists (or
``minItems`` items), the first enum value, minimums for numbers, fixed values for string formats. Values are
the same on every run; cycles through ``$ref`` end in an empty list or an omitted optional property.
"""

from __future__ import annotations

from typing import Any

from intermission.fakes.spec import resolve

_MAX_DEPTH = 12
_FORMATS = {
    "date-time": "2025-01-01T00:00:00Z",
    "date": "2025-01-01",
    "time": "00:00:00",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "email": "user@example.com",
    "uri": "https://example.com/",
    "url": "https://example.com/",
    "hostname": "example.com",
    "ipv4": "127.0.0.1",
    "ipv6": "::1",
    "byte": "",
    "binary": "",
}


def media_example(document: dict[str, Any], media: dict[str, Any]) -> tuple[bool, Any]:
    """``(True, value)`` when a media object carries an ``example`` or a first ``examples`` entry."""
    if "example" in media:
        return True, media["example"]
    examples = media.get("examples")
    if isinstance(examples, dict):
        for entry in examples.values():
            found = resolve(document, entry)
            if isinstance(found, dict) and "value" in found:
                return True, found["value"]
    return False, None


def synthesize(document: dict[str, Any], schema: Any, depth: int = 0) -> Any:
    """The smallest value ``schema`` allows (see the module docstring)."""
    schema = resolve(document, schema)
    if not isinstance(schema, dict) or depth > _MAX_DEPTH:
        return None
    if not schema:
        return {}  # any value: an empty object reads as "nothing to say", as a vendor's {} does
    if "const" in schema:
        return schema["const"]
    if isinstance(schema.get("enum"), list) and schema["enum"]:
        return schema["enum"][0]
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = synthesize(document, part, depth + 1)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    for combinator in ("oneOf", "anyOf"):
        options = [resolve(document, s) for s in schema.get(combinator) or []]
        chosen = [s for s in options if isinstance(s, dict) and s.get("type") != "null"]
        if chosen:
            return synthesize(document, chosen[0], depth + 1)
        if options:
            return None
    kind = schema.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        kind = kinds[0] if kinds else "null"
    if kind == "object" or (kind is None and "properties" in schema):
        properties = schema.get("properties") or {}
        return {
            name: synthesize(document, properties[name], depth + 1)
            for name in schema.get("required") or []
            if name in properties
        }
    if kind == "array":
        count = int(schema.get("minItems") or 0)
        return [synthesize(document, schema.get("items", {}), depth + 1) for _ in range(count)]
    if kind == "string":
        text = _FORMATS.get(str(schema.get("format")), "string")
        minimum = int(schema.get("minLength") or 0)
        return text + "x" * max(0, minimum - len(text))
    if kind in ("integer", "number"):
        low = schema.get("minimum")
        if not isinstance(low, int | float):
            above = schema.get("exclusiveMinimum")
            low = above + 1 if isinstance(above, int | float) else 0
        return int(low) if kind == "integer" else float(low)
    if kind == "boolean":
        return False
    return None
