from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.async_session_status_response_schema import AsyncSessionStatusResponseSchema
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    request_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/sessions/async/{request_id}/status".format(
            request_id=quote(str(request_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AsyncSessionStatusResponseSchema | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AsyncSessionStatusResponseSchema.from_dict(response.json())

        return response_200

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
) -> Response[AsyncSessionStatusResponseSchema | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    request_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[AsyncSessionStatusResponseSchema | ErrorResponse]:
    """Async Session Status

     Polling endpoint paired with `POST /v1/sessions/async`. Returns the
    current lifecycle `status` of the async request and, once the pod is
    up, the embedded `session` object containing `session_id`, `cdp_url`
    and `live_view_url`.

    Args:
        request_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AsyncSessionStatusResponseSchema | ErrorResponse]
    """

    kwargs = _get_kwargs(
        request_id=request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    request_id: UUID,
    *,
    client: AuthenticatedClient,
) -> AsyncSessionStatusResponseSchema | ErrorResponse | None:
    """Async Session Status

     Polling endpoint paired with `POST /v1/sessions/async`. Returns the
    current lifecycle `status` of the async request and, once the pod is
    up, the embedded `session` object containing `session_id`, `cdp_url`
    and `live_view_url`.

    Args:
        request_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AsyncSessionStatusResponseSchema | ErrorResponse
    """

    return sync_detailed(
        request_id=request_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    request_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[AsyncSessionStatusResponseSchema | ErrorResponse]:
    """Async Session Status

     Polling endpoint paired with `POST /v1/sessions/async`. Returns the
    current lifecycle `status` of the async request and, once the pod is
    up, the embedded `session` object containing `session_id`, `cdp_url`
    and `live_view_url`.

    Args:
        request_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AsyncSessionStatusResponseSchema | ErrorResponse]
    """

    kwargs = _get_kwargs(
        request_id=request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    request_id: UUID,
    *,
    client: AuthenticatedClient,
) -> AsyncSessionStatusResponseSchema | ErrorResponse | None:
    """Async Session Status

     Polling endpoint paired with `POST /v1/sessions/async`. Returns the
    current lifecycle `status` of the async request and, once the pod is
    up, the embedded `session` object containing `session_id`, `cdp_url`
    and `live_view_url`.

    Args:
        request_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AsyncSessionStatusResponseSchema | ErrorResponse
    """

    return (
        await asyncio_detailed(
            request_id=request_id,
            client=client,
        )
    ).parsed
