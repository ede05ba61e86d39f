"""Naming, on each change, the provider and the facade operations it touches."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from codegen.drift.facade import Facade
from codegen.drift.model import Change


def with_impact(provider: str, changes: Iterable[Change], facade: Facade) -> tuple[Change, ...]:
    """Fill ``facade`` and prefix each message with ``provider: facade ops — ``."""
    out = []
    for change in changes:
        touched = facade.operations(change.operations)
        shown = ", ".join(touched) if touched else "no facade operation"
        message = change.message.replace("<provider>", provider)
        out.append(replace(change, facade=touched, message=f"{provider}: {shown} — {message}"))
    return tuple(out)
