"""Check an assembled OpenAPI 3.1 document and put it in canonical order."""

from __future__ import annotations

from typing import Any

from openapi_spec_validator import OpenAPIV31SpecValidator

from codegen.errors import SpecError
from codegen.openapi.pointer import resolve_pointer
from codegen.vocabulary import HTTP_METHODS

OPENAPI_VERSION = "3.1.0"


def check_references(provider: str, document: dict[str, Any]) -> None:
    """Every ``$ref`` must point inside the document, at something that exists."""

    def resolve(pointer: str) -> bool:
        try:
            resolve_pointer(document, pointer)
        except KeyError:
            return False
        return True

    def walk(node: Any, where: str) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                if not ref.startswith("#"):
                    raise SpecError(
                        provider,
                        f"{where}: $ref {ref!r} points outside the document "
                        "(not fetched: no network, no file reads)",
                    )
                if not resolve(ref):
                    raise SpecError(provider, f"{where}: $ref {ref!r} points at nothing")
            for key, value in node.items():
                walk(value, f"{where}/{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{where}/{i}")

    walk(document, "#")


def validate(provider: str, document: dict[str, Any]) -> None:
    errors = list(OpenAPIV31SpecValidator(document).iter_errors())
    if errors:
        first = errors[0]
        location = "/".join(str(p) for p in getattr(first, "path", []) or [])
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise SpecError(provider, f"invalid OpenAPI 3.1 at '{location or '#'}': {first.message}{more}")


# --- canonical order -------------------------------------------------------

_TOP = (
    "openapi",
    "info",
    "jsonSchemaDialect",
    "servers",
    "security",
    "tags",
    "paths",
    "webhooks",
    "components",
)
_INFO = ("title", "summary", "description", "version")
_OPERATION = (
    "operationId",
    "summary",
    "description",
    "tags",
    "parameters",
    "requestBody",
    "responses",
    "callbacks",
    "security",
    "servers",
    "deprecated",
)
_PARAMETER = (
    "name",
    "in",
    "description",
    "required",
    "deprecated",
    "schema",
    "style",
    "explode",
    "example",
    "examples",
)
_SCHEMA = (
    "$ref",
    "title",
    "description",
    "type",
    "format",
    "const",
    "enum",
    "default",
    "properties",
    "required",
    "additionalProperties",
    "items",
    "allOf",
    "anyOf",
    "oneOf",
    "not",
)
_COMPONENTS = (
    "schemas",
    "responses",
    "parameters",
    "examples",
    "requestBodies",
    "headers",
    "securitySchemes",
    "links",
    "callbacks",
    "pathItems",
)


def _ordered(mapping: dict[str, Any], first: tuple[str, ...], *, sort_rest: bool = True) -> dict[str, Any]:
    keys = [k for k in first if k in mapping]
    rest = [k for k in mapping if k not in first]
    return {k: mapping[k] for k in [*keys, *(sorted(rest) if sort_rest else rest)]}


def _schema(node: Any) -> Any:
    if isinstance(node, list):
        return [_schema(v) for v in node]
    if not isinstance(node, dict):
        return node
    out = _ordered(node, _SCHEMA)
    for key, value in out.items():
        if key in ("properties", "patternProperties", "$defs"):
            if isinstance(value, dict):  # property order is the vendor's, kept as written
                out[key] = {name: _schema(sub) for name, sub in value.items()}
        elif key in ("items", "additionalProperties", "not", "allOf", "anyOf", "oneOf", "prefixItems"):
            out[key] = _schema(value)
    return out


def _media(content: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for media in sorted(content):
        spec = _ordered(content[media], ("schema", "example", "examples"))
        if "schema" in spec:
            spec["schema"] = _schema(spec["schema"])
        out[media] = spec
    return out


def _operation(operation: dict[str, Any]) -> dict[str, Any]:
    out = _ordered(operation, _OPERATION)
    if "parameters" in out:
        params = []
        for param in out["parameters"]:
            ordered = _ordered(param, _PARAMETER)
            if "schema" in ordered:
                ordered["schema"] = _schema(ordered["schema"])
            params.append(ordered)
        out["parameters"] = params
    if "requestBody" in out:
        body = _ordered(out["requestBody"], ("description", "content", "required"))
        if "content" in body:
            body["content"] = _media(body["content"])
        out["requestBody"] = body
    if "responses" in out:
        responses: dict[str, Any] = {}
        for code in sorted(out["responses"], key=str):
            response = _ordered(out["responses"][code], ("description", "headers", "content"))
            if "content" in response:
                response["content"] = _media(response["content"])
            responses[str(code)] = response
        out["responses"] = responses
    return out


def canonical(document: dict[str, Any]) -> dict[str, Any]:
    """Order every mapping the same way, whatever order the pages gave."""
    out = _ordered(document, _TOP)
    if "info" in out:
        out["info"] = _ordered(out["info"], _INFO)
    paths: dict[str, Any] = {}
    for path in sorted(out.get("paths", {})):
        item = out["paths"][path]
        ordered_item: dict[str, Any] = {}
        for key in [
            *(m for m in HTTP_METHODS if m in item),
            *sorted(k for k in item if k not in HTTP_METHODS),
        ]:
            ordered_item[key] = _operation(item[key]) if key in HTTP_METHODS else item[key]
        paths[path] = ordered_item
    out["paths"] = paths
    if "components" in out:
        components = _ordered(out["components"], _COMPONENTS)
        for group, entries in list(components.items()):
            if isinstance(entries, dict):
                ordered_group = {name: entries[name] for name in sorted(entries)}
                if group == "schemas":
                    ordered_group = {name: _schema(s) for name, s in ordered_group.items()}
                components[group] = ordered_group
        out["components"] = components
    return out
