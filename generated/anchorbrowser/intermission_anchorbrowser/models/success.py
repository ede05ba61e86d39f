from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.success_status import SuccessStatus

if TYPE_CHECKING:
    from ..models.success_result import SuccessResult


T = TypeVar("T", bound="Success")


@_attrs_define
class Success:
    """
    Attributes:
        status (SuccessStatus): The workflow has completed successfully.
        result (SuccessResult): The outcome or answer produced by the autonomous task.
    """

    status: SuccessStatus
    result: SuccessResult
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        result = self.result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.success_result import SuccessResult  # noqa: PLC0415

        d = dict(src_dict)
        status = SuccessStatus(d.pop("status"))

        result = SuccessResult.from_dict(d.pop("result"))

        success = cls(
            status=status,
            result=result,
        )

        success.additional_properties = d
        return success

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
