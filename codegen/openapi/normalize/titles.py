"""Schemas whose ``title`` gives the same class name as another schema's.

openapi-python-client names a component schema, and an inline object schema, after its ``title`` when it
has one, so two schemas titled alike (or a title spelling another component's name) become one class
name, and one of them is dropped with every operation that uses it. The component keeps its key as its
title; an inline schema loses its title and is named after where it sits.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from codegen.openapi.normalize.walk import pointer, schemas
from codegen.openapi.notice import Notice

DUPLICATE_TITLE = "duplicate-schema-title"

_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")


def class_name(text: str) -> str:
    """``anchor_proxy``, ``Anchor Proxy`` and ``AnchorProxy`` all give ``AnchorProxy``."""
    return "".join(word[:1].upper() + word[1:].lower() for word in _WORD.findall(text))


def _inline_model(schema: dict[str, Any]) -> bool:
    """An inline schema named by its title: an object (inline enums get their parent's name in front)."""
    return "enum" not in schema and ("properties" in schema or schema.get("type") == "object")


def fix(document: dict[str, Any]) -> Iterator[Notice]:
    components = (document.get("components") or {}).get("schemas") or {}
    keys = {pointer("components", "schemas", key): key for key in components}
    claims: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for location, schema in schemas(document):
        title = schema.get("title")
        key = keys.get(location)
        if key is not None:
            name = class_name(title) if isinstance(title, str) and title else class_name(key)
        elif isinstance(title, str) and title and _inline_model(schema):
            name = class_name(title)
        else:
            continue
        claims.setdefault(name, []).append((location, schema))
    for name, holders in sorted(claims.items()):
        if len(holders) < 2:
            continue
        if all(loc not in keys and schema == holders[0][1] for loc, schema in holders):
            continue  # the same inline schema written twice makes one class
        for location, schema in holders:
            key = keys.get(location)
            if (key is not None and class_name(key) == name) or "title" not in schema:
                continue  # named by its own key: this one keeps the name
            title = schema["title"]
            if key is not None:
                schema["title"] = key
                done = f"its title is now its key {key!r}"
            else:
                del schema["title"]
                done = "its title is removed (it is named after its place)"
            yield Notice(DUPLICATE_TITLE, location, f"title {title!r} names another schema too; {done}")
