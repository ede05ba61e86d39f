from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskStepView")


@_attrs_define
class TaskStepView:
    """View model for representing a single step in a task's execution

    Attributes:
        number (int): Sequential step number within the task
        memory (str): Agent's memory at this step
        evaluation_previous_goal (str): Agent's evaluation of the previous goal completion
        next_goal (str): The goal for the next step
        url (str): Current URL the browser is on for this step
        actions (list[str]): List of stringified json actions performed by the agent in this step
        screenshot_url (None | str | Unset): Optional URL to the screenshot taken at this step
        duration (float | None | Unset): Duration of the step in seconds. Calculated as the time elapsed from the
            previous step completion (or task start for the first step) to this step completion.
    """

    number: int
    memory: str
    evaluation_previous_goal: str
    next_goal: str
    url: str
    actions: list[str]
    screenshot_url: None | str | Unset = UNSET
    duration: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        memory = self.memory

        evaluation_previous_goal = self.evaluation_previous_goal

        next_goal = self.next_goal

        url = self.url

        actions = self.actions

        screenshot_url: None | str | Unset
        if isinstance(self.screenshot_url, Unset):
            screenshot_url = UNSET
        else:
            screenshot_url = self.screenshot_url

        duration: float | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "memory": memory,
                "evaluationPreviousGoal": evaluation_previous_goal,
                "nextGoal": next_goal,
                "url": url,
                "actions": actions,
            }
        )
        if screenshot_url is not UNSET:
            field_dict["screenshotUrl"] = screenshot_url
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("number")

        memory = d.pop("memory")

        evaluation_previous_goal = d.pop("evaluationPreviousGoal")

        next_goal = d.pop("nextGoal")

        url = d.pop("url")

        actions = cast(list[str], d.pop("actions"))

        def _parse_screenshot_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        screenshot_url = _parse_screenshot_url(d.pop("screenshotUrl", UNSET))

        def _parse_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        task_step_view = cls(
            number=number,
            memory=memory,
            evaluation_previous_goal=evaluation_previous_goal,
            next_goal=next_goal,
            url=url,
            actions=actions,
            screenshot_url=screenshot_url,
            duration=duration,
        )

        task_step_view.additional_properties = d
        return task_step_view

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
