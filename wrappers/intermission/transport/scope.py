"""The per-attempt context: what one attempt's settings are, handed to httpx's hooks and to the network
layer through a context variable, so that one httpx client per provider serves every call (and every bulk
task) with its own timeouts, deadline and size limit."""

from __future__ import annotations

import contextvars
import time
from dataclasses import dataclass, field

import httpx

from intermission.transport.steps import Send


@dataclass(slots=True)
class Scope:
    """One attempt in flight. ``raw`` keeps the answer (the generated layer loses it when it raises, e.g.
    ``HTTPStatus(520)``); ``requests`` are the requests sent, whose ``key_headers`` are taken out after."""

    timeout: dict[str, float]
    ends_at: float
    max_bytes: int
    raw: httpx.Response | None = None
    requests: list[httpx.Request] = field(default_factory=list)
    key_headers: tuple[str, ...] = ()

    def remaining(self) -> float:
        return self.ends_at - time.monotonic()


CURRENT: contextvars.ContextVar[Scope | None] = contextvars.ContextVar("intermission_attempt", default=None)


def scope_for(send: Send) -> Scope:
    timeout = {"connect": send.connect, "read": send.budget, "write": send.budget, "pool": send.budget}
    return Scope(timeout=timeout, ends_at=time.monotonic() + send.budget, max_bytes=send.max_bytes)
