"""OpenAPI Overlay 1.0: our additions and corrections, applied to a vendor document.

Targets are RFC 9535 JSONPath expressions, evaluated by ``jsonpath_rfc9535``.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import jsonpath_rfc9535 as jsonpath

from codegen.errors import SpecError
from codegen.yamlio import load_yaml


def load_overlay(path: Path, provider: str) -> dict[str, Any]:
    data = load_yaml(path.read_text(encoding="utf-8"), path)
    if not isinstance(data, dict) or str(data.get("overlay", "")) != "1.0.0":
        raise SpecError(provider, f"{path}: not an OpenAPI Overlay 1.0.0 document ('overlay: 1.0.0')")
    actions = data.get("actions")
    if not isinstance(actions, list) or not actions:
        raise SpecError(provider, f"{path}: 'actions' must be a non-empty list")
    for index, action in enumerate(actions):
        if not isinstance(action, dict) or not isinstance(action.get("target"), str):
            raise SpecError(provider, f"{path}: action {index + 1} needs a 'target' JSONPath")
        if ("update" in action) == (action.get("remove") is True):
            raise SpecError(
                provider, f"{path}: action {index + 1} needs exactly one of 'update' or 'remove: true'"
            )
        if not action.get("description"):
            raise SpecError(provider, f"{path}: action {index + 1} needs a 'description' naming its source")
    return data


def apply_overlay(document: dict[str, Any], overlay: dict[str, Any], provider: str) -> dict[str, Any]:
    """Return a new document with every action applied in order.

    An action whose target matches nothing is an error: the vendor page it
    corrected has changed, and a silent no-op would hide that drift.
    """
    result = copy.deepcopy(document)
    for index, action in enumerate(overlay["actions"]):
        target = action["target"]
        try:
            nodes = jsonpath.find(target, result)
        except jsonpath.JSONPathError as exc:
            raise SpecError(provider, f"overlay action {index + 1}: bad JSONPath {target!r}: {exc}") from None
        if not nodes:
            raise SpecError(
                provider,
                f"overlay action {index + 1} ({action['description']}): target {target!r} matches nothing",
            )
        if action.get("remove") is True:
            # Remove deepest/last first so earlier locations stay valid.
            for location in sorted((node.location for node in nodes), key=_sort_key, reverse=True):
                _remove(result, location, provider, index)
        else:
            for node in nodes:
                _update(node.value, action["update"], provider, index)
    return result


def _sort_key(location: tuple[str | int, ...]) -> tuple[tuple[int, str | int], ...]:
    return tuple((0, p) if isinstance(p, int) else (1, p) for p in location)


def _remove(root: Any, location: tuple[str | int, ...], provider: str, index: int) -> None:
    if not location:
        raise SpecError(provider, f"overlay action {index + 1}: cannot remove the document root")
    parent = root
    for part in location[:-1]:
        parent = parent[part]
    del parent[location[-1]]


def _update(node: Any, update: Any, provider: str, index: int) -> None:
    if isinstance(node, list):
        node.append(copy.deepcopy(update))
    elif isinstance(node, dict) and isinstance(update, dict):
        _merge(node, update)
    else:
        raise SpecError(
            provider, f"overlay action {index + 1}: 'update' must be a mapping for an object target"
        )


def _merge(into: dict[str, Any], update: dict[str, Any]) -> None:
    for key, value in update.items():
        current = into.get(key)
        if isinstance(current, dict) and isinstance(value, dict):
            _merge(current, value)
        elif isinstance(current, list) and isinstance(value, list):
            current.extend(copy.deepcopy(value))
        else:
            into[key] = copy.deepcopy(value)
