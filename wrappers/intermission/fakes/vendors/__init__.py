"""The wire of each vendor: routes, auth, bodies, error shapes. One module per vendor, one ``WIRE`` each."""

from __future__ import annotations

import hmac
import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from intermission.fakes.spec import ErrorDetail
from intermission.fakes.state import Account, Store


@dataclass(frozen=True)
class Reply:
    status: int
    body: Any  # JSON-able
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Call:
    """What a handler gets: validated path and query values, the validated body, the state."""

    store: Store
    account: Account
    params: Mapping[str, Any]
    body: Any


Handler = Callable[[Call], Reply]
Auth = Callable[[Mapping[str, str], str], bool]


def bearer(headers: Mapping[str, str], key: str) -> bool:
    scheme, _, token = headers.get("authorization", "").partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(token.strip().encode(), key.encode())


def api_key_header(name: str) -> Auth:
    def check(headers: Mapping[str, str], key: str) -> bool:
        return hmac.compare_digest(headers.get(name, "").encode(), key.encode())

    return check


@dataclass(frozen=True)
class Wire:
    auth: Auth
    unauthorized: str  # the message of the vendor's 401
    error: Callable[[int, str], Reply]  # the vendor's error body for any status
    invalid: Callable[[list[ErrorDetail]], Reply]  # bad path, query or body
    routes: Mapping[str, Handler]  # "POST /v1/sessions/{session_id}/pause" -> handler
    # Answers to requests the document has no operation for (404, 405) are checked against this schema.
    error_schema: str


def wire_for(provider: str) -> Wire:
    module = importlib.import_module(f"intermission.fakes.vendors.{provider}")
    wire: Wire = module.WIRE
    return wire


def fastapi_validation_error(errors: list[ErrorDetail]) -> Reply:
    return Reply(422, {"detail": errors})
