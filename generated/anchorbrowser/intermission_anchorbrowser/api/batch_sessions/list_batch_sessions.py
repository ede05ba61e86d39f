import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_batch_sessions_response_200 import ListBatchSessionsResponse200
from ...models.list_batch_sessions_status import ListBatchSessionsStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: ListBatchSessionsStatus | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["page"] = page

    params["limit"] = limit

    json_created_after: str | Unset = UNSET
    if not isinstance(created_after, Unset):
        json_created_after = created_after.isoformat()
    params["created_after"] = json_created_after

    json_created_before: str | Unset = UNSET
    if not isinstance(created_before, Unset):
        json_created_before = created_before.isoformat()
    params["created_before"] = json_created_before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/batch-sessions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListBatchSessionsResponse200 | None:
    if response.status_code == 200:
        response_200 = ListBatchSessionsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ListBatchSessionsResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: ListBatchSessionsStatus | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
) -> Response[ErrorResponse | ListBatchSessionsResponse200]:
    """List Batch Sessions

     Lists all batch session requests for the authenticated team, with optional filtering
    by status and pagination support.

    Args:
        status (ListBatchSessionsStatus | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListBatchSessionsResponse200]
    """

    kwargs = _get_kwargs(
        status=status,
        page=page,
        limit=limit,
        created_after=created_after,
        created_before=created_before,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    status: ListBatchSessionsStatus | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
) -> ErrorResponse | ListBatchSessionsResponse200 | None:
    """List Batch Sessions

     Lists all batch session requests for the authenticated team, with optional filtering
    by status and pagination support.

    Args:
        status (ListBatchSessionsStatus | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListBatchSessionsResponse200
    """

    return sync_detailed(
        client=client,
        status=status,
        page=page,
        limit=limit,
        created_after=created_after,
        created_before=created_before,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: ListBatchSessionsStatus | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
) -> Response[ErrorResponse | ListBatchSessionsResponse200]:
    """List Batch Sessions

     Lists all batch session requests for the authenticated team, with optional filtering
    by status and pagination support.

    Args:
        status (ListBatchSessionsStatus | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListBatchSessionsResponse200]
    """

    kwargs = _get_kwargs(
        status=status,
        page=page,
        limit=limit,
        created_after=created_after,
        created_before=created_before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: ListBatchSessionsStatus | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
) -> ErrorResponse | ListBatchSessionsResponse200 | None:
    """List Batch Sessions

     Lists all batch session requests for the authenticated team, with optional filtering
    by status and pagination support.

    Args:
        status (ListBatchSessionsStatus | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListBatchSessionsResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            page=page,
            limit=limit,
            created_after=created_after,
            created_before=created_before,
        )
    ).parsed
