"""``generation.lock.json``: what a provider's generated output was made from.

Computing a lock reads and hashes files only, so that a run with nothing to do stays fast: this
module must not import the generators, pydantic or the OpenAPI validator.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from importlib import metadata
from pathlib import Path
from typing import Any

from codegen.paths import LOCK_FILE
from codegen.providers import MANIFEST, Provider

# The generators and the formatter, by distribution name. A drift report reads these keys to tell a
# generator upgrade from a vendor change: keep them.
TOOLS = ("openapi-python-client", "datamodel-code-generator", "ruff")
PIPELINE_KEY = "pipeline"
CODEGEN_DIR = Path(__file__).resolve().parent.parent
_PIPELINE_SUFFIXES = (".py", ".toml")
# Parts of codegen/ that do not shape generated/ (reports, downloads, the command lines); editing them
# regenerates nothing.
_NOT_PIPELINE = frozenset({"drift", "refresh", "cli.py", "cli_types.py", "__main__.py"})
# Manifest keys that record how a page was downloaded, not what it says.
_DOWNLOAD_KEYS = re.compile(r"^\s*(etag|last_modified)\s*:.*$\n?", re.M)


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sha256_input(path: Path) -> str:
    """The digest of an input; a manifest's ETag/Last-Modified lines do not count."""
    if path.name != MANIFEST:
        return sha256_file(path)
    text = _DOWNLOAD_KEYS.sub("", path.read_text(encoding="utf-8"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@functools.cache
def pipeline_hash(root: Path = CODEGEN_DIR) -> str:
    """One digest over the source of ``codegen/``: a change of our own pipeline regenerates too."""
    digest = hashlib.sha256()
    files = sorted(
        p
        for p in root.rglob("*")
        if p.suffix in _PIPELINE_SUFFIXES
        and p.is_file()
        and "__pycache__" not in p.parts
        and _NOT_PIPELINE.isdisjoint(p.relative_to(root).parts)
    )
    for path in files:
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


@functools.cache
def tool_versions() -> dict[str, str]:
    versions = {name: metadata.version(name) for name in TOOLS}
    versions[PIPELINE_KEY] = pipeline_hash()
    return versions


def input_key(provider: Provider, path: Path) -> str:
    """``specs/<provider>/<file>``: the same on every machine and in every checkout."""
    return path.relative_to(provider.directory.parent.parent).as_posix()


def compute_lock(provider: Provider) -> dict[str, Any]:
    return {
        "provider": provider.name,
        "tools": tool_versions(),
        "inputs": {input_key(provider, p): sha256_input(p) for p in provider.input_paths()},
    }


def render_lock(lock: dict[str, Any]) -> str:
    return json.dumps(lock, indent=2, sort_keys=True) + "\n"


def read_lock(directory: Path) -> dict[str, Any] | None:
    """The lock of an existing output folder, or None when it is missing or unreadable."""
    try:
        data = json.loads((directory / LOCK_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None
