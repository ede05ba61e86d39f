"""Reading an OpenAPI document for comparison: parse, check, and walk its operations and references."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from codegen.drift.model import DriftError
from codegen.errors import CodegenError
from codegen.openapi.pointer import resolve_pointer
from codegen.yamlio import load_yaml

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
MAX_REF_HOPS = 64
SCHEMA_PREFIX = "#/components/schemas/"


def mapping(value: Any) -> dict[str, Any]:
    """``value`` when it is a mapping, else an empty one: the comparison ignores shapes it cannot read."""
    return value if isinstance(value, dict) else {}


def sequence(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


@dataclass(frozen=True)
class Operation:
    key: str  # "POST /v1/x"
    method: str
    path: str
    node: dict[str, Any]
    path_item: dict[str, Any]

    @property
    def operation_id(self) -> str | None:
        value = self.node.get("operationId")
        return value if isinstance(value, str) else None


class Document:
    """One OpenAPI document; ``label`` names it in messages (a file, or ``REF:path``)."""

    def __init__(self, data: dict[str, Any], label: str = "document") -> None:
        self.data = data
        self.label = label

    def pointer(self, ref: str) -> Any:
        """The node a local ``$ref`` points at, or None."""
        try:
            return resolve_pointer(self.data, ref)
        except KeyError:
            return None

    def deref(self, node: Any) -> tuple[dict[str, Any], str | None]:
        """Follow a chain of ``$ref``s; return the target and the last reference followed."""
        last: str | None = None
        seen: set[str] = set()
        current = node
        while isinstance(current, dict) and isinstance(current.get("$ref"), str):
            ref = current["$ref"]
            if ref in seen or len(seen) >= MAX_REF_HOPS:
                return {}, last
            seen.add(ref)
            last = ref
            current = self.pointer(ref)
        return mapping(current), last

    @functools.cached_property
    def operations(self) -> dict[str, Operation]:
        found: dict[str, Operation] = {}
        for path, raw_item in mapping(self.data.get("paths")).items():
            item, _ = self.deref(raw_item)
            for method in HTTP_METHODS:
                node = item.get(method)
                if isinstance(node, dict):
                    key = f"{method.upper()} {path}"
                    found[key] = Operation(key, method, str(path), node, item)
        return found

    def operation_ids(self) -> dict[str, str]:
        return {key: op.operation_id for key, op in self.operations.items() if op.operation_id}

    def parameters(self, operation: Operation) -> dict[tuple[str, str], dict[str, Any]]:
        """The operation's parameters by (location, name), path-level ones included, references resolved."""
        found: dict[tuple[str, str], dict[str, Any]] = {}
        for raw in [
            *sequence(operation.path_item.get("parameters")),
            *sequence(operation.node.get("parameters")),
        ]:
            param, _ = self.deref(raw)
            name, where = param.get("name"), param.get("in")
            if isinstance(name, str) and isinstance(where, str):
                found[(where, name.lower() if where == "header" else name)] = param
        return found

    def schema_users(self) -> dict[str, set[str]]:
        """For each component schema, the operations (keys) whose requests or responses reach it."""
        users: dict[str, set[str]] = {}
        for key, operation in self.operations.items():
            for name in self._reached(operation):
                users.setdefault(name, set()).add(key)
        return users

    def _reached(self, operation: Operation) -> set[str]:
        names: set[str] = set()
        pending: list[Any] = [operation.node, operation.path_item.get("parameters")]
        seen_refs: set[str] = set()
        while pending:
            node = pending.pop()
            if isinstance(node, list):
                pending.extend(node)
            elif isinstance(node, dict):
                ref = node.get("$ref")
                if isinstance(ref, str) and ref not in seen_refs:
                    seen_refs.add(ref)
                    if ref.startswith(SCHEMA_PREFIX):
                        names.add(ref[len(SCHEMA_PREFIX) :])
                    pending.append(self.pointer(ref))
                pending.extend(v for k, v in node.items() if k != "$ref")
        return names


def _references(node: Any, where: str) -> Iterator[tuple[str, str]]:
    pending: list[tuple[Any, str]] = [(node, where)]
    while pending:
        current, at = pending.pop()
        if isinstance(current, dict):
            ref = current.get("$ref")
            if isinstance(ref, str):
                yield ref, at
            pending.extend((v, f"{at}/{k}") for k, v in current.items())
        elif isinstance(current, list):
            pending.extend((v, f"{at}/{i}") for i, v in enumerate(current))


def check(document: Document) -> None:
    """Refuse what the comparison could only misread: not OpenAPI 3.x, invalid, or dangling references."""
    data, label = document.data, document.label
    version = data.get("openapi")
    if not isinstance(version, str) or not version.startswith(("3.0.", "3.1.")):
        raise DriftError(f"{label}: not an OpenAPI 3.0 or 3.1 document ('openapi' is {version!r})")
    for ref, where in _references(data, "#"):
        if not ref.startswith("#"):
            raise DriftError(f"{label}: {where}: $ref {ref!r} points outside the document")
        if document.pointer(ref) is None:
            raise DriftError(f"{label}: {where}: $ref {ref!r} points at nothing")
    _validate(document, version)


def _validate(document: Document, version: str) -> None:
    """The OpenAPI JSON Schema first (its errors name a place), then the validator's semantic checks,
    which assume a document of the right shape and fail with bare KeyErrors otherwise."""
    from jsonschema.exceptions import best_match  # type: ignore[import-untyped]
    from jsonschema.validators import validator_for  # type: ignore[import-untyped]
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
    from openapi_spec_validator.schemas import schema_v30, schema_v31

    v31 = version.startswith("3.1.")
    schema = schema_v31 if v31 else schema_v30
    shape_error = best_match(validator_for(schema)(schema).iter_errors(document.data))
    if shape_error is not None:
        at = "/".join(str(p) for p in shape_error.absolute_path) or "#"
        message = str(shape_error.message).splitlines()[0]
        raise DriftError(f"{document.label}: invalid OpenAPI {version} at '{at}': {message}")
    validator = OpenAPIV31SpecValidator if v31 else OpenAPIV30SpecValidator
    try:
        errors = list(validator(document.data).iter_errors())
    except Exception as exc:  # the validator's own failure on input it did not expect is bad input too
        raise DriftError(f"{document.label}: the OpenAPI validator failed: {exc!r}") from None
    if errors:
        first = errors[0]
        at = "/".join(str(p) for p in getattr(first, "path", []) or []) or "#"
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        message = str(first.message).splitlines()[0]
        raise DriftError(f"{document.label}: invalid OpenAPI {version} at '{at}': {message}{more}")


def parse_document(text: str, label: str) -> Document:
    try:
        data = load_yaml(text, label)
    except CodegenError:
        raise
    except Exception as exc:  # e.g. recursion on absurdly nested input
        raise DriftError(f"{label}: unreadable document: {exc}") from None
    if not isinstance(data, dict):
        raise DriftError(f"{label}: an OpenAPI document must be a mapping, not {type(data).__name__}")
    document = Document(data, label)
    check(document)
    return document


def read_document(path: Path, label: str | None = None) -> Document:
    shown = label or str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DriftError(f"{shown}: cannot read: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DriftError(f"{shown}: not UTF-8 (byte {exc.start})") from None
    return parse_document(text, shown)
