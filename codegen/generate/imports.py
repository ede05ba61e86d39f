"""Every relative import in a generated package names a module that exists.

openapi-python-client drops a schema it cannot read ("Failure to process schema has resulted in the
removal of ...") but still writes the imports of the models that use it: the package then fails on
import. Reading the import lines finds that in milliseconds, without importing anything.
"""

from __future__ import annotations

import re
from pathlib import Path

_RELATIVE_IMPORT = re.compile(r"^[ \t]*from[ \t]+(\.+)([\w.]*)[ \t]+import\b", re.M)


def _exists(base: Path, dotted: str) -> bool:
    target = base.joinpath(*dotted.split(".")) if dotted else base
    return target.with_suffix(".py").is_file() or (target / "__init__.py").is_file()


def dangling_imports(package: Path) -> list[str]:
    """``file: from X import`` for each relative import whose module is not in ``package``."""
    found: list[str] = []
    for path in sorted(package.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for match in _RELATIVE_IMPORT.finditer(text):
            dots, dotted = match.groups()
            base = path.parent
            for _ in range(len(dots) - 1):
                base = base.parent
            if not base.is_relative_to(package.parent) or not _exists(base, dotted):
                where = path.relative_to(package.parent).as_posix()
                found.append(f"{where}: from {dots}{dotted} import ... names no module")
    return list(dict.fromkeys(found))
