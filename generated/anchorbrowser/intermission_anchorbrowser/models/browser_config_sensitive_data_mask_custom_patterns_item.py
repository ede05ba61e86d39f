from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BrowserConfigSensitiveDataMaskCustomPatternsItem")


@_attrs_define
class BrowserConfigSensitiveDataMaskCustomPatternsItem:
    """
    Attributes:
        regex (str | Unset): Regular expression pattern to match sensitive data.
        mask (str | Unset): Replacement string for matched text. Defaults to `****`.
    """

    regex: str | Unset = UNSET
    mask: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        regex = self.regex

        mask = self.mask

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if regex is not UNSET:
            field_dict["regex"] = regex
        if mask is not UNSET:
            field_dict["mask"] = mask

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        regex = d.pop("regex", UNSET)

        mask = d.pop("mask", UNSET)

        browser_config_sensitive_data_mask_custom_patterns_item = cls(
            regex=regex,
            mask=mask,
        )

        browser_config_sensitive_data_mask_custom_patterns_item.additional_properties = d
        return browser_config_sensitive_data_mask_custom_patterns_item

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
