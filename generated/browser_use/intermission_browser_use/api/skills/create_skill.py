from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.concurrent_skill_creations_error import ConcurrentSkillCreationsError
from ...models.create_skill_request import CreateSkillRequest
from ...models.create_skill_response import CreateSkillResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.insufficient_credits_error import InsufficientCreditsError
from ...models.too_many_concurrent_active_sessions_error import TooManyConcurrentActiveSessionsError
from ...types import Response


def _get_kwargs(
    *,
    body: CreateSkillRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/skills",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ConcurrentSkillCreationsError
    | CreateSkillResponse
    | HTTPValidationError
    | InsufficientCreditsError
    | TooManyConcurrentActiveSessionsError
    | None
):
    if response.status_code == 202:
        response_202 = CreateSkillResponse.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = ConcurrentSkillCreationsError.from_dict(response.json())

        return response_400

    if response.status_code == 402:
        response_402 = InsufficientCreditsError.from_dict(response.json())

        return response_402

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = TooManyConcurrentActiveSessionsError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ConcurrentSkillCreationsError
    | CreateSkillResponse
    | HTTPValidationError
    | InsufficientCreditsError
    | TooManyConcurrentActiveSessionsError
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateSkillRequest,
) -> Response[
    ConcurrentSkillCreationsError
    | CreateSkillResponse
    | HTTPValidationError
    | InsufficientCreditsError
    | TooManyConcurrentActiveSessionsError
]:
    """Create Skill

     Create a new skill via automated generation.

    Args:
        body (CreateSkillRequest): Request to create a new skill via automated generation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConcurrentSkillCreationsError | CreateSkillResponse | HTTPValidationError | InsufficientCreditsError | TooManyConcurrentActiveSessionsError]
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
    body: CreateSkillRequest,
) -> (
    ConcurrentSkillCreationsError
    | CreateSkillResponse
    | HTTPValidationError
    | InsufficientCreditsError
    | TooManyConcurrentActiveSessionsError
    | None
):
    """Create Skill

     Create a new skill via automated generation.

    Args:
        body (CreateSkillRequest): Request to create a new skill via automated generation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConcurrentSkillCreationsError | CreateSkillResponse | HTTPValidationError | InsufficientCreditsError | TooManyConcurrentActiveSessionsError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateSkillRequest,
) -> Response[
    ConcurrentSkillCreationsError
    | CreateSkillResponse
    | HTTPValidationError
    | InsufficientCreditsError
    | TooManyConcurrentActiveSessionsError
]:
    """Create Skill

     Create a new skill via automated generation.

    Args:
        body (CreateSkillRequest): Request to create a new skill via automated generation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConcurrentSkillCreationsError | CreateSkillResponse | HTTPValidationError | InsufficientCreditsError | TooManyConcurrentActiveSessionsError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateSkillRequest,
) -> (
    ConcurrentSkillCreationsError
    | CreateSkillResponse
    | HTTPValidationError
    | InsufficientCreditsError
    | TooManyConcurrentActiveSessionsError
    | None
):
    """Create Skill

     Create a new skill via automated generation.

    Args:
        body (CreateSkillRequest): Request to create a new skill via automated generation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConcurrentSkillCreationsError | CreateSkillResponse | HTTPValidationError | InsufficientCreditsError | TooManyConcurrentActiveSessionsError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
