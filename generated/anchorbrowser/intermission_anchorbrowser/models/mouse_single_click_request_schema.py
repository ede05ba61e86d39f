from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mouse_single_click_request_schema_button import MouseSingleClickRequestSchemaButton
from ..types import UNSET, Unset

T = TypeVar("T", bound="MouseSingleClickRequestSchema")


@_attrs_define
class MouseSingleClickRequestSchema:
    """Mouse click request. Must provide either (x, y) coordinates or a selector, but not both.

    Attributes:
        x (float | Unset): X coordinate
        y (float | Unset): Y coordinate
        button (MouseSingleClickRequestSchemaButton | Unset): Mouse button to use
        selector (str | Unset): A valid CSS selector for the requested element
        timeout (float | Unset): If a selector was passed, timeout in ms for waiting for the DOM element to be selected.
            Defaults to 5000 (5 seconds).
        index (float | Unset): If a selector was passed and multiple elements match the selector, the index of the
            element in the list (0-based). Defaults to 0.
    """

    x: float | Unset = UNSET
    y: float | Unset = UNSET
    button: MouseSingleClickRequestSchemaButton | Unset = UNSET
    selector: str | Unset = UNSET
    timeout: float | Unset = UNSET
    index: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        x = self.x

        y = self.y

        button: str | Unset = UNSET
        if not isinstance(self.button, Unset):
            button = self.button.value

        selector = self.selector

        timeout = self.timeout

        index = self.index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if x is not UNSET:
            field_dict["x"] = x
        if y is not UNSET:
            field_dict["y"] = y
        if button is not UNSET:
            field_dict["button"] = button
        if selector is not UNSET:
            field_dict["selector"] = selector
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if index is not UNSET:
            field_dict["index"] = index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        x = d.pop("x", UNSET)

        y = d.pop("y", UNSET)

        _button = d.pop("button", UNSET)
        button: MouseSingleClickRequestSchemaButton | Unset
        if isinstance(_button, Unset):
            button = UNSET
        else:
            button = MouseSingleClickRequestSchemaButton(_button)

        selector = d.pop("selector", UNSET)

        timeout = d.pop("timeout", UNSET)

        index = d.pop("index", UNSET)

        mouse_single_click_request_schema = cls(
            x=x,
            y=y,
            button=button,
            selector=selector,
            timeout=timeout,
            index=index,
        )

        mouse_single_click_request_schema.additional_properties = d
        return mouse_single_click_request_schema

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
