from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anchor_proxy_anchor_proxy import AnchorProxyAnchorProxy
from ..models.anchor_proxy_country_code import AnchorProxyCountryCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="AnchorProxy")


@_attrs_define
class AnchorProxy:
    """
    Attributes:
        active (bool):
        type_ (AnchorProxyAnchorProxy | Unset): Create a session with a proxy to access websites as if you're browsing
            from a computer in that country.
        country_code (AnchorProxyCountryCode | Unset):
        region (str | Unset): Region code for more specific geographic targeting.
            The city parameter can only be used when region is also provided.
        city (str | Unset): City name for precise geographic targeting. Supported for anchor_proxy only.
            Can only be used when region is also provided.
    """

    active: bool
    type_: AnchorProxyAnchorProxy | Unset = UNSET
    country_code: AnchorProxyCountryCode | Unset = UNSET
    region: str | Unset = UNSET
    city: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        country_code: str | Unset = UNSET
        if not isinstance(self.country_code, Unset):
            country_code = self.country_code.value

        region = self.region

        city = self.city

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if region is not UNSET:
            field_dict["region"] = region
        if city is not UNSET:
            field_dict["city"] = city

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active")

        _type_ = d.pop("type", UNSET)
        type_: AnchorProxyAnchorProxy | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = AnchorProxyAnchorProxy(_type_)

        _country_code = d.pop("country_code", UNSET)
        country_code: AnchorProxyCountryCode | Unset
        if isinstance(_country_code, Unset):
            country_code = UNSET
        else:
            country_code = AnchorProxyCountryCode(_country_code)

        region = d.pop("region", UNSET)

        city = d.pop("city", UNSET)

        anchor_proxy = cls(
            active=active,
            type_=type_,
            country_code=country_code,
            region=region,
            city=city,
        )

        anchor_proxy.additional_properties = d
        return anchor_proxy

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
