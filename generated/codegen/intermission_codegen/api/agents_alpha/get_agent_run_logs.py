from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_run_not_found_error_response import AgentRunNotFoundErrorResponse
from ...models.agent_run_with_logs_response import AgentRunWithLogsResponse
from ...models.api_rate_limit_error_response import APIRateLimitErrorResponse
from ...models.auth_error_response import AuthErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.permissions_error_response import PermissionsErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    org_id: int,
    agent_run_id: int,
    *,
    skip: int | Unset = 0,
    limit: int | Unset = 100,
    reverse: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["skip"] = skip

    params["limit"] = limit

    params["reverse"] = reverse

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/alpha/organizations/{org_id}/agent/run/{agent_run_id}/logs".format(
            org_id=quote(str(org_id), safe=""),
            agent_run_id=quote(str(agent_run_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    APIRateLimitErrorResponse
    | AgentRunNotFoundErrorResponse
    | AgentRunWithLogsResponse
    | AuthErrorResponse
    | HTTPValidationError
    | PermissionsErrorResponse
    | None
):
    if response.status_code == 200:
        response_200 = AgentRunWithLogsResponse.from_dict(response.json())

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
    | AgentRunWithLogsResponse
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
    skip: int | Unset = 0,
    limit: int | Unset = 100,
    reverse: bool | Unset = False,
) -> Response[
    APIRateLimitErrorResponse
    | AgentRunNotFoundErrorResponse
    | AgentRunWithLogsResponse
    | AuthErrorResponse
    | HTTPValidationError
    | PermissionsErrorResponse
]:
    """Get Agent Run Logs

     Retrieve an agent run with its logs using pagination. This endpoint is currently in ALPHA and IS
    subject to change.

    Returns the agent run details along with a paginated list of logs for the specified agent run.
    The agent run must belong to the specified organization. Logs are returned in chronological order.
    Uses standard pagination parameters (skip and limit) and includes pagination metadata in the
    response.

    Rate limit: 60 requests per 60 seconds.

    Args:
        org_id (int):
        agent_run_id (int):
        skip (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        reverse (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIRateLimitErrorResponse | AgentRunNotFoundErrorResponse | AgentRunWithLogsResponse | AuthErrorResponse | HTTPValidationError | PermissionsErrorResponse]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        agent_run_id=agent_run_id,
        skip=skip,
        limit=limit,
        reverse=reverse,
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
    skip: int | Unset = 0,
    limit: int | Unset = 100,
    reverse: bool | Unset = False,
) -> (
    APIRateLimitErrorResponse
    | AgentRunNotFoundErrorResponse
    | AgentRunWithLogsResponse
    | AuthErrorResponse
    | HTTPValidationError
    | PermissionsErrorResponse
    | None
):
    """Get Agent Run Logs

     Retrieve an agent run with its logs using pagination. This endpoint is currently in ALPHA and IS
    subject to change.

    Returns the agent run details along with a paginated list of logs for the specified agent run.
    The agent run must belong to the specified organization. Logs are returned in chronological order.
    Uses standard pagination parameters (skip and limit) and includes pagination metadata in the
    response.

    Rate limit: 60 requests per 60 seconds.

    Args:
        org_id (int):
        agent_run_id (int):
        skip (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        reverse (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIRateLimitErrorResponse | AgentRunNotFoundErrorResponse | AgentRunWithLogsResponse | AuthErrorResponse | HTTPValidationError | PermissionsErrorResponse
    """

    return sync_detailed(
        org_id=org_id,
        agent_run_id=agent_run_id,
        client=client,
        skip=skip,
        limit=limit,
        reverse=reverse,
    ).parsed


async def asyncio_detailed(
    org_id: int,
    agent_run_id: int,
    *,
    client: AuthenticatedClient | Client,
    skip: int | Unset = 0,
    limit: int | Unset = 100,
    reverse: bool | Unset = False,
) -> Response[
    APIRateLimitErrorResponse
    | AgentRunNotFoundErrorResponse
    | AgentRunWithLogsResponse
    | AuthErrorResponse
    | HTTPValidationError
    | PermissionsErrorResponse
]:
    """Get Agent Run Logs

     Retrieve an agent run with its logs using pagination. This endpoint is currently in ALPHA and IS
    subject to change.

    Returns the agent run details along with a paginated list of logs for the specified agent run.
    The agent run must belong to the specified organization. Logs are returned in chronological order.
    Uses standard pagination parameters (skip and limit) and includes pagination metadata in the
    response.

    Rate limit: 60 requests per 60 seconds.

    Args:
        org_id (int):
        agent_run_id (int):
        skip (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        reverse (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIRateLimitErrorResponse | AgentRunNotFoundErrorResponse | AgentRunWithLogsResponse | AuthErrorResponse | HTTPValidationError | PermissionsErrorResponse]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        agent_run_id=agent_run_id,
        skip=skip,
        limit=limit,
        reverse=reverse,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    org_id: int,
    agent_run_id: int,
    *,
    client: AuthenticatedClient | Client,
    skip: int | Unset = 0,
    limit: int | Unset = 100,
    reverse: bool | Unset = False,
) -> (
    APIRateLimitErrorResponse
    | AgentRunNotFoundErrorResponse
    | AgentRunWithLogsResponse
    | AuthErrorResponse
    | HTTPValidationError
    | PermissionsErrorResponse
    | None
):
    """Get Agent Run Logs

     Retrieve an agent run with its logs using pagination. This endpoint is currently in ALPHA and IS
    subject to change.

    Returns the agent run details along with a paginated list of logs for the specified agent run.
    The agent run must belong to the specified organization. Logs are returned in chronological order.
    Uses standard pagination parameters (skip and limit) and includes pagination metadata in the
    response.

    Rate limit: 60 requests per 60 seconds.

    Args:
        org_id (int):
        agent_run_id (int):
        skip (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        reverse (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIRateLimitErrorResponse | AgentRunNotFoundErrorResponse | AgentRunWithLogsResponse | AuthErrorResponse | HTTPValidationError | PermissionsErrorResponse
    """

    return (
        await asyncio_detailed(
            org_id=org_id,
            agent_run_id=agent_run_id,
            client=client,
            skip=skip,
            limit=limit,
            reverse=reverse,
        )
    ).parsed
