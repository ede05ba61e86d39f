from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_identity_token_request import CreateIdentityTokenRequest
from ...models.error_response import ErrorResponse
from ...models.identity_token_response import IdentityTokenResponse
from ...types import Response


def _get_kwargs(
    application_id: UUID,
    *,
    body: CreateIdentityTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/applications/{application_id}/tokens".format(
            application_id=quote(str(application_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | IdentityTokenResponse | None:
    if response.status_code == 201:
        response_201 = IdentityTokenResponse.from_dict(response.json())

        return response_201

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
) -> Response[ErrorResponse | IdentityTokenResponse]:
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
    body: CreateIdentityTokenRequest,
) -> Response[ErrorResponse | IdentityTokenResponse]:
    """Create Identity Token

     Creates an identity token for a specific application. This token is used to initiate
    an authentication flow for linking user identities to the application.

    The callback URL must use HTTPS and is where the user will be redirected after authentication.

    Args:
        application_id (UUID):
        body (CreateIdentityTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | IdentityTokenResponse]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    application_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CreateIdentityTokenRequest,
) -> ErrorResponse | IdentityTokenResponse | None:
    """Create Identity Token

     Creates an identity token for a specific application. This token is used to initiate
    an authentication flow for linking user identities to the application.

    The callback URL must use HTTPS and is where the user will be redirected after authentication.

    Args:
        application_id (UUID):
        body (CreateIdentityTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | IdentityTokenResponse
    """

    return sync_detailed(
        application_id=application_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    application_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CreateIdentityTokenRequest,
) -> Response[ErrorResponse | IdentityTokenResponse]:
    """Create Identity Token

     Creates an identity token for a specific application. This token is used to initiate
    an authentication flow for linking user identities to the application.

    The callback URL must use HTTPS and is where the user will be redirected after authentication.

    Args:
        application_id (UUID):
        body (CreateIdentityTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | IdentityTokenResponse]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    application_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CreateIdentityTokenRequest,
) -> ErrorResponse | IdentityTokenResponse | None:
    """Create Identity Token

     Creates an identity token for a specific application. This token is used to initiate
    an authentication flow for linking user identities to the application.

    The callback URL must use HTTPS and is where the user will be redirected after authentication.

    Args:
        application_id (UUID):
        body (CreateIdentityTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | IdentityTokenResponse
    """

    return (
        await asyncio_detailed(
            application_id=application_id,
            client=client,
            body=body,
        )
    ).parsed
