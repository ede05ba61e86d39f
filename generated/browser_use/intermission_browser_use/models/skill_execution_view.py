from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SkillExecutionView")


@_attrs_define
class SkillExecutionView:
    """View for a skill execution.

    Attributes:
        id (UUID): Unique identifier for the execution
        skill_id (UUID): ID of the skill that was executed
        status (str): Execution status (running, completed, failed)
        success (bool): Whether the execution succeeded
        started_at (datetime.datetime): When the execution started
        finished_at (datetime.datetime | None): When the execution finished
        latency_ms (int | None): Execution latency in milliseconds
        has_output (bool): Whether output is available for download
    """

    id: UUID
    skill_id: UUID
    status: str
    success: bool
    started_at: datetime.datetime
    finished_at: datetime.datetime | None
    latency_ms: int | None
    has_output: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        skill_id = str(self.skill_id)

        status = self.status

        success = self.success

        started_at = self.started_at.isoformat()

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        latency_ms: int | None
        latency_ms = self.latency_ms

        has_output = self.has_output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "skillId": skill_id,
                "status": status,
                "success": success,
                "startedAt": started_at,
                "finishedAt": finished_at,
                "latencyMs": latency_ms,
                "hasOutput": has_output,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        skill_id = UUID(d.pop("skillId"))

        status = d.pop("status")

        success = d.pop("success")

        started_at = datetime.datetime.fromisoformat(d.pop("startedAt"))

        def _parse_finished_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        finished_at = _parse_finished_at(d.pop("finishedAt"))

        def _parse_latency_ms(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        latency_ms = _parse_latency_ms(d.pop("latencyMs"))

        has_output = d.pop("hasOutput")

        skill_execution_view = cls(
            id=id,
            skill_id=skill_id,
            status=status,
            success=success,
            started_at=started_at,
            finished_at=finished_at,
            latency_ms=latency_ms,
            has_output=has_output,
        )

        skill_execution_view.additional_properties = d
        return skill_execution_view

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
