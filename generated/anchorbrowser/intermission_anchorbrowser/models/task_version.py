from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_version_language import TaskVersionLanguage
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.session_config import SessionConfig


T = TypeVar("T", bound="TaskVersion")


@_attrs_define
class TaskVersion:
    """
    Attributes:
        id (UUID): Unique identifier for the task version
        task_id (UUID): Parent task identifier
        version (str): Version identifier (draft, latest, or version number)
        code (str): Base64 encoded task code
        deleted (bool): Whether the version is soft deleted
        created_at (datetime.datetime): Version creation timestamp
        updated_at (datetime.datetime): Version last update timestamp
        language (TaskVersionLanguage | Unset): Programming language for the task
        description (str | Unset): Optional description of the version
        browser_configuration (SessionConfig | Unset): Session-related configurations.
    """

    id: UUID
    task_id: UUID
    version: str
    code: str
    deleted: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    language: TaskVersionLanguage | Unset = UNSET
    description: str | Unset = UNSET
    browser_configuration: SessionConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        task_id = str(self.task_id)

        version = self.version

        code = self.code

        deleted = self.deleted

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        description = self.description

        browser_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.browser_configuration, Unset):
            browser_configuration = self.browser_configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "taskId": task_id,
                "version": version,
                "code": code,
                "deleted": deleted,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if language is not UNSET:
            field_dict["language"] = language
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

        task_id = UUID(d.pop("taskId"))

        version = d.pop("version")

        code = d.pop("code")

        deleted = d.pop("deleted")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        _language = d.pop("language", UNSET)
        language: TaskVersionLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = TaskVersionLanguage(_language)

        description = d.pop("description", UNSET)

        _browser_configuration = d.pop("browserConfiguration", UNSET)
        browser_configuration: SessionConfig | Unset
        if isinstance(_browser_configuration, Unset):
            browser_configuration = UNSET
        else:
            browser_configuration = SessionConfig.from_dict(_browser_configuration)

        task_version = cls(
            id=id,
            task_id=task_id,
            version=version,
            code=code,
            deleted=deleted,
            created_at=created_at,
            updated_at=updated_at,
            language=language,
            description=description,
            browser_configuration=browser_configuration,
        )

        task_version.additional_properties = d
        return task_version

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
