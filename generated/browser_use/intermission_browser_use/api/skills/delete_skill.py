from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cannot_delete_skill_while_generating_error import CannotDeleteSkillWhileGeneratingError
from ...models.http_validation_error import HTTPValidationError
from ...models.skill_not_found_error import SkillNotFoundError
from ...types import Response


def _get_kwargs(
    skill_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v2/skills/{skill_id}".format(
            skill_id=quote(str(skill_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CannotDeleteSkillWhileGeneratingError | HTTPValidationError | SkillNotFoundError | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = CannotDeleteSkillWhileGeneratingError.from_dict(response.json())

        return response_400

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
) -> Response[Any | CannotDeleteSkillWhileGeneratingError | HTTPValidationError | SkillNotFoundError]:
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
) -> Response[Any | CannotDeleteSkillWhileGeneratingError | HTTPValidationError | SkillNotFoundError]:
    """Delete Skill

     Delete a skill owned by the project.

    Args:
        skill_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CannotDeleteSkillWhileGeneratingError | HTTPValidationError | SkillNotFoundError]
    """

    kwargs = _get_kwargs(
        skill_id=skill_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    skill_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Any | CannotDeleteSkillWhileGeneratingError | HTTPValidationError | SkillNotFoundError | None:
    """Delete Skill

     Delete a skill owned by the project.

    Args:
        skill_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CannotDeleteSkillWhileGeneratingError | HTTPValidationError | SkillNotFoundError
    """

    return sync_detailed(
        skill_id=skill_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    skill_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Any | CannotDeleteSkillWhileGeneratingError | HTTPValidationError | SkillNotFoundError]:
    """Delete Skill

     Delete a skill owned by the project.

    Args:
        skill_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CannotDeleteSkillWhileGeneratingError | HTTPValidationError | SkillNotFoundError]
    """

    kwargs = _get_kwargs(
        skill_id=skill_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    skill_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Any | CannotDeleteSkillWhileGeneratingError | HTTPValidationError | SkillNotFoundError | None:
    """Delete Skill

     Delete a skill owned by the project.

    Args:
        skill_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CannotDeleteSkillWhileGeneratingError | HTTPValidationError | SkillNotFoundError
    """

    return (
        await asyncio_detailed(
            skill_id=skill_id,
            client=client,
        )
    ).parsed
