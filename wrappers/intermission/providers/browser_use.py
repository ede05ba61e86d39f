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

from types import MappingProxyType

from intermission_browser_use.api.default import get_task_status, pause_task, resume_task, stop_task
from intermission_browser_use.client import AuthenticatedClient
from intermission_browser_use.models import (
    PauseTaskResponse200,
    ResumeTaskResponse200,
    StopTaskResponse200,
)
from intermission_browser_use.models import TaskStatusV1 as TaskStatus

from intermission.providers._base import Adapter, ResumeMessage, call
from intermission.result import Operation, State
from intermission.transport import Call


class BrowserUse(Adapter[PauseTaskResponse200, ResumeTaskResponse200, TaskStatus, StopTaskResponse200]):
    operations = MappingProxyType(
        {
            Operation.PAUSE: "pause_task",
            Operation.RESUME: "resume_task",
            Operation.STOP: "stop_task",
            Operation.STATUS: "get_task_status",
        }
    )
    statuses = MappingProxyType(
        {
            "created": State.RUNNING,
            "running": State.RUNNING,
            "paused": State.PAUSED,
            "finished": State.FINISHED,
            "stopped": State.STOPPED,
            "failed": State.FAILED,
        }
    )
    state_error_status = 400
    resume_message = ResumeMessage.IGNORED
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

    def reported_status(self, operation: Operation, parsed: object) -> str | None:
        if isinstance(parsed, TaskStatus):
            return parsed.value
        return None  # pause/resume/stop answer {}: no status

    def reported_status_json(self, operation: Operation, data: object) -> str | None:
        return data if isinstance(data, str) else None
