from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_task_v2_request_input_params import RunTaskV2RequestInputParams


T = TypeVar("T", bound="RunTaskV2Request")


@_attrs_define
class RunTaskV2Request:
    """
    Attributes:
        input_params (RunTaskV2RequestInputParams): Key-value pairs of input parameters for the task
        identity_id (str | Unset): Optional identity ID to use for the task
        session_id (str | Unset): Optional session ID to run the task in
        cleanup_sessions (bool | Unset): Whether to clean up sessions after execution (default: true) Default: True.
    """

    input_params: RunTaskV2RequestInputParams
    identity_id: str | Unset = UNSET
    session_id: str | Unset = UNSET
    cleanup_sessions: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_params = self.input_params.to_dict()

        identity_id = self.identity_id

        session_id = self.session_id

        cleanup_sessions = self.cleanup_sessions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_params": input_params,
            }
        )
        if identity_id is not UNSET:
            field_dict["identity_id"] = identity_id
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if cleanup_sessions is not UNSET:
            field_dict["cleanup_sessions"] = cleanup_sessions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.run_task_v2_request_input_params import RunTaskV2RequestInputParams  # noqa: PLC0415

        d = dict(src_dict)
        input_params = RunTaskV2RequestInputParams.from_dict(d.pop("input_params"))

        identity_id = d.pop("identity_id", UNSET)

        session_id = d.pop("session_id", UNSET)

        cleanup_sessions = d.pop("cleanup_sessions", UNSET)

        run_task_v2_request = cls(
            input_params=input_params,
            identity_id=identity_id,
            session_id=session_id,
            cleanup_sessions=cleanup_sessions,
        )

        run_task_v2_request.additional_properties = d
        return run_task_v2_request

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
