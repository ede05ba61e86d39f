from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_run_not_found_error_response import AgentRunNotFoundErrorResponse
from ...models.agent_run_response import AgentRunResponse
from ...models.api_rate_limit_error_response import APIRateLimitErrorResponse
from ...models.auth_error_response import AuthErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.permissions_error_response import PermissionsErrorResponse
from ...types import Response


def _get_kwargs(
    org_id: int,
    agent_run_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/organizations/{org_id}/agent/run/{agent_run_id}".format(
            org_id=quote(str(org_id), safe=""),
            agent_run_id=quote(str(agent_run_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    APIRateLimitErrorResponse
    | AgentRunNotFoundErrorResponse
    | AgentRunResponse
    | AuthErrorResponse
    | HTTPValidationError
    | PermissionsErrorResponse
    | None
):
    if response.status_code == 200:
        response_200 = AgentRunResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = AuthErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = PermissionsErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = AgentRunNotFoundErrorResponse.from_dict(response.json())

        return response_404

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
    | AgentRunNotFoundErrorResponse
    | AgentRunResponse
    | AuthErrorResponse
    | HTTPValidationError
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
    agent_run_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    APIRateLimitErrorResponse
    | AgentRunNotFoundErrorResponse
    | AgentRunResponse
    | AuthErrorResponse
    | HTTPValidationError
    | PermissionsErrorResponse
]:
    """Get Agent Run

     Retrieve the status and result of an agent run.

    Returns the current status, progress, and any available results for the specified agent run.
    The agent run must belong to the specified organization. If the agent run is still in progress,
    this endpoint can be polled to check for completion.

    Rate limit: 60 requests per 30 seconds.

    Args:
        org_id (int):
        agent_run_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIRateLimitErrorResponse | AgentRunNotFoundErrorResponse | AgentRunResponse | AuthErrorResponse | HTTPValidationError | PermissionsErrorResponse]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        agent_run_id=agent_run_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    org_id: int,
    agent_run_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> (
    APIRateLimitErrorResponse
    | AgentRunNotFoundErrorResponse
    | AgentRunResponse
    | AuthErrorResponse
    | HTTPValidationError
    | PermissionsErrorResponse
    | None
):
    """Get Agent Run

     Retrieve the status and result of an agent run.

    Returns the current status, progress, and any available results for the specified agent run.
    The agent run must belong to the specified organization. If the agent run is still in progress,
    this endpoint can be polled to check for completion.

    Rate limit: 60 requests per 30 seconds.

    Args:
        org_id (int):
        agent_run_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIRateLimitErrorResponse | AgentRunNotFoundErrorResponse | AgentRunResponse | AuthErrorResponse | HTTPValidationError | PermissionsErrorResponse
    """

    return sync_detailed(
        org_id=org_id,
        agent_run_id=agent_run_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    org_id: int,
    agent_run_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    APIRateLimitErrorResponse
    | AgentRunNotFoundErrorResponse
    | AgentRunResponse
    | AuthErrorResponse
    | HTTPValidationError
    | PermissionsErrorResponse
]:
    """Get Agent Run

     Retrieve the status and result of an agent run.

    Returns the current status, progress, and any available results for the specified agent run.
    The agent run must belong to the specified organization. If the agent run is still in progress,
    this endpoint can be polled to check for completion.

    Rate limit: 60 requests per 30 seconds.

    Args:
        org_id (int):
        agent_run_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIRateLimitErrorResponse | AgentRunNotFoundErrorResponse | AgentRunResponse | AuthErrorResponse | HTTPValidationError | PermissionsErrorResponse]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        agent_run_id=agent_run_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    org_id: int,
    agent_run_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> (
    APIRateLimitErrorResponse
    | AgentRunNotFoundErrorResponse
    | AgentRunResponse
    | AuthErrorResponse
    | HTTPValidationError
    | PermissionsErrorResponse
    | None
):
    """Get Agent Run

     Retrieve the status and result of an agent run.

    Returns the current status, progress, and any available results for the specified agent run.
    The agent run must belong to the specified organization. If the agent run is still in progress,
    this endpoint can be polled to check for completion.

    Rate limit: 60 requests per 30 seconds.

    Args:
        org_id (int):
        agent_run_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIRateLimitErrorResponse | AgentRunNotFoundErrorResponse | AgentRunResponse | AuthErrorResponse | HTTPValidationError | PermissionsErrorResponse
    """

    return (
        await asyncio_detailed(
            org_id=org_id,
            agent_run_id=agent_run_id,
            client=client,
        )
    ).parsed
