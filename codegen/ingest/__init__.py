"""Importers: one vendor page in, one partial OpenAPI 3.1 document (a fragment) out."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

from codegen.errors import PageError
from codegen.ingest.page import Fragment, Page


@dataclass(frozen=True)
class Importer:
    """One page format; its module is imported only when a page needs it."""

    name: str
    summary: str
    module: str
    detector: str = "looks_like"
    converter: str = "import_page"

    def _attr(self, attr: str) -> Callable[[Page], object]:
        module = importlib.import_module(f"codegen.ingest.{self.module}")
        return cast(Callable[[Page], object], getattr(module, attr))

    def looks_like(self, page: Page) -> bool:
        return bool(self._attr(self.detector)(page))

    def run(self, page: Page) -> Fragment:
        return cast(Fragment, self._attr(self.converter)(page))


# Tried in this order when the format is not given; the first that recognises a page wins.
IMPORTERS: tuple[Importer, ...] = (
    Importer(
        "mintlify-openapi",
        "Mintlify page whose code block holds an OpenAPI document",
        "mintlify",
        "looks_like_openapi",
        "import_openapi_block",
    ),
    Importer(
        "mintlify-operation",
        "Mintlify page with a block in Mintlify's operation layout",
        "mintlify",
        "looks_like_operation",
        "import_operation",
    ),
    Importer("openapi", "plain OpenAPI 3.0/3.1 file, JSON or YAML", "openapi_file"),
    Importer("mdx", "MDX API page (ParamField, ResponseExample)", "mdx"),
    Importer("rendered-text", "rendered text of a docs page", "rendered_text"),
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
