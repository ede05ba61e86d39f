from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_session_request import CreateSessionRequest
from ...models.profile_not_found_error import ProfileNotFoundError
from ...models.session_item_view import SessionItemView
from ...models.too_many_concurrent_active_sessions_error import TooManyConcurrentActiveSessionsError
from ...models.validation_error import ValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateSessionRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/sessions",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ProfileNotFoundError | SessionItemView | TooManyConcurrentActiveSessionsError | ValidationError | None:
    if response.status_code == 201:
        response_201 = SessionItemView.from_dict(response.json())

        return response_201

    if response.status_code == 402:
        response_402 = cast(Any, None)
        return response_402

    if response.status_code == 404:
        response_404 = ProfileNotFoundError.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ValidationError.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = TooManyConcurrentActiveSessionsError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ProfileNotFoundError | SessionItemView | TooManyConcurrentActiveSessionsError | ValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateSessionRequest | Unset = UNSET,
) -> Response[Any | ProfileNotFoundError | SessionItemView | TooManyConcurrentActiveSessionsError | ValidationError]:
    """Create Session

     Create a new session with a new task.

    Args:
        body (CreateSessionRequest | Unset): Request model for creating a session.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ProfileNotFoundError | SessionItemView | TooManyConcurrentActiveSessionsError | ValidationError]
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
    body: CreateSessionRequest | Unset = UNSET,
) -> Any | ProfileNotFoundError | SessionItemView | TooManyConcurrentActiveSessionsError | ValidationError | None:
    """Create Session

     Create a new session with a new task.

    Args:
        body (CreateSessionRequest | Unset): Request model for creating a session.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ProfileNotFoundError | SessionItemView | TooManyConcurrentActiveSessionsError | ValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateSessionRequest | Unset = UNSET,
) -> Response[Any | ProfileNotFoundError | SessionItemView | TooManyConcurrentActiveSessionsError | ValidationError]:
    """Create Session

     Create a new session with a new task.

    Args:
        body (CreateSessionRequest | Unset): Request model for creating a session.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ProfileNotFoundError | SessionItemView | TooManyConcurrentActiveSessionsError | ValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateSessionRequest | Unset = UNSET,
) -> Any | ProfileNotFoundError | SessionItemView | TooManyConcurrentActiveSessionsError | ValidationError | None:
    """Create Session

     Create a new session with a new task.

    Args:
        body (CreateSessionRequest | Unset): Request model for creating a session.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ProfileNotFoundError | SessionItemView | TooManyConcurrentActiveSessionsError | ValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
