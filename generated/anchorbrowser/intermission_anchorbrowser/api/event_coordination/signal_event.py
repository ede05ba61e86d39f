from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.signal_event_request_schema import SignalEventRequestSchema
from ...models.success_response import SuccessResponse
from ...types import Response


def _get_kwargs(
    event_name: str,
    *,
    body: SignalEventRequestSchema,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/events/{event_name}".format(
            event_name=quote(str(event_name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SuccessResponse | None:
    if response.status_code == 200:
        response_200 = SuccessResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | SuccessResponse]:
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
    body: SignalEventRequestSchema,
) -> Response[ErrorResponse | SuccessResponse]:
    """Signal Event

     Signals an event with associated data, unblocking any clients waiting for this event.
    This enables coordination between different browser sessions, workflows, or external processes.

    Args:
        event_name (str):
        body (SignalEventRequestSchema):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SuccessResponse]
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
    body: SignalEventRequestSchema,
) -> ErrorResponse | SuccessResponse | None:
    """Signal Event

     Signals an event with associated data, unblocking any clients waiting for this event.
    This enables coordination between different browser sessions, workflows, or external processes.

    Args:
        event_name (str):
        body (SignalEventRequestSchema):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SuccessResponse
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
    body: SignalEventRequestSchema,
) -> Response[ErrorResponse | SuccessResponse]:
    """Signal Event

     Signals an event with associated data, unblocking any clients waiting for this event.
    This enables coordination between different browser sessions, workflows, or external processes.

    Args:
        event_name (str):
        body (SignalEventRequestSchema):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SuccessResponse]
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
    body: SignalEventRequestSchema,
) -> ErrorResponse | SuccessResponse | None:
    """Signal Event

     Signals an event with associated data, unblocking any clients waiting for this event.
    This enables coordination between different browser sessions, workflows, or external processes.

    Args:
        event_name (str):
        body (SignalEventRequestSchema):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SuccessResponse
    """

    return (
        await asyncio_detailed(
            event_name=event_name,
            client=client,
            body=body,
        )
    ).parsed
