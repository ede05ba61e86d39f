from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.async_session_status_response_schema_data_status import AsyncSessionStatusResponseSchemaDataStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.async_session_status_response_schema_data_progress import AsyncSessionStatusResponseSchemaDataProgress
    from ..models.batch_session_item_schema import BatchSessionItemSchema


T = TypeVar("T", bound="AsyncSessionStatusResponseSchemaData")


@_attrs_define
class AsyncSessionStatusResponseSchemaData:
    """
    Attributes:
        request_id (UUID): The `request_id` returned from `POST /v1/sessions/async`.
        status (AsyncSessionStatusResponseSchemaDataStatus): Lifecycle of the async request itself. `ready` is surfaced
            once
            the underlying browser pod is up and the session is connectable.
        created_at (datetime.datetime): When the async request was accepted.
        progress (AsyncSessionStatusResponseSchemaDataProgress):
        session (BatchSessionItemSchema | Unset):
    """

    request_id: UUID
    status: AsyncSessionStatusResponseSchemaDataStatus
    created_at: datetime.datetime
    progress: AsyncSessionStatusResponseSchemaDataProgress
    session: BatchSessionItemSchema | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = str(self.request_id)

        status = self.status.value

        created_at = self.created_at.isoformat()

        progress = self.progress.to_dict()

        session: dict[str, Any] | Unset = UNSET
        if not isinstance(self.session, Unset):
            session = self.session.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request_id": request_id,
                "status": status,
                "created_at": created_at,
                "progress": progress,
            }
        )
        if session is not UNSET:
            field_dict["session"] = session

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.async_session_status_response_schema_data_progress import (
            AsyncSessionStatusResponseSchemaDataProgress,  # noqa: PLC0415
        )
        from ..models.batch_session_item_schema import BatchSessionItemSchema  # noqa: PLC0415

        d = dict(src_dict)
        request_id = UUID(d.pop("request_id"))

        status = AsyncSessionStatusResponseSchemaDataStatus(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        progress = AsyncSessionStatusResponseSchemaDataProgress.from_dict(d.pop("progress"))

        _session = d.pop("session", UNSET)
        session: BatchSessionItemSchema | Unset
        if isinstance(_session, Unset):
            session = UNSET
        else:
            session = BatchSessionItemSchema.from_dict(_session)

        async_session_status_response_schema_data = cls(
            request_id=request_id,
            status=status,
            created_at=created_at,
            progress=progress,
            session=session,
        )

        async_session_status_response_schema_data.additional_properties = d
        return async_session_status_response_schema_data

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
