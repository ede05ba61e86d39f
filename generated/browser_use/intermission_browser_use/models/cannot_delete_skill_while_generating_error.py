from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CannotDeleteSkillWhileGeneratingError")


@_attrs_define
class CannotDeleteSkillWhileGeneratingError:
    """Error response when a skill cannot be deleted while it is still generating

    Attributes:
        detail (str | Unset):  Default: 'Cannot delete skill while it is still generating'.
    """

    detail: str | Unset = "Cannot delete skill while it is still generating"
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

        cannot_delete_skill_while_generating_error = cls(
            detail=detail,
        )

        cannot_delete_skill_while_generating_error.additional_properties = d
        return cannot_delete_skill_while_generating_error

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
