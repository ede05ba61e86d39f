from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.analyze_logs_response import AnalyzeLogsResponse
from ...models.api_rate_limit_error_response import APIRateLimitErrorResponse
from ...models.auth_error_response import AuthErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.permissions_error_response import PermissionsErrorResponse
from ...types import Response


def _get_kwargs(
    org_id: int,
    sandbox_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/organizations/{org_id}/sandbox/{sandbox_id}/analyze-logs".format(
            org_id=quote(str(org_id), safe=""),
            sandbox_id=quote(str(sandbox_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    APIRateLimitErrorResponse
    | AnalyzeLogsResponse
    | Any
    | AuthErrorResponse
    | HTTPValidationError
    | PermissionsErrorResponse
    | None
):
    if response.status_code == 200:
        response_200 = AnalyzeLogsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 401:
        response_401 = AuthErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = PermissionsErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = cast(Any, None)
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
    | AnalyzeLogsResponse
    | Any
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
    sandbox_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    APIRateLimitErrorResponse
    | AnalyzeLogsResponse
    | Any
    | AuthErrorResponse
    | HTTPValidationError
    | PermissionsErrorResponse
]:
    """Analyze Sandbox Logs

     Analyze sandbox setup logs using an AI agent.

    This endpoint creates an AI agent that will analyze the setup logs from a sandbox,
    identify any errors, provide insights about what went wrong, and suggest potential
    solutions. The analysis runs asynchronously and results can be retrieved using the
    returned agent run ID.

    Rate limit: 5 requests per minute.

    Args:
        org_id (int):
        sandbox_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIRateLimitErrorResponse | AnalyzeLogsResponse | Any | AuthErrorResponse | HTTPValidationError | PermissionsErrorResponse]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        sandbox_id=sandbox_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    org_id: int,
    sandbox_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> (
    APIRateLimitErrorResponse
    | AnalyzeLogsResponse
    | Any
    | AuthErrorResponse
    | HTTPValidationError
    | PermissionsErrorResponse
    | None
):
    """Analyze Sandbox Logs

     Analyze sandbox setup logs using an AI agent.

    This endpoint creates an AI agent that will analyze the setup logs from a sandbox,
    identify any errors, provide insights about what went wrong, and suggest potential
    solutions. The analysis runs asynchronously and results can be retrieved using the
    returned agent run ID.

    Rate limit: 5 requests per minute.

    Args:
        org_id (int):
        sandbox_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIRateLimitErrorResponse | AnalyzeLogsResponse | Any | AuthErrorResponse | HTTPValidationError | PermissionsErrorResponse
    """

    return sync_detailed(
        org_id=org_id,
        sandbox_id=sandbox_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    org_id: int,
    sandbox_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    APIRateLimitErrorResponse
    | AnalyzeLogsResponse
    | Any
    | AuthErrorResponse
    | HTTPValidationError
    | PermissionsErrorResponse
]:
    """Analyze Sandbox Logs

     Analyze sandbox setup logs using an AI agent.

    This endpoint creates an AI agent that will analyze the setup logs from a sandbox,
    identify any errors, provide insights about what went wrong, and suggest potential
    solutions. The analysis runs asynchronously and results can be retrieved using the
    returned agent run ID.

    Rate limit: 5 requests per minute.

    Args:
        org_id (int):
        sandbox_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIRateLimitErrorResponse | AnalyzeLogsResponse | Any | AuthErrorResponse | HTTPValidationError | PermissionsErrorResponse]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        sandbox_id=sandbox_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    org_id: int,
    sandbox_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> (
    APIRateLimitErrorResponse
    | AnalyzeLogsResponse
    | Any
    | AuthErrorResponse
    | HTTPValidationError
    | PermissionsErrorResponse
    | None
):
    """Analyze Sandbox Logs

     Analyze sandbox setup logs using an AI agent.

    This endpoint creates an AI agent that will analyze the setup logs from a sandbox,
    identify any errors, provide insights about what went wrong, and suggest potential
    solutions. The analysis runs asynchronously and results can be retrieved using the
    returned agent run ID.

    Rate limit: 5 requests per minute.

    Args:
        org_id (int):
        sandbox_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIRateLimitErrorResponse | AnalyzeLogsResponse | Any | AuthErrorResponse | HTTPValidationError | PermissionsErrorResponse
    """

    return (
        await asyncio_detailed(
            org_id=org_id,
            sandbox_id=sandbox_id,
            client=client,
        )
    ).parsed
