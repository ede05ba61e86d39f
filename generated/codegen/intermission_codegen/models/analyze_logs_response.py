from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AnalyzeLogsResponse")


@_attrs_define
class AnalyzeLogsResponse:
    """
    Attributes:
        agent_run_id (int): The ID of the agent run analyzing the logs
        status (str): The status of the agent run
        message (str): Information about the analysis process
    """

    agent_run_id: int
    status: str
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_run_id = self.agent_run_id

        status = self.status

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_run_id": agent_run_id,
                "status": status,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent_run_id = d.pop("agent_run_id")

        status = d.pop("status")

        message = d.pop("message")

        analyze_logs_response = cls(
            agent_run_id=agent_run_id,
            status=status,
            message=message,
        )

        analyze_logs_response.additional_properties = d
        return analyze_logs_response

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
