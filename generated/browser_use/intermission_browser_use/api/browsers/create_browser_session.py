from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.browser_session_item_view import BrowserSessionItemView
from ...models.create_browser_session_request import CreateBrowserSessionRequest
from ...models.profile_not_found_error import ProfileNotFoundError
from ...models.session_timeout_limit_exceeded_error import SessionTimeoutLimitExceededError
from ...models.too_many_concurrent_active_sessions_error import TooManyConcurrentActiveSessionsError
from ...models.validation_error import ValidationError
from ...types import Response


def _get_kwargs(
    *,
    body: CreateBrowserSessionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/browsers",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BrowserSessionItemView
    | ProfileNotFoundError
    | SessionTimeoutLimitExceededError
    | TooManyConcurrentActiveSessionsError
    | ValidationError
    | None
):
    if response.status_code == 201:
        response_201 = BrowserSessionItemView.from_dict(response.json())

        return response_201

    if response.status_code == 403:
        response_403 = SessionTimeoutLimitExceededError.from_dict(response.json())

        return response_403

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
) -> Response[
    BrowserSessionItemView
    | ProfileNotFoundError
    | SessionTimeoutLimitExceededError
    | TooManyConcurrentActiveSessionsError
    | ValidationError
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateBrowserSessionRequest,
) -> Response[
    BrowserSessionItemView
    | ProfileNotFoundError
    | SessionTimeoutLimitExceededError
    | TooManyConcurrentActiveSessionsError
    | ValidationError
]:
    """Create Browser Session

     Create a new browser session.

    **Pricing:** Browser sessions are charged at $0.02/hour for all users.

    The full rate is charged upfront when the session starts.
    When you stop the session, any unused time is automatically refunded proportionally.

    Billing is rounded up to the minute (minimum 1 minute).
    For example, if you stop a session after 30 minutes, you'll be refunded half the charged amount.

    **Session Limits:**
    - All users: Up to 4 hours per session

    Args:
        body (CreateBrowserSessionRequest): Request model for creating a browser session.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BrowserSessionItemView | ProfileNotFoundError | SessionTimeoutLimitExceededError | TooManyConcurrentActiveSessionsError | ValidationError]
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
    body: CreateBrowserSessionRequest,
) -> (
    BrowserSessionItemView
    | ProfileNotFoundError
    | SessionTimeoutLimitExceededError
    | TooManyConcurrentActiveSessionsError
    | ValidationError
    | None
):
    """Create Browser Session

     Create a new browser session.

    **Pricing:** Browser sessions are charged at $0.02/hour for all users.

    The full rate is charged upfront when the session starts.
    When you stop the session, any unused time is automatically refunded proportionally.

    Billing is rounded up to the minute (minimum 1 minute).
    For example, if you stop a session after 30 minutes, you'll be refunded half the charged amount.

    **Session Limits:**
    - All users: Up to 4 hours per session

    Args:
        body (CreateBrowserSessionRequest): Request model for creating a browser session.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BrowserSessionItemView | ProfileNotFoundError | SessionTimeoutLimitExceededError | TooManyConcurrentActiveSessionsError | ValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateBrowserSessionRequest,
) -> Response[
    BrowserSessionItemView
    | ProfileNotFoundError
    | SessionTimeoutLimitExceededError
    | TooManyConcurrentActiveSessionsError
    | ValidationError
]:
    """Create Browser Session

     Create a new browser session.

    **Pricing:** Browser sessions are charged at $0.02/hour for all users.

    The full rate is charged upfront when the session starts.
    When you stop the session, any unused time is automatically refunded proportionally.

    Billing is rounded up to the minute (minimum 1 minute).
    For example, if you stop a session after 30 minutes, you'll be refunded half the charged amount.

    **Session Limits:**
    - All users: Up to 4 hours per session

    Args:
        body (CreateBrowserSessionRequest): Request model for creating a browser session.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BrowserSessionItemView | ProfileNotFoundError | SessionTimeoutLimitExceededError | TooManyConcurrentActiveSessionsError | ValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateBrowserSessionRequest,
) -> (
    BrowserSessionItemView
    | ProfileNotFoundError
    | SessionTimeoutLimitExceededError
    | TooManyConcurrentActiveSessionsError
    | ValidationError
    | None
):
    """Create Browser Session

     Create a new browser session.

    **Pricing:** Browser sessions are charged at $0.02/hour for all users.

    The full rate is charged upfront when the session starts.
    When you stop the session, any unused time is automatically refunded proportionally.

    Billing is rounded up to the minute (minimum 1 minute).
    For example, if you stop a session after 30 minutes, you'll be refunded half the charged amount.

    **Session Limits:**
    - All users: Up to 4 hours per session

    Args:
        body (CreateBrowserSessionRequest): Request model for creating a browser session.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BrowserSessionItemView | ProfileNotFoundError | SessionTimeoutLimitExceededError | TooManyConcurrentActiveSessionsError | ValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
