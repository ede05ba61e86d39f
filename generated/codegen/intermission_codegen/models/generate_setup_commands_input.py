from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GenerateSetupCommandsInput")


@_attrs_define
class GenerateSetupCommandsInput:
    """Input for generating setup commands.

    Attributes:
        repo_id (int):
        prompt (None | str | Unset):
        trigger_source (str | Unset):  Default: 'setup-commands'.
    """

    repo_id: int
    prompt: None | str | Unset = UNSET
    trigger_source: str | Unset = "setup-commands"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        repo_id = self.repo_id

        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        trigger_source = self.trigger_source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "repo_id": repo_id,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if trigger_source is not UNSET:
            field_dict["trigger_source"] = trigger_source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        repo_id = d.pop("repo_id")

        def _parse_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        trigger_source = d.pop("trigger_source", UNSET)

        generate_setup_commands_input = cls(
            repo_id=repo_id,
            prompt=prompt,
            trigger_source=trigger_source,
        )

        generate_setup_commands_input.additional_properties = d
        return generate_setup_commands_input

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
