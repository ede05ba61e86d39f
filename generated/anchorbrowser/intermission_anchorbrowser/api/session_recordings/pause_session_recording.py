from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.pause_session_recording_response_200 import PauseSessionRecordingResponse200
from ...models.pause_session_recording_response_401 import PauseSessionRecordingResponse401
from ...models.pause_session_recording_response_404 import PauseSessionRecordingResponse404
from ...models.pause_session_recording_response_500 import PauseSessionRecordingResponse500
from ...types import Response


def _get_kwargs(
    session_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/sessions/{session_id}/recordings/pause".format(
            session_id=quote(str(session_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    PauseSessionRecordingResponse200
    | PauseSessionRecordingResponse401
    | PauseSessionRecordingResponse404
    | PauseSessionRecordingResponse500
    | None
):
    if response.status_code == 200:
        response_200 = PauseSessionRecordingResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = PauseSessionRecordingResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = PauseSessionRecordingResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = PauseSessionRecordingResponse500.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    PauseSessionRecordingResponse200
    | PauseSessionRecordingResponse401
    | PauseSessionRecordingResponse404
    | PauseSessionRecordingResponse500
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    PauseSessionRecordingResponse200
    | PauseSessionRecordingResponse401
    | PauseSessionRecordingResponse404
    | PauseSessionRecordingResponse500
]:
    """Pause Session Recording

     Pauses the video recording for the specified browser session.

    Args:
        session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PauseSessionRecordingResponse200 | PauseSessionRecordingResponse401 | PauseSessionRecordingResponse404 | PauseSessionRecordingResponse500]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    PauseSessionRecordingResponse200
    | PauseSessionRecordingResponse401
    | PauseSessionRecordingResponse404
    | PauseSessionRecordingResponse500
    | None
):
    """Pause Session Recording

     Pauses the video recording for the specified browser session.

    Args:
        session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PauseSessionRecordingResponse200 | PauseSessionRecordingResponse401 | PauseSessionRecordingResponse404 | PauseSessionRecordingResponse500
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    PauseSessionRecordingResponse200
    | PauseSessionRecordingResponse401
    | PauseSessionRecordingResponse404
    | PauseSessionRecordingResponse500
]:
    """Pause Session Recording

     Pauses the video recording for the specified browser session.

    Args:
        session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PauseSessionRecordingResponse200 | PauseSessionRecordingResponse401 | PauseSessionRecordingResponse404 | PauseSessionRecordingResponse500]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    PauseSessionRecordingResponse200
    | PauseSessionRecordingResponse401
    | PauseSessionRecordingResponse404
    | PauseSessionRecordingResponse500
    | None
):
    """Pause Session Recording

     Pauses the video recording for the specified browser session.

    Args:
        session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PauseSessionRecordingResponse200 | PauseSessionRecordingResponse401 | PauseSessionRecordingResponse404 | PauseSessionRecordingResponse500
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
        )
    ).parsed
