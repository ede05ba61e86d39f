"""E2B: cloud sandboxes, paused (memory and filesystem snapshotted), resumed and killed.

* Key: ``X-API-Key: $E2B_API_KEY`` (the document's ApiKeyAuth). Ids: the sandbox id, any path-safe string.
* Statuses (``GET /sandboxes/{sandboxID}``): ``running``, ``paused``. A killed sandbox is gone: its status
  is a 404 (``NotFound``); ``killed`` names it here only so a kill's result reads ``stopped``.
* Pause answers 204 with no body, resume 201 with the sandbox, kill (our ``stop``) 204.
* Wrong state: 409 (``{"code": 409, "message": ...}``). Pausing a paused sandbox or resuming a running one
  returns the current state instead of raising. Resume takes no message.
"""

from __future__ import annotations

from types import MappingProxyType

from intermission_e2b.api.sandboxes import kill_sandbox, pause_sandbox, resume_sandbox, sandbox
from intermission_e2b.client import AuthenticatedClient
from intermission_e2b.models import ResumedSandbox, Sandbox, SandboxDetail

from intermission.providers._base import Adapter, ResumeMessage, call
from intermission.result import Operation, State
from intermission.transport import Call


class E2B(Adapter[None, Sandbox, SandboxDetail, None]):
    operations = MappingProxyType(
        {
            Operation.PAUSE: "pause_sandbox",
            Operation.RESUME: "resume_sandbox",
            Operation.STOP: "kill_sandbox",
            Operation.STATUS: "sandbox",
        }
    )
    statuses = MappingProxyType({"running": State.RUNNING, "paused": State.PAUSED, "killed": State.STOPPED})
    state_error_status = 409
    resume_message = ResumeMessage.IGNORED

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

    def says_success(self, operation: Operation, parsed: object) -> bool | None:
        # The documented successes: 204 with no body (pause, kill), 201 with the sandbox (resume).
        return True

    def reported_status(self, operation: Operation, parsed: object) -> str | None:
        if isinstance(parsed, SandboxDetail):
            return parsed.state.value
        if isinstance(parsed, Sandbox):
            return "running"  # resume answers the sandbox it started, without a state
        return None
