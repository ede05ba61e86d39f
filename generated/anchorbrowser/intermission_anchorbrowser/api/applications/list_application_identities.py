from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_application_identities_response import ListApplicationIdentitiesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    application_id: UUID,
    *,
    search: str | Unset = UNSET,
    metadata: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["search"] = search

    params["metadata"] = metadata

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/applications/{application_id}/identities".format(
            application_id=quote(str(application_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListApplicationIdentitiesResponse | None:
    if response.status_code == 200:
        response_200 = ListApplicationIdentitiesResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ListApplicationIdentitiesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    application_id: UUID,
    *,
    client: AuthenticatedClient,
    search: str | Unset = UNSET,
    metadata: str | Unset = UNSET,
) -> Response[ErrorResponse | ListApplicationIdentitiesResponse]:
    """List Application Identities

     Retrieves all identities associated with a specific application.

    Args:
        application_id (UUID):
        search (str | Unset):
        metadata (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListApplicationIdentitiesResponse]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        search=search,
        metadata=metadata,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    application_id: UUID,
    *,
    client: AuthenticatedClient,
    search: str | Unset = UNSET,
    metadata: str | Unset = UNSET,
) -> ErrorResponse | ListApplicationIdentitiesResponse | None:
    """List Application Identities

     Retrieves all identities associated with a specific application.

    Args:
        application_id (UUID):
        search (str | Unset):
        metadata (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListApplicationIdentitiesResponse
    """

    return sync_detailed(
        application_id=application_id,
        client=client,
        search=search,
        metadata=metadata,
    ).parsed


async def asyncio_detailed(
    application_id: UUID,
    *,
    client: AuthenticatedClient,
    search: str | Unset = UNSET,
    metadata: str | Unset = UNSET,
) -> Response[ErrorResponse | ListApplicationIdentitiesResponse]:
    """List Application Identities

     Retrieves all identities associated with a specific application.

    Args:
        application_id (UUID):
        search (str | Unset):
        metadata (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListApplicationIdentitiesResponse]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        search=search,
        metadata=metadata,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    application_id: UUID,
    *,
    client: AuthenticatedClient,
    search: str | Unset = UNSET,
    metadata: str | Unset = UNSET,
) -> ErrorResponse | ListApplicationIdentitiesResponse | None:
    """List Application Identities

     Retrieves all identities associated with a specific application.

    Args:
        application_id (UUID):
        search (str | Unset):
        metadata (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListApplicationIdentitiesResponse
    """

    return (
        await asyncio_detailed(
            application_id=application_id,
            client=client,
            search=search,
            metadata=metadata,
        )
    ).parsed
