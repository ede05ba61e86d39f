from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BrowserConfigProfile")


@_attrs_define
class BrowserConfigProfile:
    """Options for managing and persisting browser session profiles.

    Attributes:
        name (str | Unset): The name of the profile to be used during the browser session.
        persist (bool | Unset): Indicates whether the browser session profile data should be saved when the browser
            session ends. Defaults to `false`.
    """

    name: str | Unset = UNSET
    persist: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        persist = self.persist

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if persist is not UNSET:
            field_dict["persist"] = persist

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        persist = d.pop("persist", UNSET)

        browser_config_profile = cls(
            name=name,
            persist=persist,
        )

        browser_config_profile.additional_properties = d
        return browser_config_profile

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
