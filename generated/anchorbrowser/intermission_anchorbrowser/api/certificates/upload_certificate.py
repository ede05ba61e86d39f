from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.certificate_response import CertificateResponse
from ...models.error_response import ErrorResponse
from ...models.upload_certificate_body import UploadCertificateBody
from ...types import Response


def _get_kwargs(
    *,
    body: UploadCertificateBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/certificates",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CertificateResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CertificateResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CertificateResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UploadCertificateBody,
) -> Response[CertificateResponse | ErrorResponse]:
    """Upload Certificate

     Upload a CA certificate to trust in browser sessions. Certificates are managed at the team level.
    Once uploaded, reference the certificate by name when creating sessions to trust services using that
    CA.

    See [CA Certificates documentation](/advanced/ca-certificates) for more details.

    Args:
        body (UploadCertificateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CertificateResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: UploadCertificateBody,
) -> CertificateResponse | ErrorResponse | None:
    """Upload Certificate

     Upload a CA certificate to trust in browser sessions. Certificates are managed at the team level.
    Once uploaded, reference the certificate by name when creating sessions to trust services using that
    CA.

    See [CA Certificates documentation](/advanced/ca-certificates) for more details.

    Args:
        body (UploadCertificateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CertificateResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UploadCertificateBody,
) -> Response[CertificateResponse | ErrorResponse]:
    """Upload Certificate

     Upload a CA certificate to trust in browser sessions. Certificates are managed at the team level.
    Once uploaded, reference the certificate by name when creating sessions to trust services using that
    CA.

    See [CA Certificates documentation](/advanced/ca-certificates) for more details.

    Args:
        body (UploadCertificateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CertificateResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UploadCertificateBody,
) -> CertificateResponse | ErrorResponse | None:
    """Upload Certificate

     Upload a CA certificate to trust in browser sessions. Certificates are managed at the team level.
    Once uploaded, reference the certificate by name when creating sessions to trust services using that
    CA.

    See [CA Certificates documentation](/advanced/ca-certificates) for more details.

    Args:
        body (UploadCertificateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CertificateResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
