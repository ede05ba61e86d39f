from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.delete_integration_response_200_data_integration import DeleteIntegrationResponse200DataIntegration


T = TypeVar("T", bound="DeleteIntegrationResponse200Data")


@_attrs_define
class DeleteIntegrationResponse200Data:
    """
    Attributes:
        integration (DeleteIntegrationResponse200DataIntegration | Unset):
    """

    integration: DeleteIntegrationResponse200DataIntegration | Unset = UNSET
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
        from ..models.delete_integration_response_200_data_integration import (
            DeleteIntegrationResponse200DataIntegration,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _integration = d.pop("integration", UNSET)
        integration: DeleteIntegrationResponse200DataIntegration | Unset
        if isinstance(_integration, Unset):
            integration = UNSET
        else:
            integration = DeleteIntegrationResponse200DataIntegration.from_dict(_integration)

        delete_integration_response_200_data = cls(
            integration=integration,
        )

        delete_integration_response_200_data.additional_properties = d
        return delete_integration_response_200_data

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
