"""Assemble a provider's document: its sources + overlay -> ``generated/<provider>/openapi.yaml``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from codegen.errors import CodegenError, SpecError
from codegen.files import write_atomically
from codegen.ingest import import_page
from codegen.ingest.page import Page
from codegen.openapi.document import canonical, check_references, validate
from codegen.openapi.merge import Source, merge_sources
from codegen.openapi.normalize import normalize
from codegen.openapi.notice import Notice
from codegen.openapi.overlay import apply_overlay, load_overlay
from codegen.paths import SPEC_FILE
from codegen.providers import Provider
from codegen.vocabulary import Fragment
from codegen.yamlio import dump_yaml

SERVER_PATH_PREFIX = "server-path-prefix"


def _rebase(provider: Provider, file: str, fragment: Fragment) -> tuple[Fragment, list[Notice]]:
    """A source served under a path of the base URL (``https://host/api/v2``) gets that path in its paths.

    Then every source shares the manifest's base URL, and one client reaches all their operations.
    """
    servers = fragment.get("servers") or []
    base = provider.base_url.rstrip("/")
    url = servers[0].get("url") if servers and isinstance(servers[0], dict) else None
    if not isinstance(url, str) or not url.rstrip("/").startswith(base + "/"):
        return fragment, []
    prefix = url.rstrip("/")[len(base) :]
    paths = {prefix + path: item for path, item in (fragment.get("paths") or {}).items()}
    rebased = {**fragment, "paths": paths, "servers": [{**servers[0], "url": provider.base_url}]}
    notice = Notice(
        SERVER_PATH_PREFIX,
        file,
        f"server {url} is the base URL plus {prefix}: its {len(paths)} paths now start with {prefix}",
    )
    return rebased, [notice]


def read_sources(provider: Provider, notices: list[Notice]) -> list[Source]:
    """Every page of the manifest, converted, with its rank in the manifest's ``prefer`` list."""
    sources: list[Source] = []
    for entry in provider.pages:
        page = Page.read(provider.page_path(entry))
        fragment, rebased = _rebase(provider, entry.file, import_page(page, entry.format))
        notices.extend(rebased)
        rank = provider.prefer.index(entry.file) if entry.file in provider.prefer else None
        sources.append(Source(entry.file, fragment, rank))
    return sources


def build_document(
    provider: Provider, notices: list[Notice] | None = None, *, check: bool = True
) -> dict[str, Any]:
    """Read, convert, merge, correct, normalize and check one provider's document.

    With ``check=False`` the OpenAPI validation is left to the caller (``generate`` runs it beside the
    generators, in the models' process).

    What the build decided on its own (a source conflict the manifest settled, a normalization fix) is
    appended to ``notices``.
    """
    found: list[Notice] = []
    document, conflicts = merge_sources(provider.name, read_sources(provider, found))
    found.extend(conflicts)
    document["info"] = {
        "title": f"{provider.display_name} API",
        "description": (
            f"The {provider.display_name} API as intermission generates it, assembled from the vendor's "
            f"published documents in specs/{provider.name}/ and its overlay.yaml. Generated: do not edit."
        ),
        "version": str(provider.extra.get("api_version", "1")),
    }
    if provider.overlay_path.exists():
        document = apply_overlay(document, load_overlay(provider.overlay_path, provider.name), provider.name)
    urls = [server.get("url") for server in document.get("servers") or []]
    if not urls or any(str(url).rstrip("/") != provider.base_url.rstrip("/") for url in urls):
        found_urls = ", ".join(repr(u) for u in urls) or "no server"
        raise SpecError(
            provider.name,
            f"the sources' servers are {found_urls}; the manifest's base_url is {provider.base_url!r} "
            "(a source that names another host needs an overlay action)",
        )
    check_references(provider.name, document)
    document, fixes = normalize(document)
    found.extend(fixes)
    document = canonical(document)
    if check:
        validate(provider.name, document)
    if notices is not None:
        notices.extend(found)
    return document


def render_document(document: dict[str, Any]) -> str:
    return dump_yaml(document)


def build_all(
    providers: list[Provider],
    generated_dir: Path,
    notices: dict[str, list[Notice]] | None = None,
) -> dict[str, CodegenError | bool]:
    """Build every provider; one failure leaves that provider's file as it was.

    The notices of each provider that built go to ``notices[provider]``.
    """
    outcome: dict[str, CodegenError | bool] = {}
    for provider in providers:
        found: list[Notice] = []
        try:
            text = render_document(build_document(provider, found))
        except CodegenError as exc:
            outcome[provider.name] = exc
            continue
        if notices is not None:
            notices[provider.name] = found
        outcome[provider.name] = write_atomically(generated_dir / provider.name / SPEC_FILE, text)
    return outcome
