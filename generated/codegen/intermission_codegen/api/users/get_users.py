from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_rate_limit_error_response import APIRateLimitErrorResponse
from ...models.auth_error_response import AuthErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.page_user_response import PageUserResponse
from ...models.permissions_error_response import PermissionsErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    org_id: int,
    *,
    skip: int | Unset = 0,
    limit: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["skip"] = skip

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/organizations/{org_id}/users".format(
            org_id=quote(str(org_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    APIRateLimitErrorResponse
    | AuthErrorResponse
    | HTTPValidationError
    | PageUserResponse
    | PermissionsErrorResponse
    | None
):
    if response.status_code == 200:
        response_200 = PageUserResponse.from_dict(response.json())

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
    APIRateLimitErrorResponse | AuthErrorResponse | HTTPValidationError | PageUserResponse | PermissionsErrorResponse
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    org_id: int,
    *,
    client: AuthenticatedClient | Client,
    skip: int | Unset = 0,
    limit: int | Unset = 100,
) -> Response[
    APIRateLimitErrorResponse | AuthErrorResponse | HTTPValidationError | PageUserResponse | PermissionsErrorResponse
]:
    """Get Users

     Get users for the specified organization.

    Returns a paginated list of all users that belong to the specified organization.
    Results include user details such as name, email, GitHub username, and avatar.
    Use pagination parameters to control the number of results returned.

    Rate limit: 60 requests per 30 seconds.

    Args:
        org_id (int):
        skip (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIRateLimitErrorResponse | AuthErrorResponse | HTTPValidationError | PageUserResponse | PermissionsErrorResponse]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        skip=skip,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    org_id: int,
    *,
    client: AuthenticatedClient | Client,
    skip: int | Unset = 0,
    limit: int | Unset = 100,
) -> (
    APIRateLimitErrorResponse
    | AuthErrorResponse
    | HTTPValidationError
    | PageUserResponse
    | PermissionsErrorResponse
    | None
):
    """Get Users

     Get users for the specified organization.

    Returns a paginated list of all users that belong to the specified organization.
    Results include user details such as name, email, GitHub username, and avatar.
    Use pagination parameters to control the number of results returned.

    Rate limit: 60 requests per 30 seconds.

    Args:
        org_id (int):
        skip (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIRateLimitErrorResponse | AuthErrorResponse | HTTPValidationError | PageUserResponse | PermissionsErrorResponse
    """

    return sync_detailed(
        org_id=org_id,
        client=client,
        skip=skip,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    org_id: int,
    *,
    client: AuthenticatedClient | Client,
    skip: int | Unset = 0,
    limit: int | Unset = 100,
) -> Response[
    APIRateLimitErrorResponse | AuthErrorResponse | HTTPValidationError | PageUserResponse | PermissionsErrorResponse
]:
    """Get Users

     Get users for the specified organization.

    Returns a paginated list of all users that belong to the specified organization.
    Results include user details such as name, email, GitHub username, and avatar.
    Use pagination parameters to control the number of results returned.

    Rate limit: 60 requests per 30 seconds.

    Args:
        org_id (int):
        skip (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIRateLimitErrorResponse | AuthErrorResponse | HTTPValidationError | PageUserResponse | PermissionsErrorResponse]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        skip=skip,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    org_id: int,
    *,
    client: AuthenticatedClient | Client,
    skip: int | Unset = 0,
    limit: int | Unset = 100,
) -> (
    APIRateLimitErrorResponse
    | AuthErrorResponse
    | HTTPValidationError
    | PageUserResponse
    | PermissionsErrorResponse
    | None
):
    """Get Users

     Get users for the specified organization.

    Returns a paginated list of all users that belong to the specified organization.
    Results include user details such as name, email, GitHub username, and avatar.
    Use pagination parameters to control the number of results returned.

    Rate limit: 60 requests per 30 seconds.

    Args:
        org_id (int):
        skip (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIRateLimitErrorResponse | AuthErrorResponse | HTTPValidationError | PageUserResponse | PermissionsErrorResponse
    """

    return (
        await asyncio_detailed(
            org_id=org_id,
            client=client,
            skip=skip,
            limit=limit,
        )
    ).parsed
