from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.identifier_masking_details import IdentifierMaskingDetails


T = TypeVar("T", bound="CreatedAccessToken")


@_attrs_define
class CreatedAccessToken:
    """
    Attributes:
        id (UUID): Identifier of the access token
        name (str): Name of the access token
        token (str): The fully created access token
        mask (IdentifierMaskingDetails):
        created_at (datetime.datetime): Timestamp of access token creation
    """

    id: UUID
    name: str
    token: str
    mask: IdentifierMaskingDetails
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        token = self.token

        mask = self.mask.to_dict()

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "token": token,
                "mask": mask,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.identifier_masking_details import IdentifierMaskingDetails  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        token = d.pop("token")

        mask = IdentifierMaskingDetails.from_dict(d.pop("mask"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        created_access_token = cls(
            id=id,
            name=name,
            token=token,
            mask=mask,
            created_at=created_at,
        )

        created_access_token.additional_properties = d
        return created_access_token

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
