"""A vendor page as read from disk, and the helpers every importer shares."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from codegen.errors import PageError
from codegen.vocabulary import reason_phrase

MAX_PAGE_BYTES = 5 * 1024 * 1024

# What an importer returns: a partial OpenAPI 3.1 document with some of
# "servers", "paths", "components" (schemas, securitySchemes) and "security".


@dataclass(frozen=True)
class Page:
    """The text of one page and where it came from (used in every error)."""

    source: Path
    text: str

    @classmethod
    def read(cls, path: Path) -> Page:
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise PageError(path, f"cannot read page: {exc.strerror}") from None
        if size > MAX_PAGE_BYTES:
            raise PageError(path, f"page is {size} bytes; the limit is {MAX_PAGE_BYTES}")
        raw = path.read_bytes()
        return cls.from_bytes(path, raw)

    @classmethod
    def from_bytes(cls, source: Path, raw: bytes) -> Page:
        if len(raw) > MAX_PAGE_BYTES:
            raise PageError(source, f"page is {len(raw)} bytes; the limit is {MAX_PAGE_BYTES}")
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise PageError(source, f"page is not UTF-8 (byte {exc.start})") from None
        return cls(source, text.replace("\r\n", "\n").replace("\r", "\n"))

    def fail(self, message: str, *, line: int | None = None, column: int | None = None) -> PageError:
        return PageError(self.source, message, line=line, column=column)


@dataclass(frozen=True)
class CodeBlock:
    """A fenced code block: its info string, body and the page line the body starts on."""

    info: str
    body: str
    first_line: int  # 1-based line of the first body line
    closed: bool = True  # False when the page ends inside the block


_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})(?P<info>[^\n]*)$")


def code_blocks(text: str) -> Iterator[CodeBlock]:
    """Yield the fenced code blocks of a Markdown/MDX text, in order."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        match = _FENCE.match(lines[i])
        if not match:
            i += 1
            continue
        fence = match["fence"]
        info = match["info"].strip()
        body: list[str] = []
        start = i + 2
        i += 1
        closed = False
        while i < len(lines):
            stripped = lines[i].strip()
            if stripped.startswith(fence) and stripped.strip(fence[0]) == "":
                closed = True
                break
            body.append(lines[i])
            i += 1
        yield CodeBlock(info=info, body="\n".join(body), first_line=start, closed=closed)
        i += 1


def unclosed_fence(text: str) -> int | None:
    """The line of a code fence the text never closes (a page cut off mid-way), else ``None``."""
    for block in code_blocks(text):
        if not block.closed:
            return block.first_line - 1
    return None


def slug(text: str) -> str:
    """``"Resume Agent Run"`` -> ``"resume_agent_run"``: a stable Python-friendly id."""
    words = re.findall(r"[A-Za-z0-9]+", text)
    return "_".join(w.lower() for w in words)


def status_phrase(code: str) -> str:
    """The description of a response whose page gives none: ``"404"`` -> ``"Not Found"``."""
    try:
        phrase = reason_phrase(int(code))
    except ValueError:  # "2XX", "default"
        phrase = None
    return phrase or (f"{code} response" if code.endswith("XX") else "Response")
