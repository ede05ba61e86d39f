"""An OpenAPI document read for comparison: parse it (JSON as JSON, YAML as YAML), follow its references,
and walk its operations.

Only what the comparison cannot work around refuses a document (exit status 2): unreadable text, a
top level that is not a mapping, and ``$ref``s that point outside the document or at nothing. Everything
else a validator would say is reported by ``validation`` as ``document-invalid`` entries.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from codegen.drift.model import DriftError
from codegen.errors import CodegenError
from codegen.openapi.pointer import resolve_pointer
from codegen.vocabulary import HTTP_METHODS
from codegen.yamlio import MAX_EXPANDED_NODES
from codegen.yamlio import _expanded_size as expanded_size  # the one alias budget of the code base

MAX_REF_HOPS = 64
SCHEMA_PREFIX = "#/components/schemas/"
_TEMPLATE_PARAMETER = re.compile(r"\{[^}/]*\}")
# An alias is written ``*name``; text without anything like one cannot expand, so the alias budget is
# counted only for text that may hold one.
_JSON_REF = re.compile(r'"\$ref"\s*:\s*"((?:[^"\\]|\\.)*)"')
_MAYBE_ALIAS = re.compile(r"(?:^|[\s\[{,:-])\*[^\s*]", re.M)


def template(path: str) -> str:
    """A path with its parameter names blanked: ``/books/{bookId}`` and ``/books/{id}`` are one path."""
    return _TEMPLATE_PARAMETER.sub("{}", path)


def template_names(path: str) -> list[str]:
    return [m.group(0)[1:-1] for m in _TEMPLATE_PARAMETER.finditer(path)]


def mapping(value: Any) -> dict[str, Any]:
    """``value`` when it is a mapping, else an empty one: the comparison ignores shapes it cannot read."""
    return value if isinstance(value, dict) else {}


def sequence(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


@dataclass(frozen=True)
class OperationNode:
    """One operation of a document: its key, method and path, its node, and the path item holding it."""

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
        self._pointers: dict[str, Any] = {}

    def pointer(self, ref: str) -> Any:
        """The node a local ``$ref`` points at, or None."""
        if ref not in self._pointers:
            try:
                self._pointers[ref] = resolve_pointer(self.data, ref)
            except KeyError:
                self._pointers[ref] = None
        return self._pointers[ref]

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
    def operations(self) -> dict[str, OperationNode]:
        found: dict[str, OperationNode] = {}
        for path, raw_item in mapping(self.data.get("paths")).items():
            item, _ = self.deref(raw_item)
            for method in HTTP_METHODS:
                node = item.get(method)
                if isinstance(node, dict):
                    key = f"{method.upper()} {path}"
                    found[key] = OperationNode(key, method, str(path), node, item)
        return found

    def operation_ids(self) -> dict[str, str]:
        return {key: op.operation_id for key, op in self.operations.items() if op.operation_id}

    def parameters(self, operation: OperationNode) -> dict[tuple[str, str], dict[str, Any]]:
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

    def _reached(self, operation: OperationNode) -> set[str]:
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


def refs_in(node: Any) -> set[str]:
    """Every ``$ref`` value in ``node`` (a plain walk: this runs over whole documents)."""
    found: set[str] = set()
    pending = [node]
    pop, push = pending.pop, pending.extend
    while pending:
        current = pop()
        if type(current) is dict:
            ref = current.get("$ref")
            if type(ref) is str:
                found.add(ref)
            push(current.values())
        elif type(current) is list:
            push(current)
    return found


def _where(node: Any, ref: str) -> str:
    """The JSON Pointer of the first ``$ref: ref`` in ``node`` (for the message about it)."""
    pending: list[tuple[Any, str]] = [(node, "#")]
    while pending:
        current, at = pending.pop()
        if isinstance(current, dict):
            if current.get("$ref") == ref:
                return at
            pending.extend((v, f"{at}/{k}") for k, v in current.items())
        elif isinstance(current, list):
            pending.extend((v, f"{at}/{i}") for i, v in enumerate(current))
    return "#"


def check_references(document: Document, refs: set[str] | None = None) -> None:
    """Refuse references the comparison cannot follow: outside the document, or at nothing.

    ``refs`` are the document's references when already known (see ``_json_refs``)."""
    for ref in sorted(refs_in(document.data) if refs is None else refs):
        if not ref.startswith("#"):
            where = _where(document.data, ref)
            raise DriftError(f"{document.label}: {where}: $ref {ref!r} points outside the document")
        if document.pointer(ref) is None:
            where = _where(document.data, ref)
            raise DriftError(f"{document.label}: {where}: $ref {ref!r} points at nothing")


class _Loader(yaml.CSafeLoader if hasattr(yaml, "CSafeLoader") else yaml.SafeLoader):  # type: ignore[misc]
    """PyYAML's C loader where built; dates stay text and keys become strings, as JSON would have them."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        data: dict[Any, Any] = super().construct_mapping(node, deep=deep)
        if all(type(k) is str for k in data):
            return data
        return {_key(k): v for k, v in data.items()}


_Loader.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))


def _key(key: Any) -> str:
    if isinstance(key, bool):
        return "true" if key else "false"
    return str(key)


def _load_yaml(text: str, label: str) -> Any:
    loader = _Loader(text)
    try:
        if not _MAYBE_ALIAS.search(text):
            return loader.get_single_data()
        node = loader.get_single_node()
        if node is None:
            return None
        if expanded_size(node) > MAX_EXPANDED_NODES:
            raise DriftError(f"{label}: YAML aliases expand to more than {MAX_EXPANDED_NODES} nodes")
        return loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f":{mark.line + 1}:{mark.column + 1}" if mark else ""
        raise DriftError(f"{label}{where}: invalid YAML: {exc.problem or exc.context}") from None
    except yaml.YAMLError as exc:
        raise DriftError(f"{label}: invalid YAML: {exc}") from None
    finally:
        loader.dispose()


def _json_refs(text: str) -> set[str] | None:
    """The ``$ref`` values of a JSON text, read off the text: a quote inside a JSON string is escaped,
    so ``"$ref": "..."`` with bare quotes is always a key and its value. Faster than walking the tree."""
    found = _JSON_REF.findall(text)
    if len(found) != text.count('"$ref"'):
        return None  # written in a way the pattern does not cover: walk the tree instead
    return {json.loads(f'"{raw}"') if "\\" in raw else raw for raw in found}


def _load_json(text: str, label: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise DriftError(f"{label}:{exc.lineno}:{exc.colno}: invalid JSON: {exc.msg}") from None


def parse_document(text: str, label: str) -> Document:
    """JSON when the text starts with ``{`` (JSON may be indented with tabs, which YAML forbids), else
    YAML. Refuses only what cannot be compared; see ``validation`` for the rest."""
    try:
        is_json = text.lstrip()[:1] == "{"
        data = _load_json(text, label) if is_json else _load_yaml(text, label)
    except CodegenError:
        raise
    except RecursionError:
        raise DriftError(f"{label}: unreadable document: nested more than Python can read") from None
    if not isinstance(data, dict):
        raise DriftError(f"{label}: an OpenAPI document must be a mapping, not {type(data).__name__}")
    document = Document(data, label)
    check_references(document, _json_refs(text) if is_json else None)
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
