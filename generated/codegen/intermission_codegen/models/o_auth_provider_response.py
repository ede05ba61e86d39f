from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.o_auth_provider_response_meta_type_0 import OAuthProviderResponseMetaType0


T = TypeVar("T", bound="OAuthProviderResponse")


@_attrs_define
class OAuthProviderResponse:
    """Response model for OAuth provider data.

    Attributes:
        id (int):
        name (str):
        issuer (str):
        authorization_endpoint (str):
        token_endpoint (str):
        default_scopes (list[str] | None):
        is_mcp (bool):
        meta (None | OAuthProviderResponseMetaType0 | Unset):
    """

    id: int
    name: str
    issuer: str
    authorization_endpoint: str
    token_endpoint: str
    default_scopes: list[str] | None
    is_mcp: bool
    meta: None | OAuthProviderResponseMetaType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.o_auth_provider_response_meta_type_0 import OAuthProviderResponseMetaType0  # noqa: PLC0415

        id = self.id

        name = self.name

        issuer = self.issuer

        authorization_endpoint = self.authorization_endpoint

        token_endpoint = self.token_endpoint

        default_scopes: list[str] | None
        if isinstance(self.default_scopes, list):
            default_scopes = self.default_scopes

        else:
            default_scopes = self.default_scopes

        is_mcp = self.is_mcp

        meta: dict[str, Any] | None | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, OAuthProviderResponseMetaType0):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "issuer": issuer,
                "authorization_endpoint": authorization_endpoint,
                "token_endpoint": token_endpoint,
                "default_scopes": default_scopes,
                "is_mcp": is_mcp,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.o_auth_provider_response_meta_type_0 import OAuthProviderResponseMetaType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        issuer = d.pop("issuer")

        authorization_endpoint = d.pop("authorization_endpoint")

        token_endpoint = d.pop("token_endpoint")

        def _parse_default_scopes(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                default_scopes_type_0 = cast(list[str], data)

                return default_scopes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        default_scopes = _parse_default_scopes(d.pop("default_scopes"))

        is_mcp = d.pop("is_mcp")

        def _parse_meta(data: object) -> None | OAuthProviderResponseMetaType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meta_type_0 = OAuthProviderResponseMetaType0.from_dict(data)

                return meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OAuthProviderResponseMetaType0 | Unset, data)

        meta = _parse_meta(d.pop("meta", UNSET))

        o_auth_provider_response = cls(
            id=id,
            name=name,
            issuer=issuer,
            authorization_endpoint=authorization_endpoint,
            token_endpoint=token_endpoint,
            default_scopes=default_scopes,
            is_mcp=is_mcp,
            meta=meta,
        )

        o_auth_provider_response.additional_properties = d
        return o_auth_provider_response

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
