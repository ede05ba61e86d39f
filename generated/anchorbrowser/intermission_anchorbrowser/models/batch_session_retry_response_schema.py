from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_session_retry_response_schema_status import BatchSessionRetryResponseSchemaStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchSessionRetryResponseSchema")


@_attrs_define
class BatchSessionRetryResponseSchema:
    """
    Attributes:
        batch_id (UUID | Unset): Unique identifier for the batch
        status (BatchSessionRetryResponseSchemaStatus | Unset): Current status of the batch after retry
        retried_sessions (int | Unset): Number of sessions that were retried
        message (str | Unset): Summary message
    """

    batch_id: UUID | Unset = UNSET
    status: BatchSessionRetryResponseSchemaStatus | Unset = UNSET
    retried_sessions: int | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_id: str | Unset = UNSET
        if not isinstance(self.batch_id, Unset):
            batch_id = str(self.batch_id)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        retried_sessions = self.retried_sessions

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if batch_id is not UNSET:
            field_dict["batch_id"] = batch_id
        if status is not UNSET:
            field_dict["status"] = status
        if retried_sessions is not UNSET:
            field_dict["retried_sessions"] = retried_sessions
        if message is not UNSET:
            field_dict["message"] = message

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
        status: BatchSessionRetryResponseSchemaStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = BatchSessionRetryResponseSchemaStatus(_status)

        retried_sessions = d.pop("retried_sessions", UNSET)

        message = d.pop("message", UNSET)

        batch_session_retry_response_schema = cls(
            batch_id=batch_id,
            status=status,
            retried_sessions=retried_sessions,
            message=message,
        )

        batch_session_retry_response_schema.additional_properties = d
        return batch_session_retry_response_schema

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
