"""intermission: pause and resume AI agents at any vendor through one typed facade.

>>> import intermission
>>> intermission.pause("agi", session_id)                      # key from AGI_API_KEY
Result(provider='agi', id='...', state=<State.PAUSED: 'paused'>, raw_status=None)
>>> with intermission.Client("browser_use") as bu:
...     bu.stop(task_id)
>>> intermission.capabilities()["codegen"]
{'pause': False, 'resume': True, 'status': True, 'stop': False, 'list': True}
>>> intermission.pause_all("anchorbrowser")                    # list every running session, pause each

Importing this package imports only the standard library: httpx, the adapters and the generated clients
load when first used (each provider's generated client when that provider is first used).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from intermission.errors import (
    AuthenticationError,
    ConfigurationError,
    ConnectionFailed,
    EndpointRemoved,
    GeneratedClientError,
    InsecureTransport,
    IntermissionError,
    InvalidId,
    InvalidState,
    MissingCredentials,
    NotFound,
    OutcomeUnknown,
    PaginationError,
    PermissionDenied,
    ProviderError,
    RateLimited,
    RequestInvalid,
    ResponseTooLarge,
    Timeout,
    TransportError,
    UnreadableAnswer,
    UnreadablePage,
    Unsupported,
)
from intermission.result import Operation, Result, State

if TYPE_CHECKING:
    from intermission import aio, errors
    from intermission.aio import AsyncClient
    from intermission.bulk import pause_many, resume_many
    from intermission.client import Client, pause, resume, status, stop
    from intermission.providers import capabilities
    from intermission.sweep import SweepReport, pause_all, resume_all
    from intermission.transport import RetryPolicy, Timeouts

__version__ = "0.1.0"

_LAZY = {
    "Client": "intermission.client",
    "pause": "intermission.client",
    "resume": "intermission.client",
    "status": "intermission.client",
    "stop": "intermission.client",
    "AsyncClient": "intermission.aio",
    "pause_many": "intermission.bulk",
    "resume_many": "intermission.bulk",
    "pause_all": "intermission.sweep",
    "resume_all": "intermission.sweep",
    "SweepReport": "intermission.sweep",
    "capabilities": "intermission.providers",
    "RetryPolicy": "intermission.transport",
    "Timeouts": "intermission.transport",
}


def __getattr__(name: str) -> object:
    if name in (
        "aio",
        "errors",
        "transport",
        "providers",
        "bulk",
        "client",
        "ids",
        "result",
        "listing",
        "sweep",
    ):
        return importlib.import_module(f"intermission.{name}")
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'intermission' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY) | {"aio"})


__all__ = [
    "AsyncClient",
    "AuthenticationError",
    "Client",
    "ConfigurationError",
    "ConnectionFailed",
    "EndpointRemoved",
    "GeneratedClientError",
    "InsecureTransport",
    "IntermissionError",
    "InvalidId",
    "InvalidState",
    "MissingCredentials",
    "NotFound",
    "Operation",
    "OutcomeUnknown",
    "PaginationError",
    "PermissionDenied",
    "ProviderError",
    "RateLimited",
    "RequestInvalid",
    "ResponseTooLarge",
    "Result",
    "RetryPolicy",
    "State",
    "SweepReport",
    "Timeout",
    "Timeouts",
    "TransportError",
    "UnreadableAnswer",
    "UnreadablePage",
    "Unsupported",
    "aio",
    "capabilities",
    "errors",
    "pause",
    "pause_all",
    "pause_many",
    "resume",
    "resume_all",
    "resume_many",
    "status",
    "stop",
]
