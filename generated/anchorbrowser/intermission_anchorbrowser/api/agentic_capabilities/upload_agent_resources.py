from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.upload_agent_resources_body import UploadAgentResourcesBody
from ...models.upload_agent_resources_response_200 import UploadAgentResourcesResponse200
from ...models.upload_agent_resources_response_400 import UploadAgentResourcesResponse400
from ...models.upload_agent_resources_response_404 import UploadAgentResourcesResponse404
from ...models.upload_agent_resources_response_500 import UploadAgentResourcesResponse500
from ...types import Response


def _get_kwargs(
    session_id: UUID,
    *,
    body: UploadAgentResourcesBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/sessions/{session_id}/agent/files".format(
            session_id=quote(str(session_id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ErrorResponse
    | UploadAgentResourcesResponse200
    | UploadAgentResourcesResponse400
    | UploadAgentResourcesResponse404
    | UploadAgentResourcesResponse500
    | None
):
    if response.status_code == 200:
        response_200 = UploadAgentResourcesResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = UploadAgentResourcesResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = UploadAgentResourcesResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = UploadAgentResourcesResponse500.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ErrorResponse
    | UploadAgentResourcesResponse200
    | UploadAgentResourcesResponse400
    | UploadAgentResourcesResponse404
    | UploadAgentResourcesResponse500
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
    body: UploadAgentResourcesBody,
) -> Response[
    ErrorResponse
    | UploadAgentResourcesResponse200
    | UploadAgentResourcesResponse400
    | UploadAgentResourcesResponse404
    | UploadAgentResourcesResponse500
]:
    """Upload Agent Resources

     Upload files as agent resources to a browser session using multipart/form-data.
    If you upload a ZIP file, it will be automatically extracted and the files will be made available as
    agent resources.
    If you upload a single file, it will be saved directly as an agent resource.
    Resources are then accessible to AI agents for task completion and automation.

    Args:
        session_id (UUID):
        body (UploadAgentResourcesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UploadAgentResourcesResponse200 | UploadAgentResourcesResponse400 | UploadAgentResourcesResponse404 | UploadAgentResourcesResponse500]
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
    body: UploadAgentResourcesBody,
) -> (
    ErrorResponse
    | UploadAgentResourcesResponse200
    | UploadAgentResourcesResponse400
    | UploadAgentResourcesResponse404
    | UploadAgentResourcesResponse500
    | None
):
    """Upload Agent Resources

     Upload files as agent resources to a browser session using multipart/form-data.
    If you upload a ZIP file, it will be automatically extracted and the files will be made available as
    agent resources.
    If you upload a single file, it will be saved directly as an agent resource.
    Resources are then accessible to AI agents for task completion and automation.

    Args:
        session_id (UUID):
        body (UploadAgentResourcesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UploadAgentResourcesResponse200 | UploadAgentResourcesResponse400 | UploadAgentResourcesResponse404 | UploadAgentResourcesResponse500
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
    body: UploadAgentResourcesBody,
) -> Response[
    ErrorResponse
    | UploadAgentResourcesResponse200
    | UploadAgentResourcesResponse400
    | UploadAgentResourcesResponse404
    | UploadAgentResourcesResponse500
]:
    """Upload Agent Resources

     Upload files as agent resources to a browser session using multipart/form-data.
    If you upload a ZIP file, it will be automatically extracted and the files will be made available as
    agent resources.
    If you upload a single file, it will be saved directly as an agent resource.
    Resources are then accessible to AI agents for task completion and automation.

    Args:
        session_id (UUID):
        body (UploadAgentResourcesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UploadAgentResourcesResponse200 | UploadAgentResourcesResponse400 | UploadAgentResourcesResponse404 | UploadAgentResourcesResponse500]
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
    body: UploadAgentResourcesBody,
) -> (
    ErrorResponse
    | UploadAgentResourcesResponse200
    | UploadAgentResourcesResponse400
    | UploadAgentResourcesResponse404
    | UploadAgentResourcesResponse500
    | None
):
    """Upload Agent Resources

     Upload files as agent resources to a browser session using multipart/form-data.
    If you upload a ZIP file, it will be automatically extracted and the files will be made available as
    agent resources.
    If you upload a single file, it will be saved directly as an agent resource.
    Resources are then accessible to AI agents for task completion and automation.

    Args:
        session_id (UUID):
        body (UploadAgentResourcesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UploadAgentResourcesResponse200 | UploadAgentResourcesResponse400 | UploadAgentResourcesResponse404 | UploadAgentResourcesResponse500
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
            body=body,
        )
    ).parsed
