from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.task_versions_list_response_data_versions_item import TaskVersionsListResponseDataVersionsItem


T = TypeVar("T", bound="TaskVersionsListResponseData")


@_attrs_define
class TaskVersionsListResponseData:
    """
    Attributes:
        task_id (UUID): Task identifier
        versions (list[TaskVersionsListResponseDataVersionsItem]):
    """

    task_id: UUID
    versions: list[TaskVersionsListResponseDataVersionsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = str(self.task_id)

        versions = []
        for versions_item_data in self.versions:
            versions_item = versions_item_data.to_dict()
            versions.append(versions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "taskId": task_id,
                "versions": versions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task_versions_list_response_data_versions_item import TaskVersionsListResponseDataVersionsItem  # noqa: PLC0415

        d = dict(src_dict)
        task_id = UUID(d.pop("taskId"))

        versions = []
        _versions = d.pop("versions")
        for versions_item_data in _versions:
            versions_item = TaskVersionsListResponseDataVersionsItem.from_dict(versions_item_data)

            versions.append(versions_item)

        task_versions_list_response_data = cls(
            task_id=task_id,
            versions=versions,
        )

        task_versions_list_response_data.additional_properties = d
        return task_versions_list_response_data

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
