"""Provider manifests: ``specs/<provider>/provider.yaml``."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from codegen.errors import SpecError
from codegen.yamlio import load_yaml

MANIFEST = "provider.yaml"
OVERLAY = "overlay.yaml"
GENERATOR_CONFIG = "openapi-python-client.yaml"
_WEB = ("https://", "http://")


@dataclass(frozen=True)
class PageEntry:
    """One vendor page: the file we keep and where the vendor publishes it."""

    file: str
    url: str  # the page readers see
    format: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    download: str | None = None  # what refresh fetches when not ``url`` (e.g. the page's ``.md`` form)


@dataclass(frozen=True)
class Provider:
    name: str
    display_name: str
    base_url: str
    auth: dict[str, str]
    env: dict[str, str]
    client_package: str
    pages: tuple[PageEntry, ...]
    directory: Path
    # Page files, strongest first: where sources describe an operation or component differently, the
    # first of them listed here wins (with a warning); a conflict between unlisted sources is an error.
    prefer: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def overlay_path(self) -> Path:
        return self.directory / OVERLAY

    @property
    def manifest_path(self) -> Path:
        return self.directory / MANIFEST

    @property
    def generator_config_path(self) -> Path:
        return self.directory / GENERATOR_CONFIG

    def page_path(self, page: PageEntry) -> Path:
        return self.directory / page.file

    def input_paths(self) -> list[Path]:
        """Every file whose content decides this provider's generated output."""
        paths = [self.manifest_path, *(self.page_path(p) for p in self.pages)]
        for extra in (self.overlay_path, self.generator_config_path):
            if extra.exists():
                paths.append(extra)
        return paths


def _require_str(data: dict[str, Any], key: str, where: str, provider: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value:
        raise SpecError(provider, f"{where}: '{key}' must be a non-empty string")
    return value


def load_provider(directory: Path) -> Provider:
    name = directory.name
    path = directory / MANIFEST
    if not path.is_file():
        raise SpecError(name, f"{path} is missing")
    data = load_yaml(path.read_text(encoding="utf-8"), path)
    if not isinstance(data, dict):
        raise SpecError(name, f"{path}: the manifest must be a mapping")
    if data.get("name", name) != name:
        raise SpecError(name, f"{path}: 'name' is {data.get('name')!r} but the folder is {name!r}")
    pages_raw = data.get("pages")
    if not isinstance(pages_raw, list) or not pages_raw:
        raise SpecError(name, f"{path}: 'pages' must list at least one page")
    pages: list[PageEntry] = []
    for i, raw in enumerate(pages_raw):
        where = f"{path}: pages[{i}]"
        if not isinstance(raw, dict):
            raise SpecError(name, f"{where} must be a mapping")
        file = _require_str(raw, "file", where, name)
        if "/" in file or "\\" in file or file.startswith(".") or not file.isprintable():
            raise SpecError(name, f"{where}: 'file' must be a plain file name in {directory}, got {file!r}")
        if file in (MANIFEST, OVERLAY, GENERATOR_CONFIG) or file in (p.file for p in pages):
            raise SpecError(name, f"{where}: 'file' {file!r} is already a file of this provider")
        download = raw.get("download")
        if download is not None and not (isinstance(download, str) and download.startswith(_WEB)):
            raise SpecError(name, f"{where}: 'download' must be an http:// or https:// URL")
        pages.append(
            PageEntry(
                file=file,
                url=_require_str(raw, "url", where, name),
                format=raw.get("format"),
                etag=raw.get("etag"),
                last_modified=raw.get("last_modified"),
                download=download,
            )
        )
    auth = data.get("auth")
    if not isinstance(auth, dict) or auth.get("type") not in ("bearer", "apiKey"):
        raise SpecError(name, f"{path}: 'auth.type' must be 'bearer' or 'apiKey'")
    env = data.get("env")
    if not isinstance(env, dict) or "api_key" not in env:
        raise SpecError(name, f"{path}: 'env.api_key' must name the environment variable of the key")
    client = data.get("client")
    if not isinstance(client, dict):
        raise SpecError(name, f"{path}: 'client.package' is required")
    prefer = data.get("prefer", [])
    files = {page.file for page in pages}
    if not isinstance(prefer, list) or not all(isinstance(f, str) and f in files for f in prefer):
        raise SpecError(name, f"{path}: 'prefer' must list page files of 'pages', strongest first")
    known = {"name", "display_name", "base_url", "auth", "env", "client", "pages", "prefer"}
    return Provider(
        name=name,
        display_name=_require_str(data, "display_name", str(path), name),
        base_url=_require_str(data, "base_url", str(path), name),
        auth={str(k): str(v) for k, v in auth.items()},
        env={str(k): str(v) for k, v in env.items()},
        client_package=_require_str(client, "package", f"{path}: client", name),
        pages=tuple(pages),
        directory=directory,
        prefer=tuple(prefer),
        extra={k: v for k, v in data.items() if k not in known},
    )


def discover(specs_dir: Path, names: list[str] | None = None) -> list[Provider]:
    """Load the named providers, or every folder of ``specs_dir`` with a manifest."""
    if names:
        missing = [n for n in names if not (specs_dir / n / MANIFEST).is_file()]
        if missing:
            raise SpecError(missing[0], f"no provider manifest at {specs_dir / missing[0] / MANIFEST}")
        return [load_provider(specs_dir / n) for n in names]
    return [load_provider(d) for d in provider_dirs(specs_dir)]


def provider_dirs(specs_dir: Path) -> list[Path]:
    """The folders of ``specs_dir`` that hold a provider manifest, by name; none when it does not exist."""
    if not specs_dir.is_dir():
        return []
    return [d for d in sorted(specs_dir.iterdir()) if (d / MANIFEST).is_file()]
