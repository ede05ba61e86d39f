from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.marketplace_skill_response import MarketplaceSkillResponse
from ...models.skill_not_found_error import SkillNotFoundError
from ...types import Response


def _get_kwargs(
    skill_slug: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/marketplace/skills/{skill_slug}".format(
            skill_slug=quote(str(skill_slug), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | MarketplaceSkillResponse | SkillNotFoundError | None:
    if response.status_code == 200:
        response_200 = MarketplaceSkillResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | MarketplaceSkillResponse | SkillNotFoundError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    skill_slug: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[HTTPValidationError | MarketplaceSkillResponse | SkillNotFoundError]:
    """Get Skill

     Get details of a specific public skill from the marketplace.

    Args:
        skill_slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | MarketplaceSkillResponse | SkillNotFoundError]
    """

    kwargs = _get_kwargs(
        skill_slug=skill_slug,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    skill_slug: str,
    *,
    client: AuthenticatedClient | Client,
) -> HTTPValidationError | MarketplaceSkillResponse | SkillNotFoundError | None:
    """Get Skill

     Get details of a specific public skill from the marketplace.

    Args:
        skill_slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | MarketplaceSkillResponse | SkillNotFoundError
    """

    return sync_detailed(
        skill_slug=skill_slug,
        client=client,
    ).parsed


async def asyncio_detailed(
    skill_slug: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[HTTPValidationError | MarketplaceSkillResponse | SkillNotFoundError]:
    """Get Skill

     Get details of a specific public skill from the marketplace.

    Args:
        skill_slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | MarketplaceSkillResponse | SkillNotFoundError]
    """

    kwargs = _get_kwargs(
        skill_slug=skill_slug,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    skill_slug: str,
    *,
    client: AuthenticatedClient | Client,
) -> HTTPValidationError | MarketplaceSkillResponse | SkillNotFoundError | None:
    """Get Skill

     Get details of a specific public skill from the marketplace.

    Args:
        skill_slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | MarketplaceSkillResponse | SkillNotFoundError
    """

    return (
        await asyncio_detailed(
            skill_slug=skill_slug,
            client=client,
        )
    ).parsed
