from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_rate_limit_error_response import APIRateLimitErrorResponse
from ...models.auth_error_response import AuthErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.page_organization_response import PageOrganizationResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
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
        "url": "/v1/organizations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> APIRateLimitErrorResponse | AuthErrorResponse | HTTPValidationError | PageOrganizationResponse | None:
    if response.status_code == 200:
        response_200 = PageOrganizationResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = AuthErrorResponse.from_dict(response.json())

        return response_401

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
) -> Response[APIRateLimitErrorResponse | AuthErrorResponse | HTTPValidationError | PageOrganizationResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    skip: int | Unset = 0,
    limit: int | Unset = 100,
) -> Response[APIRateLimitErrorResponse | AuthErrorResponse | HTTPValidationError | PageOrganizationResponse]:
    """Get Organizations

     Get organizations for the authenticated user.

    Returns a paginated list of all organizations that the authenticated user is a member of.
    Results include basic organization details such as name, ID, and membership information.
    Use pagination parameters to control the number of results returned.

    Rate limit: 60 requests per 30 seconds.

    Args:
        skip (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIRateLimitErrorResponse | AuthErrorResponse | HTTPValidationError | PageOrganizationResponse]
    """

    kwargs = _get_kwargs(
        skip=skip,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    skip: int | Unset = 0,
    limit: int | Unset = 100,
) -> APIRateLimitErrorResponse | AuthErrorResponse | HTTPValidationError | PageOrganizationResponse | None:
    """Get Organizations

     Get organizations for the authenticated user.

    Returns a paginated list of all organizations that the authenticated user is a member of.
    Results include basic organization details such as name, ID, and membership information.
    Use pagination parameters to control the number of results returned.

    Rate limit: 60 requests per 30 seconds.

    Args:
        skip (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIRateLimitErrorResponse | AuthErrorResponse | HTTPValidationError | PageOrganizationResponse
    """

    return sync_detailed(
        client=client,
        skip=skip,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    skip: int | Unset = 0,
    limit: int | Unset = 100,
) -> Response[APIRateLimitErrorResponse | AuthErrorResponse | HTTPValidationError | PageOrganizationResponse]:
    """Get Organizations

     Get organizations for the authenticated user.

    Returns a paginated list of all organizations that the authenticated user is a member of.
    Results include basic organization details such as name, ID, and membership information.
    Use pagination parameters to control the number of results returned.

    Rate limit: 60 requests per 30 seconds.

    Args:
        skip (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIRateLimitErrorResponse | AuthErrorResponse | HTTPValidationError | PageOrganizationResponse]
    """

    kwargs = _get_kwargs(
        skip=skip,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    skip: int | Unset = 0,
    limit: int | Unset = 100,
) -> APIRateLimitErrorResponse | AuthErrorResponse | HTTPValidationError | PageOrganizationResponse | None:
    """Get Organizations

     Get organizations for the authenticated user.

    Returns a paginated list of all organizations that the authenticated user is a member of.
    Results include basic organization details such as name, ID, and membership information.
    Use pagination parameters to control the number of results returned.

    Rate limit: 60 requests per 30 seconds.

    Args:
        skip (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIRateLimitErrorResponse | AuthErrorResponse | HTTPValidationError | PageOrganizationResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            skip=skip,
            limit=limit,
        )
    ).parsed
