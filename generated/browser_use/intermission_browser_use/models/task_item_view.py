from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_status import TaskStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_item_view_metadata import TaskItemViewMetadata
    from ..models.task_item_view_suggestions_type_0_item import TaskItemViewSuggestionsType0Item


T = TypeVar("T", bound="TaskItemView")


@_attrs_define
class TaskItemView:
    """View model for representing a task with its execution details

    Attributes:
        id (UUID): Unique identifier for the task
        session_id (UUID): ID of the session this task belongs to
        llm (str): The LLM model used for this task represented as a string
        task (str): The task prompt/instruction given to the agent
        status (TaskStatus): Enumeration of possible task execution states

            Attributes:
                    CREATED: Task has been created but not yet started.
                STARTED: Task has been started and is currently running.
                FINISHED: Task has finished and the agent has completed the task.
                FAILED: Task execution failed due to an error.
                STOPPED: Task execution has been manually stopped (cannot be resumed).
        created_at (datetime.datetime): Naive UTC timestamp when the task was created
        started_at (datetime.datetime | None | Unset): Naive UTC timestamp when the task was started (None if task has
            not started yet)
        finished_at (datetime.datetime | None | Unset): Naive UTC timestamp when the task completed (None if still
            running)
        metadata (TaskItemViewMetadata | Unset): Optional additional metadata associated with the task set by the user
        output (None | str | Unset): Final output/result of the task
        browser_use_version (None | str | Unset): Version of browser-use used for this task (older tasks may not have
            this set)
        is_success (bool | None | Unset): Whether the task was successful (self-reported by the agent)
        judgement (None | str | Unset): Stringified JSON object containing the full report from the judge
        judge_verdict (bool | None | Unset): Judge verdict - True if the judge found the task to be successful, False
            otherwise (None if judge is not enabled)
        cost (None | str | Unset): Total cost of the task in USD. This is the sum of all step costs incurred during task
            execution.
        suggestions (list[TaskItemViewSuggestionsType0Item] | None | Unset): List of actionable suggestions for
            improving task configuration based on detected issues during execution.
    """

    id: UUID
    session_id: UUID
    llm: str
    task: str
    status: TaskStatus
    created_at: datetime.datetime
    started_at: datetime.datetime | None | Unset = UNSET
    finished_at: datetime.datetime | None | Unset = UNSET
    metadata: TaskItemViewMetadata | Unset = UNSET
    output: None | str | Unset = UNSET
    browser_use_version: None | str | Unset = UNSET
    is_success: bool | None | Unset = UNSET
    judgement: None | str | Unset = UNSET
    judge_verdict: bool | None | Unset = UNSET
    cost: None | str | Unset = UNSET
    suggestions: list[TaskItemViewSuggestionsType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        session_id = str(self.session_id)

        llm = self.llm

        task = self.task

        status = self.status.value

        created_at = self.created_at.isoformat()

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        elif isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        output: None | str | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        else:
            output = self.output

        browser_use_version: None | str | Unset
        if isinstance(self.browser_use_version, Unset):
            browser_use_version = UNSET
        else:
            browser_use_version = self.browser_use_version

        is_success: bool | None | Unset
        if isinstance(self.is_success, Unset):
            is_success = UNSET
        else:
            is_success = self.is_success

        judgement: None | str | Unset
        if isinstance(self.judgement, Unset):
            judgement = UNSET
        else:
            judgement = self.judgement

        judge_verdict: bool | None | Unset
        if isinstance(self.judge_verdict, Unset):
            judge_verdict = UNSET
        else:
            judge_verdict = self.judge_verdict

        cost: None | str | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        else:
            cost = self.cost

        suggestions: list[dict[str, Any]] | None | Unset
        if isinstance(self.suggestions, Unset):
            suggestions = UNSET
        elif isinstance(self.suggestions, list):
            suggestions = []
            for suggestions_type_0_item_data in self.suggestions:
                suggestions_type_0_item = suggestions_type_0_item_data.to_dict()
                suggestions.append(suggestions_type_0_item)

        else:
            suggestions = self.suggestions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "sessionId": session_id,
                "llm": llm,
                "task": task,
                "status": status,
                "createdAt": created_at,
            }
        )
        if started_at is not UNSET:
            field_dict["startedAt"] = started_at
        if finished_at is not UNSET:
            field_dict["finishedAt"] = finished_at
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if output is not UNSET:
            field_dict["output"] = output
        if browser_use_version is not UNSET:
            field_dict["browserUseVersion"] = browser_use_version
        if is_success is not UNSET:
            field_dict["isSuccess"] = is_success
        if judgement is not UNSET:
            field_dict["judgement"] = judgement
        if judge_verdict is not UNSET:
            field_dict["judgeVerdict"] = judge_verdict
        if cost is not UNSET:
            field_dict["cost"] = cost
        if suggestions is not UNSET:
            field_dict["suggestions"] = suggestions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task_item_view_metadata import TaskItemViewMetadata  # noqa: PLC0415
        from ..models.task_item_view_suggestions_type_0_item import TaskItemViewSuggestionsType0Item  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        session_id = UUID(d.pop("sessionId"))

        llm = d.pop("llm")

        task = d.pop("task")

        status = TaskStatus(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        started_at = _parse_started_at(d.pop("startedAt", UNSET))

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

        _metadata = d.pop("metadata", UNSET)
        metadata: TaskItemViewMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = TaskItemViewMetadata.from_dict(_metadata)

        def _parse_output(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        output = _parse_output(d.pop("output", UNSET))

        def _parse_browser_use_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        browser_use_version = _parse_browser_use_version(d.pop("browserUseVersion", UNSET))

        def _parse_is_success(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_success = _parse_is_success(d.pop("isSuccess", UNSET))

        def _parse_judgement(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        judgement = _parse_judgement(d.pop("judgement", UNSET))

        def _parse_judge_verdict(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        judge_verdict = _parse_judge_verdict(d.pop("judgeVerdict", UNSET))

        def _parse_cost(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cost = _parse_cost(d.pop("cost", UNSET))

        def _parse_suggestions(data: object) -> list[TaskItemViewSuggestionsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                suggestions_type_0 = []
                _suggestions_type_0 = data
                for suggestions_type_0_item_data in _suggestions_type_0:
                    suggestions_type_0_item = TaskItemViewSuggestionsType0Item.from_dict(suggestions_type_0_item_data)

                    suggestions_type_0.append(suggestions_type_0_item)

                return suggestions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaskItemViewSuggestionsType0Item] | None | Unset, data)

        suggestions = _parse_suggestions(d.pop("suggestions", UNSET))

        task_item_view = cls(
            id=id,
            session_id=session_id,
            llm=llm,
            task=task,
            status=status,
            created_at=created_at,
            started_at=started_at,
            finished_at=finished_at,
            metadata=metadata,
            output=output,
            browser_use_version=browser_use_version,
            is_success=is_success,
            judgement=judgement,
            judge_verdict=judge_verdict,
            cost=cost,
            suggestions=suggestions,
        )

        task_item_view.additional_properties = d
        return task_item_view

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
