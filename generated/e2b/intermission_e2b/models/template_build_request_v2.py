from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplateBuildRequestV2")


@_attrs_define
class TemplateBuildRequestV2:
    """
    Attributes:
        alias (str): Alias of the template
        team_id (str | Unset): Identifier of the team
        cpu_count (int | Unset): CPU cores for the sandbox
        memory_mb (int | Unset): Memory for the sandbox in MiB
    """

    alias: str
    team_id: str | Unset = UNSET
    cpu_count: int | Unset = UNSET
    memory_mb: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alias = self.alias

        team_id = self.team_id

        cpu_count = self.cpu_count

        memory_mb = self.memory_mb

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "alias": alias,
            }
        )
        if team_id is not UNSET:
            field_dict["teamID"] = team_id
        if cpu_count is not UNSET:
            field_dict["cpuCount"] = cpu_count
        if memory_mb is not UNSET:
            field_dict["memoryMB"] = memory_mb

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        alias = d.pop("alias")

        team_id = d.pop("teamID", UNSET)

        cpu_count = d.pop("cpuCount", UNSET)

        memory_mb = d.pop("memoryMB", UNSET)

        template_build_request_v2 = cls(
            alias=alias,
            team_id=team_id,
            cpu_count=cpu_count,
            memory_mb=memory_mb,
        )

        template_build_request_v2.additional_properties = d
        return template_build_request_v2

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
