from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_status import TaskStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskStatusView")


@_attrs_define
class TaskStatusView:
    """Lightweight view optimized for polling. Use GET /tasks/{id}/status for efficient polling
    instead of GET /tasks/{id} which loads full step details.

        Attributes:
            id (UUID): Unique identifier for the task
            status (TaskStatus): Enumeration of possible task execution states

                Attributes:
                        CREATED: Task has been created but not yet started.
                    STARTED: Task has been started and is currently running.
                    FINISHED: Task has finished and the agent has completed the task.
                    FAILED: Task execution failed due to an error.
                    STOPPED: Task execution has been manually stopped (cannot be resumed).
            output (None | str | Unset): Final output/result of the task (null while running)
            finished_at (datetime.datetime | None | Unset): Naive UTC timestamp when the task completed (null if still
                running)
            is_success (bool | None | Unset): Whether the task was successful based on the agent's self-reported output
            cost (None | str | Unset): Total cost of the task in USD
    """

    id: UUID
    status: TaskStatus
    output: None | str | Unset = UNSET
    finished_at: datetime.datetime | None | Unset = UNSET
    is_success: bool | None | Unset = UNSET
    cost: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        status = self.status.value

        output: None | str | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        else:
            output = self.output

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        elif isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        is_success: bool | None | Unset
        if isinstance(self.is_success, Unset):
            is_success = UNSET
        else:
            is_success = self.is_success

        cost: None | str | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        else:
            cost = self.cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if output is not UNSET:
            field_dict["output"] = output
        if finished_at is not UNSET:
            field_dict["finishedAt"] = finished_at
        if is_success is not UNSET:
            field_dict["isSuccess"] = is_success
        if cost is not UNSET:
            field_dict["cost"] = cost

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        status = TaskStatus(d.pop("status"))

        def _parse_output(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        output = _parse_output(d.pop("output", UNSET))

        def _parse_finished_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        finished_at = _parse_finished_at(d.pop("finishedAt", UNSET))

        def _parse_is_success(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_success = _parse_is_success(d.pop("isSuccess", UNSET))

        def _parse_cost(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cost = _parse_cost(d.pop("cost", UNSET))

        task_status_view = cls(
            id=id,
            status=status,
            output=output,
            finished_at=finished_at,
            is_success=is_success,
            cost=cost,
        )

        task_status_view.additional_properties = d
        return task_status_view

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
