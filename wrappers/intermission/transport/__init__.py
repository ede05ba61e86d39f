"""The one home of transport policy, one job per module:

* ``settings``: timeouts, the call's deadline, retries and backoff, the answer size limit;
* ``credentials``: the key's header, and redacting it from anything a vendor echoes;
* ``https``: which base URLs may carry a key;
* ``clients``: the httpx clients (hooks, body limits, no cookies, one TLS context), with the private httpx
  attributes they rely on listed in ``seams``;
* ``deadline``: the blocking network layer of the sync client, clamped to the attempt's deadline;
* ``scope``: the per-attempt settings handed to httpx;
* ``steps``: the vocabulary of a call (``Call``, ``Send``, ``Sleep``, ``Attempt``, ``Deadline``);
* ``retry``: classification, ``Retry-After``, and the read and transition loops;
* ``drivers``: running a flow with blocking I/O or on asyncio.

Adapters never retry and never touch httpx settings: they hand over a ``Call`` (thunks around a generated
``sync_detailed`` / ``asyncio_detailed``). The mapping of wire outcomes to errors is
``intermission.error_mapping``, beside ``intermission.errors``.
"""

from __future__ import annotations

from intermission.transport.clients import build_async_client, build_sync_client
from intermission.transport.credentials import Credentials
from intermission.transport.drivers import execute_async, execute_sync, run_async, run_sync
from intermission.transport.https import check_url, is_loopback
from intermission.transport.retry import Verdict, classify, plan_attempt, read, retry_after, transition
from intermission.transport.settings import Policy, RetryPolicy, Timeouts
from intermission.transport.steps import (
    Action,
    Attempt,
    Call,
    CallInfo,
    Confirmed,
    Deadline,
    Flow,
    GeneratedResponse,
    Send,
    Sleep,
)

__all__ = [
    "Action",
    "Attempt",
    "Call",
    "CallInfo",
    "Confirmed",
    "Credentials",
    "Deadline",
    "Flow",
    "GeneratedResponse",
    "Policy",
    "RetryPolicy",
    "Send",
    "Sleep",
    "Timeouts",
    "Verdict",
    "build_async_client",
    "build_sync_client",
    "check_url",
    "classify",
    "execute_async",
    "execute_sync",
    "is_loopback",
    "plan_attempt",
    "read",
    "retry_after",
    "run_async",
    "run_sync",
    "transition",
]
