from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_identity_request import CreateIdentityRequest
from ...models.create_identity_response import CreateIdentityResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateIdentityRequest,
    validate_async: bool | Unset = True,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["validateAsync"] = validate_async

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/identities",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateIdentityResponse | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = CreateIdentityResponse.from_dict(response.json())

        return response_201

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
) -> Response[CreateIdentityResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateIdentityRequest,
    validate_async: bool | Unset = True,
) -> Response[CreateIdentityResponse | ErrorResponse]:
    """Create Identity

     Creates a new identity for the given source. Credentials are optional.

    Args:
        validate_async (bool | Unset):  Default: True.
        body (CreateIdentityRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateIdentityResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        validate_async=validate_async,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateIdentityRequest,
    validate_async: bool | Unset = True,
) -> CreateIdentityResponse | ErrorResponse | None:
    """Create Identity

     Creates a new identity for the given source. Credentials are optional.

    Args:
        validate_async (bool | Unset):  Default: True.
        body (CreateIdentityRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateIdentityResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        validate_async=validate_async,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateIdentityRequest,
    validate_async: bool | Unset = True,
) -> Response[CreateIdentityResponse | ErrorResponse]:
    """Create Identity

     Creates a new identity for the given source. Credentials are optional.

    Args:
        validate_async (bool | Unset):  Default: True.
        body (CreateIdentityRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateIdentityResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        validate_async=validate_async,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateIdentityRequest,
    validate_async: bool | Unset = True,
) -> CreateIdentityResponse | ErrorResponse | None:
    """Create Identity

     Creates a new identity for the given source. Credentials are optional.

    Args:
        validate_async (bool | Unset):  Default: True.
        body (CreateIdentityRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateIdentityResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            validate_async=validate_async,
        )
    ).parsed
