from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_task_request_inputs import RunTaskRequestInputs
    from ..models.session_config import SessionConfig


T = TypeVar("T", bound="RunTaskRequest")


@_attrs_define
class RunTaskRequest:
    """
    Attributes:
        task_id (UUID): Task identifier
        version (str | Unset): Version to run (draft, latest, or version number)
        session_id (UUID | Unset): Optional existing browser session ID to use for task execution
        async_ (bool | Unset): Whether to run the task asynchronously.
        override_browser_configuration (SessionConfig | Unset): Session-related configurations.
        inputs (RunTaskRequestInputs | Unset): Environment variables for task execution (keys must start with ANCHOR_)
        cleanup_sessions (bool | Unset): Whether to cleanup browser sessions after task execution. Defaults to true.
            Default: True.
    """

    task_id: UUID
    version: str | Unset = UNSET
    session_id: UUID | Unset = UNSET
    async_: bool | Unset = UNSET
    override_browser_configuration: SessionConfig | Unset = UNSET
    inputs: RunTaskRequestInputs | Unset = UNSET
    cleanup_sessions: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = str(self.task_id)

        version = self.version

        session_id: str | Unset = UNSET
        if not isinstance(self.session_id, Unset):
            session_id = str(self.session_id)

        async_ = self.async_

        override_browser_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.override_browser_configuration, Unset):
            override_browser_configuration = self.override_browser_configuration.to_dict()

        inputs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = self.inputs.to_dict()

        cleanup_sessions = self.cleanup_sessions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "taskId": task_id,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version
        if session_id is not UNSET:
            field_dict["sessionId"] = session_id
        if async_ is not UNSET:
            field_dict["async"] = async_
        if override_browser_configuration is not UNSET:
            field_dict["overrideBrowserConfiguration"] = override_browser_configuration
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if cleanup_sessions is not UNSET:
            field_dict["cleanupSessions"] = cleanup_sessions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.run_task_request_inputs import RunTaskRequestInputs  # noqa: PLC0415
        from ..models.session_config import SessionConfig  # noqa: PLC0415

        d = dict(src_dict)
        task_id = UUID(d.pop("taskId"))

        version = d.pop("version", UNSET)

        _session_id = d.pop("sessionId", UNSET)
        session_id: UUID | Unset
        if isinstance(_session_id, Unset):
            session_id = UNSET
        else:
            session_id = UUID(_session_id)

        async_ = d.pop("async", UNSET)

        _override_browser_configuration = d.pop("overrideBrowserConfiguration", UNSET)
        override_browser_configuration: SessionConfig | Unset
        if isinstance(_override_browser_configuration, Unset):
            override_browser_configuration = UNSET
        else:
            override_browser_configuration = SessionConfig.from_dict(_override_browser_configuration)

        _inputs = d.pop("inputs", UNSET)
        inputs: RunTaskRequestInputs | Unset
        if isinstance(_inputs, Unset):
            inputs = UNSET
        else:
            inputs = RunTaskRequestInputs.from_dict(_inputs)

        cleanup_sessions = d.pop("cleanupSessions", UNSET)

        run_task_request = cls(
            task_id=task_id,
            version=version,
            session_id=session_id,
            async_=async_,
            override_browser_configuration=override_browser_configuration,
            inputs=inputs,
            cleanup_sessions=cleanup_sessions,
        )

        run_task_request.additional_properties = d
        return run_task_request

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
