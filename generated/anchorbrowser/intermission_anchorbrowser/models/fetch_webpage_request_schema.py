from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fetch_webpage_request_schema_format import FetchWebpageRequestSchemaFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="FetchWebpageRequestSchema")


@_attrs_define
class FetchWebpageRequestSchema:
    """
    Attributes:
        url (str | Unset): The URL of the webpage or PDF to fetch content from. When left empty, the current webpage is
            used.
        format_ (FetchWebpageRequestSchemaFormat | Unset): The output format of the content.
        wait (int | Unset): The time to wait for **dynamic** content to load in **milliseconds**.
        new_page (bool | Unset): Whether to create a new page for the content.
        page_index (int | Unset): The index of the page to fetch content from. **Overides new_page**.
        return_partial_on_timeout (bool | Unset): Whether to return partial content if the content is not loaded within
            the 20 seconds.
    """

    url: str | Unset = UNSET
    format_: FetchWebpageRequestSchemaFormat | Unset = UNSET
    wait: int | Unset = UNSET
    new_page: bool | Unset = UNSET
    page_index: int | Unset = UNSET
    return_partial_on_timeout: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        wait = self.wait

        new_page = self.new_page

        page_index = self.page_index

        return_partial_on_timeout = self.return_partial_on_timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if format_ is not UNSET:
            field_dict["format"] = format_
        if wait is not UNSET:
            field_dict["wait"] = wait
        if new_page is not UNSET:
            field_dict["new_page"] = new_page
        if page_index is not UNSET:
            field_dict["page_index"] = page_index
        if return_partial_on_timeout is not UNSET:
            field_dict["return_partial_on_timeout"] = return_partial_on_timeout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url", UNSET)

        _format_ = d.pop("format", UNSET)
        format_: FetchWebpageRequestSchemaFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = FetchWebpageRequestSchemaFormat(_format_)

        wait = d.pop("wait", UNSET)

        new_page = d.pop("new_page", UNSET)

        page_index = d.pop("page_index", UNSET)

        return_partial_on_timeout = d.pop("return_partial_on_timeout", UNSET)

        fetch_webpage_request_schema = cls(
            url=url,
            format_=format_,
            wait=wait,
            new_page=new_page,
            page_index=page_index,
            return_partial_on_timeout=return_partial_on_timeout,
        )

        fetch_webpage_request_schema.additional_properties = d
        return fetch_webpage_request_schema

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
