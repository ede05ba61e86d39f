"""``pattern`` regexes written for JavaScript or Go that Python's ``re`` rejects or reads otherwise.

Each is rewritten into the Python spelling of the same expression where one exists (named groups,
``\\z``, ``\\x{...}``/``\\u{...}`` escapes, POSIX classes, common Unicode properties); a pattern with no
Python equivalent is removed, so the generated models validate less rather than fail to import.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from typing import Any

from codegen.openapi.normalize.walk import schemas
from codegen.openapi.notice import Notice

PATTERN = "python-incompatible-pattern"

_POSIX = {
    "alpha": "a-zA-Z",
    "digit": "0-9",
    "alnum": "a-zA-Z0-9",
    "upper": "A-Z",
    "lower": "a-z",
    "space": r"\s",
    "xdigit": "0-9A-Fa-f",
    "word": r"\w",
    "punct": r"!-/:-@\[-`{-~",
}
_PROPERTIES = {"L": r"^\W\d_", "Letter": r"^\W\d_", "N": r"\d", "Nd": r"\d", "Digit": r"\d"}
_REWRITES: tuple[tuple[re.Pattern[str], Any], ...] = (
    (re.compile(r"\(\?<(?=[A-Za-z_])"), "(?P<"),  # (?<name>...) -> (?P<name>...), lookbehinds untouched
    (re.compile(r"\\k<([A-Za-z_]\w*)>"), r"(?P=\1)"),
    (re.compile(r"\\z"), r"\\Z"),
    (re.compile(r"\\[xu]\{([0-9A-Fa-f]{1,8})\}"), lambda m: f"\\U{int(m[1], 16):08x}"),
    (re.compile(r"\[:(\w+):\]"), lambda m: _POSIX.get(m[1], m[0])),
)
_PROPERTY = re.compile(r"(\[?)\\([pP])\{(\w+)\}(\]?)")


def compiles(pattern: str) -> bool:
    """Whether Python compiles ``pattern`` without an error or a warning about its meaning."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            re.compile(pattern)
    except (re.error, FutureWarning, DeprecationWarning, RecursionError, OverflowError):
        return False
    return True


def _property(match: re.Match[str]) -> str:
    opening, kind, name, closing = match.groups()
    chars = _PROPERTIES.get(name)
    if chars is None:
        return match[0]
    if bool(opening) != bool(closing):
        return match[0]  # one member of a larger class: no safe rewrite
    negated = (kind == "P") != chars.startswith("^")
    return f"[{'^' if negated else ''}{chars.lstrip('^')}]"


def translate(pattern: str) -> str | None:
    """The Python spelling of a JavaScript/Go ``pattern``, or None when there is none."""
    out = _PROPERTY.sub(_property, pattern)
    for finder, replacement in _REWRITES:
        out = finder.sub(replacement, out)
    return out if compiles(out) else None


def fix(document: dict[str, Any]) -> Iterator[Notice]:
    for location, schema in schemas(document):
        pattern = schema.get("pattern")
        if not isinstance(pattern, str) or compiles(pattern):
            continue
        python = translate(pattern)
        if python is None:
            del schema["pattern"]
            yield Notice(PATTERN, location, f"removed pattern {pattern!r}: Python's re cannot express it")
        else:
            schema["pattern"] = python
            yield Notice(PATTERN, location, f"pattern {pattern!r} rewritten for Python as {python!r}")
