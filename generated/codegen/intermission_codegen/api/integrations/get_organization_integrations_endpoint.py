from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_rate_limit_error_response import APIRateLimitErrorResponse
from ...models.auth_error_response import AuthErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.organization_integrations_response import OrganizationIntegrationsResponse
from ...models.permissions_error_response import PermissionsErrorResponse
from ...types import Response


def _get_kwargs(
    org_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/organizations/{org_id}/integrations".format(
            org_id=quote(str(org_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    APIRateLimitErrorResponse
    | AuthErrorResponse
    | HTTPValidationError
    | OrganizationIntegrationsResponse
    | PermissionsErrorResponse
    | None
):
    if response.status_code == 200:
        response_200 = OrganizationIntegrationsResponse.from_dict(response.json())

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
    APIRateLimitErrorResponse
    | AuthErrorResponse
    | HTTPValidationError
    | OrganizationIntegrationsResponse
    | PermissionsErrorResponse
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
    APIRateLimitErrorResponse
    | AuthErrorResponse
    | HTTPValidationError
    | OrganizationIntegrationsResponse
    | PermissionsErrorResponse
]:
    """Get Organization Integrations Endpoint

     Get all integration statuses for the given organization.

    Returns a comprehensive overview of all integrations configured for the organization,
    including:
    - OAuth-based integrations (Slack, Linear, Notion, Figma, ClickUp, Jira, Sentry, Monday.com)
    - GitHub app installations
    - API key-based integrations (CircleCI)
    - Database connections (PostgreSQL)

    Each integration includes its current status (active/inactive), associated token/installation IDs,
    and relevant metadata such as app names, organization names, etc.

    Rate limit: 60 requests per 30 seconds.

    Args:
        org_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIRateLimitErrorResponse | AuthErrorResponse | HTTPValidationError | OrganizationIntegrationsResponse | PermissionsErrorResponse]
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
    | HTTPValidationError
    | OrganizationIntegrationsResponse
    | PermissionsErrorResponse
    | None
):
    """Get Organization Integrations Endpoint

     Get all integration statuses for the given organization.

    Returns a comprehensive overview of all integrations configured for the organization,
    including:
    - OAuth-based integrations (Slack, Linear, Notion, Figma, ClickUp, Jira, Sentry, Monday.com)
    - GitHub app installations
    - API key-based integrations (CircleCI)
    - Database connections (PostgreSQL)

    Each integration includes its current status (active/inactive), associated token/installation IDs,
    and relevant metadata such as app names, organization names, etc.

    Rate limit: 60 requests per 30 seconds.

    Args:
        org_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIRateLimitErrorResponse | AuthErrorResponse | HTTPValidationError | OrganizationIntegrationsResponse | PermissionsErrorResponse
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
    APIRateLimitErrorResponse
    | AuthErrorResponse
    | HTTPValidationError
    | OrganizationIntegrationsResponse
    | PermissionsErrorResponse
]:
    """Get Organization Integrations Endpoint

     Get all integration statuses for the given organization.

    Returns a comprehensive overview of all integrations configured for the organization,
    including:
    - OAuth-based integrations (Slack, Linear, Notion, Figma, ClickUp, Jira, Sentry, Monday.com)
    - GitHub app installations
    - API key-based integrations (CircleCI)
    - Database connections (PostgreSQL)

    Each integration includes its current status (active/inactive), associated token/installation IDs,
    and relevant metadata such as app names, organization names, etc.

    Rate limit: 60 requests per 30 seconds.

    Args:
        org_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIRateLimitErrorResponse | AuthErrorResponse | HTTPValidationError | OrganizationIntegrationsResponse | PermissionsErrorResponse]
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
    | HTTPValidationError
    | OrganizationIntegrationsResponse
    | PermissionsErrorResponse
    | None
):
    """Get Organization Integrations Endpoint

     Get all integration statuses for the given organization.

    Returns a comprehensive overview of all integrations configured for the organization,
    including:
    - OAuth-based integrations (Slack, Linear, Notion, Figma, ClickUp, Jira, Sentry, Monday.com)
    - GitHub app installations
    - API key-based integrations (CircleCI)
    - Database connections (PostgreSQL)

    Each integration includes its current status (active/inactive), associated token/installation IDs,
    and relevant metadata such as app names, organization names, etc.

    Rate limit: 60 requests per 30 seconds.

    Args:
        org_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIRateLimitErrorResponse | AuthErrorResponse | HTTPValidationError | OrganizationIntegrationsResponse | PermissionsErrorResponse
    """

    return (
        await asyncio_detailed(
            org_id=org_id,
            client=client,
        )
    ).parsed
