"""Decide, page by page, what a refresh does: keep the page, replace it, or report why not.

A new page is only accepted when its importer turns it into an OpenAPI fragment and the
provider's whole document still builds with it (checked on a scratch copy of the folder).
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from codegen.build_specs import build_document
from codegen.errors import CodegenError
from codegen.ingest import import_page
from codegen.ingest.page import Page
from codegen.providers import PageEntry, Provider, load_provider
from codegen.refresh.fetch import Fetched, FetchFailed, FetchResult, NotModified

_HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body")


class Status(StrEnum):
    UNCHANGED = "unchanged"
    CHANGED = "changed"
    FAILED = "failed"


@dataclass(frozen=True)
class PagePlan:
    provider: str
    entry: PageEntry
    path: Path
    status: Status
    reason: str  # why: "not modified (304)", "same content", "new content", or the failure
    old: bytes | None = None
    new: bytes | None = None  # the content to write (CHANGED only)
    # Validators to store in the manifest; None when the manifest keeps what it has.
    validators: dict[str, str | None] | None = None

    @property
    def url(self) -> str:
        return self.entry.url


@dataclass(frozen=True)
class ProviderPlan:
    provider: Provider
    pages: tuple[PagePlan, ...]

    @property
    def name(self) -> str:
        return self.provider.name

    @property
    def failed(self) -> list[PagePlan]:
        return [p for p in self.pages if p.status is Status.FAILED]

    @property
    def changed(self) -> list[PagePlan]:
        return [p for p in self.pages if p.status is Status.CHANGED]


def _looks_like_html(content: bytes) -> bool:
    head = content[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith(_HTML_STARTS)


def check_page(entry: PageEntry, content: bytes, content_type: str | None = None) -> str | None:
    """Why ``content`` cannot replace the page, or None when its importer accepts it."""
    if _looks_like_html(content):
        kind = f" ({content_type})" if content_type else ""
        expected = entry.format or "an API page"
        return f"got an HTML document{kind} where {expected} was expected (an error or login page?)"
    try:
        import_page(Page.from_bytes(Path(entry.file), content), entry.format)
    except CodegenError as exc:
        return str(exc)
    except Exception as exc:  # an importer bug must not stop the other pages
        return f"the {entry.format or 'auto-detected'} importer failed: {type(exc).__name__}: {exc}"
    return None


def check_provider(provider: Provider, new_pages: dict[str, bytes]) -> str | None:
    """Why the provider's document does not build with ``new_pages``, or None when it does."""
    with tempfile.TemporaryDirectory(prefix="refresh-") as tmp:
        stage = Path(tmp) / provider.name
        shutil.copytree(provider.directory, stage)
        for file, content in new_pages.items():
            (stage / file).write_bytes(content)
        try:
            build_document(load_provider(stage))
        except CodegenError as exc:
            return str(exc).replace(str(stage), str(provider.directory))
        except Exception as exc:
            return f"building the document failed: {type(exc).__name__}: {exc}"
    return None


def _validators(result: Fetched) -> dict[str, str | None]:
    return {"etag": result.etag, "last_modified": result.last_modified}


def plan_page(provider: Provider, entry: PageEntry, result: FetchResult) -> PagePlan:
    path = provider.page_path(entry)
    base = PagePlan(provider.name, entry, path, Status.FAILED, "")
    if isinstance(result, FetchFailed):
        return replace(base, reason=result.reason)
    if isinstance(result, NotModified):
        return replace(base, status=Status.UNCHANGED, reason="not modified (304)")
    try:
        old: bytes | None = path.read_bytes()
    except FileNotFoundError:
        old = None
    if result.content == old:
        # Store validators only when the manifest has none: servers that rotate them for the
        # same bytes would otherwise turn every refresh into a manifest-only change.
        has_none = entry.etag is None and entry.last_modified is None
        given = result.etag is not None or result.last_modified is not None
        keep = _validators(result) if has_none and given else None
        return replace(base, status=Status.UNCHANGED, reason="same content", old=old, validators=keep)
    problem = check_page(entry, result.content, result.content_type)
    if problem is not None:
        return replace(base, reason=problem, old=old)
    reason = "new page" if old is None else "new content"
    if result.final_url != entry.url:
        reason += f" (redirected to {result.final_url}; consider updating the url)"
    return replace(
        base,
        status=Status.CHANGED,
        reason=reason,
        old=old,
        new=result.content,
        validators=_validators(result),
    )


def plan_provider(provider: Provider, results: list[FetchResult]) -> ProviderPlan:
    """Plan every page; if any changed page breaks the provider's build, fail those pages."""
    pages = [
        plan_page(provider, entry, result) for entry, result in zip(provider.pages, results, strict=True)
    ]
    changed = {p.entry.file: p.new for p in pages if p.status is Status.CHANGED and p.new is not None}
    if changed and not any(p.status is Status.FAILED for p in pages):
        problem = check_provider(provider, changed)
        if problem is not None:
            reason = f"the page imports, but the provider's document no longer builds: {problem}"
            pages = [
                replace(p, status=Status.FAILED, reason=reason, new=None) if p.status is Status.CHANGED else p
                for p in pages
            ]
    return ProviderPlan(provider, tuple(pages))
