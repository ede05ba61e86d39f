from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_session_request_schema import BatchSessionRequestSchema
from ...models.create_batch_sessions_response_200 import CreateBatchSessionsResponse200
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: BatchSessionRequestSchema,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/batch-sessions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateBatchSessionsResponse200 | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CreateBatchSessionsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = ErrorResponse.from_dict(response.json())

        return response_402

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateBatchSessionsResponse200 | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BatchSessionRequestSchema,
) -> Response[CreateBatchSessionsResponse200 | ErrorResponse]:
    """Create Batch Sessions

     Creates multiple browser sessions in a single batch operation. This endpoint allows you to
    create up to 5,000 browser sessions simultaneously with the same configuration.

    The batch will be processed asynchronously, and you can monitor progress using the batch status
    endpoint.

    Args:
        body (BatchSessionRequestSchema):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateBatchSessionsResponse200 | ErrorResponse]
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
    body: BatchSessionRequestSchema,
) -> CreateBatchSessionsResponse200 | ErrorResponse | None:
    """Create Batch Sessions

     Creates multiple browser sessions in a single batch operation. This endpoint allows you to
    create up to 5,000 browser sessions simultaneously with the same configuration.

    The batch will be processed asynchronously, and you can monitor progress using the batch status
    endpoint.

    Args:
        body (BatchSessionRequestSchema):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateBatchSessionsResponse200 | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BatchSessionRequestSchema,
) -> Response[CreateBatchSessionsResponse200 | ErrorResponse]:
    """Create Batch Sessions

     Creates multiple browser sessions in a single batch operation. This endpoint allows you to
    create up to 5,000 browser sessions simultaneously with the same configuration.

    The batch will be processed asynchronously, and you can monitor progress using the batch status
    endpoint.

    Args:
        body (BatchSessionRequestSchema):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateBatchSessionsResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BatchSessionRequestSchema,
) -> CreateBatchSessionsResponse200 | ErrorResponse | None:
    """Create Batch Sessions

     Creates multiple browser sessions in a single batch operation. This endpoint allows you to
    create up to 5,000 browser sessions simultaneously with the same configuration.

    The batch will be processed asynchronously, and you can monitor progress using the batch status
    endpoint.

    Args:
        body (BatchSessionRequestSchema):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateBatchSessionsResponse200 | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
