from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_language import TaskLanguage
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.session_config import SessionConfig


T = TypeVar("T", bound="Task")


@_attrs_define
class Task:
    """
    Attributes:
        id (UUID): Unique identifier for the task
        name (str): Task name (letters, numbers, hyphens, and underscores only)
        team_id (UUID): Team identifier that owns this task
        latest_version (str): Latest version identifier (draft, latest, or version number)
        code (str): Base64 encoded task code
        language (TaskLanguage): Programming language for the task
        deleted (bool): Whether the task is soft deleted
        created_at (datetime.datetime): Task creation timestamp
        updated_at (datetime.datetime): Task last update timestamp
        description (str | Unset): Optional description of the task
        browser_configuration (SessionConfig | Unset): Session-related configurations.
    """

    id: UUID
    name: str
    team_id: UUID
    latest_version: str
    code: str
    language: TaskLanguage
    deleted: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    description: str | Unset = UNSET
    browser_configuration: SessionConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        team_id = str(self.team_id)

        latest_version = self.latest_version

        code = self.code

        language = self.language.value

        deleted = self.deleted

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        description = self.description

        browser_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.browser_configuration, Unset):
            browser_configuration = self.browser_configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "teamId": team_id,
                "latestVersion": latest_version,
                "code": code,
                "language": language,
                "deleted": deleted,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if browser_configuration is not UNSET:
            field_dict["browserConfiguration"] = browser_configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.session_config import SessionConfig  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        team_id = UUID(d.pop("teamId"))

        latest_version = d.pop("latestVersion")

        code = d.pop("code")

        language = TaskLanguage(d.pop("language"))

        deleted = d.pop("deleted")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        description = d.pop("description", UNSET)

        _browser_configuration = d.pop("browserConfiguration", UNSET)
        browser_configuration: SessionConfig | Unset
        if isinstance(_browser_configuration, Unset):
            browser_configuration = UNSET
        else:
            browser_configuration = SessionConfig.from_dict(_browser_configuration)

        task = cls(
            id=id,
            name=name,
            team_id=team_id,
            latest_version=latest_version,
            code=code,
            language=language,
            deleted=deleted,
            created_at=created_at,
            updated_at=updated_at,
            description=description,
            browser_configuration=browser_configuration,
        )

        task.additional_properties = d
        return task

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
