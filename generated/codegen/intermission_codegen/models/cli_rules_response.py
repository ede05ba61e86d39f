from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CLIRulesResponse")


@_attrs_define
class CLIRulesResponse:
    """Response model for CLI rules containing organization and user rules.

    Attributes:
        organization_rules (None | str):
        user_custom_prompt (None | str):
    """

    organization_rules: None | str
    user_custom_prompt: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_rules: None | str
        organization_rules = self.organization_rules

        user_custom_prompt: None | str
        user_custom_prompt = self.user_custom_prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organization_rules": organization_rules,
                "user_custom_prompt": user_custom_prompt,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_organization_rules(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        organization_rules = _parse_organization_rules(d.pop("organization_rules"))

        def _parse_user_custom_prompt(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_custom_prompt = _parse_user_custom_prompt(d.pop("user_custom_prompt"))

        cli_rules_response = cls(
            organization_rules=organization_rules,
            user_custom_prompt=user_custom_prompt,
        )

        cli_rules_response.additional_properties = d
        return cli_rules_response

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
