from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SessionTimeoutLimitExceededError")


@_attrs_define
class SessionTimeoutLimitExceededError:
    """Error response when session timeout exceeds the maximum allowed limit

    Attributes:
        detail (str | Unset):  Default: 'Maximum session timeout is 4 hours (240 minutes).'.
    """

    detail: str | Unset = "Maximum session timeout is 4 hours (240 minutes)."
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

        session_timeout_limit_exceeded_error = cls(
            detail=detail,
        )

        session_timeout_limit_exceeded_error.additional_properties = d
        return session_timeout_limit_exceeded_error

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
