from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.parameter_type import ParameterType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ParameterSchema")


@_attrs_define
class ParameterSchema:
    """Schema for a skill parameter.

    Attributes:
        name (str):
        type_ (ParameterType): Type of a skill parameter.
        required (bool | Unset):  Default: True.
        description (None | str | Unset):
        default (Any | None | Unset):
        cookie_domain (None | str | Unset):
    """

    name: str
    type_: ParameterType
    required: bool | Unset = True
    description: None | str | Unset = UNSET
    default: Any | None | Unset = UNSET
    cookie_domain: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_.value

        required = self.required

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        default: Any | None | Unset
        if isinstance(self.default, Unset):
            default = UNSET
        else:
            default = self.default

        cookie_domain: None | str | Unset
        if isinstance(self.cookie_domain, Unset):
            cookie_domain = UNSET
        else:
            cookie_domain = self.cookie_domain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if required is not UNSET:
            field_dict["required"] = required
        if description is not UNSET:
            field_dict["description"] = description
        if default is not UNSET:
            field_dict["default"] = default
        if cookie_domain is not UNSET:
            field_dict["cookieDomain"] = cookie_domain

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        type_ = ParameterType(d.pop("type"))

        required = d.pop("required", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_default(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        default = _parse_default(d.pop("default", UNSET))

        def _parse_cookie_domain(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cookie_domain = _parse_cookie_domain(d.pop("cookieDomain", UNSET))

        parameter_schema = cls(
            name=name,
            type_=type_,
            required=required,
            description=description,
            default=default,
            cookie_domain=cookie_domain,
        )

        parameter_schema.additional_properties = d
        return parameter_schema

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
