from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.drag_drop_request_schema_button import DragDropRequestSchemaButton
from ..types import UNSET, Unset

T = TypeVar("T", bound="DragDropRequestSchema")


@_attrs_define
class DragDropRequestSchema:
    """
    Attributes:
        start_x (int): Starting X coordinate
        start_y (int): Starting Y coordinate
        end_x (int): Ending X coordinate
        end_y (int): Ending Y coordinate
        button (DragDropRequestSchemaButton | Unset): Mouse button to use
    """

    start_x: int
    start_y: int
    end_x: int
    end_y: int
    button: DragDropRequestSchemaButton | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_x = self.start_x

        start_y = self.start_y

        end_x = self.end_x

        end_y = self.end_y

        button: str | Unset = UNSET
        if not isinstance(self.button, Unset):
            button = self.button.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "startX": start_x,
                "startY": start_y,
                "endX": end_x,
                "endY": end_y,
            }
        )
        if button is not UNSET:
            field_dict["button"] = button

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start_x = d.pop("startX")

        start_y = d.pop("startY")

        end_x = d.pop("endX")

        end_y = d.pop("endY")

        _button = d.pop("button", UNSET)
        button: DragDropRequestSchemaButton | Unset
        if isinstance(_button, Unset):
            button = UNSET
        else:
            button = DragDropRequestSchemaButton(_button)

        drag_drop_request_schema = cls(
            start_x=start_x,
            start_y=start_y,
            end_x=end_x,
            end_y=end_y,
            button=button,
        )

        drag_drop_request_schema.additional_properties = d
        return drag_drop_request_schema

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
