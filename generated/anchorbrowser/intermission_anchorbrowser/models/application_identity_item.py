from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.application_identity_item_status import ApplicationIdentityItemStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplicationIdentityItem")


@_attrs_define
class ApplicationIdentityItem:
    """
    Attributes:
        id (UUID | Unset): Unique identifier for the identity
        name (str | Unset): Name of the identity
        auth_flow (None | str | Unset): Authentication flow associated with this identity
        status (ApplicationIdentityItemStatus | Unset): Status of the identity
        created_at (datetime.datetime | Unset): Timestamp when the identity was created
        updated_at (datetime.datetime | Unset): Timestamp when the identity was last updated
    """

    id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    auth_flow: None | str | Unset = UNSET
    status: ApplicationIdentityItemStatus | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        name = self.name

        auth_flow: None | str | Unset
        if isinstance(self.auth_flow, Unset):
            auth_flow = UNSET
        else:
            auth_flow = self.auth_flow

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if auth_flow is not UNSET:
            field_dict["auth_flow"] = auth_flow
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        name = d.pop("name", UNSET)

        def _parse_auth_flow(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        auth_flow = _parse_auth_flow(d.pop("auth_flow", UNSET))

        _status = d.pop("status", UNSET)
        status: ApplicationIdentityItemStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ApplicationIdentityItemStatus(_status)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        application_identity_item = cls(
            id=id,
            name=name,
            auth_flow=auth_flow,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
        )

        application_identity_item.additional_properties = d
        return application_identity_item

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
