"""Calls every generated client function with the types a caller relies on; checked by ``mypy --strict``.

Never run, only type-checked (tests/codegen/generate/test_typing.py): when a vendor change renames an
operation, a parameter, a model or a field, or changes a type, regeneration turns it into an error here.
"""

from __future__ import annotations

from uuid import UUID

import intermission_agi as agi
import intermission_anchorbrowser as anchor
import intermission_browser_use as browser_use
import intermission_codegen as codegen
from intermission_agi.api.default import get_session_status, pause_session, resume_session
from intermission_agi.models import ErrorResponse as AgiError
from intermission_agi.models import SessionActionResponse, SessionStatus, SessionStatusResponse
from intermission_agi.types import Response as AgiResponse
from intermission_anchorbrowser.api.agentic_capabilities import pause_agent, resume_agent
from intermission_anchorbrowser.api.browser_sessions import get_browser_session as get_session
from intermission_anchorbrowser.models import ErrorResponse as AnchorError
from intermission_anchorbrowser.models import GetBrowserSessionResponse200 as GetSessionResponse
from intermission_anchorbrowser.models import SuccessResponse
from intermission_anchorbrowser.types import Response as AnchorResponse
from intermission_anchorbrowser.types import Unset
from intermission_browser_use.api.default import get_task_status, pause_task, resume_task, stop_task
from intermission_browser_use.models import ErrorResponse as BrowserUseError
from intermission_browser_use.models import (
    HTTPValidationError,
    PauseTaskResponse200,
    ResumeTaskResponse200,
    StopTaskResponse200,
)
from intermission_browser_use.models import (
    TaskStatusV1 as TaskStatus,
)
from intermission_browser_use.types import Response as BrowserUseResponse
from intermission_browser_use.types import Unset as BrowserUseUnset
from intermission_codegen.api.agents import get_agent_run, resume_agent_run
from intermission_codegen.models import (
    AgentRunNotFoundErrorResponse,
    AgentRunResponse,
    AgentRunStateErrorResponse,
    APIRateLimitErrorResponse,
    AuthErrorResponse,
    PermissionsErrorResponse,
    ResumeAgentRunInput,
)
from intermission_codegen.models import HTTPValidationError as CodegenValidationError
from intermission_codegen.types import Response as CodegenResponse
from intermission_codegen.types import Unset as CodegenUnset

AnchorAction = SuccessResponse | AnchorError | None
AgiAction = SessionActionResponse | AgiError | None
CodegenRun = (
    AgentRunResponse
    | AgentRunNotFoundErrorResponse
    | APIRateLimitErrorResponse
    | AuthErrorResponse
    | CodegenValidationError
    | PermissionsErrorResponse
    | None
)


def anchor_status(result: AnchorAction) -> str | None:
    if isinstance(result, SuccessResponse) and not isinstance(result.data, Unset):
        status = result.data.status
        return None if isinstance(status, Unset) else status
    return None


async def use_anchorbrowser(base_url: str, key: str, session_id: UUID) -> list[str | None]:
    client = anchor.AuthenticatedClient(
        base_url=base_url, token=key, prefix="", auth_header_name="anchor-api-key"
    )
    sid = str(session_id)  # the complete document types GET /v1/sessions/{session_id} as a plain string
    session: GetSessionResponse | AnchorError | None = get_session.sync(sid, client=client)
    session_detailed: AnchorResponse[GetSessionResponse | AnchorError] = get_session.sync_detailed(
        sid, client=client
    )
    session_async = await get_session.asyncio(sid, client=client)
    session_async_detailed = await get_session.asyncio_detailed(sid, client=client)
    statuses: list[str | None] = [
        s.data.status
        if isinstance(s, GetSessionResponse)
        and not isinstance(s.data, Unset)
        and not isinstance(s.data.status, Unset)
        else None
        for s in (session, session_detailed.parsed, session_async, session_async_detailed.parsed)
    ]
    actions: list[AnchorAction] = [
        pause_agent.sync(session_id, client=client),
        pause_agent.sync_detailed(session_id, client=client).parsed,
        await pause_agent.asyncio(session_id, client=client),
        (await pause_agent.asyncio_detailed(session_id, client=client)).parsed,
        resume_agent.sync(session_id, client=client),
        resume_agent.sync_detailed(session_id, client=client).parsed,
        await resume_agent.asyncio(session_id, client=client),
        (await resume_agent.asyncio_detailed(session_id, client=client)).parsed,
    ]
    return statuses + [anchor_status(a) for a in actions]


