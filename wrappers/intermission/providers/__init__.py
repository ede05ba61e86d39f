"""The provider registry: every adapter module of this package is a provider, imported on first use.

A provider is ``specs/<name>/provider.yaml`` plus ``providers/<name>.py``; nothing lists them by hand.
``names()`` lists the adapter modules (no import), ``canonical()`` forgives case, ``-`` and the manifests'
``aliases``, ``load("agi")`` imports the AGI adapter and with it ``intermission_agi`` only, and
``capabilities()`` asks every adapter for its declared operations (the README's matrix is generated from it,
see ``intermission providers``). ``import intermission`` imports no adapter and no generated client.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import TYPE_CHECKING

from intermission.errors import ConfigurationError
from intermission.providers import _manifest

if TYPE_CHECKING:
    from intermission.providers._base import Adapter

    # Computed on first use by __getattr__ below (they read the manifests).
    ALIASES: dict[str, str]
    REGISTRY: dict[str, str]

_LOADED: dict[str, type[Adapter]] = {}
_NAMES: tuple[str, ...] = ()
_ALIASES: dict[str, str] = {}


def names() -> tuple[str, ...]:
    """The providers, sorted: one per adapter module (modules starting with ``_`` are helpers)."""
    global _NAMES
    if not _NAMES:
        found = (m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_"))
        _NAMES = tuple(sorted(found))
    return _NAMES


def aliases() -> dict[str, str]:
    """Other spellings people type -> provider, from each manifest's ``aliases``."""
    if not _ALIASES:
        for name in names():
            for alias in _manifest.load(name).aliases:
                key = _normal(alias)
                if _ALIASES.get(key, name) != name or key in names():
                    raise ConfigurationError(f"the alias {alias!r} of {name} names another provider")
                _ALIASES[key] = name
    return dict(_ALIASES)


def _normal(name: str) -> str:
    return name.strip().lower().replace("-", "_")


def canonical(name: str) -> str:
    """The registry name for ``name`` (case, ``-`` and aliases forgiven), or ``ConfigurationError``."""
    if not isinstance(name, str):
        raise ConfigurationError(f"a provider name must be a string, not {type(name).__name__}")
    key = _normal(name)
    if key in names():
        return key
    found = aliases().get(key)
    if found is None:
        raise ConfigurationError(f"unknown provider {name!r}; known: {', '.join(names())}")
    return found


def load(name: str) -> type[Adapter]:
    """The adapter class for ``name``, importing it (and its generated client) on first use."""
    from intermission.providers._base import Adapter

    key = canonical(name)
    adapter = _LOADED.get(key)
    if adapter is None:
        module = importlib.import_module(f"{__name__}.{key}")
        found = [
            value
            for value in vars(module).values()
            if isinstance(value, type) and issubclass(value, Adapter) and value.__module__ == module.__name__
        ]
        if len(found) != 1:
            raise ConfigurationError(f"{module.__name__} must define one Adapter subclass, not {len(found)}")
        adapter = _LOADED[key] = found[0]
    return adapter


def capabilities() -> dict[str, dict[str, bool]]:
    """``{provider: {"pause": bool, ..., "list": bool}}`` (one key per ``Operation``) from the adapters."""
    return {name: load(name).capabilities() for name in names()}


def legacy() -> dict[str, dict[str, str]]:
    """``{provider: {operation: what changed}}`` for operations kept through a retired API version."""
    found = {name: {op.value: note for op, note in load(name).legacy.items()} for name in names()}
    return {name: notes for name, notes in found.items() if notes}


def __getattr__(attribute: str) -> object:
    # ALIASES and REGISTRY as read-only views, computed on first use (they read the manifests).
    if attribute == "ALIASES":
        return aliases()
    if attribute == "REGISTRY":
        return {name: f"{__name__}.{name}" for name in names()}
    raise AttributeError(f"module {__name__!r} has no attribute {attribute!r}")


__all__ = ["ALIASES", "REGISTRY", "aliases", "canonical", "capabilities", "legacy", "load", "names"]
