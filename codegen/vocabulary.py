"""The OpenAPI terms every stage of the pipeline shares (ingest, openapi, generate, drift)."""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

# The keys of a path item that are operations, in the order OpenAPI lists them.
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# A partial OpenAPI 3.1 document: what an importer makes of one page, before the merge.
Fragment = dict[str, Any]


def reason_phrase(status: int) -> str | None:
    """The registered reason phrase of an HTTP status (``404`` -> ``"Not Found"``); ``None`` for 520 and
    other unregistered codes."""
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return None
