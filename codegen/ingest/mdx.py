"""Mintlify MDX API pages: front matter ``api: "METHOD /path"`` (or an absolute URL),
``<ParamField>``, ``<ResponseField>``, ``<Expandable>`` and request/response example blocks.

Pages without ``api:`` front matter (Mintlify's ``.md`` export) take method and path from
their request examples. Pages captured through a web mirror carry a header before the front
matter and lone ``|`` lines; both are ignored (line numbers in errors still match the file).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

from codegen.ingest.example_schema import parse_json_example
from codegen.ingest.operation import LOCATIONS, DocField, DocOperation, build_fragment
from codegen.ingest.page import Page, code_blocks, unclosed_fence
from codegen.ingest.snippets import parse_request_examples
from codegen.vocabulary import HTTP_METHODS, Fragment
from codegen.yamlio import load_yaml

_COMPONENTS = ("ParamField", "ResponseField", "Expandable", "RequestExample", "ResponseExample")
_SECTIONS = ("RequestExample", "ResponseExample")
_TAG_START = re.compile(r"<(?P<close>/?)(?P<name>" + "|".join(_COMPONENTS) + r")\b")
# Everything up to the tag's '>' (quoted and braced values may hold '>'); matched only up to
# the next tag's start, so an unclosed tag costs its own stretch of text, not the page.
_TAG_REST = re.compile(r"(?P<attrs>(?:[^>\"'{]|\"[^\"]*\"|'[^']*'|\{[^}]*\})*?)(?P<selfclose>/?)>")
_ATTR = re.compile(
    r"(?P<key>[A-Za-z_][\w-]*)(?:\s*=\s*(?:\"(?P<dq>[^\"]*)\"|'(?P<sq>[^']*)'|\{(?P<js>[^}]*)\}))?"
)
_API_LINE = re.compile(r"^\s*(?P<method>[A-Za-z]+)\s+(?P<url>\S+)\s*$")
_STATUS_WORD = re.compile(r"[1-5]\d\d|[1-5]XX|default")


@dataclass
class _Tag:
    """A ParamField or ResponseField with what is nested inside it."""

    kind: str
    attrs: dict[str, str | bool]
    line: int
    text: list[str] = field(default_factory=list)
    children: list[_Tag] = field(default_factory=list)


def _clean(text: str) -> str:
    """Blank out the mirror's lone '|' lines, keeping the line count."""
    return "\n".join("" if line.strip() == "|" else line for line in text.split("\n"))


def _front_matter(page: Page, text: str) -> tuple[dict[str, Any], int]:
    """The front matter mapping and the offset of the first body character."""
    match = re.search(r"(?m)^[ \t]*---[ \t]*$", text)
    if match is None:
        return {}, 0
    start_line = text.count("\n", 0, match.start()) + 1
    closing = re.compile(r"(?m)^[ \t]*---[ \t]*$").search(text, match.end())
    if closing is None:
        if re.match(r"\n[ \t]*[A-Za-z_][\w-]*[ \t]*:", text[match.end() :]):
            raise page.fail("front matter is never closed (no '---' line after it)", line=start_line)
        return {}, 0
    body = text[match.end() + 1 : closing.start()]
    if not re.search(r"^\s*[A-Za-z_][\w-]*\s*:", body, re.M):
        return {}, 0
    data = load_yaml(body, page.source, line_offset=start_line)
    if not isinstance(data, dict):
        raise page.fail("front matter is not a mapping", line=start_line + 1)
    return data, closing.end()


def looks_like(page: Page) -> bool:
    text = page.text
    if re.search(r"<(ParamField|ResponseField|ResponseExample|RequestExample)\b", text):
        return True
    return re.search(r"^(api|openapi):\s*[\"']?[A-Za-z]+\s+\S", text, re.M) is not None and "---" in text


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


def _parse_tags(page: Page, text: str, start: int) -> tuple[list[_Tag], list[tuple[str, int, int]], int]:
    """Top-level fields in page order, the (name, start, end) spans of example sections
    and the offset of the first component (the end of the page's prose)."""
    roots: list[_Tag] = []
    stack: list[_Tag | tuple[str, int]] = []  # a field, or (name, line) of an Expandable / section
    sections: list[tuple[str, int, int]] = []
    section_start: dict[str, int] = {}
    starts = list(_TAG_START.finditer(text, start))
    first = starts[0].start() if starts else len(text)
    cursor, line, counted = start, 1 + text.count("\n", 0, start), start
    for index, match in enumerate(starts):
        line += text.count("\n", counted, match.start())
        counted = match.start()
        if match.start() < cursor:
            continue  # inside the previous tag's quoted attributes
        _add_text(stack, text[cursor : match.start()])
        limit = starts[index + 1].start() if index + 1 < len(starts) else len(text)
        rest = _TAG_REST.match(text, match.end(), limit)
        name = match["name"]
        if rest is None:
            raise page.fail(f"<{match['close']}{name}> is not closed with '>'", line=line)
        cursor = rest.end()
        if match["close"]:
            _close(page, stack, name, line)
            if name in _SECTIONS and name in section_start:
                sections.append((name, section_start.pop(name), match.start()))
            continue
        if name in _SECTIONS:
            section_start[name] = rest.end()
            stack.append((name, line))
        elif name == "Expandable":
            stack.append((name, line))
        else:
            item = _Tag(name, _attributes(rest["attrs"]), line)
            parent = next((f for f in reversed(stack) if isinstance(f, _Tag)), None)
            (parent.children if parent else roots).append(item)
            stack.append(item)
        if rest["selfclose"]:
            stack.pop()
    _add_text(stack, text[cursor:])
    for open_item in stack:
        what, where = (open_item.kind, open_item.line) if isinstance(open_item, _Tag) else open_item
        raise page.fail(f"<{what}> is never closed", line=where)
    return roots, sections, first