async def use_agi(base_url: str, key: str, session_id: str) -> list[str]:
    client = agi.AuthenticatedClient(base_url=base_url, token=key)
    paused: AgiResponse[SessionActionResponse | AgiError] = pause_session.sync_detailed(
        session_id, client=client
    )
    actions: list[AgiAction] = [
        pause_session.sync(session_id, client=client),
        paused.parsed,
        await pause_session.asyncio(session_id, client=client),
        (await pause_session.asyncio_detailed(session_id, client=client)).parsed,
        resume_session.sync(session_id, client=client),
        resume_session.sync_detailed(session_id, client=client).parsed,
        await resume_session.asyncio(session_id, client=client),
        (await resume_session.asyncio_detailed(session_id, client=client)).parsed,
    ]
    messages: list[str] = []
    for r in actions:
        if isinstance(r, SessionActionResponse):
            messages.append(f"{r.success}: {r.message}")
        elif isinstance(r, AgiError):
            messages.append(r.detail)
    statuses: list[SessionStatusResponse | AgiError | None] = [
        get_session_status.sync(session_id, client=client),
        get_session_status.sync_detailed(session_id, client=client).parsed,
        await get_session_status.asyncio(session_id, client=client),
        (await get_session_status.asyncio_detailed(session_id, client=client)).parsed,
    ]
    for s in statuses:
        if isinstance(s, SessionStatusResponse):
            is_paused: bool = s.status is SessionStatus.PAUSED
            messages.append(f"{s.status.value} paused={is_paused}")
    return messages


async def use_browser_use(base_url: str, key: str, task_id: str) -> list[str]:
    client = browser_use.AuthenticatedClient(base_url=base_url, token=key)
    seen: list[str] = []
    pause: PauseTaskResponse200 | BrowserUseError | HTTPValidationError | None = pause_task.sync(
        client=client, task_id=task_id
    )
    resume: ResumeTaskResponse200 | BrowserUseError | HTTPValidationError | None = resume_task.sync(
        client=client, task_id=task_id
    )
    stop: StopTaskResponse200 | BrowserUseError | HTTPValidationError | None = stop_task.sync(
        client=client, task_id=task_id
    )
    pause_detailed: BrowserUseResponse[PauseTaskResponse200 | BrowserUseError | HTTPValidationError] = (
        pause_task.sync_detailed(client=client, task_id=task_id)
    )
    resume_detailed = resume_task.sync_detailed(client=client, task_id=task_id)
    stop_detailed = stop_task.sync_detailed(client=client, task_id=task_id)
    pause_async = await pause_task.asyncio(client=client, task_id=task_id)
    resume_async = await resume_task.asyncio(client=client, task_id=task_id)
    stop_async = await stop_task.asyncio(client=client, task_id=task_id)
    pause_async_detailed = await pause_task.asyncio_detailed(client=client, task_id=task_id)
    resume_async_detailed = await resume_task.asyncio_detailed(client=client, task_id=task_id)
    stop_async_detailed = await stop_task.asyncio_detailed(client=client, task_id=task_id)
    for r in (
        pause,
        resume,
        stop,
        pause_detailed.parsed,
        resume_detailed.parsed,
        stop_detailed.parsed,
        pause_async,
        resume_async,
        stop_async,
        pause_async_detailed.parsed,
        resume_async_detailed.parsed,
        stop_async_detailed.parsed,
    ):
        if isinstance(r, BrowserUseError):
            seen.append(r.detail)
        elif isinstance(r, HTTPValidationError) and not isinstance(r.detail, BrowserUseUnset):
            seen += [f"{e.loc}: {e.msg} ({e.type_})" for e in r.detail]
    status: TaskStatus | BrowserUseError | HTTPValidationError | None = get_task_status.sync(
        task_id, client=client
    )
    status_detailed = get_task_status.sync_detailed(task_id, client=client)
    status_async = await get_task_status.asyncio(task_id, client=client)
    status_async_detailed = await get_task_status.asyncio_detailed(task_id, client=client)
    for s in (status, status_detailed.parsed, status_async, status_async_detailed.parsed):
        if isinstance(s, TaskStatus):
            seen.append(s.value)
    return seen


async def use_codegen(base_url: str, key: str, org_id: int, run_id: int) -> list[int]:
    client = codegen.AuthenticatedClient(base_url=base_url, token=key)
    body = ResumeAgentRunInput(agent_run_id=run_id, prompt="go on", images=["data:image/png;base64,AA=="])
    run: CodegenRun = get_agent_run.sync(org_id, run_id, client=client)
    run_detailed = get_agent_run.sync_detailed(org_id, run_id, client=client)
    run_async: CodegenRun = await get_agent_run.asyncio(org_id, run_id, client=client)
    run_async_detailed = await get_agent_run.asyncio_detailed(org_id, run_id, client=client)
    resumed: CodegenRun | AgentRunStateErrorResponse = resume_agent_run.sync(org_id, client=client, body=body)
    resumed_detailed: CodegenResponse[
        AgentRunResponse
        | AgentRunNotFoundErrorResponse
        | AgentRunStateErrorResponse
        | APIRateLimitErrorResponse
        | AuthErrorResponse
        | CodegenValidationError
        | PermissionsErrorResponse
    ] = resume_agent_run.sync_detailed(org_id, client=client, body=body)
    resumed_async = await resume_agent_run.asyncio(org_id, client=client, body=body)
    resumed_async_detailed = await resume_agent_run.asyncio_detailed(org_id, client=client, body=body)
    ids: list[int] = []
    for r in (
        run,
        run_detailed.parsed,
        run_async,
        run_async_detailed.parsed,
        resumed,
        resumed_detailed.parsed,
        resumed_async,
        resumed_async_detailed.parsed,
    ):
        if isinstance(r, AgentRunResponse):
            ids.append(r.id)
            status: str | CodegenUnset | None = r.status
            ids.append(len(status) if isinstance(status, str) else 0)
    return ids
