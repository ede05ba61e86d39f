from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.internal_server_error import InternalServerError
from ...models.session_not_found_error import SessionNotFoundError
from ...models.unsupported_content_type_error import UnsupportedContentTypeError
from ...models.upload_file_presigned_url_response import UploadFilePresignedUrlResponse
from ...models.upload_file_request import UploadFileRequest
from ...types import Response


def _get_kwargs(
    session_id: UUID,
    *,
    body: UploadFileRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/files/sessions/{session_id}/presigned-url".format(
            session_id=quote(str(session_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    HTTPValidationError
    | InternalServerError
    | SessionNotFoundError
    | UnsupportedContentTypeError
    | UploadFilePresignedUrlResponse
    | None
):
    if response.status_code == 200:
        response_200 = UploadFilePresignedUrlResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = UnsupportedContentTypeError.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = SessionNotFoundError.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if response.status_code == 500:
        response_500 = InternalServerError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    HTTPValidationError
    | InternalServerError
    | SessionNotFoundError
    | UnsupportedContentTypeError
    | UploadFilePresignedUrlResponse
]:
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
    body: UploadFileRequest,
) -> Response[
    HTTPValidationError
    | InternalServerError
    | SessionNotFoundError
    | UnsupportedContentTypeError
    | UploadFilePresignedUrlResponse
]:
    """Agent Session Upload File Presigned Url

     Generate a secure presigned URL for uploading files to an agent session.

    Args:
        session_id (UUID):
        body (UploadFileRequest): Request model for uploading a file to the user's files bucket.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | InternalServerError | SessionNotFoundError | UnsupportedContentTypeError | UploadFilePresignedUrlResponse]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UploadFileRequest,
) -> (
    HTTPValidationError
    | InternalServerError
    | SessionNotFoundError
    | UnsupportedContentTypeError
    | UploadFilePresignedUrlResponse
    | None
):
    """Agent Session Upload File Presigned Url

     Generate a secure presigned URL for uploading files to an agent session.

    Args:
        session_id (UUID):
        body (UploadFileRequest): Request model for uploading a file to the user's files bucket.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | InternalServerError | SessionNotFoundError | UnsupportedContentTypeError | UploadFilePresignedUrlResponse
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    session_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UploadFileRequest,
) -> Response[
    HTTPValidationError
    | InternalServerError
    | SessionNotFoundError
    | UnsupportedContentTypeError
    | UploadFilePresignedUrlResponse
]:
    """Agent Session Upload File Presigned Url

     Generate a secure presigned URL for uploading files to an agent session.

    Args:
        session_id (UUID):
        body (UploadFileRequest): Request model for uploading a file to the user's files bucket.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | InternalServerError | SessionNotFoundError | UnsupportedContentTypeError | UploadFilePresignedUrlResponse]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UploadFileRequest,
) -> (
    HTTPValidationError
    | InternalServerError
    | SessionNotFoundError
    | UnsupportedContentTypeError
    | UploadFilePresignedUrlResponse
    | None
):
    """Agent Session Upload File Presigned Url

     Generate a secure presigned URL for uploading files to an agent session.

    Args:
        session_id (UUID):
        body (UploadFileRequest): Request model for uploading a file to the user's files bucket.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | InternalServerError | SessionNotFoundError | UnsupportedContentTypeError | UploadFilePresignedUrlResponse
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
            body=body,
        )
    ).parsed
