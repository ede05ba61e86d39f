from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScrollRequestSchema")


@_attrs_define
class ScrollRequestSchema:
    """
    Attributes:
        x (int): X coordinate
        y (int): Y coordinate
        delta_y (int): Vertical scroll amount (positive is down, negative is up)
        delta_x (int | Unset): Horizontal scroll amount (positive is right, negative is left)
        steps (int | Unset): Number of steps to break the scroll into for smoother scrolling
        use_os (bool | Unset): Whether to use the OS scroll or the Playwright scroll
    """

    x: int
    y: int
    delta_y: int
    delta_x: int | Unset = UNSET
    steps: int | Unset = UNSET
    use_os: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        x = self.x

        y = self.y

        delta_y = self.delta_y

        delta_x = self.delta_x

        steps = self.steps

        use_os = self.use_os

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "x": x,
                "y": y,
                "deltaY": delta_y,
            }
        )
        if delta_x is not UNSET:
            field_dict["deltaX"] = delta_x
        if steps is not UNSET:
            field_dict["steps"] = steps
        if use_os is not UNSET:
            field_dict["useOs"] = use_os

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        x = d.pop("x")

        y = d.pop("y")

        delta_y = d.pop("deltaY")

        delta_x = d.pop("deltaX", UNSET)

        steps = d.pop("steps", UNSET)

        use_os = d.pop("useOs", UNSET)

        scroll_request_schema = cls(
            x=x,
            y=y,
            delta_y=delta_y,
            delta_x=delta_x,
            steps=steps,
            use_os=use_os,
        )

        scroll_request_schema.additional_properties = d
        return scroll_request_schema

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
