from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.one_password_all_secrets_config_load_mode import OnePasswordAllSecretsConfigLoadMode

T = TypeVar("T", bound="OnePasswordAllSecretsConfig")


@_attrs_define
class OnePasswordAllSecretsConfig:
    """
    Attributes:
        load_mode (OnePasswordAllSecretsConfigLoadMode): Load all secrets from 1Password
    """

    load_mode: OnePasswordAllSecretsConfigLoadMode
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        load_mode = self.load_mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "load_mode": load_mode,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        load_mode = OnePasswordAllSecretsConfigLoadMode(d.pop("load_mode"))

        one_password_all_secrets_config = cls(
            load_mode=load_mode,
        )

        one_password_all_secrets_config.additional_properties = d
        return one_password_all_secrets_config

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
