import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_sessions_history_page_limit import ListSessionsHistoryPageLimit
from ...models.list_sessions_history_page_sort_order import ListSessionsHistoryPageSortOrder
from ...models.session_history_page_response import SessionHistoryPageResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    limit: ListSessionsHistoryPageLimit | Unset = ListSessionsHistoryPageLimit.VALUE_10,
    sort_by: str | Unset = "created_at",
    sort_order: ListSessionsHistoryPageSortOrder | Unset = ListSessionsHistoryPageSortOrder.ASC,
    search: str | Unset = UNSET,
    status: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    domains: str | Unset = UNSET,
    created_from: datetime.datetime | Unset = UNSET,
    created_to: datetime.datetime | Unset = UNSET,
    batch_id: str | Unset = UNSET,
    task_initiated: bool | Unset = UNSET,
    playground: bool | Unset = UNSET,
    proxy: bool | Unset = UNSET,
    extra_stealth: bool | Unset = UNSET,
    profile_name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    json_limit: int | Unset = UNSET
    if not isinstance(limit, Unset):
        json_limit = limit.value

    params["limit"] = json_limit

    params["sort_by"] = sort_by

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sort_order"] = json_sort_order

    params["search"] = search

    params["status"] = status

    params["tags"] = tags

    params["domains"] = domains

    json_created_from: str | Unset = UNSET
    if not isinstance(created_from, Unset):
        json_created_from = created_from.isoformat()
    params["created_from"] = json_created_from

    json_created_to: str | Unset = UNSET
    if not isinstance(created_to, Unset):
        json_created_to = created_to.isoformat()
    params["created_to"] = json_created_to

    params["batch_id"] = batch_id

    params["task_initiated"] = task_initiated

    params["playground"] = playground

    params["proxy"] = proxy

    params["extra_stealth"] = extra_stealth

    params["profile_name"] = profile_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/sessions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SessionHistoryPageResponse | None:
    if response.status_code == 200:
        response_200 = SessionHistoryPageResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

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
) -> Response[ErrorResponse | SessionHistoryPageResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    limit: ListSessionsHistoryPageLimit | Unset = ListSessionsHistoryPageLimit.VALUE_10,
    sort_by: str | Unset = "created_at",
    sort_order: ListSessionsHistoryPageSortOrder | Unset = ListSessionsHistoryPageSortOrder.ASC,
    search: str | Unset = UNSET,
    status: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    domains: str | Unset = UNSET,
    created_from: datetime.datetime | Unset = UNSET,
    created_to: datetime.datetime | Unset = UNSET,
    batch_id: str | Unset = UNSET,
    task_initiated: bool | Unset = UNSET,
    playground: bool | Unset = UNSET,
    proxy: bool | Unset = UNSET,
    extra_stealth: bool | Unset = UNSET,
    profile_name: str | Unset = UNSET,
) -> Response[ErrorResponse | SessionHistoryPageResponse]:
    """List Sessions History Page

     Retrieves a paginated list of sessions for the authenticated team with support for
    sorting and advanced filtering. This endpoint mirrors the backend session history-page
    filtering behavior.

    Args:
        page (int | Unset):  Default: 1.
        limit (ListSessionsHistoryPageLimit | Unset):  Default:
            ListSessionsHistoryPageLimit.VALUE_10.
        sort_by (str | Unset):  Default: 'created_at'.
        sort_order (ListSessionsHistoryPageSortOrder | Unset):  Default:
            ListSessionsHistoryPageSortOrder.ASC.
        search (str | Unset):
        status (str | Unset):
        tags (str | Unset):
        domains (str | Unset):
        created_from (datetime.datetime | Unset):
        created_to (datetime.datetime | Unset):
        batch_id (str | Unset):
        task_initiated (bool | Unset):
        playground (bool | Unset):
        proxy (bool | Unset):
        extra_stealth (bool | Unset):
        profile_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SessionHistoryPageResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        sort_by=sort_by,
        sort_order=sort_order,
        search=search,
        status=status,
        tags=tags,
        domains=domains,
        created_from=created_from,
        created_to=created_to,
        batch_id=batch_id,
        task_initiated=task_initiated,
        playground=playground,
        proxy=proxy,
        extra_stealth=extra_stealth,
        profile_name=profile_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    limit: ListSessionsHistoryPageLimit | Unset = ListSessionsHistoryPageLimit.VALUE_10,
    sort_by: str | Unset = "created_at",
    sort_order: ListSessionsHistoryPageSortOrder | Unset = ListSessionsHistoryPageSortOrder.ASC,
    search: str | Unset = UNSET,
    status: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    domains: str | Unset = UNSET,
    created_from: datetime.datetime | Unset = UNSET,
    created_to: datetime.datetime | Unset = UNSET,
    batch_id: str | Unset = UNSET,
    task_initiated: bool | Unset = UNSET,
    playground: bool | Unset = UNSET,
    proxy: bool | Unset = UNSET,
    extra_stealth: bool | Unset = UNSET,
    profile_name: str | Unset = UNSET,
) -> ErrorResponse | SessionHistoryPageResponse | None:
    """List Sessions History Page

     Retrieves a paginated list of sessions for the authenticated team with support for
    sorting and advanced filtering. This endpoint mirrors the backend session history-page
    filtering behavior.

    Args:
        page (int | Unset):  Default: 1.
        limit (ListSessionsHistoryPageLimit | Unset):  Default:
            ListSessionsHistoryPageLimit.VALUE_10.
        sort_by (str | Unset):  Default: 'created_at'.
        sort_order (ListSessionsHistoryPageSortOrder | Unset):  Default:
            ListSessionsHistoryPageSortOrder.ASC.
        search (str | Unset):
        status (str | Unset):
        tags (str | Unset):
        domains (str | Unset):
        created_from (datetime.datetime | Unset):
        created_to (datetime.datetime | Unset):
        batch_id (str | Unset):
        task_initiated (bool | Unset):
        playground (bool | Unset):
        proxy (bool | Unset):
        extra_stealth (bool | Unset):
        profile_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SessionHistoryPageResponse
    """

    return sync_detailed(
        client=client,
        page=page,
        limit=limit,
        sort_by=sort_by,
        sort_order=sort_order,
        search=search,
        status=status,
        tags=tags,
        domains=domains,
        created_from=created_from,
        created_to=created_to,
        batch_id=batch_id,
        task_initiated=task_initiated,
        playground=playground,
        proxy=proxy,
        extra_stealth=extra_stealth,
        profile_name=profile_name,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    limit: ListSessionsHistoryPageLimit | Unset = ListSessionsHistoryPageLimit.VALUE_10,
    sort_by: str | Unset = "created_at",
    sort_order: ListSessionsHistoryPageSortOrder | Unset = ListSessionsHistoryPageSortOrder.ASC,
    search: str | Unset = UNSET,
    status: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    domains: str | Unset = UNSET,
    created_from: datetime.datetime | Unset = UNSET,
    created_to: datetime.datetime | Unset = UNSET,
    batch_id: str | Unset = UNSET,
    task_initiated: bool | Unset = UNSET,
    playground: bool | Unset = UNSET,
    proxy: bool | Unset = UNSET,
    extra_stealth: bool | Unset = UNSET,
    profile_name: str | Unset = UNSET,
) -> Response[ErrorResponse | SessionHistoryPageResponse]:
    """List Sessions History Page

     Retrieves a paginated list of sessions for the authenticated team with support for
    sorting and advanced filtering. This endpoint mirrors the backend session history-page
    filtering behavior.

    Args:
        page (int | Unset):  Default: 1.
        limit (ListSessionsHistoryPageLimit | Unset):  Default:
            ListSessionsHistoryPageLimit.VALUE_10.
        sort_by (str | Unset):  Default: 'created_at'.
        sort_order (ListSessionsHistoryPageSortOrder | Unset):  Default:
            ListSessionsHistoryPageSortOrder.ASC.
        search (str | Unset):
        status (str | Unset):
        tags (str | Unset):
        domains (str | Unset):
        created_from (datetime.datetime | Unset):
        created_to (datetime.datetime | Unset):
        batch_id (str | Unset):
        task_initiated (bool | Unset):
        playground (bool | Unset):
        proxy (bool | Unset):
        extra_stealth (bool | Unset):
        profile_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SessionHistoryPageResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        sort_by=sort_by,
        sort_order=sort_order,
        search=search,
        status=status,
        tags=tags,
        domains=domains,
        created_from=created_from,
        created_to=created_to,
        batch_id=batch_id,
        task_initiated=task_initiated,
        playground=playground,
        proxy=proxy,
        extra_stealth=extra_stealth,
        profile_name=profile_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    limit: ListSessionsHistoryPageLimit | Unset = ListSessionsHistoryPageLimit.VALUE_10,
    sort_by: str | Unset = "created_at",
    sort_order: ListSessionsHistoryPageSortOrder | Unset = ListSessionsHistoryPageSortOrder.ASC,
    search: str | Unset = UNSET,
    status: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    domains: str | Unset = UNSET,
    created_from: datetime.datetime | Unset = UNSET,
    created_to: datetime.datetime | Unset = UNSET,
    batch_id: str | Unset = UNSET,
    task_initiated: bool | Unset = UNSET,
    playground: bool | Unset = UNSET,
    proxy: bool | Unset = UNSET,
    extra_stealth: bool | Unset = UNSET,
    profile_name: str | Unset = UNSET,
) -> ErrorResponse | SessionHistoryPageResponse | None:
    """List Sessions History Page

     Retrieves a paginated list of sessions for the authenticated team with support for
    sorting and advanced filtering. This endpoint mirrors the backend session history-page
    filtering behavior.

    Args:
        page (int | Unset):  Default: 1.
        limit (ListSessionsHistoryPageLimit | Unset):  Default:
            ListSessionsHistoryPageLimit.VALUE_10.
        sort_by (str | Unset):  Default: 'created_at'.
        sort_order (ListSessionsHistoryPageSortOrder | Unset):  Default:
            ListSessionsHistoryPageSortOrder.ASC.
        search (str | Unset):
        status (str | Unset):
        tags (str | Unset):
        domains (str | Unset):
        created_from (datetime.datetime | Unset):
        created_to (datetime.datetime | Unset):
        batch_id (str | Unset):
        task_initiated (bool | Unset):
        playground (bool | Unset):
        proxy (bool | Unset):
        extra_stealth (bool | Unset):
        profile_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SessionHistoryPageResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            limit=limit,
            sort_by=sort_by,
            sort_order=sort_order,
            search=search,
            status=status,
            tags=tags,
            domains=domains,
            created_from=created_from,
            created_to=created_to,
            batch_id=batch_id,
            task_initiated=task_initiated,
            playground=playground,
            proxy=proxy,
            extra_stealth=extra_stealth,
            profile_name=profile_name,
        )
    ).parsed
