from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_rate_limit_error_response import APIRateLimitErrorResponse
from ...models.auth_error_response import AuthErrorResponse
from ...models.edit_pr_input import EditPRInput
from ...models.edit_pr_response import EditPRResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    org_id: int,
    pr_id: int,
    *,
    body: EditPRInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/organizations/{org_id}/prs/{pr_id}".format(
            org_id=quote(str(org_id), safe=""),
            pr_id=quote(str(pr_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> APIRateLimitErrorResponse | AuthErrorResponse | EditPRResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = EditPRResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = AuthErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = APIRateLimitErrorResponse.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[APIRateLimitErrorResponse | AuthErrorResponse | EditPRResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    org_id: int,
    pr_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: EditPRInput,
) -> Response[APIRateLimitErrorResponse | AuthErrorResponse | EditPRResponse | HTTPValidationError]:
    """Edit Pull Request Simple

     Edit pull request properties (simple endpoint).

    Update the state of a pull request (open, closed, draft, ready_for_review).
    This endpoint only requires the PR ID, not the repo ID.
    The requesting user must have write permissions to the repository.

    Rate limit: 30 requests per minute.

    Args:
        org_id (int):
        pr_id (int):
        body (EditPRInput): Input for editing PR properties.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIRateLimitErrorResponse | AuthErrorResponse | EditPRResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        pr_id=pr_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    org_id: int,
    pr_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: EditPRInput,
) -> APIRateLimitErrorResponse | AuthErrorResponse | EditPRResponse | HTTPValidationError | None:
    """Edit Pull Request Simple

     Edit pull request properties (simple endpoint).

    Update the state of a pull request (open, closed, draft, ready_for_review).
    This endpoint only requires the PR ID, not the repo ID.
    The requesting user must have write permissions to the repository.

    Rate limit: 30 requests per minute.

    Args:
        org_id (int):
        pr_id (int):
        body (EditPRInput): Input for editing PR properties.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIRateLimitErrorResponse | AuthErrorResponse | EditPRResponse | HTTPValidationError
    """

    return sync_detailed(
        org_id=org_id,
        pr_id=pr_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    org_id: int,
    pr_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: EditPRInput,
) -> Response[APIRateLimitErrorResponse | AuthErrorResponse | EditPRResponse | HTTPValidationError]:
    """Edit Pull Request Simple

     Edit pull request properties (simple endpoint).

    Update the state of a pull request (open, closed, draft, ready_for_review).
    This endpoint only requires the PR ID, not the repo ID.
    The requesting user must have write permissions to the repository.

    Rate limit: 30 requests per minute.

    Args:
        org_id (int):
        pr_id (int):
        body (EditPRInput): Input for editing PR properties.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIRateLimitErrorResponse | AuthErrorResponse | EditPRResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        pr_id=pr_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    org_id: int,
    pr_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: EditPRInput,
) -> APIRateLimitErrorResponse | AuthErrorResponse | EditPRResponse | HTTPValidationError | None:
    """Edit Pull Request Simple

     Edit pull request properties (simple endpoint).

    Update the state of a pull request (open, closed, draft, ready_for_review).
    This endpoint only requires the PR ID, not the repo ID.
    The requesting user must have write permissions to the repository.

    Rate limit: 30 requests per minute.

    Args:
        org_id (int):
        pr_id (int):
        body (EditPRInput): Input for editing PR properties.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIRateLimitErrorResponse | AuthErrorResponse | EditPRResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            org_id=org_id,
            pr_id=pr_id,
            client=client,
            body=body,
        )
    ).parsed
