from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.failed import Failed
    from ..models.running import Running
    from ..models.success import Success


T = TypeVar("T", bound="PerformWebTaskStatusResponseSchema")


@_attrs_define
class PerformWebTaskStatusResponseSchema:
    """
    Attributes:
        data (Failed | Running | Success):
    """

    data: Failed | Running | Success
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.running import Running  # noqa: PLC0415
        from ..models.success import Success  # noqa: PLC0415

        data: dict[str, Any]
        if isinstance(self.data, Success):
            data = self.data.to_dict()
        elif isinstance(self.data, Running):
            data = self.data.to_dict()
        else:
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.failed import Failed  # noqa: PLC0415
        from ..models.running import Running  # noqa: PLC0415
        from ..models.success import Success  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_data(data: object) -> Failed | Running | Success:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = Success.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_1 = Running.from_dict(data)

                return data_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            data_type_2 = Failed.from_dict(data)

            return data_type_2

        data = _parse_data(d.pop("data"))

        perform_web_task_status_response_schema = cls(
            data=data,
        )

        perform_web_task_status_response_schema.additional_properties = d
        return perform_web_task_status_response_schema

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
