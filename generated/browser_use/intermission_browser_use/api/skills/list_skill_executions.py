from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.skill_execution_list_response import SkillExecutionListResponse
from ...models.skill_not_found_error import SkillNotFoundError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    skill_id: UUID,
    *,
    page_size: int | Unset = 10,
    page_number: int | Unset = 1,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageSize"] = page_size

    params["pageNumber"] = page_number

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/skills/{skill_id}/executions".format(
            skill_id=quote(str(skill_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | SkillExecutionListResponse | SkillNotFoundError | None:
    if response.status_code == 200:
        response_200 = SkillExecutionListResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | SkillExecutionListResponse | SkillNotFoundError]:
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
    page_size: int | Unset = 10,
    page_number: int | Unset = 1,
) -> Response[HTTPValidationError | SkillExecutionListResponse | SkillNotFoundError]:
    """List Skill Executions

     List executions for a specific skill.

    Args:
        skill_id (UUID):
        page_size (int | Unset):  Default: 10.
        page_number (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SkillExecutionListResponse | SkillNotFoundError]
    """

    kwargs = _get_kwargs(
        skill_id=skill_id,
        page_size=page_size,
        page_number=page_number,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    skill_id: UUID,
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = 10,
    page_number: int | Unset = 1,
) -> HTTPValidationError | SkillExecutionListResponse | SkillNotFoundError | None:
    """List Skill Executions

     List executions for a specific skill.

    Args:
        skill_id (UUID):
        page_size (int | Unset):  Default: 10.
        page_number (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SkillExecutionListResponse | SkillNotFoundError
    """

    return sync_detailed(
        skill_id=skill_id,
        client=client,
        page_size=page_size,
        page_number=page_number,
    ).parsed


async def asyncio_detailed(
    skill_id: UUID,
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = 10,
    page_number: int | Unset = 1,
) -> Response[HTTPValidationError | SkillExecutionListResponse | SkillNotFoundError]:
    """List Skill Executions

     List executions for a specific skill.

    Args:
        skill_id (UUID):
        page_size (int | Unset):  Default: 10.
        page_number (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SkillExecutionListResponse | SkillNotFoundError]
    """

    kwargs = _get_kwargs(
        skill_id=skill_id,
        page_size=page_size,
        page_number=page_number,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    skill_id: UUID,
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = 10,
    page_number: int | Unset = 1,
) -> HTTPValidationError | SkillExecutionListResponse | SkillNotFoundError | None:
    """List Skill Executions

     List executions for a specific skill.

    Args:
        skill_id (UUID):
        page_size (int | Unset):  Default: 10.
        page_number (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SkillExecutionListResponse | SkillNotFoundError
    """

    return (
        await asyncio_detailed(
            skill_id=skill_id,
            client=client,
            page_size=page_size,
            page_number=page_number,
        )
    ).parsed
