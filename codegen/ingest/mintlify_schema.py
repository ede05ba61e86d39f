"""Turn schemas written in Mintlify's operation layout into plain JSON Schema.

Mintlify flattens an OpenAPI document per page; on the way it wraps schemas in
single-branch ``allOf``, moves ``required`` into each property, lists the
required names as ``requiredProperties``, writes ``type: any`` and remembers
where a schema came from in ``refIdentifier``. This module undoes that, putting
every ``refIdentifier`` schema into ``components.schemas`` and using ``$ref``.
"""

from __future__ import annotations

from typing import Any

from codegen.ingest.page import Page
from codegen.ingest.types import parse_type

SCHEMA_REF_PREFIX = "#/components/schemas/"


class SchemaCleaner:
    """Cleans schemas of one page, collecting the named ones it meets."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.components: dict[str, Any] = {}

    def clean(self, schema: Any, where: str) -> Any:
        if not isinstance(schema, dict):
            if isinstance(schema, bool):
                return schema
            raise self.page.fail(f"{where}: a schema must be a mapping, got {type(schema).__name__}")
        out: dict[str, Any] = {}
        for key, value in schema.items():
            if key in ("properties", "patternProperties", "$defs", "definitions"):
                out[key] = self._clean_properties(value, f"{where}.{key}")
            elif key in ("items", "additionalProperties", "not", "contains", "propertyNames"):
                out[key] = self.clean(value, f"{where}.{key}") if isinstance(value, dict) else value
            elif key in ("allOf", "anyOf", "oneOf", "prefixItems"):
                if not isinstance(value, list):
                    raise self.page.fail(f"{where}.{key}: expected a list of schemas")
                out[key] = [self.clean(v, f"{where}.{key}[{i}]") for i, v in enumerate(value)]
            elif key == "requiredProperties":
                continue  # folded into "required" below
            elif key == "refIdentifier":
                continue  # handled once the schema is clean
            elif key == "required" and isinstance(value, bool):
                continue  # Mintlify's per-property flag; the parent collects it
            else:
                out[key] = value
        out = self._lift_required(schema, out)
        out = _spelled_out(out)
        out = self._unwrap_single_all_of(out)
        ref = schema.get("refIdentifier")
        if isinstance(ref, str) and ref.startswith(SCHEMA_REF_PREFIX):
            return self._register(ref[len(SCHEMA_REF_PREFIX) :], out, where)
        return out

    def _clean_properties(self, props: Any, where: str) -> Any:
        if not isinstance(props, dict):
            raise self.page.fail(f"{where}: properties must be a mapping")
        return {name: self.clean(sub, f"{where}.{name}") for name, sub in props.items()}

    @staticmethod
    def _lift_required(original: dict[str, Any], out: dict[str, Any]) -> dict[str, Any]:
        required: list[str] = []
        existing = original.get("required")
        if isinstance(existing, list):
            required.extend(str(n) for n in existing)
        listed = original.get("requiredProperties")
        if isinstance(listed, list):
            required.extend(str(n) for n in listed)
        props = original.get("properties")
        if isinstance(props, dict):
            for name, sub in props.items():
                if isinstance(sub, dict) and sub.get("required") is True:
                    required.append(name)
        if required:
            out["required"] = list(dict.fromkeys(required))
        return out

    @staticmethod
    def _unwrap_single_all_of(schema: dict[str, Any]) -> dict[str, Any]:
        branches = schema.get("allOf")
        if not isinstance(branches, list) or len(branches) != 1 or not isinstance(branches[0], dict):
            return schema
        siblings = {k: v for k, v in schema.items() if k != "allOf"}
        branch = branches[0]
        if "$ref" in branch:
            return {**branch, **siblings}
        merged = dict(branch)
        merged.update(siblings)
        return merged

    def _register(self, name: str, schema: dict[str, Any], where: str) -> dict[str, Any]:
        if not name or "/" in name:
            raise self.page.fail(f"{where}: bad refIdentifier {name!r}")
        # Mintlify prints a named schema again at every use; the first one wins.
        self.components.setdefault(name, schema)
        return {"$ref": SCHEMA_REF_PREFIX + name}


def _spelled_out(schema: dict[str, Any]) -> dict[str, Any]:
    """``type`` in Mintlify's notation (``any``, ``enum<string>``, ``array<object>``,
    ``string | null``, ``file``) as plain JSON Schema; what the schema states itself wins."""
    kind = schema.get("type")
    if not isinstance(kind, str) or kind in _PLAIN_TYPES:
        return schema
    parsed = parse_type(kind)
    if parsed is None:
        return schema
    rest = {k: v for k, v in schema.items() if k != "type"}
    if "enum" in rest:
        parsed.pop("enum", None)
    if "items" in rest:
        parsed.pop("items", None)
    return {**parsed, **rest}


_PLAIN_TYPES = {"string", "integer", "number", "boolean", "object", "array", "null"}
