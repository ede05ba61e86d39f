from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_session_list_item_schema_status import BatchSessionListItemSchemaStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchSessionListItemSchema")


@_attrs_define
class BatchSessionListItemSchema:
    """
    Attributes:
        batch_id (UUID | Unset): Unique identifier for the batch
        status (BatchSessionListItemSchemaStatus | Unset): Current status of the batch
        total_requests (int | Unset): Total number of sessions requested
        completed_requests (int | Unset): Number of sessions successfully completed
        failed_requests (int | Unset): Number of sessions that failed
        created_at (datetime.datetime | Unset): Timestamp when the batch was created
        actual_completion_time (datetime.datetime | Unset): Timestamp when the batch completed (if completed)
    """

    batch_id: UUID | Unset = UNSET
    status: BatchSessionListItemSchemaStatus | Unset = UNSET
    total_requests: int | Unset = UNSET
    completed_requests: int | Unset = UNSET
    failed_requests: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    actual_completion_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_id: str | Unset = UNSET
        if not isinstance(self.batch_id, Unset):
            batch_id = str(self.batch_id)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        total_requests = self.total_requests

        completed_requests = self.completed_requests

        failed_requests = self.failed_requests

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        actual_completion_time: str | Unset = UNSET
        if not isinstance(self.actual_completion_time, Unset):
            actual_completion_time = self.actual_completion_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if batch_id is not UNSET:
            field_dict["batch_id"] = batch_id
        if status is not UNSET:
            field_dict["status"] = status
        if total_requests is not UNSET:
            field_dict["total_requests"] = total_requests
        if completed_requests is not UNSET:
            field_dict["completed_requests"] = completed_requests
        if failed_requests is not UNSET:
            field_dict["failed_requests"] = failed_requests
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if actual_completion_time is not UNSET:
            field_dict["actual_completion_time"] = actual_completion_time

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
        status: BatchSessionListItemSchemaStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = BatchSessionListItemSchemaStatus(_status)

        total_requests = d.pop("total_requests", UNSET)

        completed_requests = d.pop("completed_requests", UNSET)

        failed_requests = d.pop("failed_requests", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _actual_completion_time = d.pop("actual_completion_time", UNSET)
        actual_completion_time: datetime.datetime | Unset
        if isinstance(_actual_completion_time, Unset):
            actual_completion_time = UNSET
        else:
            actual_completion_time = datetime.datetime.fromisoformat(_actual_completion_time)

        batch_session_list_item_schema = cls(
            batch_id=batch_id,
            status=status,
            total_requests=total_requests,
            completed_requests=completed_requests,
            failed_requests=failed_requests,
            created_at=created_at,
            actual_completion_time=actual_completion_time,
        )

        batch_session_list_item_schema.additional_properties = d
        return batch_session_list_item_schema

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
