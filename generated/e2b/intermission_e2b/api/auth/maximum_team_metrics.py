from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.max_team_metric import MaxTeamMetric
from ...models.maximum_team_metrics_metric import MaximumTeamMetricsMetric
from ...types import UNSET, Response, Unset


def _get_kwargs(
    team_id: str,
    *,
    start: int | Unset = UNSET,
    end: int | Unset = UNSET,
    metric: MaximumTeamMetricsMetric,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start"] = start

    params["end"] = end

    json_metric = metric.value
    params["metric"] = json_metric

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/teams/{team_id}/metrics/max".format(
            team_id=quote(str(team_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | MaxTeamMetric | None:
    if response.status_code == 200:
        response_200 = MaxTeamMetric.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | MaxTeamMetric]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    team_id: str,
    *,
    client: AuthenticatedClient,
    start: int | Unset = UNSET,
    end: int | Unset = UNSET,
    metric: MaximumTeamMetricsMetric,
) -> Response[Error | MaxTeamMetric]:
    """Maximum team metrics

     Get the maximum metrics for the team in the given interval

    Args:
        team_id (str):
        start (int | Unset):
        end (int | Unset): Unix timestamp for the end of the interval, in seconds, for which the
            metrics
        metric (MaximumTeamMetricsMetric):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MaxTeamMetric]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        start=start,
        end=end,
        metric=metric,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    team_id: str,
    *,
    client: AuthenticatedClient,
    start: int | Unset = UNSET,
    end: int | Unset = UNSET,
    metric: MaximumTeamMetricsMetric,
) -> Error | MaxTeamMetric | None:
    """Maximum team metrics

     Get the maximum metrics for the team in the given interval

    Args:
        team_id (str):
        start (int | Unset):
        end (int | Unset): Unix timestamp for the end of the interval, in seconds, for which the
            metrics
        metric (MaximumTeamMetricsMetric):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MaxTeamMetric
    """

    return sync_detailed(
        team_id=team_id,
        client=client,
        start=start,
        end=end,
        metric=metric,
    ).parsed


async def asyncio_detailed(
    team_id: str,
    *,
    client: AuthenticatedClient,
    start: int | Unset = UNSET,
    end: int | Unset = UNSET,
    metric: MaximumTeamMetricsMetric,
) -> Response[Error | MaxTeamMetric]:
    """Maximum team metrics

     Get the maximum metrics for the team in the given interval

    Args:
        team_id (str):
        start (int | Unset):
        end (int | Unset): Unix timestamp for the end of the interval, in seconds, for which the
            metrics
        metric (MaximumTeamMetricsMetric):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MaxTeamMetric]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        start=start,
        end=end,
        metric=metric,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    team_id: str,
    *,
    client: AuthenticatedClient,
    start: int | Unset = UNSET,
    end: int | Unset = UNSET,
    metric: MaximumTeamMetricsMetric,
) -> Error | MaxTeamMetric | None:
    """Maximum team metrics

     Get the maximum metrics for the team in the given interval

    Args:
        team_id (str):
        start (int | Unset):
        end (int | Unset): Unix timestamp for the end of the interval, in seconds, for which the
            metrics
        metric (MaximumTeamMetricsMetric):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MaxTeamMetric
    """

    return (
        await asyncio_detailed(
            team_id=team_id,
            client=client,
            start=start,
            end=end,
            metric=metric,
        )
    ).parsed
