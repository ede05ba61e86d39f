from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.profile_request_schema_source import ProfileRequestSchemaSource
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProfileRequestSchema")


@_attrs_define
class ProfileRequestSchema:
    """
    Attributes:
        name (str): The name of the profile.
        description (str | Unset): A description of the profile.
        source (ProfileRequestSchemaSource | Unset): The source of the profile data. currently only `session` is
            supported.
        session_id (UUID | Unset): The browser session ID is required if the source is set to `session`. The browser
            session must be running, and the profile will be stored once the browser session terminates.
        dedicated_sticky_ip (bool | Unset): Whether to use a dedicated sticky IP for this profile. Defaults to false.
    """

    name: str
    description: str | Unset = UNSET
    source: ProfileRequestSchemaSource | Unset = UNSET
    session_id: UUID | Unset = UNSET
    dedicated_sticky_ip: bool | Unset = UNSET
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

        dedicated_sticky_ip = self.dedicated_sticky_ip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if source is not UNSET:
            field_dict["source"] = source
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if dedicated_sticky_ip is not UNSET:
            field_dict["dedicated_sticky_ip"] = dedicated_sticky_ip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        _source = d.pop("source", UNSET)
        source: ProfileRequestSchemaSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = ProfileRequestSchemaSource(_source)

        _session_id = d.pop("session_id", UNSET)
        session_id: UUID | Unset
        if isinstance(_session_id, Unset):
            session_id = UNSET
        else:
            session_id = UUID(_session_id)

        dedicated_sticky_ip = d.pop("dedicated_sticky_ip", UNSET)

        profile_request_schema = cls(
            name=name,
            description=description,
            source=source,
            session_id=session_id,
            dedicated_sticky_ip=dedicated_sticky_ip,
        )

        profile_request_schema.additional_properties = d
        return profile_request_schema

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
