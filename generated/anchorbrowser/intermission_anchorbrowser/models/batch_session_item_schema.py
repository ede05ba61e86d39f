from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_session_item_schema_status import BatchSessionItemSchemaStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_session_item_schema_metadata import BatchSessionItemSchemaMetadata


T = TypeVar("T", bound="BatchSessionItemSchema")


@_attrs_define
class BatchSessionItemSchema:
    """
    Attributes:
        item_index (int | Unset): Index of this session within the batch (0-based)
        session_id (UUID | Unset): Unique identifier for the browser session (if created successfully)
        status (BatchSessionItemSchemaStatus | Unset): Current status of this individual session
        cdp_url (str | Unset): CDP websocket connection URL (if session is ready)
        live_view_url (str | Unset): Live view URL for the session (if session is ready)
        error (str | Unset): Error message if session creation failed
        retry_count (int | Unset): Number of times this session creation has been retried
        started_at (datetime.datetime | Unset): Timestamp when session creation started
        completed_at (datetime.datetime | Unset): Timestamp when session creation completed
        metadata (BatchSessionItemSchemaMetadata | Unset): Session-specific metadata
    """

    item_index: int | Unset = UNSET
    session_id: UUID | Unset = UNSET
    status: BatchSessionItemSchemaStatus | Unset = UNSET
    cdp_url: str | Unset = UNSET
    live_view_url: str | Unset = UNSET
    error: str | Unset = UNSET
    retry_count: int | Unset = UNSET
    started_at: datetime.datetime | Unset = UNSET
    completed_at: datetime.datetime | Unset = UNSET
    metadata: BatchSessionItemSchemaMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_index = self.item_index

        session_id: str | Unset = UNSET
        if not isinstance(self.session_id, Unset):
            session_id = str(self.session_id)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        cdp_url = self.cdp_url

        live_view_url = self.live_view_url

        error = self.error

        retry_count = self.retry_count

        started_at: str | Unset = UNSET
        if not isinstance(self.started_at, Unset):
            started_at = self.started_at.isoformat()

        completed_at: str | Unset = UNSET
        if not isinstance(self.completed_at, Unset):
            completed_at = self.completed_at.isoformat()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if item_index is not UNSET:
            field_dict["item_index"] = item_index
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if status is not UNSET:
            field_dict["status"] = status
        if cdp_url is not UNSET:
            field_dict["cdp_url"] = cdp_url
        if live_view_url is not UNSET:
            field_dict["live_view_url"] = live_view_url
        if error is not UNSET:
            field_dict["error"] = error
        if retry_count is not UNSET:
            field_dict["retry_count"] = retry_count
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_session_item_schema_metadata import BatchSessionItemSchemaMetadata  # noqa: PLC0415

        d = dict(src_dict)
        item_index = d.pop("item_index", UNSET)

        _session_id = d.pop("session_id", UNSET)
        session_id: UUID | Unset
        if isinstance(_session_id, Unset):
            session_id = UNSET
        else:
            session_id = UUID(_session_id)

        _status = d.pop("status", UNSET)
        status: BatchSessionItemSchemaStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = BatchSessionItemSchemaStatus(_status)

        cdp_url = d.pop("cdp_url", UNSET)

        live_view_url = d.pop("live_view_url", UNSET)

        error = d.pop("error", UNSET)

        retry_count = d.pop("retry_count", UNSET)

        _started_at = d.pop("started_at", UNSET)
        started_at: datetime.datetime | Unset
        if isinstance(_started_at, Unset):
            started_at = UNSET
        else:
            started_at = datetime.datetime.fromisoformat(_started_at)

        _completed_at = d.pop("completed_at", UNSET)
        completed_at: datetime.datetime | Unset
        if isinstance(_completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = datetime.datetime.fromisoformat(_completed_at)

        _metadata = d.pop("metadata", UNSET)
        metadata: BatchSessionItemSchemaMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = BatchSessionItemSchemaMetadata.from_dict(_metadata)

        batch_session_item_schema = cls(
            item_index=item_index,
            session_id=session_id,
            status=status,
            cdp_url=cdp_url,
            live_view_url=live_view_url,
            error=error,
            retry_count=retry_count,
            started_at=started_at,
            completed_at=completed_at,
            metadata=metadata,
        )

        batch_session_item_schema.additional_properties = d
        return batch_session_item_schema

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
