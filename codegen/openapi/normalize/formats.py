"""``format`` values the generators do not know (``uint64``, ``int``...).

datamodel-code-generator warns about each and falls back to the plain type, and the build treats a
generator warning as a failure. The unsigned integer formats become the bounds they mean; any other
unknown format is removed (it only ever narrowed the plain type, which stays).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from codegen.openapi.normalize.walk import schemas
from codegen.openapi.notice import Notice

UNKNOWN_FORMAT = "unknown-format"

# The OpenAPI format registry's formats the generators read, per type.
KNOWN: dict[str, frozenset[str]] = {
    "integer": frozenset({"int32", "int64", "date-time", "unix-time", "unixtime"}),
    "number": frozenset({"float", "double", "decimal", "date-time", "time", "time-delta", "unixtime"}),
    "string": frozenset(
        {
            "binary", "byte", "date", "date-time", "date-time-local", "decimal", "duration", "email",
            "hostname", "idn-email", "idn-hostname", "integer", "ipv4", "ipv4-network", "ipv6",
            "ipv6-network", "iri", "iri-reference", "json-pointer", "password", "path", "regex",
            "relative-json-pointer", "time", "time-local", "ulid", "unixtime", "uri", "uri-reference",
            "uri-template", "uuid", "uuid1", "uuid2", "uuid3", "uuid4", "uuid5",
        }
    ),
}  # fmt: skip
_UNSIGNED = re.compile(r"^uint(8|16|32|64)?$")


def _types(schema: dict[str, Any]) -> list[str]:
    kind = schema.get("type")
    if isinstance(kind, str):
        return [kind]
    return [k for k in kind if isinstance(k, str)] if isinstance(kind, list) else []


def fix(document: dict[str, Any]) -> Iterator[Notice]:
    for location, schema in schemas(document):
        fmt = schema.get("format")
        types = [t for t in _types(schema) if t in KNOWN]
        if not isinstance(fmt, str) or not types or all(fmt in KNOWN[t] for t in types):
            continue
        del schema["format"]
        unsigned = _UNSIGNED.match(fmt)
        if unsigned and types == ["integer"]:
            bits = int(unsigned[1] or 64)
            schema.setdefault("minimum", 0)
            if bits < 64:
                schema.setdefault("maximum", 2**bits - 1)
            done = f"format {fmt!r} written as bounds" + ("" if bits < 64 else " (minimum 0)")
        else:
            done = f"removed format {fmt!r}: no generator knows it for {'/'.join(types)}"
        yield Notice(UNKNOWN_FORMAT, location, done)
