"""AGI (agi.tech): sessions, paused and resumed by POST, status from ``GET .../status``.

* Key: ``Authorization: Bearer $AGI_API_KEY``. Ids: the session's id, any path-safe string.
* Statuses: ``ready`` (idle, waiting for a task: ``waiting_for_input``), ``running``, ``waiting_for_input``,
  ``paused``, ``finished``, ``error`` (``failed``).
* Wrong state: 409 ``{"detail": "not_paused" | "not_running"}`` (the 409 is our assumption; the docs show
  only the ``not_paused`` text). Pausing a paused session or resuming a running one returns the current
  state, read from the status endpoint, instead of raising.
* No stop. Resume takes no message: a given one is logged and dropped.
* List: ``GET /v1/sessions``, every session in one answer (no pages, no filter: states are filtered here).
  Its summaries add ``initializing`` (``running``), ``completed`` (``finished``) and ``terminated``
  (``stopped``) to the statuses above.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Never

from intermission_agi.api.default import get_session_status, list_sessions, pause_session, resume_session
from intermission_agi.client import AuthenticatedClient
from intermission_agi.models import SessionActionResponse, SessionStatusResponse

from intermission.listing import Cursor, ListPage, entries
from intermission.providers._base import Adapter, ResumeMessage, call
from intermission.result import Operation, State
from intermission.transport import Call


class AGI(Adapter[SessionActionResponse, SessionActionResponse, SessionStatusResponse, Never]):
    operations = MappingProxyType(
        {
            Operation.PAUSE: "pause_session",
            Operation.RESUME: "resume_session",
            Operation.STATUS: "get_session_status",
            Operation.LIST: "list_sessions",
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
            "initializing": State.RUNNING,
            "completed": State.FINISHED,
            "terminated": State.STOPPED,
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

    def list_page(self, cursor: Cursor | None, status: str | None) -> Call:
        c = self._client
        return call(
            list_sessions,
            lambda: list_sessions.sync_detailed(client=c),
            lambda: list_sessions.asyncio_detailed(client=c),
        )

    def read_page(
        self, cursor: Cursor | None, parsed: object | None, data: object, headers: Mapping[str, str]
    ) -> ListPage | None:
        models = parsed if isinstance(parsed, list) else None
        return ListPage(entries(data, "session_id", "status", models), next=None)

    def reported_status(self, operation: Operation, parsed: object) -> str | None:
        if isinstance(parsed, SessionStatusResponse):
            return parsed.status.value
        return None  # pause/resume answer {"success": true, "message": "..."}: no status

    def says_success(self, operation: Operation, parsed: object) -> bool | None:
        if isinstance(parsed, SessionActionResponse):
            return parsed.success is True  # 200 {"success": false} is a refusal, not a success
        return None
