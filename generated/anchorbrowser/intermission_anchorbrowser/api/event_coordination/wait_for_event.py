from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.event_response_schema import EventResponseSchema
from ...models.wait_for_event_request_schema import WaitForEventRequestSchema
from ...types import UNSET, Response, Unset


def _get_kwargs(
    event_name: str,
    *,
    body: WaitForEventRequestSchema | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/events/{event_name}/wait".format(
            event_name=quote(str(event_name), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | EventResponseSchema | None:
    if response.status_code == 200:
        response_200 = EventResponseSchema.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 408:
        response_408 = ErrorResponse.from_dict(response.json())

        return response_408

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | EventResponseSchema]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    event_name: str,
    *,
    client: AuthenticatedClient,
    body: WaitForEventRequestSchema | Unset = UNSET,
) -> Response[ErrorResponse | EventResponseSchema]:
    """Wait for Event

     Waits for a specific event to be signaled by another process, workflow, or session.
    This endpoint blocks until the event is signaled or the timeout is reached.
    Useful for coordinating between multiple browser sessions or workflows.

    Args:
        event_name (str):
        body (WaitForEventRequestSchema | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | EventResponseSchema]
    """

    kwargs = _get_kwargs(
        event_name=event_name,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    event_name: str,
    *,
    client: AuthenticatedClient,
    body: WaitForEventRequestSchema | Unset = UNSET,
) -> ErrorResponse | EventResponseSchema | None:
    """Wait for Event

     Waits for a specific event to be signaled by another process, workflow, or session.
    This endpoint blocks until the event is signaled or the timeout is reached.
    Useful for coordinating between multiple browser sessions or workflows.

    Args:
        event_name (str):
        body (WaitForEventRequestSchema | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | EventResponseSchema
    """

    return sync_detailed(
        event_name=event_name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    event_name: str,
    *,
    client: AuthenticatedClient,
    body: WaitForEventRequestSchema | Unset = UNSET,
) -> Response[ErrorResponse | EventResponseSchema]:
    """Wait for Event

     Waits for a specific event to be signaled by another process, workflow, or session.
    This endpoint blocks until the event is signaled or the timeout is reached.
    Useful for coordinating between multiple browser sessions or workflows.

    Args:
        event_name (str):
        body (WaitForEventRequestSchema | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | EventResponseSchema]
    """

    kwargs = _get_kwargs(
        event_name=event_name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    event_name: str,
    *,
    client: AuthenticatedClient,
    body: WaitForEventRequestSchema | Unset = UNSET,
) -> ErrorResponse | EventResponseSchema | None:
    """Wait for Event

     Waits for a specific event to be signaled by another process, workflow, or session.
    This endpoint blocks until the event is signaled or the timeout is reached.
    Useful for coordinating between multiple browser sessions or workflows.

    Args:
        event_name (str):
        body (WaitForEventRequestSchema | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | EventResponseSchema
    """

    return (
        await asyncio_detailed(
            event_name=event_name,
            client=client,
            body=body,
        )
    ).parsed
