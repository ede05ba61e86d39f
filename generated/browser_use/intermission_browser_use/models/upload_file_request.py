from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.upload_file_request_content_type import UploadFileRequestContentType

T = TypeVar("T", bound="UploadFileRequest")


@_attrs_define
class UploadFileRequest:
    """Request model for uploading a file to the user's files bucket.

    Attributes:
        file_name (str): The name of the file to upload
        content_type (UploadFileRequestContentType): The content type of the file to upload
        size_bytes (int):
    """

    file_name: str
    content_type: UploadFileRequestContentType
    size_bytes: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_name = self.file_name

        content_type = self.content_type.value

        size_bytes = self.size_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fileName": file_name,
                "contentType": content_type,
                "sizeBytes": size_bytes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_name = d.pop("fileName")

        content_type = UploadFileRequestContentType(d.pop("contentType"))

        size_bytes = d.pop("sizeBytes")

        upload_file_request = cls(
            file_name=file_name,
            content_type=content_type,
            size_bytes=size_bytes,
        )

        upload_file_request.additional_properties = d
        return upload_file_request

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
