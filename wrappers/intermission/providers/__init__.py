"""The provider registry: name -> (module path, class name), imported on first use.

``import intermission`` imports no adapter and no generated client; ``load("agi")`` imports the AGI adapter
and with it ``intermission_agi`` only. ``capabilities()`` asks every adapter for its declared operations
(the README's matrix is generated from it, see ``intermission providers``).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from intermission.errors import ConfigurationError

if TYPE_CHECKING:
    from intermission.providers._base import Adapter

REGISTRY: dict[str, tuple[str, str]] = {
    "anchorbrowser": ("intermission.providers.anchorbrowser", "AnchorBrowser"),
    "agi": ("intermission.providers.agi", "AGI"),
    "codegen": ("intermission.providers.codegen", "Codegen"),
    "browser_use": ("intermission.providers.browser_use", "BrowserUse"),
}

# Other spellings people type.
ALIASES: dict[str, str] = {
    "anchor": "anchorbrowser",
    "anchor_browser": "anchorbrowser",
    "browseruse": "browser_use",
    "agi.tech": "agi",
}

_LOADED: dict[str, type[Adapter]] = {}


def names() -> tuple[str, ...]:
    """The registered providers, in registry order."""
    return tuple(REGISTRY)


def canonical(name: str) -> str:
    """The registry name for ``name`` (case, ``-`` and aliases forgiven), or ``ConfigurationError``."""
    if not isinstance(name, str):
        raise ConfigurationError(f"a provider name must be a string, not {type(name).__name__}")
    key = name.strip().lower().replace("-", "_")
    key = ALIASES.get(key, key)
    if key not in REGISTRY:
        raise ConfigurationError(f"unknown provider {name!r}; known: {', '.join(REGISTRY)}")
    return key


def load(name: str) -> type[Adapter]:
    """The adapter class for ``name``, importing it (and its generated client) on first use."""
    key = canonical(name)
    adapter = _LOADED.get(key)
    if adapter is None:
        module_path, class_name = REGISTRY[key]
        adapter = getattr(importlib.import_module(module_path), class_name)
        _LOADED[key] = adapter
    return adapter


def capabilities() -> dict[str, dict[str, bool]]:
    """``{provider: {"pause": bool, "resume": bool, "status": bool, "stop": bool}}`` from the adapters."""
    return {name: load(name).capabilities() for name in REGISTRY}


__all__ = ["ALIASES", "REGISTRY", "canonical", "capabilities", "load", "names"]
