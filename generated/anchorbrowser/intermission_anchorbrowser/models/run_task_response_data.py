from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RunTaskResponseData")


@_attrs_define
class RunTaskResponseData:
    """
    Attributes:
        success (bool): Whether the task executed successfully
        async_ (bool): Whether the task was executed asynchronously
        message (str): Execution result message
        task_id (UUID): Task identifier
        execution_time (float | Unset): Execution duration in milliseconds (only present in sync mode)
        output (str | Unset): Task execution output (only present in sync mode)
        error (str | Unset): Error message if execution failed (only present in sync mode)
        execution_result_id (UUID | Unset): Execution result identifier for tracking and polling (present in async mode)
    """

    success: bool
    async_: bool
    message: str
    task_id: UUID
    execution_time: float | Unset = UNSET
    output: str | Unset = UNSET
    error: str | Unset = UNSET
    execution_result_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        async_ = self.async_

        message = self.message

        task_id = str(self.task_id)

        execution_time = self.execution_time

        output = self.output

        error = self.error

        execution_result_id: str | Unset = UNSET
        if not isinstance(self.execution_result_id, Unset):
            execution_result_id = str(self.execution_result_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "async": async_,
                "message": message,
                "taskId": task_id,
            }
        )
        if execution_time is not UNSET:
            field_dict["executionTime"] = execution_time
        if output is not UNSET:
            field_dict["output"] = output
        if error is not UNSET:
            field_dict["error"] = error
        if execution_result_id is not UNSET:
            field_dict["executionResultId"] = execution_result_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        async_ = d.pop("async")

        message = d.pop("message")

        task_id = UUID(d.pop("taskId"))

        execution_time = d.pop("executionTime", UNSET)

        output = d.pop("output", UNSET)

        error = d.pop("error", UNSET)

        _execution_result_id = d.pop("executionResultId", UNSET)
        execution_result_id: UUID | Unset
        if isinstance(_execution_result_id, Unset):
            execution_result_id = UNSET
        else:
            execution_result_id = UUID(_execution_result_id)

        run_task_response_data = cls(
            success=success,
            async_=async_,
            message=message,
            task_id=task_id,
            execution_time=execution_time,
            output=output,
            error=error,
            execution_result_id=execution_result_id,
        )

        run_task_response_data.additional_properties = d
        return run_task_response_data

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
