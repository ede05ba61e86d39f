"""Importers: one vendor page in, one partial OpenAPI 3.1 document (a fragment) out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from codegen.errors import PageError
from codegen.ingest.page import Page
from codegen.vocabulary import Fragment


class PageImporter(Protocol):
    """One page format: an importer module, or an object with the same two functions."""

    def looks_like(self, page: Page) -> bool: ...

    def import_page(self, page: Page) -> Fragment: ...


@dataclass(frozen=True)
class Importer:
    """A registered page format; ``load`` imports its module only when a page needs it."""

    name: str
    summary: str
    load: Callable[[], PageImporter]

    def looks_like(self, page: Page) -> bool:
        return self.load().looks_like(page)

    def run(self, page: Page) -> Fragment:
        return self.load().import_page(page)


def _mintlify_openapi() -> PageImporter:
    from codegen.ingest import mintlify

    return mintlify.OPENAPI_BLOCK


def _mintlify_operation() -> PageImporter:
    from codegen.ingest import mintlify

    return mintlify.OPERATION_LAYOUT


def _openapi() -> PageImporter:
    from codegen.ingest import openapi_file

    return openapi_file


def _mdx() -> PageImporter:
    from codegen.ingest import mdx

    return mdx


def _html() -> PageImporter:
    from codegen.ingest import html

    return html


def _rendered_text() -> PageImporter:
    from codegen.ingest import rendered_text

    return rendered_text


# Tried in this order when the format is not given; the first that recognises a page wins.
IMPORTERS: tuple[Importer, ...] = (
    Importer(
        "mintlify-openapi", "Mintlify page whose code block holds an OpenAPI document", _mintlify_openapi
    ),
    Importer(
        "mintlify-operation", "Mintlify page with a block in Mintlify's operation layout", _mintlify_operation
    ),
    Importer("openapi", "plain OpenAPI 3.0/3.1 file, JSON or YAML", _openapi),
    Importer("html", "docs page saved as HTML", _html),
    Importer("mdx", "MDX API page (ParamField, ResponseExample)", _mdx),
    Importer("rendered-text", "rendered text of a docs page", _rendered_text),
)
FORMATS = {importer.name: importer for importer in IMPORTERS}


def detect_format(page: Page) -> str:
    for importer in IMPORTERS:
        if importer.looks_like(page):
            return importer.name
    tried = ", ".join(importer.name for importer in IMPORTERS)
    raise PageError(page.source, f"no importer recognises this page (tried: {tried})")


def import_page(page: Page, fmt: str | None = None) -> Fragment:
    """Convert one page; ``fmt`` forces an importer instead of auto-detection.

    Whatever the page holds, the result is a fragment shaped like OpenAPI or a ``PageError``.
    """
    from codegen.ingest.shape import check_shape

    if fmt is None:
        fmt = detect_format(page)
    importer = FORMATS.get(fmt)
    if importer is None:
        known = ", ".join(FORMATS)
        raise PageError(page.source, f"unknown page format {fmt!r} (known: {known})")
    try:
        fragment = importer.run(page)
    except RecursionError:
        raise page.fail("the page nests too deeply to read") from None
    check_shape(page, fragment)
    return fragment
