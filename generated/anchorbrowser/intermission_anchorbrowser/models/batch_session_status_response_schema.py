from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_session_status_response_schema_status import BatchSessionStatusResponseSchemaStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_session_item_schema import BatchSessionItemSchema
    from ..models.batch_session_status_response_schema_progress import BatchSessionStatusResponseSchemaProgress


T = TypeVar("T", bound="BatchSessionStatusResponseSchema")


@_attrs_define
class BatchSessionStatusResponseSchema:
    """
    Attributes:
        batch_id (UUID | Unset): Unique identifier for the batch
        status (BatchSessionStatusResponseSchemaStatus | Unset): Current status of the batch
        total_requests (int | Unset): Total number of sessions requested
        completed_requests (int | Unset): Number of sessions successfully created
        failed_requests (int | Unset): Number of sessions that failed to create
        processing_requests (int | Unset): Number of sessions currently being processed
        pending_requests (int | Unset): Number of sessions waiting to be processed
        created_at (datetime.datetime | Unset): Timestamp when the batch was created
        actual_completion_time (datetime.datetime | Unset): Timestamp when the batch completed (if completed)
        error (str | Unset): Error message if batch failed
        sessions (list[BatchSessionItemSchema] | Unset): Array of individual session details
        progress (BatchSessionStatusResponseSchemaProgress | Unset):
    """

    batch_id: UUID | Unset = UNSET
    status: BatchSessionStatusResponseSchemaStatus | Unset = UNSET
    total_requests: int | Unset = UNSET
    completed_requests: int | Unset = UNSET
    failed_requests: int | Unset = UNSET
    processing_requests: int | Unset = UNSET
    pending_requests: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    actual_completion_time: datetime.datetime | Unset = UNSET
    error: str | Unset = UNSET
    sessions: list[BatchSessionItemSchema] | Unset = UNSET
    progress: BatchSessionStatusResponseSchemaProgress | Unset = UNSET
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

        processing_requests = self.processing_requests

        pending_requests = self.pending_requests

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        actual_completion_time: str | Unset = UNSET
        if not isinstance(self.actual_completion_time, Unset):
            actual_completion_time = self.actual_completion_time.isoformat()

        error = self.error

        sessions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sessions, Unset):
            sessions = []
            for sessions_item_data in self.sessions:
                sessions_item = sessions_item_data.to_dict()
                sessions.append(sessions_item)

        progress: dict[str, Any] | Unset = UNSET
        if not isinstance(self.progress, Unset):
            progress = self.progress.to_dict()

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
        if processing_requests is not UNSET:
            field_dict["processing_requests"] = processing_requests
        if pending_requests is not UNSET:
            field_dict["pending_requests"] = pending_requests
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if actual_completion_time is not UNSET:
            field_dict["actual_completion_time"] = actual_completion_time
        if error is not UNSET:
            field_dict["error"] = error
        if sessions is not UNSET:
            field_dict["sessions"] = sessions
        if progress is not UNSET:
            field_dict["progress"] = progress

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_session_item_schema import BatchSessionItemSchema  # noqa: PLC0415
        from ..models.batch_session_status_response_schema_progress import BatchSessionStatusResponseSchemaProgress  # noqa: PLC0415

        d = dict(src_dict)
        _batch_id = d.pop("batch_id", UNSET)
        batch_id: UUID | Unset
        if isinstance(_batch_id, Unset):
            batch_id = UNSET
        else:
            batch_id = UUID(_batch_id)

        _status = d.pop("status", UNSET)
        status: BatchSessionStatusResponseSchemaStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = BatchSessionStatusResponseSchemaStatus(_status)

        total_requests = d.pop("total_requests", UNSET)

        completed_requests = d.pop("completed_requests", UNSET)

        failed_requests = d.pop("failed_requests", UNSET)

        processing_requests = d.pop("processing_requests", UNSET)

        pending_requests = d.pop("pending_requests", UNSET)

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

        error = d.pop("error", UNSET)

        _sessions = d.pop("sessions", UNSET)
        sessions: list[BatchSessionItemSchema] | Unset = UNSET
        if _sessions is not UNSET:
            sessions = []
            for sessions_item_data in _sessions:
                sessions_item = BatchSessionItemSchema.from_dict(sessions_item_data)

                sessions.append(sessions_item)

        _progress = d.pop("progress", UNSET)
        progress: BatchSessionStatusResponseSchemaProgress | Unset
        if isinstance(_progress, Unset):
            progress = UNSET
        else:
            progress = BatchSessionStatusResponseSchemaProgress.from_dict(_progress)

        batch_session_status_response_schema = cls(
            batch_id=batch_id,
            status=status,
            total_requests=total_requests,
            completed_requests=completed_requests,
            failed_requests=failed_requests,
            processing_requests=processing_requests,
            pending_requests=pending_requests,
            created_at=created_at,
            actual_completion_time=actual_completion_time,
            error=error,
            sessions=sessions,
            progress=progress,
        )

        batch_session_status_response_schema.additional_properties = d
        return batch_session_status_response_schema

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
