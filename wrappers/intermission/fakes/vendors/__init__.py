"""The wire of each vendor: its stateful routes, bodies, error shapes and lifecycle. One ``WIRE`` per module.

``fakes/vendors/<provider>.py`` is the fake's table of differences for one provider: the lifecycle of its
resources, the handlers of the operations that read or change them, and its error shapes. Every other
operation of the document is served from the document alone (see ``fakes.generic``); auth comes from the
provider's manifest.
"""

from __future__ import annotations

import hmac
import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from intermission.fakes.pages import PageShape
from intermission.fakes.spec import ErrorDetail
from intermission.fakes.state import Account, Lifecycle, Store


@dataclass(frozen=True)
class RawBody:
    """A body that is not JSON (an image, a PDF, text), sent as is."""

    media_type: str
    data: bytes


# A reply with no body at all (204, 304, or a response the document gives no content).
NO_BODY: Any = object()


@dataclass(frozen=True)
class Reply:
    status: int
    body: Any  # JSON-able, a RawBody, or NO_BODY
    headers: Mapping[str, str] = field(default_factory=dict)
    # A refusal before any handler ran (no key, invalid request): the vendor answers those on every route,
    # documented or not, so an undocumented status here is not a bug of the fake.
    refusal: bool = False


@dataclass(frozen=True)
class HandlerInput:
    """What a handler gets: validated path and query values, the validated body, the state."""

    store: Store
    account: Account
    params: Mapping[str, Any]
    body: Any


Handler = Callable[[HandlerInput], Reply]


def authorized(headers: Mapping[str, str], header: str, prefix: str, key: str) -> bool:
    """Whether ``headers`` carry ``key`` the way the manifest's auth says (a Bearer scheme in any case)."""
    sent = headers.get(header.lower(), "")
    if prefix:
        scheme, _, token = sent.partition(" ")
        if scheme.lower() != prefix.strip().lower():
            return False
        sent = token.strip()
    return hmac.compare_digest(sent.encode(), key.encode())


@dataclass(frozen=True)
class Wire:
    lifecycle: Lifecycle
    unauthorized: str  # the message of the vendor's 401
    error: Callable[[int, str], Reply]  # the vendor's error body for any status
    invalid: Callable[[list[ErrorDetail]], Reply]  # bad path, query or body
    routes: Mapping[str, Handler]  # "POST /v1/sessions/{session_id}/pause" -> handler (stateful ones only)
    # Answers to requests the document has no operation for (404, 405) are checked against this schema.
    error_schema: str
    # The list routes among ``routes``, and where each one's answer keeps its items (for the page faults).
    listings: Mapping[str, PageShape] = field(default_factory=dict)
    # Operations of the document the vendor has taken down: what ``FakeVendors.remove_endpoints`` removes.
    retired: tuple[str, ...] = ()


def wire_for(provider: str) -> Wire:
    module = importlib.import_module(f"intermission.fakes.vendors.{provider}")
    wire: Wire = module.WIRE
    return wire


def fastapi_validation_error(errors: list[ErrorDetail]) -> Reply:
    return Reply(422, {"detail": errors})
