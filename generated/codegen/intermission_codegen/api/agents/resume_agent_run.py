from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_run_not_found_error_response import AgentRunNotFoundErrorResponse
from ...models.agent_run_response import AgentRunResponse
from ...models.agent_run_state_error_response import AgentRunStateErrorResponse
from ...models.api_rate_limit_error_response import APIRateLimitErrorResponse
from ...models.auth_error_response import AuthErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.permissions_error_response import PermissionsErrorResponse
from ...models.resume_agent_run_input import ResumeAgentRunInput
from ...types import Response


def _get_kwargs(
    org_id: int,
    *,
    body: ResumeAgentRunInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/organizations/{org_id}/agent/run/resume".format(
            org_id=quote(str(org_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    APIRateLimitErrorResponse
    | AgentRunNotFoundErrorResponse
    | AgentRunResponse
    | AgentRunStateErrorResponse
    | AuthErrorResponse
    | HTTPValidationError
    | PermissionsErrorResponse
    | None
):
    if response.status_code == 200:
        response_200 = AgentRunResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = AgentRunStateErrorResponse.from_dict(response.json())

        return response_400

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
    | AgentRunStateErrorResponse
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
    *,
    client: AuthenticatedClient | Client,
    body: ResumeAgentRunInput,
) -> Response[
    APIRateLimitErrorResponse
    | AgentRunNotFoundErrorResponse
    | AgentRunResponse
    | AgentRunStateErrorResponse
    | AuthErrorResponse
    | HTTPValidationError
    | PermissionsErrorResponse
]:
    """Resume Agent Run

     Resume a paused agent run.

    Resumes a paused agent run, allowing it to continue processing.

    Note: Setup commands agents are automatically routed to their dedicated resume function.

    Args:
        org_id (int):
        body (ResumeAgentRunInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIRateLimitErrorResponse | AgentRunNotFoundErrorResponse | AgentRunResponse | AgentRunStateErrorResponse | AuthErrorResponse | HTTPValidationError | PermissionsErrorResponse]
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
    body: ResumeAgentRunInput,
) -> (
    APIRateLimitErrorResponse
    | AgentRunNotFoundErrorResponse
    | AgentRunResponse
    | AgentRunStateErrorResponse
    | AuthErrorResponse
    | HTTPValidationError
    | PermissionsErrorResponse
    | None
):
    """Resume Agent Run

     Resume a paused agent run.

    Resumes a paused agent run, allowing it to continue processing.

    Note: Setup commands agents are automatically routed to their dedicated resume function.

    Args:
        org_id (int):
        body (ResumeAgentRunInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIRateLimitErrorResponse | AgentRunNotFoundErrorResponse | AgentRunResponse | AgentRunStateErrorResponse | AuthErrorResponse | HTTPValidationError | PermissionsErrorResponse
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
    body: ResumeAgentRunInput,
) -> Response[
    APIRateLimitErrorResponse
    | AgentRunNotFoundErrorResponse
    | AgentRunResponse
    | AgentRunStateErrorResponse
    | AuthErrorResponse
    | HTTPValidationError
    | PermissionsErrorResponse
]:
    """Resume Agent Run

     Resume a paused agent run.

    Resumes a paused agent run, allowing it to continue processing.

    Note: Setup commands agents are automatically routed to their dedicated resume function.

    Args:
        org_id (int):
        body (ResumeAgentRunInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIRateLimitErrorResponse | AgentRunNotFoundErrorResponse | AgentRunResponse | AgentRunStateErrorResponse | AuthErrorResponse | HTTPValidationError | PermissionsErrorResponse]
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
    body: ResumeAgentRunInput,
) -> (
    APIRateLimitErrorResponse
    | AgentRunNotFoundErrorResponse
    | AgentRunResponse
    | AgentRunStateErrorResponse
    | AuthErrorResponse
    | HTTPValidationError
    | PermissionsErrorResponse
    | None
):
    """Resume Agent Run

     Resume a paused agent run.

    Resumes a paused agent run, allowing it to continue processing.

    Note: Setup commands agents are automatically routed to their dedicated resume function.

    Args:
        org_id (int):
        body (ResumeAgentRunInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIRateLimitErrorResponse | AgentRunNotFoundErrorResponse | AgentRunResponse | AgentRunStateErrorResponse | AuthErrorResponse | HTTPValidationError | PermissionsErrorResponse
    """

    return (
        await asyncio_detailed(
            org_id=org_id,
            client=client,
            body=body,
        )
    ).parsed
