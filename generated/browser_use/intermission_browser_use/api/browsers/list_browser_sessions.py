from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.browser_session_list_response import BrowserSessionListResponse
from ...models.browser_session_status import BrowserSessionStatus
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_size: int | Unset = 10,
    page_number: int | Unset = 1,
    filter_by: BrowserSessionStatus | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageSize"] = page_size

    params["pageNumber"] = page_number

    json_filter_by: None | str | Unset
    if isinstance(filter_by, Unset):
        json_filter_by = UNSET
    elif isinstance(filter_by, BrowserSessionStatus):
        json_filter_by = filter_by.value
    else:
        json_filter_by = filter_by
    params["filterBy"] = json_filter_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/browsers",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BrowserSessionListResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = BrowserSessionListResponse.from_dict(response.json())

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
) -> Response[BrowserSessionListResponse | HTTPValidationError]:
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
    filter_by: BrowserSessionStatus | None | Unset = UNSET,
) -> Response[BrowserSessionListResponse | HTTPValidationError]:
    """List Browser Sessions

     Get paginated list of browser sessions with optional status filtering.

    Args:
        page_size (int | Unset):  Default: 10.
        page_number (int | Unset):  Default: 1.
        filter_by (BrowserSessionStatus | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BrowserSessionListResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        page_number=page_number,
        filter_by=filter_by,
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
    filter_by: BrowserSessionStatus | None | Unset = UNSET,
) -> BrowserSessionListResponse | HTTPValidationError | None:
    """List Browser Sessions

     Get paginated list of browser sessions with optional status filtering.

    Args:
        page_size (int | Unset):  Default: 10.
        page_number (int | Unset):  Default: 1.
        filter_by (BrowserSessionStatus | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BrowserSessionListResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        page_size=page_size,
        page_number=page_number,
        filter_by=filter_by,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = 10,
    page_number: int | Unset = 1,
    filter_by: BrowserSessionStatus | None | Unset = UNSET,
) -> Response[BrowserSessionListResponse | HTTPValidationError]:
    """List Browser Sessions

     Get paginated list of browser sessions with optional status filtering.

    Args:
        page_size (int | Unset):  Default: 10.
        page_number (int | Unset):  Default: 1.
        filter_by (BrowserSessionStatus | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BrowserSessionListResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        page_number=page_number,
        filter_by=filter_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = 10,
    page_number: int | Unset = 1,
    filter_by: BrowserSessionStatus | None | Unset = UNSET,
) -> BrowserSessionListResponse | HTTPValidationError | None:
    """List Browser Sessions

     Get paginated list of browser sessions with optional status filtering.

    Args:
        page_size (int | Unset):  Default: 10.
        page_number (int | Unset):  Default: 1.
        filter_by (BrowserSessionStatus | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BrowserSessionListResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            page_size=page_size,
            page_number=page_number,
            filter_by=filter_by,
        )
    ).parsed
