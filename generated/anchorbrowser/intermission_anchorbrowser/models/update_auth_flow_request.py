from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_auth_flow_request_methods_item import UpdateAuthFlowRequestMethodsItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_definition import CustomFieldDefinition


T = TypeVar("T", bound="UpdateAuthFlowRequest")


@_attrs_define
class UpdateAuthFlowRequest:
    """
    Attributes:
        name (str | Unset): Name of the authentication flow
        description (str | Unset): Description of the authentication flow
        is_recommended (bool | Unset): Whether this is the recommended authentication flow
        methods (list[UpdateAuthFlowRequestMethodsItem] | Unset): Authentication methods in this flow
        custom_fields (list[CustomFieldDefinition] | Unset): Custom fields for this authentication flow
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    is_recommended: bool | Unset = UNSET
    methods: list[UpdateAuthFlowRequestMethodsItem] | Unset = UNSET
    custom_fields: list[CustomFieldDefinition] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        is_recommended = self.is_recommended

        methods: list[str] | Unset = UNSET
        if not isinstance(self.methods, Unset):
            methods = []
            for methods_item_data in self.methods:
                methods_item = methods_item_data.value
                methods.append(methods_item)

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if is_recommended is not UNSET:
            field_dict["is_recommended"] = is_recommended
        if methods is not UNSET:
            field_dict["methods"] = methods
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_field_definition import CustomFieldDefinition  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        is_recommended = d.pop("is_recommended", UNSET)

        _methods = d.pop("methods", UNSET)
        methods: list[UpdateAuthFlowRequestMethodsItem] | Unset = UNSET
        if _methods is not UNSET:
            methods = []
            for methods_item_data in _methods:
                methods_item = UpdateAuthFlowRequestMethodsItem(methods_item_data)

                methods.append(methods_item)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[CustomFieldDefinition] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = CustomFieldDefinition.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        update_auth_flow_request = cls(
            name=name,
            description=description,
            is_recommended=is_recommended,
            methods=methods,
            custom_fields=custom_fields,
        )

        update_auth_flow_request.additional_properties = d
        return update_auth_flow_request

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
