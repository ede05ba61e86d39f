from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.async_session_create_response_schema_data_status import AsyncSessionCreateResponseSchemaDataStatus

T = TypeVar("T", bound="AsyncSessionCreateResponseSchemaData")


@_attrs_define
class AsyncSessionCreateResponseSchemaData:
    """
    Attributes:
        request_id (UUID): Identifier of the async request. Use it to poll
            `GET /v1/sessions/async/{request_id}/status` for the resolved
            `session_id`, `cdp_url` and `live_view_url` once the pod
            comes up.
        status (AsyncSessionCreateResponseSchemaDataStatus): Always `pending` immediately after creation.
        session_id (None): Always `null` immediately after creation; resolved via the polling endpoint.
    """

    request_id: UUID
    status: AsyncSessionCreateResponseSchemaDataStatus
    session_id: None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = str(self.request_id)

        status = self.status.value

        session_id = self.session_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request_id": request_id,
                "status": status,
                "session_id": session_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        request_id = UUID(d.pop("request_id"))

        status = AsyncSessionCreateResponseSchemaDataStatus(d.pop("status"))

        session_id = d.pop("session_id")

        async_session_create_response_schema_data = cls(
            request_id=request_id,
            status=status,
            session_id=session_id,
        )

        async_session_create_response_schema_data.additional_properties = d
        return async_session_create_response_schema_data

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
