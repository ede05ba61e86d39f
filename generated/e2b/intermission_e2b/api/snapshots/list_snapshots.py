from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.snapshot_info import SnapshotInfo
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    sandbox_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    limit: int | Unset = 100,
    next_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sandboxID"] = sandbox_id

    params["name"] = name

    params["limit"] = limit

    params["nextToken"] = next_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/snapshots",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[SnapshotInfo] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = SnapshotInfo.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[SnapshotInfo]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    sandbox_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    limit: int | Unset = 100,
    next_token: str | Unset = UNSET,
) -> Response[Error | list[SnapshotInfo]]:
    """List snapshots

     List all snapshots for the team

    Args:
        sandbox_id (str | Unset): Filter snapshots by source sandbox ID
        name (str | Unset):
        limit (int | Unset):  Default: 100.
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[SnapshotInfo]]
    """

    kwargs = _get_kwargs(
        sandbox_id=sandbox_id,
        name=name,
        limit=limit,
        next_token=next_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    sandbox_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    limit: int | Unset = 100,
    next_token: str | Unset = UNSET,
) -> Error | list[SnapshotInfo] | None:
    """List snapshots

     List all snapshots for the team

    Args:
        sandbox_id (str | Unset): Filter snapshots by source sandbox ID
        name (str | Unset):
        limit (int | Unset):  Default: 100.
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[SnapshotInfo]
    """

    return sync_detailed(
        client=client,
        sandbox_id=sandbox_id,
        name=name,
        limit=limit,
        next_token=next_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    sandbox_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    limit: int | Unset = 100,
    next_token: str | Unset = UNSET,
) -> Response[Error | list[SnapshotInfo]]:
    """List snapshots

     List all snapshots for the team

    Args:
        sandbox_id (str | Unset): Filter snapshots by source sandbox ID
        name (str | Unset):
        limit (int | Unset):  Default: 100.
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[SnapshotInfo]]
    """

    kwargs = _get_kwargs(
        sandbox_id=sandbox_id,
        name=name,
        limit=limit,
        next_token=next_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    sandbox_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    limit: int | Unset = 100,
    next_token: str | Unset = UNSET,
) -> Error | list[SnapshotInfo] | None:
    """List snapshots

     List all snapshots for the team

    Args:
        sandbox_id (str | Unset): Filter snapshots by source sandbox ID
        name (str | Unset):
        limit (int | Unset):  Default: 100.
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[SnapshotInfo]
    """

    return (
        await asyncio_detailed(
            client=client,
            sandbox_id=sandbox_id,
            name=name,
            limit=limit,
            next_token=next_token,
        )
    ).parsed
