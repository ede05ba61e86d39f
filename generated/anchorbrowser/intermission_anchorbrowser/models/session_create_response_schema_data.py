from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SessionCreateResponseSchemaData")


@_attrs_define
class SessionCreateResponseSchemaData:
    """
    Attributes:
        id (str | Unset): Unique identifier for the browser session
        cdp_url (str | Unset): The CDP websocket connection string
        live_view_url (str | Unset): The browser session live view url
    """

    id: str | Unset = UNSET
    cdp_url: str | Unset = UNSET
    live_view_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        cdp_url = self.cdp_url

        live_view_url = self.live_view_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if cdp_url is not UNSET:
            field_dict["cdp_url"] = cdp_url
        if live_view_url is not UNSET:
            field_dict["live_view_url"] = live_view_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        cdp_url = d.pop("cdp_url", UNSET)

        live_view_url = d.pop("live_view_url", UNSET)

        session_create_response_schema_data = cls(
            id=id,
            cdp_url=cdp_url,
            live_view_url=live_view_url,
        )

        session_create_response_schema_data.additional_properties = d
        return session_create_response_schema_data

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
