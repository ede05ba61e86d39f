from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_session_status_response_schema_progress_current_phase import (
    BatchSessionStatusResponseSchemaProgressCurrentPhase,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchSessionStatusResponseSchemaProgress")


@_attrs_define
class BatchSessionStatusResponseSchemaProgress:
    """
    Attributes:
        percentage (float | Unset): Completion percentage (0-100)
        current_phase (BatchSessionStatusResponseSchemaProgressCurrentPhase | Unset): Current processing phase
    """

    percentage: float | Unset = UNSET
    current_phase: BatchSessionStatusResponseSchemaProgressCurrentPhase | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        percentage = self.percentage

        current_phase: str | Unset = UNSET
        if not isinstance(self.current_phase, Unset):
            current_phase = self.current_phase.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if percentage is not UNSET:
            field_dict["percentage"] = percentage
        if current_phase is not UNSET:
            field_dict["current_phase"] = current_phase

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        percentage = d.pop("percentage", UNSET)

        _current_phase = d.pop("current_phase", UNSET)
        current_phase: BatchSessionStatusResponseSchemaProgressCurrentPhase | Unset
        if isinstance(_current_phase, Unset):
            current_phase = UNSET
        else:
            current_phase = BatchSessionStatusResponseSchemaProgressCurrentPhase(_current_phase)

        batch_session_status_response_schema_progress = cls(
            percentage=percentage,
            current_phase=current_phase,
        )

        batch_session_status_response_schema_progress.additional_properties = d
        return batch_session_status_response_schema_progress

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
