"""The rendered text of a docs page, as a browser's "copy all" gives it.

The method stands on its own line, the path follows one segment a line, then the
title. Fields come as groups of lines: name, type, an optional "required", then
the description, under headings such as "Request" and "Response".
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from codegen.ingest.examples import (
    BEARER_NAME,
    BEARER_SCHEME,
    RequestExample,
    infer_schema,
    server_urls,
    urls_in,
)
from codegen.ingest.page import Fragment, Page, slug

_METHOD = re.compile(r"^(GET|POST|PUT|PATCH|DELETE)$")
_TYPE = re.compile(
    r"^(string|integer|number|boolean|object|array|null|any|file|"
    r"(string|integer|number|boolean|object)\[\]|array<\w+>|enum<\w+>)$"
)
_NAME = re.compile(r"^[A-Za-z_$][\w.\-$\[\]]*$")
_SECTIONS = {
    "request": "request",
    "parameters": "request",
    "path parameters": "path",
    "query parameters": "query",
    "headers": "header",
    "header": "header",
    "body": "body",
    "request body": "body",
    "body parameters": "body",
    "response": "response",
    "response body": "response",
    "response fields": "response",
}
_STOP = {"example", "examples", "use cases", "error handling", "best practices", "notes", "see also"}


@dataclass(frozen=True)
class TextField:
    name: str
    type: str
    required: bool
    description: str
    section: str
    line: int


def looks_like(page: Page) -> bool:
    lines = [ln.strip() for ln in page.text.split("\n")[:80]]
    for i, line in enumerate(lines):
        if _METHOD.match(line) and i + 1 < len(lines) and lines[i + 1] == "/":
            return True
    return False


def _operation_line(page: Page, lines: list[str]) -> tuple[str, str, str | None, int]:
    """Method, path, title and the index of the line after the title."""
    for i, line in enumerate(lines):
        if not _METHOD.match(line) or i + 1 >= len(lines) or lines[i + 1] != "/":
            continue
        segments: list[str] = []
        j = i + 1
        while j < len(lines) and lines[j] and " " not in lines[j] and (lines[j] == "/" or segments):
            segments.append(lines[j])
            j += 1
        path = "".join(segments)
        if not path.startswith("/"):
            break
        title = lines[j] if j < len(lines) and lines[j] else None
        return line.lower(), path, title, j + 1
    raise page.fail("no operation found: expected a method line (GET, POST, ...) followed by the path")


def _fields(lines: list[str], start: int) -> tuple[list[TextField], dict[str, str]]:
    """Field groups by section, and the first paragraph under each other heading."""
    fields: list[TextField] = []
    paragraphs: dict[str, str] = {}
    section: str | None = None
    heading: str | None = None
    i = start
    while i < len(lines):
        line = lines[i]
        key = line.lower()
        if key in _SECTIONS:
            section, heading = _SECTIONS[key], None
            i += 1
            continue
        if key in _STOP:
            section, heading = None, key
            i += 1
            continue
        if key == "overview":
            section, heading = None, key
            i += 1
            continue
        if section and _NAME.match(line) and i + 1 < len(lines) and _TYPE.match(lines[i + 1]):
            required = i + 2 < len(lines) and lines[i + 2].lower() in ("required", "optional")
            is_required = required and lines[i + 2].lower() == "required"
            j = i + (3 if required else 2)
            text: list[str] = []
            while j < len(lines) and not _starts_group(lines, j) and lines[j].lower() not in _SECTIONS:
                if lines[j].lower() in _STOP or lines[j].startswith(("{", "[")):
                    break
                if lines[j]:
                    text.append(lines[j])
                j += 1
            fields.append(TextField(line, lines[i + 1], is_required, " ".join(text), section, i + 1))
            i = j
            continue
        if heading and line and heading not in paragraphs:
            paragraphs[heading] = line
        i += 1
    return fields, paragraphs


def _starts_group(lines: list[str], i: int) -> bool:
    return bool(_NAME.match(lines[i])) and i + 1 < len(lines) and bool(_TYPE.match(lines[i + 1]))


def _json_examples(text: str) -> list[Any]:
    """Top-level JSON values written over several lines (``{`` at a line start)."""
    found: list[Any] = []
    decoder = json.JSONDecoder()
    for match in re.finditer(r"(?m)^[{\[]", text):
        try:
            value, _ = decoder.raw_decode(text, match.start())
        except ValueError:
            continue
        found.append(value)
    return found


def _type_schema(kind: str) -> dict[str, Any]:
    if kind.endswith("[]"):
        return {"type": "array", "items": _type_schema(kind[:-2])}
    inner = re.fullmatch(r"(array|enum)<(\w+)>", kind)
    if inner:
        return (
            {"type": "array", "items": _type_schema(inner[2])}
            if inner[1] == "array"
            else _type_schema(inner[2])
        )
    if kind in ("any", "file"):
        return {} if kind == "any" else {"type": "string", "format": "binary"}
    return {"type": kind}


def _schema(field: TextField) -> dict[str, Any]:
    schema = _type_schema(field.type)
    return {"description": field.description, **schema} if field.description else schema


def import_page(page: Page) -> Fragment:
    lines = [ln.strip() for ln in page.text.split("\n")]
    method, path, title, after_title = _operation_line(page, lines)
    fields, paragraphs = _fields(lines, after_title)
    path_names = set(re.findall(r"\{([^}]+)\}", path))

    operation: dict[str, Any] = {"operationId": slug(title) if title else slug(f"{method} {path}")}
    if title:
        operation["summary"] = title
    if "overview" in paragraphs:
        operation["description"] = paragraphs["overview"]

    parameters: list[dict[str, Any]] = []
    body: dict[str, Any] = {}
    body_required: list[str] = []
    response: dict[str, Any] = {}
    response_required: list[str] = []
    bearer = False
    for field in fields:
        if field.section == "response":
            response[field.name] = _schema(field)
            if field.required:
                response_required.append(field.name)
            continue
        location = _request_location(field, method, path_names)
        if location == "header" and field.name.lower() == "authorization":
            bearer = True
        elif location == "body":
            body[field.name] = _schema(field)
            if field.required:
                body_required.append(field.name)
        else:
            param: dict[str, Any] = {"name": field.name, "in": location}
            if field.description:
                param["description"] = field.description
            if location == "path" or field.required:
                param["required"] = True
            param["schema"] = _type_schema(field.type)
            parameters.append(param)
    if parameters:
        operation["parameters"] = parameters
    if body:
        schema: dict[str, Any] = {"type": "object", "properties": body}
        if body_required:
            schema["required"] = body_required
        operation["requestBody"] = {
            "content": {"application/json": {"schema": schema}},
            "required": bool(body_required),
        }
    operation["responses"] = {"200": _success(page.text, response, response_required)}

    fragment: Fragment = {"paths": {path: {method: operation}}}
    servers = server_urls([RequestExample("get", url) for url in urls_in(page.text)], path)
    if servers:
        fragment["servers"] = [{"url": url} for url in servers]
    if bearer or re.search(r"Authorization:\s*Bearer", page.text, re.I):
        operation["security"] = [{BEARER_NAME: []}]
        fragment["components"] = {"securitySchemes": {BEARER_NAME: dict(BEARER_SCHEME)}}
    return fragment


def _request_location(field: TextField, method: str, path_names: set[str]) -> str:
    if field.name in path_names:
        return "path"
    if field.section in ("path", "query", "header", "body"):
        return field.section
    if field.name.lower() == "authorization":
        return "header"
    return "body" if method in ("post", "put", "patch") else "query"


def _success(text: str, properties: dict[str, Any], required: list[str]) -> dict[str, Any]:
    examples = [e for e in _json_examples(text) if isinstance(e, dict)]
    names = set(properties)
    example = next((e for e in examples if names and names <= set(e)), examples[0] if examples else None)
    schema: dict[str, Any]
    if properties:
        schema = {"type": "object", "properties": properties}
        if required:
            schema["required"] = required
    elif example is not None:
        schema = infer_schema(example)
    else:
        return {"description": "Successful Response"}
    media: dict[str, Any] = {"schema": schema}
    if example is not None:
        media["examples"] = {"example": {"value": example}}
    return {"description": "Successful Response", "content": {"application/json": media}}
