from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetBrowserSessionPagesResponse200Item")


@_attrs_define
class GetBrowserSessionPagesResponse200Item:
    """
    Attributes:
        id (str): The unique identifier of the page.
        title (str): The title of the page.
        url (str): The URL of the page.
        frontend_url (str): The frontend URL for accessing the page.
    """

    id: str
    title: str
    url: str
    frontend_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        url = self.url

        frontend_url = self.frontend_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "url": url,
                "frontend_url": frontend_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        url = d.pop("url")

        frontend_url = d.pop("frontend_url")

        get_browser_session_pages_response_200_item = cls(
            id=id,
            title=title,
            url=url,
            frontend_url=frontend_url,
        )

        get_browser_session_pages_response_200_item.additional_properties = d
        return get_browser_session_pages_response_200_item

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
