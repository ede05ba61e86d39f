from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.task_not_found_error import TaskNotFoundError
from ...models.task_view import TaskView
from ...models.update_task_request import UpdateTaskRequest
from ...models.validation_error import ValidationError
from ...types import Response


def _get_kwargs(
    task_id: UUID,
    *,
    body: UpdateTaskRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v2/tasks/{task_id}".format(
            task_id=quote(str(task_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TaskNotFoundError | TaskView | ValidationError | None:
    if response.status_code == 200:
        response_200 = TaskView.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = TaskNotFoundError.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TaskNotFoundError | TaskView | ValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    task_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UpdateTaskRequest,
) -> Response[TaskNotFoundError | TaskView | ValidationError]:
    """Update Task

     Control task execution with stop, pause, resume, or stop task and session actions.

    Args:
        task_id (UUID):
        body (UpdateTaskRequest): Request model for updating task state

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TaskNotFoundError | TaskView | ValidationError]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    task_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UpdateTaskRequest,
) -> TaskNotFoundError | TaskView | ValidationError | None:
    """Update Task

     Control task execution with stop, pause, resume, or stop task and session actions.

    Args:
        task_id (UUID):
        body (UpdateTaskRequest): Request model for updating task state

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TaskNotFoundError | TaskView | ValidationError
    """

    return sync_detailed(
        task_id=task_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    task_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UpdateTaskRequest,
) -> Response[TaskNotFoundError | TaskView | ValidationError]:
    """Update Task

     Control task execution with stop, pause, resume, or stop task and session actions.

    Args:
        task_id (UUID):
        body (UpdateTaskRequest): Request model for updating task state

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TaskNotFoundError | TaskView | ValidationError]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    task_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UpdateTaskRequest,
) -> TaskNotFoundError | TaskView | ValidationError | None:
    """Update Task

     Control task execution with stop, pause, resume, or stop task and session actions.

    Args:
        task_id (UUID):
        body (UpdateTaskRequest): Request model for updating task state

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TaskNotFoundError | TaskView | ValidationError
    """

    return (
        await asyncio_detailed(
            task_id=task_id,
            client=client,
            body=body,
        )
    ).parsed
