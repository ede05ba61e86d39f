from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.skill_execution_output_response import SkillExecutionOutputResponse
from ...models.skill_not_found_error import SkillNotFoundError
from ...types import Response


def _get_kwargs(
    skill_id: UUID,
    execution_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/skills/{skill_id}/executions/{execution_id}/output".format(
            skill_id=quote(str(skill_id), safe=""),
            execution_id=quote(str(execution_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | SkillExecutionOutputResponse | SkillNotFoundError | None:
    if response.status_code == 200:
        response_200 = SkillExecutionOutputResponse.from_dict(response.json())

        return response_200

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
) -> Response[HTTPValidationError | SkillExecutionOutputResponse | SkillNotFoundError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    skill_id: UUID,
    execution_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | SkillExecutionOutputResponse | SkillNotFoundError]:
    """Get Skill Execution Output

     Get presigned URL for downloading skill execution output.

    Args:
        skill_id (UUID):
        execution_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SkillExecutionOutputResponse | SkillNotFoundError]
    """

    kwargs = _get_kwargs(
        skill_id=skill_id,
        execution_id=execution_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    skill_id: UUID,
    execution_id: UUID,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | SkillExecutionOutputResponse | SkillNotFoundError | None:
    """Get Skill Execution Output

     Get presigned URL for downloading skill execution output.

    Args:
        skill_id (UUID):
        execution_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SkillExecutionOutputResponse | SkillNotFoundError
    """

    return sync_detailed(
        skill_id=skill_id,
        execution_id=execution_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    skill_id: UUID,
    execution_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | SkillExecutionOutputResponse | SkillNotFoundError]:
    """Get Skill Execution Output

     Get presigned URL for downloading skill execution output.

    Args:
        skill_id (UUID):
        execution_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SkillExecutionOutputResponse | SkillNotFoundError]
    """

    kwargs = _get_kwargs(
        skill_id=skill_id,
        execution_id=execution_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    skill_id: UUID,
    execution_id: UUID,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | SkillExecutionOutputResponse | SkillNotFoundError | None:
    """Get Skill Execution Output

     Get presigned URL for downloading skill execution output.

    Args:
        skill_id (UUID):
        execution_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SkillExecutionOutputResponse | SkillNotFoundError
    """

    return (
        await asyncio_detailed(
            skill_id=skill_id,
            execution_id=execution_id,
            client=client,
        )
    ).parsed
