from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.session_history_data_point import SessionHistoryDataPoint
    from ..models.session_history_pagination import SessionHistoryPagination
    from ..models.session_history_summary import SessionHistorySummary


T = TypeVar("T", bound="SessionHistoryResponse")


@_attrs_define
class SessionHistoryResponse:
    """
    Attributes:
        data (list[SessionHistoryDataPoint] | Unset): Historical data points.
        summary (SessionHistorySummary | Unset):
        pagination (SessionHistoryPagination | Unset):
    """

    data: list[SessionHistoryDataPoint] | Unset = UNSET
    summary: SessionHistorySummary | Unset = UNSET
    pagination: SessionHistoryPagination | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if summary is not UNSET:
            field_dict["summary"] = summary
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.session_history_data_point import SessionHistoryDataPoint  # noqa: PLC0415
        from ..models.session_history_pagination import SessionHistoryPagination  # noqa: PLC0415
        from ..models.session_history_summary import SessionHistorySummary  # noqa: PLC0415

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: list[SessionHistoryDataPoint] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = SessionHistoryDataPoint.from_dict(data_item_data)

                data.append(data_item)

        _summary = d.pop("summary", UNSET)
        summary: SessionHistorySummary | Unset
        if isinstance(_summary, Unset):
            summary = UNSET
        else:
            summary = SessionHistorySummary.from_dict(_summary)

        _pagination = d.pop("pagination", UNSET)
        pagination: SessionHistoryPagination | Unset
        if isinstance(_pagination, Unset):
            pagination = UNSET
        else:
            pagination = SessionHistoryPagination.from_dict(_pagination)

        session_history_response = cls(
            data=data,
            summary=summary,
            pagination=pagination,
        )

        session_history_response.additional_properties = d
        return session_history_response

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
