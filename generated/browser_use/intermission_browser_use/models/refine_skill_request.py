from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RefineSkillRequest")


@_attrs_define
class RefineSkillRequest:
    """Request to refine an existing skill.

    Attributes:
        feedback (str): Feedback describing what to improve
        test_output (None | str | Unset): Last skill test output to include in refinement context
        test_logs (None | str | Unset): Last skill test logs to include in refinement context
    """

    feedback: str
    test_output: None | str | Unset = UNSET
    test_logs: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feedback = self.feedback

        test_output: None | str | Unset
        if isinstance(self.test_output, Unset):
            test_output = UNSET
        else:
            test_output = self.test_output

        test_logs: None | str | Unset
        if isinstance(self.test_logs, Unset):
            test_logs = UNSET
        else:
            test_logs = self.test_logs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feedback": feedback,
            }
        )
        if test_output is not UNSET:
            field_dict["testOutput"] = test_output
        if test_logs is not UNSET:
            field_dict["testLogs"] = test_logs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        feedback = d.pop("feedback")

        def _parse_test_output(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        test_output = _parse_test_output(d.pop("testOutput", UNSET))

        def _parse_test_logs(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        test_logs = _parse_test_logs(d.pop("testLogs", UNSET))

        refine_skill_request = cls(
            feedback=feedback,
            test_output=test_output,
            test_logs=test_logs,
        )

        refine_skill_request.additional_properties = d
        return refine_skill_request

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
