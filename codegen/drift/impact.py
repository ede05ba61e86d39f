"""Naming, on each change, the provider and the facade operations it touches."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from codegen.drift.facade_map import facade_operations
from codegen.drift.model import Change


def with_impact(provider: str, changes: Iterable[Change], *id_maps: Mapping[str, str]) -> tuple[Change, ...]:
    """Fill ``facade`` and prefix each message with ``provider: facade ops — ``.

    ``id_maps`` map operation keys (``POST /v1/x``) to operationIds, one per document: a key is looked up
    in both, so a renamed or removed operation still names the facade operation it served.
    """
    out = []
    for change in changes:
        ids = {m[key] for key in change.operations for m in id_maps if key in m}
        facade = facade_operations(provider, ids)
        touched = ", ".join(facade) if facade else "no facade operation"
        message = change.message.replace("<provider>", provider)
        out.append(replace(change, facade=facade, message=f"{provider}: {touched} — {message}"))
    return tuple(out)
