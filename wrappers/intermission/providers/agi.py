"""AGI (agi.tech): sessions, paused and resumed by POST, status from ``GET .../status``.

* Key: ``Authorization: Bearer $AGI_API_KEY``. Ids: the session's id, any path-safe string.
* Statuses: ``ready`` (idle, waiting for a task: ``waiting_for_input``), ``running``, ``waiting_for_input``,
  ``paused``, ``finished``, ``error`` (``failed``).
* Wrong state: 409 ``{"detail": "not_paused" | "not_running"}`` (the 409 is our assumption; the docs show
  only the ``not_paused`` text). Pausing a paused session or resuming a running one returns the current
  state, read from the status endpoint, instead of raising.
* No stop. Resume takes no message: a given one is logged and dropped.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Never

from intermission_agi.api.default import get_session_status, pause_session, resume_session
from intermission_agi.client import AuthenticatedClient
from intermission_agi.models import SessionActionResponse, SessionStatusResponse

from intermission.providers._base import Adapter, ResumeMessage, call
from intermission.result import Operation, State
from intermission.transport import Call


class AGI(Adapter[SessionActionResponse, SessionActionResponse, SessionStatusResponse, Never]):
    operations = MappingProxyType(
        {
            Operation.PAUSE: "pause_session",
            Operation.RESUME: "resume_session",
            Operation.STATUS: "get_session_status",
        }
    )
    statuses = MappingProxyType(
        {
            "ready": State.WAITING_FOR_INPUT,
            "running": State.RUNNING,
            "waiting_for_input": State.WAITING_FOR_INPUT,
            "paused": State.PAUSED,
            "finished": State.FINISHED,
            "error": State.FAILED,
        }
    )
    state_error_status = 409
    resume_message = ResumeMessage.IGNORED

    client_class = AuthenticatedClient
    _client: AuthenticatedClient

    def pause(self, ident: str) -> Call:
        c = self._client
        return call(
            pause_session,
            lambda: pause_session.sync_detailed(ident, client=c),
            lambda: pause_session.asyncio_detailed(ident, client=c),
        )

    def resume(self, ident: str, message: str | None) -> Call:
        c = self._client
        return call(
            resume_session,
            lambda: resume_session.sync_detailed(ident, client=c),
            lambda: resume_session.asyncio_detailed(ident, client=c),
        )

    def status(self, ident: str) -> Call:
        c = self._client
        return call(
            get_session_status,
            lambda: get_session_status.sync_detailed(ident, client=c),
            lambda: get_session_status.asyncio_detailed(ident, client=c),
        )

    def reported_status(self, operation: Operation, parsed: object) -> str | None:
        if isinstance(parsed, SessionStatusResponse):
            return parsed.status.value
        return None  # pause/resume answer {"success": true, "message": "..."}: no status

    def says_success(self, operation: Operation, parsed: object) -> bool | None:
        if isinstance(parsed, SessionActionResponse):
            return parsed.success is True  # 200 {"success": false} is a refusal, not a success
        return None
