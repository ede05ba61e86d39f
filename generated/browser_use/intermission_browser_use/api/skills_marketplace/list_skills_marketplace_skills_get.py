import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.marketplace_skill_list_response import MarketplaceSkillListResponse
from ...models.skill_category import SkillCategory
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_size: int | Unset = 10,
    page_number: int | Unset = 1,
    query: None | str | Unset = UNSET,
    category: None | SkillCategory | Unset = UNSET,
    from_date: datetime.datetime | None | Unset = UNSET,
    to_date: datetime.datetime | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageSize"] = page_size

    params["pageNumber"] = page_number

    json_query: None | str | Unset
    if isinstance(query, Unset):
        json_query = UNSET
    else:
        json_query = query
    params["query"] = json_query

    json_category: None | str | Unset
    if isinstance(category, Unset):
        json_category = UNSET
    elif isinstance(category, SkillCategory):
        json_category = category.value
    else:
        json_category = category
    params["category"] = json_category

    json_from_date: None | str | Unset
    if isinstance(from_date, Unset):
        json_from_date = UNSET
    elif isinstance(from_date, datetime.datetime):
        json_from_date = from_date.isoformat()
    else:
        json_from_date = from_date
    params["fromDate"] = json_from_date

    json_to_date: None | str | Unset
    if isinstance(to_date, Unset):
        json_to_date = UNSET
    elif isinstance(to_date, datetime.datetime):
        json_to_date = to_date.isoformat()
    else:
        json_to_date = to_date
    params["toDate"] = json_to_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/marketplace/skills",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | MarketplaceSkillListResponse | None:
    if response.status_code == 200:
        response_200 = MarketplaceSkillListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | MarketplaceSkillListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = 10,
    page_number: int | Unset = 1,
    query: None | str | Unset = UNSET,
    category: None | SkillCategory | Unset = UNSET,
    from_date: datetime.datetime | None | Unset = UNSET,
    to_date: datetime.datetime | None | Unset = UNSET,
) -> Response[HTTPValidationError | MarketplaceSkillListResponse]:
    """List Skills

     List all public skills available in the marketplace with optional filtering.

    Args:
        page_size (int | Unset):  Default: 10.
        page_number (int | Unset):  Default: 1.
        query (None | str | Unset):
        category (None | SkillCategory | Unset):
        from_date (datetime.datetime | None | Unset):
        to_date (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | MarketplaceSkillListResponse]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        page_number=page_number,
        query=query,
        category=category,
        from_date=from_date,
        to_date=to_date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = 10,
    page_number: int | Unset = 1,
    query: None | str | Unset = UNSET,
    category: None | SkillCategory | Unset = UNSET,
    from_date: datetime.datetime | None | Unset = UNSET,
    to_date: datetime.datetime | None | Unset = UNSET,
) -> HTTPValidationError | MarketplaceSkillListResponse | None:
    """List Skills

     List all public skills available in the marketplace with optional filtering.

    Args:
        page_size (int | Unset):  Default: 10.
        page_number (int | Unset):  Default: 1.
        query (None | str | Unset):
        category (None | SkillCategory | Unset):
        from_date (datetime.datetime | None | Unset):
        to_date (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | MarketplaceSkillListResponse
    """

    return sync_detailed(
        client=client,
        page_size=page_size,
        page_number=page_number,
        query=query,
        category=category,
        from_date=from_date,
        to_date=to_date,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = 10,
    page_number: int | Unset = 1,
    query: None | str | Unset = UNSET,
    category: None | SkillCategory | Unset = UNSET,
    from_date: datetime.datetime | None | Unset = UNSET,
    to_date: datetime.datetime | None | Unset = UNSET,
) -> Response[HTTPValidationError | MarketplaceSkillListResponse]:
    """List Skills

     List all public skills available in the marketplace with optional filtering.

    Args:
        page_size (int | Unset):  Default: 10.
        page_number (int | Unset):  Default: 1.
        query (None | str | Unset):
        category (None | SkillCategory | Unset):
        from_date (datetime.datetime | None | Unset):
        to_date (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | MarketplaceSkillListResponse]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        page_number=page_number,
        query=query,
        category=category,
        from_date=from_date,
        to_date=to_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = 10,
    page_number: int | Unset = 1,
    query: None | str | Unset = UNSET,
    category: None | SkillCategory | Unset = UNSET,
    from_date: datetime.datetime | None | Unset = UNSET,
    to_date: datetime.datetime | None | Unset = UNSET,
) -> HTTPValidationError | MarketplaceSkillListResponse | None:
    """List Skills

     List all public skills available in the marketplace with optional filtering.

    Args:
        page_size (int | Unset):  Default: 10.
        page_number (int | Unset):  Default: 1.
        query (None | str | Unset):
        category (None | SkillCategory | Unset):
        from_date (datetime.datetime | None | Unset):
        to_date (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | MarketplaceSkillListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page_size=page_size,
            page_number=page_number,
            query=query,
            category=category,
            from_date=from_date,
            to_date=to_date,
        )
    ).parsed
