from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.browser_download_list_response import BrowserDownloadListResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.session_not_found_error import SessionNotFoundError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    session_id: UUID,
    *,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    include_urls: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params["includeUrls"] = include_urls

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/browsers/{session_id}/downloads".format(
            session_id=quote(str(session_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BrowserDownloadListResponse | HTTPValidationError | SessionNotFoundError | None:
    if response.status_code == 200:
        response_200 = BrowserDownloadListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = SessionNotFoundError.from_dict(response.json())

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
) -> Response[BrowserDownloadListResponse | HTTPValidationError | SessionNotFoundError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    session_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    include_urls: bool | Unset = False,
) -> Response[BrowserDownloadListResponse | HTTPValidationError | SessionNotFoundError]:
    """List Browser Session Downloads

     List files the browser downloaded to S3 during the session.

    Pass ``includeUrls=true`` to receive presigned download URLs (15 min expiry) inline.
    Files are stored at ``downloads/projects/{project_id}/sessions/{session_id}/`` in
    the private bucket.

    Args:
        session_id (UUID):
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset):
        include_urls (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BrowserDownloadListResponse | HTTPValidationError | SessionNotFoundError]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        limit=limit,
        cursor=cursor,
        include_urls=include_urls,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    include_urls: bool | Unset = False,
) -> BrowserDownloadListResponse | HTTPValidationError | SessionNotFoundError | None:
    """List Browser Session Downloads

     List files the browser downloaded to S3 during the session.

    Pass ``includeUrls=true`` to receive presigned download URLs (15 min expiry) inline.
    Files are stored at ``downloads/projects/{project_id}/sessions/{session_id}/`` in
    the private bucket.

    Args:
        session_id (UUID):
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset):
        include_urls (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BrowserDownloadListResponse | HTTPValidationError | SessionNotFoundError
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
        limit=limit,
        cursor=cursor,
        include_urls=include_urls,
    ).parsed


async def asyncio_detailed(
    session_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    include_urls: bool | Unset = False,
) -> Response[BrowserDownloadListResponse | HTTPValidationError | SessionNotFoundError]:
    """List Browser Session Downloads

     List files the browser downloaded to S3 during the session.

    Pass ``includeUrls=true`` to receive presigned download URLs (15 min expiry) inline.
    Files are stored at ``downloads/projects/{project_id}/sessions/{session_id}/`` in
    the private bucket.

    Args:
        session_id (UUID):
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset):
        include_urls (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BrowserDownloadListResponse | HTTPValidationError | SessionNotFoundError]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        limit=limit,
        cursor=cursor,
        include_urls=include_urls,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    include_urls: bool | Unset = False,
) -> BrowserDownloadListResponse | HTTPValidationError | SessionNotFoundError | None:
    """List Browser Session Downloads

     List files the browser downloaded to S3 during the session.

    Pass ``includeUrls=true`` to receive presigned download URLs (15 min expiry) inline.
    Files are stored at ``downloads/projects/{project_id}/sessions/{session_id}/`` in
    the private bucket.

    Args:
        session_id (UUID):
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset):
        include_urls (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BrowserDownloadListResponse | HTTPValidationError | SessionNotFoundError
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
            limit=limit,
            cursor=cursor,
            include_urls=include_urls,
        )
    ).parsed
