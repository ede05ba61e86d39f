from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DownloadItem")


@_attrs_define
class DownloadItem:
    """
    Attributes:
        id (str | Unset): The unique ID of the download record.
        file_link (str | Unset): The URL to download the file from anchorbrowser servers. Requires api key
            authentication.
        original_download_url (str | Unset): The URL used to download the file.
        origin_url (str | Unset): The original URL where the file was found.
        suggested_file_name (str | Unset): The suggested file name for saving the file.
        original_file_name (str | Unset): The original file name before any modification.
        duration (int | Unset): The time it took to process or download the file, in milliseconds.
        size (int | Unset): The size of the file in bytes.
        created_at (datetime.datetime | Unset): The timestamp when the file record was created.
    """

    id: str | Unset = UNSET
    file_link: str | Unset = UNSET
    original_download_url: str | Unset = UNSET
    origin_url: str | Unset = UNSET
    suggested_file_name: str | Unset = UNSET
    original_file_name: str | Unset = UNSET
    duration: int | Unset = UNSET
    size: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        file_link = self.file_link

        original_download_url = self.original_download_url

        origin_url = self.origin_url

        suggested_file_name = self.suggested_file_name

        original_file_name = self.original_file_name

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
        if file_link is not UNSET:
            field_dict["file_link"] = file_link
        if original_download_url is not UNSET:
            field_dict["original_download_url"] = original_download_url
        if origin_url is not UNSET:
            field_dict["origin_url"] = origin_url
        if suggested_file_name is not UNSET:
            field_dict["suggested_file_name"] = suggested_file_name
        if original_file_name is not UNSET:
            field_dict["original_file_name"] = original_file_name
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

        file_link = d.pop("file_link", UNSET)

        original_download_url = d.pop("original_download_url", UNSET)

        origin_url = d.pop("origin_url", UNSET)

        suggested_file_name = d.pop("suggested_file_name", UNSET)

        original_file_name = d.pop("original_file_name", UNSET)

        duration = d.pop("duration", UNSET)

        size = d.pop("size", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        download_item = cls(
            id=id,
            file_link=file_link,
            original_download_url=original_download_url,
            origin_url=origin_url,
            suggested_file_name=suggested_file_name,
            original_file_name=original_file_name,
            duration=duration,
            size=size,
            created_at=created_at,
        )

        download_item.additional_properties = d
        return download_item

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
