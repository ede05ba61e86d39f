from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_error_response import AuthErrorResponse
from ...models.generate_token_request import GenerateTokenRequest
from ...models.generate_token_response import GenerateTokenResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    *,
    body: GenerateTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/slack-connect/generate-token",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuthErrorResponse | GenerateTokenResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = GenerateTokenResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = AuthErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AuthErrorResponse | GenerateTokenResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GenerateTokenRequest,
) -> Response[AuthErrorResponse | GenerateTokenResponse | HTTPValidationError]:
    """Generate Slack Connect Token Endpoint

     Generate a temporary token for Slack account connection.

    This token:
    - Expires in 10 minutes
    - Can only be used once
    - Must be sent to the Codegen bot in a DM with format: "Connect my account: {token}"

    Args:
        body (GenerateTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthErrorResponse | GenerateTokenResponse | HTTPValidationError]
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
    client: AuthenticatedClient | Client,
    body: GenerateTokenRequest,
) -> AuthErrorResponse | GenerateTokenResponse | HTTPValidationError | None:
    """Generate Slack Connect Token Endpoint

     Generate a temporary token for Slack account connection.

    This token:
    - Expires in 10 minutes
    - Can only be used once
    - Must be sent to the Codegen bot in a DM with format: "Connect my account: {token}"

    Args:
        body (GenerateTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthErrorResponse | GenerateTokenResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GenerateTokenRequest,
) -> Response[AuthErrorResponse | GenerateTokenResponse | HTTPValidationError]:
    """Generate Slack Connect Token Endpoint

     Generate a temporary token for Slack account connection.

    This token:
    - Expires in 10 minutes
    - Can only be used once
    - Must be sent to the Codegen bot in a DM with format: "Connect my account: {token}"

    Args:
        body (GenerateTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthErrorResponse | GenerateTokenResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GenerateTokenRequest,
) -> AuthErrorResponse | GenerateTokenResponse | HTTPValidationError | None:
    """Generate Slack Connect Token Endpoint

     Generate a temporary token for Slack account connection.

    This token:
    - Expires in 10 minutes
    - Can only be used once
    - Must be sent to the Codegen bot in a DM with format: "Connect my account: {token}"

    Args:
        body (GenerateTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthErrorResponse | GenerateTokenResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
