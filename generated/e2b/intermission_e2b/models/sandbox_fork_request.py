from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SandboxForkRequest")


@_attrs_define
class SandboxForkRequest:
    """
    Attributes:
        timeout (int | Unset): Time to live for the new forked sandboxes in seconds. Default: 15.
        count (int | Unset): Number of forked sandboxes to create. All forks boot from the same snapshot, so the
            snapshot is captured once regardless of count. Each fork succeeds or fails independently; the outcome of each is
            reported in its entry of the response list. Default: 1.
    """

    timeout: int | Unset = 15
    count: int | Unset = 1
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timeout = self.timeout

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        timeout = d.pop("timeout", UNSET)

        count = d.pop("count", UNSET)

        sandbox_fork_request = cls(
            timeout=timeout,
            count=count,
        )

        sandbox_fork_request.additional_properties = d
        return sandbox_fork_request

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
