from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.enabled_skills_limit_exceeded_error import EnabledSkillsLimitExceededError
from ...models.http_validation_error import HTTPValidationError
from ...models.skill_not_found_error import SkillNotFoundError
from ...models.skill_response import SkillResponse
from ...models.update_skill_request import UpdateSkillRequest
from ...types import Response


def _get_kwargs(
    skill_id: UUID,
    *,
    body: UpdateSkillRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v2/skills/{skill_id}".format(
            skill_id=quote(str(skill_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EnabledSkillsLimitExceededError | HTTPValidationError | SkillNotFoundError | SkillResponse | None:
    if response.status_code == 200:
        response_200 = SkillResponse.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = EnabledSkillsLimitExceededError.from_dict(response.json())

        return response_403

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
) -> Response[EnabledSkillsLimitExceededError | HTTPValidationError | SkillNotFoundError | SkillResponse]:
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
    body: UpdateSkillRequest,
) -> Response[EnabledSkillsLimitExceededError | HTTPValidationError | SkillNotFoundError | SkillResponse]:
    """Update Skill

     Update skill metadata (name, description, enabled, etc.).

    Args:
        skill_id (UUID):
        body (UpdateSkillRequest): Request to update skill metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnabledSkillsLimitExceededError | HTTPValidationError | SkillNotFoundError | SkillResponse]
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
    body: UpdateSkillRequest,
) -> EnabledSkillsLimitExceededError | HTTPValidationError | SkillNotFoundError | SkillResponse | None:
    """Update Skill

     Update skill metadata (name, description, enabled, etc.).

    Args:
        skill_id (UUID):
        body (UpdateSkillRequest): Request to update skill metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnabledSkillsLimitExceededError | HTTPValidationError | SkillNotFoundError | SkillResponse
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
    body: UpdateSkillRequest,
) -> Response[EnabledSkillsLimitExceededError | HTTPValidationError | SkillNotFoundError | SkillResponse]:
    """Update Skill

     Update skill metadata (name, description, enabled, etc.).

    Args:
        skill_id (UUID):
        body (UpdateSkillRequest): Request to update skill metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnabledSkillsLimitExceededError | HTTPValidationError | SkillNotFoundError | SkillResponse]
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
    body: UpdateSkillRequest,
) -> EnabledSkillsLimitExceededError | HTTPValidationError | SkillNotFoundError | SkillResponse | None:
    """Update Skill

     Update skill metadata (name, description, enabled, etc.).

    Args:
        skill_id (UUID):
        body (UpdateSkillRequest): Request to update skill metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnabledSkillsLimitExceededError | HTTPValidationError | SkillNotFoundError | SkillResponse
    """

    return (
        await asyncio_detailed(
            skill_id=skill_id,
            client=client,
            body=body,
        )
    ).parsed
