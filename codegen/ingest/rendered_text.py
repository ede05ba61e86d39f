"""The rendered text of a docs page, as a browser's "copy all" gives it.

The method stands on its own line, the path follows one segment a line, then the
title. Fields come as groups of lines: name, type, an optional "required", then
the description, under headings such as "Request" and "Response".
"""

from __future__ import annotations

import json
import re
from typing import Any

from codegen.ingest.operation import DocField, DocOperation, build_fragment
from codegen.ingest.page import Page
from codegen.ingest.snippets import RequestExample, parse_request_examples
from codegen.ingest.types import parse_type
from codegen.ingest.urls import urls_in
from codegen.vocabulary import Fragment

_METHOD = re.compile(r"^(GET|POST|PUT|PATCH|DELETE)$")
_NAME = re.compile(r"^[A-Za-z_$][\w.\-$\[\]]*$")
_MAX_NAME = 200
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
_REQUIRED = ("required", "optional")


def looks_like(page: Page) -> bool:
    lines = [ln.strip() for ln in page.text.split("\n", 80)[:80]]
    return _operation_line(lines) is not None


def _operation_line(lines: list[str]) -> tuple[str, str, str | None, int] | None:
    """Method, path, title and the index of the line after the title."""
    for i, line in enumerate(lines):
        if not _METHOD.match(line) or i + 1 >= len(lines) or not lines[i + 1].startswith("/"):
            continue
        if lines[i + 1] != "/" and " " not in lines[i + 1]:  # the path on one line
            title = lines[i + 2] if i + 2 < len(lines) and lines[i + 2] else None
            return line.lower(), lines[i + 1], title, i + 3
        if lines[i + 1] != "/":
            continue
        segments: list[str] = []
        j = i + 1
        while j < len(lines) and lines[j] and " " not in lines[j] and (lines[j] == "/" or segments):
            segments.append(lines[j])
            j += 1
        path = "".join(segments)
        if not path.startswith("/"):
            return None
        title = lines[j] if j < len(lines) and lines[j] else None
        return line.lower(), path, title, j + 1
    return None


def _is_type(line: str) -> bool:
    return parse_type(line) is not None


def _starts_group(lines: list[str], i: int) -> bool:
    return (
        len(lines[i]) <= _MAX_NAME
        and bool(_NAME.match(lines[i]))
        and i + 1 < len(lines)
        and _is_type(lines[i + 1])
    )


def _fields(lines: list[str], start: int) -> tuple[list[tuple[str, DocField]], dict[str, str]]:
    """(section, field) groups in page order, and the first paragraph under each other heading."""
    fields: list[tuple[str, DocField]] = []
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
        if key in _STOP or key == "overview":
            section, heading = None, key
            i += 1
            continue
        if section and _starts_group(lines, i):
            marked = i + 2 < len(lines) and lines[i + 2].lower() in _REQUIRED
            required = marked and lines[i + 2].lower() == "required"
            j = i + (3 if marked else 2)
            text: list[str] = []
            while j < len(lines) and not _starts_group(lines, j) and lines[j].lower() not in _SECTIONS:
                if lines[j].lower() in _STOP or lines[j].startswith(("{", "[")):
                    break
                if lines[j]:
                    text.append(lines[j])
                j += 1
            location = section if section in ("path", "query", "header", "body") else None
            item = DocField(line, lines[i + 1], i + 1, location, required, "\n".join(text))
            fields.append((section, item))
            i = j
            continue
        if heading and line and heading not in paragraphs:
            paragraphs[heading] = line
        i += 1
    return fields, paragraphs


def json_examples(text: str) -> list[Any]:
    """Top-level JSON values written over several lines (``{`` at a line start).

    A failed or finished decode moves the search past the text it read, so each character
    is read about once whatever the page holds.
    """
    found: list[Any] = []
    decoder = json.JSONDecoder()
    resume = 0
    for match in re.finditer(r"(?m)^[{\[]", text):
        if match.start() < resume:
            continue
        try:
            value, resume = decoder.raw_decode(text, match.start())
        except json.JSONDecodeError as exc:
            resume = max(exc.pos, match.start() + 1)
            continue
        except RecursionError:
            resume = len(text)
            continue
        found.append(value)
    return found


def read_operation(page: Page, lines: list[str], text: str) -> DocOperation:
    """What rendered text (one line per visual line, stripped) says about its operation."""
    target = _operation_line(lines)
    examples = parse_request_examples(text)
    examples += [RequestExample("get", url) for url in urls_in(text)]
    doc = DocOperation(examples=examples)
    start = 0
    if target is not None:
        doc.method, doc.url, doc.title, start = target
    fields, paragraphs = _fields(lines, start)
    doc.description = paragraphs.get("overview")
    for section, item in fields:
        (doc.response if section == "response" else doc.request).append(item)
    doc.bearer = re.search(r"Authorization:\s*Bearer", text, re.I) is not None
    dicts = [e for e in json_examples(text) if isinstance(e, dict)]
    names = {f.name for f in doc.response}
    chosen = next((e for e in dicts if names and names <= set(e)), dicts[0] if dicts else None)
    if chosen is not None:
        doc.response_examples = {"200": chosen}
    return doc


def import_page(page: Page) -> Fragment:
    lines = [ln.strip() for ln in page.text.split("\n")]
    doc = read_operation(page, lines, page.text)
    if doc.method is None:
        raise page.fail("no operation found: expected a method line (GET, POST, ...) followed by the path")
    return build_fragment(page, doc)
