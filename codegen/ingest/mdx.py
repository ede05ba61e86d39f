"""Mintlify MDX API pages: front matter ``api: "METHOD /path"``, ``<ParamField>``,
``<ResponseField>``, ``<Expandable>`` and request/response example blocks.

Pages captured through a web mirror carry a header before the front matter and
lone ``|`` lines; both are ignored (line numbers in errors still match the file).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any

from codegen.ingest.examples import (
    BEARER_NAME,
    BEARER_SCHEME,
    base_url_and_path,
    infer_schema,
    parse_request_examples,
    server_urls,
)
from codegen.ingest.page import HTTP_METHODS, Fragment, Page, code_blocks, slug
from codegen.yamlio import load_yaml

_COMPONENTS = ("ParamField", "ResponseField", "Expandable", "RequestExample", "ResponseExample")
_TAG = re.compile(
    r"<(?P<close>/?)(?P<name>" + "|".join(_COMPONENTS) + r")\b"
    r"(?P<attrs>(?:[^>\"'{]|\"[^\"]*\"|'[^']*'|\{[^}]*\})*?)(?P<selfclose>/?)>"
)
_ATTR = re.compile(
    r"(?P<key>[A-Za-z_][\w-]*)(?:\s*=\s*(?:\"(?P<dq>[^\"]*)\"|'(?P<sq>[^']*)'|\{(?P<js>[^}]*)\}))?"
)
_API_LINE = re.compile(r"^\s*(?P<method>[A-Za-z]+)\s+(?P<path>/\S*)\s*$")
_LOCATIONS = ("path", "query", "header", "cookie", "body")
_SCALARS = {"string", "integer", "number", "boolean", "object", "array", "null"}


@dataclass
class Field:
    """A ParamField or ResponseField with what is nested inside it."""

    kind: str
    attrs: dict[str, str | bool]
    line: int
    text: list[str] = field(default_factory=list)
    children: list[Field] = field(default_factory=list)

    @property
    def description(self) -> str:
        return " ".join(" ".join(self.text).split())


def _clean(text: str) -> str:
    """Blank out the mirror's lone '|' lines, keeping the line count."""
    return "\n".join("" if line.strip() == "|" else line for line in text.split("\n"))


def _front_matter(page: Page, text: str) -> tuple[dict[str, Any], int]:
    """The front matter mapping and the index of the first body line."""
    lines = text.split("\n")
    for start, line in enumerate(lines):
        if line.strip() != "---":
            continue
        for end in range(start + 1, len(lines)):
            if lines[end].strip() == "---":
                body = "\n".join(lines[start + 1 : end])
                if not re.search(r"^\s*[A-Za-z_][\w-]*\s*:", body, re.M):
                    break
                data = load_yaml(body, page.source, line_offset=start + 1)
                if not isinstance(data, dict):
                    raise page.fail("front matter is not a mapping", line=start + 2)
                return data, end + 1
        break
    return {}, 0


def looks_like(page: Page) -> bool:
    text = _clean(page.text)
    if re.search(r"<(ParamField|ResponseField|ResponseExample|RequestExample)\b", text):
        return True
    return re.search(r"^(api|openapi):\s*[\"']?[A-Za-z]+\s+/", text, re.M) is not None and "---" in text


