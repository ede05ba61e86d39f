from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_error_response import AuthErrorResponse
from ...models.check_suite_settings_request import CheckSuiteSettingsRequest
from ...models.http_validation_error import HTTPValidationError
from ...models.update_check_suite_settings_response_update_check_suite_settings_v1_organizations_org_id_repos_check_suite_settings_put import (
    UpdateCheckSuiteSettingsResponseUpdateCheckSuiteSettingsV1OrganizationsOrgIdReposCheckSuiteSettingsPut,
)
from ...types import UNSET, Response


def _get_kwargs(
    org_id: str,
    *,
    body: CheckSuiteSettingsRequest,
    repo_id: int,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["repo_id"] = repo_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/organizations/{org_id}/repos/check-suite-settings".format(
            org_id=quote(str(org_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AuthErrorResponse
    | HTTPValidationError
    | UpdateCheckSuiteSettingsResponseUpdateCheckSuiteSettingsV1OrganizationsOrgIdReposCheckSuiteSettingsPut
    | None
):
    if response.status_code == 200:
        response_200 = UpdateCheckSuiteSettingsResponseUpdateCheckSuiteSettingsV1OrganizationsOrgIdReposCheckSuiteSettingsPut.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 401:
        response_401 = AuthErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AuthErrorResponse
    | HTTPValidationError
    | UpdateCheckSuiteSettingsResponseUpdateCheckSuiteSettingsV1OrganizationsOrgIdReposCheckSuiteSettingsPut
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    org_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CheckSuiteSettingsRequest,
    repo_id: int,
) -> Response[
    AuthErrorResponse
    | HTTPValidationError
    | UpdateCheckSuiteSettingsResponseUpdateCheckSuiteSettingsV1OrganizationsOrgIdReposCheckSuiteSettingsPut
]:
    """Update Check Suite Settings

     Update check suite settings for a repository.

    Args:
        org_id (str):
        repo_id (int): Repository ID
        body (CheckSuiteSettingsRequest): Request model for updating check suite settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthErrorResponse | HTTPValidationError | UpdateCheckSuiteSettingsResponseUpdateCheckSuiteSettingsV1OrganizationsOrgIdReposCheckSuiteSettingsPut]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        body=body,
        repo_id=repo_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    org_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CheckSuiteSettingsRequest,
    repo_id: int,
) -> (
    AuthErrorResponse
    | HTTPValidationError
    | UpdateCheckSuiteSettingsResponseUpdateCheckSuiteSettingsV1OrganizationsOrgIdReposCheckSuiteSettingsPut
    | None
):
    """Update Check Suite Settings

     Update check suite settings for a repository.

    Args:
        org_id (str):
        repo_id (int): Repository ID
        body (CheckSuiteSettingsRequest): Request model for updating check suite settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthErrorResponse | HTTPValidationError | UpdateCheckSuiteSettingsResponseUpdateCheckSuiteSettingsV1OrganizationsOrgIdReposCheckSuiteSettingsPut
    """

    return sync_detailed(
        org_id=org_id,
        client=client,
        body=body,
        repo_id=repo_id,
    ).parsed


async def asyncio_detailed(
    org_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CheckSuiteSettingsRequest,
    repo_id: int,
) -> Response[
    AuthErrorResponse
    | HTTPValidationError
    | UpdateCheckSuiteSettingsResponseUpdateCheckSuiteSettingsV1OrganizationsOrgIdReposCheckSuiteSettingsPut
]:
    """Update Check Suite Settings

     Update check suite settings for a repository.

    Args:
        org_id (str):
        repo_id (int): Repository ID
        body (CheckSuiteSettingsRequest): Request model for updating check suite settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthErrorResponse | HTTPValidationError | UpdateCheckSuiteSettingsResponseUpdateCheckSuiteSettingsV1OrganizationsOrgIdReposCheckSuiteSettingsPut]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        body=body,
        repo_id=repo_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    org_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CheckSuiteSettingsRequest,
    repo_id: int,
) -> (
    AuthErrorResponse
    | HTTPValidationError
    | UpdateCheckSuiteSettingsResponseUpdateCheckSuiteSettingsV1OrganizationsOrgIdReposCheckSuiteSettingsPut
    | None
):
    """Update Check Suite Settings

     Update check suite settings for a repository.

    Args:
        org_id (str):
        repo_id (int): Repository ID
        body (CheckSuiteSettingsRequest): Request model for updating check suite settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthErrorResponse | HTTPValidationError | UpdateCheckSuiteSettingsResponseUpdateCheckSuiteSettingsV1OrganizationsOrgIdReposCheckSuiteSettingsPut
    """

    return (
        await asyncio_detailed(
            org_id=org_id,
            client=client,
            body=body,
            repo_id=repo_id,
        )
    ).parsed
