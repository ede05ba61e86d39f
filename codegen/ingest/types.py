"""Docs type notation -> JSON Schema: the one parser every importer uses.

Pages write a field's type in many notations: plain names (``string``, ``int64``,
``Array``), Mintlify's (``enum<string>``, ``array<object>``, ``string<uuid>``,
``file``, ``any``), TypeScript's (``Foo[]``, ``'test' | 'live'``, ``string | null``,
``Record<string, number>``) and Go's (``map[string]string``, ``[]string``, ``int64``).
``parse_type`` returns ``None`` for text it does not read as a type;
``type_schema`` never does (an unknown name is "any").

The values a page writes for such a type (``default="20"``, ``Available options: `a`, `b```,
bullet lists of values) are read here too, so the type and its values agree.
"""

from __future__ import annotations

import json
import re
from typing import Any

Schema = dict[str, Any]

MAX_TYPE_LENGTH = 200
_MAX_NESTING = 8

_NAMES: dict[str, Schema] = {
    "string": {"type": "string"},
    "str": {"type": "string"},
    "text": {"type": "string"},
    "integer": {"type": "integer"},
    "int": {"type": "integer"},
    "long": {"type": "integer", "format": "int64"},
    "int8": {"type": "integer"},
    "int16": {"type": "integer"},
    "int32": {"type": "integer", "format": "int32"},
    "int64": {"type": "integer", "format": "int64"},
    "uint": {"type": "integer", "minimum": 0},
    "uint8": {"type": "integer", "minimum": 0},
    "uint16": {"type": "integer", "minimum": 0},
    "uint32": {"type": "integer", "minimum": 0},
    "uint64": {"type": "integer", "minimum": 0},
    "number": {"type": "number"},
    "float": {"type": "number"},
    "float32": {"type": "number", "format": "float"},
    "float64": {"type": "number", "format": "double"},
    "double": {"type": "number", "format": "double"},
    "decimal": {"type": "number"},
    "boolean": {"type": "boolean"},
    "bool": {"type": "boolean"},
    "object": {"type": "object"},
    "dict": {"type": "object"},
    "map": {"type": "object"},
    "record": {"type": "object"},
    "hash": {"type": "object"},
    "array": {"type": "array", "items": {}},
    "list": {"type": "array", "items": {}},
    "null": {"type": "null"},
    "none": {"type": "null"},
    "file": {"type": "string", "format": "binary"},
    "binary": {"type": "string", "format": "binary"},
    "date": {"type": "string", "format": "date"},
    "datetime": {"type": "string", "format": "date-time"},
    "date-time": {"type": "string", "format": "date-time"},
    "uuid": {"type": "string", "format": "uuid"},
}
_ANY = {"any", "unknown", "json", "mixed", "interface{}"}
_ARRAYS = {"array", "list", "set", "sequence", "slice"}
_MAPS = {"map", "record", "dict", "mapping", "hash"}
_IDENTIFIER = re.compile(r"[A-Za-z_][\w.]*")
_FORMAT = re.compile(r"[\w.:-]+")
_NUMBER = re.compile(r"-?\d{1,30}(?:\.\d{1,30})?")


def parse_type(text: str) -> Schema | None:
    """The schema ``text`` names, or ``None`` when it is not a type in a known notation."""
    return _parse(text.strip(), strict=True, depth=0)


def type_schema(text: str) -> Schema:
    """The schema ``text`` names; a name this parser does not know (``Span``) is any value."""
    parsed = _parse(text.strip(), strict=False, depth=0)
    return {} if parsed is None else parsed


def _parse(text: str, *, strict: bool, depth: int) -> Schema | None:
    if not text or len(text) > MAX_TYPE_LENGTH or depth > _MAX_NESTING:
        return None
    if text.startswith("(") and text.endswith(")") and _balanced(text[1:-1]):
        return _parse(text[1:-1].strip(), strict=strict, depth=depth + 1)
    parts = _split_top(text, "|")
    if len(parts) > 1:
        return _union(parts, strict=strict, depth=depth)
    literal = _literal(text)
    if literal is not None:
        return _enum([literal[0]], literal[1])
    lowered = text.lower()
    if lowered in _ANY:
        return {}
    if lowered in _NAMES:
        return dict(_NAMES[lowered])
    if text.endswith("?"):  # TypeScript's optional marker adds nothing to the type
        return _parse(text[:-1].strip(), strict=strict, depth=depth + 1)
    if text.endswith("[]"):
        return _array(text[:-2].strip(), strict=strict, depth=depth)
    if text.startswith("[]"):  # Go slices
        return _array(text[2:].strip(), strict=strict, depth=depth)
    if text.startswith("*"):  # Go pointers
        return _parse(text[1:].strip(), strict=strict, depth=depth + 1)
    generic = _generic(text)
    if generic is not None:
        return _applied(generic[0].lower(), generic[1], strict=strict, depth=depth)
    if not strict and _IDENTIFIER.fullmatch(text):
        return {}
    return None


