from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BrowserConfigTracing")


@_attrs_define
class BrowserConfigTracing:
    """Configuration for browser tracing and debugging capabilities.

    Attributes:
        active (bool | Unset): Enable or disable tracing. Defaults to `true`.
        snapshots (bool | Unset): Enable or disable snapshot capture in traces. Defaults to `false`.
        sources (bool | Unset): Enable or disable source code capture in traces. Defaults to `true`.
    """

    active: bool | Unset = UNSET
    snapshots: bool | Unset = UNSET
    sources: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        snapshots = self.snapshots

        sources = self.sources

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if snapshots is not UNSET:
            field_dict["snapshots"] = snapshots
        if sources is not UNSET:
            field_dict["sources"] = sources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active", UNSET)

        snapshots = d.pop("snapshots", UNSET)

        sources = d.pop("sources", UNSET)

        browser_config_tracing = cls(
            active=active,
            snapshots=snapshots,
            sources=sources,
        )

        browser_config_tracing.additional_properties = d
        return browser_config_tracing

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
