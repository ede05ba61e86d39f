from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.insufficient_credits_error import InsufficientCreditsError
from ...models.profile_create_request import ProfileCreateRequest
from ...models.profile_view import ProfileView
from ...models.validation_error import ValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ProfileCreateRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/profiles",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InsufficientCreditsError | ProfileView | ValidationError | None:
    if response.status_code == 201:
        response_201 = ProfileView.from_dict(response.json())

        return response_201

    if response.status_code == 402:
        response_402 = InsufficientCreditsError.from_dict(response.json())

        return response_402

    if response.status_code == 422:
        response_422 = ValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InsufficientCreditsError | ProfileView | ValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ProfileCreateRequest | Unset = UNSET,
) -> Response[InsufficientCreditsError | ProfileView | ValidationError]:
    """Create Profile

     Profiles allow you to preserve the state of the browser between tasks.

    They are most commonly used to allow users to preserve the log-in state in the agent between tasks.
    You'd normally create one profile per user and then use it for all their tasks.

    You can set a `user_id` when creating a profile to associate it with a user in your system.
    This allows you to later search for the profile using the GET /profiles endpoint with a query
    parameter.

    Args:
        body (ProfileCreateRequest | Unset): Request model for creating a new profile.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InsufficientCreditsError | ProfileView | ValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ProfileCreateRequest | Unset = UNSET,
) -> InsufficientCreditsError | ProfileView | ValidationError | None:
    """Create Profile

     Profiles allow you to preserve the state of the browser between tasks.

    They are most commonly used to allow users to preserve the log-in state in the agent between tasks.
    You'd normally create one profile per user and then use it for all their tasks.

    You can set a `user_id` when creating a profile to associate it with a user in your system.
    This allows you to later search for the profile using the GET /profiles endpoint with a query
    parameter.

    Args:
        body (ProfileCreateRequest | Unset): Request model for creating a new profile.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InsufficientCreditsError | ProfileView | ValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ProfileCreateRequest | Unset = UNSET,
) -> Response[InsufficientCreditsError | ProfileView | ValidationError]:
    """Create Profile

     Profiles allow you to preserve the state of the browser between tasks.

    They are most commonly used to allow users to preserve the log-in state in the agent between tasks.
    You'd normally create one profile per user and then use it for all their tasks.

    You can set a `user_id` when creating a profile to associate it with a user in your system.
    This allows you to later search for the profile using the GET /profiles endpoint with a query
    parameter.

    Args:
        body (ProfileCreateRequest | Unset): Request model for creating a new profile.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InsufficientCreditsError | ProfileView | ValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ProfileCreateRequest | Unset = UNSET,
) -> InsufficientCreditsError | ProfileView | ValidationError | None:
    """Create Profile

     Profiles allow you to preserve the state of the browser between tasks.

    They are most commonly used to allow users to preserve the log-in state in the agent between tasks.
    You'd normally create one profile per user and then use it for all their tasks.

    You can set a `user_id` when creating a profile to associate it with a user in your system.
    This allows you to later search for the profile using the GET /profiles endpoint with a query
    parameter.

    Args:
        body (ProfileCreateRequest | Unset): Request model for creating a new profile.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InsufficientCreditsError | ProfileView | ValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
