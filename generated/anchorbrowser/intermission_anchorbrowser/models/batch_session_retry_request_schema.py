from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchSessionRetryRequestSchema")


@_attrs_define
class BatchSessionRetryRequestSchema:
    """
    Attributes:
        retry_failed_only (bool | Unset): Whether to only retry failed sessions Default: True.
        max_retries (int | Unset): Maximum number of attempts per failed session. Each session is retried up to this
            many times, stopping on first success. Default: 1.
    """

    retry_failed_only: bool | Unset = True
    max_retries: int | Unset = 1
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        retry_failed_only = self.retry_failed_only

        max_retries = self.max_retries

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if retry_failed_only is not UNSET:
            field_dict["retry_failed_only"] = retry_failed_only
        if max_retries is not UNSET:
            field_dict["max_retries"] = max_retries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        retry_failed_only = d.pop("retry_failed_only", UNSET)

        max_retries = d.pop("max_retries", UNSET)

        batch_session_retry_request_schema = cls(
            retry_failed_only=retry_failed_only,
            max_retries=max_retries,
        )

        batch_session_retry_request_schema.additional_properties = d
        return batch_session_retry_request_schema

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
