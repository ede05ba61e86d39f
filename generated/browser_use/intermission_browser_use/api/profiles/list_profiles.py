from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.profile_list_response import ProfileListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_size: int | Unset = 10,
    page_number: int | Unset = 1,
    query: None | str | Unset = UNSET,
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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/profiles",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ProfileListResponse | None:
    if response.status_code == 200:
        response_200 = ProfileListResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | ProfileListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = 10,
    page_number: int | Unset = 1,
    query: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | ProfileListResponse]:
    """List Profiles

     Get paginated list of profiles.

    Use the `query` parameter to search profiles by name or user_id.
    This is useful when you have many profiles and need to find a specific user.

    Example: If you set `user_id` to your internal user identifier when creating profiles,
    you can later search for that user by passing their identifier as the `query` parameter.

    Args:
        page_size (int | Unset):  Default: 10.
        page_number (int | Unset):  Default: 1.
        query (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ProfileListResponse]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        page_number=page_number,
        query=query,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = 10,
    page_number: int | Unset = 1,
    query: None | str | Unset = UNSET,
) -> HTTPValidationError | ProfileListResponse | None:
    """List Profiles

     Get paginated list of profiles.

    Use the `query` parameter to search profiles by name or user_id.
    This is useful when you have many profiles and need to find a specific user.

    Example: If you set `user_id` to your internal user identifier when creating profiles,
    you can later search for that user by passing their identifier as the `query` parameter.

    Args:
        page_size (int | Unset):  Default: 10.
        page_number (int | Unset):  Default: 1.
        query (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ProfileListResponse
    """

    return sync_detailed(
        client=client,
        page_size=page_size,
        page_number=page_number,
        query=query,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = 10,
    page_number: int | Unset = 1,
    query: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | ProfileListResponse]:
    """List Profiles

     Get paginated list of profiles.

    Use the `query` parameter to search profiles by name or user_id.
    This is useful when you have many profiles and need to find a specific user.

    Example: If you set `user_id` to your internal user identifier when creating profiles,
    you can later search for that user by passing their identifier as the `query` parameter.

    Args:
        page_size (int | Unset):  Default: 10.
        page_number (int | Unset):  Default: 1.
        query (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ProfileListResponse]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        page_number=page_number,
        query=query,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = 10,
    page_number: int | Unset = 1,
    query: None | str | Unset = UNSET,
) -> HTTPValidationError | ProfileListResponse | None:
    """List Profiles

     Get paginated list of profiles.

    Use the `query` parameter to search profiles by name or user_id.
    This is useful when you have many profiles and need to find a specific user.

    Example: If you set `user_id` to your internal user identifier when creating profiles,
    you can later search for that user by passing their identifier as the `query` parameter.

    Args:
        page_size (int | Unset):  Default: 10.
        page_number (int | Unset):  Default: 1.
        query (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ProfileListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page_size=page_size,
            page_number=page_number,
            query=query,
        )
    ).parsed
