"""E2B: cloud sandboxes, paused (memory and filesystem snapshotted), resumed and killed.

* Key: ``X-API-Key: $E2B_API_KEY`` (the document's ApiKeyAuth). Ids: the sandbox id, any path-safe string.
* Statuses (``GET /sandboxes/{sandboxID}``): ``running``, ``paused``. A killed sandbox is gone: its status
  is a 404 (``NotFound``); ``killed`` names it here only so a kill's result reads ``stopped``.
* Pause answers 204 with no body, resume 201 with the sandbox, kill (our ``stop``) 204.
* Wrong state: 409 (``{"code": 409, "message": ...}``). Pausing a paused sandbox or resuming a running one
  returns the current state instead of raising. Resume takes no message.
* List: ``GET /v2/sandboxes?limit=100``, the next page's cursor in the ``X-Next-Token`` header (sent back
  as ``nextToken``); the vendor filters by ``state``.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from intermission_e2b.api.sandboxes import (
    kill_sandbox,
    list_sandboxes_v2,
    pause_sandbox,
    resume_sandbox,
    sandbox,
)
from intermission_e2b.client import AuthenticatedClient
from intermission_e2b.models import ResumedSandbox, Sandbox, SandboxDetail, SandboxState
from intermission_e2b.types import UNSET

from intermission.listing import Cursor, ListPage, entries
from intermission.providers._base import Adapter, ResumeMessage, call
from intermission.result import Operation, State
from intermission.transport import Call

PAGE_SIZE = 100  # the document's maximum


class E2B(Adapter[None, Sandbox, SandboxDetail, None]):
    operations = MappingProxyType(
        {
            Operation.PAUSE: "pause_sandbox",
            Operation.RESUME: "resume_sandbox",
            Operation.STOP: "kill_sandbox",
            Operation.STATUS: "sandbox",
            Operation.LIST: "list_sandboxes_v2",
        }
    )
    statuses = MappingProxyType({"running": State.RUNNING, "paused": State.PAUSED, "killed": State.STOPPED})
    state_error_status = 409
    resume_message = ResumeMessage.IGNORED
    list_filters = MappingProxyType({State.RUNNING: "running", State.PAUSED: "paused"})

    client_class = AuthenticatedClient
    _client: AuthenticatedClient

    def pause(self, ident: str) -> Call:
        c = self._client
        return call(
            pause_sandbox,
            lambda: pause_sandbox.sync_detailed(ident, client=c),
            lambda: pause_sandbox.asyncio_detailed(ident, client=c),
        )

    def resume(self, ident: str, message: str | None) -> Call:
        c, body = self._client, ResumedSandbox()
        return call(
            resume_sandbox,
            lambda: resume_sandbox.sync_detailed(ident, client=c, body=body),
            lambda: resume_sandbox.asyncio_detailed(ident, client=c, body=body),
        )

    def stop(self, ident: str) -> Call:
        c = self._client
        return call(
            kill_sandbox,
            lambda: kill_sandbox.sync_detailed(ident, client=c),
            lambda: kill_sandbox.asyncio_detailed(ident, client=c),
        )

    def status(self, ident: str) -> Call:
        c = self._client
        return call(
            sandbox,
            lambda: sandbox.sync_detailed(ident, client=c),
            lambda: sandbox.asyncio_detailed(ident, client=c),
        )

    def list_page(self, cursor: Cursor | None, status: str | None) -> Call:
        c = self._client
        states = UNSET if status is None else [SandboxState(status)]
        token = UNSET if cursor is None else str(cursor)
        return call(
            list_sandboxes_v2,
            lambda: list_sandboxes_v2.sync_detailed(
                client=c, state=states, next_token=token, limit=PAGE_SIZE
            ),
            lambda: list_sandboxes_v2.asyncio_detailed(
                client=c, state=states, next_token=token, limit=PAGE_SIZE
            ),
        )

    def read_page(
        self, cursor: Cursor | None, parsed: object | None, data: object, headers: Mapping[str, str]
    ) -> ListPage | None:
        models = parsed if isinstance(parsed, list) else None
        token = headers.get("x-next-token") or None
        return ListPage(entries(data, "sandboxID", "state", models), next=token)

    def says_success(self, operation: Operation, parsed: object) -> bool | None:
        # The documented successes: 204 with no body (pause, kill), 201 with the sandbox (resume).
        return True

    def reported_status(self, operation: Operation, parsed: object) -> str | None:
        if isinstance(parsed, SandboxDetail):
            return parsed.state.value
        if isinstance(parsed, Sandbox):
            return "running"  # resume answers the sandbox it started, without a state
        return None
