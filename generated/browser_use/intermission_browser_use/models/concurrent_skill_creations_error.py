from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConcurrentSkillCreationsError")


@_attrs_define
class ConcurrentSkillCreationsError:
    """Error response when concurrent skill creations are attempted

    Attributes:
        detail (str | Unset):  Default: 'Concurrent skill creations are not allowed. Please wait for the current skill
            creation to finish or cancel it.'.
    """

    detail: str | Unset = (
        "Concurrent skill creations are not allowed. Please wait for the current skill creation to finish or cancel it."
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        detail = d.pop("detail", UNSET)

        concurrent_skill_creations_error = cls(
            detail=detail,
        )

        concurrent_skill_creations_error.additional_properties = d
        return concurrent_skill_creations_error

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
