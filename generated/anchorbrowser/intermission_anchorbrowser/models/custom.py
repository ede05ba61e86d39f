from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_type import CustomType

if TYPE_CHECKING:
    from ..models.custom_field_item import CustomFieldItem


T = TypeVar("T", bound="Custom")


@_attrs_define
class Custom:
    """
    Attributes:
        type_ (CustomType): Credential type
        fields (list[CustomFieldItem]): Array of custom fields
    """

    type_: CustomType
    fields: list[CustomFieldItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        fields = []
        for fields_item_data in self.fields:
            fields_item = fields_item_data.to_dict()
            fields.append(fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "fields": fields,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_field_item import CustomFieldItem  # noqa: PLC0415

        d = dict(src_dict)
        type_ = CustomType(d.pop("type"))

        fields = []
        _fields = d.pop("fields")
        for fields_item_data in _fields:
            fields_item = CustomFieldItem.from_dict(fields_item_data)

            fields.append(fields_item)

        custom = cls(
            type_=type_,
            fields=fields,
        )

        custom.additional_properties = d
        return custom

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
