from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auth_flow_item import AuthFlowItem


T = TypeVar("T", bound="ListApplicationAuthFlowsResponse")


@_attrs_define
class ListApplicationAuthFlowsResponse:
    """
    Attributes:
        auth_flows (list[AuthFlowItem] | Unset):
    """

    auth_flows: list[AuthFlowItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth_flows: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.auth_flows, Unset):
            auth_flows = []
            for auth_flows_item_data in self.auth_flows:
                auth_flows_item = auth_flows_item_data.to_dict()
                auth_flows.append(auth_flows_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auth_flows is not UNSET:
            field_dict["auth_flows"] = auth_flows

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auth_flow_item import AuthFlowItem  # noqa: PLC0415

        d = dict(src_dict)
        _auth_flows = d.pop("auth_flows", UNSET)
        auth_flows: list[AuthFlowItem] | Unset = UNSET
        if _auth_flows is not UNSET:
            auth_flows = []
            for auth_flows_item_data in _auth_flows:
                auth_flows_item = AuthFlowItem.from_dict(auth_flows_item_data)

                auth_flows.append(auth_flows_item)

        list_application_auth_flows_response = cls(
            auth_flows=auth_flows,
        )

        list_application_auth_flows_response.additional_properties = d
        return list_application_auth_flows_response

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