def _array(inner: str, *, strict: bool, depth: int) -> Schema | None:
    items = _parse(inner, strict=strict, depth=depth + 1)
    return None if items is None else {"type": "array", "items": items}


def _applied(outer: str, args: list[str], *, strict: bool, depth: int) -> Schema | None:
    """``array<X>``, ``enum<string>``, ``string<uuid>``, ``map[string]X``, ``Record<K, V>``..."""
    if outer in _ARRAYS and len(args) == 1:
        return _array(args[0], strict=strict, depth=depth)
    if outer in _MAPS and len(args) in (1, 2):
        values = _parse(args[-1], strict=strict, depth=depth + 1)
        if values is None:
            return None
        return {"type": "object"} if values == {} else {"type": "object", "additionalProperties": values}
    if outer == "enum" and len(args) == 1:
        return _parse(args[0], strict=strict, depth=depth + 1)
    if outer in ("optional", "nullable") and len(args) == 1:
        inner = _parse(args[0], strict=strict, depth=depth + 1)
        return None if inner is None else _nullable(inner)
    base = _NAMES.get(outer)
    if base is not None and "format" not in base and len(args) == 1 and _FORMAT.fullmatch(args[0]):
        return {**base, "format": args[0]}
    if not strict and _IDENTIFIER.fullmatch(outer):
        return {}
    return None


def _union(parts: list[str], *, strict: bool, depth: int) -> Schema | None:
    literals = [_literal(part) for part in parts]
    nullable = any(part.strip().lower() in ("null", "none", "undefined") for part in parts)
    values = [lit for lit in literals if lit is not None]
    others = [
        p for p, lit in zip(parts, literals, strict=True) if lit is None and p.lower() not in ("null", "none")
    ]
    if values and not others:
        kinds = list(dict.fromkeys(kind for _, kind in values))
        schema = _enum([v for v, _ in values], kinds[0] if len(kinds) == 1 else None)
        return _nullable(schema) if nullable else schema
    schemas: list[Schema] = []
    for part in others:
        if part.strip().lower() == "undefined":
            continue
        parsed = _parse(part.strip(), strict=strict, depth=depth + 1)
        if parsed is None:
            return None
        schemas.append(parsed)
    if values:
        kinds = list(dict.fromkeys(kind for _, kind in values))
        schemas.append(_enum([v for v, _ in values], kinds[0] if len(kinds) == 1 else None))
    if any(s == {} for s in schemas):
        return {}
    if all(set(s) == {"type"} and isinstance(s["type"], str) for s in schemas):
        names = list(dict.fromkeys(s["type"] for s in schemas))
        if nullable and "null" not in names:
            names.append("null")
        return {"type": names[0] if len(names) == 1 else names}
    if len(schemas) == 1:
        return _nullable(schemas[0]) if nullable else schemas[0]
    if nullable:
        schemas.append({"type": "null"})
    return {"anyOf": schemas}


def _nullable(schema: Schema) -> Schema:
    kind = schema.get("type")
    if isinstance(kind, str):
        out = {**schema, "type": [kind, "null"]}
        if "enum" in out and None not in out["enum"]:
            out["enum"] = [*out["enum"], None]
        return out
    return {"anyOf": [schema, {"type": "null"}]}


def _enum(values: list[Any], kind: str | None) -> Schema:
    unique = list(dict.fromkeys(values))
    return {"type": kind, "enum": unique} if kind else {"enum": unique}


def _literal(text: str) -> tuple[Any, str] | None:
    """A TypeScript literal type: ``'test'``, ``"live"``, ``42``, ``true``."""
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"`":
        inner = text[1:-1]
        if text[0] not in inner:
            return inner, "string"
        return None
    if text in ("true", "false"):
        return text == "true", "boolean"
    if _NUMBER.fullmatch(text):
        return (float(text), "number") if "." in text else (int(text), "integer")
    return None


