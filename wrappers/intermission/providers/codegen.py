"""Codegen: agent runs inside an organization. Resume only: Codegen documents no pause and no stop.

* Key: ``Authorization: Bearer $CODEGEN_API_KEY``; the organization id from ``org_id=`` or
  ``$CODEGEN_ORG_ID`` (an integer).
* Ids: agent run ids, integers (given as ``int`` or a string of digits).
* Resume requires a message: it is sent as the run's ``prompt``. ``resume(id)`` without one raises
  ``RequestInvalid`` before any request.
* Statuses (``GET .../agent/run/{id}``): ``ACTIVE`` (``running``), ``PAUSED``, ``COMPLETE`` (``finished``),
  ``FAILED`` and ``ERROR`` (``failed``), ``CANCELLED`` (``stopped``).
* Wrong state: 400 (our assumption). Resuming an active run returns its current state instead of raising;
  the message is then not delivered (the run did not take it).
* A run of another organization: 403 (``PermissionDenied``).
* List: ``GET .../agent/runs?skip=N&limit=100``, by offset up to ``total``; no status filter (states are
  filtered here).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Never

from intermission_codegen.api.agents import get_agent_run, list_agent_runs, resume_agent_run
from intermission_codegen.client import AuthenticatedClient
from intermission_codegen.models import AgentRunResponse, PageAgentRunResponse, ResumeAgentRunInput

from intermission.errors import ConfigurationError
from intermission.ids import IdKind
from intermission.listing import Cursor, ListPage, entries
from intermission.providers._base import Adapter, ResumeMessage, call
from intermission.result import Operation, State
from intermission.transport import Call

PAGE_SIZE = 100  # the document's maximum


class Codegen(Adapter[Never, AgentRunResponse, AgentRunResponse, Never]):
    id_kind = IdKind.INTEGER
    operations = MappingProxyType(
        {
            Operation.RESUME: "resume_agent_run",
            Operation.STATUS: "get_agent_run",
            Operation.LIST: "list_agent_runs",
        }
    )
    statuses = MappingProxyType(
        {
            "ACTIVE": State.RUNNING,
            "RUNNING": State.RUNNING,
            "PAUSED": State.PAUSED,
            "COMPLETE": State.FINISHED,
            "COMPLETED": State.FINISHED,
            "FAILED": State.FAILED,
            "ERROR": State.FAILED,
            "CANCELLED": State.STOPPED,
        }
    )
    state_error_status = 400
    resume_message = ResumeMessage.REQUIRED

    client_class = AuthenticatedClient
    _client: AuthenticatedClient

    @classmethod
    def check_settings(cls, settings: Mapping[str, str]) -> dict[str, str]:
        org_id = settings["org_id"].strip()
        if not org_id.isascii() or not org_id.isdigit():
            raise ConfigurationError(f"codegen org_id must be an integer, not {org_id!r}", provider=cls.name)
        return {"org_id": org_id}

    @property
    def org_id(self) -> int:
        return int(self.settings["org_id"])

    def resume(self, ident: str, message: str | None) -> Call:
        c, org, body = (
            self._client,
            self.org_id,
            ResumeAgentRunInput(agent_run_id=int(ident), prompt=message or ""),
        )
        return call(
            resume_agent_run,
            lambda: resume_agent_run.sync_detailed(org, client=c, body=body),
            lambda: resume_agent_run.asyncio_detailed(org, client=c, body=body),
        )

    def status(self, ident: str) -> Call:
        c, org, run = self._client, self.org_id, int(ident)
        return call(
            get_agent_run,
            lambda: get_agent_run.sync_detailed(org, run, client=c),
            lambda: get_agent_run.asyncio_detailed(org, run, client=c),
        )

    def list_page(self, cursor: Cursor | None, status: str | None) -> Call:
        c, org, skip = self._client, self.org_id, int(cursor or 0)
        return call(
            list_agent_runs,
            lambda: list_agent_runs.sync_detailed(org, client=c, skip=skip, limit=PAGE_SIZE),
            lambda: list_agent_runs.asyncio_detailed(org, client=c, skip=skip, limit=PAGE_SIZE),
        )

    def read_page(
        self, cursor: Cursor | None, parsed: object | None, data: object, headers: Mapping[str, str]
    ) -> ListPage | None:
        if not isinstance(data, dict) or not isinstance(data.get("total"), int):
            return None
        models = parsed.items if isinstance(parsed, PageAgentRunResponse) else None
        found = entries(data.get("items"), "id", "status", models)
        reached = int(cursor or 0) + len(found)
        return ListPage(found, next=reached if reached < data["total"] else None)

    def reported_status(self, operation: Operation, parsed: object) -> str | None:
        if isinstance(parsed, AgentRunResponse) and isinstance(parsed.status, str):
            return parsed.status
        return None
