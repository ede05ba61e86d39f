from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.upload_file_presigned_url_response_fields import UploadFilePresignedUrlResponseFields


T = TypeVar("T", bound="UploadFilePresignedUrlResponse")


@_attrs_define
class UploadFilePresignedUrlResponse:
    """Response model for a presigned upload URL.

    Attributes:
        url (str): The URL to upload the file to.
        method (Literal['POST']): The HTTP method to use for the upload.
        fields (UploadFilePresignedUrlResponseFields): The form fields to include in the upload request.
        file_name (str): The name of the file to upload (should be referenced when user wants to use the file in a
            task).
        expires_in (int): The number of seconds until the presigned URL expires.
    """

    url: str
    method: Literal["POST"]
    fields: UploadFilePresignedUrlResponseFields
    file_name: str
    expires_in: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        method = self.method

        fields = self.fields.to_dict()

        file_name = self.file_name

        expires_in = self.expires_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "method": method,
                "fields": fields,
                "fileName": file_name,
                "expiresIn": expires_in,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.upload_file_presigned_url_response_fields import UploadFilePresignedUrlResponseFields  # noqa: PLC0415

        d = dict(src_dict)
        url = d.pop("url")

        method = cast(Literal["POST"], d.pop("method"))
        if method != "POST":
            raise ValueError(f"method must match const 'POST', got '{method}'")

        fields = UploadFilePresignedUrlResponseFields.from_dict(d.pop("fields"))

        file_name = d.pop("fileName")

        expires_in = d.pop("expiresIn")

        upload_file_presigned_url_response = cls(
            url=url,
            method=method,
            fields=fields,
            file_name=file_name,
            expires_in=expires_in,
        )

        upload_file_presigned_url_response.additional_properties = d
        return upload_file_presigned_url_response

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
