from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.username_password_type import UsernamePasswordType

T = TypeVar("T", bound="UsernamePassword")


@_attrs_define
class UsernamePassword:
    """
    Attributes:
        type_ (UsernamePasswordType): Credential type
        username (str): Username for authentication
        password (str): Password for authentication
    """

    type_: UsernamePasswordType
    username: str
    password: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        username = self.username

        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "username": username,
                "password": password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = UsernamePasswordType(d.pop("type"))

        username = d.pop("username")

        password = d.pop("password")

        username_password = cls(
            type_=type_,
            username=username,
            password=password,
        )

        username_password.additional_properties = d
        return username_password

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
