from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_rate_limit_error_response import APIRateLimitErrorResponse
from ...models.auth_error_response import AuthErrorResponse
from ...models.cli_rules_response import CLIRulesResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.permissions_error_response import PermissionsErrorResponse
from ...types import Response


def _get_kwargs(
    org_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/organizations/{org_id}/cli/rules".format(
            org_id=quote(str(org_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    APIRateLimitErrorResponse
    | AuthErrorResponse
    | CLIRulesResponse
    | HTTPValidationError
    | PermissionsErrorResponse
    | None
):
    if response.status_code == 200:
        response_200 = CLIRulesResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = AuthErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = PermissionsErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = APIRateLimitErrorResponse.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    APIRateLimitErrorResponse | AuthErrorResponse | CLIRulesResponse | HTTPValidationError | PermissionsErrorResponse
]:
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
) -> Response[
    APIRateLimitErrorResponse | AuthErrorResponse | CLIRulesResponse | HTTPValidationError | PermissionsErrorResponse
]:
    """Get Cli Rules

     Get organization and user rules for CLI applications.

    This endpoint is designed for CLI applications that need to fetch both organization-specific
    rules and user-specific custom prompts that are used in prompts. This includes:

    - Organization rules: Same as MCP organization_rules prompt and agent prompt builders
    - User custom prompt: Same as MCP user_custom_prompt and agent prompt builders

    Returns the rules and prompts that should be followed by AI agents.

    Rate limit: 30 requests per minute.

    Args:
        org_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIRateLimitErrorResponse | AuthErrorResponse | CLIRulesResponse | HTTPValidationError | PermissionsErrorResponse]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    org_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> (
    APIRateLimitErrorResponse
    | AuthErrorResponse
    | CLIRulesResponse
    | HTTPValidationError
    | PermissionsErrorResponse
    | None
):
    """Get Cli Rules

     Get organization and user rules for CLI applications.

    This endpoint is designed for CLI applications that need to fetch both organization-specific
    rules and user-specific custom prompts that are used in prompts. This includes:

    - Organization rules: Same as MCP organization_rules prompt and agent prompt builders
    - User custom prompt: Same as MCP user_custom_prompt and agent prompt builders

    Returns the rules and prompts that should be followed by AI agents.

    Rate limit: 30 requests per minute.

    Args:
        org_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIRateLimitErrorResponse | AuthErrorResponse | CLIRulesResponse | HTTPValidationError | PermissionsErrorResponse
    """

    return sync_detailed(
        org_id=org_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    org_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    APIRateLimitErrorResponse | AuthErrorResponse | CLIRulesResponse | HTTPValidationError | PermissionsErrorResponse
]:
    """Get Cli Rules

     Get organization and user rules for CLI applications.

    This endpoint is designed for CLI applications that need to fetch both organization-specific
    rules and user-specific custom prompts that are used in prompts. This includes:

    - Organization rules: Same as MCP organization_rules prompt and agent prompt builders
    - User custom prompt: Same as MCP user_custom_prompt and agent prompt builders

    Returns the rules and prompts that should be followed by AI agents.

    Rate limit: 30 requests per minute.

    Args:
        org_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIRateLimitErrorResponse | AuthErrorResponse | CLIRulesResponse | HTTPValidationError | PermissionsErrorResponse]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    org_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> (
    APIRateLimitErrorResponse
    | AuthErrorResponse
    | CLIRulesResponse
    | HTTPValidationError
    | PermissionsErrorResponse
    | None
):
    """Get Cli Rules

     Get organization and user rules for CLI applications.

    This endpoint is designed for CLI applications that need to fetch both organization-specific
    rules and user-specific custom prompts that are used in prompts. This includes:

    - Organization rules: Same as MCP organization_rules prompt and agent prompt builders
    - User custom prompt: Same as MCP user_custom_prompt and agent prompt builders

    Returns the rules and prompts that should be followed by AI agents.

    Rate limit: 30 requests per minute.

    Args:
        org_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIRateLimitErrorResponse | AuthErrorResponse | CLIRulesResponse | HTTPValidationError | PermissionsErrorResponse
    """

    return (
        await asyncio_detailed(
            org_id=org_id,
            client=client,
        )
    ).parsed
