from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.marketplace_skill_response import MarketplaceSkillResponse


T = TypeVar("T", bound="MarketplaceSkillListResponse")


@_attrs_define
class MarketplaceSkillListResponse:
    """Response for listing skills.

    Attributes:
        items (list[MarketplaceSkillResponse]): List of skills
        total_items (int): Total number of items in the list
        page_number (int): Page number
        page_size (int): Number of items per page
    """

    items: list[MarketplaceSkillResponse]
    total_items: int
    page_number: int
    page_size: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        total_items = self.total_items

        page_number = self.page_number

        page_size = self.page_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "totalItems": total_items,
                "pageNumber": page_number,
                "pageSize": page_size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.marketplace_skill_response import MarketplaceSkillResponse  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = MarketplaceSkillResponse.from_dict(items_item_data)

            items.append(items_item)

        total_items = d.pop("totalItems")

        page_number = d.pop("pageNumber")

        page_size = d.pop("pageSize")

        marketplace_skill_list_response = cls(
            items=items,
            total_items=total_items,
            page_number=page_number,
            page_size=page_size,
        )

        marketplace_skill_list_response.additional_properties = d
        return marketplace_skill_list_response

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
