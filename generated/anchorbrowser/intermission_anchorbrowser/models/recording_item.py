from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordingItem")


@_attrs_define
class RecordingItem:
    """
    Attributes:
        id (str | Unset): Unique identifier for the recording
        is_primary (bool | Unset): Indicates if this is the primary recording
        file_link (str | Unset): URL to access the recording file
        suggested_file_name (str | Unset): Suggested filename for the recording
        duration (str | Unset): Duration of the recording
        size (float | Unset): Size of the recording file in bytes
        created_at (datetime.datetime | Unset): Timestamp when the recording was created
    """

    id: str | Unset = UNSET
    is_primary: bool | Unset = UNSET
    file_link: str | Unset = UNSET
    suggested_file_name: str | Unset = UNSET
    duration: str | Unset = UNSET
    size: float | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        is_primary = self.is_primary

        file_link = self.file_link

        suggested_file_name = self.suggested_file_name

        duration = self.duration

        size = self.size

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if is_primary is not UNSET:
            field_dict["is_primary"] = is_primary
        if file_link is not UNSET:
            field_dict["file_link"] = file_link
        if suggested_file_name is not UNSET:
            field_dict["suggested_file_name"] = suggested_file_name
        if duration is not UNSET:
            field_dict["duration"] = duration
        if size is not UNSET:
            field_dict["size"] = size
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        is_primary = d.pop("is_primary", UNSET)

        file_link = d.pop("file_link", UNSET)

        suggested_file_name = d.pop("suggested_file_name", UNSET)

        duration = d.pop("duration", UNSET)

        size = d.pop("size", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        recording_item = cls(
            id=id,
            is_primary=is_primary,
            file_link=file_link,
            suggested_file_name=suggested_file_name,
            duration=duration,
            size=size,
            created_at=created_at,
        )

        recording_item.additional_properties = d
        return recording_item

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
