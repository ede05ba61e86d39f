from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_session_response_schema_status import BatchSessionResponseSchemaStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchSessionResponseSchema")


@_attrs_define
class BatchSessionResponseSchema:
    """
    Attributes:
        batch_id (UUID | Unset): Unique identifier for the batch
        status (BatchSessionResponseSchemaStatus | Unset): Current status of the batch
        total_requests (int | Unset): Total number of sessions requested in the batch
        created_at (datetime.datetime | Unset): Timestamp when the batch was created
    """

    batch_id: UUID | Unset = UNSET
    status: BatchSessionResponseSchemaStatus | Unset = UNSET
    total_requests: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_id: str | Unset = UNSET
        if not isinstance(self.batch_id, Unset):
            batch_id = str(self.batch_id)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        total_requests = self.total_requests

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if batch_id is not UNSET:
            field_dict["batch_id"] = batch_id
        if status is not UNSET:
            field_dict["status"] = status
        if total_requests is not UNSET:
            field_dict["total_requests"] = total_requests
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _batch_id = d.pop("batch_id", UNSET)
        batch_id: UUID | Unset
        if isinstance(_batch_id, Unset):
            batch_id = UNSET
        else:
            batch_id = UUID(_batch_id)

        _status = d.pop("status", UNSET)
        status: BatchSessionResponseSchemaStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = BatchSessionResponseSchemaStatus(_status)

        total_requests = d.pop("total_requests", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        batch_session_response_schema = cls(
            batch_id=batch_id,
            status=status,
            total_requests=total_requests,
            created_at=created_at,
        )

        batch_session_response_schema.additional_properties = d
        return batch_session_response_schema

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
