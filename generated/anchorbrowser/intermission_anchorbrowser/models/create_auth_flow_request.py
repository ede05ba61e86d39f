from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_auth_flow_request_methods_item import CreateAuthFlowRequestMethodsItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_definition import CustomFieldDefinition


T = TypeVar("T", bound="CreateAuthFlowRequest")


@_attrs_define
class CreateAuthFlowRequest:
    """
    Attributes:
        name (str): Name of the authentication flow
        methods (list[CreateAuthFlowRequestMethodsItem]): Authentication methods in this flow
        description (str | Unset): Description of the authentication flow
        is_recommended (bool | Unset): Whether this is the recommended authentication flow
        custom_fields (list[CustomFieldDefinition] | Unset): Custom fields for this authentication flow
    """

    name: str
    methods: list[CreateAuthFlowRequestMethodsItem]
    description: str | Unset = UNSET
    is_recommended: bool | Unset = UNSET
    custom_fields: list[CustomFieldDefinition] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        methods = []
        for methods_item_data in self.methods:
            methods_item = methods_item_data.value
            methods.append(methods_item)

        description = self.description

        is_recommended = self.is_recommended

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "methods": methods,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if is_recommended is not UNSET:
            field_dict["is_recommended"] = is_recommended
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_field_definition import CustomFieldDefinition  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        methods = []
        _methods = d.pop("methods")
        for methods_item_data in _methods:
            methods_item = CreateAuthFlowRequestMethodsItem(methods_item_data)

            methods.append(methods_item)

        description = d.pop("description", UNSET)

        is_recommended = d.pop("is_recommended", UNSET)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[CustomFieldDefinition] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = CustomFieldDefinition.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        create_auth_flow_request = cls(
            name=name,
            methods=methods,
            description=description,
            is_recommended=is_recommended,
            custom_fields=custom_fields,
        )

        create_auth_flow_request.additional_properties = d
        return create_auth_flow_request

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
