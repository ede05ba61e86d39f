from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_rate_limit_error_response import APIRateLimitErrorResponse
from ...models.auth_error_response import AuthErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.permissions_error_response import PermissionsErrorResponse
from ...models.user_response import UserResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/users/me",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    APIRateLimitErrorResponse | AuthErrorResponse | HTTPValidationError | PermissionsErrorResponse | UserResponse | None
):
    if response.status_code == 200:
        response_200 = UserResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = AuthErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = PermissionsErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = APIRateLimitErrorResponse.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    APIRateLimitErrorResponse | AuthErrorResponse | HTTPValidationError | PermissionsErrorResponse | UserResponse
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    APIRateLimitErrorResponse | AuthErrorResponse | HTTPValidationError | PermissionsErrorResponse | UserResponse
]:
    """Get Current User Info

     Get current user information from API token.

    Returns detailed information about the user associated with the provided API token.
    This is useful for applications that need to identify the current user from their API token.

    Rate limit: 60 requests per 30 seconds.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIRateLimitErrorResponse | AuthErrorResponse | HTTPValidationError | PermissionsErrorResponse | UserResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> (
    APIRateLimitErrorResponse | AuthErrorResponse | HTTPValidationError | PermissionsErrorResponse | UserResponse | None
):
    """Get Current User Info

     Get current user information from API token.

    Returns detailed information about the user associated with the provided API token.
    This is useful for applications that need to identify the current user from their API token.

    Rate limit: 60 requests per 30 seconds.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIRateLimitErrorResponse | AuthErrorResponse | HTTPValidationError | PermissionsErrorResponse | UserResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    APIRateLimitErrorResponse | AuthErrorResponse | HTTPValidationError | PermissionsErrorResponse | UserResponse
]:
    """Get Current User Info

     Get current user information from API token.

    Returns detailed information about the user associated with the provided API token.
    This is useful for applications that need to identify the current user from their API token.

    Rate limit: 60 requests per 30 seconds.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIRateLimitErrorResponse | AuthErrorResponse | HTTPValidationError | PermissionsErrorResponse | UserResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> (
    APIRateLimitErrorResponse | AuthErrorResponse | HTTPValidationError | PermissionsErrorResponse | UserResponse | None
):
    """Get Current User Info

     Get current user information from API token.

    Returns detailed information about the user associated with the provided API token.
    This is useful for applications that need to identify the current user from their API token.

    Rate limit: 60 requests per 30 seconds.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIRateLimitErrorResponse | AuthErrorResponse | HTTPValidationError | PermissionsErrorResponse | UserResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
