from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_task_request import CreateTaskRequest
from ...models.session_has_running_task_error import SessionHasRunningTaskError
from ...models.session_not_found_error import SessionNotFoundError
from ...models.session_stopped_error import SessionStoppedError
from ...models.task_created_response import TaskCreatedResponse
from ...models.too_many_concurrent_active_sessions_error import TooManyConcurrentActiveSessionsError
from ...models.validation_error import ValidationError
from ...types import Response


def _get_kwargs(
    *,
    body: CreateTaskRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/tasks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    SessionHasRunningTaskError
    | SessionStoppedError
    | SessionNotFoundError
    | TaskCreatedResponse
    | TooManyConcurrentActiveSessionsError
    | ValidationError
    | None
):
    if response.status_code == 202:
        response_202 = TaskCreatedResponse.from_dict(response.json())

        return response_202

    if response.status_code == 400:

        def _parse_response_400(data: object) -> SessionHasRunningTaskError | SessionStoppedError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_400_type_0 = SessionStoppedError.from_dict(data)

                return response_400_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_400_type_1 = SessionHasRunningTaskError.from_dict(data)

            return response_400_type_1

        response_400 = _parse_response_400(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = SessionNotFoundError.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ValidationError.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = TooManyConcurrentActiveSessionsError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    SessionHasRunningTaskError
    | SessionStoppedError
    | SessionNotFoundError
    | TaskCreatedResponse
    | TooManyConcurrentActiveSessionsError
    | ValidationError
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateTaskRequest,
) -> Response[
    SessionHasRunningTaskError
    | SessionStoppedError
    | SessionNotFoundError
    | TaskCreatedResponse
    | TooManyConcurrentActiveSessionsError
    | ValidationError
]:
    """Create Task

     Create and start a new task.

    You can either:
    1. Start a new task without a sessionId (auto-creates a session with US proxy by default).
       Note: Tasks without a sessionId are one-off tasks that automatically close the session
       upon completion (keep_alive=false). Use sessionSettings to configure the auto-created
       session (e.g. proxyCountryCode, profileId, screen dimensions).
    2. Start a new task in an existing session (reuse for follow-up tasks or custom configuration)

    Note: Without sessionSettings, a US proxy is enabled by default. Providing sessionSettings
    overrides defaults — proxy is only enabled if proxyCountryCode is set. For full control over
    session configuration (e.g. keep_alive), create a session first via POST /sessions with your
    desired settings, then pass that sessionId when creating tasks.

    Args:
        body (CreateTaskRequest): Request model for creating a task

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SessionHasRunningTaskError | SessionStoppedError | SessionNotFoundError | TaskCreatedResponse | TooManyConcurrentActiveSessionsError | ValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateTaskRequest,
) -> (
    SessionHasRunningTaskError
    | SessionStoppedError
    | SessionNotFoundError
    | TaskCreatedResponse
    | TooManyConcurrentActiveSessionsError
    | ValidationError
    | None
):
    """Create Task

     Create and start a new task.

    You can either:
    1. Start a new task without a sessionId (auto-creates a session with US proxy by default).
       Note: Tasks without a sessionId are one-off tasks that automatically close the session
       upon completion (keep_alive=false). Use sessionSettings to configure the auto-created
       session (e.g. proxyCountryCode, profileId, screen dimensions).
    2. Start a new task in an existing session (reuse for follow-up tasks or custom configuration)

    Note: Without sessionSettings, a US proxy is enabled by default. Providing sessionSettings
    overrides defaults — proxy is only enabled if proxyCountryCode is set. For full control over
    session configuration (e.g. keep_alive), create a session first via POST /sessions with your
    desired settings, then pass that sessionId when creating tasks.

    Args:
        body (CreateTaskRequest): Request model for creating a task

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SessionHasRunningTaskError | SessionStoppedError | SessionNotFoundError | TaskCreatedResponse | TooManyConcurrentActiveSessionsError | ValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateTaskRequest,
) -> Response[
    SessionHasRunningTaskError
    | SessionStoppedError
    | SessionNotFoundError
    | TaskCreatedResponse
    | TooManyConcurrentActiveSessionsError
    | ValidationError
]:
    """Create Task

     Create and start a new task.

    You can either:
    1. Start a new task without a sessionId (auto-creates a session with US proxy by default).
       Note: Tasks without a sessionId are one-off tasks that automatically close the session
       upon completion (keep_alive=false). Use sessionSettings to configure the auto-created
       session (e.g. proxyCountryCode, profileId, screen dimensions).
    2. Start a new task in an existing session (reuse for follow-up tasks or custom configuration)

    Note: Without sessionSettings, a US proxy is enabled by default. Providing sessionSettings
    overrides defaults — proxy is only enabled if proxyCountryCode is set. For full control over
    session configuration (e.g. keep_alive), create a session first via POST /sessions with your
    desired settings, then pass that sessionId when creating tasks.

    Args:
        body (CreateTaskRequest): Request model for creating a task

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SessionHasRunningTaskError | SessionStoppedError | SessionNotFoundError | TaskCreatedResponse | TooManyConcurrentActiveSessionsError | ValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateTaskRequest,
) -> (
    SessionHasRunningTaskError
    | SessionStoppedError
    | SessionNotFoundError
    | TaskCreatedResponse
    | TooManyConcurrentActiveSessionsError
    | ValidationError
    | None
):
    """Create Task

     Create and start a new task.

    You can either:
    1. Start a new task without a sessionId (auto-creates a session with US proxy by default).
       Note: Tasks without a sessionId are one-off tasks that automatically close the session
       upon completion (keep_alive=false). Use sessionSettings to configure the auto-created
       session (e.g. proxyCountryCode, profileId, screen dimensions).
    2. Start a new task in an existing session (reuse for follow-up tasks or custom configuration)

    Note: Without sessionSettings, a US proxy is enabled by default. Providing sessionSettings
    overrides defaults — proxy is only enabled if proxyCountryCode is set. For full control over
    session configuration (e.g. keep_alive), create a session first via POST /sessions with your
    desired settings, then pass that sessionId when creating tasks.

    Args:
        body (CreateTaskRequest): Request model for creating a task

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SessionHasRunningTaskError | SessionStoppedError | SessionNotFoundError | TaskCreatedResponse | TooManyConcurrentActiveSessionsError | ValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
