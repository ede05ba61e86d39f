"""Header parameters openapi-python-client cannot type: each one drops its whole operation."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from codegen.openapi.normalize.walk import operations, resolved, where
from codegen.openapi.notice import Notice

AUTH_HEADER = "auth-header-parameter"
UNTYPED_HEADER = "untyped-header-parameter"

_TYPE_KEYS = ("type", "$ref", "enum", "const", "anyOf", "oneOf", "allOf")


def _untyped(parameter: dict[str, Any]) -> bool:
    schema = parameter.get("schema")
    return not isinstance(schema, dict) or not any(k in schema for k in _TYPE_KEYS)


def _scheme_headers(document: dict[str, Any]) -> dict[str, str]:
    """Lower-cased header name -> the security scheme that sends it."""
    sent: dict[str, str] = {}
    schemes = (document.get("components") or {}).get("securitySchemes") or {}
    for name, scheme in sorted(schemes.items()):
        if not isinstance(scheme, dict):
            continue
        if scheme.get("type") == "apiKey" and scheme.get("in") == "header" and scheme.get("name"):
            sent.setdefault(str(scheme["name"]).lower(), name)
        elif scheme.get("type") in ("http", "oauth2", "openIdConnect"):
            sent.setdefault("authorization", name)
    return sent


def fix(document: dict[str, Any]) -> Iterator[Notice]:
    sent = _scheme_headers(document)
    for path, method, operation in operations(document):
        parameters = operation.get("parameters")
        if not isinstance(parameters, list):
            continue
        kept = []
        for parameter in parameters:
            target = resolved(document, parameter)
            if not (isinstance(target, dict) and target.get("in") == "header" and _untyped(target)):
                kept.append(parameter)
                continue
            header = str(target.get("name", ""))
            scheme = sent.get(header.lower())
            if scheme is not None:
                yield Notice(
                    AUTH_HEADER,
                    where(path, method),
                    f"removed the untyped header parameter {header!r}: security scheme {scheme!r} sends it",
                )
                continue
            target["schema"] = {**(target.get("schema") or {}), "type": "string"}
            message = f"header parameter {header!r} typed as a string"
            yield Notice(UNTYPED_HEADER, where(path, method), message)
            kept.append(parameter)
        operation["parameters"] = kept
