from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_identity_response_status import GetIdentityResponseStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_identity_response_metadata import GetIdentityResponseMetadata


T = TypeVar("T", bound="GetIdentityResponse")


@_attrs_define
class GetIdentityResponse:
    """
    Attributes:
        id (UUID | Unset): Unique identifier for the identity
        name (str | Unset): Name of the identity
        source (str | Unset): Source URL for the identity
        status (GetIdentityResponseStatus | Unset): Status of the identity
        metadata (GetIdentityResponseMetadata | Unset): Metadata associated with the identity
        created_at (datetime.datetime | Unset): Timestamp when the identity was created
        updated_at (datetime.datetime | Unset): Timestamp when the identity was last updated
    """

    id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    source: str | Unset = UNSET
    status: GetIdentityResponseStatus | Unset = UNSET
    metadata: GetIdentityResponseMetadata | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        name = self.name

        source = self.source

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if source is not UNSET:
            field_dict["source"] = source
        if status is not UNSET:
            field_dict["status"] = status
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_identity_response_metadata import GetIdentityResponseMetadata  # noqa: PLC0415

        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        name = d.pop("name", UNSET)

        source = d.pop("source", UNSET)

        _status = d.pop("status", UNSET)
        status: GetIdentityResponseStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = GetIdentityResponseStatus(_status)

        _metadata = d.pop("metadata", UNSET)
        metadata: GetIdentityResponseMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = GetIdentityResponseMetadata.from_dict(_metadata)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        get_identity_response = cls(
            id=id,
            name=name,
            source=source,
            status=status,
            metadata=metadata,
            created_at=created_at,
            updated_at=updated_at,
        )

        get_identity_response.additional_properties = d
        return get_identity_response

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
