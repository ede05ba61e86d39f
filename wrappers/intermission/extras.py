"""Optional parts of intermission that need an extra: import them, or say which extra to install."""

from __future__ import annotations

import importlib
from types import ModuleType


class MissingExtra(ImportError):
    """An optional part was used without its extra (``pip install 'intermission[fakes]'``)."""

    def __init__(self, extra: str, module: str, needed_by: str) -> None:
        super().__init__(
            f"{needed_by} needs the {extra} extra: pip install 'intermission[{extra}]'"
            f" (no module named {module!r})",
            name=module,
        )
        self.extra = extra


def import_extra(module: str, *, extra: str, needed_by: str) -> ModuleType:
    """``import module``; a third-party module missing underneath becomes ``MissingExtra``.

    A missing ``intermission*`` module is a bug of ours, not a missing extra, and is raised as it is.
    """
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if not exc.name or exc.name.partition(".")[0].startswith("intermission"):
            raise
        raise MissingExtra(extra, exc.name, needed_by) from exc
