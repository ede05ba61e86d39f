from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.integration_item import IntegrationItem


T = TypeVar("T", bound="IntegrationResponseData")


@_attrs_define
class IntegrationResponseData:
    """
    Attributes:
        integration (IntegrationItem | Unset):
    """

    integration: IntegrationItem | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.integration, Unset):
            integration = self.integration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if integration is not UNSET:
            field_dict["integration"] = integration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.integration_item import IntegrationItem  # noqa: PLC0415

        d = dict(src_dict)
        _integration = d.pop("integration", UNSET)
        integration: IntegrationItem | Unset
        if isinstance(_integration, Unset):
            integration = UNSET
        else:
            integration = IntegrationItem.from_dict(_integration)

        integration_response_data = cls(
            integration=integration,
        )

        integration_response_data.additional_properties = d
        return integration_response_data

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
