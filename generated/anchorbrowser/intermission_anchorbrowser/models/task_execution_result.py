from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_execution_result_status import TaskExecutionResultStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskExecutionResult")


@_attrs_define
class TaskExecutionResult:
    """
    Attributes:
        id (UUID): Unique identifier for the execution result
        task_version_id (UUID): Task version identifier
        version (str): Version that was executed
        status (TaskExecutionResultStatus): Execution status
        start_time (datetime.datetime): Execution start time
        output (None | str | Unset): Task execution output
        error_message (None | str | Unset): Error message if execution failed
        execution_time (float | None | Unset): Execution duration in milliseconds
    """

    id: UUID
    task_version_id: UUID
    version: str
    status: TaskExecutionResultStatus
    start_time: datetime.datetime
    output: None | str | Unset = UNSET
    error_message: None | str | Unset = UNSET
    execution_time: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        task_version_id = str(self.task_version_id)

        version = self.version

        status = self.status.value

        start_time = self.start_time.isoformat()

        output: None | str | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        else:
            output = self.output

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        execution_time: float | None | Unset
        if isinstance(self.execution_time, Unset):
            execution_time = UNSET
        else:
            execution_time = self.execution_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "taskVersionId": task_version_id,
                "version": version,
                "status": status,
                "startTime": start_time,
            }
        )
        if output is not UNSET:
            field_dict["output"] = output
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message
        if execution_time is not UNSET:
            field_dict["executionTime"] = execution_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        task_version_id = UUID(d.pop("taskVersionId"))

        version = d.pop("version")

        status = TaskExecutionResultStatus(d.pop("status"))

        start_time = datetime.datetime.fromisoformat(d.pop("startTime"))

        def _parse_output(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        output = _parse_output(d.pop("output", UNSET))

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("errorMessage", UNSET))

        def _parse_execution_time(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        execution_time = _parse_execution_time(d.pop("executionTime", UNSET))

        task_execution_result = cls(
            id=id,
            task_version_id=task_version_id,
            version=version,
            status=status,
            start_time=start_time,
            output=output,
            error_message=error_message,
            execution_time=execution_time,
        )

        task_execution_result.additional_properties = d
        return task_execution_result

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
