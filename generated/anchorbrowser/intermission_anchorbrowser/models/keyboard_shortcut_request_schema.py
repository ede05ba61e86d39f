from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KeyboardShortcutRequestSchema")


@_attrs_define
class KeyboardShortcutRequestSchema:
    """
    Attributes:
        keys (list[str]): Array of keys to press simultaneously
        hold_time (int | Unset): Time to hold the keys down in milliseconds
    """

    keys: list[str]
    hold_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        keys = self.keys

        hold_time = self.hold_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "keys": keys,
            }
        )
        if hold_time is not UNSET:
            field_dict["holdTime"] = hold_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        keys = cast(list[str], d.pop("keys"))

        hold_time = d.pop("holdTime", UNSET)

        keyboard_shortcut_request_schema = cls(
            keys=keys,
            hold_time=hold_time,
        )

        keyboard_shortcut_request_schema.additional_properties = d
        return keyboard_shortcut_request_schema

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
