"""Response media types openapi-python-client cannot read, mapped to ``application/octet-stream``.

It reads JSON (``application/json``, ``*+json``), text (``text/*``) and ``application/octet-stream``; a
response with none of these is left out of the client (an ``image/png`` screenshot, a ``video/mp4``
recording, an ``application/pdf``), so the caller could not get the bytes. As ``application/octet-stream``
the function returns them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from codegen.openapi.normalize.walk import media_types
from codegen.openapi.notice import Notice

BINARY_RESPONSE = "binary-response-media-type"
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
