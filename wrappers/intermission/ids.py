"""Id checks, done before any request.

The generated clients interpolate ids into paths with ``quote(str(id), safe="")``, which leaves ``.`` alone:
an id of ``..`` becomes ``/v1/sessions/../pause`` and httpx normalises that to ``/v1/pause``, a different
endpoint. Like Stainless' ``_utils/_path.py`` we refuse such ids instead of hoping the server does, and
refuse the same forms after percent-decoding (``%2e%2e``, ``%2F``), where a proxy might decode them.

Ids are printable ASCII: Unicode format characters (bidi overrides, zero-width spaces) would reorder or hide
text in terminals and logs, and lookalike letters (Cyrillic ``а`` for Latin ``a``) would name another id than
the one a reader sees. A refused id is kept in the error with every non-ASCII character escaped.
"""

from __future__ import annotations

import re
import uuid
from enum import StrEnum
from typing import Any
from urllib.parse import unquote

from intermission.errors import InvalidId

MAX_ID_LENGTH = 256
_FORBIDDEN = re.compile(r"[/?#\\]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_INTEGER = re.compile(r"[0-9]{1,19}")
# 8-4-4-4-12 hex digits, either case: a UUID as text (also what the fakes accept for format: uuid).
UUID_TEXT = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
# Ids that need none of the checks below: no '%', '/', '?', '#', '\\', space or control character, and
# not starting with '.' (so not a dot segment). Most real ids look like this.
_PLAIN = re.compile(rf"[A-Za-z0-9_~:-][A-Za-z0-9._~:-]{{0,{MAX_ID_LENGTH - 1}}}")


class IdKind(StrEnum):
    """What a provider's ids look like."""

    TEXT = "text"  # any string that is safe in a path segment or query value
    UUID = "uuid"  # Anchor Browser session ids
    INTEGER = "integer"  # Codegen agent run ids


def _problem(value: str) -> str | None:
    if not value:
        return "is empty"
    if len(value) > MAX_ID_LENGTH:
        return f"is longer than {MAX_ID_LENGTH} characters"
    # Decode repeatedly: %252e%252e -> %2e%2e -> .. (bounded; each round shortens the text).
    forms = [value]
    for _ in range(3):
        decoded = unquote(forms[-1])
        if decoded == forms[-1]:
            break
        forms.append(decoded)
    for form in forms:
        if form.strip() in (".", ".."):
            return "is a dot segment ('.' or '..')"
        if _FORBIDDEN.search(form):
            return "contains '/', '?', '#' or '\\'"
        if _CONTROL.search(form):
            return "contains control characters"
        if not form.isascii():
            return "contains non-ASCII characters (format characters and lookalike letters are refused)"
    if value != value.strip():
        return "has leading or trailing whitespace"
    return None


def check_id(
    value: object, kind: IdKind = IdKind.TEXT, *, provider: str | None = None, operation: str | None = None
) -> str:
    """Return the id as a string, or raise ``InvalidId`` (a ``RequestInvalid``) before any request."""
    if isinstance(value, bool) or not isinstance(value, str | int | uuid.UUID):
        raise InvalidId(
            f"an id must be a string, not {type(value).__name__}", provider=provider, operation=operation
        )
    text = value if type(value) is str else str(value)
    plain = _PLAIN.fullmatch(text) is not None
    if plain and (kind is IdKind.TEXT or (kind is IdKind.UUID and UUID_TEXT.fullmatch(text))):
        return text  # the common case, decided by a regex or two
    shown = text[:MAX_ID_LENGTH].encode("ascii", "backslashreplace").decode("ascii")
    context: dict[str, Any] = {"provider": provider, "operation": operation, "id": shown}
    problem = None if plain else _problem(text)
    if problem:
        raise InvalidId(f"refused id: it {problem}", **context)
    if kind is IdKind.UUID:
        try:
            parsed = uuid.UUID(text)
        except ValueError:
            raise InvalidId("refused id: it is not a UUID", **context) from None
        if str(parsed) != text.lower():
            raise InvalidId("refused id: it is not a UUID in 8-4-4-4-12 form", **context)
        return text
    if kind is IdKind.INTEGER and not _INTEGER.fullmatch(text):
        raise InvalidId("refused id: it is not a non-negative integer", **context)
    return text
