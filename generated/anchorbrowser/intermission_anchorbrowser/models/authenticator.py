from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.authenticator_type import AuthenticatorType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Authenticator")


@_attrs_define
class Authenticator:
    """
    Attributes:
        type_ (AuthenticatorType): Credential type
        secret (str): TOTP secret for authenticator
        otp (str | Unset): Optional OTP code
    """

    type_: AuthenticatorType
    secret: str
    otp: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        secret = self.secret

        otp = self.otp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "secret": secret,
            }
        )
        if otp is not UNSET:
            field_dict["otp"] = otp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = AuthenticatorType(d.pop("type"))

        secret = d.pop("secret")

        otp = d.pop("otp", UNSET)

        authenticator = cls(
            type_=type_,
            secret=secret,
            otp=otp,
        )

        authenticator.additional_properties = d
        return authenticator

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
