from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.template_build_status import TemplateBuildStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplateBuild")


@_attrs_define
class TemplateBuild:
    """
    Attributes:
        build_id (UUID): Identifier of the build
        status (TemplateBuildStatus): Status of the template build
        created_at (datetime.datetime): Time when the build was created
        updated_at (datetime.datetime): Time when the build was last updated
        cpu_count (int): CPU cores for the sandbox
        memory_mb (int): Memory for the sandbox in MiB
        finished_at (datetime.datetime | Unset): Time when the build was finished
        disk_size_mb (int | Unset): Disk size for the sandbox in MiB
        envd_version (str | Unset): Version of the envd running in the sandbox
    """

    build_id: UUID
    status: TemplateBuildStatus
    created_at: datetime.datetime
    updated_at: datetime.datetime
    cpu_count: int
    memory_mb: int
    finished_at: datetime.datetime | Unset = UNSET
    disk_size_mb: int | Unset = UNSET
    envd_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        build_id = str(self.build_id)

        status = self.status.value

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        cpu_count = self.cpu_count

        memory_mb = self.memory_mb

        finished_at: str | Unset = UNSET
        if not isinstance(self.finished_at, Unset):
            finished_at = self.finished_at.isoformat()

        disk_size_mb = self.disk_size_mb

        envd_version = self.envd_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "buildID": build_id,
                "status": status,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "cpuCount": cpu_count,
                "memoryMB": memory_mb,
            }
        )
        if finished_at is not UNSET:
            field_dict["finishedAt"] = finished_at
        if disk_size_mb is not UNSET:
            field_dict["diskSizeMB"] = disk_size_mb
        if envd_version is not UNSET:
            field_dict["envdVersion"] = envd_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        build_id = UUID(d.pop("buildID"))

        status = TemplateBuildStatus(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        cpu_count = d.pop("cpuCount")

        memory_mb = d.pop("memoryMB")

        _finished_at = d.pop("finishedAt", UNSET)
        finished_at: datetime.datetime | Unset
        if isinstance(_finished_at, Unset):
            finished_at = UNSET
        else:
            finished_at = datetime.datetime.fromisoformat(_finished_at)

        disk_size_mb = d.pop("diskSizeMB", UNSET)

        envd_version = d.pop("envdVersion", UNSET)

        template_build = cls(
            build_id=build_id,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            cpu_count=cpu_count,
            memory_mb=memory_mb,
            finished_at=finished_at,
            disk_size_mb=disk_size_mb,
            envd_version=envd_version,
        )

        template_build.additional_properties = d
        return template_build

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
