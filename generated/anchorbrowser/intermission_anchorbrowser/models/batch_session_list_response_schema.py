from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_session_list_item_schema import BatchSessionListItemSchema
    from ..models.batch_session_list_response_schema_pagination import BatchSessionListResponseSchemaPagination


T = TypeVar("T", bound="BatchSessionListResponseSchema")


@_attrs_define
class BatchSessionListResponseSchema:
    """
    Attributes:
        batches (list[BatchSessionListItemSchema] | Unset): Array of batch session summaries
        pagination (BatchSessionListResponseSchemaPagination | Unset):
    """

    batches: list[BatchSessionListItemSchema] | Unset = UNSET
    pagination: BatchSessionListResponseSchemaPagination | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batches: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.batches, Unset):
            batches = []
            for batches_item_data in self.batches:
                batches_item = batches_item_data.to_dict()
                batches.append(batches_item)

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if batches is not UNSET:
            field_dict["batches"] = batches
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_session_list_item_schema import BatchSessionListItemSchema  # noqa: PLC0415
        from ..models.batch_session_list_response_schema_pagination import BatchSessionListResponseSchemaPagination  # noqa: PLC0415

        d = dict(src_dict)
        _batches = d.pop("batches", UNSET)
        batches: list[BatchSessionListItemSchema] | Unset = UNSET
        if _batches is not UNSET:
            batches = []
            for batches_item_data in _batches:
                batches_item = BatchSessionListItemSchema.from_dict(batches_item_data)

                batches.append(batches_item)

        _pagination = d.pop("pagination", UNSET)
        pagination: BatchSessionListResponseSchemaPagination | Unset
        if isinstance(_pagination, Unset):
            pagination = UNSET
        else:
            pagination = BatchSessionListResponseSchemaPagination.from_dict(_pagination)

        batch_session_list_response_schema = cls(
            batches=batches,
            pagination=pagination,
        )

        batch_session_list_response_schema.additional_properties = d
        return batch_session_list_response_schema

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
