from http import HTTPStatus
from io import BytesIO
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_page_pdf_body import GetPagePdfBody
from ...models.get_page_pdf_response_400 import GetPagePdfResponse400
from ...models.get_page_pdf_response_404 import GetPagePdfResponse404
from ...models.get_page_pdf_response_500 import GetPagePdfResponse500
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    body: GetPagePdfBody,
    session_id: UUID | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_session_id: str | Unset = UNSET
    if not isinstance(session_id, Unset):
        json_session_id = str(session_id)
    params["sessionId"] = json_session_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/tools/page-pdf",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | File | GetPagePdfResponse400 | GetPagePdfResponse404 | GetPagePdfResponse500 | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = GetPagePdfResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = GetPagePdfResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = GetPagePdfResponse500.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | File | GetPagePdfResponse400 | GetPagePdfResponse404 | GetPagePdfResponse500]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: GetPagePdfBody,
    session_id: UUID | Unset = UNSET,
) -> Response[ErrorResponse | File | GetPagePdfResponse400 | GetPagePdfResponse404 | GetPagePdfResponse500]:
    """Get Page PDF

     Generates a PDF of the current page for a browser session and returns it as a binary PDF file.

    Args:
        session_id (UUID | Unset):
        body (GetPagePdfBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File | GetPagePdfResponse400 | GetPagePdfResponse404 | GetPagePdfResponse500]
    """

    kwargs = _get_kwargs(
        body=body,
        session_id=session_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: GetPagePdfBody,
    session_id: UUID | Unset = UNSET,
) -> ErrorResponse | File | GetPagePdfResponse400 | GetPagePdfResponse404 | GetPagePdfResponse500 | None:
    """Get Page PDF

     Generates a PDF of the current page for a browser session and returns it as a binary PDF file.

    Args:
        session_id (UUID | Unset):
        body (GetPagePdfBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | File | GetPagePdfResponse400 | GetPagePdfResponse404 | GetPagePdfResponse500
    """

    return sync_detailed(
        client=client,
        body=body,
        session_id=session_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GetPagePdfBody,
    session_id: UUID | Unset = UNSET,
) -> Response[ErrorResponse | File | GetPagePdfResponse400 | GetPagePdfResponse404 | GetPagePdfResponse500]:
    """Get Page PDF

     Generates a PDF of the current page for a browser session and returns it as a binary PDF file.

    Args:
        session_id (UUID | Unset):
        body (GetPagePdfBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File | GetPagePdfResponse400 | GetPagePdfResponse404 | GetPagePdfResponse500]
    """

    kwargs = _get_kwargs(
        body=body,
        session_id=session_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: GetPagePdfBody,
    session_id: UUID | Unset = UNSET,
) -> ErrorResponse | File | GetPagePdfResponse400 | GetPagePdfResponse404 | GetPagePdfResponse500 | None:
    """Get Page PDF

     Generates a PDF of the current page for a browser session and returns it as a binary PDF file.

    Args:
        session_id (UUID | Unset):
        body (GetPagePdfBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | File | GetPagePdfResponse400 | GetPagePdfResponse404 | GetPagePdfResponse500
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            session_id=session_id,
        )
    ).parsed
