import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.session_list_response import SessionListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
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
        "url": "/v1/sessions/all/status",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SessionListResponse | None:
    if response.status_code == 200:
        response_200 = SessionListResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | SessionListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
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
) -> Response[ErrorResponse | SessionListResponse]:
    """List All Sessions Status

     Retrieves status information for all browser sessions associated with the API key.

    Args:
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
        Response[ErrorResponse | SessionListResponse]
    """

    kwargs = _get_kwargs(
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
) -> ErrorResponse | SessionListResponse | None:
    """List All Sessions Status

     Retrieves status information for all browser sessions associated with the API key.

    Args:
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
        ErrorResponse | SessionListResponse
    """

    return sync_detailed(
        client=client,
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
) -> Response[ErrorResponse | SessionListResponse]:
    """List All Sessions Status

     Retrieves status information for all browser sessions associated with the API key.

    Args:
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
        Response[ErrorResponse | SessionListResponse]
    """

    kwargs = _get_kwargs(
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
) -> ErrorResponse | SessionListResponse | None:
    """List All Sessions Status

     Retrieves status information for all browser sessions associated with the API key.

    Args:
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
        ErrorResponse | SessionListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
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
