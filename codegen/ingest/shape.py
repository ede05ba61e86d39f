"""The shape check on every fragment an importer returns: each place the later stages
(ordering, reference check, OpenAPI validation) read holds the kind of value they expect.

A cut or damaged page can leave ``responses: null`` or a parameter without ``in``; this
turns that into a ``PageError`` naming the place, instead of a crash further on.
"""

from __future__ import annotations

import re
from typing import Any

from codegen.errors import PageError
from codegen.ingest.page import Page
from codegen.ingest.types import MAX_INTEGER_DIGITS
from codegen.vocabulary import HTTP_METHODS, Fragment

MAX_NESTING = 100
_PATH_TEMPLATE = re.compile(r"^/(?:[^{}]|\{[^{}/]+\})*$")
_INTEGER_LIMIT = 10**MAX_INTEGER_DIGITS
_LOCATIONS = ("path", "query", "header", "cookie")
_SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_ONE = ("items", "additionalProperties", "not", "contains", "propertyNames", "if", "then", "else")
_COMPONENT_KINDS = {
    "schemas": "schema",
    "responses": "response",
    "parameters": "parameter",
    "requestBodies": "body",
    "headers": "header",
}


class _Checker:
    def __init__(self, page: Page) -> None:
        self.page = page

    def fail(self, where: str, what: str) -> PageError:
        return self.page.fail(f"'{where}' {what}")

    def mapping(self, node: Any, where: str) -> dict[str, Any]:
        if not isinstance(node, dict):
            raise self.fail(where, f"must be a mapping, got {_kind(node)}")
        return node

    def listing(self, node: Any, where: str) -> list[Any]:
        if not isinstance(node, list):
            raise self.fail(where, f"must be a list, got {_kind(node)}")
        return node

    def fragment(self, fragment: Fragment) -> None:
        for path, item in self.mapping(fragment.get("paths", {}), "paths").items():
            where = f"paths.{path}"
            if not _PATH_TEMPLATE.match(path):
                raise self.page.fail(f"{path!r} is not a path template ('/', then text and {{name}} parts)")
            item = self.mapping(item, where)
            if "parameters" in item:
                self.parameters(item["parameters"], f"{where}.parameters")
            for method in HTTP_METHODS:
                if method in item:
                    self.operation(item[method], f"{where}.{method}")
        servers = self.listing(fragment.get("servers", []), "servers")
        for i, server in enumerate(servers):
            if not isinstance(self.mapping(server, f"servers[{i}]").get("url"), str):
                raise self.fail(f"servers[{i}].url", "must be a string")
        components = self.mapping(fragment.get("components", {}), "components")
        for group, entries in components.items():
            entries = self.mapping(entries, f"components.{group}")
            kind = _COMPONENT_KINDS.get(group)
            for name, entry in entries.items():
                where = f"components.{group}.{name}"
                if kind == "schema":
                    self.schema(entry, where)
                elif kind == "parameter":
                    self.parameter(entry, where)
                elif kind == "response":
                    self.response(entry, where)
                elif kind == "body":
                    self.content_holder(entry, where)
                else:
                    self.mapping(entry, where)

    def operation(self, node: Any, where: str) -> None:
        operation = self.mapping(node, where)
        if "parameters" in operation:
            self.parameters(operation["parameters"], f"{where}.parameters")
        if "requestBody" in operation:
            self.content_holder(operation["requestBody"], f"{where}.requestBody")
        responses = self.mapping(operation.get("responses", {}), f"{where}.responses")
        for code, response in responses.items():
            self.response(response, f"{where}.responses.{code}")
        for key in ("security", "tags", "servers"):
            if key in operation:
                self.listing(operation[key], f"{where}.{key}")

    def parameters(self, node: Any, where: str) -> None:
        for i, parameter in enumerate(self.listing(node, where)):
            self.parameter(parameter, f"{where}[{i}]")

    def parameter(self, node: Any, where: str) -> None:
        parameter = self.mapping(node, where)
        if "$ref" in parameter:
            return
        if not isinstance(parameter.get("name"), str):
            raise self.fail(where, "needs a 'name' string")
        if parameter.get("in") not in _LOCATIONS:
            raise self.fail(where, f"needs 'in' to be one of {', '.join(_LOCATIONS)}")
        if "schema" in parameter:
            self.schema(parameter["schema"], f"{where}.schema")
        if "content" in parameter:
            self.content(parameter["content"], f"{where}.content")

    def response(self, node: Any, where: str) -> None:
        response = self.mapping(node, where)
        if "$ref" in response:
            return
        self.content_holder(response, where)
        for name, header in self.mapping(response.get("headers", {}), f"{where}.headers").items():
            header = self.mapping(header, f"{where}.headers.{name}")
            if "schema" in header:
                self.schema(header["schema"], f"{where}.headers.{name}.schema")

    def content_holder(self, node: Any, where: str) -> None:
        holder = self.mapping(node, where)
        if "content" in holder:
            self.content(holder["content"], f"{where}.content")

    def content(self, node: Any, where: str) -> None:
        for media, spec in self.mapping(node, where).items():
            spec = self.mapping(spec, f"{where}.{media}")
            if "schema" in spec:
                self.schema(spec["schema"], f"{where}.{media}.schema")
            if "examples" in spec:
                self.mapping(spec["examples"], f"{where}.{media}.examples")

    def schema(self, node: Any, where: str) -> None:
        # An explicit stack: the depth of a schema is the page's to choose, not Python's.
        stack = [(node, where)]
        while stack:
            current, at = stack.pop()
            if isinstance(current, bool):
                continue
            schema = self.mapping(current, at)
            for key in _SCHEMA_MAPS:
                if key in schema:
                    for name, sub in self.mapping(schema[key], f"{at}.{key}").items():
                        stack.append((sub, f"{at}.{key}.{name}"))
            for key in _SCHEMA_LISTS:
                if key in schema:
                    for i, sub in enumerate(self.listing(schema[key], f"{at}.{key}")):
                        stack.append((sub, f"{at}.{key}[{i}]"))
            for key in _SCHEMA_ONE:
                if key in schema:
                    stack.append((schema[key], f"{at}.{key}"))
            if "required" in schema:
                names = self.listing(schema["required"], f"{at}.required")
                if not all(isinstance(n, str) for n in names):
                    raise self.fail(f"{at}.required", "must list property names")
            if "enum" in schema:
                self.listing(schema["enum"], f"{at}.enum")
            if "$ref" in schema and not isinstance(schema["$ref"], str):
                raise self.fail(f"{at}.$ref", "must be a string")


def _kind(node: Any) -> str:
    return "nothing" if node is None else type(node).__name__


def check_bounds(page: Page, data: Any) -> None:
    """Raise ``PageError`` when ``data`` nests deeper than ``MAX_NESTING`` or holds an integer
    longer than ``MAX_INTEGER_DIGITS``: the later stages recurse and print what they get."""
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict):
            children: Any = node.values()
        elif isinstance(node, list):
            children = node
        else:
            if isinstance(node, int) and not isinstance(node, bool) and abs(node) >= _INTEGER_LIMIT:
                raise page.fail(f"an integer has more than {MAX_INTEGER_DIGITS} digits")
            continue
        if depth > MAX_NESTING:
            raise page.fail(f"the page nests values more than {MAX_NESTING} levels deep")
        stack.extend((child, depth + 1) for child in children)


def check_shape(page: Page, fragment: Fragment) -> None:
    """Raise ``PageError`` when ``fragment`` is not shaped like (part of) an OpenAPI document."""
    check_bounds(page, fragment)
    _Checker(page).mapping(fragment, "#")
    _Checker(page).fragment(fragment)
