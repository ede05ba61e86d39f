from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_error_response import AuthErrorResponse
from ...models.generate_setup_commands_input import GenerateSetupCommandsInput
from ...models.http_validation_error import HTTPValidationError
from ...models.setup_commands_response import SetupCommandsResponse
from ...types import Response


def _get_kwargs(
    org_id: int,
    *,
    body: GenerateSetupCommandsInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/organizations/{org_id}/setup-commands/generate".format(
            org_id=quote(str(org_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | AuthErrorResponse | HTTPValidationError | SetupCommandsResponse | None:
    if response.status_code == 200:
        response_200 = SetupCommandsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 401:
        response_401 = AuthErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | AuthErrorResponse | HTTPValidationError | SetupCommandsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    org_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: GenerateSetupCommandsInput,
) -> Response[Any | AuthErrorResponse | HTTPValidationError | SetupCommandsResponse]:
    """Generate Setup Commands

     Generate setup commands for a repository.

    Creates and initiates a setup command generation agent for the specified repository.
    The agent will analyze the repository structure and generate appropriate setup commands.

    Rate limit: 5 requests per minute.

    Args:
        org_id (int):
        body (GenerateSetupCommandsInput): Input for generating setup commands.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AuthErrorResponse | HTTPValidationError | SetupCommandsResponse]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    org_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: GenerateSetupCommandsInput,
) -> Any | AuthErrorResponse | HTTPValidationError | SetupCommandsResponse | None:
    """Generate Setup Commands

     Generate setup commands for a repository.

    Creates and initiates a setup command generation agent for the specified repository.
    The agent will analyze the repository structure and generate appropriate setup commands.

    Rate limit: 5 requests per minute.

    Args:
        org_id (int):
        body (GenerateSetupCommandsInput): Input for generating setup commands.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AuthErrorResponse | HTTPValidationError | SetupCommandsResponse
    """

    return sync_detailed(
        org_id=org_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    org_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: GenerateSetupCommandsInput,
) -> Response[Any | AuthErrorResponse | HTTPValidationError | SetupCommandsResponse]:
    """Generate Setup Commands

     Generate setup commands for a repository.

    Creates and initiates a setup command generation agent for the specified repository.
    The agent will analyze the repository structure and generate appropriate setup commands.

    Rate limit: 5 requests per minute.

    Args:
        org_id (int):
        body (GenerateSetupCommandsInput): Input for generating setup commands.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AuthErrorResponse | HTTPValidationError | SetupCommandsResponse]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    org_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: GenerateSetupCommandsInput,
) -> Any | AuthErrorResponse | HTTPValidationError | SetupCommandsResponse | None:
    """Generate Setup Commands

     Generate setup commands for a repository.

    Creates and initiates a setup command generation agent for the specified repository.
    The agent will analyze the repository structure and generate appropriate setup commands.

    Rate limit: 5 requests per minute.

    Args:
        org_id (int):
        body (GenerateSetupCommandsInput): Input for generating setup commands.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AuthErrorResponse | HTTPValidationError | SetupCommandsResponse
    """

    return (
        await asyncio_detailed(
            org_id=org_id,
            client=client,
            body=body,
        )
    ).parsed
