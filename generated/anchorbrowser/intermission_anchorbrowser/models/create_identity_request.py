from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.authenticator import Authenticator
    from ..models.create_identity_request_metadata import CreateIdentityRequestMetadata
    from ..models.custom import Custom
    from ..models.username_password import UsernamePassword


T = TypeVar("T", bound="CreateIdentityRequest")


@_attrs_define
class CreateIdentityRequest:
    """
    Attributes:
        source (str): The source URL for the identity (e.g., login page URL)
        name (str | Unset): Name of the identity. Defaults to "Unnamed Identity" if not provided.
        credentials (list[Authenticator | Custom | UsernamePassword] | Unset): Optional credentials to associate with
            this identity (for example username/password
            or authenticator secrets). Omit this field or supply an empty array when you only
            need an identity for the given source URL and optional metadata.
        metadata (CreateIdentityRequestMetadata | Unset): Optional metadata for the identity
        application_name (str | Unset): Optional application name to associate with the identity
        application_description (str | Unset): Optional application description
    """

    source: str
    name: str | Unset = UNSET
    credentials: list[Authenticator | Custom | UsernamePassword] | Unset = UNSET
    metadata: CreateIdentityRequestMetadata | Unset = UNSET
    application_name: str | Unset = UNSET
    application_description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.authenticator import Authenticator  # noqa: PLC0415
        from ..models.username_password import UsernamePassword  # noqa: PLC0415

        source = self.source

        name = self.name

        credentials: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.credentials, Unset):
            credentials = []
            for credentials_item_data in self.credentials:
                credentials_item: dict[str, Any]
                if isinstance(credentials_item_data, UsernamePassword):
                    credentials_item = credentials_item_data.to_dict()
                elif isinstance(credentials_item_data, Authenticator):
                    credentials_item = credentials_item_data.to_dict()
                else:
                    credentials_item = credentials_item_data.to_dict()

                credentials.append(credentials_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        application_name = self.application_name

        application_description = self.application_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if credentials is not UNSET:
            field_dict["credentials"] = credentials
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if application_name is not UNSET:
            field_dict["applicationName"] = application_name
        if application_description is not UNSET:
            field_dict["applicationDescription"] = application_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.authenticator import Authenticator  # noqa: PLC0415
        from ..models.create_identity_request_metadata import CreateIdentityRequestMetadata  # noqa: PLC0415
        from ..models.custom import Custom  # noqa: PLC0415
        from ..models.username_password import UsernamePassword  # noqa: PLC0415

        d = dict(src_dict)
        source = d.pop("source")

        name = d.pop("name", UNSET)

        _credentials = d.pop("credentials", UNSET)
        credentials: list[Authenticator | Custom | UsernamePassword] | Unset = UNSET
        if _credentials is not UNSET:
            credentials = []
            for credentials_item_data in _credentials:

                def _parse_credentials_item(data: object) -> Authenticator | Custom | UsernamePassword:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_credential_data_type_0 = UsernamePassword.from_dict(data)

                        return componentsschemas_credential_data_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_credential_data_type_1 = Authenticator.from_dict(data)

                        return componentsschemas_credential_data_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_credential_data_type_2 = Custom.from_dict(data)

                    return componentsschemas_credential_data_type_2

                credentials_item = _parse_credentials_item(credentials_item_data)

                credentials.append(credentials_item)

        _metadata = d.pop("metadata", UNSET)
        metadata: CreateIdentityRequestMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = CreateIdentityRequestMetadata.from_dict(_metadata)

        application_name = d.pop("applicationName", UNSET)

        application_description = d.pop("applicationDescription", UNSET)

        create_identity_request = cls(
            source=source,
            name=name,
            credentials=credentials,
            metadata=metadata,
            application_name=application_name,
            application_description=application_description,
        )

        create_identity_request.additional_properties = d
        return create_identity_request

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
