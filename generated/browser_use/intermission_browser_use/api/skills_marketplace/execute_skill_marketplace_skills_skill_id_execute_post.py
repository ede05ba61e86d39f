from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.execute_skill_request import ExecuteSkillRequest
from ...models.execute_skill_response import ExecuteSkillResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.insufficient_credits_error import InsufficientCreditsError
from ...models.skill_not_finished_error import SkillNotFinishedError
from ...models.skill_not_found_error import SkillNotFoundError
from ...types import Response


def _get_kwargs(
    skill_id: UUID,
    *,
    body: ExecuteSkillRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/marketplace/skills/{skill_id}/execute".format(
            skill_id=quote(str(skill_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ExecuteSkillResponse
    | HTTPValidationError
    | InsufficientCreditsError
    | SkillNotFinishedError
    | SkillNotFoundError
    | None
):
    if response.status_code == 200:
        response_200 = ExecuteSkillResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = SkillNotFinishedError.from_dict(response.json())

        return response_400

    if response.status_code == 402:
        response_402 = InsufficientCreditsError.from_dict(response.json())

        return response_402

    if response.status_code == 404:
        response_404 = SkillNotFoundError.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ExecuteSkillResponse | HTTPValidationError | InsufficientCreditsError | SkillNotFinishedError | SkillNotFoundError
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    skill_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ExecuteSkillRequest,
) -> Response[
    ExecuteSkillResponse | HTTPValidationError | InsufficientCreditsError | SkillNotFinishedError | SkillNotFoundError
]:
    """Execute Skill

     Execute a skill with the provided parameters.

    Args:
        skill_id (UUID):
        body (ExecuteSkillRequest): Request to execute a skill.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExecuteSkillResponse | HTTPValidationError | InsufficientCreditsError | SkillNotFinishedError | SkillNotFoundError]
    """

    kwargs = _get_kwargs(
        skill_id=skill_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    skill_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ExecuteSkillRequest,
) -> (
    ExecuteSkillResponse
    | HTTPValidationError
    | InsufficientCreditsError
    | SkillNotFinishedError
    | SkillNotFoundError
    | None
):
    """Execute Skill

     Execute a skill with the provided parameters.

    Args:
        skill_id (UUID):
        body (ExecuteSkillRequest): Request to execute a skill.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExecuteSkillResponse | HTTPValidationError | InsufficientCreditsError | SkillNotFinishedError | SkillNotFoundError
    """

    return sync_detailed(
        skill_id=skill_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    skill_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ExecuteSkillRequest,
) -> Response[
    ExecuteSkillResponse | HTTPValidationError | InsufficientCreditsError | SkillNotFinishedError | SkillNotFoundError
]:
    """Execute Skill

     Execute a skill with the provided parameters.

    Args:
        skill_id (UUID):
        body (ExecuteSkillRequest): Request to execute a skill.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExecuteSkillResponse | HTTPValidationError | InsufficientCreditsError | SkillNotFinishedError | SkillNotFoundError]
    """

    kwargs = _get_kwargs(
        skill_id=skill_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    skill_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ExecuteSkillRequest,
) -> (
    ExecuteSkillResponse
    | HTTPValidationError
    | InsufficientCreditsError
    | SkillNotFinishedError
    | SkillNotFoundError
    | None
):
    """Execute Skill

     Execute a skill with the provided parameters.

    Args:
        skill_id (UUID):
        body (ExecuteSkillRequest): Request to execute a skill.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExecuteSkillResponse | HTTPValidationError | InsufficientCreditsError | SkillNotFinishedError | SkillNotFoundError
    """

    return (
        await asyncio_detailed(
            skill_id=skill_id,
            client=client,
            body=body,
        )
    ).parsed
