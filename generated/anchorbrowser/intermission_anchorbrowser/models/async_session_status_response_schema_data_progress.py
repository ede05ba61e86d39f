from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.async_session_status_response_schema_data_progress_current_phase import (
    AsyncSessionStatusResponseSchemaDataProgressCurrentPhase,
)

T = TypeVar("T", bound="AsyncSessionStatusResponseSchemaDataProgress")


@_attrs_define
class AsyncSessionStatusResponseSchemaDataProgress:
    """
    Attributes:
        current_phase (AsyncSessionStatusResponseSchemaDataProgressCurrentPhase): The session's current pod-provisioning
            phase.
    """

    current_phase: AsyncSessionStatusResponseSchemaDataProgressCurrentPhase
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_phase = self.current_phase.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "current_phase": current_phase,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        current_phase = AsyncSessionStatusResponseSchemaDataProgressCurrentPhase(d.pop("current_phase"))

        async_session_status_response_schema_data_progress = cls(
            current_phase=current_phase,
        )

        async_session_status_response_schema_data_progress.additional_properties = d
        return async_session_status_response_schema_data_progress

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
