"""Browser Use: API v2 for status, stop and the task list; API v1 for pause and resume, gone from v2.

* Key: ``X-Browser-Use-API-Key`` (v2) and ``Authorization: Bearer`` (v1), both sent. Ids: task UUIDs (v2
  declares them so; v1 takes them in the query for pause/resume).
* Status: ``GET /api/v2/tasks/{id}``; stop: ``PATCH /api/v2/tasks/{id}`` ``{"action": "stop"}``; list:
  ``GET /api/v2/tasks?pageNumber=N&pageSize=100``, pages counted from 1 up to ``totalItems``.
* Pause and resume: ``PUT /api/v1/pause-task`` / ``resume-task?task_id=...`` (legacy: Browser Use removed both
  from v2 in November 2025 and took the v1 pages down). v2 has no ``paused`` status: a paused task reads as
  ``started`` (running) there, so pause and resume confirm through v1's ``GET /api/v1/task/{id}/status``.
  When a v1 endpoint answers 410, or 404 for a task v2 still shows, the call raises ``EndpointRemoved``.
* Statuses: v2 ``created``, ``started`` (both running), ``finished``, ``stopped``, ``failed``; v1 adds
  ``running`` and ``paused``.
* Wrong state: 400 ``{"detail": "..."}`` on v1 (our assumption; the docs show only 422). v2's stop answers 200
  with the task whatever its state; one that ended otherwise is ``InvalidState``. Resume takes no message.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from types import MappingProxyType

from intermission_browser_use.api.default import get_task_status as get_task_status_v1
from intermission_browser_use.api.default import pause_task, resume_task
from intermission_browser_use.api.tasks import get_task, list_tasks, update_task
from intermission_browser_use.client import AuthenticatedClient
from intermission_browser_use.models import (
    PauseTaskResponse200,
    ResumeTaskResponse200,
    TaskListResponse,
    TaskStatus,
    TaskStatusV1,
    TaskUpdateAction,
    TaskView,
    UpdateTaskRequest,
)
from intermission_browser_use.types import UNSET

from intermission.ids import IdKind
from intermission.listing import Cursor, ListPage, entries
from intermission.providers._base import Adapter, ResumeMessage, call, dig
from intermission.result import Operation, State
from intermission.transport import Call

PAGE_SIZE = 100  # the v2 document's maximum


# pause and resume: v1's answer, or v1's status when the answer did not say (see confirmation)
class BrowserUse(
    Adapter[PauseTaskResponse200 | TaskStatusV1, ResumeTaskResponse200 | TaskStatusV1, TaskView, TaskView]
):
    id_kind = IdKind.UUID
    operations = MappingProxyType(
        {
            Operation.PAUSE: "pause_task",
            Operation.RESUME: "resume_task",
            Operation.STOP: "update_task",
            Operation.STATUS: "get_task",
            Operation.LIST: "list_tasks",
        }
    )
    statuses = MappingProxyType(
        {
            "created": State.RUNNING,
            "running": State.RUNNING,  # API v1
            "started": State.RUNNING,  # API v2
            "paused": State.PAUSED,  # API v1
            "finished": State.FINISHED,
            "stopped": State.STOPPED,
            "failed": State.FAILED,
        }
    )
    state_error_status = 400
    resume_message = ResumeMessage.IGNORED
    # API v2 filters by one status; running is two of them (created, started), so it is filtered here.
    list_filters = MappingProxyType(
        {State.FINISHED: "finished", State.FAILED: "failed", State.STOPPED: "stopped"}
    )
    first_cursor = 1
    confirmed_by = MappingProxyType(
        {Operation.PAUSE: "get_task_status", Operation.RESUME: "get_task_status"}  # only v1 says "paused"
    )
    legacy = MappingProxyType(
        {
            Operation.PAUSE: "API v1: Browser Use removed pause from API v2 in November 2025",
            Operation.RESUME: "API v1: Browser Use removed resume from API v2 in November 2025",
        }
    )

    client_class = AuthenticatedClient
    _client: AuthenticatedClient

    def pause(self, ident: str) -> Call:
        c = self._client
        return call(
            pause_task,
            lambda: pause_task.sync_detailed(client=c, task_id=ident),
            lambda: pause_task.asyncio_detailed(client=c, task_id=ident),
        )

    def resume(self, ident: str, message: str | None) -> Call:
        c = self._client
        return call(
            resume_task,
            lambda: resume_task.sync_detailed(client=c, task_id=ident),
            lambda: resume_task.asyncio_detailed(client=c, task_id=ident),
        )

    def stop(self, ident: str) -> Call:
        c, tid = self._client, uuid.UUID(ident)
        body = UpdateTaskRequest(action=TaskUpdateAction.STOP)
        return call(
            update_task,
            lambda: update_task.sync_detailed(tid, client=c, body=body),
            lambda: update_task.asyncio_detailed(tid, client=c, body=body),
        )

    def status(self, ident: str) -> Call:
        c, tid = self._client, uuid.UUID(ident)
        return call(
            get_task,
            lambda: get_task.sync_detailed(tid, client=c),
            lambda: get_task.asyncio_detailed(tid, client=c),
        )

    def confirmation(self, operation: Operation, ident: str) -> Call:
        if operation not in self.confirmed_by:
            return self.status(ident)
        c = self._client
        return call(
            get_task_status_v1,
            lambda: get_task_status_v1.sync_detailed(ident, client=c),
            lambda: get_task_status_v1.asyncio_detailed(ident, client=c),
        )

    def list_page(self, cursor: Cursor | None, status: str | None) -> Call:
        c, number = self._client, int(cursor or 1)
        wanted = UNSET if status is None else TaskStatus(status)
        return call(
            list_tasks,
            lambda: list_tasks.sync_detailed(
                client=c, page_size=PAGE_SIZE, page_number=number, filter_by=wanted
            ),
            lambda: list_tasks.asyncio_detailed(
                client=c, page_size=PAGE_SIZE, page_number=number, filter_by=wanted
            ),
        )

    def read_page(
        self, cursor: Cursor | None, parsed: object | None, data: object, headers: Mapping[str, str]
    ) -> ListPage | None:
        if not isinstance(data, dict):
            return None
        number, size, total = data.get("pageNumber"), data.get("pageSize"), data.get("totalItems")
        if not isinstance(number, int) or not isinstance(size, int) or not isinstance(total, int):
            return None
        models = parsed.items if isinstance(parsed, TaskListResponse) else None
        found = entries(data.get("items"), "id", "status", models)
        return ListPage(found, next=number + 1 if number * size < total else None, position=number)

    def reported_status(self, operation: Operation, parsed: object) -> str | None:
        if isinstance(parsed, TaskView):
            return parsed.status.value
        if isinstance(parsed, TaskStatusV1):
            return parsed.value
        return None  # v1 pause/resume answer {}: no status

    def says_success(self, operation: Operation, parsed: object) -> bool | None:
        if isinstance(parsed, TaskView):  # v2 stop answers the task, stopped or as it already was
            return parsed.status is TaskStatus.STOPPED
        return None if parsed is None else True

    def reported_status_json(self, operation: Operation, data: object) -> str | None:
        return data if isinstance(data, str) else dig(data, "status")  # v1: a bare JSON string
