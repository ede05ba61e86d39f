from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomProxy")


@_attrs_define
class CustomProxy:
    """Request model for creating a custom proxy.

    Attributes:
        host (str): Host of the proxy.
        port (int): Port of the proxy.
        username (None | str | Unset): Username for proxy authentication.
        password (None | str | Unset): Password for proxy authentication.
        ignore_cert_errors (bool | Unset): Ignore TLS certificate errors. Enable this if your proxy uses a self-signed
            or untrusted certificate (e.g. Burp Suite, corporate proxies). Default: False.
    """

    host: str
    port: int
    username: None | str | Unset = UNSET
    password: None | str | Unset = UNSET
    ignore_cert_errors: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        host = self.host

        port = self.port

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        ignore_cert_errors = self.ignore_cert_errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "host": host,
                "port": port,
            }
        )
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if ignore_cert_errors is not UNSET:
            field_dict["ignoreCertErrors"] = ignore_cert_errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        host = d.pop("host")

        port = d.pop("port")

        def _parse_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        username = _parse_username(d.pop("username", UNSET))

        def _parse_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password = _parse_password(d.pop("password", UNSET))

        ignore_cert_errors = d.pop("ignoreCertErrors", UNSET)

        custom_proxy = cls(
            host=host,
            port=port,
            username=username,
            password=password,
            ignore_cert_errors=ignore_cert_errors,
        )

        custom_proxy.additional_properties = d
        return custom_proxy

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
