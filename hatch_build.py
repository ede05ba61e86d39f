"""Hatch build hook: the wheel ships every generated package and every provider manifest, found by pattern.

A wheel gets, beside ``intermission``: each package under ``generated/<provider>/`` (the client, the
pydantic models) at the top level, each provider's ``openapi.yaml`` inside its client package (where the
fakes look for it), and each ``specs/<provider>/provider.yaml`` as ``intermission/_specs/<provider>/``
(what the facade reads its env vars and auth from). No provider is named in ``pyproject.toml``.

An editable install copies nothing: a ``.pth`` line puts every ``generated/<provider>/`` folder on
``sys.path`` at interpreter start, listed afresh each time, so after ``make generate`` (or a new provider)
the checkout's files are the ones imported, with no reinstall.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

PTH = "_intermission_generated.pth"
# One line, run by site.py: every folder of generated/ goes on sys.path (after the checkout's wrappers/).
PTH_LINE = (
    "import os, sys; (lambda g: sys.path.extend(os.path.join(g, d) for d in sorted(os.listdir(g)) "
    "if os.path.isdir(os.path.join(g, d))) if os.path.isdir(g) else None)({root!r})\n"
)


def _client_package(root: Path, provider: str) -> str:
    sys.path.insert(0, str(root / "wrappers"))
    try:
        from intermission.providers import _manifest
    finally:
        sys.path.pop(0)
    return _manifest.read(root / "specs" / provider / _manifest.MANIFEST, provider).package


def wheel_contents(root: Path) -> dict[str, str]:
    """Source path -> path in the wheel, for everything generated/ and specs/ contribute."""
    found: dict[str, str] = {}
    for folder in sorted(p for p in (root / "generated").iterdir() if p.is_dir()):
        for entry in sorted(folder.iterdir()):
            package = entry.is_dir() and (entry / "__init__.py").is_file()
            if package or (entry.is_file() and entry.suffix == ".py"):
                found[str(entry)] = entry.name
        document = folder / "openapi.yaml"
        if document.is_file():
            found[str(document)] = f"{_client_package(root, folder.name)}/openapi.yaml"
    for manifest in sorted((root / "specs").glob("*/provider.yaml")):
        found[str(manifest)] = f"intermission/_specs/{manifest.parent.name}/provider.yaml"
    return found


class GeneratedPackagesHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        root = Path(self.root)
        if version == "editable":
            pth = Path(tempfile.mkdtemp(prefix="intermission-build-")) / PTH
            pth.write_text(PTH_LINE.format(root=str(root / "generated")), encoding="utf-8")
            build_data["force_include_editable"][str(pth)] = PTH
            return
        build_data["force_include"].update(wheel_contents(root))
