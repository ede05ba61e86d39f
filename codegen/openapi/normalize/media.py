"""Response media types openapi-python-client cannot read, mapped to ``application/octet-stream``.

It reads JSON (``application/json``, ``*+json``), text (``text/*``) and ``application/octet-stream``; a
response with none of these is left out of the client (an ``image/png`` screenshot, a ``video/mp4``
recording, an ``application/pdf``), so the caller could not get the bytes. As ``application/octet-stream``
the function returns them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from codegen.openapi.normalize.walk import media_types, operations, pointer
from codegen.openapi.notice import Notice

BINARY_RESPONSE = "binary-response-media-type"
SEVERAL_REQUEST_MEDIA_TYPES = "several-request-media-types"
OCTET_STREAM = "application/octet-stream"
_BINARY_SCHEMA = {"type": "string", "format": "binary"}


def readable(media: str) -> bool:
    """Whether openapi-python-client can read a response of this media type."""
    essence = media.split(";", 1)[0].strip().lower()
    return (
        essence in ("application/json", OCTET_STREAM)
        or essence.endswith("+json")
        or essence.startswith("text/")
    )


def fix(document: dict[str, Any]) -> Iterator[Notice]:
    for location, content in media_types(document):
        if "/responses/" not in location or not content or any(readable(m) for m in content):
            continue
        unread = sorted(content)
        content.clear()
        content[OCTET_STREAM] = {"schema": dict(_BINARY_SCHEMA)}
        shown = ", ".join(unread)
        yield Notice(BINARY_RESPONSE, location, f"{shown} returned as {OCTET_STREAM} (bytes)")


def _request_bodies(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for name, body in ((document.get("components") or {}).get("requestBodies") or {}).items():
        if isinstance(body, dict):
            yield pointer("components", "requestBodies", name), body
    for path, method, operation in operations(document):
        body = operation.get("requestBody")
        if isinstance(body, dict):
            yield pointer("paths", path, method, "requestBody"), body


def fix_request_bodies(document: dict[str, Any]) -> Iterator[Notice]:
    """A required request body offered in several media types keeps its JSON one.

    For such an operation openapi-python-client writes a ``body`` union its module cannot import
    (``Unset`` undefined), so the whole client would not import; the forms dropped are reported.
    """
    for location, body in _request_bodies(document):
        content = body.get("content")
        if body.get("required") is not True or not isinstance(content, dict) or len(content) < 2:
            continue
        json_types = sorted(m for m in content if m.split(";", 1)[0].strip().lower() == "application/json")
        if not json_types:
            continue
        dropped = sorted(m for m in content if m != json_types[0])
        for media in dropped:
            del content[media]
        message = f"kept {json_types[0]}; dropped {', '.join(dropped)} (one media type per required body)"
        yield Notice(SEVERAL_REQUEST_MEDIA_TYPES, location, message)
