"""Decide, page by page, what a refresh does: keep the page, replace it, or report why not.

A new page is only accepted when it is what its format expects (no HTML error or login page in
place of a Markdown page), its importer turns it into an OpenAPI fragment within the time limit,
and the provider's whole document still builds with it (checked on a scratch copy of the folder).
"""

from __future__ import annotations

import re
import shutil
import tempfile
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from codegen.providers import PageEntry, Provider
from codegen.refresh.fetch import Fetched, FetchFailed, FetchResult, NotModified
from codegen.refresh.vet import VetOptions, vet_page, vet_provider

HTML_FORMAT = "html"  # the importer of docs pages saved as HTML (codegen.ingest): HTML is its input
# What an HTML document starts with, once a byte order mark, blank space, comments and an XML
# declaration are skipped.
_HTML_START = re.compile(
    rb"<(?:!doctype\s+html|html|head|body|meta|title|link|script|style|base)[\s>/]", re.I
)
_SKIPPED = re.compile(rb"\s*(?:<!--.*?-->|<\?xml.*?\?>)?", re.S)
_SNIFF_BYTES = 4096
# A validator longer than this (or with unprintable characters) is not stored in the manifest.
MAX_VALIDATOR = 512


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
        """The URL refresh fetches: the page's ``download`` form when it has one."""
        return source(self.entry)


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


def source(entry: PageEntry) -> str:
    return entry.download or entry.url


def looks_like_html(content: bytes) -> bool:
    head = content[:_SNIFF_BYTES].removeprefix(b"\xef\xbb\xbf")
    while True:
        skipped = _SKIPPED.match(head)
        if skipped is None or not skipped.end():
            break
        head = head[skipped.end() :]
    return _HTML_START.match(head) is not None


def expects_html(entry: PageEntry, old: bytes | None) -> bool:
    """The page is kept as HTML: its format says so, or it has none and the copy we keep is HTML."""
    if entry.format is None:
        return old is not None and looks_like_html(old)
    return entry.format == HTML_FORMAT


def check_page(
    entry: PageEntry, content: bytes, content_type: str | None, vet: VetOptions, old: bytes | None = None
) -> str | None:
    """Why ``content`` cannot replace the page (whose current copy is ``old``), or None when its
    importer accepts it."""
    if looks_like_html(content) and not expects_html(entry, old):
        kind = f" ({content_type})" if content_type else ""
        expected = entry.format or "an API page"
        return f"got an HTML document{kind} where {expected} was expected (an error or login page?)"
    return vet_page(entry.file, entry.format, content, vet)


def check_provider(provider: Provider, new_pages: dict[str, bytes], vet: VetOptions) -> str | None:
    """Why the provider's document does not build with ``new_pages``, or None when it does."""
    with tempfile.TemporaryDirectory(prefix="refresh-") as tmp:
        stage = Path(tmp) / provider.name
        shutil.copytree(provider.directory, stage)
        for file, content in new_pages.items():
            (stage / file).write_bytes(content)
        problem = vet_provider(stage, len(provider.pages), vet)
    return None if problem is None else problem.replace(str(stage), str(provider.directory))


def _stored(value: str | None) -> str | None:
    return value if value is not None and len(value) <= MAX_VALIDATOR and value.isprintable() else None


def _validators(result: Fetched) -> dict[str, str | None]:
    return {"etag": _stored(result.etag), "last_modified": _stored(result.last_modified)}


def plan_page(provider: Provider, entry: PageEntry, result: FetchResult, vet: VetOptions) -> PagePlan:
    path = provider.page_path(entry)
    base = PagePlan(provider.name, entry, path, Status.FAILED, "")
    if isinstance(result, FetchFailed):
        return replace(base, reason=result.reason)
    if isinstance(result, NotModified):
        if not path.is_file():
            return replace(base, reason=f"not modified (304), but {path} is missing: run refresh again")
        return replace(base, status=Status.UNCHANGED, reason="not modified (304)")
    try:
        old: bytes | None = path.read_bytes()
    except FileNotFoundError:
        old = None
    if result.content == old:
        # Store validators only when the manifest has none: servers that rotate them for the
        # same bytes would otherwise turn every refresh into a manifest-only change.
        has_none = entry.etag is None and entry.last_modified is None
        given = _validators(result)
        keep = given if has_none and any(v is not None for v in given.values()) else None
        return replace(base, status=Status.UNCHANGED, reason="same content", old=old, validators=keep)
    problem = check_page(entry, result.content, result.content_type, vet, old)
    if problem is not None:
        return replace(base, reason=problem, old=old)
    reason = "new page" if old is None else "new content"
    if result.final_url != source(entry):
        reason += f" (redirected to {result.final_url}; consider updating the url)"
    return replace(
        base,
        status=Status.CHANGED,
        reason=reason,
        old=old,
        new=result.content,
        validators=_validators(result),
    )


def plan_provider(provider: Provider, results: list[FetchResult], vet: VetOptions) -> ProviderPlan:
    """Plan every page; if any changed page breaks the provider's build, fail those pages."""
    pages = [
        plan_page(provider, entry, result, vet) for entry, result in zip(provider.pages, results, strict=True)
    ]
    changed = {p.entry.file: p.new for p in pages if p.status is Status.CHANGED and p.new is not None}
    if changed and not any(p.status is Status.FAILED for p in pages):
        problem = check_provider(provider, changed, vet)
        if problem is not None:
            reason = f"the page imports, but the provider's document no longer builds: {problem}"
            pages = [
                replace(p, status=Status.FAILED, reason=reason, new=None) if p.status is Status.CHANGED else p
                for p in pages
            ]
    return ProviderPlan(provider, tuple(pages))
