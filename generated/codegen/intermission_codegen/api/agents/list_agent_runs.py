from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_agent_run_source_type import ApiAgentRunSourceType
from ...models.api_rate_limit_error_response import APIRateLimitErrorResponse
from ...models.auth_error_response import AuthErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.page_agent_run_response import PageAgentRunResponse
from ...models.permissions_error_response import PermissionsErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    org_id: int,
    *,
    user_id: int | None | Unset = UNSET,
    source_type: ApiAgentRunSourceType | None | Unset = UNSET,
    skip: int | Unset = 0,
    limit: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_user_id: int | None | Unset
    if isinstance(user_id, Unset):
        json_user_id = UNSET
    else:
        json_user_id = user_id
    params["user_id"] = json_user_id

    json_source_type: None | str | Unset
    if isinstance(source_type, Unset):
        json_source_type = UNSET
    elif isinstance(source_type, ApiAgentRunSourceType):
        json_source_type = source_type.value
    else:
        json_source_type = source_type
    params["source_type"] = json_source_type

    params["skip"] = skip

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/organizations/{org_id}/agent/runs".format(
            org_id=quote(str(org_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    APIRateLimitErrorResponse
    | AuthErrorResponse
    | HTTPValidationError
    | PageAgentRunResponse
    | PermissionsErrorResponse
    | None
):
    if response.status_code == 200:
        response_200 = PageAgentRunResponse.from_dict(response.json())

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
    | PageAgentRunResponse
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
    user_id: int | None | Unset = UNSET,
    source_type: ApiAgentRunSourceType | None | Unset = UNSET,
    skip: int | Unset = 0,
    limit: int | Unset = 100,
) -> Response[
    APIRateLimitErrorResponse
    | AuthErrorResponse
    | HTTPValidationError
    | PageAgentRunResponse
    | PermissionsErrorResponse
]:
    """List Agent Runs

     List agent runs for an organization with optional user filtering.

    Returns a paginated list of agent runs for the specified organization.
    Optionally filter by user_id to get only agent runs initiated by a specific user.
    Results are ordered by creation date (newest first).

    Rate limit: 60 requests per 30 seconds.

    Args:
        org_id (int):
        user_id (int | None | Unset): Filter by user ID who initiated the agent runs
        source_type (ApiAgentRunSourceType | None | Unset): Filter by source type of the agent
            runs
        skip (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIRateLimitErrorResponse | AuthErrorResponse | HTTPValidationError | PageAgentRunResponse | PermissionsErrorResponse]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        user_id=user_id,
        source_type=source_type,
        skip=skip,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    org_id: int,
    *,
    client: AuthenticatedClient | Client,
    user_id: int | None | Unset = UNSET,
    source_type: ApiAgentRunSourceType | None | Unset = UNSET,
    skip: int | Unset = 0,
    limit: int | Unset = 100,
) -> (
    APIRateLimitErrorResponse
    | AuthErrorResponse
    | HTTPValidationError
    | PageAgentRunResponse
    | PermissionsErrorResponse
    | None
):
    """List Agent Runs

     List agent runs for an organization with optional user filtering.

    Returns a paginated list of agent runs for the specified organization.
    Optionally filter by user_id to get only agent runs initiated by a specific user.
    Results are ordered by creation date (newest first).

    Rate limit: 60 requests per 30 seconds.

    Args:
        org_id (int):
        user_id (int | None | Unset): Filter by user ID who initiated the agent runs
        source_type (ApiAgentRunSourceType | None | Unset): Filter by source type of the agent
            runs
        skip (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIRateLimitErrorResponse | AuthErrorResponse | HTTPValidationError | PageAgentRunResponse | PermissionsErrorResponse
    """

    return sync_detailed(
        org_id=org_id,
        client=client,
        user_id=user_id,
        source_type=source_type,
        skip=skip,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    org_id: int,
    *,
    client: AuthenticatedClient | Client,
    user_id: int | None | Unset = UNSET,
    source_type: ApiAgentRunSourceType | None | Unset = UNSET,
    skip: int | Unset = 0,
    limit: int | Unset = 100,
) -> Response[
    APIRateLimitErrorResponse
    | AuthErrorResponse
    | HTTPValidationError
    | PageAgentRunResponse
    | PermissionsErrorResponse
]:
    """List Agent Runs

     List agent runs for an organization with optional user filtering.

    Returns a paginated list of agent runs for the specified organization.
    Optionally filter by user_id to get only agent runs initiated by a specific user.
    Results are ordered by creation date (newest first).

    Rate limit: 60 requests per 30 seconds.

    Args:
        org_id (int):
        user_id (int | None | Unset): Filter by user ID who initiated the agent runs
        source_type (ApiAgentRunSourceType | None | Unset): Filter by source type of the agent
            runs
        skip (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIRateLimitErrorResponse | AuthErrorResponse | HTTPValidationError | PageAgentRunResponse | PermissionsErrorResponse]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        user_id=user_id,
        source_type=source_type,
        skip=skip,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    org_id: int,
    *,
    client: AuthenticatedClient | Client,
    user_id: int | None | Unset = UNSET,
    source_type: ApiAgentRunSourceType | None | Unset = UNSET,
    skip: int | Unset = 0,
    limit: int | Unset = 100,
) -> (
    APIRateLimitErrorResponse
    | AuthErrorResponse
    | HTTPValidationError
    | PageAgentRunResponse
    | PermissionsErrorResponse
    | None
):
    """List Agent Runs

     List agent runs for an organization with optional user filtering.

    Returns a paginated list of agent runs for the specified organization.
    Optionally filter by user_id to get only agent runs initiated by a specific user.
    Results are ordered by creation date (newest first).

    Rate limit: 60 requests per 30 seconds.

    Args:
        org_id (int):
        user_id (int | None | Unset): Filter by user ID who initiated the agent runs
        source_type (ApiAgentRunSourceType | None | Unset): Filter by source type of the agent
            runs
        skip (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIRateLimitErrorResponse | AuthErrorResponse | HTTPValidationError | PageAgentRunResponse | PermissionsErrorResponse
    """

    return (
        await asyncio_detailed(
            org_id=org_id,
            client=client,
            user_id=user_id,
            source_type=source_type,
            skip=skip,
            limit=limit,
        )
    ).parsed
