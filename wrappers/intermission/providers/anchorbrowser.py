"""Anchor Browser: the AI agent of a browser session, paused and resumed by POST.

* Key: ``anchor-api-key: $ANCHOR_API_KEY`` with no prefix. (openapi-python-client ignores the header name
  of apiKey schemes and would send ``Authorization: Bearer``; the transport adds the right header.)
* Ids: session UUIDs, checked before any request.
* Statuses (``GET /v1/sessions/{id}``): ``running``, ``paused``, ``completed`` (``finished``),
  ``failed``, ``terminated`` (``stopped``).
* Wrong state: 400. Pausing a paused agent or resuming a running one returns the current state, read
  from the session, instead of raising.
* No stop (ending a browser session is not an agent operation). Resume takes no message.
* List: ``GET /v1/sessions?page=N&limit=50``, pages counted from 1 up to ``total_pages``; the vendor filters
  by ``status``.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from types import MappingProxyType
from typing import Never

from intermission_anchorbrowser.api.agentic_capabilities import pause_agent, resume_agent
from intermission_anchorbrowser.api.browser_sessions import get_browser_session as get_session
from intermission_anchorbrowser.api.browser_sessions import list_sessions_history_page as list_sessions
from intermission_anchorbrowser.client import AuthenticatedClient
from intermission_anchorbrowser.models import GetBrowserSessionResponse200 as GetSessionResponse
from intermission_anchorbrowser.models import GetBrowserSessionResponse200Data as GetSessionData
from intermission_anchorbrowser.models import ListSessionsHistoryPageLimit as PageSize
from intermission_anchorbrowser.models import SessionHistoryPageResponse as ListResponse
from intermission_anchorbrowser.models import SessionHistoryPageResponseData as ListData
from intermission_anchorbrowser.models import SuccessResponse, SuccessResponseData
from intermission_anchorbrowser.types import UNSET

from intermission.ids import IdKind
from intermission.listing import Cursor, ListPage, entries
from intermission.providers._base import Adapter, ResumeMessage, call, dig
from intermission.result import Operation, State
from intermission.transport import Call


class AnchorBrowser(Adapter[SuccessResponse, SuccessResponse, GetSessionResponse, Never]):
    id_kind = IdKind.UUID
    operations = MappingProxyType(
        {
            Operation.PAUSE: "pause_agent",
            Operation.RESUME: "resume_agent",
            Operation.STATUS: "get_browser_session",
            Operation.LIST: "list_sessions_history_page",
        }
    )
    statuses = MappingProxyType(
        {
            "running": State.RUNNING,
            "paused": State.PAUSED,
            "completed": State.FINISHED,
            "failed": State.FAILED,
            "terminated": State.STOPPED,
        }
    )
    state_error_status = 400
    resume_message = ResumeMessage.IGNORED
    list_filters = MappingProxyType(
        {
            State.RUNNING: "running",
            State.PAUSED: "paused",
            State.FINISHED: "completed",
            State.FAILED: "failed",
            State.STOPPED: "terminated",
        }
    )
    first_cursor = 1

    client_class = AuthenticatedClient
    _client: AuthenticatedClient

    def pause(self, ident: str) -> Call:
        c, sid = self._client, uuid.UUID(ident)
        return call(
            pause_agent,
            lambda: pause_agent.sync_detailed(sid, client=c),
            lambda: pause_agent.asyncio_detailed(sid, client=c),
        )

    def resume(self, ident: str, message: str | None) -> Call:
        c, sid = self._client, uuid.UUID(ident)
        return call(
            resume_agent,
            lambda: resume_agent.sync_detailed(sid, client=c),
            lambda: resume_agent.asyncio_detailed(sid, client=c),
        )

    def status(self, ident: str) -> Call:
        c, sid = self._client, uuid.UUID(ident)
        return call(
            get_session,
            lambda: get_session.sync_detailed(str(sid), client=c),
            lambda: get_session.asyncio_detailed(str(sid), client=c),
        )

    def list_page(self, cursor: Cursor | None, status: str | None) -> Call:
        # sort_by and sort_order left out, as Anchor's SDK does: the vendor's default order (created_at asc)
        c, number, size = self._client, int(cursor or 1), PageSize.VALUE_50
        wanted = UNSET if status is None else status
        return call(
            list_sessions,
            lambda: list_sessions.sync_detailed(
                client=c, page=number, limit=size, sort_by=UNSET, sort_order=UNSET, status=wanted
            ),
            lambda: list_sessions.asyncio_detailed(
                client=c, page=number, limit=size, sort_by=UNSET, sort_order=UNSET, status=wanted
            ),
        )

    def read_page(
        self, cursor: Cursor | None, parsed: object | None, data: object, headers: Mapping[str, str]
    ) -> ListPage | None:
        body = data.get("data") if isinstance(data, dict) else None
        if not isinstance(body, dict):
            return None
        number, pages = body.get("page"), body.get("total_pages")
        if not isinstance(number, int | float) or not isinstance(pages, int | float):
            return None
        models = None
        if isinstance(parsed, ListResponse) and isinstance(parsed.data, ListData):
            models = parsed.data.sessions
        found = entries(body.get("sessions"), "id", "status", models)
        return ListPage(found, next=int(number) + 1 if number < pages else None, position=int(number))

    def reported_status(self, operation: Operation, parsed: object) -> str | None:
        if isinstance(parsed, GetSessionResponse) and isinstance(parsed.data, GetSessionData):
            return parsed.data.status if isinstance(parsed.data.status, str) else None
        if isinstance(parsed, SuccessResponse) and isinstance(parsed.data, SuccessResponseData):
            return parsed.data.status if isinstance(parsed.data.status, str) else None
        return None

    def reported_status_json(self, operation: Operation, data: object) -> str | None:
        return dig(data, "data", "status")
