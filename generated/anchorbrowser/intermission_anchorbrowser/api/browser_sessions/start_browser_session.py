from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.session_create_request_schema import SessionCreateRequestSchema
from ...models.session_create_response_schema import SessionCreateResponseSchema
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SessionCreateRequestSchema | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/sessions",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SessionCreateResponseSchema | None:
    if response.status_code == 200:
        response_200 = SessionCreateResponseSchema.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = ErrorResponse.from_dict(response.json())

        return response_402

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | SessionCreateResponseSchema]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SessionCreateRequestSchema | Unset = UNSET,
) -> Response[ErrorResponse | SessionCreateResponseSchema]:
    """Start Browser Session

     Allocates a new browser session for the user, with optional configurations for ad-blocking, captcha
    solving, proxy usage, and idle timeout.

    Args:
        body (SessionCreateRequestSchema | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SessionCreateResponseSchema]
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
    body: SessionCreateRequestSchema | Unset = UNSET,
) -> ErrorResponse | SessionCreateResponseSchema | None:
    """Start Browser Session

     Allocates a new browser session for the user, with optional configurations for ad-blocking, captcha
    solving, proxy usage, and idle timeout.

    Args:
        body (SessionCreateRequestSchema | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SessionCreateResponseSchema
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SessionCreateRequestSchema | Unset = UNSET,
) -> Response[ErrorResponse | SessionCreateResponseSchema]:
    """Start Browser Session

     Allocates a new browser session for the user, with optional configurations for ad-blocking, captcha
    solving, proxy usage, and idle timeout.

    Args:
        body (SessionCreateRequestSchema | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SessionCreateResponseSchema]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SessionCreateRequestSchema | Unset = UNSET,
) -> ErrorResponse | SessionCreateResponseSchema | None:
    """Start Browser Session

     Allocates a new browser session for the user, with optional configurations for ad-blocking, captcha
    solving, proxy usage, and idle timeout.

    Args:
        body (SessionCreateRequestSchema | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SessionCreateResponseSchema
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
