from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_browser_session_response_200_data_configuration import (
        GetBrowserSessionResponse200DataConfiguration,
    )
    from ..models.get_browser_session_response_200_data_tags import GetBrowserSessionResponse200DataTags
    from ..models.get_browser_session_response_200_data_tokens import GetBrowserSessionResponse200DataTokens


T = TypeVar("T", bound="GetBrowserSessionResponse200Data")


@_attrs_define
class GetBrowserSessionResponse200Data:
    """The session data.

    Attributes:
        session_id (str | Unset): The unique identifier of the session.
        team_id (str | Unset): The team ID associated with the session.
        duration (int | Unset): The duration of the session in seconds.
        status (str | Unset): The current status of the session.
        credits_used (float | Unset): The number of credits consumed by the session.
        configuration (GetBrowserSessionResponse200DataConfiguration | Unset): The configuration settings for the
            session.
        playground (bool | Unset): Whether this is a playground session.
        proxy_bytes (int | Unset): The number of bytes transferred through the proxy.
        tokens (GetBrowserSessionResponse200DataTokens | Unset): Token usage information.
        steps (int | Unset): Number of AI agent steps executed in the session.
        tags (GetBrowserSessionResponse200DataTags | Unset): Tags associated with the session.
        created_at (datetime.datetime | Unset): The timestamp when the session was created.
    """

    session_id: str | Unset = UNSET
    team_id: str | Unset = UNSET
    duration: int | Unset = UNSET
    status: str | Unset = UNSET
    credits_used: float | Unset = UNSET
    configuration: GetBrowserSessionResponse200DataConfiguration | Unset = UNSET
    playground: bool | Unset = UNSET
    proxy_bytes: int | Unset = UNSET
    tokens: GetBrowserSessionResponse200DataTokens | Unset = UNSET
    steps: int | Unset = UNSET
    tags: GetBrowserSessionResponse200DataTags | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        team_id = self.team_id

        duration = self.duration

        status = self.status

        credits_used = self.credits_used

        configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configuration, Unset):
            configuration = self.configuration.to_dict()

        playground = self.playground

        proxy_bytes = self.proxy_bytes

        tokens: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tokens, Unset):
            tokens = self.tokens.to_dict()

        steps = self.steps

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if duration is not UNSET:
            field_dict["duration"] = duration
        if status is not UNSET:
            field_dict["status"] = status
        if credits_used is not UNSET:
            field_dict["credits_used"] = credits_used
        if configuration is not UNSET:
            field_dict["configuration"] = configuration
        if playground is not UNSET:
            field_dict["playground"] = playground
        if proxy_bytes is not UNSET:
            field_dict["proxy_bytes"] = proxy_bytes
        if tokens is not UNSET:
            field_dict["tokens"] = tokens
        if steps is not UNSET:
            field_dict["steps"] = steps
        if tags is not UNSET:
            field_dict["tags"] = tags
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_browser_session_response_200_data_configuration import (
            GetBrowserSessionResponse200DataConfiguration,  # noqa: PLC0415
        )
        from ..models.get_browser_session_response_200_data_tags import GetBrowserSessionResponse200DataTags  # noqa: PLC0415
        from ..models.get_browser_session_response_200_data_tokens import GetBrowserSessionResponse200DataTokens  # noqa: PLC0415

        d = dict(src_dict)
        session_id = d.pop("session_id", UNSET)

        team_id = d.pop("team_id", UNSET)

        duration = d.pop("duration", UNSET)

        status = d.pop("status", UNSET)

        credits_used = d.pop("credits_used", UNSET)

        _configuration = d.pop("configuration", UNSET)
        configuration: GetBrowserSessionResponse200DataConfiguration | Unset
        if isinstance(_configuration, Unset):
            configuration = UNSET
        else:
            configuration = GetBrowserSessionResponse200DataConfiguration.from_dict(_configuration)

        playground = d.pop("playground", UNSET)

        proxy_bytes = d.pop("proxy_bytes", UNSET)

        _tokens = d.pop("tokens", UNSET)
        tokens: GetBrowserSessionResponse200DataTokens | Unset
        if isinstance(_tokens, Unset):
            tokens = UNSET
        else:
            tokens = GetBrowserSessionResponse200DataTokens.from_dict(_tokens)

        steps = d.pop("steps", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: GetBrowserSessionResponse200DataTags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = GetBrowserSessionResponse200DataTags.from_dict(_tags)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        get_browser_session_response_200_data = cls(
            session_id=session_id,
            team_id=team_id,
            duration=duration,
            status=status,
            credits_used=credits_used,
            configuration=configuration,
            playground=playground,
            proxy_bytes=proxy_bytes,
            tokens=tokens,
            steps=steps,
            tags=tags,
            created_at=created_at,
        )

        get_browser_session_response_200_data.additional_properties = d
        return get_browser_session_response_200_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
