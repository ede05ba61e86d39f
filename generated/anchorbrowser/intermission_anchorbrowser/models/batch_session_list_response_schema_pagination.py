from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchSessionListResponseSchemaPagination")


@_attrs_define
class BatchSessionListResponseSchemaPagination:
    """
    Attributes:
        current_page (int | Unset): Current page number
        total_pages (int | Unset): Total number of pages
        total_records (int | Unset): Total number of batch records
        has_next (bool | Unset): Whether there is a next page
        has_prev (bool | Unset): Whether there is a previous page
    """

    current_page: int | Unset = UNSET
    total_pages: int | Unset = UNSET
    total_records: int | Unset = UNSET
    has_next: bool | Unset = UNSET
    has_prev: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_page = self.current_page

        total_pages = self.total_pages

        total_records = self.total_records

        has_next = self.has_next

        has_prev = self.has_prev

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current_page is not UNSET:
            field_dict["current_page"] = current_page
        if total_pages is not UNSET:
            field_dict["total_pages"] = total_pages
        if total_records is not UNSET:
            field_dict["total_records"] = total_records
        if has_next is not UNSET:
            field_dict["has_next"] = has_next
        if has_prev is not UNSET:
            field_dict["has_prev"] = has_prev

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        current_page = d.pop("current_page", UNSET)

        total_pages = d.pop("total_pages", UNSET)

        total_records = d.pop("total_records", UNSET)

        has_next = d.pop("has_next", UNSET)

        has_prev = d.pop("has_prev", UNSET)

        batch_session_list_response_schema_pagination = cls(
            current_page=current_page,
            total_pages=total_pages,
            total_records=total_records,
            has_next=has_next,
            has_prev=has_prev,
        )

        batch_session_list_response_schema_pagination.additional_properties = d
        return batch_session_list_response_schema_pagination

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
