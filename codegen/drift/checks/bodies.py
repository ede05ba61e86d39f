"""Bodies: a request body added, removed or made required/optional, and media types added or removed on
both sides; each media type's schema goes to the schema checks as a ``request-body``/``response-body``
position."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from codegen.drift.checks.position import Position, Side
from codegen.drift.documents import mapping
from codegen.drift.model import Rule

if TYPE_CHECKING:
    from codegen.drift.rules import OperationPair

JSON = "application/json"

REQUEST_BODY_ADDED_REQUIRED = Rule(
    "request-body-added-required", "breaking", "request", "required request body added"
)
REQUEST_BODY_ADDED_OPTIONAL = Rule(
    "request-body-added-optional", "info", "request", "optional request body added"
)
REQUEST_BODY_REMOVED = Rule(
    "request-body-removed",
    "breaking",
    "request",
    "request body removed",
    "the generated function loses the argument; callers passing it fail",
)
REQUEST_BODY_BECAME_REQUIRED = Rule(
    "request-body-became-required", "breaking", "request", "request body made required"
)
REQUEST_BODY_BECAME_OPTIONAL = Rule(
    "request-body-became-optional", "info", "request", "request body made optional"
)
REQUEST_BODY_MEDIA_TYPE_REMOVED = Rule(
    "request-body-media-type-removed", "breaking", "request", "request media type removed"
)
REQUEST_BODY_MEDIA_TYPE_ADDED = Rule(
    "request-body-media-type-added", "info", "request", "request media type added"
)
RESPONSE_MEDIATYPE_REMOVED = Rule(
    "response-mediatype-removed", "breaking", "response", "response media type removed"
)
RESPONSE_MEDIATYPE_ADDED = Rule(
    "response-mediatype-added",
    "warning",
    "response",
    "response media type added",
    "the generated client parses only the media types it was generated for",
)


def request(op: OperationPair) -> None:
    old_raw, new_raw = op.old_op.node.get("requestBody"), op.new_op.node.get("requestBody")
    if old_raw is None and new_raw is None:
        return
    base = f"{op.key} request body"
    old_body, new_body = op.old.deref(old_raw)[0], op.new.deref(new_raw)[0]
    if old_raw is None:
        required = new_body.get("required") is True
        op.add(REQUEST_BODY_ADDED_REQUIRED if required else REQUEST_BODY_ADDED_OPTIONAL, base)
        return
    if new_raw is None:
        op.add(REQUEST_BODY_REMOVED, base)
        return
    was, now = old_body.get("required") is True, new_body.get("required") is True
    if was != now:
        op.add(REQUEST_BODY_BECAME_REQUIRED if now else REQUEST_BODY_BECAME_OPTIONAL, base)
    content(op, "request", base, old_body, new_body)


def content(op: OperationPair, side: Side, base: str, old: dict[str, Any], new: dict[str, Any]) -> None:
    old_content, new_content = mapping(old.get("content")), mapping(new.get("content"))
    removed, added = (
        (REQUEST_BODY_MEDIA_TYPE_REMOVED, REQUEST_BODY_MEDIA_TYPE_ADDED)
        if side == "request"
        else (RESPONSE_MEDIATYPE_REMOVED, RESPONSE_MEDIATYPE_ADDED)
    )
    for media in sorted(old_content.keys() - new_content.keys()):
        op.add(removed, base, media)
    for media in sorted(new_content.keys() - old_content.keys()):
        op.add(added, base, media)
    position: Position = "request-body" if side == "request" else "response-body"
    for media in sorted(old_content.keys() & new_content.keys()):
        where = base if media == JSON else f"{base} ({media})"
        old_schema = mapping(old_content[media]).get("schema")
        new_schema = mapping(new_content[media]).get("schema")
        op.schemas(side, position, where, old_schema, new_schema)