def _generic(text: str) -> tuple[str, list[str]] | None:
    """``Outer<A, B>`` or ``outer[A]B`` (Go maps) or ``Outer[A, B]`` (Python) split into parts."""
    match = re.match(r"([A-Za-z_][\w.]*)\s*([<\[])", text)
    if match is None:
        return None
    opener = match[2]
    closer = ">" if opener == "<" else "]"
    start = match.end()
    end = _matching(text, start - 1, opener, closer)
    if end is None:
        return None
    args = [a.strip() for a in _split_top(text[start:end], ",")]
    rest = text[end + 1 :].strip()
    if rest:
        if opener != "[" or len(args) != 1:  # Go: map[K]V
            return None
        args.append(rest)
    if not all(args):
        return None
    return match[1], args


def _matching(text: str, open_at: int, opener: str, closer: str) -> int | None:
    depth = 0
    for i in range(open_at, len(text)):
        if text[i] == opener:
            depth += 1
        elif text[i] == closer:
            depth -= 1
            if depth == 0:
                return i
    return None


_OPEN = {"<": ">", "[": "]", "(": ")", "{": "}"}
_CLOSE = set(_OPEN.values())


def _split_top(text: str, sep: str) -> list[str]:
    """Split ``text`` at ``sep`` outside brackets and quotes."""
    parts: list[str] = []
    depth = 0
    quote: str | None = None
    start = 0
    for i, char in enumerate(text):
        if quote:
            if char == quote:
                quote = None
        elif char in "'\"`":
            quote = char
        elif char in _OPEN:
            depth += 1
        elif char in _CLOSE:
            depth -= 1
        elif char == sep and depth == 0:
            parts.append(text[start:i].strip())
            start = i + 1
    parts.append(text[start:].strip())
    return parts


def _balanced(text: str) -> bool:
    depth = 0
    for char in text:
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


# --- values written for a type -------------------------------------------------------------------

_OPTIONS = re.compile(
    r"(?:\*\*|__)?(?:Available options|Possible values|Allowed values|One of)\s*:\s*(?:\*\*|__)?[ \t]*",
    re.IGNORECASE,
)
_BULLET_VALUE = re.compile(r"^\s*[-*+]\s+`(?P<value>[^`\n]+)`")
MAX_INTEGER_DIGITS = 100


def enum_options(description: str) -> tuple[list[str], str]:
    """The values listed after ``Available options:`` (inline backticks, or one bullet a line)
    and the description without that list; ``([], description)`` when there is none."""
    match = _OPTIONS.search(description)
    if match is None:
        return [], description
    rest = description[match.end() :]
    first_line, _, after = rest.partition("\n")
    values = re.findall(r"`([^`\n]*)`", first_line)
    end = match.end() + len(first_line)
    if not values and not first_line.strip():
        lines = after.split("\n")
        taken = 0
        for line in lines:
            bullet = _BULLET_VALUE.match(line)
            if bullet is None:
                if line.strip():
                    break
            else:
                values.append(bullet["value"].strip())
            taken += 1
        end = match.end() + len(first_line) + 1 + len("\n".join(lines[:taken]))
    if not values:
        return [], description
    remaining = (description[: match.start()] + description[end:]).strip()
    return values, remaining


def typed_value(text: str, schema: Schema) -> Any:
    """``text`` (written on a page) as a value of the schema's type, when it reads as one."""
    kind = schema.get("type")
    kinds = kind if isinstance(kind, list) else [kind]
    stripped = text.strip()
    if "integer" in kinds and re.fullmatch(rf"-?\d{{1,{MAX_INTEGER_DIGITS}}}", stripped):
        return int(stripped)
    if "number" in kinds and re.fullmatch(r"-?\d{1,30}(\.\d{1,30})?([eE][-+]?\d{1,3})?", stripped):
        number = float(stripped)
        return (
            int(number)
            if number.is_integer() and "." not in stripped and "e" not in stripped.lower()
            else number
        )
    if "boolean" in kinds and stripped.lower() in ("true", "false"):
        return stripped.lower() == "true"
    if "null" in kinds and stripped == "null":
        return None
    if ("object" in kinds or "array" in kinds) and stripped[:1] in ("{", "["):
        try:
            return json.loads(stripped)
        except (ValueError, RecursionError):
            return text
    return text
