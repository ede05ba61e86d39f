from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.integration_type import IntegrationType

if TYPE_CHECKING:
    from ..models.service_account_credentials import ServiceAccountCredentials


T = TypeVar("T", bound="CreateIntegrationRequest")


@_attrs_define
class CreateIntegrationRequest:
    """
    Attributes:
        name (str): Name for the integration Example: My 1Password Integration.
        type_ (IntegrationType): The type of integration
        credentials (ServiceAccountCredentials):
    """

    name: str
    type_: IntegrationType
    credentials: ServiceAccountCredentials
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_.value

        credentials = self.credentials.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
                "credentials": credentials,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.service_account_credentials import ServiceAccountCredentials  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        type_ = IntegrationType(d.pop("type"))

        credentials = ServiceAccountCredentials.from_dict(d.pop("credentials"))

        create_integration_request = cls(
            name=name,
            type_=type_,
            credentials=credentials,
        )

        create_integration_request.additional_properties = d
        return create_integration_request

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
