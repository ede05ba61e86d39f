"""Docs pages saved as HTML: the page's text, one visual line a line, read like rendered text.

Built on the standard library's ``html.parser`` (no dependency). Block elements end a
line, ``<pre>`` keeps its lines, scripts and styles are dropped. Method and path come from
the page's method badge and path line when it shows them, else from its request examples.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from codegen.ingest.operation import build_fragment
from codegen.ingest.page import Page
from codegen.ingest.rendered_text import read_operation
from codegen.vocabulary import Fragment

_BLOCKS = {
    "address", "article", "aside", "blockquote", "br", "dd", "details", "dialog", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "td", "th", "tr", "ul",
}  # fmt: skip
_SKIPPED = {"script", "style", "noscript", "template", "svg", "head", "title"}
# What an HTML document starts with, after blank space, comments and an XML declaration.
_DOCTYPE = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    r"<(?:!doctype\s+html|html|head|body|meta|title|link|script|style|base)[\s>/]",
    re.IGNORECASE | re.DOTALL,
)


class _TextExtractor(HTMLParser):
    """Collects the text a browser would show, with a line break after each block."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        self.in_pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self.skipping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")
            if tag == "pre":
                self.in_pre += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            if tag == "pre":
                self.in_pre = max(0, self.in_pre - 1)
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        self.parts.append(data if self.in_pre else re.sub(r"[ \t\r\n]+", " ", data))


def page_text(html: str) -> str:
    """The visible text of an HTML page, one block a line."""
    extractor = _TextExtractor()
    extractor.feed(html)
    extractor.close()
    return "".join(extractor.parts)


def looks_like(page: Page) -> bool:
    return _DOCTYPE.match(page.text[:4096]) is not None


def import_page(page: Page) -> Fragment:
    text = page_text(page.text)
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    doc = read_operation(page, lines, text)
    return build_fragment(page, doc)
