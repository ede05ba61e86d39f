from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mouse_click_request_schema_button import MouseClickRequestSchemaButton
from ..types import UNSET, Unset

T = TypeVar("T", bound="MouseClickRequestSchema")


@_attrs_define
class MouseClickRequestSchema:
    """
    Attributes:
        x (int): X coordinate
        y (int): Y coordinate
        button (MouseClickRequestSchemaButton | Unset): Mouse button to use
    """

    x: int
    y: int
    button: MouseClickRequestSchemaButton | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        x = self.x

        y = self.y

        button: str | Unset = UNSET
        if not isinstance(self.button, Unset):
            button = self.button.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "x": x,
                "y": y,
            }
        )
        if button is not UNSET:
            field_dict["button"] = button

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        x = d.pop("x")

        y = d.pop("y")

        _button = d.pop("button", UNSET)
        button: MouseClickRequestSchemaButton | Unset
        if isinstance(_button, Unset):
            button = UNSET
        else:
            button = MouseClickRequestSchemaButton(_button)

        mouse_click_request_schema = cls(
            x=x,
            y=y,
            button=button,
        )

        mouse_click_request_schema.additional_properties = d
        return mouse_click_request_schema

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
