import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.task_list_response import TaskListResponse
from ...models.task_status import TaskStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_size: int | Unset = 10,
    page_number: int | Unset = 1,
    session_id: None | Unset | UUID = UNSET,
    filter_by: None | TaskStatus | Unset = UNSET,
    after: datetime.datetime | None | Unset = UNSET,
    before: datetime.datetime | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageSize"] = page_size

    params["pageNumber"] = page_number

    json_session_id: None | str | Unset
    if isinstance(session_id, Unset):
        json_session_id = UNSET
    elif isinstance(session_id, UUID):
        json_session_id = str(session_id)
    else:
        json_session_id = session_id
    params["sessionId"] = json_session_id

    json_filter_by: None | str | Unset
    if isinstance(filter_by, Unset):
        json_filter_by = UNSET
    elif isinstance(filter_by, TaskStatus):
        json_filter_by = filter_by.value
    else:
        json_filter_by = filter_by
    params["filterBy"] = json_filter_by

    json_after: None | str | Unset
    if isinstance(after, Unset):
        json_after = UNSET
    elif isinstance(after, datetime.datetime):
        json_after = after.isoformat()
    else:
        json_after = after
    params["after"] = json_after

    json_before: None | str | Unset
    if isinstance(before, Unset):
        json_before = UNSET
    elif isinstance(before, datetime.datetime):
        json_before = before.isoformat()
    else:
        json_before = before
    params["before"] = json_before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/tasks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | TaskListResponse | None:
    if response.status_code == 200:
        response_200 = TaskListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | TaskListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = 10,
    page_number: int | Unset = 1,
    session_id: None | Unset | UUID = UNSET,
    filter_by: None | TaskStatus | Unset = UNSET,
    after: datetime.datetime | None | Unset = UNSET,
    before: datetime.datetime | None | Unset = UNSET,
) -> Response[HTTPValidationError | TaskListResponse]:
    """List Tasks

     Get paginated list of AI agent tasks with optional filtering by session and status.

    Args:
        page_size (int | Unset):  Default: 10.
        page_number (int | Unset):  Default: 1.
        session_id (None | Unset | UUID):
        filter_by (None | TaskStatus | Unset):
        after (datetime.datetime | None | Unset):
        before (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | TaskListResponse]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        page_number=page_number,
        session_id=session_id,
        filter_by=filter_by,
        after=after,
        before=before,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = 10,
    page_number: int | Unset = 1,
    session_id: None | Unset | UUID = UNSET,
    filter_by: None | TaskStatus | Unset = UNSET,
    after: datetime.datetime | None | Unset = UNSET,
    before: datetime.datetime | None | Unset = UNSET,
) -> HTTPValidationError | TaskListResponse | None:
    """List Tasks

     Get paginated list of AI agent tasks with optional filtering by session and status.

    Args:
        page_size (int | Unset):  Default: 10.
        page_number (int | Unset):  Default: 1.
        session_id (None | Unset | UUID):
        filter_by (None | TaskStatus | Unset):
        after (datetime.datetime | None | Unset):
        before (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | TaskListResponse
    """

    return sync_detailed(
        client=client,
        page_size=page_size,
        page_number=page_number,
        session_id=session_id,
        filter_by=filter_by,
        after=after,
        before=before,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = 10,
    page_number: int | Unset = 1,
    session_id: None | Unset | UUID = UNSET,
    filter_by: None | TaskStatus | Unset = UNSET,
    after: datetime.datetime | None | Unset = UNSET,
    before: datetime.datetime | None | Unset = UNSET,
) -> Response[HTTPValidationError | TaskListResponse]:
    """List Tasks

     Get paginated list of AI agent tasks with optional filtering by session and status.

    Args:
        page_size (int | Unset):  Default: 10.
        page_number (int | Unset):  Default: 1.
        session_id (None | Unset | UUID):
        filter_by (None | TaskStatus | Unset):
        after (datetime.datetime | None | Unset):
        before (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | TaskListResponse]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        page_number=page_number,
        session_id=session_id,
        filter_by=filter_by,
        after=after,
        before=before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = 10,
    page_number: int | Unset = 1,
    session_id: None | Unset | UUID = UNSET,
    filter_by: None | TaskStatus | Unset = UNSET,
    after: datetime.datetime | None | Unset = UNSET,
    before: datetime.datetime | None | Unset = UNSET,
) -> HTTPValidationError | TaskListResponse | None:
    """List Tasks

     Get paginated list of AI agent tasks with optional filtering by session and status.

    Args:
        page_size (int | Unset):  Default: 10.
        page_number (int | Unset):  Default: 1.
        session_id (None | Unset | UUID):
        filter_by (None | TaskStatus | Unset):
        after (datetime.datetime | None | Unset):
        before (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | TaskListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page_size=page_size,
            page_number=page_number,
            session_id=session_id,
            filter_by=filter_by,
            after=after,
            before=before,
        )
    ).parsed
