from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_auth_flow_response import DeleteAuthFlowResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    application_id: UUID,
    auth_flow_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/applications/{application_id}/auth-flows/{auth_flow_id}".format(
            application_id=quote(str(application_id), safe=""),
            auth_flow_id=quote(str(auth_flow_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteAuthFlowResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DeleteAuthFlowResponse.from_dict(response.json())

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
) -> Response[DeleteAuthFlowResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    application_id: UUID,
    auth_flow_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[DeleteAuthFlowResponse | ErrorResponse]:
    """Delete Authentication Flow

     Deletes an existing authentication flow.

    Args:
        application_id (UUID):
        auth_flow_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteAuthFlowResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        auth_flow_id=auth_flow_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    application_id: UUID,
    auth_flow_id: UUID,
    *,
    client: AuthenticatedClient,
) -> DeleteAuthFlowResponse | ErrorResponse | None:
    """Delete Authentication Flow

     Deletes an existing authentication flow.

    Args:
        application_id (UUID):
        auth_flow_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteAuthFlowResponse | ErrorResponse
    """

    return sync_detailed(
        application_id=application_id,
        auth_flow_id=auth_flow_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    application_id: UUID,
    auth_flow_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[DeleteAuthFlowResponse | ErrorResponse]:
    """Delete Authentication Flow

     Deletes an existing authentication flow.

    Args:
        application_id (UUID):
        auth_flow_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteAuthFlowResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        auth_flow_id=auth_flow_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    application_id: UUID,
    auth_flow_id: UUID,
    *,
    client: AuthenticatedClient,
) -> DeleteAuthFlowResponse | ErrorResponse | None:
    """Delete Authentication Flow

     Deletes an existing authentication flow.

    Args:
        application_id (UUID):
        auth_flow_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteAuthFlowResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            application_id=application_id,
            auth_flow_id=auth_flow_id,
            client=client,
        )
    ).parsed
