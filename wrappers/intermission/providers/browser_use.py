"""Browser Use, API v1: tasks paused, resumed and stopped by ``PUT /api/v1/<verb>-task?task_id=...``.

* Key: ``Authorization: Bearer $BROWSER_USE_API_KEY``. Ids: the task id, any path-safe string (it travels
  in the query for pause/resume/stop and in the path for status).
* Statuses: ``created`` (queued, about to run: ``running``), ``running``, ``paused``, ``finished``,
  ``stopped``, ``failed``. The status endpoint answers with a bare JSON string.
* Wrong state: 400 ``{"detail": "..."}`` (our assumption; the docs show only 422). Pausing a paused task,
  resuming a running one or stopping a stopped one returns the current state instead of raising.
* Every operation is supported; resume takes no message (a given one is logged and dropped).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from intermission_browser_use.api.default import get_task_status, pause_task, resume_task, stop_task
from intermission_browser_use.api.tasks import list_tasks
from intermission_browser_use.client import AuthenticatedClient
from intermission_browser_use.models import TaskListResponse
from intermission_browser_use.models import TaskStatus as TaskStatusV2
from intermission_browser_use.models import TaskStatusV1 as TaskStatus
from intermission_browser_use.types import UNSET

from intermission.listing import Cursor, Page, entries
from intermission.providers._base import Adapter, ResumeMessage, call
from intermission.result import Operation, State
from intermission.transport import Call

PAGE_SIZE = 100  # the v2 document's maximum


class BrowserUse(Adapter):
    operations = MappingProxyType(
        {
            Operation.PAUSE: "pause_task",
            Operation.RESUME: "resume_task",
            Operation.STOP: "stop_task",
            Operation.STATUS: "get_task_status",
            Operation.LIST: "list_tasks",
        }
    )
    statuses = MappingProxyType(
        {
            "created": State.RUNNING,
            "running": State.RUNNING,
            "started": State.RUNNING,  # API v2
            "paused": State.PAUSED,
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
        c = self._client
        return call(
            stop_task,
            lambda: stop_task.sync_detailed(client=c, task_id=ident),
            lambda: stop_task.asyncio_detailed(client=c, task_id=ident),
        )

    def status(self, ident: str) -> Call:
        c = self._client
        return call(
            get_task_status,
            lambda: get_task_status.sync_detailed(ident, client=c),
            lambda: get_task_status.asyncio_detailed(ident, client=c),
        )

    def list_page(self, cursor: Cursor | None, status: str | None) -> Call:
        c, number = self._client, int(cursor or 1)
        wanted = UNSET if status is None else TaskStatusV2(status)
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
    ) -> Page | None:
        if not isinstance(data, dict):
            return None
        number, size, total = data.get("pageNumber"), data.get("pageSize"), data.get("totalItems")
        if not all(isinstance(n, int) for n in (number, size, total)):
            return None
        assert isinstance(number, int) and isinstance(size, int) and isinstance(total, int)
        models = parsed.items if isinstance(parsed, TaskListResponse) else None
        found = entries(data.get("items"), "id", "status", models)
        return Page(found, next=number + 1 if number * size < total else None, position=number)

    def reported_status(self, operation: Operation, parsed: object) -> str | None:
        if isinstance(parsed, TaskStatus):
            return parsed.value
        return None  # pause/resume/stop answer {}: no status

    def reported_status_json(self, operation: Operation, data: object) -> str | None:
        return data if isinstance(data, str) else None
