from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SessionConfigTimeout")


@_attrs_define
class SessionConfigTimeout:
    """Timeout configurations for the browser session.

    Attributes:
        max_duration (int | Unset): Maximum time (in minutes) the session can run before automatically terminating.
            Defaults to `20`. Set to `-1` to disable this limit.
        idle_timeout (int | Unset): Time (in minutes) the session waits for new connections after all others are closed
            before stopping. Defaults to `5`. Set to `-1` to disable this limit.
    """

    max_duration: int | Unset = UNSET
    idle_timeout: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_duration = self.max_duration

        idle_timeout = self.idle_timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_duration is not UNSET:
            field_dict["max_duration"] = max_duration
        if idle_timeout is not UNSET:
            field_dict["idle_timeout"] = idle_timeout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_duration = d.pop("max_duration", UNSET)

        idle_timeout = d.pop("idle_timeout", UNSET)

        session_config_timeout = cls(
            max_duration=max_duration,
            idle_timeout=idle_timeout,
        )

        session_config_timeout.additional_properties = d
        return session_config_timeout

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
