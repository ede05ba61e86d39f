from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_session_retry_request_schema import BatchSessionRetryRequestSchema
from ...models.error_response import ErrorResponse
from ...models.retry_failed_batch_sessions_response_200 import RetryFailedBatchSessionsResponse200
from ...types import Response


def _get_kwargs(
    batch_id: UUID,
    *,
    body: BatchSessionRetryRequestSchema,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/batch-sessions/{batch_id}/retry".format(
            batch_id=quote(str(batch_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RetryFailedBatchSessionsResponse200 | None:
    if response.status_code == 200:
        response_200 = RetryFailedBatchSessionsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | RetryFailedBatchSessionsResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    batch_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BatchSessionRetryRequestSchema,
) -> Response[ErrorResponse | RetryFailedBatchSessionsResponse200]:
    """Retry Failed Batch Sessions

     Retries failed sessions in a batch by creating new browser pods for each
    failed session. The batch status will be set back to 'processing'.

    Args:
        batch_id (UUID):
        body (BatchSessionRetryRequestSchema):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RetryFailedBatchSessionsResponse200]
    """

    kwargs = _get_kwargs(
        batch_id=batch_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    batch_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BatchSessionRetryRequestSchema,
) -> ErrorResponse | RetryFailedBatchSessionsResponse200 | None:
    """Retry Failed Batch Sessions

     Retries failed sessions in a batch by creating new browser pods for each
    failed session. The batch status will be set back to 'processing'.

    Args:
        batch_id (UUID):
        body (BatchSessionRetryRequestSchema):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RetryFailedBatchSessionsResponse200
    """

    return sync_detailed(
        batch_id=batch_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    batch_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BatchSessionRetryRequestSchema,
) -> Response[ErrorResponse | RetryFailedBatchSessionsResponse200]:
    """Retry Failed Batch Sessions

     Retries failed sessions in a batch by creating new browser pods for each
    failed session. The batch status will be set back to 'processing'.

    Args:
        batch_id (UUID):
        body (BatchSessionRetryRequestSchema):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RetryFailedBatchSessionsResponse200]
    """

    kwargs = _get_kwargs(
        batch_id=batch_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    batch_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BatchSessionRetryRequestSchema,
) -> ErrorResponse | RetryFailedBatchSessionsResponse200 | None:
    """Retry Failed Batch Sessions

     Retries failed sessions in a batch by creating new browser pods for each
    failed session. The batch status will be set back to 'processing'.

    Args:
        batch_id (UUID):
        body (BatchSessionRetryRequestSchema):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RetryFailedBatchSessionsResponse200
    """

    return (
        await asyncio_detailed(
            batch_id=batch_id,
            client=client,
            body=body,
        )
    ).parsed
