from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.template_build_status import TemplateBuildStatus

if TYPE_CHECKING:
    from ..models.team_user import TeamUser


T = TypeVar("T", bound="Template")


@_attrs_define
class Template:
    """
    Attributes:
        template_id (str): Identifier of the template
        build_id (str): Identifier of the last successful build for given template
        cpu_count (int): CPU cores for the sandbox
        memory_mb (int): Memory for the sandbox in MiB
        disk_size_mb (int): Disk size for the sandbox in MiB
        public (bool): Whether the template is public or only accessible by the team
        aliases (list[str]): Aliases of the template
        names (list[str]): Names of the template (namespace/alias format when namespaced)
        created_at (datetime.datetime): Time when the template was created
        updated_at (datetime.datetime): Time when the template was last updated
        created_by (None | TeamUser):
        last_spawned_at (datetime.datetime | None): Time when the template was last used
        spawn_count (int): Number of times the template was used
        build_count (int): Number of times the template was built
        envd_version (str): Version of the envd running in the sandbox
        build_status (TemplateBuildStatus): Status of the template build
    """

    template_id: str
    build_id: str
    cpu_count: int
    memory_mb: int
    disk_size_mb: int
    public: bool
    aliases: list[str]
    names: list[str]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    created_by: None | TeamUser
    last_spawned_at: datetime.datetime | None
    spawn_count: int
    build_count: int
    envd_version: str
    build_status: TemplateBuildStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.team_user import TeamUser  # noqa: PLC0415

        template_id = self.template_id

        build_id = self.build_id

        cpu_count = self.cpu_count

        memory_mb = self.memory_mb

        disk_size_mb = self.disk_size_mb

        public = self.public

        aliases = self.aliases

        names = self.names

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        created_by: dict[str, Any] | None
        if isinstance(self.created_by, TeamUser):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        last_spawned_at: None | str
        if isinstance(self.last_spawned_at, datetime.datetime):
            last_spawned_at = self.last_spawned_at.isoformat()
        else:
            last_spawned_at = self.last_spawned_at

        spawn_count = self.spawn_count

        build_count = self.build_count

        envd_version = self.envd_version

        build_status = self.build_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "templateID": template_id,
                "buildID": build_id,
                "cpuCount": cpu_count,
                "memoryMB": memory_mb,
                "diskSizeMB": disk_size_mb,
                "public": public,
                "aliases": aliases,
                "names": names,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "createdBy": created_by,
                "lastSpawnedAt": last_spawned_at,
                "spawnCount": spawn_count,
                "buildCount": build_count,
                "envdVersion": envd_version,
                "buildStatus": build_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.team_user import TeamUser  # noqa: PLC0415

        d = dict(src_dict)
        template_id = d.pop("templateID")

        build_id = d.pop("buildID")

        cpu_count = d.pop("cpuCount")

        memory_mb = d.pop("memoryMB")

        disk_size_mb = d.pop("diskSizeMB")

        public = d.pop("public")

        aliases = cast(list[str], d.pop("aliases"))

        names = cast(list[str], d.pop("names"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        def _parse_created_by(data: object) -> None | TeamUser:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                created_by_type_0 = TeamUser.from_dict(data)

                return created_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TeamUser, data)

        created_by = _parse_created_by(d.pop("createdBy"))

        def _parse_last_spawned_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_spawned_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_spawned_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_spawned_at = _parse_last_spawned_at(d.pop("lastSpawnedAt"))

        spawn_count = d.pop("spawnCount")

        build_count = d.pop("buildCount")

        envd_version = d.pop("envdVersion")

        build_status = TemplateBuildStatus(d.pop("buildStatus"))

        template = cls(
            template_id=template_id,
            build_id=build_id,
            cpu_count=cpu_count,
            memory_mb=memory_mb,
            disk_size_mb=disk_size_mb,
            public=public,
            aliases=aliases,
            names=names,
            created_at=created_at,
            updated_at=updated_at,
            created_by=created_by,
            last_spawned_at=last_spawned_at,
            spawn_count=spawn_count,
            build_count=build_count,
            envd_version=envd_version,
            build_status=build_status,
        )

        template.additional_properties = d
        return template

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
