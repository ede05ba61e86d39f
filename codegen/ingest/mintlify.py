"""Mintlify API pages: Markdown with one ```` ```yaml FILE METHOD PATH ```` block.

The block holds either Mintlify's own per-operation layout (``paths: {path,
method, servers, request, response}``) or a piece of a real OpenAPI document.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from codegen.ingest.mintlify_schema import SchemaCleaner
from codegen.ingest.openapi_file import fragment_from_openapi
from codegen.ingest.page import CodeBlock, Page, code_blocks, slug, status_phrase
from codegen.vocabulary import HTTP_METHODS, Fragment
from codegen.yamlio import load_yaml

PLACEHOLDER_MEDIA = "_mintlify/placeholder"
_PARAM_LOCATIONS = ("path", "query", "header", "cookie")
_INFO = re.compile(r"^(?:yaml|yml|json)\s+\S+\s+(?P<method>[A-Za-z]+)\s+(?P<path>/\S*)\s*$")


def _api_block(page: Page) -> CodeBlock | None:
    for block in code_blocks(page.text):
        if _INFO.match(block.info) and block.info.split()[2].lower() in HTTP_METHODS:
            return block
    return None


def _load_block(page: Page) -> tuple[CodeBlock, Any]:
    block = _api_block(page)
    if block is None:
        raise page.fail("no ```yaml FILE METHOD PATH``` block found")
    if not block.closed:
        raise page.fail("the API block is never closed (the page ends inside it)", line=block.first_line - 1)
    data = load_yaml(block.body, page.source, line_offset=block.first_line - 1)
    if not isinstance(data, dict):
        raise page.fail("the API block is not a YAML mapping", line=block.first_line)
    return block, data


def looks_like_operation(page: Page) -> bool:
    block = _api_block(page)
    return block is not None and re.search(r"^paths:\s*\n\s+path:", block.body, re.M) is not None


def looks_like_openapi(page: Page) -> bool:
    block = _api_block(page)
    return block is not None and re.search(r"^\s*\"?openapi\"?\s*:\s*['\"]?3\.", block.body, re.M) is not None


def import_openapi_block(page: Page) -> Fragment:
    block, data = _load_block(page)
    match = _INFO.match(block.info)
    assert match is not None
    fragment = fragment_from_openapi(data, page)
    wanted_path, wanted_method = match["path"], match["method"].lower()
    paths = fragment.get("paths", {})
    item = paths.get(wanted_path)
    if isinstance(item, dict) and wanted_method in item:
        kept = {k: v for k, v in item.items() if k not in HTTP_METHODS or k == wanted_method}
        fragment["paths"] = {wanted_path: kept}
    _name_operations(page, fragment)
    return fragment


def import_operation(page: Page) -> Fragment:
    block, data = _load_block(page)
    layout = data.get("paths")
    if not isinstance(layout, dict):
        raise page.fail("the API block has no 'paths' mapping", line=block.first_line)
    path, method = layout.get("path"), layout.get("method")
    if not isinstance(path, str) or not path.startswith("/"):
        raise page.fail("the API block has no 'paths.path' starting with '/'", line=_line_of(block, "path"))
    if not isinstance(method, str) or method.lower() not in HTTP_METHODS:
        raise page.fail(f"unknown HTTP method {method!r} in 'paths.method'", line=_line_of(block, "method"))

    cleaner = SchemaCleaner(page)
    request = layout.get("request") or {}
    if not isinstance(request, dict):
        raise page.fail("'paths.request' must be a mapping", line=_line_of(block, "request"))
    operation: dict[str, Any] = {}
    title, description = _title_and_description(page)
    if title:
        operation["operationId"] = slug(title)
        operation["summary"] = title
    else:
        operation["operationId"] = slug(f"{method} {path}")
    if description:
        operation["description"] = description

    schemes: dict[str, Any] = {}
    security = _security(page, request.get("security"), schemes)
    parameters = _parameters(page, request.get("parameters"), cleaner)
    if parameters:
        operation["parameters"] = parameters
    body = _request_body(page, request.get("body"), cleaner)
    if body:
        operation["requestBody"] = body
    responses = layout.get("response") or data.get("response")
    if not isinstance(responses, dict) or not responses:
        raise page.fail("the operation has no 'response' mapping", line=_line_of(block, "response"))
    operation["responses"] = _responses(page, responses, cleaner)
    if security is not None:
        operation["security"] = security
    if layout.get("deprecated") is True or data.get("deprecated") is True:
        operation["deprecated"] = True

    components: dict[str, Any] = {}
    given_components = data.get("components") or {}
    if not isinstance(given_components, dict):
        raise page.fail("'components' must be a mapping", line=_line_of(block, "components"))
    given = given_components.get("schemas") or {}
    if not isinstance(given, dict):
        raise page.fail("'components.schemas' must be a mapping")
    schemas = {name: cleaner.clean(s, f"components.schemas.{name}") for name, s in given.items()}
    schemas.update(cleaner.components)
    if schemas:
        components["schemas"] = schemas
    if schemes:
        components["securitySchemes"] = schemes

    fragment: Fragment = {"paths": {path: {method.lower(): operation}}}
    servers = layout.get("servers")
    if isinstance(servers, list) and servers:
        fragment["servers"] = [_server(s) for s in servers if isinstance(s, dict) and "url" in s]
    if components:
        fragment["components"] = components
    return fragment


def _line_of(block: CodeBlock, key: str) -> int:
    """The page line where ``key:`` first appears in the block (its first line if absent)."""
    pattern = re.compile(rf"^\s*['\"]?{re.escape(key)}['\"]?\s*:")
    for offset, line in enumerate(block.body.split("\n")):
        if pattern.match(line):
            return block.first_line + offset
    return block.first_line


def _server(server: dict[str, Any]) -> dict[str, Any]:
    out = {"url": str(server["url"])}
    if server.get("description"):
        out["description"] = str(server["description"])
    return out


def _title_and_description(page: Page) -> tuple[str | None, str | None]:
    title: str | None = None
    paragraphs: list[str] = []
    current: list[str] = []
    for line in page.text.split("\n"):
        stripped = line.strip()
        if stripped.startswith("```") or stripped.startswith("## "):
            break
        if title is None:
            if stripped.startswith("# ") and not stripped.lower().startswith("# source:"):
                title = stripped[2:].strip()
            continue
        if not stripped:
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        current.append(stripped[1:].strip() if stripped.startswith(">") else stripped)
    if current:
        paragraphs.append(" ".join(current))
    return title, "\n\n".join(paragraphs) or None


def _name_operations(page: Page, fragment: Fragment) -> None:
    title, description = _title_and_description(page)
    for item in fragment.get("paths", {}).values():
        for method, operation in item.items():
            if method not in HTTP_METHODS or not isinstance(operation, dict):
                continue
            if "operationId" not in operation and title:
                operation["operationId"] = slug(title)
            if "summary" not in operation and title:
                operation["summary"] = title
            if "description" not in operation and description:
                operation["description"] = description


def _security(page: Page, alternatives: Any, schemes: dict[str, Any]) -> list[Any] | None:
    if alternatives is None:
        return None
    if not isinstance(alternatives, list):
        raise page.fail("'request.security' must be a list")
    requirements: list[dict[str, list[str]]] = []
    for alternative in alternatives:
        if not isinstance(alternative, dict):
            raise page.fail("each 'request.security' entry must be a mapping")
        requirement: dict[str, list[str]] = {}
        params = alternative.get("parameters") or {}
        if not isinstance(params, dict):
            raise page.fail("'request.security[].parameters' must be a mapping")
        for location in ("header", "query", "cookie"):
            group = params.get(location) or {}
            if not isinstance(group, dict):
                raise page.fail(f"'request.security[].parameters.{location}' must be a mapping")
            for name, spec in group.items():
                scheme = _security_scheme(page, location, str(name), spec)
                scheme_name = slug(str(alternative.get("title") or f"{location} {name}"))
                if len(group) > 1:
                    scheme_name = slug(f"{scheme_name} {name}")
                schemes[scheme_name] = scheme
                requirement[scheme_name] = []
        if requirement:
            requirements.append(requirement)
    return requirements


def _security_scheme(page: Page, location: str, name: str, spec: Any) -> dict[str, Any]:
    if not isinstance(spec, dict):
        raise page.fail(f"security parameter {name!r} must be a mapping")
    kind = spec.get("type")
    scheme: dict[str, Any]
    if kind == "http":
        scheme = {"type": "http", "scheme": str(spec.get("scheme", "bearer")).lower()}
        if spec.get("bearerFormat"):
            scheme["bearerFormat"] = str(spec["bearerFormat"])
    elif kind in ("apiKey", "api_key", "apikey"):
        scheme = {"type": "apiKey", "in": location, "name": name}
    elif kind in ("oauth2", "openIdConnect") and location == "header" and name.lower() == "authorization":
        # Mintlify's layout drops the flows; on the wire the token travels as a bearer token.
        scheme = {"type": "http", "scheme": "bearer", "description": f"{kind} access token"}
    else:
        raise page.fail(f"security parameter {name!r} has unsupported type {kind!r}")
    if spec.get("description"):
        scheme["description"] = str(spec["description"])
    return scheme


def _parameters(page: Page, groups: Any, cleaner: SchemaCleaner) -> list[dict[str, Any]]:
    if groups is None:
        return []
    if not isinstance(groups, dict):
        raise page.fail("'request.parameters' must be a mapping")
    parameters: list[dict[str, Any]] = []
    for location in _PARAM_LOCATIONS:
        group = groups.get(location) or {}
        if not isinstance(group, dict):
            raise page.fail(f"'request.parameters.{location}' must be a mapping")
        for name, spec in group.items():
            parameters.append(_parameter(page, location, str(name), spec, cleaner))
    return parameters


def _parameter(page: Page, location: str, name: str, spec: Any, cleaner: SchemaCleaner) -> dict[str, Any]:
    where = f"request.parameters.{location}.{name}"
    if not isinstance(spec, dict):
        raise page.fail(f"{where} must be a mapping")
    alternatives = spec.get("schema")
    if isinstance(alternatives, dict):
        alternatives = [alternatives]
    if not isinstance(alternatives, list) or not alternatives:
        raise page.fail(f"{where} has no 'schema' list")
    param: dict[str, Any] = {"name": name, "in": location}
    first = alternatives[0] if isinstance(alternatives[0], dict) else {}
    if first.get("description"):
        param["description"] = str(first["description"])
    required = location == "path" or any(
        isinstance(a, dict) and a.get("required") is True for a in alternatives
    )
    if required:
        param["required"] = True
    if any(isinstance(a, dict) and a.get("deprecated") is True for a in alternatives):
        param["deprecated"] = True
    cleaned = [
        _drop(cleaner.clean(a, f"{where}.schema[{i}]"), "description", "deprecated")
        for i, a in enumerate(alternatives)
    ]
    param["schema"] = cleaned[0] if len(cleaned) == 1 else {"anyOf": cleaned}
    return param


def _drop(schema: Any, *keys: str) -> Any:
    if isinstance(schema, dict):
        return {k: v for k, v in schema.items() if k not in keys}
    return schema


def _request_body(page: Page, body: Any, cleaner: SchemaCleaner) -> dict[str, Any] | None:
    if not body:
        return None
    if not isinstance(body, dict):
        raise page.fail("'request.body' must be a mapping")
    content: dict[str, Any] = {}
    required = False
    description: str | None = None
    for media, spec in body.items():
        if not isinstance(spec, dict):
            raise page.fail(f"request.body.{media} must be a mapping")
        alternatives = spec.get("schemaArray") or []
        required = required or any(isinstance(a, dict) and a.get("required") is True for a in alternatives)
        description = description or spec.get("description")
        content[str(media)] = _media(page, f"request.body.{media}", spec, cleaner)
    out: dict[str, Any] = {}
    if description:
        out["description"] = str(description)
    out["content"] = content
    if required:
        out["required"] = True
    return out


def _responses(page: Page, responses: Any, cleaner: SchemaCleaner) -> dict[str, Any]:
    if not isinstance(responses, dict) or not responses:
        raise page.fail("the operation has no 'response' mapping")
    out: dict[str, Any] = {}
    for code, by_media in responses.items():
        code = str(code)
        if not isinstance(by_media, dict):
            raise page.fail(f"response.{code} must be a mapping")
        response: dict[str, Any] = {"description": status_phrase(code)}
        content: dict[str, Any] = {}
        for media, spec in by_media.items():
            if not isinstance(spec, dict):
                raise page.fail(f"response.{code}.{media} must be a mapping")
            if spec.get("description"):
                response["description"] = str(spec["description"])
            if media == PLACEHOLDER_MEDIA:
                continue
            content[str(media)] = _media(page, f"response.{code}.{media}", spec, cleaner)
        if content:
            response["content"] = content
        out[code] = response
    return out


def _media(page: Page, where: str, spec: dict[str, Any], cleaner: SchemaCleaner) -> dict[str, Any]:
    alternatives = spec.get("schemaArray")
    media: dict[str, Any] = {}
    if isinstance(alternatives, list) and alternatives:
        cleaned = [cleaner.clean(a, f"{where}.schemaArray[{i}]") for i, a in enumerate(alternatives)]
        media["schema"] = cleaned[0] if len(cleaned) == 1 else {"anyOf": cleaned}
    elif alternatives is not None and not isinstance(alternatives, list):
        raise page.fail(f"{where}.schemaArray must be a list")
    examples = spec.get("examples")
    if isinstance(examples, dict) and examples:
        media["examples"] = {
            str(name): ex for name, ex in examples.items() if isinstance(ex, dict) and "value" in ex
        }
        if not media["examples"]:
            del media["examples"]
    return media


@dataclass(frozen=True)
class _Layout:
    """One of the two block layouts this module reads, as a ``PageImporter``."""

    detect: Callable[[Page], bool]
    convert: Callable[[Page], Fragment]

    def looks_like(self, page: Page) -> bool:
        return self.detect(page)

    def import_page(self, page: Page) -> Fragment:
        return self.convert(page)


OPENAPI_BLOCK = _Layout(looks_like_openapi, import_openapi_block)
OPERATION_LAYOUT = _Layout(looks_like_operation, import_operation)
