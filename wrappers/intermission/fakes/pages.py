"""Pages of a listing: how the vendors' list routes cut and filter them, where an answer keeps its items,
and what the listing faults do to such a page.

A vendor module declares one ``PageShape`` per list route (``Wire.listings``); the faults of ``fakes.faults``
that spoil a page (items of the wrong shape, an item with a malformed id) use it to find the items.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from intermission.fakes.state import Resource

T = TypeVar("T")


def numbered(items: Sequence[T], number: int, size: int) -> list[T]:
    """Page ``number`` (from 1) of ``size`` items; past the end, none."""
    return list(items[(number - 1) * size : number * size])


def page_count(total: int, size: int) -> int:
    return -(-total // size)


def created_within(resource: Resource, low: datetime | None, high: datetime | None) -> bool:
    """Whether the resource was created in [low, high] (an open end: None)."""
    created = datetime.fromisoformat(resource.created_at)
    return (low is None or created >= low) and (high is None or created <= high)


@dataclass(frozen=True)
class PageShape:
    """Where a list route's answer keeps its items. ``items``: the keys leading from the body to its list
    of items (() when the body is the list); ``id``: the field of an item that holds its id."""

    items: tuple[str, ...]
    id: str


def _items(body: Any, shape: PageShape) -> tuple[Any, str | None, list[Any]] | None:
    """(the object holding the items, their key, the items); (None, None, items) when the body is them."""
    parent: Any = None
    key: str | None = None
    node = body
    for step in shape.items:
        if not isinstance(node, dict) or step not in node:
            return None
        parent, key, node = node, step, node[step]
    return (parent, key, node) if isinstance(node, list) else None


def misshaped(body: bytes, shape: PageShape) -> bytes:
    """The page with its items as an object keyed by position ({"0": item, ...}) instead of a list."""
    data = json.loads(body)
    found = _items(data, shape)
    if found is None:
        return body
    parent, key, items = found
    keyed = {str(i): item for i, item in enumerate(items)}
    if parent is None:
        return json.dumps(keyed).encode()
    parent[key] = keyed
    return json.dumps(data).encode()


def with_bad_id(body: bytes, shape: PageShape, bad_id: str) -> bytes:
    """The page with ``bad_id`` as the id of its first item (an empty page unchanged)."""
    data = json.loads(body)
    found = _items(data, shape)
    if found is None or not found[2] or not isinstance(found[2][0], dict):
        return body
    found[2][0][shape.id] = bad_id
    return json.dumps(data).encode()
