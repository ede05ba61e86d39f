from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SnapshotInfo")


@_attrs_define
class SnapshotInfo:
    """
    Attributes:
        snapshot_id (str): Identifier of the snapshot template including the tag. Uses namespace/alias when a name was
            provided (e.g. team-slug/my-snapshot:default), otherwise falls back to the raw template ID (e.g.
            abc123:default).
        names (list[str]): Full names of the snapshot template including team namespace and tag (e.g. team-slug/my-
            snapshot:v2)
    """

    snapshot_id: str
    names: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        snapshot_id = self.snapshot_id

        names = self.names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "snapshotID": snapshot_id,
                "names": names,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        snapshot_id = d.pop("snapshotID")

        names = cast(list[str], d.pop("names"))

        snapshot_info = cls(
            snapshot_id=snapshot_id,
            names=names,
        )

        snapshot_info.additional_properties = d
        return snapshot_info

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
