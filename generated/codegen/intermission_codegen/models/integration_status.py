from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.integration_status_metadata_type_0 import IntegrationStatusMetadataType0


T = TypeVar("T", bound="IntegrationStatus")


@_attrs_define
class IntegrationStatus:
    """Status information for a single integration.

    Attributes:
        integration_type (str): Type of integration (e.g., 'github', 'slack', 'linear', etc.)
        active (bool): Whether the integration is currently active
        token_id (int | None | Unset): ID of the associated token, if any
        installation_id (int | None | Unset): ID of the app installation, if applicable
        metadata (IntegrationStatusMetadataType0 | None | Unset): Additional metadata about the integration
    """

    integration_type: str
    active: bool
    token_id: int | None | Unset = UNSET
    installation_id: int | None | Unset = UNSET
    metadata: IntegrationStatusMetadataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.integration_status_metadata_type_0 import IntegrationStatusMetadataType0  # noqa: PLC0415

        integration_type = self.integration_type

        active = self.active

        token_id: int | None | Unset
        if isinstance(self.token_id, Unset):
            token_id = UNSET
        else:
            token_id = self.token_id

        installation_id: int | None | Unset
        if isinstance(self.installation_id, Unset):
            installation_id = UNSET
        else:
            installation_id = self.installation_id

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, IntegrationStatusMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "integration_type": integration_type,
                "active": active,
            }
        )
        if token_id is not UNSET:
            field_dict["token_id"] = token_id
        if installation_id is not UNSET:
            field_dict["installation_id"] = installation_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.integration_status_metadata_type_0 import IntegrationStatusMetadataType0  # noqa: PLC0415

        d = dict(src_dict)
        integration_type = d.pop("integration_type")

        active = d.pop("active")

        def _parse_token_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        token_id = _parse_token_id(d.pop("token_id", UNSET))

        def _parse_installation_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        installation_id = _parse_installation_id(d.pop("installation_id", UNSET))

        def _parse_metadata(data: object) -> IntegrationStatusMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = IntegrationStatusMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IntegrationStatusMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        integration_status = cls(
            integration_type=integration_type,
            active=active,
            token_id=token_id,
            installation_id=installation_id,
            metadata=metadata,
        )

        integration_status.additional_properties = d
        return integration_status

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
