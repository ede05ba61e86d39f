"""The shared back half of the prose importers (MDX, rendered text, HTML): one described
operation -> a fragment.

An importer reads its markup into a ``DocOperation`` (fields with their type notation as
written, examples, title); everything after that — the path template, parameters, body,
responses, servers and security — is decided here, once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from codegen.ingest.example_schema import infer_schema
from codegen.ingest.page import Page, slug, status_phrase
from codegen.ingest.snippets import RequestExample
from codegen.ingest.types import Schema, enum_options, type_schema, typed_value
from codegen.ingest.urls import base_url_and_path, server_urls, template_names, template_path
from codegen.vocabulary import HTTP_METHODS, Fragment

BEARER_SCHEME: dict[str, Any] = {"type": "http", "scheme": "bearer"}
BEARER_NAME = "bearerAuth"
LOCATIONS = ("path", "query", "header", "cookie", "body")
SCHEMA_REF_PREFIX = "#/components/schemas/"
_STATUS = re.compile(r"^(?:[1-5]\d\d|[1-5]XX|default)$")
_ERROR_TYPES = {"error", "err", "exception", "response"}


@dataclass
class DocField:
    """A field as a page describes it, whatever the markup."""

    name: str
    type: str  # the type notation as written ("" when the page gives none)
    line: int
    location: str | None = None  # one of LOCATIONS; None: decided from the method
    required: bool = False
    description: str = ""
    default: str | None = None
    deprecated: bool = False
    children: list[DocField] = field(default_factory=list)


@dataclass
class DocOperation:
    """What a prose page says about its one operation."""

    method: str | None = None  # from front matter or a path line; else from the examples
    url: str | None = None  # path, or absolute URL, as the page states it
    title: str | None = None
    description: str | None = None
    request: list[DocField] = field(default_factory=list)
    response: list[DocField] = field(default_factory=list)
    response_examples: dict[str, Any] = field(default_factory=dict)  # status -> JSON value
    named: dict[str, list[DocField]] = field(default_factory=dict)  # "### Span Object" sections
    examples: list[RequestExample] = field(default_factory=list)
    bearer: bool = False
    deprecated: bool = False


def build_fragment(page: Page, doc: DocOperation) -> Fragment:
    declared = [f.name for f in doc.request if f.location == "path"]
    names = frozenset(doc.named)
    method, path, server = _target(page, doc, declared)
    in_path = set(template_names(path))

    operation: dict[str, Any] = {"operationId": slug(doc.title) if doc.title else slug(f"{method} {path}")}
    if doc.title:
        operation["summary"] = doc.title
    if doc.description:
        operation["description"] = doc.description

    bearer = doc.bearer or _sends_bearer(doc.examples)
    parameters: list[dict[str, Any]] = []
    body: list[DocField] = []
    for item in doc.request:
        location = item.location or _location_for(item.name, method, in_path)
        if location == "path" and item.name not in in_path:
            raise page.fail(
                f"path parameter {item.name!r} does not appear in the path {path!r}", line=item.line
            )
        if location == "header" and item.name.lower() == "authorization":
            bearer = True
        elif location == "body":
            body.append(item)
        else:
            parameters.append(_parameter(location, item, names))
    named = {p["name"] for p in parameters if p["in"] == "path"}
    for name in template_names(path):
        if name not in named:
            parameters.append({"name": name, "in": "path", "required": True, "schema": {"type": "string"}})
    if parameters:
        operation["parameters"] = parameters
    if body:
        schema = {"type": "object", **object_schema(body, names)}
        operation["requestBody"] = {
            "content": {"application/json": {"schema": schema}},
            "required": True,
        }
    operation["responses"] = _responses(doc, names)
    if doc.deprecated:
        operation["deprecated"] = True

    fragment: Fragment = {"paths": {path: {method: operation}}}
    servers = [server] if server else server_urls(doc.examples, path)
    if servers:
        fragment["servers"] = [{"url": url} for url in servers]
    if bearer:
        operation["security"] = [{BEARER_NAME: []}]
        fragment["components"] = {"securitySchemes": {BEARER_NAME: dict(BEARER_SCHEME)}}
    if doc.named:
        schemas = {
            name: {"type": "object", **object_schema(fields, names)} for name, fields in doc.named.items()
        }
        fragment.setdefault("components", {})["schemas"] = schemas
    return fragment


def _target(page: Page, doc: DocOperation, declared: list[str]) -> tuple[str, str, str | None]:
    """Method, path template and (when the page states one) server URL of the operation."""
    if doc.method is not None and doc.url is not None:
        base, path = base_url_and_path(doc.url)
        if not path.startswith("/"):
            raise page.fail(f"the operation's path must start with '/', got {doc.url!r}")
        return doc.method, template_path(path, declared), base or None
    best: tuple[int, int, str, str] | None = None
    for index, example in enumerate(doc.examples):
        base, path = base_url_and_path(example.url)
        if not base or example.method not in HTTP_METHODS:
            continue
        templated = template_path(path, declared)
        placed = sum(1 for name in template_names(templated) if name in declared)
        candidate = (-placed, index, example.method, templated)
        if best is None or candidate < best:
            best = candidate
    if best is None:
        raise page.fail(
            "no operation found: no method and path on the page and no request example with a URL"
        )
    return best[2], best[3], None


def _location_for(name: str, method: str, in_path: set[str]) -> str:
    if name in in_path:
        return "path"
    if name.lower() == "authorization":
        return "header"
    return "body" if method in ("post", "put", "patch") else "query"


def _sends_bearer(examples: list[RequestExample]) -> bool:
    return any(
        name.lower() == "authorization" and value.lower().startswith("bearer")
        for example in examples
        for name, value in example.headers.items()
    )


def field_schema(item: DocField, names: frozenset[str] = frozenset()) -> Schema:
    schema = _named_type(item.type, names) or type_schema(item.type)
    values, description = enum_options(item.description)
    if values:
        schema["enum"] = [typed_value(v, schema) for v in values]
    description = " ".join(description.split())
    if description:
        schema = {"description": description, **schema}
    if item.default is not None:
        schema["default"] = typed_value(item.default, schema)
    if item.deprecated:
        schema["deprecated"] = True
    if item.children:
        target = schema
        while target.get("type") == "array":
            items = target.get("items")
            if not isinstance(items, dict):
                items = target["items"] = {}
            target = items
        if "$ref" not in target:
            if "type" not in target and "anyOf" not in target:
                target["type"] = "object"
            target.update(object_schema(item.children, names))
    return schema


def _named_type(text: str, names: frozenset[str]) -> Schema | None:
    """``Span`` or ``Span[]`` when the page describes ``Span`` in a section of its own."""
    base, depth = text.strip(), 0
    while base.endswith("[]"):
        base, depth = base[:-2].strip(), depth + 1
    if base not in names:
        return None
    schema: Schema = {"$ref": SCHEMA_REF_PREFIX + base}
    for _ in range(depth):
        schema = {"type": "array", "items": schema}
    return schema


def object_schema(children: list[DocField], names: frozenset[str] = frozenset()) -> Schema:
    properties: dict[str, Any] = {}
    required: list[str] = []
    for child in children:
        properties[child.name] = field_schema(child, names)
        if child.required and child.name not in required:
            required.append(child.name)
    out: Schema = {"properties": properties}
    if required:
        out["required"] = required
    return out


def _parameter(location: str, item: DocField, names: frozenset[str]) -> dict[str, Any]:
    schema = field_schema(item, names)
    param: dict[str, Any] = {"name": item.name, "in": location}
    if "description" in schema:
        param["description"] = schema.pop("description")
    if location == "path" or item.required:
        param["required"] = True
    if schema.pop("deprecated", False):
        param["deprecated"] = True
    param["schema"] = schema
    return param


def is_status_field(item: DocField) -> bool:
    """``<ResponseField name="404" type="error">``: an error answer, not a property."""
    return bool(_STATUS.match(item.name)) and (not item.type or item.type.lower() in _ERROR_TYPES)


def _responses(doc: DocOperation, names: frozenset[str]) -> dict[str, Any]:
    examples = dict(doc.response_examples)
    fields = [f for f in doc.response if not is_status_field(f)]
    described = {f.name: " ".join(f.description.split()) for f in doc.response if is_status_field(f)}
    if fields:
        examples.setdefault("200", None)
    responses: dict[str, Any] = {}
    for code in sorted(set(examples) | set(described)):
        response: dict[str, Any] = {"description": described.get(code) or reason(code)}
        if code in examples:
            value = examples[code]
            schema = (
                {"type": "object", **object_schema(fields, names)}
                if code == "200" and fields
                else infer_schema(value)
            )
            media: dict[str, Any] = {"schema": schema}
            if value is not None:
                media["examples"] = {"example": {"value": value}}
            response["content"] = {"application/json": media}
        responses[code] = response
    if not responses:
        responses["200"] = {"description": reason("200")}
    return dict(sorted(responses.items()))


def reason(code: str) -> str:
    """What FastAPI-style docs call their answers when the page does not say."""
    return {"200": "Successful Response", "422": "Validation Error"}.get(code) or status_phrase(code)
