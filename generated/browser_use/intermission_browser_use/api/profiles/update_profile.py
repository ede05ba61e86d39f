from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.profile_not_found_error import ProfileNotFoundError
from ...models.profile_update_request import ProfileUpdateRequest
from ...models.profile_view import ProfileView
from ...types import Response


def _get_kwargs(
    profile_id: UUID,
    *,
    body: ProfileUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v2/profiles/{profile_id}".format(
            profile_id=quote(str(profile_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ProfileNotFoundError | ProfileView | None:
    if response.status_code == 200:
        response_200 = ProfileView.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = ProfileNotFoundError.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | ProfileNotFoundError | ProfileView]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    profile_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ProfileUpdateRequest,
) -> Response[HTTPValidationError | ProfileNotFoundError | ProfileView]:
    """Update Profile

     Update a browser profile's information.

    Args:
        profile_id (UUID):
        body (ProfileUpdateRequest): Request model for updating a profile.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ProfileNotFoundError | ProfileView]
    """

    kwargs = _get_kwargs(
        profile_id=profile_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    profile_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ProfileUpdateRequest,
) -> HTTPValidationError | ProfileNotFoundError | ProfileView | None:
    """Update Profile

     Update a browser profile's information.

    Args:
        profile_id (UUID):
        body (ProfileUpdateRequest): Request model for updating a profile.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ProfileNotFoundError | ProfileView
    """

    return sync_detailed(
        profile_id=profile_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    profile_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ProfileUpdateRequest,
) -> Response[HTTPValidationError | ProfileNotFoundError | ProfileView]:
    """Update Profile

     Update a browser profile's information.

    Args:
        profile_id (UUID):
        body (ProfileUpdateRequest): Request model for updating a profile.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ProfileNotFoundError | ProfileView]
    """

    kwargs = _get_kwargs(
        profile_id=profile_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    profile_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ProfileUpdateRequest,
) -> HTTPValidationError | ProfileNotFoundError | ProfileView | None:
    """Update Profile

     Update a browser profile's information.

    Args:
        profile_id (UUID):
        body (ProfileUpdateRequest): Request model for updating a profile.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ProfileNotFoundError | ProfileView
    """

    return (
        await asyncio_detailed(
            profile_id=profile_id,
            client=client,
            body=body,
        )
    ).parsed
