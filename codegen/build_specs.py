"""Provider pages + overlay -> ``generated/<provider>/openapi.yaml``."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from codegen.errors import CodegenError, SpecError
from codegen.ingest import import_page
from codegen.ingest.page import Fragment, Page
from codegen.openapi.document import canonical, check_references, merge_fragments, validate
from codegen.openapi.overlay import apply_overlay, load_overlay
from codegen.providers import Provider
from codegen.yamlio import dump_yaml

SPEC_FILE = "openapi.yaml"


def build_document(provider: Provider) -> dict[str, Any]:
    """Read, convert, merge, correct and check one provider's document."""
    fragments: list[tuple[str, Fragment]] = []
    for entry in provider.pages:
        page = Page.read(provider.page_path(entry))
        fragments.append((entry.file, import_page(page, entry.format)))
    document = merge_fragments(provider.name, fragments)
    document["info"] = {
        "title": f"{provider.display_name} API",
        "description": (
            f"The {provider.display_name} operations intermission uses, assembled from the vendor's "
            f"published docs pages and specs/{provider.name}/overlay.yaml. Generated: do not edit."
        ),
        "version": str(provider.extra.get("api_version", "1")),
    }
    if provider.overlay_path.exists():
        document = apply_overlay(document, load_overlay(provider.overlay_path, provider.name), provider.name)
    servers = document.get("servers") or []
    if not servers or servers[0].get("url") != provider.base_url:
        found = servers[0].get("url") if servers else "no server"
        raise SpecError(
            provider.name,
            f"the document's first server is {found!r}, the manifest's base_url is {provider.base_url!r}",
        )
    check_references(provider.name, document)
    document = canonical(document)
    validate(provider.name, document)
    return document


def render_document(document: dict[str, Any]) -> str:
    return dump_yaml(document)


def write_atomically(path: Path, text: str) -> bool:
    """Write ``text`` to ``path`` via a temporary file; return whether it changed."""
    data = text.encode("utf-8")
    if path.exists() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


def build_all(providers: list[Provider], generated_dir: Path) -> dict[str, CodegenError | bool]:
    """Build every provider; one failure leaves that provider's file as it was."""
    outcome: dict[str, CodegenError | bool] = {}
    for provider in providers:
        try:
            text = render_document(build_document(provider))
        except CodegenError as exc:
            outcome[provider.name] = exc
            continue
        outcome[provider.name] = write_atomically(generated_dir / provider.name / SPEC_FILE, text)
    return outcome
