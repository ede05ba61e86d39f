from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.browser_config_sensitive_data_mask_custom_patterns_item import (
        BrowserConfigSensitiveDataMaskCustomPatternsItem,
    )
    from ..models.browser_config_sensitive_data_mask_site_selectors import BrowserConfigSensitiveDataMaskSiteSelectors


T = TypeVar("T", bound="BrowserConfigSensitiveDataMask")


@_attrs_define
class BrowserConfigSensitiveDataMask:
    """Automatically detects and masks sensitive data (passwords, emails, phone numbers, credit card fields, tokens) in web
    pages. Supports custom CSS selectors globally or per site, and custom regex patterns.

        Attributes:
            active (bool | Unset): Enable or disable sensitive data masking. Defaults to `false`.
            custom_selectors (list[str] | Unset): Additional CSS selectors to mask globally across all sites. Matched
                elements will be blurred.
            site_selectors (BrowserConfigSensitiveDataMaskSiteSelectors | Unset): Per-site CSS selectors. Keys are hostnames
                (supports wildcard prefix like `*.bank.com`), values are arrays of CSS selectors. Matched elements will be
                blurred.
            custom_patterns (list[BrowserConfigSensitiveDataMaskCustomPatternsItem] | Unset): Custom regex patterns to
                detect and mask additional sensitive data types.
    """

    active: bool | Unset = UNSET
    custom_selectors: list[str] | Unset = UNSET
    site_selectors: BrowserConfigSensitiveDataMaskSiteSelectors | Unset = UNSET
    custom_patterns: list[BrowserConfigSensitiveDataMaskCustomPatternsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        custom_selectors: list[str] | Unset = UNSET
        if not isinstance(self.custom_selectors, Unset):
            custom_selectors = self.custom_selectors

        site_selectors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.site_selectors, Unset):
            site_selectors = self.site_selectors.to_dict()

        custom_patterns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_patterns, Unset):
            custom_patterns = []
            for custom_patterns_item_data in self.custom_patterns:
                custom_patterns_item = custom_patterns_item_data.to_dict()
                custom_patterns.append(custom_patterns_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if custom_selectors is not UNSET:
            field_dict["custom_selectors"] = custom_selectors
        if site_selectors is not UNSET:
            field_dict["site_selectors"] = site_selectors
        if custom_patterns is not UNSET:
            field_dict["custom_patterns"] = custom_patterns

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.browser_config_sensitive_data_mask_custom_patterns_item import (
            BrowserConfigSensitiveDataMaskCustomPatternsItem,  # noqa: PLC0415
        )
        from ..models.browser_config_sensitive_data_mask_site_selectors import (
            BrowserConfigSensitiveDataMaskSiteSelectors,  # noqa: PLC0415
        )

        d = dict(src_dict)
        active = d.pop("active", UNSET)

        custom_selectors = cast(list[str], d.pop("custom_selectors", UNSET))

        _site_selectors = d.pop("site_selectors", UNSET)
        site_selectors: BrowserConfigSensitiveDataMaskSiteSelectors | Unset
        if isinstance(_site_selectors, Unset):
            site_selectors = UNSET
        else:
            site_selectors = BrowserConfigSensitiveDataMaskSiteSelectors.from_dict(_site_selectors)

        _custom_patterns = d.pop("custom_patterns", UNSET)
        custom_patterns: list[BrowserConfigSensitiveDataMaskCustomPatternsItem] | Unset = UNSET
        if _custom_patterns is not UNSET:
            custom_patterns = []
            for custom_patterns_item_data in _custom_patterns:
                custom_patterns_item = BrowserConfigSensitiveDataMaskCustomPatternsItem.from_dict(
                    custom_patterns_item_data
                )

                custom_patterns.append(custom_patterns_item)

        browser_config_sensitive_data_mask = cls(
            active=active,
            custom_selectors=custom_selectors,
            site_selectors=site_selectors,
            custom_patterns=custom_patterns,
        )

        browser_config_sensitive_data_mask.additional_properties = d
        return browser_config_sensitive_data_mask

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
