from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.authenticator import Authenticator
    from ..models.custom import Custom
    from ..models.username_password import UsernamePassword


T = TypeVar("T", bound="GetIdentityCredentialsResponse")


@_attrs_define
class GetIdentityCredentialsResponse:
    """
    Attributes:
        id (UUID | Unset): Unique identifier for the identity
        name (str | Unset): Name of the identity
        source (str | Unset): Source URL for the identity
        credentials (list[Authenticator | Custom | UsernamePassword] | Unset): Array of credentials with sensitive data
    """

    id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    source: str | Unset = UNSET
    credentials: list[Authenticator | Custom | UsernamePassword] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.authenticator import Authenticator  # noqa: PLC0415
        from ..models.username_password import UsernamePassword  # noqa: PLC0415

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        name = self.name

        source = self.source

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if source is not UNSET:
            field_dict["source"] = source
        if credentials is not UNSET:
            field_dict["credentials"] = credentials

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.authenticator import Authenticator  # noqa: PLC0415
        from ..models.custom import Custom  # noqa: PLC0415
        from ..models.username_password import UsernamePassword  # noqa: PLC0415

        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        name = d.pop("name", UNSET)

        source = d.pop("source", UNSET)

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

        get_identity_credentials_response = cls(
            id=id,
            name=name,
            source=source,
            credentials=credentials,
        )

        get_identity_credentials_response.additional_properties = d
        return get_identity_credentials_response

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