def _line_at(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


def _attributes(raw: str) -> dict[str, str | bool]:
    attrs: dict[str, str | bool] = {}
    for match in _ATTR.finditer(raw):
        value = match["dq"] if match["dq"] is not None else match["sq"]
        if value is None and match["js"] is not None:
            js = match["js"].strip()
            value = js.strip("\"'`")
            if js in ("true", "false"):
                attrs[match["key"]] = js == "true"
                continue
        attrs[match["key"]] = True if value is None else value
    return attrs


def _parse_fields(page: Page, text: str, start: int) -> tuple[list[Field], list[tuple[str, int, int]]]:
    """Top-level fields in page order, and the (name, start, end) spans of example sections."""
    roots: list[Field] = []
    stack: list[Field | str] = []  # Field, or the name of an open Expandable / example section
    sections: list[tuple[str, int, int]] = []
    section_start: dict[str, int] = {}
    cursor = start
    for match in _TAG.finditer(text, start):
        _add_text(stack, text[cursor : match.start()])
        cursor = match.end()
        name, line = match["name"], _line_at(text, match.start())
        if match["close"]:
            _close(page, stack, name, line)
            if name in ("RequestExample", "ResponseExample") and name in section_start:
                sections.append((name, section_start.pop(name), match.start()))
            continue
        if name in ("RequestExample", "ResponseExample"):
            section_start[name] = match.end()
            stack.append(name)
        elif name == "Expandable":
            stack.append(name)
        else:
            item = Field(name, _attributes(match["attrs"]), line)
            parent = next((f for f in reversed(stack) if isinstance(f, Field)), None)
            (parent.children if parent else roots).append(item)
            stack.append(item)
        if match["selfclose"]:
            stack.pop()
    for open_item in stack:
        what = open_item.kind if isinstance(open_item, Field) else open_item
        where = open_item.line if isinstance(open_item, Field) else None
        raise page.fail(f"<{what}> is never closed", line=where)
    return roots, sections


def _add_text(stack: list[Field | str], text: str) -> None:
    if stack and isinstance(stack[-1], Field) and text.strip():
        stack[-1].text.append(text.strip())


def _close(page: Page, stack: list[Field | str], name: str, line: int) -> None:
    if not stack:
        raise page.fail(f"</{name}> closes nothing", line=line)
    top = stack.pop()
    top_name = top.kind if isinstance(top, Field) else top
    if top_name != name:
        raise page.fail(f"</{name}> closes <{top_name}>", line=line)


def _type_schema(raw: str) -> dict[str, Any]:
    kind = raw.strip()
    if kind.endswith("[]"):
        return {"type": "array", "items": _type_schema(kind[:-2])}
    enum = re.fullmatch(r"enum<(\w+)>", kind)
    if enum:
        return _type_schema(enum[1])
    array_of = re.fullmatch(r"array<(.+)>", kind)
    if array_of:
        return {"type": "array", "items": _type_schema(array_of[1])}
    if kind == "file":
        return {"type": "string", "format": "binary"}
    if kind in _SCALARS:
        return {"type": kind}
    return {}


def _coerce(value: str, schema: dict[str, Any]) -> Any:
    kind = schema.get("type")
    try:
        if kind == "integer":
            return int(value)
        if kind == "number":
            return float(value)
    except ValueError:
        return value
    if kind == "boolean" and value in ("true", "false"):
        return value == "true"
    return value


def _field_schema(item: Field) -> dict[str, Any]:
    schema = _type_schema(str(item.attrs.get("type", "")))
    description = item.description
    options = re.search(r"Available options:\s*(?P<list>(?:`[^`]*`[,\s]*)+)", description)
    if options:
        schema["enum"] = [_coerce(v, schema) for v in re.findall(r"`([^`]*)`", options["list"])]
        description = description[: options.start()].strip()
    if description:
        schema = {"description": description, **schema}
    default = item.attrs.get("default")
    if isinstance(default, str):
        schema["default"] = _coerce(default, schema)
    if item.attrs.get("deprecated") is True:
        schema["deprecated"] = True
    if item.children:
        target = schema["items"] if schema.get("type") == "array" else schema
        if "type" not in target:
            target["type"] = "object"
        target.update(_object_schema(item.children))
    return schema


def _object_schema(children: list[Field]) -> dict[str, Any]:
    properties: dict[str, Any] = {}
    required: list[str] = []
    for child in children:
        name = _field_name(child)
        if name is None:
            continue
        properties[name] = _field_schema(child)
        if _is_required(child):
            required.append(name)
    out: dict[str, Any] = {"properties": properties}
    if required:
        out["required"] = required
    return out


def _field_name(item: Field) -> str | None:
    for key in (*_LOCATIONS, "name", "param"):
        value = item.attrs.get(key)
        if isinstance(value, str) and value:
            return value
    return None


def _location(item: Field) -> str | None:
    return next((loc for loc in _LOCATIONS if isinstance(item.attrs.get(loc), str)), None)


def _is_required(item: Field) -> bool:
    value = item.attrs.get("required")
    return value is True or value == "true"


def _operation_target(page: Page, front: dict[str, Any], text: str) -> tuple[str, str]:
    for key in ("api", "openapi"):
        value = front.get(key)
        if isinstance(value, str):
            match = _API_LINE.match(value)
            if not match or match["method"].lower() not in HTTP_METHODS:
                raise page.fail(f"front matter '{key}' must read 'METHOD /path', got {value!r}")
            return match["method"].lower(), match["path"]
    for example in parse_request_examples(text):
        base, path = base_url_and_path(example.url)
        if base:
            return example.method, path
    raise page.fail("no operation found: no 'api:' front matter and no request example with a URL")


def _heading(text: str, start: int) -> str | None:
    match = re.search(r"(?m)^#\s+(?P<title>\S.*)$", text[start:])
    return match["title"].strip() if match else None


def _prose(text: str, start: int) -> str | None:
    """The first plain paragraph after the front matter."""
    body = _TAG.split(text[start:], maxsplit=1)[0]
    for paragraph in re.split(r"\n\s*\n", body):
        lines = [ln.strip() for ln in paragraph.strip().split("\n")]
        if not lines or not lines[0] or lines[0].startswith(("#", "<", "```", "import ", "export ")):
            continue
        return " ".join(lines)
    return None


def import_page(page: Page) -> Fragment:
    text = _clean(page.text)
    front, body_line = _front_matter(page, text)
    start = len("\n".join(text.split("\n")[:body_line]))
    method, path = _operation_target(page, front, text)
    fields, sections = _parse_fields(page, text, start)

    title = front.get("title") if isinstance(front.get("title"), str) else _heading(text, start)
    operation: dict[str, Any] = {"operationId": slug(title) if title else slug(f"{method} {path}")}
    if title:
        operation["summary"] = title
    description = _prose(text, start) or front.get("description")
    if isinstance(description, str) and description:
        operation["description"] = description

    examples = parse_request_examples(text)
    bearer = any(
        k.lower() == "authorization" and v.lower().startswith("bearer")
        for e in examples
        for k, v in e.headers.items()
    )
    parameters: list[dict[str, Any]] = []
    body_fields: list[Field] = []
    response_fields: list[Field] = []
    for item in fields:
        if item.kind == "ResponseField":
            response_fields.append(item)
            continue
        location, name = _location(item), _field_name(item)
        if location is None or name is None:
            raise page.fail(
                "<ParamField> needs one of path=, query=, header=, cookie= or body=", line=item.line
            )
        if location == "body":
            body_fields.append(item)
        elif location == "header" and name.lower() == "authorization":
            bearer = True
        else:
            parameters.append(_parameter(location, name, item))
    if parameters:
        operation["parameters"] = parameters
    if body_fields:
        body_schema = {"type": "object", **_object_schema(body_fields)}
        operation["requestBody"] = {
            "content": {"application/json": {"schema": body_schema}},
            "required": True,
        }
    operation["responses"] = _responses(text, sections, response_fields)

    fragment: Fragment = {"paths": {path: {method: operation}}}
    servers = server_urls(examples, path)
    if servers:
        fragment["servers"] = [{"url": url} for url in servers]
    if bearer:
        operation["security"] = [{BEARER_NAME: []}]
        fragment["components"] = {"securitySchemes": {BEARER_NAME: dict(BEARER_SCHEME)}}
    if front.get("deprecated") is True:
        operation["deprecated"] = True
    return fragment


def _parameter(location: str, name: str, item: Field) -> dict[str, Any]:
    schema = _field_schema(item)
    param: dict[str, Any] = {"name": name, "in": location}
    if "description" in schema:
        param["description"] = schema.pop("description")
    if location == "path" or _is_required(item):
        param["required"] = True
    if schema.pop("deprecated", False):
        param["deprecated"] = True
    param["schema"] = schema
    return param


def _responses(text: str, sections: list[tuple[str, int, int]], fields: list[Field]) -> dict[str, Any]:
    examples: dict[str, Any] = {}
    for name, start, end in sections:
        if name != "ResponseExample":
            continue
        for block in code_blocks(text[start:end]):
            words = block.info.split()
            code = next((w for w in words[1:] if re.fullmatch(r"[1-5]\d\d|[1-5]XX|default", w)), "200")
            try:
                examples.setdefault(code, json.loads(block.body))
            except ValueError:
                continue
    responses: dict[str, Any] = {}
    if fields:
        examples.setdefault("200", None)
    for code in sorted(examples):
        value = examples[code]
        if code == "200" and fields:
            schema: dict[str, Any] = {"type": "object", **_object_schema(fields)}
        else:
            schema = infer_schema(value)
        media: dict[str, Any] = {"schema": schema}
        if value is not None:
            media["examples"] = {"example": {"value": value}}
        responses[code] = {"description": _reason(code), "content": {"application/json": media}}
    if not responses:
        responses["200"] = {"description": _reason("200")}
    return responses


def _reason(code: str) -> str:
    if code == "200":
        return "Successful Response"
    if code == "422":
        return "Validation Error"
    try:
        return HTTPStatus(int(code)).phrase
    except ValueError:
        return "Response"
