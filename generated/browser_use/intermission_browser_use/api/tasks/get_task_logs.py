from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.download_url_generation_error import DownloadUrlGenerationError
from ...models.http_validation_error import HTTPValidationError
from ...models.task_log_file_response import TaskLogFileResponse
from ...models.task_not_found_error import TaskNotFoundError
from ...types import Response


def _get_kwargs(
    task_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/tasks/{task_id}/logs".format(
            task_id=quote(str(task_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DownloadUrlGenerationError | HTTPValidationError | TaskLogFileResponse | TaskNotFoundError | None:
    if response.status_code == 200:
        response_200 = TaskLogFileResponse.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = TaskNotFoundError.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if response.status_code == 500:
        response_500 = DownloadUrlGenerationError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DownloadUrlGenerationError | HTTPValidationError | TaskLogFileResponse | TaskNotFoundError]:
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
) -> Response[DownloadUrlGenerationError | HTTPValidationError | TaskLogFileResponse | TaskNotFoundError]:
    """Get Task Logs

     Get secure download URL for task execution logs with step-by-step details.

    Args:
        task_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DownloadUrlGenerationError | HTTPValidationError | TaskLogFileResponse | TaskNotFoundError]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    task_id: UUID,
    *,
    client: AuthenticatedClient,
) -> DownloadUrlGenerationError | HTTPValidationError | TaskLogFileResponse | TaskNotFoundError | None:
    """Get Task Logs

     Get secure download URL for task execution logs with step-by-step details.

    Args:
        task_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DownloadUrlGenerationError | HTTPValidationError | TaskLogFileResponse | TaskNotFoundError
    """

    return sync_detailed(
        task_id=task_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    task_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[DownloadUrlGenerationError | HTTPValidationError | TaskLogFileResponse | TaskNotFoundError]:
    """Get Task Logs

     Get secure download URL for task execution logs with step-by-step details.

    Args:
        task_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DownloadUrlGenerationError | HTTPValidationError | TaskLogFileResponse | TaskNotFoundError]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    task_id: UUID,
    *,
    client: AuthenticatedClient,
) -> DownloadUrlGenerationError | HTTPValidationError | TaskLogFileResponse | TaskNotFoundError | None:
    """Get Task Logs

     Get secure download URL for task execution logs with step-by-step details.

    Args:
        task_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DownloadUrlGenerationError | HTTPValidationError | TaskLogFileResponse | TaskNotFoundError
    """

    return (
        await asyncio_detailed(
            task_id=task_id,
            client=client,
        )
    ).parsed