def _add_text(stack: list[_Tag | tuple[str, int]], text: str) -> None:
    if stack and isinstance(stack[-1], _Tag) and text.strip():
        stack[-1].text.append(text.strip())


def _close(page: Page, stack: list[_Tag | tuple[str, int]], name: str, line: int) -> None:
    if not stack:
        raise page.fail(f"</{name}> closes nothing", line=line)
    top = stack.pop()
    top_name = top.kind if isinstance(top, _Tag) else top[0]
    if top_name != name:
        raise page.fail(f"</{name}> closes <{top_name}>", line=line)


def _field(tag: _Tag) -> DocField | None:
    name = next(
        (v for k in (*LOCATIONS, "name", "param") if isinstance(v := tag.attrs.get(k), str) and v), None
    )
    if name is None:
        return None
    location = next((loc for loc in LOCATIONS if isinstance(tag.attrs.get(loc), str)), None)
    default = tag.attrs.get("default")
    kind = tag.attrs.get("type")
    children = [child for child in map(_field, tag.children) if child is not None]
    return DocField(
        name=name,
        type=kind if isinstance(kind, str) else "",
        line=tag.line,
        location=location,
        required=tag.attrs.get("required") in (True, "true"),
        description="\n".join(tag.text),
        default=default if isinstance(default, str) else None,
        deprecated=tag.attrs.get("deprecated") is True,
        children=children,
    )


def _target(page: Page, front: dict[str, Any]) -> tuple[str | None, str | None]:
    for key in ("api", "openapi"):
        value = front.get(key)
        if isinstance(value, str):
            match = _API_LINE.match(value)
            if not match or match["method"].lower() not in HTTP_METHODS:
                raise page.fail(
                    f"front matter '{key}' must read 'METHOD /path' or 'METHOD URL', got {value!r}"
                )
            return match["method"].lower(), match["url"]
    return None, None


def _heading(text: str, start: int) -> str | None:
    match = re.compile(r"(?m)^#[ \t]+(?P<title>\S.*)$").search(text, start)
    return match["title"].strip() if match else None


def _prose(text: str, start: int, end: int) -> str | None:
    """The first plain paragraph after the front matter."""
    for paragraph in re.split(r"\n\s*\n", text[start:end]):
        lines = [ln.strip() for ln in paragraph.strip().split("\n")]
        if not lines or not lines[0] or lines[0].startswith(("#", "<", "```", "import ", "export ")):
            continue
        return " ".join(ln[1:].strip() if ln.startswith(">") else ln for ln in lines)
    return None


def import_page(page: Page) -> Fragment:
    text = _clean(page.text)
    fence = unclosed_fence(text)
    if fence is not None:
        raise page.fail("code block is never closed (the page ends inside it)", line=fence)
    front, start = _front_matter(page, text)
    tags, sections, first_tag = _parse_tags(page, text, start)
    method, url = _target(page, front)

    doc = DocOperation(method=method, url=url, examples=parse_request_examples(text))
    title = front.get("title")
    doc.title = title if isinstance(title, str) and title else _heading(text, start)
    description = _prose(text, start, first_tag) or front.get("description")
    doc.description = description if isinstance(description, str) and description else None
    doc.bearer = str(front.get("authMethod", "")).lower() == "bearer"
    doc.deprecated = front.get("deprecated") is True
    sections_by_line = _named_sections(text, start)
    for tag in tags:
        item = _field(tag)
        if tag.kind == "ResponseField":
            named = _section_at(sections_by_line, tag.line)
            if item is not None:
                (doc.named.setdefault(named, []) if named else doc.response).append(item)
            continue
        if item is None or item.location is None:
            raise page.fail(
                "<ParamField> needs one of path=, query=, header=, cookie= or body=", line=tag.line
            )
        doc.request.append(item)
    doc.response_examples = _response_examples(text, sections)
    return build_fragment(page, doc)


_HEADING = re.compile(r"(?m)^#{2,4}[ \t]+(?P<title>\S.*?)[ \t]*$")
_NAMED = re.compile(r"(?P<name>[A-Z][A-Za-z0-9_]*) [Oo]bject")


def _named_sections(text: str, start: int) -> list[tuple[int, str | None]]:
    """(line, type name) of each heading: ``### Span Object`` names ``Span``; others ``None``."""
    found: list[tuple[int, str | None]] = []
    line, counted = 1 + text.count("\n", 0, start), start
    for heading in _HEADING.finditer(text, start):
        line += text.count("\n", counted, heading.start())
        counted = heading.start()
        named = _NAMED.fullmatch(heading["title"])
        found.append((line, named["name"] if named else None))
    return found


def _section_at(sections: list[tuple[int, str | None]], line: int) -> str | None:
    """The type a field at ``line`` describes, when it stands under a ``### Name Object`` heading."""
    index = bisect.bisect_right([at for at, _ in sections], line)
    return sections[index - 1][1] if index else None


def _response_examples(text: str, sections: list[tuple[str, int, int]]) -> dict[str, Any]:
    examples: dict[str, Any] = {}
    for name, start, end in sections:
        if name != "ResponseExample":
            continue
        for block in code_blocks(text[start:end]):
            words = block.info.split()
            code = next((w for w in words[1:] if _STATUS_WORD.fullmatch(w)), "200")
            ok, value = parse_json_example(block.body)
            if ok:
                examples.setdefault(code, value)
    return examples
