"""Importers: one vendor page in, one partial OpenAPI 3.1 document (a fragment) out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from codegen.errors import PageError
from codegen.ingest import mdx, mintlify, openapi_file, rendered_text
from codegen.ingest.page import Fragment, Page


@dataclass(frozen=True)
class Importer:
    name: str
    summary: str
    looks_like: Callable[[Page], bool]
    run: Callable[[Page], Fragment]


# Tried in this order when the format is not given; the first that recognises a page wins.
IMPORTERS: tuple[Importer, ...] = (
    Importer(
        "mintlify-openapi",
        "Mintlify page whose code block holds an OpenAPI document",
        mintlify.looks_like_openapi,
        mintlify.import_openapi_block,
    ),
    Importer(
        "mintlify-operation",
        "Mintlify page with a block in Mintlify's operation layout",
        mintlify.looks_like_operation,
        mintlify.import_operation,
    ),
    Importer("openapi", "plain OpenAPI 3.0/3.1 file, JSON or YAML", openapi_file.looks_like, openapi_file.import_page),
    Importer("mdx", "MDX API page (ParamField, ResponseExample)", mdx.looks_like, mdx.import_page),
    Importer("rendered-text", "rendered text of a docs page", rendered_text.looks_like, rendered_text.import_page),
)
FORMATS = {importer.name: importer for importer in IMPORTERS}


def detect_format(page: Page) -> str:
    for importer in IMPORTERS:
        if importer.looks_like(page):
            return importer.name
    tried = ", ".join(importer.name for importer in IMPORTERS)
    raise PageError(page.source, f"no importer recognises this page (tried: {tried})")


def import_page(page: Page, fmt: str | None = None) -> Fragment:
    """Convert one page; ``fmt`` forces an importer instead of auto-detection."""
    if fmt is None:
        fmt = detect_format(page)
    importer = FORMATS.get(fmt)
    if importer is None:
        known = ", ".join(FORMATS)
        raise PageError(page.source, f"unknown page format {fmt!r} (known: {known})")
    return importer.run(page)
