from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.node_detail import NodeDetail
from ...types import UNSET, Response, Unset


def _get_kwargs(
    node_id: str,
    *,
    cluster_id: UUID | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_cluster_id: str | Unset = UNSET
    if not isinstance(cluster_id, Unset):
        json_cluster_id = str(cluster_id)
    params["clusterID"] = json_cluster_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/nodes/{node_id}".format(
            node_id=quote(str(node_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | NodeDetail | None:
    if response.status_code == 200:
        response_200 = NodeDetail.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | NodeDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    node_id: str,
    *,
    client: AuthenticatedClient,
    cluster_id: UUID | Unset = UNSET,
) -> Response[Error | NodeDetail]:
    """Node info

     Get node info

    Args:
        node_id (str):
        cluster_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | NodeDetail]
    """

    kwargs = _get_kwargs(
        node_id=node_id,
        cluster_id=cluster_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    node_id: str,
    *,
    client: AuthenticatedClient,
    cluster_id: UUID | Unset = UNSET,
) -> Error | NodeDetail | None:
    """Node info

     Get node info

    Args:
        node_id (str):
        cluster_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | NodeDetail
    """

    return sync_detailed(
        node_id=node_id,
        client=client,
        cluster_id=cluster_id,
    ).parsed


async def asyncio_detailed(
    node_id: str,
    *,
    client: AuthenticatedClient,
    cluster_id: UUID | Unset = UNSET,
) -> Response[Error | NodeDetail]:
    """Node info

     Get node info

    Args:
        node_id (str):
        cluster_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | NodeDetail]
    """

    kwargs = _get_kwargs(
        node_id=node_id,
        cluster_id=cluster_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    node_id: str,
    *,
    client: AuthenticatedClient,
    cluster_id: UUID | Unset = UNSET,
) -> Error | NodeDetail | None:
    """Node info

     Get node info

    Args:
        node_id (str):
        cluster_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | NodeDetail
    """

    return (
        await asyncio_detailed(
            node_id=node_id,
            client=client,
            cluster_id=cluster_id,
        )
    ).parsed
