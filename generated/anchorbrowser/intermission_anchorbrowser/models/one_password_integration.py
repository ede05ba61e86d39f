from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.one_password_integration_type import OnePasswordIntegrationType

if TYPE_CHECKING:
    from ..models.one_password_all_secrets_config import OnePasswordAllSecretsConfig
    from ..models.one_password_specific_secrets_config import OnePasswordSpecificSecretsConfig


T = TypeVar("T", bound="OnePasswordIntegration")


@_attrs_define
class OnePasswordIntegration:
    """
    Attributes:
        id (UUID): Unique integration ID Example: 550e8400-e29b-41d4-a716-446655440000.
        type_ (OnePasswordIntegrationType): Integration type
        configuration (OnePasswordAllSecretsConfig | OnePasswordSpecificSecretsConfig):
    """

    id: UUID
    type_: OnePasswordIntegrationType
    configuration: OnePasswordAllSecretsConfig | OnePasswordSpecificSecretsConfig
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.one_password_all_secrets_config import OnePasswordAllSecretsConfig  # noqa: PLC0415

        id = str(self.id)

        type_ = self.type_.value

        configuration: dict[str, Any]
        if isinstance(self.configuration, OnePasswordAllSecretsConfig):
            configuration = self.configuration.to_dict()
        else:
            configuration = self.configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "configuration": configuration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.one_password_all_secrets_config import OnePasswordAllSecretsConfig  # noqa: PLC0415
        from ..models.one_password_specific_secrets_config import OnePasswordSpecificSecretsConfig  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        type_ = OnePasswordIntegrationType(d.pop("type"))

        def _parse_configuration(data: object) -> OnePasswordAllSecretsConfig | OnePasswordSpecificSecretsConfig:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_one_password_config_type_0 = OnePasswordAllSecretsConfig.from_dict(data)

                return componentsschemas_one_password_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_one_password_config_type_1 = OnePasswordSpecificSecretsConfig.from_dict(data)

            return componentsschemas_one_password_config_type_1

        configuration = _parse_configuration(d.pop("configuration"))

        one_password_integration = cls(
            id=id,
            type_=type_,
            configuration=configuration,
        )

        one_password_integration.additional_properties = d
        return one_password_integration

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
