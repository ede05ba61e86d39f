from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.web_unlocker_request_schema import WebUnlockerRequestSchema
from ...types import Response


def _get_kwargs(
    *,
    body: WebUnlockerRequestSchema,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/tools/fetch/webpage",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorResponse | str | None:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 504:
        response_504 = ErrorResponse.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorResponse | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: WebUnlockerRequestSchema,
) -> Response[ErrorResponse | str]:
    """Web Unlocker

     Fetch fully-rendered page content from any URL — including bot-protected sites — without managing a
    browser session.
    Requests are routed through stealth browsers with residential proxies, captcha solving, and
    fingerprint randomization.
    No session is required. See the [Web Unlocker guide](/advanced/web-unlocker) for more details.

    Args:
        body (WebUnlockerRequestSchema):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | str]
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
    body: WebUnlockerRequestSchema,
) -> ErrorResponse | str | None:
    """Web Unlocker

     Fetch fully-rendered page content from any URL — including bot-protected sites — without managing a
    browser session.
    Requests are routed through stealth browsers with residential proxies, captcha solving, and
    fingerprint randomization.
    No session is required. See the [Web Unlocker guide](/advanced/web-unlocker) for more details.

    Args:
        body (WebUnlockerRequestSchema):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: WebUnlockerRequestSchema,
) -> Response[ErrorResponse | str]:
    """Web Unlocker

     Fetch fully-rendered page content from any URL — including bot-protected sites — without managing a
    browser session.
    Requests are routed through stealth browsers with residential proxies, captcha solving, and
    fingerprint randomization.
    No session is required. See the [Web Unlocker guide](/advanced/web-unlocker) for more details.

    Args:
        body (WebUnlockerRequestSchema):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: WebUnlockerRequestSchema,
) -> ErrorResponse | str | None:
    """Web Unlocker

     Fetch fully-rendered page content from any URL — including bot-protected sites — without managing a
    browser session.
    Requests are routed through stealth browsers with residential proxies, captcha solving, and
    fingerprint randomization.
    No session is required. See the [Web Unlocker guide](/advanced/web-unlocker) for more details.

    Args:
        body (WebUnlockerRequestSchema):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
