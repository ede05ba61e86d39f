from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.profile_response_schema_source import ProfileResponseSchemaSource
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProfileResponseSchema")


@_attrs_define
class ProfileResponseSchema:
    """
    Attributes:
        name (str | Unset): The name of the profile.
        description (str | Unset): A description of the profile.
        source (ProfileResponseSchemaSource | Unset): The source of the profile data.
        session_id (UUID | Unset): The browser session ID used to create this profile, if applicable.
        status (str | Unset): The current status of the profile.
        created_at (datetime.datetime | Unset): The timestamp when the profile was created.
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    source: ProfileResponseSchemaSource | Unset = UNSET
    session_id: UUID | Unset = UNSET
    status: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        session_id: str | Unset = UNSET
        if not isinstance(self.session_id, Unset):
            session_id = str(self.session_id)

        status = self.status

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if source is not UNSET:
            field_dict["source"] = source
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _source = d.pop("source", UNSET)
        source: ProfileResponseSchemaSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = ProfileResponseSchemaSource(_source)

        _session_id = d.pop("session_id", UNSET)
        session_id: UUID | Unset
        if isinstance(_session_id, Unset):
            session_id = UNSET
        else:
            session_id = UUID(_session_id)

        status = d.pop("status", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        profile_response_schema = cls(
            name=name,
            description=description,
            source=source,
            session_id=session_id,
            status=status,
            created_at=created_at,
        )

        profile_response_schema.additional_properties = d
        return profile_response_schema

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
