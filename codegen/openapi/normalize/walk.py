"""Where the normalization rules look: operations, parameters, media types and every schema node."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from codegen.openapi.pointer import resolve_pointer
from codegen.vocabulary import HTTP_METHODS

# Keywords whose value is one subschema, a list of them, or a name -> subschema mapping.
_ONE = ("items", "additionalProperties", "not", "contains", "propertyNames", "if", "then", "else")
_MANY = ("allOf", "anyOf", "oneOf", "prefixItems")
_NAMED = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")


def pointer(*parts: str | int) -> str:
    """A JSON pointer (RFC 6901) into the document, ``#/paths/~1a~1{id}/get``."""
    escaped = (str(p).replace("~", "~0").replace("/", "~1") for p in parts)
    return "#/" + "/".join(escaped)


def operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """``(path, method, operation)`` for every operation."""
    for path, item in (document.get("paths") or {}).items():
        if isinstance(item, dict):
            for method in HTTP_METHODS:
                operation = item.get(method)
                if isinstance(operation, dict):
                    yield path, method, operation


def where(path: str, method: str) -> str:
    return f"{method.upper()} {path}"


def media_types(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """``(pointer of the content map, content map)`` of every request body and response."""
    components = document.get("components") or {}
    for name, body in (components.get("requestBodies") or {}).items():
        if isinstance(body, dict) and isinstance(body.get("content"), dict):
            yield pointer("components", "requestBodies", name, "content"), body["content"]
    for name, response in (components.get("responses") or {}).items():
        if isinstance(response, dict) and isinstance(response.get("content"), dict):
            yield pointer("components", "responses", name, "content"), response["content"]
    for path, method, operation in operations(document):
        body = operation.get("requestBody")
        if isinstance(body, dict) and isinstance(body.get("content"), dict):
            yield pointer("paths", path, method, "requestBody", "content"), body["content"]
        for code, response in (operation.get("responses") or {}).items():
            if isinstance(response, dict) and isinstance(response.get("content"), dict):
                yield pointer("paths", path, method, "responses", str(code), "content"), response["content"]


def _roots(document: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    components = document.get("components") or {}
    for name, schema in (components.get("schemas") or {}).items():
        yield pointer("components", "schemas", name), schema
    for name, parameter in (components.get("parameters") or {}).items():
        if isinstance(parameter, dict) and "schema" in parameter:
            yield pointer("components", "parameters", name, "schema"), parameter["schema"]
    for name, header in (components.get("headers") or {}).items():
        if isinstance(header, dict) and "schema" in header:
            yield pointer("components", "headers", name, "schema"), header["schema"]
    for path, method, operation in operations(document):
        for index, parameter in enumerate(operation.get("parameters") or []):
            if isinstance(parameter, dict) and "schema" in parameter:
                yield pointer("paths", path, method, "parameters", index, "schema"), parameter["schema"]
    for content_pointer, content in media_types(document):
        for media, spec in content.items():
            if isinstance(spec, dict) and "schema" in spec:
                yield f"{content_pointer}/{pointer(media, 'schema')[2:]}", spec["schema"]


def subschemas(location: str, schema: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    """``schema`` and every schema inside it, depth first, each with its pointer."""
    if not isinstance(schema, dict):
        return
    yield location, schema
    for key in _ONE:
        if key in schema:
            yield from subschemas(f"{location}/{key}", schema[key])
    for key in _MANY:
        if isinstance(schema.get(key), list):
            for index, sub in enumerate(schema[key]):
                yield from subschemas(f"{location}/{key}/{index}", sub)
    for key in _NAMED:
        if isinstance(schema.get(key), dict):
            for name, sub in schema[key].items():
                yield from subschemas(f"{location}/{key}/{pointer(name)[2:]}", sub)


def schemas(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every schema node of the document, each once, with its pointer."""
    for location, root in _roots(document):
        yield from subschemas(location, root)


def resolved(document: dict[str, Any], node: Any) -> Any:
    """``node``, or what its local ``$ref`` points at (followed a few times); itself if unresolvable."""
    for _ in range(8):
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
            return node
        try:
            node = resolve_pointer(document, node["$ref"])
        except KeyError:
            return node
    return node
